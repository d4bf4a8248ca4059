// `npm run conformance [-- options]`: the feedparser corpus score of our feed parsing.
//
//   --failures           list every expectation not met (file, Expect line, what we had), and crashes
//   --untranslatable     list the lines not translated, with the reason
//   --fields             met / total per feedparser field (entries.tags.scheme, feed.rights, …)
//   --corpus PATH        the corpus's tests/ folder (default: test/fixtures/feed-corpus/feedparser/tests)
//   --parser NAME        ours (default) | rss-parser | rss-parser-v2 (rss-parser alone, with
//                        defaultRSS: 2): the "before" figures of docs/adr/0005
//   --module PATH        measure the parseFeed exported by another checkout's parse-feed.ts
//   --update-baseline    write the met counts to conformance/conformance-baseline.json
//
// Exits 1 when a file crashes or hangs, or when our parser meets fewer lines than the baseline.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FileResult, Parse, Tally } from '../conformance/corpus-run.ts';
import {
  corpusFiles,
  DEFAULT_CORPUS,
  fieldTallies,
  metShare,
  readBaseline,
  regressions,
  runCorpus,
  tallies,
} from '../conformance/corpus-run.ts';
import { rawRssParser } from '../conformance/raw-rss-parser.ts';

const { values } = parseArgs({
  options: {
    failures: { type: 'boolean', default: false },
    untranslatable: { type: 'boolean', default: false },
    fields: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    parser: { type: 'string', default: 'ours' },
    module: { type: 'string' },
    'update-baseline': { type: 'boolean', default: false },
  },
});

async function parserFor(name: string, module: string | undefined): Promise<Parse | undefined> {
  if (module) {
    const loaded = (await import(resolve(module))) as { parseFeed?: Parse };
    return loaded.parseFeed;
  }
  if (name === 'rss-parser') return rawRssParser();
  if (name === 'rss-parser-v2') return rawRssParser(2);
  if (name === 'ours') return undefined;
  throw new Error(`unknown --parser ${name}`);
}

// The report is this script's output, so it goes to stdout as such.
const print = (text: string) => process.stdout.write(`${text}\n`);

const pct = (tally: Tally) => `${metShare(tally).toFixed(1)}%`;

function table(byGroup: Map<string, Tally>): string {
  const head = ['group', 'files', 'parsed', 'met', 'not met', 'internal', 'sanitizer', 'crashed', 'met %'];
  const rows = [...byGroup].map(([group, t]) => [
    group,
    t.files,
    t.parsed,
    t.met,
    t.notMet,
    t.untranslatable - t.outOfScope,
    t.outOfScope,
    t.crashed,
    pct(t),
  ]);
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = cells.map(line);
  return [body[0], rule, ...body.slice(1, -1), rule, body.at(-1)].join('\n');
}

function listing(results: readonly FileResult[], verdict: FileResult['verdict']): string {
  return results
    .filter((r) => r.verdict === verdict)
    .map(
      (r) =>
        `${r.file}\n    expect: ${r.expect ?? '(none)'}\n    ${verdict === 'not met' ? 'we had' : 'why'}: ${r.detail ?? ''}`,
    )
    .join('\n');
}

async function main(): Promise<number> {
  const root = resolve(values.corpus ?? DEFAULT_CORPUS);
  if (corpusFiles(root).length === 0) {
    print(`conformance: no corpus at ${root} (it lives outside the repository); nothing to measure.`);
    return 0;
  }
  const parse = await parserFor(values.parser, values.module);
  const started = performance.now();
  const results = await runCorpus(root, parse);
  const byGroup = tallies(results);
  const total = byGroup.get('total');
  if (!total) return 1;
  const label = values.module ? `parseFeed from ${values.module}` : values.parser;
  print(`feedparser corpus, parser: ${label} (${root})\n`);
  print(table(byGroup));
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  print(
    `\n${total.met} of ${total.met + total.notMet} expectations on feed fields met (${pct(total)}); ` +
      `a field the corpus expects and we do not output counts as a miss. ` +
      `${total.untranslatable - total.outOfScope} lines not translatable (feedparser internals: bozo, HTTP, xml:base, …). ` +
      `Reported apart: ${total.outOfScope} feedparser sanitizer tests (we hand HTML on; packages/normalize sanitizes), ` +
      `${total.outOfScopeMet} of them met anyway. ${total.crashed} crashed; ` +
      `${results.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms`,
  );
  if (values.fields) {
    print('\nfield  met / total');
    for (const [field, t] of fieldTallies(results)) print(`${field}  ${t.met} / ${t.total}`);
  }
  if (values.untranslatable) print(`\nNot translatable:\n${listing(results, 'not translatable')}`);
  if (values.failures) print(`\nNot met:\n${listing(results, 'not met')}`);
  const crashes = results.filter((r) => r.crash);
  for (const r of crashes) print(`CRASH ${r.file}: ${r.crash}`);
  if (parse !== undefined) return crashes.length > 0 ? 1 : 0;
  if (values['update-baseline']) {
    const met = Object.fromEntries([...byGroup].map(([group, t]) => [group, t.met]));
    const path = new URL('../conformance/conformance-baseline.json', import.meta.url);
    writeFileSync(path, `${JSON.stringify({ met }, null, 2)}\n`);
    print(`\nbaseline written: ${path.pathname}`);
  }
  const below = regressions(byGroup, readBaseline());
  for (const line of below) print(`BELOW BASELINE ${line}`);
  return crashes.length > 0 || below.length > 0 ? 1 : 0;
}

process.exitCode = await main();
