// The floor for DOM work: a small vanilla-JS renderer that turns the same native JSON
// into equivalent markup (same elements, classes, `part` names, ids and ARIA attributes,
// same stylesheet, in a shadow root), with plain DOM calls and no framework, validation
// or interactivity. It leaves out what the widget builds for states the reader has not
// reached: the full-screen viewer (`<dialog>`) and the notes for images that fail to
// load. Bench only.

const ALLOWED = new Set(["A", "EM", "STRONG", "I", "B", "BR", "SUP", "SUB"]);

function el(tag, className, text, part) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (part) e.setAttribute("part", part);
  if (text !== undefined) e.textContent = text;
  return e;
}

function attrs(e, map) {
  for (const [k, v] of Object.entries(map)) e.setAttribute(k, v);
  return e;
}

/** Copies allowlisted inline nodes from parsed HTML (DOMParser does not run scripts). */
function inlineHtml(parent, html) {
  const doc = new DOMParser().parseFromString(`<body>${html}`, "text/html");
  const copy = (from, to) => {
    for (const n of from.childNodes) {
      if (n.nodeType === 3) to.append(n.data);
      else if (n.nodeType === 1 && ALLOWED.has(n.tagName)) {
        const c = document.createElement(n.tagName);
        if (n.tagName === "A") c.className = "rw-link";
        if (n.tagName === "A" && /^(https?:|\/|[^:]*$)/i.test(n.getAttribute("href") ?? "")) c.setAttribute("href", n.getAttribute("href"));
        copy(n, c);
        to.append(c);
      } else if (n.nodeType === 1) copy(n, to);
    }
  };
  copy(doc.body, parent);
}

// As the widget does: initialise Intl in idle time once the module has loaded (a page's
// first formatter costs ~15 ms whatever its locale), so both pay it outside the mount.
(globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 200)))(() =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(0));

// Formatters are cached by language, as the widget caches them.
const formatters = new Map();
const cached = (key, make) => formatters.get(key) ?? formatters.set(key, make()).get(key);
const dateFormat = (lang) => cached(`d${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }));
const relativeFormat = (lang) => cached(`r${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: "auto" }));

