// A dependency-free SVG plot of the scaling curves: mount→committed time against
// document size (log–log), widget and baseline, one panel per scenario.

const W = 420, H = 300, PAD = 48;

function panel(title, rows, x0) {
  const xs = rows.map((r) => r.n);
  const ys = rows.flatMap((r) => [r.widget.committed_ms.median, r.baseline.committed_ms.median]).filter((y) => y > 0);
  const [lx0, lx1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const [ly0, ly1] = [Math.log10(Math.min(...ys) / 1.5), Math.log10(Math.max(...ys) * 1.5)];
  const px = (n) => x0 + PAD + ((Math.log10(n) - lx0) / (lx1 - lx0 || 1)) * (W - 2 * PAD);
  const py = (y) => H - PAD - ((Math.log10(Math.max(y, 1e-3)) - ly0) / (ly1 - ly0 || 1)) * (H - 2 * PAD);
  const line = (key, colour) => {
    const pts = rows.map((r) => `${px(r.n).toFixed(1)},${py(r[key].committed_ms.median).toFixed(1)}`).join(" ");
    const dots = rows.map((r) => `<circle cx="${px(r.n).toFixed(1)}" cy="${py(r[key].committed_ms.median).toFixed(1)}" r="3" fill="${colour}"/>`).join("");
    return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts}"/>${dots}`;
  };
  const ticksX = xs.map((n) => `<text x="${px(n).toFixed(1)}" y="${H - PAD + 16}" font-size="11" text-anchor="middle">${n}</text>`).join("");
  const yTicks = [];
  for (let e = Math.ceil(ly0); e <= Math.floor(ly1); e++) {
    const y = py(10 ** e);
    yTicks.push(`<line x1="${x0 + PAD}" x2="${x0 + W - PAD}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${x0 + PAD - 6}" y="${y + 4}" font-size="11" text-anchor="end">${10 ** e} ms</text>`);
  }
  return `<g><text x="${x0 + W / 2}" y="20" font-size="14" text-anchor="middle">${title}</text>
<rect x="${x0 + PAD}" y="${PAD}" width="${W - 2 * PAD}" height="${H - 2 * PAD}" fill="none" stroke="#999"/>
${yTicks.join("")}${ticksX}${line("baseline", "#888")}${line("widget", "#b3261e")}</g>`;
}

/** The SVG document for `scaling` ({ paragraphs: [...], cards: [...] }). */
export function scalingSvg(scaling) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 24}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${panel("mount → committed vs paragraphs", scaling.paragraphs, 0)}
${panel("mount → committed vs cards", scaling.cards, W)}
<g font-size="12"><rect x="${W - 90}" y="${H + 6}" width="12" height="4" fill="#b3261e"/><text x="${W - 74}" y="${H + 12}">widget</text>
<rect x="${W + 10}" y="${H + 6}" width="12" height="4" fill="#888"/><text x="${W + 26}" y="${H + 12}">vanilla JS baseline</text></g>
</svg>
`;
}
