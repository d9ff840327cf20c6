#!/usr/bin/env python3
"""Writes the large hostile documents into tests/hostile/generated/ (gitignored).

They are too big to commit (over 200 KB) but fully determined by this script, so every
machine tests the same bytes. tests/properties.rs runs this when a generated file listed
in MANIFEST.json is missing; run it by hand after changing it:

    python3 tests/hostile/generate.py

Standard library only.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated")


def write(name, text):
    path = os.path.join(OUT, name)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    # Atomic, so a half-written file never passes for a generated one.
    os.replace(tmp, path)


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def native_5mb_string():
    # 5,000,000 bytes in one string: over the 4 MiB (4,194,304 byte) document limit.
    headline = "A" * 5_000_000
    return dump({"version": 1, "article": {"headline": headline}})


def native_20000_paragraphs():
    body = [{"type": "paragraph", "text": "Paragraph %d of a runaway body." % i} for i in range(20_000)]
    return dump({"version": 1, "article": {"headline": "Twenty thousand paragraphs", "body": body}})


def native_100000_deep_arrays():
    depth = 100_000
    return '{"version":1,"article":{"headline":"Deep","deep":%s%s}}' % ("[" * depth, "]" * depth)


def native_100000_deep_b():
    html = "<b>" * 100_000 + "deep text" + "</b>" * 100_000
    return dump({"version": 1, "article": {"headline": "Deep bold", "body": [{"type": "paragraph", "html": html}]}})


def native_2000_related_cards():
    items = [
        {
            "url": "/news/%d" % i,
            "title": "Related story number %d" % i,
            "teaser": "Teaser %d." % i,
            "image": {"src": "https://img.example.org/%d.jpg" % i, "alt": "Photo %d" % i},
            "published": "2026-01-%02dT10:00:00Z" % (i % 28 + 1),
        }
        for i in range(2_000)
    ]
    return dump({"version": 1, "article": {"headline": "Many cards"},
                 "related": [{"title": "More", "items": items, "next_url": "/more?page=2"}]})


def wordpress_20000_paragraphs():
    content = "".join("<p>WordPress paragraph %d.</p>\n" % i for i in range(20_000))
    return dump({"id": 1, "type": "post", "title": {"rendered": "Twenty thousand WordPress paragraphs"},
                 "content": {"rendered": content}})


def jsonfeed_12000_items():
    items = [{"id": str(i), "url": "https://example.org/%d" % i, "title": "Feed item %d" % i,
              "summary": "Summary %d." % i} for i in range(12_000)]
    return dump({"version": "https://jsonfeed.org/version/1.1", "title": "Big feed", "items": items})


def jsonld_100000_deep_b_articlebody():
    body = "<p>" + "<b>" * 100_000 + "deep text" + "</b>" * 100_000 + "</p>"
    return dump({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Deep JSON-LD",
                 "articleBody": body})


FILES = {
    "native-5mb-string.json": native_5mb_string,
    "native-20000-paragraphs.json": native_20000_paragraphs,
    "native-100000-deep-arrays.json": native_100000_deep_arrays,
    "native-100000-deep-b.json": native_100000_deep_b,
    "native-2000-related-cards.json": native_2000_related_cards,
    "wordpress-20000-paragraphs.json": wordpress_20000_paragraphs,
    "jsonfeed-12000-items.json": jsonfeed_12000_items,
    "jsonld-100000-deep-b-articlebody.json": jsonld_100000_deep_b_articlebody,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, build in FILES.items():
        write(name, build())
        print("wrote %s (%d bytes)" % (os.path.join("generated", name), os.path.getsize(os.path.join(OUT, name))))


if __name__ == "__main__":
    main()
