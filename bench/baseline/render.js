// The floor for DOM work: a small vanilla-JS renderer that turns the same native JSON
// into equivalent markup (same elements, classes and stylesheet, in a shadow root),
// with plain DOM calls and no framework, validation or interactivity. Bench only.

const ALLOWED = new Set(["A", "EM", "STRONG", "I", "B", "BR", "SUP", "SUB"]);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
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

const dateFormat = (lang) => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" });

function image(m, className, loading) {
  const img = el("img", className);
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
  const wrap = el("div", "rw-root");
  if (a.lang) wrap.lang = a.lang;
  const article = el("article", "rw-article");
  const header = el("header", "rw-article__header");
  if (a.section) header.append(el("p", "rw-article__section", a.section));
  header.append(el("h1", "rw-article__headline", a.headline));
  if (a.deck) header.append(el("p", "rw-article__deck", a.deck));
  const meta = el("div", "rw-article__meta");
  if (a.bylines?.length) meta.append(el("p", "rw-article__byline", `By ${a.bylines.map((b) => b.name ?? b).join(" and ")}`));
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
    const region = el("section", "rw-carousel");
    region.setAttribute("aria-roledescription", "carousel");
    region.setAttribute("aria-label", "Photos");
    const viewport = el("div", "rw-carousel__viewport");
    const track = el("div", "rw-carousel__track");
    a.media.forEach((m, i) => {
      const slide = el("div", "rw-carousel__slide");
      slide.setAttribute("role", "group");
      slide.setAttribute("aria-roledescription", "slide");
      slide.setAttribute("aria-label", `${i + 1} of ${a.media.length}`);
      if (i > 0) slide.inert = true;
      const fig = el("figure", "rw-carousel__figure");
      const frame = el("div", "rw-carousel__frame");
      frame.append(image(m, "rw-carousel__image", i < 2 ? "eager" : "lazy"));
      const cap = el("figcaption", "rw-carousel__caption");
      if (m.caption) cap.append(el("span", "rw-carousel__caption-text", m.caption));
      if (m.credit) cap.append(el("span", "rw-carousel__credit", `Photo: ${m.credit}`));
      fig.append(frame, cap);
      slide.append(fig);
      track.append(slide);
    });
    viewport.append(track);
    const controls = el("div", "rw-carousel__controls");
    controls.append(el("button", "rw-carousel__button", "←"), el("p", "rw-carousel__counter", `1 / ${a.media.length}`), el("button", "rw-carousel__button", "→"));
    region.append(viewport, controls);
    article.append(region);
  }
  const body = el("div", "rw-article__body");
  for (const b of a.body ?? []) {
    if (typeof b === "string" || b.type === "paragraph") {
      const p = el("p");
      if (b.html) inlineHtml(p, b.html);
      else p.textContent = typeof b === "string" ? b : b.text;
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
    const f = el("footer", "rw-article__contributors");
    f.append(el("p", null, a.contributors));
    article.append(f);
  }
  wrap.append(article);
  for (const s of [].concat(doc.related ?? [])) {
    if (!s.items?.length) continue;
    const section = el("section", "rw-related");
    section.append(el("h2", "rw-related__title", s.title ?? "Related"));
    const list = el("ul", "rw-related__list");
    for (const item of s.items) {
      const li = el("li", item.image ? "rw-card" : "rw-card rw-card--text");
      if (item.image) {
        const fig = el("figure", "rw-card__media");
        fig.append(image(item.image, "rw-card__image", "lazy"));
        if (item.image.credit) fig.append(el("figcaption", "rw-card__credit", `Photo: ${item.image.credit}`));
        li.append(fig);
      }
      const cb = el("div", "rw-card__body");
      const h = el("h3", "rw-card__title");
      const link = el("a", "rw-card__link", item.title);
      link.href = item.url;
      h.append(link);
      cb.append(h);
      if (item.teaser) cb.append(el("p", "rw-card__teaser", item.teaser));
      li.append(cb);
      list.append(li);
    }
    section.append(list);
    wrap.append(section);
  }
  root.replaceChildren(wrap);
}
