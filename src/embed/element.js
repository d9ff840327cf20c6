// The <reader-widget> custom element class. wasm-bindgen cannot declare a class that
// extends HTMLElement, so this small shell forwards every lifecycle callback to the Rust
// controller created by `create(host)`. No markup is ever built from strings here.

/** String attributes mirrored by a property of the same meaning. */
const REFLECTED = {
  src: "src",
  relatedSrc: "related-src",
  format: "format",
  theme: "theme",
  layout: "layout",
  headingLevel: "heading-level",
  start: "start",
  timeout: "timeout",
  autoplayInterval: "autoplay-interval",
  linkTarget: "link-target",
};

/** Boolean attributes mirrored by a boolean property. */
const BOOLEAN = { autoplay: "autoplay", loop: "loop", noreferrer: "noreferrer" };

const OBSERVED = [...Object.values(REFLECTED), ...Object.values(BOOLEAN), "lang"];

export function defineReaderWidget(tag, create) {
  if (customElements.get(tag)) {
    console.warn(`[reader-widget] <${tag}> is already defined on this page; keeping the first definition.`);
    return false;
  }

  class ReaderWidgetElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    constructor() {
      super();
      this._controller = null;
      this._data = undefined;
      this._related = undefined;
    }

    connectedCallback() {
      // Values assigned before the element upgraded live on the instance and would
      // shadow our accessors: move them behind the accessors.
      for (const prop of ["data", "related", ...Object.keys(REFLECTED), ...Object.keys(BOOLEAN)]) {
        if (Object.prototype.hasOwnProperty.call(this, prop)) {
          const value = this[prop];
          delete this[prop];
          this[prop] = value;
        }
      }
      if (!this._controller) {
        this._controller = create(this);
      }
      this._controller.connect(this._data, this._related);
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

    /** The document as a JS object; wins over `src`. */
    get data() {
      return this._data;
    }

    set data(value) {
      this._data = value;
      if (this._controller) this._controller.set_data(value);
    }

    /** Related sections as a JS object (native `related`, a section, or a JSON Feed). */
    get related() {
      return this._related;
    }

    set related(value) {
      this._related = value;
      if (this._controller) this._controller.set_related(value);
    }
  }

  for (const [prop, attr] of Object.entries(REFLECTED)) {
    Object.defineProperty(ReaderWidgetElement.prototype, prop, {
      get() { return this.getAttribute(attr); },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(attr);
        else this.setAttribute(attr, String(value));
      },
      configurable: true,
      enumerable: true,
    });
  }
  for (const [prop, attr] of Object.entries(BOOLEAN)) {
    Object.defineProperty(ReaderWidgetElement.prototype, prop, {
      get() { return this.hasAttribute(attr); },
      set(value) { this.toggleAttribute(attr, !!value); },
      configurable: true,
      enumerable: true,
    });
  }

  customElements.define(tag, ReaderWidgetElement);
  return true;
}
