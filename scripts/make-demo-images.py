#!/usr/bin/env python3
"""Generates the demo's illustrative images (simple vector landscapes we drew in code),
so the demo ships original pictures and no third-party photos."""
import pathlib, random

OUT = pathlib.Path(__file__).resolve().parent.parent / "www" / "demo" / "images"

SCENES = {
    # name: (sky top, sky bottom, hills, accent, motif, width, height)
    "seed-library":   ("#f6d365", "#fda085", "#4b7f52", "#7a4e2d", "shelves", 1200, 800),
    "drawers":        ("#a1c4fd", "#c2e9fb", "#3f6e8c", "#b5651d", "drawers", 1200, 800),
    "volunteers":     ("#fbc2eb", "#a6c1ee", "#52734d", "#e2725b", "people", 1200, 800),
    "river-garden":   ("#84fab0", "#8fd3f4", "#2e6f40", "#3a86ff", "river", 1200, 800),
    "harvest-table":  ("#ffecd2", "#fcb69f", "#6b8f3e", "#c0392b", "table", 1200, 800),
    "ferry":          ("#c3cfe2", "#f5f7fa", "#3d5a80", "#ee6c4d", "river", 1200, 675),
    "bakery":         ("#fddb92", "#d1fdff", "#8d6e63", "#ff7043", "table", 1200, 675),
    "council":        ("#e0c3fc", "#8ec5fc", "#455a64", "#1e88e5", "shelves", 1200, 675),
    "orchard":        ("#d4fc79", "#96e6a1", "#33691e", "#d32f2f", "people", 1200, 675),
    "bridge":         ("#a1c4fd", "#fbc2eb", "#37474f", "#ffb300", "river", 1200, 675),
    "library-night":  ("#30cfd0", "#330867", "#1b2631", "#f4d03f", "shelves", 1200, 675),
    "market":         ("#f093fb", "#f5576c", "#5d4037", "#ffee58", "table", 1200, 675),
}

def hills(rng, w, h, color, base, amp):
    pts = [f"0,{h}"]
    for i in range(0, 13):
        x = w * i / 12
        y = base + rng.uniform(-amp, amp)
        pts.append(f"{x:.0f},{y:.0f}")
    pts.append(f"{w},{h}")
    return f'<polygon points="{" ".join(pts)}" fill="{color}"/>'

def motif(kind, rng, w, h, accent):
    parts = []
    if kind == "shelves":
        for r in range(3):
            y = h * 0.45 + r * 70
            parts.append(f'<rect x="{w*0.3:.0f}" y="{y:.0f}" width="{w*0.4:.0f}" height="8" fill="#3e2723"/>')
            x = w * 0.31
            while x < w * 0.68:
                bw = rng.randint(14, 30)
                bh = rng.randint(36, 58)
                hue = rng.choice([accent, "#f5f5f5", "#8d6e63", "#ffcc80"])
                parts.append(f'<rect x="{x:.0f}" y="{y-bh:.0f}" width="{bw}" height="{bh}" fill="{hue}"/>')
                x += bw + 4
    elif kind == "drawers":
        for r in range(4):
            for c in range(6):
                x, y = w * 0.22 + c * 115, h * 0.3 + r * 85
                parts.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="105" height="75" rx="6" fill="{accent}" stroke="#3e2723" stroke-width="3"/>')
                parts.append(f'<circle cx="{x+52:.0f}" cy="{y+38:.0f}" r="7" fill="#fff3e0"/>')
    elif kind == "people":
        for i in range(5):
            x = w * (0.18 + i * 0.16)
            y = h * 0.62 + rng.uniform(-20, 20)
            parts.append(f'<circle cx="{x:.0f}" cy="{y-90:.0f}" r="28" fill="#ffe0b2"/>')
            parts.append(f'<rect x="{x-32:.0f}" y="{y-60:.0f}" width="64" height="110" rx="24" fill="{rng.choice([accent, "#5c6bc0", "#26a69a", "#8d6e63"])}"/>')
    elif kind == "river":
        parts.append(f'<path d="M0,{h*0.78:.0f} C{w*0.3:.0f},{h*0.68:.0f} {w*0.6:.0f},{h*0.9:.0f} {w},{h*0.74:.0f} L{w},{h} L0,{h} Z" fill="{accent}" opacity="0.85"/>')
        parts.append(f'<rect x="{w*0.55:.0f}" y="{h*0.7:.0f}" width="160" height="26" rx="10" fill="#f5f5f5"/>')
    elif kind == "table":
        parts.append(f'<rect x="{w*0.15:.0f}" y="{h*0.62:.0f}" width="{w*0.7:.0f}" height="22" fill="#5d4037"/>')
        for i in range(9):
            x = w * 0.2 + i * 85
            parts.append(f'<circle cx="{x:.0f}" cy="{h*0.62-26:.0f}" r="{rng.randint(18,30)}" fill="{rng.choice([accent, "#fbc02d", "#7cb342", "#e65100"])}"/>')
    return "".join(parts)

def scene(name, spec):
    top, bottom, hill, accent, kind, w, h = spec
    rng = random.Random(name)
    sun_x, sun_y = rng.uniform(0.15, 0.85) * w, rng.uniform(0.12, 0.3) * h
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
        f'<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{top}"/>'
        f'<stop offset="1" stop-color="{bottom}"/></linearGradient></defs>'
        f'<rect width="{w}" height="{h}" fill="url(#s)"/>'
        f'<circle cx="{sun_x:.0f}" cy="{sun_y:.0f}" r="{h*0.08:.0f}" fill="#fffde7" opacity="0.9"/>'
        + hills(rng, w, h, hill, h * 0.6, h * 0.06)
        + hills(rng, w, h, "#00000022", h * 0.72, h * 0.04)
        + motif(kind, rng, w, h, accent)
        + "</svg>\n"
    )

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, spec in SCENES.items():
        (OUT / f"{name}.svg").write_text(scene(name, spec))
    print(f"wrote {len(SCENES)} images to {OUT}")
