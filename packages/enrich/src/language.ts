import { franc } from 'franc-min';
import type { Enricher } from './types.ts';

const MIN_LENGTH = 40;
// franc reads up to 2048 characters, at about a microsecond each; a headline and the first few
// hundred characters of the lead decide the language of a news story as well.
const SAMPLE_LENGTH = 500;
// English fast path: franc compares every Latin-script text against ~45 languages (~0.4 ms), and
// most wire copy is English. These function words make up a fifth to a third of English news prose
// (names included) and under a twentieth of any other language's (Dutch "in", "is", "was" come
// closest), so a high share of them, with "the" twice, settles it without franc.
const ENGLISH_MARKERS = new Set(
  'the and of to in a an on at by for from with that this it as be is are was were has have had will would his her their said after'.split(
    ' ',
  ),
);
const ENGLISH_MIN_WORDS = 20;
const ENGLISH_MIN_SHARE = 0.2;
const ENGLISH_MIN_THE = 2;
const WORD_RE = /\p{L}+/gu;

// franc-min's ISO 639-3 codes that have an ISO 639-1 code. Individual languages of a
// macrolanguage map to the macrolanguage's code (azj → az, uzn → uz, zlm → ms, pes → fa).
// Left out, having none: ceb, mad, hms, hnj, ilo, skr, mai, bho, mag.
const ISO_639_1: Readonly<Record<string, string>> = {
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

/** ISO 639-1 code of the text's language, or undefined when too short or not confidently known. */
export function detectLanguage(headline: string, text: string): string | undefined {
  const sample = `${headline}\n${text.slice(0, SAMPLE_LENGTH)}`;
  if (sample.trim().length < MIN_LENGTH) return undefined;
  if (looksEnglish(sample)) return 'en';
  return ISO_639_1[franc(sample, { minLength: MIN_LENGTH })];
}

/** The English fast path; exported so tests can check it agrees with franc. */
export function looksEnglish(sample: string): boolean {
  let words = 0;
  let markers = 0;
  let the = 0;
  for (const [word] of sample.matchAll(WORD_RE)) {
    words++;
    const lower = word.toLowerCase();
    if (!ENGLISH_MARKERS.has(lower)) continue;
    markers++;
    if (lower === 'the') the++;
  }
  return words >= ENGLISH_MIN_WORDS && the >= ENGLISH_MIN_THE && markers / words >= ENGLISH_MIN_SHARE;
}

/** The feed's language when it gave one, else the language detected from headline and body. */
export const languageEnricher: Enricher = {
  name: 'language',
  run: (input) => ({ language: input.language ?? detectLanguage(input.headline, input.text) }),
};
