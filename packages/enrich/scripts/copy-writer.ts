import { readFileSync } from 'node:fs';
import { COUNTRIES } from '../src/data/countries.ts';
import { DEMONYMS } from '../src/data/demonyms.ts';
import {
  CLUB_CITIES,
  COMPANY_HEADS,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  DAYS,
  FAKERS,
  MONTHS,
  NOT_NAMES,
  REAL_COMPANIES,
} from './wire-names.ts';

// The written copy's machinery: a seeded random source, the writer that records each name as it
// writes it, datelines, and filler sentences with capitalised words that are no names.

export type Kind = 'person' | 'org' | 'place';
export type Part = string | { kind: Kind; text: string };

export function filler(w: Writer): void {
  const r = w.r;
  const pick = (k: keyof typeof NOT_NAMES) => r.pick(NOT_NAMES[k]);
  switch (r.int(0, 9)) {
    case 0:
      w.t(`The ${pick('event')} ${r.pick(['will be held in', 'opened in', 'ended in', 'drew crowds to'])} `)
        .e('place', w.city())
        .t(' .\n\n');
      break;
    case 1:
      w.t(
        `${r.pick(['Under the', 'The', 'Critics of the'])} ${pick('law')} ${r.pick(['was signed in', 'came into force in', 'has been in place since'])} ${r.int(1950, 1996)} .\n\n`,
      );
      break;
    case 2:
      w.t(
        `${r.pick(['Like', 'Unlike', 'As in'])} ${pick('work')} , ${r.pick(['the story', 'the case', 'the book'])} ${r.pick(['divided critics', 'sold well', 'was banned'])} .\n\n`,
      );
      break;
    case 3:
      w.t(
        `${r.pick(['He', 'She', 'The winner'])} ${r.pick(['won the', 'was nominated for the', 'received an'])} ${pick('award')} in ${r.int(1960, 1996)} .\n\n`,
      );
      break;
    case 4:
      w.t(
        `${pick('faith')} ${r.pick(['leaders', 'groups', 'voters', 'pilgrims'])} ${r.pick(['welcomed', 'criticised', 'ignored'])} the ${r.pick(['plan', 'decision', 'ruling'])} .\n\n`,
      );
      break;
    case 5:
      w.t(`${pick('heading')}\n\n`);
      break;
    case 6:
      w.t(
        `${r.pick(['Sales of the', 'Demand for the', 'Use of the'])} ${pick('thing')} ${r.pick(['rose', 'fell', 'grew'])} in ${r.pick(['the first quarter', 'December', '1996'])} , ${r.pick(['Analysts', 'Officials', 'Experts'])} said .\n\n`,
      );
      break;
    case 7:
      w.t(
        `${r.pick(['Analysts', 'Officials', 'Dealers', 'Traders', 'Witnesses', 'Forecasters', 'Economists', 'Residents', 'Doctors', 'Police'])} ${r.pick(['said', 'expect', 'warned', 'reported'])} ${r.pick(['more rain', 'higher prices', 'no change', 'further delays'])} ${r.pick(['on Monday', 'this week', 'in coming days'])} .\n\n`,
      );
      break;
    case 8:
      w.t(`${caps(pick('heading'))} - ${caps(pick('event'))}\n`);
      break;
    default:
      w.t(
        `${r.pick(['A', 'The'])} ${r.pick(COUNTRY_ADJ)} ${r.pick(['delegation', 'minister', 'team', 'company', 'newspaper'])} ${r.pick(['said', 'arrived', 'protested'])} ${r.pick(['on Friday', 'late on Tuesday', 'last week'])} .\n\n`,
      );
  }
}

// ---------------------------------------------------------------------------------------------

