// The <reader-widget> custom element class. wasm-bindgen cannot declare a class that
// extends HTMLElement, so this small shell forwards every lifecycle callback to the Rust
// controller created by `create(host)`. No markup is ever built from strings here.

const OBSERVED = ["src", "heading-level", "lang", "loop", "autoplay", "autoplay-interval", "start",
  "layout", "link-target", "noreferrer"];

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
    }

    connectedCallback() {
      // A `data` value assigned before the element upgraded lives on the instance and
      // would shadow our accessor: move it behind the accessor.
      if (Object.prototype.hasOwnProperty.call(this, "data")) {
        const value = this.data;
        delete this.data;
        this._data = value;
      }
      if (!this._controller) {
        this._controller = create(this);
      }
      this._controller.connect(this._data);
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

    get data() {
      return this._data;
    }

    set data(value) {
      this._data = value;
      if (this._controller) {
        this._controller.set_data(value);
      }
    }
  }

  customElements.define(tag, ReaderWidgetElement);
  return true;
}
