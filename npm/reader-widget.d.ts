// Types for reader-widget: the data format (version 1), the element, its events and
// the mount() API.

/** Resolves once the module is instantiated and <reader-widget> is defined. */
export declare const ready: Promise<unknown>;

/** A URL: http(s) or relative. Anything else is dropped with a warning. */
export type Url = string;
/** An RFC 3339 date-time ("2026-11-24T07:30:00Z"), a bare date ("2026-11-24"), or a local
 * date-time with no zone ("2026-11-24T07:30:00"), shown as written. */
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
  | { type: "list"; ordered?: boolean; items: ListItem[] }
  | { type: "separator" }
  /** A video or post on a platform: a facade that loads YouTube's or Vimeo's player only
   * after a click (`embeds="click"`), or a card linking to it. Unknown providers are "other". */
  | {
      type: "embed";
      provider?: "youtube" | "vimeo" | "x" | "twitter" | "instagram" | "tiktok" | "facebook" | "bluesky" | "spotify" | "soundcloud" | "other";
      url: Url;
      title?: string;
      caption?: string;
      author?: string;
      text?: string;
      published?: Rfc3339;
      thumbnail?: Media;
      width?: number;
      height?: number;
    }
  /** A video file in the browser's controls (no autoplay, nothing loaded before play). */
  | {
      type: "video";
      src?: Url;
      mime?: string;
      sources?: FileSource[];
      poster?: Url;
      width?: number;
      height?: number;
      title?: string;
      caption?: string;
      credit?: string;
      /** WebVTT captions. */
      captions?: { src: Url; lang?: string };
    }
  /** An audio file in the browser's controls. */
  | {
      type: "audio";
      src?: Url;
      mime?: string;
      sources?: FileSource[];
      title?: string;
      caption?: string;
      credit?: string;
      /** Length in seconds. */
      duration?: number;
    }
  /** Shorthand for a plain paragraph. */
  | string;

/** One file of a video or audio. */
export interface FileSource {
  src: Url;
  /** MIME type ("video/mp4"). */
  type?: string;
}

/** A list entry: plain text, or text or allowlisted inline HTML (as paragraphs) with an
 * optional list nested under it (up to four levels of lists in all). */
export type ListItem =
  | string
  | { text?: string; html?: string; list?: { ordered?: boolean; items: ListItem[] } };

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
  /** The publisher's note, or names the widget introduces ("Contributors: A and B"). */
  contributors?: string | string[];
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
// <contract:format>
export type Format = "native" | "jsonld" | "wordpress" | "jsonfeed" | "ans" | "anf";
// </contract:format>

/** One problem with its JSON path, as in events and the console. */
export interface Diagnostic {
  severity: "fatal" | "warning";
  /** e.g. "article.media[1].src"; empty for the document itself. */
  path: string;
  message: string;
}

/** A message the widget writes itself (English texts in `src/i18n/messages/en.txt`);
 * plural messages take a CLDR category after the dot. */
// <contract:string-keys>
export type ReaderStringKey =
  | "loading"
  | "byline"
  | "contributors"
  | "updated"
  | "error_title"
  | "retry"
  | "photos_label"
  | "more_stories.zero"
  | "more_stories.one"
  | "more_stories.two"
  | "more_stories.few"
  | "more_stories.many"
  | "more_stories.other"
  | "carousel"
  | "slide"
  | "slide_position"
  | "counter"
  | "previous_photo"
  | "next_photo"
  | "view_full_screen"
  | "choose_photo"
  | "photo_number"
  | "photo_announcement"
  | "photo_credit"
  | "start_slideshow"
  | "stop_slideshow"
  | "caption_more"
  | "caption_less"
  | "image_unavailable"
  | "photo_viewer"
  | "close"
  | "related"
  | "related_label"
  | "load_more"
  | "loading_more"
  | "more_failed"
  | "play_video"
  | "video"
  | "audio"
  | "view_on"
  | "open_original";
// </contract:string-keys>

/** The publisher's own wording, by message key. Placeholders in braces (`{n}`,
 * `{total}`, `{names}`, `{title}` …) are filled in by the widget. */
export type ReaderStrings = Partial<Record<ReaderStringKey, string>>;

/** Options of `mount()`: every attribute of the element under its property name, plus
 * `data`, `related` and `strings` objects; `data` wins over `src`. */
