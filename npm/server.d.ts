// Types of reader-widget/server (npm/server.js).

/** Options of a server render. */
export interface RenderOptions {
  /** How to read the document (detected from content when absent). */
  format?: "native" | "jsonld" | "wordpress" | "jsonfeed" | "ans" | "anf";
  /** Related stories (JSON Feed, WordPress collection or native document): object or JSON text. */
  related?: object | string;
  /** BCP 47 language of the widget (dates, its own words); written as `lang`. */
  lang?: string;
  /** Attributes of the element (`layout`, `heading-level`, `activate` …), written on it and applied to the render. */
  attributes?: Record<string, string | number | boolean>;
  /** The publisher's own wording: message key → text. */
  strings?: Record<string, string>;
  /** A URL of `reader-widget.css` to link instead of the inline `<style>` (for `style-src 'self'` without a hash). */
  stylesheet?: string;
  /** Put the page's schema.org NewsArticle `<script type="application/ld+json">` before the element. */
  jsonld?: boolean;
}

/** The element's markup for a page; rejects with every problem when the document cannot render. */
export function renderToString(document: object | string, options?: RenderOptions): Promise<string>;

/** The markup and the warnings (what was dropped or repaired, with JSON paths). */
export function render(document: object | string, options?: RenderOptions): Promise<{ html: string; warnings: string[] }>;

/** The CSP source (`'sha256-…'`) allowing the inline stylesheet. */
export function styleHash(): Promise<string>;
