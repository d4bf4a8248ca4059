import { describe, expect, it } from 'vitest';
import { storyOf } from './__fixtures__/stories.ts';
import { enrichStory } from './index.ts';
import { findNames, MAX_TAGGED_TOKENS } from './names.ts';

// What the trained tagger has to handle on agency copy (issue 13). The stories are written for
// these tests; none is taken from an agency or a corpus.
const enrich = (headline: string, text: string, datelinePlace?: string) =>
  enrichStory(storyOf({ headline, text, ...(datelinePlace === undefined ? {} : { datelinePlace }) }))
    .enrichment;
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

describe('the entity tagger on agency copy', () => {
  it('finds people named without any cue word, in a line-up', () => {
    const e = enrich(
      'Soccer - Hungary name squad for Malta trip',
      "BUDAPEST 1996-12-05 - Hungary named the following squad on Thursday for next week's World Cup qualifier against Malta:\n" +
        'Goalkeepers: Gabor Kiraly, Zsolt Petry. Defenders: Janos Banfi, Tamas Sebok, Attila Pinter.\n' +
        'Forwards: Ferenc Horvath, Krisztian Lisztes.',
    );
    expect(names(e.people)).toEqual(
      expect.arrayContaining([
        'Gabor Kiraly',
        'Zsolt Petry',
        'Janos Banfi',
        'Ferenc Horvath',
        'Krisztian Lisztes',
      ]),
    );
    expect(names(e.places)).toEqual(expect.arrayContaining(['Budapest', 'Hungary', 'Malta']));
  });

  it('reads an ALL-CAPS headline and dateline', () => {
    const e = enrich(
      "SKIING - NORWAY'S AAMODT WINS SUPER-G IN VAL D'ISERE",
      "LILLEHAMMER 1996-12-07 - Kjetil Andre Aamodt of Norway won a World Cup super-G on Saturday, beating Austria's Hermann Maier by a tenth of a second. Aamodt said the snow was fast.",
    );
    expect(e.people).toContainEqual({ name: 'Kjetil Andre Aamodt', mentions: 3 });
    expect(names(e.places)).toEqual(expect.arrayContaining(['Norway', 'Lillehammer', 'Austria']));
  });

  it("starts a person's name after a possessive, the name before it a place or an organisation", () => {
    const e = enrich(
      'Downhill',
      "Austria's Hermann Maier won the race on Saturday. Maier said the snow was fast. Labour's John Smith watched.",
    );
    expect(names(e.people)).toEqual(expect.arrayContaining(['Hermann Maier', 'John Smith']));
    expect(names(e.people)).not.toContain("Austria's Hermann Maier");
    expect(names(e.places)).toContain('Austria');
  });

  it('takes clubs in a results table for organisations, and the countries of a medals table for places', () => {
    const e = enrich(
      'SOCCER - ENGLISH LEAGUE RESULTS',
      'LONDON 1996-12-07 - Results of English league matches on Saturday:\nBarnsley 3 Port Vale 0\nBolton 2 Norwich 1\nSwindon 1 Oxford 1\n\n' +
        'Medals table after Saturday:\nGermany 4 2 1\nNorway 3 3 0\nItaly 1 2 2',
    );
    expect(names(e.organisations)).toEqual(
      expect.arrayContaining(['Barnsley', 'Port Vale', 'Bolton', 'Norwich', 'Swindon', 'Oxford']),
    );
    expect(names(e.places)).toEqual(expect.arrayContaining(['London', 'Germany', 'Norway', 'Italy']));
    expect(names(e.places)).not.toContain('Barnsley');
  });

  it('reads a standings table in capitals', () => {
    const e = enrich(
      "NHL ICE HOCKEY - STANDINGS AFTER FRIDAY'S GAMES",
      'NEW YORK 1996-12-07 - Standings of National Hockey League teams after games played on Friday (tabulate under won, lost, tied, points):\n' +
        'NORTHEAST DIVISION\nW L T PTS\nBOSTON 12 9 4 28\nBUFFALO 13 12 1 27\nMONTREAL 11 14 3 25\nPITTSBURGH 10 12 4 24',
    );
    expect(names(e.organisations).map((n) => n.toUpperCase())).toEqual(
      expect.arrayContaining(['BOSTON', 'BUFFALO', 'MONTREAL', 'PITTSBURGH']),
    );
    expect(names(e.places)).toContain('New York');
  });

  it('counts a surname after the full name as mentions of one person', () => {
    const e = enrich(
      'Opposition leader held',
      "Police detained opposition leader Vuk Petrovic on Friday. Petrovic's lawyer said Petrovic would appeal.",
    );
    expect(e.people).toEqual([{ name: 'Vuk Petrovic', mentions: 3 }]);
  });

  it('decides by context whether a city name is the club or the city', () => {
    const sport = enrich(
      'Liverpool beat Chelsea to go top',
      'Liverpool beat Chelsea 2-1 on Sunday, the striker scoring twice. Chelsea coach Enzo Maresca said his players lacked sharpness.',
    );
    expect(names(sport.organisations)).toEqual(expect.arrayContaining(['Liverpool', 'Chelsea']));
    const city = enrich(
      'Port traffic grows',
      'Shipping through Liverpool grew 4% as the city expanded its docks.',
    );
    expect(names(city.places)).toContain('Liverpool');
    expect(names(city.organisations)).not.toContain('Liverpool');
  });

  it('takes agencies and government bodies for organisations when they act', () => {
    const e = enrich(
      'USDA cuts wheat estimate',
      'WASHINGTON 1996-12-06 - The USDA on Friday cut its estimate of the wheat crop, and Reuters reported that exporters were cautious. The Finance Ministry said it would not intervene, and the Bundesbank declined to comment.',
    );
    expect(names(e.organisations)).toEqual(
      expect.arrayContaining(['USDA', 'Reuters', 'Finance Ministry', 'Bundesbank']),
    );
  });

  it('keeps a hyphenated given name whole ("Leung Che-cheung", "Kim Jong-un"), and stops before "based"', () => {
    const e = enrich(
      'Hong Kong lawmakers sworn in',
      'HONG KONG 1996-12-06 - Lawmakers Leung Che-cheung and Kwok Wai-keung were sworn in on Friday, while North Korean leader Kim Jong-un sent a message. Leung Che-cheung said the Tokyo-based broker agreed.',
    );
    expect(names(e.people)).toEqual(
      expect.arrayContaining(['Leung Che-cheung', 'Kwok Wai-keung', 'Kim Jong-un']),
    );
    expect(names(e.people)).not.toContain('Leung Che');
    expect([...names(e.places), ...names(e.organisations)]).not.toContain('Tokyo-based');
  });

  it('takes an airport, a boulevard or a province for a place, not an organisation', () => {
    const e = enrich(
      'Flights resume',
      'Flights resumed at Isfahan International Airport on Friday, and traffic returned to Chaharbagh Boulevard, officials of Isfahan Province said.',
    );
    expect(names(e.places)).toEqual(
      expect.arrayContaining(['Isfahan International Airport', 'Chaharbagh Boulevard']),
    );
    expect(names(e.organisations)).not.toContain('Isfahan International Airport');
    expect(names(e.organisations)).not.toContain('Chaharbagh Boulevard');
  });

  it('takes a name ending in a word for a building for a place, but not a person whose family name is one', () => {
    const e = enrich(
      'Restorers finish work on Isfahan mosque',
      "ISFAHAN, Iran - Restorers have finished work on the tiled dome of the Hakim Mosque, the city's oldest, after four years. Visitors queued at the Hakim Mosque on Friday. Architect Jeremy Hall, who led the work, said the tiles were made by hand. Hall said the dome would be lit at night.",
    );
    expect(names(e.places)).toContain('Hakim Mosque');
    expect(names(e.people)).not.toContain('Hakim Mosque');
    expect(e.people).toContainEqual({ name: 'Jeremy Hall', mentions: 2 });
  });

  it("keeps the text's form of a place in the name, the canonical place in the URI and country code", () => {
    const e = enrich(
      'Britain and U.S. agree trade deal',
      'LONDON 1996-12-06 - Britain and the U.S. agreed a trade deal on Friday, officials in London said.',
    );
    const britain = e.places.find((p) => p.name === 'Britain');
    const us = e.places.find((p) => p.name === 'U.S.');
    expect(britain).toMatchObject({ countryCode: 'GB', uri: 'https://sws.geonames.org/2635167/' });
    expect(us).toMatchObject({ countryCode: 'US', uri: 'https://sws.geonames.org/6252001/' });
  });
});

describe('findNames', () => {
  it('gives no people or organisations in another language, and bounds the work on a huge story', () => {
    expect(
      findNames({ headline: 'x', text: 'Le président Emmanuel Macron a parlé.', language: 'fr' }),
    ).toMatchObject({
      people: [],
      organisations: [],
    });
    // Past MAX_TAGGED_TOKENS the tagger reads nothing more: a name far down a huge text is not found.
    const filler = 'and the talks went on. '.repeat(Math.ceil(MAX_TAGGED_TOKENS / 5));
    const found = findNames({
      headline: 'Talks',
      text: `${filler} Minister Ama Owusu spoke to Zorblax Quentavio.`,
    });
    expect(names(found.people)).not.toContain('Zorblax Quentavio');
  });
});
