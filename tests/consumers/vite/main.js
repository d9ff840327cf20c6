// What a publisher writes: import the package (which defines <reader-widget>) and mount.
import { mount } from "reader-widget";

const data = { version: 1, article: { headline: "Mounted from a Vite bundle", body: ["It works."] } };
mount(document.getElementById("mounted"), { data, headingLevel: 2 }).then(() => {
  document.body.dataset.mounted = "yes";
});

// A widget in Arabic: its texts are a module of the package, found by the bundler.
const arabic = { version: 1, article: { headline: "عنوان من تطبيق Vite", lang: "ar", body: ["نص."], contributors: ["سامي"] } };
mount(document.getElementById("arabic"), { data: arabic, headingLevel: 2 }).then(() => {
  document.body.dataset.arabic = "yes";
});

// A document in another format: the adapters are a second wasm module of the package,
// found by the bundler and fetched only now.
const jsonld = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "JSON-LD converted by the formats module",
  articleBody: "The bundle split the module out and fetched it for this widget.",
};
mount(document.getElementById("jsonld"), { data: jsonld, headingLevel: 2 });
