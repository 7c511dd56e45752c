//! The method, explained once, in plain words.

use crate::app::href;
use crate::domain::starter::FAVORITES as STARTER_FAVORITES;
use leptos::prelude::*;

#[component]
pub fn Guide() -> impl IntoView {
    crate::browser::set_title("Guide");
    view! {
        <h1>"How informational interviews work"</h1>
        <p class="lead">
            "An informational interview is a short conversation you ask for, plan and lead, "
            "with someone who does work you are curious about. You are there to learn, not to "
            "ask for a job. Done well, it tells you more about a career than any job ad, and the "
            "people you meet often open the next door."
        </p>

        <section aria-labelledby="why">
            <h2 id="why">"Why people do them"</h2>
            <ul>
                <li>"To find out whether a career fits them, and to make a vague goal precise."</li>
                <li>"To meet people in a field before they need anything from it."</li>
                <li>"To practice talking with professionals, which makes real job interviews easier."</li>
                <li>"To hear what the work is really like from someone who does it every day."</li>
            </ul>
            <p>"On the careers page you can check which of these matter to you for each career."</p>
        </section>

        <section aria-labelledby="steps">
            <h2 id="steps">"The six steps"</h2>
            <ol class="guide-steps">
                <li>
                    <h3><a href=href("/careers")>"Choose careers to explore"</a></h3>
                    <p>
                        "Name two or three careers or industries you want to understand better. "
                        "Broad is fine at first; the talks will narrow it down."
                    </p>
                </li>
                <li>
                    <h3><a href=href("/questions")>"Prepare your questions"</a></h3>
                    <p>
                        "Good talks cover a normal working day; the studies, skills and experience "
                        "the work asks for; the best and the hardest parts; how the person got there; "
                        "where the field is heading; and what they would advise a newcomer. "
                        "The TIARA framework is another way to group them: Trends, Insights, Advice, "
                        "Resources and Assignments. Choose six to eight per talk; you will not get "
                        "through more."
                    </p>
                    <p>
                        "Five starter questions come marked as favorites (★), and they are listed "
                        "first when you choose questions for a talk:"
                    </p>
                    <ul>
                        {STARTER_FAVORITES
                            .iter()
                            .filter_map(|key| crate::domain::starter::starter_text(key))
                            .map(|text| view! { <li>{text}</li> })
                            .collect_view()}
                    </ul>
                    <p>
                        "They are five because about five questions fit a 20-minute talk, the usual "
                        "length, and each comes from a different topic, so a talk built from them "
                        "alone covers the work itself, what it takes, its hard side, the person's "
                        "path and a next step for you. Asking for more names is not among them: the "
                        "talk page and the question sheet remind you of it before you leave. Star "
                        "your own favorites and unstar these as you like."
                    </p>
                </li>
                <li>
                    <h3><a href=href("/people")>"Find people to talk to"</a></h3>
                    <p>
                        "Start close: family, friends, neighbors, teachers, classmates, former "
                        "colleagues. Alumni of your school are often glad to help, and a professional "
                        "network makes them easy to find. After each talk, the people your contact "
                        "suggests become your warmest leads."
                    </p>
                </li>
                <li>
                    <h3><a href=href("/outreach")>"Ask for the talk"</a></h3>
                    <p>
                        "Ask for 15 to 30 minutes, by email, by phone, or through someone who "
                        "introduces you. Keep an email short (about 75 words at most), say how you "
                        "are connected in the first line, ask for advice rather than a job, and end "
                        "with a question they can answer quickly."
                    </p>
                    <p>
                        "No answer is normal: only one request in three to five usually gets a "
                        "reply. If three working days pass in silence, write to a second person at "
                        "the same organization. After seven working days, follow up once with the "
                        "first person, then let it go. Working days run Monday to Friday: the "
                        "planner counts weekends out but not public holidays, which differ from "
                        "place to place, so give a holiday week a day or two more."
                    </p>
                </li>
                <li>
                    <h3><a href=href("/talk")>"Hold the talk"</a></h3>
                    <p>
                        "Confirm the day before. Dress a notch more formal than business casual, and "
                        "arrive 10 to 15 minutes early. Bring your questions, but let the "
                        "conversation wander where it is useful, and keep to the time you asked for."
                    </p>
                    <p>
                        "Before you leave, ask for at least two more people to talk to, and whether "
                        "you may say who suggested them. Right afterwards, write a short debrief: "
                        "what you learned, how it fits your skills, values and interests, what you "
                        "still need to find out, and whom to talk to next."
                    </p>
                </li>
                <li>
                    <h3><a href=href("/follow-up")>"Follow up"</a></h3>
                    <p>
                        "Send a thank-you note the same day or the next; a week is the latest. "
                        "Mention something specific you learned. Then stay in touch: a short note "
                        "after about one, two and three months, and always when you have acted on "
                        "their advice. People like to hear that their help made a difference."
                    </p>
                </li>
            </ol>
        </section>

        <section aria-labelledby="data">
            <h2 id="data">"Your data"</h2>
            <p>
                "The planner keeps everything in this browser, on this device. There is no account "
                "and no server; nothing you type leaves the device unless you export it. Some "
                "browsers delete a site's data after a week or so without a visit, so export a copy "
                "now and then on the " <a href=href("/data")>"data page"</a> ". The export is also "
                "how you move to another device or share your plan with a mentor."
            </p>
            <p>
                "You are also keeping other people's names and contact details. Keep only what "
                "you need, and use “Forget this person” on the people page when someone asks you "
                "to, or when you no longer need their details."
            </p>
        </section>
    }
}