export class Random {
  s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export const COUNTRY_NAMES = COUNTRIES.map((c) => c.name).filter(
  (n) => !n.includes(' and ') && n.length < 20,
);
export const WIRE_COUNTRIES =
  `United States|U.S.|Britain|France|Germany|Italy|Spain|Japan|China|Russia|India|Pakistan|Australia|Canada|Brazil|Argentina|Mexico|South Africa|Nigeria|Kenya|Egypt|Israel|Iran|Iraq|Turkey|Greece|Poland|Hungary|Romania|Bulgaria|Ukraine|Sweden|Norway|Denmark|Finland|Netherlands|Belgium|Switzerland|Austria|Portugal|Ireland|Scotland|England|Wales|New Zealand|Sri Lanka|Zimbabwe|Indonesia|Malaysia|Singapore|Thailand|Philippines|Vietnam|South Korea|North Korea|Taiwan|Hong Kong|Chile|Peru|Colombia|Venezuela|Uruguay|Bosnia|Croatia|Serbia|Yugoslavia|Slovakia|Czech Republic|Belarus|Kazakhstan|Algeria|Morocco|Tunisia|Saudi Arabia|Syria|Lebanon|Jordan|Zaire|Rwanda|Burundi|Uganda|Ethiopia|Sudan|Angola|Ghana|Senegal|Cameroon|Ivory Coast|Cuba|Haiti|Jamaica|Albania|Macedonia|Cyprus|Slovenia|Latvia|Lithuania|Estonia|Georgia|Armenia|Azerbaijan|Afghanistan|Bangladesh|Nepal|Burma|Cambodia|Mongolia|Libya|Kuwait|Qatar|Bahrain|Oman|Yemen|UAE|Ecuador|Bolivia|Paraguay`.split(
    '|',
  );
export const COUNTRY_ADJ = Object.entries(DEMONYMS)
  .filter(([d]) => /an$|ish$|ese$|ian$|ch$|i$/.test(d))
  .map(([d]) => d);

export interface Cities {
  big: string[];
  us: string[];
}
let citiesCache: Cities | undefined;
/** Cities of the gazetteer's data to draw from: 200,000+ inhabitants anywhere, 50,000+ in the US. */
export function cities(
  loadTsv: () => string = () => readFileSync(new URL('../src/data/cities.tsv', import.meta.url), 'utf8'),
): Cities {
  if (citiesCache !== undefined) return citiesCache;
  const big: string[] = [];
  const us: string[] = [];
  for (const line of loadTsv().split('\n')) {
    const [, name, cc, , , , pop] = line.split('\t');
    if (name === undefined || pop === undefined || !/^[A-Za-z .'-]+$/.test(name)) continue;
    if (Number(pop) >= 200_000) big.push(name);
    if (cc === 'US' && Number(pop) >= 50_000) us.push(name);
  }
  citiesCache = { big, us };
  return citiesCache;
}

/** One document being written: parts of text and names; shared draws (the story's people, clubs). */
export class Writer {
  parts: Part[] = [];
  readonly r: Random;
  readonly places: Cities;
  constructor(r: Random, places: Cities) {
    this.r = r;
    this.places = places;
  }
  t(text: string): this {
    this.parts.push(text);
    return this;
  }
  e(kind: Kind, text: string): this {
    this.parts.push({ kind, text });
    return this;
  }
  // Names --------------------------------------------------------------------------------------
  person(): { full: string; sur: string; first: string } {
    const f = this.r.pick(FAKERS);
    f.seed(this.r.int(1, 2 ** 30));
    const first = f.person.firstName().replace(/\s.*/, '');
    let sur = f.person.lastName();
    if (this.r.chance(0.05)) sur = `${sur}-${f.person.lastName()}`;
    if (!/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?$/u.test(first) || !/^[\p{Lu}][\p{L}' -]+$/u.test(sur))
      return { full: 'Peter Lang', sur: 'Lang', first: 'Peter' };
    const full = this.r.chance(0.08)
      ? `${first} ${f.person.firstName().charAt(0)}. ${sur}`
      : `${first} ${sur}`;
    return { full, sur, first };
  }
  city(): string {
    // Cities that also name clubs ("Liverpool", "Boston") are often just cities: the tagger must
    // learn the difference from the context, not from the name.
    if (this.r.chance(0.2)) return this.r.pick(CLUB_CITIES);
    return this.r.chance(0.3) ? this.r.pick(this.places.us) : this.r.pick(this.places.big);
  }
  country(): string {
    return this.r.chance(0.8) ? this.r.pick(WIRE_COUNTRIES) : this.r.pick(COUNTRY_NAMES);
  }
  company(): string {
    const r = this.r;
    const x = r.next();
    if (x < 0.35) return r.pick(REAL_COMPANIES);
    if (x < 0.55) return `${r.pick(COMPANY_WORDS)} ${r.pick(COMPANY_HEADS)}`;
    if (x < 0.75) {
      const p = this.person();
      return `${p.sur} ${r.pick(COMPANY_HEADS)}`;
    }
    if (x < 0.9) return `${this.city()} ${r.pick(COMPANY_HEADS)}`;
    const f = r.pick(FAKERS);
    return f.person.lastName();
  }
  companyFull(name: string): string {
    return this.r.chance(0.4) ? `${name} ${this.r.pick(COMPANY_SUFFIXES)}` : name;
  }
  day(): string {
    return this.r.pick(DAYS);
  }
  n(lo: number, hi: number): string {
    return String(this.r.int(lo, hi));
  }
  date(): string {
    return `1996-${String(this.r.int(8, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }
}

export function caps(s: string): string {
  return s.toUpperCase();
}

// A dateline in one of the forms agencies use, as its own line or opening the first paragraph.
export function dateline(w: Writer, place: string, region?: string): void {
  const r = w.r;
  const form = r.int(0, 4);
  const where = (upper: boolean) => {
    w.e('place', upper ? caps(place) : place);
    if (region !== undefined) w.t(upper || r.chance(0.5) ? ', ' : ' , ').e('place', region);
  };
  if (form <= 1) {
    where(true);
    w.t(` ${w.date()}${form === 0 ? '\n\n' : ' - '}`);
  } else if (form === 2) {
    where(true);
    w.t(`, ${r.pick(MONTHS)} ${r.int(1, 28)} (`)
      .e('org', 'Reuters')
      .t(') - ');
  } else if (form === 3) {
    where(true);
    w.t(' (')
      .e('org', r.pick(['Reuters', 'AFP', 'AP']))
      .t(') - ');
  } else {
    where(true);
    w.t(` ${w.date()}\n\n`);
  }
}
