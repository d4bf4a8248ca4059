// Stopwords for keyword extraction: function words plus the filler of wire copy ("said",
// "percent", weekdays). Hand-written; lowercase.
import { FUNCTION_WORDS, TITLE_HEADS } from './lexicon.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const ENGLISH = new Set([
  ...FUNCTION_WORDS,
  // Titles say who speaks, not what the story is about.
  ...TITLE_HEADS,
  ...set(`
    said says say saying told tell added adding stressed noted pointed suggested according reported
    reports report statement announced announcement called calls call asked would could also one two
    three four five six seven eight nine ten first second third new year years month months week weeks
    day days time times people percent per cent million billion trillion including include includes included well made make
    makes take takes taken took get got going goes went come came comes able ready willing monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr way ago back ever they're we're
  `),
]);

const FRENCH = set(`
  le la les un une des du de d l et ou mais donc or ni car que qui quoi dont où ce cet cette ces son sa
  ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu se en y
  dans par pour sur sous avec sans entre vers chez au aux est sont était ont a avait été être avoir fait
  plus moins très tout tous toute toutes aussi comme ainsi selon après avant depuis pendant lors ne pas
  déjà encore cela ça dit a-t-il selon mardi lundi mercredi jeudi vendredi samedi dimanche an ans année
`);

const SPANISH = set(`
  el la los las un una unos unas de del al y o u e ni que quien quienes cual cuales cuyo donde como
  cuando su sus mi mis tu tus nuestro nuestra lo le les se me te nos en por para con sin sobre entre
  hacia desde hasta según tras es son era fue fueron ha han había sido ser estar está están más menos
  muy todo todos toda todas también ya aún no sí este esta estos estas ese esa esos esas dijo años año
`);

const GERMAN = set(`
  der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn dass ob wenn
  als wie wo was wer sein seine ihr ihre unser unsere es er sie wir ihr ich du man sich in im ins an am
  auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um
  ist sind war waren wird werden wurde wurden hat haben hatte hatten sei nicht kein keine auch noch
  schon nur sehr mehr so dies diese dieser dieses jahr jahren sagte
`);

/** Stopword list per ISO 639-1 language; languages without one get no keywords. */
export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', ENGLISH],
  ['fr', FRENCH],
  ['es', SPANISH],
  ['de', GERMAN],
]);
