import { placeAt } from './gazetteer.ts';
import { MIN_LONE_CONFIDENCE } from './name-tally.ts';
import { NUMBER_RE } from './ner/lines.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import type { Token, Tokenized } from './tokens.ts';

// "BOSTON 12 9 4 28 / BUFFALO 13 12 1 27", "Barnsley 3 Port Vale 0", "Germany 4 2 1 / Norway 3 3 0":
// the names opening the rows of a table (three rows or more, two numbers or more each) are teams — countries (national teams, medal tables: places, as annotators mark
// them) when most of them are countries, clubs otherwise, even when named after their city.
export function sameKindInTables(tokenized: Tokenized, view: readonly Token[], spans: TaggedSpan[]): void {
  const { tokens, source } = tokenized;
  const rowStarts: number[] = [];
  for (const [k, s] of spans.entries()) {
    const before = tokens[s.first - 1];
    const lineStart =
      before === undefined || source.slice(before.end, tokens[s.first]?.start ?? 0).includes('\n');
    if (!lineStart) continue;
    // Numbers standing apart, not a date ("1996-12-06" opens a dateline, not a row).
    let numbers = 0;
    for (let i = s.last + 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || source.slice(tokens[i - 1]?.end ?? 0, t.start).includes('\n')) break;
      if (/^\d/.test(t.text) && tokens[i - 1]?.text !== '-' && tokens[i + 1]?.text !== '-') numbers++;
    }
    if (numbers >= 2) rowStarts.push(k);
  }
  // One table is a run of rows on consecutive lines.
  const tables: number[][] = [];
  let previousLine = -2;
  for (const k of rowStarts) {
    const line = lineOf(source, tokens[spans[k]?.first ?? 0]?.start ?? 0);
    if (line === previousLine + 1 && tables.length > 0) tables.at(-1)?.push(k);
    else tables.push([k]);
    previousLine = line;
  }
  for (const rows of tables) {
    if (rows.length < 3) continue;
    // A table of people ("Ernie Els 68 70") stays one.
    const people = rows.filter((k) => spans[k]?.kind === 'person').length;
    if (people * 2 > rows.length) continue;
    let countries = 0;
    for (const k of rows) {
      const s = spans[k];
      if (s === undefined) continue;
      const match = placeAt(view, s.first);
      if (match?.length === s.last - s.first + 1 && match.candidates[0]?.kind === 'country') countries++;
    }
    const kind: NameKind = countries * 2 > rows.length ? 'place' : 'org';
    // A row of a table is a name even when the tagger was unsure of it on its own; so is the other
    // side of a result, between two scores on its row ("Hartford 4 BOSTON 2", "Cagliari 1 Lazio 3").
    const opposite = spans
      .map((s, k) => ({ s, k }))
      .filter(({ s }) => rows.some((r) => betweenScores(tokenized, spans[r], s)))
      .map(({ k }) => k);
    for (const k of [...rows, ...opposite]) {
      const s = spans[k];
      if (s !== undefined) spans[k] = { ...s, kind, confidence: Math.max(s.confidence, MIN_LONE_CONFIDENCE) };
    }
  }
}

// A span after the row's first name on the same line, right after a number and right before one.
function betweenScores(tokenized: Tokenized, row: TaggedSpan | undefined, s: TaggedSpan): boolean {
  const { tokens, source } = tokenized;
  if (row === undefined || s.first <= row.last + 1) return false;
  const before = tokens[s.first - 1];
  const after = tokens[s.last + 1];
  if (
    before === undefined ||
    after === undefined ||
    !NUMBER_RE.test(before.text) ||
    !NUMBER_RE.test(after.text)
  )
    return false;
  const from = tokens[row.last]?.end ?? 0;
  return (
    !source.slice(from, tokens[s.last]?.end ?? from).includes('\n') &&
    !source.slice(after.start, after.end).includes('\n')
  );
}

// The line number (from 0) of a character offset.
function lineOf(source: string, offset: number): number {
  let line = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}
