// Copy written for training the entity tagger to decide by context: running prose (news, interviews,
// travel notes, biographies, papers) in which many names are invented words no list holds — towns,
// companies, bands, agencies, people from any locale — so that only the sentence says what a name
// is ("the village of Tarvelo", "shares of Quennix rose", "Dalumo told reporters"). Sentences are
// drawn from hand-written frames; each name is annotated as written. Following GUM's conventions
// (eval/gum/README.md): buildings, venues and streets are places; companies, bands, newspapers,
// broadcasters, teams, parties and universities are organisations. Deterministic for a seed.
import type { LabelledDoc } from './entity-training.ts';
import type { Kind, Part } from './wire-copy.ts';
import { cities, Random, renderDoc, Writer } from './wire-copy.ts';

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'tr',
  'kh',
  'sh',
  'ch',
  'q',
  'j',
  'h',
  'w',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'x', 'm', 'nd', 'st'];

/** An invented word: two or three syllables, capitalised ("Tarvelo", "Quennix"). */
export function pseudo(r: Random, syllables = r.int(2, 3)): string {
  let w = '';
  for (let k = 0; k < syllables; k++)
    w += r.pick(ONSETS) + r.pick(VOWELS) + (k === syllables - 1 ? r.pick(CODAS) : '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const TOWN_ENDS = [
  '',
  '',
  '',
  'ville',
  'burg',
  'stad',
  'ford',
  'abad',
  'pur',
  'ovo',
  'ton',
  'holm',
  'dorf',
  'mouth',
];
const ORG_HEADS = [
  'Group',
  'Media',
  'Labs',
  'Airways',
  'Records',
  'Holdings',
  'Systems',
  'Energy',
  'Foods',
  'Pharma',
  'Motors',
  'Capital',
  'Games',
  'Press',
];
const TEAM_HEADS = ['United', 'Rovers', 'FC', 'City', 'Wanderers', 'Athletic', 'Tigers', 'Hawks', 'Rangers'];
const PAPERS = ['Herald', 'Times', 'Gazette', 'Post', 'Tribune', 'Observer', 'Courier', 'Chronicle'];
const BUILDING_HEADS = [
  'Museum',
  'Stadium',
  'Square',
  'Bridge',
  'Palace',
  'Cathedral',
  'Park',
  'Street',
  'Hall',
  'Airport',
  'Castle',
  'Market',
];
const REGION_WORDS = ['Province', 'County', 'District', 'Valley', 'Island'];
const NOT_NAMES = [
  'Monday',
  'Friday',
  'January',
  'September',
  'Christmas',
  'Internet',
  'English',
  'Catholic',
  'Islam',
  'Olympics',
  'World War II',
  'Renaissance',
  'PhD',
  'TV',
  'Figure 2',
  'Table 1',
  'Section 3',
];

interface Cast {
  people: { full: string; sur: string }[];
  orgs: { full: string; short: string }[];
  places: string[];
}

class Doc {
  readonly w: Writer;
  readonly cast: Cast = { people: [], orgs: [], places: [] };
  constructor(w: Writer) {
    this.w = w;
  }
  person(): Part {
    const r = this.w.r;
    const known = this.cast.people;
    if (known.length > 0 && r.chance(0.45)) {
      const p = r.pick(known);
      return { kind: 'person', text: r.chance(0.7) ? p.sur : p.full };
    }
    const p = this.w.person();
    const invented = r.chance(0.35);
    const sur = invented ? pseudo(r) : p.sur;
    const full = invented ? `${r.chance(0.5) ? p.first : pseudo(r, 2)} ${sur}` : p.full;
    known.push({ full, sur });
    return { kind: 'person', text: full };
  }
  org(): Part {
    const r = this.w.r;
    const known = this.cast.orgs;
    if (known.length > 0 && r.chance(0.4)) {
      const o = r.pick(known);
      return { kind: 'org', text: r.chance(0.6) ? o.short : o.full };
    }
    const x = r.next();
    const word = pseudo(r);
    let full: string;
    let short = word;
    if (x < 0.1) full = word;
    else if (x < 0.4) {
      full = `${word} ${r.pick(ORG_HEADS)}`;
    } else if (x < 0.52) {
      full = Array.from({ length: r.int(3, 4) }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
      short = full;
    } else if (x < 0.62) {
      full = `${r.pick([this.w.city(), word])} ${r.pick(TEAM_HEADS)}`;
      short = full;
    } else if (x < 0.72) {
      full = `${r.pick([this.w.city(), word])} ${r.pick(PAPERS)}`;
      short = full;
    } else if (x < 0.8) full = this.w.company();
    else if (x < 0.88) {
      full = `${word} ${r.pick(['Party', 'Union', 'Foundation', 'Institute', 'Society', 'Agency', 'Council'])}`;
    } else {
      full = r.chance(0.5) ? `University of ${this.w.city()}` : `${word} University`;
      short = full;
    }
    known.push({ full, short });
    return { kind: 'org', text: full };
  }
  place(): Part {
    const r = this.w.r;
    const known = this.cast.places;
    if (known.length > 0 && r.chance(0.35)) return { kind: 'place', text: r.pick(known) };
    const x = r.next();
    let name: string;
    if (x < 0.3) name = this.w.city();
    else if (x < 0.45) name = this.w.country();
    else if (x < 0.8) name = pseudo(r) + r.pick(TOWN_ENDS);
    else if (x < 0.9) name = `${pseudo(r)} ${r.pick(BUILDING_HEADS)}`;
    else name = `${pseudo(r)} ${r.pick(REGION_WORDS)}`;
    known.push(name);
    return { kind: 'place', text: name };
  }
}

type Slot = 'P' | 'O' | 'L' | 'N';

const TITLE_WORDS = [
  'The',
  'Last',
  'Summer',
  'House',
  'Silent',
  'River',
  'Night',
  'Garden',
  'Long',
  'Road',
  'Home',
  'Light',
  'Empire',
  'Dreams',
  'Winter',
  'Red',
  'Letters',
  'Future',
  'Machine',
  'Stone',
  'Introduction',
  'Methods',
  'Results',
  'Discussion',
  'Getting Around',
  'See',
  'Eat',
  'Sleep',
];

// "The Silent Garden", "Winter Letters": a title, a heading.
function title(r: Random): string {
  const words = Array.from({ length: r.int(1, 3) }, () => r.pick(TITLE_WORDS));
  return words.join(' ');
}
// Frames: {P} a person, {O} an organisation, {L} a place, {N} a capitalised word that names none of
// them, {X} an invented word that names none of them, {T} a title in capitals, {Y} a year, {D} a
// number.
const FRAMES: readonly string[] = [
  '{P} said the plan would not work .',
  'According to {P} , the figures were wrong .',
  '{P} , who was born in {L} , moved to {L} in {Y} .',
  '{P} joined {O} as a researcher in {Y} .',
  'In an interview with {O} , {P} said she had no regrets .',
  '{P} told {O} that talks would resume .',
  'I met {P} in {L} last year .',
  '{P} and {P} founded {O} in {Y} .',
  'The book was written by {P} , a teacher from {L} .',
  "{P}'s brother still lives in {L} .",
  '{P} ( {Y} ) argued that the effect is small .',
  'We thank {P} and {P} for their comments .',
  '" We will fight this , " {P} said .',
  'Asked about {O} , {P} declined to comment .',
  '{O} announced on {N} that it would cut {D} jobs .',
  'Shares of {O} rose {D} percent .',
  'A spokesperson for {O} said the matter was closed .',
  '{O} , based in {L} , employs {D} people .',
  'She worked for {O} for ten years .',
  'The report was published by {O} .',
  '{O} signed a deal with {O} worth {D} million dollars .',
  'Members of {O} voted against the proposal .',
  '{O} has offices in {L} and {L} .',
  '{O} flies to {L} twice a week .',
  'The story was first reported by {O} .',
  '{O} beat {O} {D} - {D} on {N} .',
  'He played for {O} before moving to {L} .',
  'The band {O} will play in {L} in {N} .',
  '{O} chief executive {P} resigned .',
  'The village of {L} lies {D} km north of {L} .',
  'From {L} , take the ferry to {L} .',
  '{L} has a population of about {D},000 .',
  'She grew up in {L} , a small town in {L} .',
  'Flights to {L} leave daily from {L} .',
  'The road between {L} and {L} was closed after the storm .',
  '{L} is known for its beaches and its {N} festival .',
  'Troops withdrew from {L} on {N} .',
  'The {L} is open daily from 9 am .',
  'Most visitors stay in {L} and take a bus to {L} .',
  'He died in {L} in {Y} .',
  'Protesters gathered outside the {L} .',
  'Talks between {L} and {L} broke down in {N} .',
  'In {Y} , {P} visited {L} with {P} .',
  '{P} studied at {O} in {L} .',
  '{P} , the mayor of {L} , welcomed the decision .',
  'Officials in {L} said {O} had not been informed .',
  '{N} is a busy time in {L} .',
  'The {N} season starts in {N} .',
  'Prices in {L} rose faster than in {L} .',
  'Data from {O} show that {L} lost {D} percent of its forests .',
  // Capitalised words that name no person, organisation or place: works, prizes, laws, products,
  // diseases, events, methods.
  'She won the {X} Prize in {Y} .',
  'The {X} Act was passed in {Y} .',
  'Patients with {X} syndrome were excluded .',
  'The film {T} was released in {Y} .',
  'Operation {X} began on {N} .',
  'The {X} Festival attracts thousands of visitors .',
  '{X} is a programming language used by many researchers .',
  'The {X} model performed best on the {X} benchmark .',
  'His novel {T} sold well .',
  'The {X} vaccine was approved in {Y} .',
  'We used the {X} corpus and the {X} toolkit .',
  'Read more in {T} .',
  '{T}',
  'The new {X} phone costs {D} dollars .',
];

function frame(d: Doc, template: string): Part[] {
  const r = d.w.r;
  const parts: Part[] = [];
  let last = 0;
  const re = /\{([POLNXTYD])\}/g;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const slot = m[1] as Slot | 'X' | 'T' | 'Y' | 'D';
    if (slot === 'P') parts.push(d.person());
    else if (slot === 'O') parts.push(d.org());
    else if (slot === 'L') parts.push(d.place());
    else if (slot === 'N') parts.push(r.pick(NOT_NAMES));
    else if (slot === 'X') parts.push(pseudo(r));
    else if (slot === 'T') parts.push(title(r));
    else if (slot === 'Y') parts.push(String(r.int(1850, 2024)));
    else parts.push(String(r.int(2, 90)));
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** `n` documents of prose whose names only their context tells apart, deterministic for `seed`. */
export function generateContextCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    const d = new Doc(new Writer(r, places));
    const body: Part[] = [];
    const sentences = r.int(6, 14);
    for (let s = 0; s < sentences; s++) {
      body.push(...frame(d, r.pick(FRAMES)), s % 4 === 3 ? '\n\n' : ' ');
    }
    const head = frame(d, r.pick(FRAMES)).map(
      (p): Part => (typeof p === 'string' ? p.replace(/ \.$/, '') : p),
    );
    docs.push(renderDoc(`context-${seed}-${k}`, head, body, r.chance(0.3)));
  }
  return docs;
}

export type { Kind };
