import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../conformance/corpus-run.ts';
import {
  DEFAULT_CORPUS,
  metShare,
  PER_FILE_MS,
  readBaseline,
  regressions,
  runCorpus,
  tallies,
} from '../conformance/corpus-run.ts';

// The Universal Feed Parser's test corpus, vendored under test/fixtures/feed-corpus (BSD-2-Clause).
// `npm run conformance` prints the same figures as a table; `-- --failures` lists what is not met.
// Parsing one small corpus file takes a few milliseconds; this bound only catches the pathological.
const SLOW_MS = 1_000;

describe('feedparser conformance corpus', () => {
  let results: FileResult[] = [];

  beforeAll(async () => {
    results = await runCorpus(DEFAULT_CORPUS);
  }, 120_000);

  it('answers every file with a feed or a WirefeedError, each within the time bound', async ({
    annotate,
  }) => {
    expect(results.length).toBeGreaterThan(2_000);
    expect(results.filter((r) => r.crash).map((r) => `${r.file}: ${r.crash}`)).toEqual([]);
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    await annotate(`${results.length} files, slowest ${slowest.file} in ${slowest.ms.toFixed(0)} ms`);
    expect(slowest.ms).toBeLessThan(Math.min(SLOW_MS, PER_FILE_MS));
  });

  it('meets at least as many Expect: lines as the stored baseline, in every folder', async ({ annotate }) => {
    const byGroup = tallies(results);
    const total = byGroup.get('total');
    if (total) {
      const share = metShare(total).toFixed(1);
      await annotate(
        `met ${total.met} of ${total.met + total.notMet} expectations on feed fields (${share}%)`,
      );
    }
    expect(regressions(byGroup, readBaseline())).toEqual([]);
    // A field the corpus expects and we do not output is a miss: the bar is 90 % of those lines.
    expect(total && metShare(total)).toBeGreaterThanOrEqual(90);
  });

  it('parses every well-formed feed', () => {
    const wellformed = results.filter((r) => r.file.startsWith('wellformed/'));
    expect(wellformed.filter((r) => !r.parsed).map((r) => r.file)).toEqual([]);
  });
});
