// @ts-check
// Summarises a cargo-mutants run (mutants.out/outcomes.json): caught, missed, unviable and
// timed-out mutants per file, the share of viable mutants caught, and every survivor.
// Usage: node tools/mutants-summary.mjs [--list list.json] [outcomes.json …]
// Several files (runs with --iterate, which leave out what an earlier run caught): a later run's
// outcome for the same mutant replaces an earlier one. With --list (`cargo mutants --list
// --json` of the code as it is now), only today's mutants count: outcomes of mutants that no
// longer exist (lines that moved) are dropped, and those never run are counted as not run.
import fs from 'node:fs';

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? JSON.parse(fs.readFileSync(args.splice(listAt, 2)[1], 'utf8')) : null;
const files = args.length ? args : ['target/mutants/mutants.out/outcomes.json'];
const key = (m) => `${m.file}:${m.span.start.line}:${m.span.start.column}:${m.genre}:${m.replacement}`;
const latest = new Map();
for (const file of files) {
  for (const o of JSON.parse(fs.readFileSync(file, 'utf8')).outcomes) {
    const m = o.scenario?.Mutant;
    if (m) latest.set(key(m), o);
  }
}
const outcomes = list
  ? list.map((m) => latest.get(key(m)) || { summary: 'NotRun', scenario: { Mutant: m } })
  : [...latest.values()];
const KINDS = {
  CaughtMutant: 'caught',
  MissedMutant: 'missed',
  Unviable: 'unviable',
  Timeout: 'timeout',
  NotRun: 'notRun',
};
const byFile = new Map();
const survivors = [];
for (const o of outcomes) {
  const m = o.scenario?.Mutant;
  if (!m) continue; // the baseline
  const kind = KINDS[o.summary] || o.summary;
  const row = byFile.get(m.file) || { caught: 0, missed: 0, unviable: 0, timeout: 0, notRun: 0 };
  row[kind] = (row[kind] || 0) + 1;
  byFile.set(m.file, row);
  if (kind === 'missed' || kind === 'timeout') {
    const fn = m.function?.function_name ? ` in ${m.function.function_name}` : '';
    survivors.push(
      `${m.file}:${m.span.start.line}:${m.span.start.column}: ${m.genre} → \`${m.replacement}\`${fn} (${kind})`,
    );
  }
}
const pct = (r) => {
  const viable = r.caught + r.missed + r.timeout;
  return viable ? `${((100 * r.caught) / viable).toFixed(1)} %` : '–';
};
const total = { caught: 0, missed: 0, unviable: 0, timeout: 0, notRun: 0 };
console.log('| file | caught | missed | unviable | timeout | not run | viable caught |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [f, r] of [...byFile].sort()) {
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(`| ${f} | ${r.caught} | ${r.missed} | ${r.unviable} | ${r.timeout} | ${r.notRun} | ${pct(r)} |`);
}
console.log(
  `| **all** | **${total.caught}** | **${total.missed}** | **${total.unviable}** | **${total.timeout}** | ` +
    `**${total.notRun}** | **${pct(total)}** |`,
);
console.log('');
for (const s of survivors) console.log(`- ${s}`);
