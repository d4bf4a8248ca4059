import { eld } from 'eld/extrasmall';

// ISO 639-1, the two-letter codes the Story schema carries.
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
    'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik ' +
    'io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml ' +
    'mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd ' +
    'se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi ' +
    'vo wa wo xh yi yo za zh zu'
  ).split(' '),
);
// Codes withdrawn from ISO 639-1 that old feeds still send.
const RENAMED: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' };

/**
 * The ISO 639-1 code of a feed's language tag ("en-US" → "en", "pt_BR" → "pt", "iw" → "he");
 * undefined when the tag does not start with one.
 */
export function languageCode(tag: string | undefined): string | undefined {
  const match = /^\s*([a-z]{2})(?:[-_][a-z\d]{1,8})*\s*$/i.exec(tag ?? '');
  const primary = match?.[1]?.toLowerCase();
  if (primary === undefined) return undefined;
  const code = RENAMED[primary] ?? primary;
  return ISO_639_1.has(code) ? code : undefined;
}

// eld (Nito-ELD) was right most often on our short news texts and is the fastest of the three
// (docs/adr/0008-language-detection.md). The extra-small database scored the same as the large one
// there and loads in a fifth of the time.
const SAMPLE_LENGTH = 400;
// Below about a dozen letters ("Putin", "UPDATE 3") a guess is noise, whatever the detector says.
const MIN_LETTERS = 12;
const LETTER_RE = /\p{L}/gu;
const WORD_RE = /\p{L}+/gu;
// A line with a figure and no word in lower case.
const TABLE_ROW_RE = /^(?=[^\n]*\d)(?![^\n]*(?<!\p{L})\p{Ll}{2,}(?!\p{L}))[^\n]*$/mu;
const LOWER_WORD_RE = /(?<!\p{L})\p{Ll}{2,}(?!\p{L})/u;

// eld has no Indonesian and calls it Malay. Words that news copy spells or chooses differently in
// the two standards, chosen from general usage and not fitted to our evaluation set. Words both use
// with another sense are left out: kereta (car / train), boleh, negeri, daripada, ahli, and Wang.
const INDONESIAN_MARKERS = new Set(
  'karena pemerintah bisa uang persen setelah mantan perusahaan anggota polisi mobil pajak bahwa berhasil kantor provinsi kabupaten internasional kampanye korban pemilu saat miliar triliun perbatasan rp'.split(
    ' ',
  ),
);
const MALAY_MARKERS = new Set(
  'kerana kerajaan peratus selepas syarikat polis cukai bahawa berjaya pejabat antarabangsa kempen mangsa mahkamah sahaja hospital universiti bilion trilion sempadan rm'.split(
    ' ',
  ),
);

/**
 * The ISO 639-1 code of the language a news text (headline and lead) is written in; undefined
 * when the text has too few letters to tell or the detector is not sure. Reads the first 400
 * characters only, at about 0.1 ms.
 */
export function detectLanguage(text: string): string | undefined {
  let sample = withoutTableRows(text.slice(0, 4 * SAMPLE_LENGTH)).slice(0, SAMPLE_LENGTH);
  if (!hasLetters(sample, MIN_LETTERS)) sample = text.slice(0, SAMPLE_LENGTH);
  if (!hasLetters(sample, MIN_LETTERS)) return undefined;
  const result = eld.detect(sample);
  if (result.language === '' || !result.isReliable()) return undefined;
  return result.language === 'ms' ? malayOrIndonesian(sample) : result.language;
}

// "Cagliari 1 Lazio 3", "HARTFORD 12 7 4 77 73 28": a row of names and figures, with no word in
// lower case, says nothing of the language the story is written in (an English results table of
// Italian clubs reads as Italian); such lines are left out of the sample.
function withoutTableRows(text: string): string {
  if (!TABLE_ROW_RE.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !/\d/.test(line) || LOWER_WORD_RE.test(line))
    .join('\n');
}

// Counts up to `min` letters without building an array of them.
function hasLetters(text: string, min: number): boolean {
  LETTER_RE.lastIndex = 0;
  let n = 0;
  while (n < min && LETTER_RE.test(text)) n++;
  LETTER_RE.lastIndex = 0;
  return n >= min;
}

// A tie goes to Indonesian: it has several times Malay's readers and news output.
function malayOrIndonesian(sample: string): 'id' | 'ms' {
  let score = 0;
  for (const [word] of sample.matchAll(WORD_RE)) {
    const lower = word.toLowerCase();
    if (INDONESIAN_MARKERS.has(lower)) score++;
    else if (MALAY_MARKERS.has(lower)) score--;
  }
  return score < 0 ? 'ms' : 'id';
}
