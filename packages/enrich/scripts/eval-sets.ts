// The documents `npm run eval:enrich` reads from eval/: a text file becomes a Story through the
// normalizer (as in the pipeline), so a dateline is found and removed from the body the same way.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Story } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import type { Gold } from '../src/eval/score.ts';

export const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

export interface Doc {
  name: string;
  story: Story;
  gold: Gold;
}

export interface StoryAnnotation extends Gold {
  file: string;
  places: { name: string; countryCode: string }[];
  topSubject: string;
}

/**
 * A wire item of eval/wire: `tuned` items were looked at while developing, `kept` ones never; of
 * eval/wire-blind: `blind`, written by someone who read only the annotation rules, never tuned on.
 */
export interface WireAnnotation extends StoryAnnotation {
  fold: 'tuned' | 'kept' | 'blind';
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The first line is the headline, paragraphs are separated by blank lines. With `lines`, each line
 * of a paragraph stays a line (`<br>`): the rows of a results table or a standings list, as agency
 * feeds deliver them; otherwise a paragraph's new lines are spaces, as HTML reads them.
 */
export function storyFrom(raw: string, id: string, options: { lines?: boolean } = {}): Story {
  const [title = '', ...rest] = raw.split('\n');
  const paragraphs = rest
    .join('\n')
    .trim()
    .split(/\n\s*\n/);
  const html = (p: string) =>
    options.lines === true
      ? p
          .trim()
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>')
      : escapeHtml(p.trim());
  const contentHtml = paragraphs.map((p) => `<p>${html(p)}</p>`).join('\n');
  const at = new Date('2026-01-01T00:00:00Z');
  return normalizeItem(
    { guid: id, title, contentHtml, categories: [] },
    { feedId: 'eval', feedUrl: 'https://eval.example/feed.xml', fetchedAt: at.toISOString(), now: at },
  );
}

/** The wire-forms items of eval/wire, or eval/wire-blind for `blind` (eval/README.md), of one fold. */
export function wireFormsDocs(fold: WireAnnotation['fold']): Doc[] {
  const dir = `${EVAL_DIR}${fold === 'blind' ? 'wire-blind' : 'wire'}/`;
  if (!existsSync(`${dir}annotations.json`)) return [];
  const annotations = JSON.parse(readFileSync(`${dir}annotations.json`, 'utf8')) as WireAnnotation[];
  return annotations
    .filter((a) => a.fold === fold)
    .map((a) => ({
      name: a.file,
      story: storyFrom(readFileSync(`${dir}${a.file}`, 'utf8'), a.file, { lines: true }),
      gold: a,
    }));
}
