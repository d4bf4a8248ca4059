// Reading GUM's CoNLL-U (github.com/amir-zeldes/gum, folder `dep/`): a document's tokens, sentences,
// paragraphs and entity mentions, its text as written, and the name a mention gives (convert-gum.ts).

export const TYPES = { person: 'person', organization: 'org', place: 'place' } as const;
export type Kind = (typeof TYPES)[keyof typeof TYPES];

export interface Tok {
  form: string;
  upos: string;
  xpos: string;
  start: number;
  end: number;
  /** Index (in the document's tokens) of the syntactic head; -1 for a sentence root. */
  head: number;
  /** First token of its sentence. */
  sentenceStart: boolean;
}

export interface Mention {
  id: string;
  type: string;
  identity: string | undefined;
  first: number;
  last: number;
}

/** A named mention in the output: character offsets into the document text. */
export interface NamedMention {
  start: number;
  end: number;
  kind: Kind;
  entity: string;
}

// Words before a name that are not part of it.
export const TITLES = new Set(
  'mr mrs ms miss mme mlle madame mademoiselle monsieur dr prof professor sir dame lord lady president vice prime premier minister chairman chairwoman director commissioner dean sheikh pastor father brother sister uncle aunt senator sen gov governor rep representative judge justice chief general gen captain capt coach king queen prince princess pope emperor empress mayor chancellor secretary ambassador archbishop bishop reverend rev'.split(
    ' ',
  ),
);
export const TITLE_MODIFIERS = new Set([
  'assistant',
  'associate',
  'deputy',
  'acting',
  'former',
  'team',
  'manager',
  'head',
]);
export const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'da',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  '&',
  '-',
  '–',
  '.',
  "'",
  '’',
]);
export const isCap = (s: string) => /^[\p{Lu}\p{N}]/u.test(s);

export function parseDoc(text: string) {
  const lines = text.split('\n');
  let title = '';
  let source = '';
  const paragraphs: Tok[][][] = [];
  let sentence: Tok[] = [];
  let mentions: Mention[] = [];
  const all: Mention[] = [];
  const open = new Map<string, Mention[]>();
  const tokens: Tok[] = [];
  let pendingRange: { from: number; to: number; form: string; spaceAfter: boolean } | undefined;
  let newPar = true;
  for (const line of lines) {
    if (line.startsWith('# meta::title = ')) title = line.slice(16).trim();
    if (line.startsWith('# meta::sourceURL = ')) source = line.slice(20).trim();
    if (line.startsWith('# newpar')) newPar = true;
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentence.length > 0) {
        if (newPar || paragraphs.length === 0) paragraphs.push([]);
        paragraphs.at(-1)?.push(sentence);
        newPar = false;
      }
      sentence = [];
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.includes('.')) continue;
    const misc = cols[9] ?? '_';
    if (id.includes('-')) {
      const [from = 0, to = 0] = id.split('-').map(Number);
      pendingRange = { from, to, form: cols[1] ?? '', spaceAfter: !misc.includes('SpaceAfter=No') };
      continue;
    }
    const n = Number(id);
    const headId = Number(cols[6]);
    const tok: Tok & { space: boolean; range?: string; rangeEnd?: boolean } = {
      form: cols[1] ?? '',
      upos: cols[3] ?? '',
      xpos: cols[4] ?? '',
      start: 0,
      end: 0,
      // Ids count from 1 within the sentence; this token is number n, at index tokens.length.
      head: headId === 0 || !Number.isFinite(headId) ? -1 : tokens.length + (headId - n),
      sentenceStart: sentence.length === 0,
      space: !misc.includes('SpaceAfter=No'),
    };
    if (pendingRange !== undefined && n >= pendingRange.from && n <= pendingRange.to) {
      tok.range = pendingRange.form;
      tok.rangeEnd = n === pendingRange.to;
      if (tok.rangeEnd) {
        tok.space = pendingRange.spaceAfter;
        pendingRange = undefined;
      } else tok.space = false;
    }
    const index = tokens.length;
    tokens.push(tok);
    sentence.push(tok);
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (entity !== undefined) {
      let k = 0;
      while (k < entity.length) {
        if (entity[k] === '(') {
          let j = k + 1;
          while (j < entity.length && entity[j] !== '(' && entity[j] !== ')') j++;
          const body = entity.slice(k + 1, j);
          const fields = body.split('-');
          const m: Mention = {
            id: fields[0] ?? '',
            type: fields[1] ?? '',
            identity: fields.length > 7 ? fields.slice(7).join('-') : undefined,
            first: index,
            last: index,
          };
          all.push(m);
          if (entity[j] === ')') j++;
          else {
            const stack = open.get(m.id) ?? [];
            stack.push(m);
            open.set(m.id, stack);
          }
          k = j;
        } else {
          const close = /^(\d+)\)/.exec(entity.slice(k));
          if (close === null) {
            k++;
            continue;
          }
          const m = open.get(close[1] ?? '')?.pop();
          if (m !== undefined) m.last = index;
          k += close[0].length;
        }
      }
    }
  }
  mentions = all;
  return { title, source, paragraphs, tokens, mentions };
}

