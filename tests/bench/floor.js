// The floor under the app's start-up: the app's own page (served by the benchmark with this
// script in place of its loader) loads the same stylesheets, the same wasm-bindgen JavaScript and
// the same wasm, which the browser compiles and instantiates; then nothing of the app runs. The
// time to here is what any page built this way pays before its first line of Rust, so the
// difference to the app's figure is what the app's own code costs.
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]').href;
const glue = document.querySelector('link[rel="modulepreload"]').href;
await import(glue);
// Every import the module asks for is a function that does nothing: instantiating only links
// them, and the start function that would call them is never run.
const nothing = () => undefined;
const imports = new Proxy({}, { get: () => new Proxy({}, { get: () => nothing }) });
await WebAssembly.instantiateStreaming(fetch(wasm), imports);
const mark = document.createElement("p");
mark.className = "figures";
document.body.append(mark);
