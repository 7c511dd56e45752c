// The benchmark's yardstick: no framework, no WebAssembly. It reads the same stored JSON with
// JSON.parse and renders a dashboard list of the same length with plain DOM calls: one line per
// talk with its person and what is next, most urgent first, and counts per status.
(function () {
  const raw = localStorage.getItem("interview-planner");
  const doc = raw ? JSON.parse(raw) : { interviews: [], people: [] };
  const names = new Map(doc.people.map((p) => [p.id, p.name]));
  const rank = { held: 0, scheduled: 1, asked: 2, planned: 3, thanked: 4, declined: 5, no_reply: 6 };
  const items = doc.interviews
    .filter((i) => i.status !== "declined" && i.status !== "no_reply")
    .map((i) => ({ status: i.status, text: `${i.status}: ${names.get(i.person) ?? "someone"}`, due: i.held_on ?? i.scheduled_at ?? "" }))
    .sort((a, b) => rank[a.status] - rank[b.status] || a.due.localeCompare(b.due));
  const list = document.getElementById("list");
  for (const item of items) {
    const li = document.createElement("li");
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = item.status;
    const link = document.createElement("a");
    link.href = "#";
    link.textContent = item.text;
    li.append(badge, " ", link);
    list.append(li);
  }
  const counts = {};
  for (const i of doc.interviews) counts[i.status] = (counts[i.status] ?? 0) + 1;
  const p = document.createElement("p");
  p.id = "counts";
  p.textContent = JSON.stringify(counts);
  document.querySelector("main").append(p);
  window.__rendered = performance.now();
})();
