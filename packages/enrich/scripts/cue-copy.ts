// Copy written for training the entity tagger on the contexts that say a name is an organisation
// or a place when the name itself is unknown: organisations whose last word is an organisation
// word ("Tarvelo Authority", "Quennix Holdings plc", "Ministry of Tarvelo Affairs") or no word at
// all, acting as organisations act ("X said in a statement", "X shares fell", "X's board",
// "a subsidiary of X") and defined by an acronym either way ("Quennix Energy Commission (QEC)",
// "QEC (Quennix Energy Commission)"); places after the words that introduce places ("in", "near",
// "from", "X-based", "X province", "the northern state of X"). Most names are invented words, so
// that only the sentence tells their kind. Hand-written frames; deterministic for a seed.
import { pseudo } from './context-copy.ts';
import type { LabelledDoc } from './entity-training.ts';
import type { Part } from './wire-copy.ts';
import { cities, Random, renderDoc, Writer } from './wire-copy.ts';

const ORG_WORDS =
  `Authority Commission Federation Tribunal Bureau Ministry Agency Council Exchange Airlines Motors
  Holdings Group Bank Corp Inc plc AG SA NV Board Institute Foundation Association Union Party
  Trust Fund Partners Capital Resources Mining Telecom`.split(/\s+/);
const ORG_MIDDLES = [
  'Energy',
  'Securities',
  'Water',
  'Port',
  'Transport',
  'Stock',
  'Civil Aviation',
  'Competition',
];
const MINISTRY_OF = ['Finance', 'Foreign Affairs', 'Health', 'Energy', 'Trade', 'Interior', 'Mines'];
const REGION_WORDS = ['province', 'state', 'region', 'district', 'county'];

interface Org {
  full: string;
  acronym: string;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

function org(w: Writer): Org {
  const r = w.r;
  const x = r.next();
  let full: string;
  if (x < 0.45) full = `${pseudo(r)} ${r.pick(ORG_WORDS)}`;
  else if (x < 0.7)
    full = `${r.pick([pseudo(r), w.country(), w.city()])} ${r.pick(ORG_MIDDLES)} ${r.pick(ORG_WORDS)}`;
  else if (x < 0.8) full = `Ministry of ${r.pick(MINISTRY_OF)}`;
  else if (x < 0.9) full = pseudo(r);
  else full = w.company();
  return { full, acronym: initials(full) };
}

function place(w: Writer): string {
  const r = w.r;
  const x = r.next();
  return x < 0.4 ? w.city() : x < 0.55 ? w.country() : pseudo(r);
}

// {O} an organisation, {A} its acronym defined ("Name (ACR)" or "ACR (Name)"), {L} a place,
// {R} a region word, {P} a person, {D} a number.
const FRAMES: readonly string[] = [
  '{O} said in a statement on Tuesday that it would not appeal .',
  '{O} shares fell {D} percent in early trade .',
  "{O}'s board approved the sale on Monday .",
  "The deal was announced by {O}'s chief executive , {P} .",
  '{O} announced a {D} percent rise in profit .',
  '{O} , a subsidiary of {O} , will close its plant in {L} .',
  'A spokeswoman for {O} declined to comment .',
  '{O} was fined {D} million dollars by {O} .',
  '{O} filed for bankruptcy protection last week .',
  'Investors in {O} sold {D} million shares .',
  '{A} said the rules would take effect in {L} next year .',
  'The report by {A} found that prices in {L} rose .',
  '{L}-based {O} said demand was weak .',
  'The attack happened near {L} , {D} km from {L} .',
  'Fighting spread across {L} {R} on Sunday .',
  'Rebels took the town of {L} in the northern {R} of {L} .',
  '{P} , from {L} , was among the dead .',
  'Police in {L} arrested {D} people .',
  'Floods hit {L} {R} , where {D} people were evacuated .',
  'The plane landed at {L} after a flight from {L} .',
  '{P} flew to {L} for talks with {O} .',
  'Exports from {L} to {L} fell {D} percent .',
  '{P} told {O} in {L} that the plan had failed .',
  'Officials of {O} met in {L} on Friday .',
];

function frame(w: Writer, template: string): Part[] {
  const r = w.r;
  const parts: Part[] = [];
  let last = 0;
  const re = /\{([OALRPD])\}/g;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const slot = m[1];
    if (slot === 'O') parts.push({ kind: 'org', text: org(w).full });
    else if (slot === 'A') {
      let o = org(w);
      while (o.acronym.length < 3) o = org(w);
      if (r.chance(0.5))
        parts.push({ kind: 'org', text: o.full }, ' ( ', { kind: 'org', text: o.acronym }, ' )');
      else parts.push({ kind: 'org', text: o.acronym }, ' ( ', { kind: 'org', text: o.full }, ' )');
    } else if (slot === 'L') parts.push({ kind: 'place', text: place(w) });
    else if (slot === 'R') parts.push(r.pick(REGION_WORDS));
    else if (slot === 'P') parts.push({ kind: 'person', text: w.person().full });
    else parts.push(String(r.int(2, 90)));
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** `n` short documents of organisation and place contexts, deterministic for `seed`. */
export function generateCueCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    const w = new Writer(r, places);
    const body: Part[] = [];
    const sentences = r.int(4, 9);
    for (let s = 0; s < sentences; s++) body.push(...frame(w, r.pick(FRAMES)), s % 3 === 2 ? '\n\n' : ' ');
    const head = frame(w, r.pick(FRAMES)).map(
      (p): Part => (typeof p === 'string' ? p.replace(/ \.$/, '') : p),
    );
    docs.push(renderDoc(`cue-${seed}-${k}`, head, body, r.chance(0.3)));
  }
  return docs;
}
