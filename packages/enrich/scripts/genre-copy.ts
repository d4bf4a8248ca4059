// More copy written for training the entity tagger, in the genres of GUM's documents (interviews,
// travel guides, papers, biographies, hearings) and aimed at the kinds of names the tagger confused
// on the dev split and the cross-validation: organisations known by an acronym or a bare word
// (associations, websites, airlines, teams called by their nickname, broadcasters, churches,
// parties), addresses, roads, terminals and neighbourhoods as places, surnames cited in papers and
// people known by one name. As in context-copy.ts, most names are invented words, so that only the
// sentence tells their kind. Following GUM's conventions (eval/gum/README.md). Deterministic for a
// seed.
import { pseudo } from './context-copy.ts';
import type { Part } from './copy-writer.ts';
import { cities, Random, Writer } from './copy-writer.ts';
import type { LabelledDoc } from './entity-training.ts';
import { renderDoc } from './wire-copy.ts';

const PLAIN_WORDS = [
  'Civic',
  'People',
  'Power',
  'Passion',
  'Spirit',
  'Frontier',
  'Sun',
  'Delta',
  'Magic',
  'Circle',
  'Crown',
  'Borders',
  'Vision',
  'Harmony',
  'Liberty',
  'Summit',
  'Horizon',
  'Pioneer',
];
const TEAM_NICKS = [
  'Mets',
  'Cardinals',
  'Browns',
  'Angels',
  'Gliders',
  'Hornets',
  'Pilots',
  'Falcons',
  'Knights',
  'Rockets',
  'Comets',
  'Sharks',
  'Bears',
  'Owls',
];
const ORG_KINDS = [
  'association',
  'federation',
  'union',
  'agency',
  'society',
  'network',
  'council',
  'consortium',
  'charity',
  'party',
  'company',
  'broadcaster',
  'airline',
  'website',
  'magazine',
  'band',
  'church',
  'club',
];
const STREET_HEADS = [
  'Street',
  'St.',
  'St',
  'Avenue',
  'Ave',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Lane',
  'Terrace',
  'Drive',
  'Plaza',
  'Way',
];
const PLACE_HEADS = [
  'Harbour',
  'Harbor',
  'Bay',
  'River',
  'Lake',
  'Hill',
  'Island',
  'Beach',
  'Reserve',
  'Station',
  'Market',
  'Gardens',
  'Quarter',
  'Mosque',
  'Temple',
  'Bridge',
  'Fort',
];

