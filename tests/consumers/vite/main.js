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
