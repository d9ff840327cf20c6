/** Resolves once the module is instantiated and <reader-widget> is defined. */
export declare const ready: Promise<unknown>;

/** Options of `mount()`; `data` wins over `src`. */
export interface MountOptions {
  /** A document in the reader-widget JSON format (version 1). */
  data?: object;
  /** URL of such a document, fetched with a 10 s timeout. */
  src?: string;
  /** Level of the headline (1–6, default 1). */
  headingLevel?: number;
  /** BCP 47 language overriding the article's, for dates and `lang`. */
  lang?: string;
}

/** What `mount()` returns. */
export interface ReaderHandle {
  /** Renders new data in place. */
  update(data: object): void;
  /** Removes the widget and cancels pending fetches. */
  unmount(): void;
}

export declare function mount(element: HTMLElement, options?: MountOptions): Promise<ReaderHandle>;