const acronym = (r: Random) =>
  Array.from({ length: r.int(2, 5) }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

function org(w: Writer): string {
  const r = w.r;
  const x = r.next();
  if (x < 0.3) return acronym(r);
  if (x < 0.4) return `${r.pick(PLAIN_WORDS)} ${r.pick(PLAIN_WORDS)}`;
  if (x < 0.5) return r.pick(PLAIN_WORDS);
  if (x < 0.6) return `${pseudo(r, 2)}${pseudo(r, 2)}`;
  if (x < 0.7)
    return `${r.pick([pseudo(r), w.city()])} ${r.pick(['Airways', 'Air', 'Airlines', 'Records', 'Orchestra', 'Church', 'Sun', 'Magazine', 'Tours'])}`;
  if (x < 0.8) return `${pseudo(r)}${r.pick(['', 'Net', 'Hub', 'Wiki', 'Cast'])}`;
  if (x < 0.9) return w.company();
  return `${r.pick(['National', 'Royal', 'Greek Orthodox', 'Free'])} ${r.pick(['Library', 'Church', 'Academy', 'Institute', 'Archive'])} of ${w.country()}`;
}

function place(w: Writer): string {
  const r = w.r;
  const x = r.next();
  if (x < 0.2) return w.city();
  if (x < 0.3) return w.country();
  if (x < 0.45) return `${r.int(2, 99)}${r.pick(['th', 'th', 'st', 'nd'])} ${r.pick(STREET_HEADS)}`;
  if (x < 0.6)
    return `${r.chance(0.3) ? `${r.pick(['N', 'S', 'E', 'W'])} ` : ''}${pseudo(r)} ${r.pick(STREET_HEADS)}`;
  if (x < 0.68) return `${r.pick(['A', 'M', 'I-', 'N', 'B'])}${r.int(1, 990)}`;
  if (x < 0.74) return `Terminal ${r.int(1, 4)}`;
  if (x < 0.8) return `Mt. ${pseudo(r)}`;
  if (x < 0.9) return `${pseudo(r)} ${r.pick(PLACE_HEADS)}`;
  return pseudo(r);
}

const surname = (w: Writer) => (w.r.chance(0.5) ? w.person().sur : pseudo(w.r));

// {O} an organisation, {A} an acronym organisation, {K} a team's nickname, {L} a place, {S} a
// surname alone, {P} a full name, {Q} a one-name person, {K2} the kind of an organisation, {Y} a
// year, {D} a number, {X} an invented word that names nothing.
const FRAMES: readonly string[] = [
  'The {A} said in a statement that it would appeal .',
  'Members of the {A} met in {L} on Tuesday .',
  'According to the {A} , fewer people travel by train .',
  'He is a member of the {A} and of {O} .',
  '{O} , a {K} based in {L} , was founded in {Y} .',
  'I joined {O} when I was {D} .',
  'We put the videos on {O} and {O} .',
  'Most of our readers come from {O} .',
  'The data come from {O} , a {K} .',
  'Candidates from {O} and the {A} won {D} seats .',
  'The pro-democracy {O} party lost its seat in {L} .',
  'Airlines serving the airport include {O} , {O} , {O} and {O} .',
  '{O} flies from {L} to {L} .',
  'The {K2} beat the {K2} {D} - {D} at home .',
  'I grew up a fan of the {K2} .',
  'She wrote for {O} and later for {O} .',
  'The show aired on {O} in {Y} .',
  'The album was released by {O} .',
  'She was ordained in the {O} .',
  'We spoke to {P} of the {A} .',
  '{P} , director of the {A} , declined to comment .',
  'Take the {L} north to {L} .',
  'The office is at {D} {L} , near {L} .',
  'Buses leave from {L} every hour .',
  'Most flights use {L} ; {L} handles the rest .',
  'The hotel on {L} is close to {L} .',
  'Walk down {L} to the {L} .',
  'The ferry to {L} leaves from {L} .',
  'From {L} there is a trail up {L} .',
  '{S} ( {Y} ) found the same effect .',
  'This has been shown before ( {S} , {Y} ; {S} & {S} , {Y} ) .',
  '{S} et al. ( {Y} ) report similar results .',
  'As {S} and {S} ( {Y} ) argue , the effect is small .',
  'Unlike {S} , we used a larger sample .',
  'The monk {Q} founded a monastery near {L} .',
  '{Q} was a disciple of {Q} .',
  'Saint {Q} died in {L} .',
  '{Q} the Great ruled from {L} .',
  'In {Y} {P} moved to {L} , where he taught at {O} .',
  'The {X} Award went to {P} .',
  'Counsel for {O} argued that the {X} Act did not apply .',
  'The court heard evidence from {P} , an officer of the {A} .',
];

function fill(w: Writer, template: string): Part[] {
  const r = w.r;
  const parts: Part[] = [];
  let last = 0;
  const re = /\{(A|O|K2|K|L|S|P|Q|X|Y|D)\}/g;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const slot = m[1];
    if (slot === 'A') parts.push({ kind: 'org', text: acronym(r) });
    else if (slot === 'O') parts.push({ kind: 'org', text: org(w) });
    else if (slot === 'K2')
      parts.push({ kind: 'org', text: r.chance(0.5) ? r.pick(TEAM_NICKS) : `${pseudo(r)}s` });
    else if (slot === 'K') parts.push(r.pick(ORG_KINDS));
    else if (slot === 'L') parts.push({ kind: 'place', text: place(w) });
    else if (slot === 'S') parts.push({ kind: 'person', text: surname(w) });
    else if (slot === 'P') parts.push({ kind: 'person', text: w.person().full });
    else if (slot === 'Q') parts.push({ kind: 'person', text: pseudo(r) });
    else if (slot === 'X') parts.push(pseudo(r));
    else if (slot === 'Y') parts.push(String(r.int(1850, 2024)));
    else parts.push(String(r.int(2, 90)));
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** `n` documents of prose in GUM's genres, deterministic for `seed`. */
export function generateGenreCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    const w = new Writer(r, places);
    const body: Part[] = [];
    const sentences = r.int(6, 14);
    for (let s = 0; s < sentences; s++) body.push(...fill(w, r.pick(FRAMES)), s % 4 === 3 ? '\n\n' : ' ');
    const head = fill(w, r.pick(FRAMES)).map(
      (p): Part => (typeof p === 'string' ? p.replace(/ \.$/, '') : p),
    );
    docs.push(renderDoc(`context-g${seed}-${k}`, head, body, r.chance(0.3)));
  }
  return docs;
}
