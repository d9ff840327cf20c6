// Documents for the bench, generated from our own sample sentences: any number of
// paragraphs, photos and cards, in the native format.
const SENTENCES = [
  "The council met on Tuesday evening to discuss the library's opening hours.",
  "Volunteers sorted seed packets by crop family before the spring rush.",
  "A new footbridge will link the allotments to the riverside path.",
  "Residents have until the end of the month to comment on the plans.",
  "The ferry's winter timetable adds a later crossing on Fridays.",
  "Local growers say the frost came two weeks earlier than last year.",
];
const IMAGES = ["seed-library", "drawers", "volunteers", "river-garden", "harvest-table", "ferry", "bakery", "council", "orchard", "bridge", "library-night", "market"];

const sentence = (i) => SENTENCES[i % SENTENCES.length];

/** A native document with `paragraphs` body paragraphs, `photos` photos, `cards` cards. */
export function makeDocument({ paragraphs = 40, photos = 5, cards = 10 } = {}) {
  const body = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 12 === 0) body.push({ type: "heading", text: `Part ${i / 12 + 1}` });
    body.push(i % 5 === 1
      ? { type: "paragraph", html: `${sentence(i)} <em>${sentence(i + 1)}</em> <a href="/story/${i}">More</a>.` }
      : { type: "paragraph", text: `${sentence(i)} ${sentence(i + 2)} ${sentence(i + 3)}` });
  }
  const media = Array.from({ length: photos }, (_, i) => ({
    src: `/demo/images/${IMAGES[i % IMAGES.length]}.svg`, width: 1200, height: 800,
    alt: `Illustration ${i + 1}`, caption: sentence(i), credit: "Bench Photographer",
  }));
  const items = Array.from({ length: cards }, (_, i) => ({
    url: `https://news.example/story/${i}`, title: `Story number ${i + 1}: ${sentence(i)}`, teaser: sentence(i + 1),
    published: "2026-11-20T10:00:00Z",
    ...(i % 4 === 3 ? {} : { image: { src: `/demo/images/${IMAGES[(i + 5) % IMAGES.length]}.svg`, width: 1200, height: 675, credit: "Bench Photographer" } }),
  }));
  return {
    version: 1,
    article: {
      headline: "Bench article: the valley's libraries in numbers", deck: sentence(0), section: "Bench",
      lang: "en-GB", bylines: [{ name: "Ada Bench" }, { name: "Bo Marks" }], published: "2026-11-24T07:30:00Z",
      dateline: "ASHFORD VALE", media, body, contributors: "Generated for the benchmark.",
    },
    related: [{ title: "More in Bench", items: items.slice(0, Math.ceil(cards / 2)) }, { title: "Most read", items: items.slice(Math.ceil(cards / 2)) }],
  };
}

/** The same article as schema.org JSON-LD (a NewsArticle), for pages whose documents
 * need the formats module: paragraphs in `articleBody`, photos as `ImageObject`s. */
export function makeJsonLd({ paragraphs = 40, photos = 5 } = {}) {
  const { article } = makeDocument({ paragraphs, photos, cards: 0 });
  const text = article.body.filter((b) => b.type === "paragraph")
    .map((b) => b.text ?? b.html.replace(/<[^>]+>/g, ""));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.deck,
    articleSection: article.section,
    inLanguage: article.lang,
    datePublished: article.published,
    author: article.bylines.map((b) => ({ "@type": "Person", name: b.name })),
    image: article.media.map((m) => ({ "@type": "ImageObject", url: m.src, width: m.width, height: m.height, caption: m.caption })),
    articleBody: text.join("\n\n"),
  };
}