export function render(paragraphs: Tok[][][]): string {
  let out = '';
  const emit = (sentences: Tok[][]) => {
    for (const [si, sent] of sentences.entries()) {
      // Sentences run on in a paragraph; a list item, heading or caption without a full stop was
      // a line of its own in the original, and stays one.
      if (si > 0) out += /[.!?:;"”’')\]]$/.test(sentences[si - 1]?.at(-1)?.form ?? '') ? ' ' : '\n';
      let rangeStart = -1;
      let rangeText = '';
      for (const [ti, t] of sent.entries()) {
        const tt = t as Tok & { space: boolean; range?: string; rangeEnd?: boolean };
        if (tt.range !== undefined) {
          if (rangeStart === -1) {
            rangeStart = out.length;
            rangeText = tt.range;
            out += rangeText;
          }
          // Components of "Zurbarán’s": place each inside the surface form when it fits.
          const at = rangeText.indexOf(t.form.replaceAll("'", '’'));
          const at2 = at === -1 ? rangeText.indexOf(t.form) : at;
          t.start = at2 === -1 ? rangeStart : rangeStart + at2;
          t.end = at2 === -1 ? rangeStart + rangeText.length : t.start + t.form.length;
          if (tt.rangeEnd === true) {
            rangeStart = -1;
            if (tt.space && ti < sent.length - 1) out += ' ';
          }
          continue;
        }
        t.start = out.length;
        out += t.form;
        t.end = out.length;
        if (tt.space && ti < sent.length - 1) out += ' ';
      }
    }
  };
  const [head, ...rest] = paragraphs;
  // The document's first sentence is its headline (Wikinews and Wikivoyage open with the title);
  // what follows it in the first paragraph opens the body.
  if (head !== undefined) {
    const [first, ...others] = head;
    if (first !== undefined) emit([first]);
    out += '\n\n';
    if (others.length > 0) {
      emit(others);
      out += '\n\n';
    }
  }
  for (const p of rest) {
    emit(p);
    out += '\n\n';
  }
  return `${out.trimEnd()}\n`;
}

// The name a mention gives, or undefined when the mention is not a name. A mention is a name when
// its syntactic head is a proper noun ("student Ahmed Mohamed", not "the boy wearing a NASA
// T-shirt"); the name is the run of name words around the head: proper nouns, capitalised
// modifiers inside the sentence ("Western Australia"), and the connectors names use ("Bank of
// England", "Food and Drug Administration"), without titles before it ("US President Barack
// Obama" → "Barack Obama") nor a possessive after it.
export function nameOf(
  m: Mention,
  tokens: readonly Tok[],
  person: boolean,
  orgStarts: ReadonlySet<number> = new Set(),
): { first: number; last: number } | undefined {
  const tok = (i: number) => tokens[i] as Tok;
  let head = -1;
  for (let i = m.first; i <= m.last; i++) {
    const t = tok(i);
    if (t.upos === 'PUNCT') continue;
    if (t.head < m.first || t.head > m.last) {
      head = i;
      break;
    }
  }
  if (head === -1 || tok(head).upos !== 'PROPN') return undefined;
  const nameWord = (t: Tok) =>
    t.upos === 'PROPN' ||
    (isCap(t.form) &&
      !t.sentenceStart &&
      !['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT'].includes(t.upos));
  const connector = (t: Tok) => CONNECTORS.has(t.form.toLowerCase());
  let first = head;
  while (first > m.first) {
    const t = tok(first - 1);
    if (nameWord(t)) first--;
    else if (connector(t) && first - 2 >= m.first && nameWord(tok(first - 2))) first -= 2;
    else break;
  }
  let last = head;
  while (last < m.last) {
    const t = tok(last + 1);
    // "Claudia Mo of the Civic Party": a person's name ends before "of" and an organisation.
    if (
      person &&
      t.form === 'of' &&
      (orgStarts.has(last + 2) || (tok(last + 2)?.form === 'the' && orgStarts.has(last + 3)))
    )
      break;
    if (nameWord(t)) last++;
    else if (connector(t) && last + 2 <= m.last && nameWord(tok(last + 2))) last += 2;
    else if (
      connector(t) &&
      t.form.toLowerCase() === 'of' &&
      last + 3 <= m.last &&
      tok(last + 2).form === 'the' &&
      nameWord(tok(last + 3))
    )
      last += 3;
    else break;
  }
  // Titles: everything up to the last title word goes ("US President Barack Obama").
  for (let i = last - 1; person && i >= first; i--) {
    if (TITLES.has(tok(i).form.toLowerCase().replace(/\.$/, ''))) {
      first = i + 1;
      break;
    }
  }
  while (first <= last && (tok(first).upos === 'PUNCT' || connector(tok(first)))) first++;
  while (last >= first && (tok(last).upos === 'PUNCT' || tok(last).upos === 'PART' || connector(tok(last))))
    last--;
  if (first > last) return undefined;
  // "Mr. Chief Justice", "the Queen of the curve": a title alone names no one.
  let titlesOnly = person;
  for (let i = first; titlesOnly && i <= last; i++) {
    const w = tok(i).form.toLowerCase().replace(/\.$/, '');
    titlesOnly = TITLES.has(w) || TITLE_MODIFIERS.has(w);
  }
  if (titlesOnly) return undefined;
  return { first, last };
}
