// What a publisher writes: import the package (which defines <reader-widget>) and mount.
import { mount } from "reader-widget";

const data = { version: 1, article: { headline: "Mounted from a Vite bundle", body: ["It works."] } };
mount(document.getElementById("mounted"), { data, headingLevel: 2 }).then(() => {
  document.body.dataset.mounted = "yes";
});
