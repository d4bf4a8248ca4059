// Wire copy written for training the entity tagger: agency stories in the style of 1990s wire
// copy — ALL-CAPS headlines, "ROME 1996-12-06" datelines, results tables, standings, line-ups,
// scoreboards, market reports, company and political news — generated from hand-written templates
// with names drawn at random, each name annotated as it is written. Nothing here is copied from an
// agency or a corpus: the templates were written for this package, the people are random
// combinations of given and family names (faker's name lists, MIT), and the clubs, countries,
// cities and institutions are public facts. Deterministic for a seed.

import type { Kind, Part } from './copy-writer.ts';
import { cities, filler, Random, Writer } from './copy-writer.ts';
import type { LabelledDoc } from './entity-training.ts';
import { commodities, company, crime, institutions, market, medals, politics } from './wire-news-stories.ts';
import { cricket, individualResults, lineup, playByPlay, tennis } from './wire-results-stories.ts';
import type { Story } from './wire-sport-stories.ts';
import { soccerReport, soccerResults, standings, usResults } from './wire-sport-stories.ts';

export type { Kind, Part } from './copy-writer.ts';
export { cities, filler, Random, Writer } from './copy-writer.ts';

const STORIES: readonly [Story, number][] = [
  [playByPlay, 3],
  [medals, 1],
  [institutions, 2],
  [soccerReport, 3],
  [soccerResults, 3],
  [standings, 3],
  [usResults, 2],
  [individualResults, 3],
  [tennis, 2],
  [cricket, 2],
  [lineup, 2],
  [market, 3],
  [commodities, 2],
  [company, 3],
  [politics, 5],
  [crime, 2],
];

// Agencies' plain-text copy spaces punctuation two ways: "Lara , who" and "Lara, who".
function respace(text: string): string {
  return text
    .replace(/ ([,.:;)!?])(?=\s|$)/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ 's\b/g, "'s");
}

function render(
  parts: readonly Part[],
  spaced: boolean,
): { text: string; mentions: [number, number, Kind][] } {
  let text = '';
  const mentions: [number, number, Kind][] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += spaced ? p : respace(p);
    else {
      // Keep a space before a name that follows a word; templates write them apart.
      const start = text.length;
      text += p.text;
      mentions.push([start, text.length, p.kind]);
    }
  }
  return { text, mentions };
}

/** One rendered document: headline and body text, and its names as character spans. */
export function renderDoc(
  id: string,
  head: readonly Part[],
  body: readonly Part[],
  spaced: boolean,
): LabelledDoc {
  const h = render(head, spaced);
  const b = render(body, spaced);
  const headlineText = h.text.trim();
  const offset = headlineText.length + 1;
  const lead = h.text.length - h.text.trimStart().length;
  return {
    id,
    headline: headlineText,
    text: b.text,
    mentions: [
      ...h.mentions
        .map(([s, e, kind]) => [s - lead, e - lead, kind] as const)
        .filter(([s, e]) => s >= 0 && e <= headlineText.length),
      ...b.mentions.map(([s, e, kind]) => [s + offset, e + offset, kind] as const),
    ],
  };
}

/** `n` written wire stories, deterministic for `seed`, each name annotated with its kind. */
export function generateWireCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const total = STORIES.reduce((s, [, weight]) => s + weight, 0);
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    let x = r.next() * total;
    let story = STORIES[0]?.[0] as Story;
    for (const [s, weight] of STORIES) {
      x -= weight;
      if (x <= 0) {
        story = s;
        break;
      }
    }
    const w = new Writer(r, places);
    const head = story(w);
    for (let f = r.int(0, 2); f > 0; f--) filler(w);
    docs.push(renderDoc(`copy-${seed}-${k}`, head, w.parts, r.chance(0.5)));
  }
  return docs;
}
