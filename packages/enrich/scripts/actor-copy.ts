// Copy written for training the entity tagger on organisations that carry no organisation word and
// often a place's name: government bodies and agencies ("Environment Canada", "Statistics Norway"),
// sports bodies ("Tennis Australia", "Athletics Kenya"), services named after their city ("Leeds
// City Council", "Oakland Police"), airlines ("Air Tanzania"), acting as the subject of wire
// sentences ("… said on Tuesday", "a spokesman for …"), and in the same story the place itself as
// a place ("in Canada") and the organisation's acronym defined once. Headlines in capitals a third
// of the time. Hand-written frames, names drawn from the copy writer's lists (public country and city
// names, faker's given and family names) and invented words; deterministic for a seed.
import { pseudo } from './context-copy.ts';
import type { Part } from './copy-writer.ts';
import type { LabelledDoc } from './entity-training.ts';
import { cities, Random, renderDoc, Writer } from './wire-copy.ts';

const BEFORE_PLACE =
  `Environment|Statistics|Tennis|Athletics|Cricket|Rugby|Netball|Swimming|Cycling|Rowing|Sailing|Hockey|
  Basketball|Golf|Skiing|Football|Transport|Fisheries and Oceans|Parks|Heritage|Tourism|Health|Sport|Water|Rail|Air|Bank of|
  Radio|Television|Elections|Revenue|Customs|Immigration|Sustainability|Energy|Standards`
    .split('|')
    .map((s) => s.trim());
const AFTER_PLACE =
  `Post|Rail|Telecom|Steel|Airways|Airlines|Water|Power|Energy|Police|City Council|Fire Department|
  Port Authority|Transit|Housing Authority|Chamber of Commerce|State University|Symphony|Ballet|Zoo Society|Police Service|
  Health Board|Weather Service|Broadcasting|Cement|Breweries|Mining`
    .split('|')
    .map((s) => s.trim());

interface Org {
  name: string;
  acronym?: string;
  /** The place inside its name, if any. */
  place?: string;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

function makeOrg(w: Writer): Org {
  const r = w.r;
  const x = r.next();
  const place = r.chance(0.5) ? w.country() : w.city();
  if (x < 0.35) {
    const name = `${r.pick(BEFORE_PLACE)} ${place}`;
    return { name, place };
  }
  if (x < 0.7) {
    const name = `${place} ${r.pick(AFTER_PLACE)}`;
    return r.chance(0.3) && name.split(' ').length >= 3
      ? { name, place, acronym: initials(name) }
      : { name, place };
  }
  if (x < 0.85) {
    // Invented: "Kelvora", "Tamsu Transit", "Air Brenx".
    const word = pseudo(r);
    const name = r.chance(0.4) ? word : r.chance(0.5) ? `Air ${word}` : `${word} ${r.pick(AFTER_PLACE)}`;
    return { name };
  }
  // An agency known by a plain phrase: "National Weather Service", "Office for Budget Responsibility".
  const name = `${r.pick(['National', 'Federal', 'State', 'Central', 'Royal'])} ${r.pick(['Weather', 'Audit', 'Statistics', 'Roads', 'Grid', 'Lottery', 'Archives', 'Mint'])} ${r.pick(['Service', 'Office', 'Authority', 'Board', 'Commission', 'Bureau'])}`;
  return { name, acronym: initials(name) };
}

// {O} the organisation as written the first time (with its acronym defined when it has one), {A}
// it again (its acronym or name), {L} the place in its name as a place, {M} another place, {P} a
// person, {D} a number, {W} a weekday.
const LEADS: readonly string[] = [
  '{O} said on {W} it would cut {D} jobs .',
  '{O} has warned that the drought in {L} could last until spring .',
  'A spokesman for {O} said the decision was final .',
  '{O} announced on {W} that fares would rise by {D} percent .',
  'Officials at {O} said {D} people had been evacuated from {M} .',
  '{O} suspended {P} for {D} months on {W} .',
  'According to {O} , unemployment in {L} fell to {D} percent .',
  '{O} chief {P} told reporters in {M} that talks had stalled .',
  '{O} fined {P} {D},000 dollars .',
  '{O} will appeal against the ruling , {P} said .',
];
const MORE: readonly string[] = [
  '{A} said the figures for {L} were the lowest since records began .',
  '{A} also said it would review its plans for {M} .',
  '{P} , who heads {A} , said the team would travel to {M} .',
  'The decision by {A} was criticised by {P} .',
  '{A} did not comment .',
  'Prices in {L} have risen every month this year .',
  'Heavy rain fell across {L} and {M} on {W} .',
  '{P} arrived in {L} on {W} .',
  'Talks between {A} and {P} will resume in {M} .',
  '{A} employs about {D},000 people in {L} .',
  '{P} won in {M} on {W} , beating {P} .',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function fill(
  template: string,
  w: Writer,
  org: Org,
  first: { done: boolean },
  other: readonly [string, string],
): Part[] {
  const r = w.r;
  const parts: Part[] = [];
  let last = 0;
  const re = /\{([OALMPDW])\}/g;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const slot = m[1];
    if (slot === 'O' || (slot === 'A' && !first.done)) {
      parts.push({ kind: 'org', text: org.name });
      if (org.acronym !== undefined && org.acronym.length >= 2 && !first.done)
        parts.push(' ( ', { kind: 'org', text: org.acronym }, ' )');
      first.done = true;
    } else if (slot === 'A')
      parts.push({ kind: 'org', text: org.acronym !== undefined && r.chance(0.6) ? org.acronym : org.name });
    else if (slot === 'L') parts.push({ kind: 'place', text: org.place ?? other[1] });
    else if (slot === 'M') parts.push({ kind: 'place', text: other[0] });
    else if (slot === 'P') parts.push({ kind: 'person', text: w.person().full });
    else if (slot === 'D') parts.push(String(r.int(2, 90)));
    else parts.push(r.pick(WEEKDAYS));
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** `n` short wire stories about organisations without organisation words, deterministic for `seed`. */
export function generateActorCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    const w = new Writer(r, places);
    const org = makeOrg(w);
    const other = [w.city(), r.chance(0.5) ? w.city() : w.country()] as const;
    const first = { done: false };
    const shout = r.chance(0.35);
    const headFirst = { done: true };
    const head = fill(r.pick(LEADS), w, { name: org.name }, headFirst, other).map((p): Part => {
      const text = typeof p === 'string' ? p.replace(/ \.$/, '') : p.text;
      const shown = shout ? text.toUpperCase() : text;
      return typeof p === 'string' ? shown : { kind: p.kind, text: shown };
    });
    const body: Part[] = [...fill(r.pick(LEADS), w, org, first, other), ' '];
    const sentences = r.int(3, 6);
    for (let s = 0; s < sentences; s++)
      body.push(...fill(r.pick(MORE), w, org, first, other), s % 3 === 2 ? '\n\n' : ' ');
    docs.push(renderDoc(`actor-${seed}-${k}`, head, body, r.chance(0.3)));
  }
  return docs;
}
