// @ts-check
// BENCHMARKS.md has two writers: tools/bench.mjs (everything but the soak) and
// tools/soak.mjs (the soak section, between these markers). Each replaces only its own part.
export const SOAK_START = '<!-- soak:start (tools/soak.mjs writes this section) -->';
export const SOAK_END = '<!-- soak:end -->';

/** The soak section of `md` (markers included), or '' when there is none. */
export function soakSection(md) {
  const [a, b] = [md.indexOf(SOAK_START), md.indexOf(SOAK_END)];
  return a >= 0 && b > a ? md.slice(a, b + SOAK_END.length) : '';
}

/** `md` with its soak section replaced by `section` (appended when there is none). */
export function withSoakSection(md, section) {
  const old = soakSection(md);
  return old ? md.replace(old, () => section) : `${md.trimEnd()}\n\n${section}\n`;
}
