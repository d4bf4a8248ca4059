import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Story } from '@wirefeed/core';

/** A wire story fixture: first line the headline, then the body, which opens with its dateline. */
export interface Fixture {
  readonly name: string;
  readonly headline: string;
  readonly text: string;
  readonly datelinePlace: string | undefined;
}

const DIR = fileURLToPath(new URL('.', import.meta.url));
// "BEIJING:", "NAIROBI (Wirefeed) -", "DARMSTADT, Germany (Wirefeed) -"; normalize does this in the pipeline.
const DATELINE_RE = /^([^(:\n]+?)\s*[(:]/;

/** Every `.txt` fixture in this directory, by file name without extension. */
export function loadFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [headline = '', ...rest] = readFileSync(`${DIR}${f}`, 'utf8').split('\n');
      const text = rest.join('\n').trim();
      return {
        name: f.slice(0, -4),
        headline: headline.trim(),
        text,
        datelinePlace: DATELINE_RE.exec(text)?.[1],
      };
    });
}

/** A minimal valid Story around a headline and body, as normalize would hand it over. */
export function storyOf(
  fixture: Pick<Fixture, 'headline' | 'text'> & { datelinePlace?: string | undefined; language?: string },
): Story {
  const at = '2024-05-01T12:00:00Z';
  const story: Story = {
    id: 'fixture0001',
    version: 1,
    source: { feedId: 'fixtures', feedUrl: 'file:///fixtures' },
    headline: fixture.headline,
    body: { text: fixture.text, html: `<p>${fixture.text}</p>` },
    firstCreated: at,
    versionCreated: at,
    dateMissing: false,
    dateClamped: false,
    signals: { correction: false, urgent: false, canceled: false },
    categories: [],
    contributors: [],
    providerSubjects: [],
    media: [],
    contentHash: '0123456789abcdef',
    trace: [],
  };
  if (fixture.datelinePlace !== undefined)
    story.dateline = { place: fixture.datelinePlace, raw: fixture.datelinePlace };
  if (fixture.language !== undefined) story.language = fixture.language;
  return story;
}
