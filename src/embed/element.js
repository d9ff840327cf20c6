// The <reader-widget> custom element class. wasm-bindgen cannot declare a class that
// extends HTMLElement, so this small shell forwards every lifecycle callback to the Rust
// controller created by `create(host)`. Which attributes it observes and mirrors, and
// which object properties it keeps, come from Rust's contract table (`attributes`:
// [name, property or null, is boolean]; `objects`: property names), so no name is
// typed here. No markup is ever built from strings here.

export function defineReaderWidget(tag, create, attributes, objects) {
  if (customElements.get(tag)) {
    console.warn(`[reader-widget] <${tag}> is already defined on this page; keeping the first definition.`);
    return false;
  }

  const observed = attributes.map(([name]) => name);
  const mirrored = attributes.filter(([, property]) => property);

  class ReaderWidgetElement extends HTMLElement {
    static get observedAttributes() {
      return observed;
    }

    constructor() {
      super();
      this._controller = null;
      this._objects = {};
    }

    connectedCallback() {
      // Values assigned before the element upgraded live on the instance and would
      // shadow our accessors: move them behind the accessors.
      for (const prop of [...objects, ...mirrored.map(([, property]) => property)]) {
        if (Object.prototype.hasOwnProperty.call(this, prop)) {
          const value = this[prop];
          delete this[prop];
          this[prop] = value;
        }
      }
      if (!this._controller) {
        this._controller = create(this);
      }
      this._controller.connect(this._objects);
    }

    disconnectedCallback() {
      if (this._controller) {
        this._controller.disconnect();
        this._controller.free();
        this._controller = null;
      }
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (this._controller && oldValue !== newValue) {
        this._controller.attribute_changed(name, newValue);
      }
    }

  }

  // Object properties (the document, related stories, the host's wording): kept on the
  // element and handed to the controller, before and after it connects.
  for (const name of objects) {
    Object.defineProperty(ReaderWidgetElement.prototype, name, {
      get() { return this._objects[name]; },
      set(value) {
        this._objects[name] = value;
        if (this._controller) this._controller.set_object(name, value);
      },
      configurable: true,
      enumerable: true,
    });
  }

  for (const [attr, prop, boolean] of mirrored) {
    Object.defineProperty(ReaderWidgetElement.prototype, prop, boolean ? {
      get() { return this.hasAttribute(attr); },
      set(value) { this.toggleAttribute(attr, !!value); },
      configurable: true,
      enumerable: true,
    } : {
      get() { return this.getAttribute(attr); },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(attr);
        else this.setAttribute(attr, String(value));
      },
      configurable: true,
      enumerable: true,
    });
  }

  customElements.define(tag, ReaderWidgetElement);
  return true;
}

// Responses reader-widget.js asked for before the module came (`src`, `related-src`; by
// absolute URL), each handed once to the widget's first fetch of that URL (fetch.rs).
// Here rather than in a snippet of its own: one request fewer beside the wasm.
/** The early response for `url`, or undefined; an abort of `signal` aborts it too. */
export function takeEarly(url, signal) {
  const early = globalThis[Symbol.for("reader-widget.early")];
  let found;
  try {
    const href = new URL(url, document.baseURI).href;
    found = early?.get(href);
    early?.delete(href);
  } catch {}
  if (!found) return undefined;
  if (signal?.aborted) found.controller.abort();
  else signal?.addEventListener("abort", () => found.controller.abort(), { once: true });
  return found.response;
}
