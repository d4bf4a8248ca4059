// `npm run eval:language [-- --misses] [-- --rounds N]`: how often each language detector is right
// on src/__fixtures__/language-eval.ts (short news texts: headline and lead, or a bare headline), and
// how long it takes per text. The figures behind docs/adr/0008-language-detection.md.
//
//   --misses     list every text a detector got wrong, with what it said
//   --rounds N   timed passes over the set per detector (default 30); the median pass is reported
//
// A detector that declines to answer counts as wrong: the issue asks which is right most often.
import { parseArgs } from 'node:util';
import type { LanguageSample, LanguageSampleKind } from '../src/__fixtures__/language-eval.ts';
import { LANGUAGE_EVAL, sampleText } from '../src/__fixtures__/language-eval.ts';

type Detect = (text: string) => string | undefined;

interface Detector {
  name: string;
  load: () => Promise<Detect>;
}

interface Result {
  name: string;
  loadMs: number;
  usPerText: number;
  answers: (string | undefined)[];
}

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '30' },
  },
});
const rounds = Math.max(1, Number.parseInt(values.rounds, 10) || 30);

interface EldModule {
  eld: { detect: (text: string) => { language: string } };
}
const eldSize =
  (size: string): Detector['load'] =>
  async () => {
    const { eld } = (await import(`eld/${size}`)) as EldModule;
    return (text) => eld.detect(text).language || undefined;
  };

interface TinyldModule {
  detect: (text: string) => string;
}
const tinyld =
  (variant: string): Detector['load'] =>
  async () => {
    // The plain specifier written out, so the dependency check (knip) sees the script uses tinyld.
    const { detect } = (
      variant === 'normal' ? await import('tinyld') : await import(`tinyld/${variant}`)
    ) as TinyldModule;
    return (text) => detect(text) || undefined;
  };

// franc-min answers in ISO 639-3; these are its languages that have an ISO 639-1 code, individual
// languages mapped to their macrolanguage's (azj → az, zlm → ms, pes → fa).
const FRANC_TO_639_1: Readonly<Record<string, string>> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  ckb: 'ku',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  fuv: 'ff',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  koi: 'kv',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  qug: 'qu',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
  zyb: 'za',
};

const DETECTORS: Detector[] = [
  { name: 'eld extrasmall', load: eldSize('extrasmall') },
  { name: 'eld small', load: eldSize('small') },
  { name: 'eld medium', load: eldSize('medium') },
  { name: 'eld large', load: eldSize('large') },
  { name: 'tinyld light', load: tinyld('light') },
  { name: 'tinyld', load: tinyld('normal') },
  { name: 'tinyld heavy', load: tinyld('heavy') },
  {
    name: 'franc-min',
    load: async () => {
      const { franc } = await import('franc-min');
      return (text) => FRANC_TO_639_1[franc(text)];
    },
  },
  {
    name: 'detectLanguage',
    load: async () => (await import('../src/language.ts')).detectLanguage,
  },
];

async function measure(detector: Detector, texts: readonly string[]): Promise<Result> {
  const started = performance.now();
  const detect = await detector.load();
  const loadMs = performance.now() - started;
  const answers = texts.map((t) => detect(t));
  const passes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) detect(t);
    passes.push(((performance.now() - t0) * 1000) / texts.length);
  }
  passes.sort((a, b) => a - b);
  return { name: detector.name, loadMs, usPerText: passes[Math.floor(passes.length / 2)] ?? 0, answers };
}

const pct = (right: number, total: number): string =>
  total === 0 ? '–' : `${((100 * right) / total).toFixed(1)}%`;

function score(result: Result, keep: (s: LanguageSample) => boolean): [number, number] {
  let right = 0;
  let total = 0;
  LANGUAGE_EVAL.forEach((s, i) => {
    if (!keep(s)) return;
    total++;
    if (result.answers[i] === s.lang) right++;
  });
  return [right, total];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const texts = LANGUAGE_EVAL.map(sampleText);
const results: Result[] = [];
for (const detector of DETECTORS) results.push(await measure(detector, texts));

const languages = [...new Set(LANGUAGE_EVAL.map((s) => s.lang))];
const kinds: LanguageSampleKind[] = ['story', 'names', 'headline'];
const out: string[] = [];
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
out.push(
  `${LANGUAGE_EVAL.length} texts, ${languages.length} languages, ${chars.toFixed(0)} characters on average; ` +
    `median of ${rounds} timed passes, Node ${process.version}\n`,
);
out.push(
  table(
    ['detector', 'right', 'accuracy', ...kinds, 'µs/text', 'load ms'],
    results.map((r) => {
      const [right, total] = score(r, () => true);
      return [
        r.name,
        `${right}/${total}`,
        pct(right, total),
        ...kinds.map((k) => pct(...score(r, (s) => s.kind === k))),
        r.usPerText.toFixed(1),
        r.loadMs.toFixed(0),
      ];
    }),
  ),
);
out.push('\nPer language (right of 7 unless shown):\n');
out.push(
  table(
    ['lang', ...results.map((r) => r.name)],
    languages.map((lang) => [
      lang,
      ...results.map((r) => {
        const [right, total] = score(r, (s) => s.lang === lang);
        return total === 7 ? String(right) : `${right}/${total}`;
      }),
    ]),
  ),
);
if (values.misses) {
  for (const r of results) {
    const misses = LANGUAGE_EVAL.flatMap((s, i) =>
      r.answers[i] === s.lang ? [] : [`  ${s.lang} → ${r.answers[i] ?? '(none)'}  ${s.kind}: ${s.headline}`],
    );
    out.push(`\n${r.name}: ${misses.length} wrong`, ...misses);
  }
}
out.push(
  '\nLoad ms is the first import; a row that reuses a module already loaded (detectLanguage uses eld\n' +
    'extrasmall) shows only what it adds.',
);
process.stdout.write(`${out.join('\n')}\n`);