/** "5 days ago" within a week, else a medium date, as on the widget's cards. */
function cardDate(iso, lang) {
  const days = Math.trunc((Date.parse(iso) - Date.now()) / 86400000);
  if (Math.abs(days) < 7) return relativeFormat(lang).format(days, "day");
  return cached(`m${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: "medium" })).format(new Date(iso));
}

function image(m, className, loading, part) {
  const img = el("img", className, undefined, part);
  img.src = m.src;
  if (m.width) img.width = m.width;
  if (m.height) img.height = m.height;
  img.alt = m.alt ?? m.caption ?? "";
  img.loading = loading;
  img.decoding = "async";
  return img;
}

/** Renders `doc` into `host`'s shadow root with `sheet` adopted. */
export function render(host, doc, sheet) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [sheet];
  const a = doc.article;
  const wrap = el("div", "rw-root", undefined, "root");
  if (a.lang) wrap.lang = a.lang;
  const article = el("article", "rw-article", undefined, "article");
  const header = el("header", "rw-article__header");
  if (a.section) header.append(el("p", "rw-article__section", a.section, "section"));
  header.append(el("h1", "rw-article__headline", a.headline, "headline"));
  if (a.deck) header.append(el("p", "rw-article__deck", a.deck, "deck"));
  const meta = el("div", "rw-article__meta", undefined, "meta");
  if (a.bylines?.length) {
    const byline = el("p", "rw-article__byline", "By ", "byline");
    a.bylines.forEach((b, i) => {
      if (i > 0) byline.append(i === a.bylines.length - 1 ? " and " : ", ");
      byline.append(el("span", "rw-article__author", b.name ?? b));
    });
    meta.append(byline);
  }
  if (a.published) {
    const p = el("p", "rw-article__published");
    const t = el("time", null, dateFormat(a.lang).format(new Date(a.published)));
    t.dateTime = a.published;
    p.append(t);
    meta.append(p);
  }
  header.append(meta);
  article.append(header);
  if (a.media?.length) {
    const n = a.media.length;
    const region = attrs(el("section", "rw-carousel", undefined, "carousel"), { "aria-roledescription": "carousel", "aria-label": "Photos" });
    const viewport = el("div", "rw-carousel__viewport");
    const expand = attrs(el("button", "rw-carousel__expand", undefined, "carousel-expand"), { type: "button", "aria-label": "View photo full screen", "aria-haspopup": "dialog" });
    expand.append(attrs(el("span", null, "⤢"), { "aria-hidden": "true" }));
    const track = el("div", "rw-carousel__track");
    track.style.transform = "translateX(0%)";
    a.media.forEach((m, i) => {
      const slide = attrs(el("div", i === 0 ? "rw-carousel__slide rw-carousel__slide--current" : "rw-carousel__slide", undefined, "carousel-slide"),
        { id: `rw-slide-${i}`, role: "group", "aria-roledescription": "slide", "aria-label": `${i + 1} of ${n}` });
      if (i > 0) slide.inert = true;
      const fig = el("figure", "rw-carousel__figure");
      const frame = el("div", "rw-carousel__frame");
      const img = image(m, "rw-carousel__image", i < 2 ? "eager" : "lazy", "carousel-image");
      img.draggable = false;
      frame.append(img);
      const cap = el("figcaption", "rw-carousel__caption", undefined, "carousel-caption");
      if (m.caption) cap.append(attrs(el("span", "rw-carousel__caption-text", m.caption), { id: `rw-slide-${i}-caption` }));
      if (m.credit) cap.append(el("span", "rw-carousel__credit", `Photo: ${m.credit}`, "credit"));
      fig.append(frame, cap);
      slide.append(fig);
      track.append(slide);
    });
    viewport.append(expand, track);
    const button = (dir, label, arrow, disabled) => {
      const b = attrs(el("button", `rw-carousel__button rw-carousel__button--${dir}`, undefined, "carousel-button"), { type: "button", "aria-label": label, "aria-disabled": String(disabled) });
      b.append(attrs(el("span", "rw-carousel__arrow", arrow), { "aria-hidden": "true" }));
      return b;
    };
    const controls = el("div", "rw-carousel__controls", undefined, "carousel-controls");
    controls.append(button("prev", "Previous photo", "←", true), el("p", "rw-carousel__counter", `1 / ${n}`, "carousel-counter"), button("next", "Next photo", "→", n < 2));
    const dots = attrs(el("div", "rw-carousel__dots", undefined, "carousel-dots"), { role: "tablist", "aria-label": "Choose a photo" });
    for (let i = 0; i < n; i++) {
      dots.append(attrs(el("button", i === 0 ? "rw-carousel__dot rw-carousel__dot--current" : "rw-carousel__dot"),
        { type: "button", role: "tab", "aria-label": `Photo ${i + 1}`, "aria-controls": `rw-slide-${i}`, "aria-selected": String(i === 0), tabindex: i === 0 ? "0" : "-1" }));
    }
    const live = attrs(el("p", "rw-visually-hidden"), { "aria-live": "polite", "aria-atomic": "true" });
    region.append(viewport, controls, dots, live);
    article.append(region);
  }
  const body = el("div", "rw-article__body", undefined, "body");
  let dateline = a.dateline;
  for (const b of a.body ?? []) {
    if (typeof b === "string" || b.type === "paragraph") {
      const p = el("p");
      if (dateline) p.append(el("span", "rw-article__dateline", `${dateline} — `));
      dateline = null;
      if (b.html) inlineHtml(p, b.html);
      else p.append(typeof b === "string" ? b : b.text);
      body.append(p);
    } else if (b.type === "heading") body.append(el("h2", "rw-article__subhead", b.text));
    else if (b.type === "quote") {
      const f = el("figure", "rw-quote");
      const q = el("blockquote", "rw-quote__text");
      q.append(el("p", null, b.text));
      f.append(q);
      if (b.cite) f.append(el("figcaption", "rw-quote__cite", b.cite));
      body.append(f);
    } else if (b.type === "list") {
      const l = el(b.ordered ? "ol" : "ul", "rw-article__list");
      for (const item of b.items) l.append(el("li", null, item));
      body.append(l);
    } else if (b.type === "separator") body.append(el("hr", "rw-article__separator"));
  }
  article.append(body);
  if (a.contributors) {
    const f = el("footer", "rw-article__contributors", undefined, "contributors");
    f.append(el("p", null, a.contributors));
    article.append(f);
  }
  wrap.append(article);
  [].concat(doc.related ?? []).forEach((s, k) => {
    if (!s.items?.length) return;
    const section = attrs(el("section", "rw-related", undefined, "related"), { "aria-labelledby": `rw-related-${k}` });
    section.append(attrs(el("h2", "rw-related__title", s.title ?? "Related", "related-title"), { id: `rw-related-${k}` }));
    const list = attrs(el("ul", "rw-related__list", undefined, "related-list"), { id: `rw-related-${k}-list` });
    s.items.forEach((item, i) => {
      const li = attrs(el("li", item.image ? "rw-card" : "rw-card rw-card--text", undefined, "card"), { "data-position": String(i + 1) });
      if (item.image) {
        const fig = el("figure", "rw-card__media");
        fig.append(image(item.image, "rw-card__image", "lazy", "card-image"));
        if (item.image.credit) fig.append(el("figcaption", "rw-card__credit", `Photo: ${item.image.credit}`, "credit"));
        li.append(fig);
      }
      const cb = el("div", "rw-card__body");
      if (item.section || item.published) {
        const meta = el("p", "rw-card__meta");
        if (item.section) meta.append(el("span", "rw-card__section", item.section));
        if (item.published) meta.append(attrs(el("time", "rw-card__date", cardDate(item.published, a.lang)), { datetime: item.published }));
        cb.append(meta);
      }
      const h = el("h3", "rw-card__title", undefined, "card-title");
      const link = attrs(el("a", "rw-card__link", item.title, "card-link"), { rel: "noopener" });
      link.href = item.url;
      h.append(link);
      cb.append(h);
      if (item.teaser) cb.append(el("p", "rw-card__teaser", item.teaser, "card-teaser"));
      li.append(cb);
      list.append(li);
    });
    section.append(list, el("div", "rw-related__more", undefined, "related-more"));
    wrap.append(section);
  });
  root.replaceChildren(wrap);
}
