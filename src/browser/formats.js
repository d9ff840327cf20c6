// Loads the formats module (the adapters for JSON-LD, WordPress, JSON Feed, Arc ANS and
// Apple News) the first time a widget on the page meets a document that is not in the
// native format, and keeps it for the page. The package publishes it next to the
// widget's own module as `formats/reader_widget_formats.js`; wasm-bindgen writes this
// snippet to `snippets/<crate>-<hash>/src/browser/`, four levels below that folder. A
// literal import, so bundlers see the module and split it into its own chunk.
let loading;

function formats() {
  if (!loading) {
    loading = import("../../../../formats/reader_widget_formats.js").then(async (module) => {
      await module.default();
      return module;
    });
    // A failed load (offline, blocked) is tried again by the next document.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

// Starts loading early, when the host names a format that needs it.
export function preloadFormats() {
  formats().catch(() => {});
}

// The formats module's answer (native format and problems, as JSON text) for a document
// (`related` false) or a related feed (`related` true).
export async function convertWithFormats(related, text, format) {
  const module = await formats();
  return related ? module.convertRelated(text, format) : module.convertDocument(text, format);
}
