// Imports one language file of the widget's texts. The package publishes them next to
// its module as `i18n/<tag>.js` (`export default "<file text>"`); wasm-bindgen writes
// this snippet to `snippets/<crate>-<hash>/src/browser/`, four levels below that
// folder. A literal path with one variable lets bundlers (Vite, Rollup) find the files.
export function importTable(tag) {
  return import(`../../../../i18n/${tag}.js`).then((module) => module.default);
}
