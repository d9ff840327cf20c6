// Imports one language file of the widget's texts. The package publishes them next to
// its module as `i18n/<tag>.js` (`export default "<file text>"`); wasm-bindgen writes
// this snippet to `snippets/<crate>-<hash>/src/browser/`, four levels below that
// folder. One literal import per language, so every bundler (Vite, Rollup, webpack,
// esbuild) sees each file and splits it into its own chunk; browsers load them as is.
// `tests/i18n.rs` checks this list against the store's.
const TABLES = {
  "es": () => import("../../../../i18n/es.js"),
  "fr": () => import("../../../../i18n/fr.js"),
  "de": () => import("../../../../i18n/de.js"),
  "it": () => import("../../../../i18n/it.js"),
  "pt": () => import("../../../../i18n/pt.js"),
  "pt-PT": () => import("../../../../i18n/pt-PT.js"),
  "nl": () => import("../../../../i18n/nl.js"),
  "sv": () => import("../../../../i18n/sv.js"),
  "da": () => import("../../../../i18n/da.js"),
  "nb": () => import("../../../../i18n/nb.js"),
  "fi": () => import("../../../../i18n/fi.js"),
  "pl": () => import("../../../../i18n/pl.js"),
  "cs": () => import("../../../../i18n/cs.js"),
  "ru": () => import("../../../../i18n/ru.js"),
  "uk": () => import("../../../../i18n/uk.js"),
  "tr": () => import("../../../../i18n/tr.js"),
  "el": () => import("../../../../i18n/el.js"),
  "ar": () => import("../../../../i18n/ar.js"),
  "he": () => import("../../../../i18n/he.js"),
  "fa": () => import("../../../../i18n/fa.js"),
  "hi": () => import("../../../../i18n/hi.js"),
  "id": () => import("../../../../i18n/id.js"),
  "ja": () => import("../../../../i18n/ja.js"),
  "ko": () => import("../../../../i18n/ko.js"),
  "zh-Hans": () => import("../../../../i18n/zh-Hans.js"),
  "zh-Hant": () => import("../../../../i18n/zh-Hant.js"),
};

export function importTable(tag) {
  const load = TABLES[tag];
  if (!load) return Promise.reject(new Error(`no texts for ${tag}`));
  return load().then((module) => module.default);
}
