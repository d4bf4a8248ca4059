// Throughput of enrichStory over the fixture stories: `npx node packages/enrich/bench/enrich.bench.ts [N]`.
// Not a test: it prints stories per second so a change that slows enrichment shows up.
import { performance } from 'node:perf_hooks';
import { loadFixtures, storyOf } from '../src/__fixtures__/stories.ts';
import { enrichStory } from '../src/index.ts';

const rounds = Number(process.argv[2] ?? 500);
const stories = loadFixtures().map((f) => storyOf(f));
const words = stories.reduce((n, s) => n + s.body.text.split(/\s+/).length, 0) / stories.length;

// Warm up so the JIT and the module-level tables are in place before timing.
for (let i = 0; i < 50; i++) for (const story of stories) enrichStory(story);

const start = performance.now();
for (let i = 0; i < rounds; i++) for (const story of stories) enrichStory(story);
const seconds = (performance.now() - start) / 1000;
const count = rounds * stories.length;

process.stdout.write(
  `enrichStory: ${count} stories (${stories.length} fixtures × ${rounds}, ~${Math.round(words)} words each) ` +
    `in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} stories/s, ` +
    `${((seconds * 1e6) / count).toFixed(0)} µs/story\n`,
);
