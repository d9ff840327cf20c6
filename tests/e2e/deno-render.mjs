// Run by Deno (server-deno.test.mjs): renders each [path, format] of the JSON list in
// the file named by the first argument with reader-widget/server, and prints the
// results as JSON ({ html } or { error }) in the same order.
const [listFile, pkg] = Deno.args;
const { render } = await import(new URL("server.js", `file://${pkg}/`).href);
const out = [];
for (const [path, format, options] of JSON.parse(await Deno.readTextFile(listFile))) {
  try {
    out.push({ html: (await render(await Deno.readTextFile(path), { format, ...options })).html });
  } catch (e) {
    out.push({ error: String(e?.message ?? e) });
  }
}
console.log(JSON.stringify(out));
