// Types for reader-widget: the data format (version 1), the element, its events and
// the mount() API.

/** Resolves once the module is instantiated and <reader-widget> is defined. */
export declare const ready: Promise<unknown>;

/** A URL: http(s) or relative. Anything else is dropped with a warning. */
export type Url = string;
/** An RFC 3339 date-time ("2026-11-24T07:30:00Z") or a bare date ("2026-11-24"). */
export type Rfc3339 = string;

export interface Media {
  src: Url;
  width?: number;
  height?: number;
  /** Text alternative; the caption is used when missing. */
  alt?: string;
  caption?: string;
  credit?: string;
  srcset?: string;
}

export interface Byline {
  name: string;
  role?: string;
  url?: Url;
}

export type Block =
  | { type: "paragraph"; text: string }
  /** Allowlisted inline HTML: a, em, strong, i, b, br, sup, sub. */
  | { type: "paragraph"; html: string }
  | { type: "heading"; text: string }
  | { type: "quote"; text: string; cite?: string }
  | { type: "list"; ordered?: boolean; items: string[] }
  | { type: "separator" }
  /** Shorthand for a plain paragraph. */
  | string;

export interface Article {
  headline: string;
  deck?: string;
  section?: string;
  url?: Url;
  /** BCP 47 language tag. */
  lang?: string;
  dir?: "ltr" | "rtl";
  bylines?: Array<Byline | string>;
  published?: Rfc3339;
  updated?: Rfc3339;
  /** Place line before the first paragraph ("MOSCOW"). */
  dateline?: string;
  media?: Media[];
  body?: Block[];
  contributors?: string;
}

export interface RelatedItem {
  url: Url;
  title: string;
  teaser?: string;
  image?: Media;
  published?: Rfc3339;
  section?: string;
}

export interface RelatedSection {
  title?: string;
  items: RelatedItem[];
  /** Next page of this section, fetched by "Load more". */
  next_url?: Url;
}

/** The native format, version 1. */
export interface ReaderDocument {
  version?: 1;
  article: Article;
  related?: RelatedSection[] | RelatedSection;
}

/** Formats the widget reads; detected from content unless given. */
export type Format = "native" | "jsonld" | "wordpress" | "jsonfeed";

/** One problem with its JSON path, as in events and the console. */
export interface Diagnostic {
  severity: "fatal" | "warning";
  /** e.g. "article.media[1].src"; empty for the document itself. */
  path: string;
  message: string;
}

/** Options of `mount()`; `data` wins over `src`. */
export interface MountOptions {
  /** A document: the native format, schema.org JSON-LD, a WordPress post or a JSON Feed. */
  data?: ReaderDocument | object;
  /** URL of such a document. */
  src?: string;
  /** How to read `data`/`src`; detected when absent. */
  format?: Format;
  /** Related sections as an object (native, JSON Feed or WordPress collection). */
  related?: object;
  /** URL of related sections (JSON Feed, WordPress collection or native document). */
  relatedSrc?: string;
  /** Level of the headline (1–6, default 1). */
  headingLevel?: number;
  /** BCP 47 language overriding the article's, for dates and `lang`. */
  lang?: string;
  /** Carousel wraps around. */
  loop?: boolean;
  /** Carousel rotates by itself (never under reduced motion). */
  autoplay?: boolean;
  /** Milliseconds per photo while rotating (default 6000). */
  autoplayInterval?: number;
  /** Photo shown first, from 1. */
  start?: number;
  /** Related cards layout. */
  layout?: "grid" | "list";
  /** `target` of card links. */
  linkTarget?: string;
  /** Add `noreferrer` to card links. */
  noreferrer?: boolean;
  /** Fetch timeout in milliseconds (default 10000). */
  timeout?: number;
}

/** What `mount()` returns. */
export interface ReaderHandle {
  /** Renders new data in place. */
  update(data: object): void;
  /** Removes the widget and cancels pending fetches. */
  unmount(): void;
  /** True while the loading state shows: a fetch, or a long document (≥ 64 KiB of JSON)
   * being decoded over several tasks. `reader:ready` or `reader:error` follows. */
  readonly loading: boolean;
  /** Resolves when the loading state ends (document or error panel shown, or unmounted). */
  settled(): Promise<void>;
}

/** Resolves when the widget is mounted; with `data`, once the article (or its error
 * panel) is in the DOM, also for long documents. */
export declare function mount(element: HTMLElement, options?: MountOptions): Promise<ReaderHandle>;

export interface CardEventDetail {
  url: string;
  /** The section's title. */
  section: string;
  /** 1-based position within the section. */
  position: number;
}

/** Events of <reader-widget>; all bubble and are composed. */
export interface ReaderWidgetEventMap {
  "reader:ready": CustomEvent<undefined>;
  "reader:error": CustomEvent<Diagnostic[]>;
  "reader:warning": CustomEvent<Diagnostic>;
  "reader:slidechange": CustomEvent<{ index: number; total: number }>;
  "reader:cardclick": CustomEvent<CardEventDetail>;
  "reader:impression": CustomEvent<CardEventDetail>;
}

/** The <reader-widget> element. Attributes mirror the properties (kebab-case). */
export interface ReaderWidgetElement extends HTMLElement {
  data: ReaderDocument | object | undefined;
  related: object | undefined;
  src: string | null;
  relatedSrc: string | null;
  format: Format | null;
  theme: "light" | "dark" | "auto" | null;
  layout: "grid" | "list" | null;
  headingLevel: string | null;
  start: string | null;
  timeout: string | null;
  autoplayInterval: string | null;
  linkTarget: string | null;
  autoplay: boolean;
  loop: boolean;
  noreferrer: boolean;
  addEventListener<K extends keyof ReaderWidgetEventMap>(
    type: K,
    listener: (this: ReaderWidgetElement, ev: ReaderWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "reader-widget": ReaderWidgetElement;
  }
  interface DocumentEventMap extends ReaderWidgetEventMap {}
}
