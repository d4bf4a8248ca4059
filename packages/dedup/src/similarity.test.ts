import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NearFeatures, NearVerdict } from './similarity.ts';
import { compare, judgeNear, similarity } from './similarity.ts';
import { nearProbe, nearSketch, SKETCH_K, storyParagraphs } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';
import { stagesOf } from './stages.ts';

const LEAD =
  'WASHINGTON (Reuters) - Federal Reserve Chair Jerome Powell said on Tuesday the U.S. central bank would hold its benchmark rate at 4.25% as inflation cooled to 2.6% in October.';
const REST = [
  'Policymakers voted 10-2 to keep the range unchanged, with two governors dissenting in favour of a quarter-point cut, according to the statement released after the two-day meeting.',
  'Markets had priced in a pause, and the dollar edged lower against a basket of currencies while Treasury yields slipped across the curve in afternoon trading in New York.',
  'Powell told reporters that the labour market remained solid but had cooled from last year, and that officials would watch the data closely before deciding on the next move.',
  'The next policy meeting is scheduled for January, when the committee will also publish new economic projections for growth, unemployment and prices.',
];
const TEXT = [LEAD, ...REST].join('\n\n');

/** The verdict on `b` arriving after `a`, through the stored bytes as the index reads them. */
function verdict(a: string, b: string, headlines: [string, string] = ['', '']): NearVerdict {
  const stored = nearSketch(a, headlines[0]);
  const probe = nearProbe(b, headlines[1]);
  if (!stored || !probe) throw new Error('no sketch');
  return judgeNear(compare(probe, decodeSketch(encodeSketch(stored))));
}

const TEAMS = [
  'HARTFORD',
  'BUFFALO',
  'PITTSBURGH',
  'MONTREAL',
  'BOSTON',
  'OTTAWA',
  'FLORIDA',
  'PHILADELPHIA',
];
const RECORDS = [
  [12, 7, 6, 77, 76],
  [13, 12, 1, 76, 76],
  [12, 10, 2, 89, 80],
  [10, 14, 4, 88, 94],
  [8, 13, 4, 69, 82],
  [7, 14, 4, 61, 74],
  [14, 6, 5, 71, 55],
  [14, 9, 2, 80, 64],
];

/** A standings story; `played` lists the rows whose team won a game since the first day. */
function standings(day: string, played: number[], intro?: string): string {
  const rows = TEAMS.map((team, i) => {
    const [w = 0, l = 0, t = 0, gf = 0, ga = 0] = RECORDS[i] ?? [];
    const won = played.includes(i) ? 1 : 0;
    return `${team} ${w + won} ${l} ${t} ${gf + 3 * won} ${ga + won} ${2 * (w + won) + t}`;
  });
  return [
    intro ??
      `Standings of National Hockey League teams after games played on ${day} (tabulate under won, lost, tied, goals for, goals against, points):`,
    'EASTERN CONFERENCE',
    'W L T GF GA PTS',
    ...rows,
  ].join('\n\n');
}

