// Types of reader-widget/edge (npm/edge.js): the same API as reader-widget/server.
export type { RenderOptions } from "./server.js";
export { renderToString, render, styleHash } from "./server.js";
