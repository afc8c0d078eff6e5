// What the functions that the tests and the tools run inside a page (page.evaluate,
// executeScript) find on, or put on, its window: their own records, axe-core once injected, the
// wasm's exports, and the globals of the host pages the embed tests write. Types only, for
// `tsc -p tsconfig.json` (the .mjs files are checked with // @ts-check).
export {};

type AxeResults = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

declare global {
  /** securitypolicyviolation events, as "directive blocked-uri" (webdriver.mjs listenForViolations). */
  var __violations: string[];
  /** axe-core, once webdriver.mjs axe() has injected it. */
  var axe: { run(context: Document): Promise<AxeResults> };
  /** Every text the live region took (describe.test.mjs). */
  var __said: string[];
  /** Every point the tooltip showed while Listen played (a11y-figures.test.mjs). */
  var __played: string[];
  /** When the poll after Listen's stop began (a11y-figures.test.mjs). */
  var __stoppedAt: number;
  /** The injected collector's console lines (console.test.mjs, WebKit). */
  var __console: string[];
  /** The app's wasm exports, from its start-up event (tools/bench.mjs, tools/soak.mjs). */
  var __wasm: { memory: WebAssembly.Memory };
  /** Settles when a swipe's fling has run out (phone.test.mjs). */
  var flingDone: Promise<unknown>;
  /** Set only if an injected payload ran (share.test.mjs). */
  var pwned: unknown;
  /** Set before a hash change, to tell a reload from a scroll (hostile-host.test.mjs). */
  var sameDocument: boolean;
  /** Messages that reached the embed's window (hostile-host.test.mjs). */
  var junkIn: number;
  // The host pages of hostile-host.test.mjs and embed.test.mjs: what they record.
  var heights: string[];
  var hostErrors: string[];
  var fromEmbed: unknown[];
  var atHost: number;
  var fromOther: number;
}