/** The index of the last 1 bit, most significant bit of each byte first. */
function lastOne(buf: Uint8Array): number {
  for (let i = buf.length * 8 - 1; i >= 0; i--)
    if ((((buf[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) === 1) return i;
  return -1;
}

describe('near sketches', () => {
  it('is pure and round-trips losslessly through its stored bytes (bit-packed: smaller than the 134-byte raw layout)', () => {
    const s = nearSketch(TEXT, 'Fed holds rates at 4.25% as inflation cools');
    expect(s).toEqual(nearSketch(TEXT, 'Fed holds rates at 4.25% as inflation cools'));
    if (!s) throw new Error('no sketch');
    expect(encodeSketch(s).length).toBeLessThan(134);
    const { postings: _, ...stored } = s;
    expect(decodeSketch(encodeSketch(s))).toEqual(stored);
  });

  it('round-trips short, marked and full sketches alike', () => {
    const { postings: _, ...base } = nearSketch(TEXT) ?? (undefined as never);
    for (const variant of [
      { ...base, body: base.body.slice(0, 5), lead: [], facts: [], leadFacts: 0 },
      { ...base, markers: 0xffffffff, headMarkers: 0x80000001, form: 15, shingles: 65_535 },
      { ...base, body: [0, 1, 2, 65_535], lead: [7, 65_534], shingles: 20 },
      { ...base, headStages: 0x80000001 },
      { ...base, headStages: 0b1010_0000_0000_0100 },
      { ...base, day8: 0 },
      { ...base, headStages: 0x80000001, day8: 7 },
    ]) {
      expect(decodeSketch(encodeSketch(variant))).toEqual(variant);
    }
  });

  it('reads a sketch stored before headline stages as naming none, whether its bits ended on a byte or in padding', () => {
    // Without the lead's weekdays, written after the stages: a sketch of then had none.
    const { postings: _, leadDays: _days, ends: _ends, ...base } = nearSketch(TEXT) ?? (undefined as never);
    const ends = new Set<string>();
    for (let n = 1; n <= SKETCH_K; n++) {
      const sketch = { ...base, body: base.body.slice(0, n), headStages: 0 };
      // Stage 31 alone ends the bits in 1 001 11111: the fields before it are the last 1 less 9 bits.
      const marked = encodeSketch({ ...sketch, headStages: 0x80000000 });
      const fields = lastOne(marked) + 1 - 9;
      // The bytes stored before stages: those fields, then zero padding.
      const before = encodeSketch(sketch).subarray(0, Math.ceil(fields / 8));
      ends.add(fields % 8 === 0 ? 'byte' : 'padding');
      expect(decodeSketch(before)).toEqual(sketch);
      const staged = { ...sketch, headStages: stagesOf('Ex-CEO sentenced after appeal is rejected') };
      expect(staged.headStages).not.toBe(0);
      expect(decodeSketch(encodeSketch(staged))).toEqual(staged);
    }
    expect([...ends].sort()).toEqual(['byte', 'padding']);
  });

  it('never calls a copy certain against a sketch from before facts were kept', () => {
    const s = nearSketch(TEXT);
    if (!s) throw new Error('no sketch');
    const legacy = {
      ...s,
      facts: [],
      leadFacts: 0,
      markers: 0,
      headMarkers: 0,
      form: 0,
      legacy: true as const,
    };
    const probe = nearProbe(TEXT);
    if (!probe) throw new Error('no sketch');
    expect(judgeNear(compare(probe, legacy))).toBe('possible');
  });

  it('gives no sketch for a body too short to compare', () => {
    expect(nearSketch('Click here for the full story.')).toBeUndefined();
  });

  it('leaves credit lines and outlet furniture out of the comparison', () => {
    expect(
      storyParagraphs(`${LEAD}\n\n(Reporting by Ann Saphir; Editing by Jo Smith)\n\nRead more: rates`),
    ).toEqual([LEAD]);
  });

  it('scores unrelated stories near zero', () => {
    const a = nearSketch(TEXT);
    const b = nearSketch(
      'NAIROBI (AP) — Kenya opened a new railway line to the port of Mombasa on Sunday, cutting journey times for freight by half, officials said. The line was built over four years at a cost of $3.2 billion and is expected to carry 20 trains a day once fully running next spring.',
    );
    if (!a || !b) throw new Error('no sketch');
    expect(similarity(a, b).containment).toBeLessThan(0.2);
  });
});

describe('the near-duplicate verdict', () => {
  it('calls a trimmed copy a copy, in either order', () => {
    const trimmed = [LEAD, ...REST.slice(0, 2)].join('\n\n');
    expect(verdict(TEXT, trimmed)).toBe('copy');
    expect(verdict(trimmed, TEXT)).toBe('copy');
  });

  it('keeps apart two rate decisions written from one template, whose leads name other banks and numbers', () => {
    const other = [
      'LONDON (Reuters) - Bank of England Governor Andrew Bailey said on Thursday the British central bank would hold its benchmark rate at 4.75% as inflation rose to 1.9% in September.',
      'Policymakers voted 6-3 to keep the range unchanged, with three members dissenting in favour of a quarter-point cut, according to the minutes released after the meeting.',
      'Sterling rose against the euro and gilt yields climbed after the decision, which surprised some investors who had expected a cut before Christmas.',
      REST[2]?.replace('Powell', 'Bailey') ?? '',
      REST[3] ?? '',
    ].join('\n\n');
    expect(verdict(TEXT, other)).toBe('distinct');
  });

  it('keeps one day’s standings apart from the next day’s', () => {
    expect(
      verdict(standings('Thursday', []), standings('Friday', [1, 3, 6]), [
        "NHL standings after Thursday's games",
        "NHL standings after Friday's games",
      ]),
    ).toBe('distinct');
    // Without the day in the headlines, the changed rows and the intro's day still keep it from being
    // called a copy: at most a possible one, delivered.
    expect(verdict(standings('Thursday', []), standings('Friday', [1, 3, 6, 7]))).not.toBe('copy');
  });

  it('never calls a story a certain copy when its headline or lead states another figure in the same words', () => {
    const bulletin = (magnitude: string, depth: string) =>
      [
        `An earthquake of magnitude ${magnitude} struck off the coast of Vanuatu on Tuesday at a depth of ${depth} km, the GFZ German Research Centre for Geosciences said.`,
        'There were no immediate reports of damage or casualties. Vanuatu sits on the Pacific Ring of Fire, an arc of volcanoes and fault lines around the Pacific Basin where earthquakes are common.',
        'The archipelago of about 80 islands was hit by a deadly quake near its capital Port Vila in December, which damaged buildings including the U.S. embassy.',
        'The country is home to about 330,000 people, most of whom live on the main islands of Efate and Espiritu Santo.',
      ].join('\n\n');
    const a = bulletin('5.9', '10');
    const b = bulletin('6.1', '10');
    expect(
      verdict(a, b, [
        'Magnitude 5.9 quake strikes off Vanuatu - GFZ',
        'Magnitude 6.1 quake strikes off Vanuatu - GFZ',
      ]),
    ).toBe('possible');
    // The same bulletin again, from another outlet, is a copy.
    expect(verdict(a, a, ['Magnitude 5.9 quake strikes off Vanuatu - GFZ', 'Vanuatu hit by 5.9 quake'])).toBe(
      'copy',
    );
  });

  it('calls the same standings reprinted with another headline and intro a copy', () => {
    expect(
      verdict(
        standings('Thursday', [2]),
        standings('Thursday', [2], "National Hockey League standings through Thursday's games:"),
        ["NHL standings after Thursday's games", 'NHL standings'],
      ),
    ).toBe('copy');
  });

  it('keeps a midday market report apart from the close of the same day', () => {
    const report = (session: string) =>
      [
        `TOKYO, Dec 5 (Reuters) - The Nikkei share average fell 157.32 points, or 0.76 percent, to 20,564.52 at the ${session} on Thursday, as investors locked in profits ahead of U.S. data.`,
        'The broader Topix index was down 12.40 points at 1,525.34.',
        'Among active issues, Fast Retailing was down 1.0 percent, Honda Motor up 1.1 percent and Softbank down 3.2 percent.',
        'The dollar was at 114.69 yen, compared with 115.09 yen late in New York.',
        'Dealers said the market would watch the Bank of Japan tankan survey for signs that business sentiment was improving.',
      ].join('\n\n');
    expect(
      verdict(report('midday break'), report('close'), [
        'Tokyo stocks at midday lower; Nikkei down 0.8 pct',
        'Tokyo stocks close lower; Nikkei down 0.8 pct',
      ]),
    ).toBe('distinct');
  });

  it('keeps a race report that ends with the top ten apart from the results table of the race', () => {
    const rows = [
      '1. Luc Alphand (France) 1:55.02',
      '2. Kristian Ghedina (Italy) 1:55.41',
      '3. Lasse Kjus (Norway) 1:55.68',
      '4. Josef Strobl (Austria) 1:55.98',
      '5. Peter Runggaldier (Italy) 1:56.05',
      '6. Hannes Trinkl (Austria) 1:56.41',
      '7. Andreas Schifferer (Austria) 1:56.79',
      '8. Patrick Ortlieb (Austria) 1:56.99',
      '9. Atle Skaardal (Norway) 1:57.36',
      '10. Pietro Vitalini (Italy) 1:57.80',
    ];
    const table = ["Leading results in a men's World Cup downhill race on Saturday:", ...rows].join('\n\n');
    const report = [
      "Luc Alphand won the opening men's World Cup downhill of the season on Saturday, mastering a fast and icy course to beat Kristian Ghedina by 0.39 seconds.",
      'Starting 12th, he attacked the steep middle section where several of the favourites lost time.',
      '"The snow was perfect and I had nothing to lose today," he said.',
      'Leading results:',
      ...rows,
    ].join('\n\n');
    expect(verdict(report, table)).toBe('distinct');
    expect(verdict(table, report)).toBe('distinct');
  });

  it('marks a heavy rewrite that shares half the text as a possible copy, never a certain one', () => {
    // The Xinhua readout as normalize leaves it (no dateline, no credit), and an outlet's rewrite of it:
    // a new lead, three of its seven paragraphs, two paragraphs of its own. The same call, most likely,
    // but not surely: it is delivered, marked. test/fixtures/feeds/outlet-possible-copy.xml is the same.
    const sample = readFileSync(
      new URL('../../../test/fixtures/samples/wire-story-agencies.txt', import.meta.url),
      'utf8',
    );
    const original = sample
      .split('\n')
      .slice(2)
      .join('\n\n')
      .trim()
      .replace(/^BEIJING: /, '')
      .replace(/ –Agencies$/, '');
    const kept = original.split('\n\n').slice(3, 6);
    const rewrite = [
      "Azerbaijan's President Ilham Aliyev and Chinese leader Xi Jinping agreed on Thursday to expand trade and transport links, in a call that Baku officials said could bring new Chinese investment in the country's non-oil economy.",
      ...kept,
      "Azerbaijan's economy ministry said Chinese companies were already building a solar plant near Sumgait and had bid for two sections of the Baku-Tbilisi railway upgrade.",
      'Trade between the two countries was about $1.3 billion last year, according to the State Customs Committee, most of it Azerbaijani oil and Chinese machinery.',
    ].join('\n\n');
    const headlines: [string, string] = [
      'President Xi calls for greater Beijing-Baku exchanges',
      'Xi, Aliyev pledge closer ties in phone call as Baku eyes Chinese investment',
    ];
    expect(verdict(original, rewrite, headlines)).toBe('possible');
    expect(verdict(rewrite, original, [headlines[1], headlines[0]])).toBe('possible');
  });

  it('never calls the next stage of one affair a sure copy, whatever the two texts share', () => {
    // A takeover agreed, then completed: the later story recounts the deal and keeps its background.
    const background = [
      'The deal values Copperline at 14 times its core earnings and gives Ardent a foothold in the fast-growing market for chilled ready meals, where Copperline is the third-largest supplier in Britain.',
      'Copperline, based in Leicester, employs 3,200 people at four plants and sells under the Copperline and Harvest Table names in 22 countries.',
      'Lazard advised Ardent Foods, while Rothschild & Co advised Copperline on the transaction.',
    ];
    const agreed = [
      'LONDON (Reuters) - Ardent Foods agreed on Tuesday to buy Copperline for 1.6 billion pounds in cash, the packaged food maker said.',
      ...background,
    ].join('\n\n');
    const completed = [
      'LONDON (Reuters) - Ardent Foods said on Friday it had completed its 1.6 billion pound purchase of Copperline.',
      ...background,
    ].join('\n\n');
    const first = 'Ardent Foods agrees to buy Copperline for 1.6 billion pounds';
    const later = 'Ardent Foods completes Copperline takeover';
    expect(verdict(agreed, completed, [first, later])).not.toBe('copy');
    expect(verdict(completed, agreed, [later, first])).not.toBe('copy');
    // Retitled in other words for the same stage, it is the same story again.
    expect(verdict(completed, completed, [later, 'Ardent closes purchase of Copperline'])).toBe('copy');
  });

  it('reads only the headline markers its own text repeats: an outlet’s title is not the template’s', () => {
    const lifted = [
      'Residents of Marlow Heights returned home on Thursday after officials lifted an evacuation order, saying air tests on Wednesday morning found no remaining danger from the warehouse fire.',
      ...REST,
    ].join('\n\n');
    // "Ends" is a close in the market's session family, "morning" its midday: the body never says "ends".
    expect(
      verdict(lifted, lifted, [
        'Evacuation order lifted in Marlow Heights',
        'Marlow Heights evacuation ends',
      ]),
    ).toBe('copy');
    // A template's marker is in its text too: Friday's standings against Thursday's still differ.
    expect(
      verdict(standings('Thursday', []), standings('Friday', [1, 4]), [
        "NHL standings after Thursday's games",
        "NHL standings after Friday's games",
      ]),
    ).toBe('distinct');
  });

  it('reads a rescue headline naming the plight of the rescued as the rescue', () => {
    expect(stagesOf('Missing climbers rescued alive')).toBe(
      stagesOf('Climbers found alive after two nights'),
    );
    expect(stagesOf('Trapped miners brought out alive')).toBe(stagesOf('Miners rescued'));
    expect(stagesOf('Climbers missing on Okuhotaka')).not.toBe(stagesOf('Climbers found alive'));
  });

  it('makes a copy possible on a part of the day or a tense that differ', () => {
    const base: NearFeatures = {
      storedInNew: 0.9,
      newInStored: 0.9,
      newSamples: 28,
      containment: 0.9,
      jaccard: 0.8,
      lead: 1,
      leadSizes: { a: 10, b: 10 },
      factsMatched: 14,
      factsAgreed: 14,
      leadDisagreements: 0,
      markerConflict: false,
      stageConflict: false,
      formGap: 0,
      dayConflict: false,
      leadDayConflict: false,
      looksBackAlone: false,
      partOfDayConflict: false,
      tenseConflict: false,
      keepsOnlyMiddle: false,
      legacy: false,
    };
    expect(judgeNear(base)).toBe('copy');
    // Two disagreeing facts, even of many, keep it possible: standings a day apart differ in two rows.
    expect(judgeNear({ ...base, factsMatched: 16, factsAgreed: 14 })).toBe('possible');
    expect(judgeNear({ ...base, partOfDayConflict: true })).toBe('possible');
    expect(judgeNear({ ...base, tenseConflict: true })).toBe('possible');
    expect(judgeNear({ ...base, keepsOnlyMiddle: true })).toBe('possible');
  });
});