export interface MountOptions {
  /** A document: the native format, schema.org JSON-LD, a WordPress post, a JSON Feed, ANS or Apple News Format. */
  data?: ReaderDocument | object;
  /** Related sections as an object (native, JSON Feed or WordPress collection). */
  related?: object;
  /** The publisher's own wording; wins over the built-in texts in every language. */
  strings?: ReaderStrings;
  // <contract:mount-options>
  /** URL of a document (native format, schema.org JSON-LD, WordPress REST post, JSON Feed, Arc XP ANS or Apple News Format); fetched, re-fetched when it changes; a late answer for an old `src` is ignored. */
  src?: string;
  /** URL of related stories (JSON Feed, WordPress collection or native document); they replace the document's own `related`. */
  relatedSrc?: string;
  /** How to read `src`/`data` (detected from content when absent). */
  format?: "native" | "jsonld" | "wordpress" | "jsonfeed" | "ans" | "anf";
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: "light" | "dark" | "auto";
  /** Fetch timeout in milliseconds (default 10000, at least 100). */
  timeout?: number;
  /** Level of the headline, `1`–`6` (default `1`); section titles and body headings follow below it. */
  headingLevel?: number;
  /** BCP 47 language overriding the article's (dates, the `lang` attribute, the widget's own words); without either, the page's language (nearest `lang` around the widget), then English. */
  lang?: string;
  /** Embedded videos and posts: `click` (default: a light placeholder that loads YouTube's or Vimeo's player only when the reader asks; posts are cards linking to the platform) or `link` (never a frame: every embed is a link, for pages whose policy forbids frames). */
  embeds?: "click" | "link";
  /** The carousel wraps from the last photo to the first (off by default). */
  loop?: boolean;
  /** The carousel rotates by itself, with a pause/play control; it holds while hovered or focused, in a background tab and when scrolled out of view, and never runs under `prefers-reduced-motion`. */
  autoplay?: boolean;
  /** Milliseconds per photo while rotating (default 6000, at least 1000). */
  autoplayInterval?: number;
  /** Photo shown first, counted from 1 (a later change moves the carousel there). */
  start?: number;
  /** Related cards as `grid` (default: 1–4 columns by the widget's own width) or `list` (compact rows with a small thumbnail). */
  layout?: "grid" | "list";
  /** `target` of card links, e.g. `_blank` (`rel` always includes `noopener`). */
  linkTarget?: string;
  /** Add `noreferrer` to card links. */
  noreferrer?: boolean;
  /** When a server-rendered widget loads its module and comes alive: `load` (at once), `idle` (default: when the page is idle), `visible` (near the viewport) or `interaction` (first pointer, key or focus on it); ignored for widgets rendered in the browser. */
  activate?: "load" | "idle" | "visible" | "interaction";
  // </contract:mount-options>
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

/** The <reader-widget> element. Properties mirror its attributes (kebab-case). */
export interface ReaderWidgetElement extends HTMLElement {
  data: ReaderDocument | object | undefined;
  related: object | undefined;
  /** The publisher's own wording; rewords the widget in place when set. */
  strings: ReaderStrings | undefined;
  // <contract:element-properties>
  /** Mirrors `src`: URL of a document (native format, schema.org JSON-LD, WordPress REST post, JSON Feed, Arc XP ANS or Apple News Format); fetched, re-fetched when it changes; a late answer for an old `src` is ignored. */
  src: string | null;
  /** Mirrors `related-src`: URL of related stories (JSON Feed, WordPress collection or native document); they replace the document's own `related`. */
  relatedSrc: string | null;
  /** Mirrors `format`: How to read `src`/`data` (detected from content when absent). */
  format: "native" | "jsonld" | "wordpress" | "jsonfeed" | "ans" | "anf" | null;
  /** Mirrors `theme`: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: "light" | "dark" | "auto" | null;
  /** Mirrors `timeout`: Fetch timeout in milliseconds (default 10000, at least 100). */
  timeout: string | null;
  /** Mirrors `heading-level`: Level of the headline, `1`–`6` (default `1`); section titles and body headings follow below it. */
  headingLevel: string | null;
  /** Mirrors `embeds`: Embedded videos and posts: `click` (default: a light placeholder that loads YouTube's or Vimeo's player only when the reader asks; posts are cards linking to the platform) or `link` (never a frame: every embed is a link, for pages whose policy forbids frames). */
  embeds: "click" | "link" | null;
  /** Mirrors `loop`: The carousel wraps from the last photo to the first (off by default). */
  loop: boolean;
  /** Mirrors `autoplay`: The carousel rotates by itself, with a pause/play control; it holds while hovered or focused, in a background tab and when scrolled out of view, and never runs under `prefers-reduced-motion`. */
  autoplay: boolean;
  /** Mirrors `autoplay-interval`: Milliseconds per photo while rotating (default 6000, at least 1000). */
  autoplayInterval: string | null;
  /** Mirrors `start`: Photo shown first, counted from 1 (a later change moves the carousel there). */
  start: string | null;
  /** Mirrors `layout`: Related cards as `grid` (default: 1–4 columns by the widget's own width) or `list` (compact rows with a small thumbnail). */
  layout: "grid" | "list" | null;
  /** Mirrors `link-target`: `target` of card links, e.g. `_blank` (`rel` always includes `noopener`). */
  linkTarget: string | null;
  /** Mirrors `noreferrer`: Add `noreferrer` to card links. */
  noreferrer: boolean;
  /** Mirrors `activate`: When a server-rendered widget loads its module and comes alive: `load` (at once), `idle` (default: when the page is idle), `visible` (near the viewport) or `interaction` (first pointer, key or focus on it); ignored for widgets rendered in the browser. */
  activate: "load" | "idle" | "visible" | "interaction" | null;
  // </contract:element-properties>
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
