import type { Label, Pair, Side } from './kit.ts';
import { fixed, int, pairMaker, prng, side } from './kit.ts';

export const split = 'heldout-2' as const;

export function pair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split)(id, a, b, note, label);
}

// The second held-out part, continued: air quality, floods, typhoons, obituaries, IPOs, squads, prose.
export function airQuality(): Pair[] {
  const bulletin = (date: string, aqi: number, category: string, pm: number, worst: string) =>
    side(
      'pti-environment',
      `delhi-aqi-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `Delhi's air quality '${category}' with AQI at ${aqi}`,
      `NEW DELHI, ${date} (PTI) - Delhi's air quality remained in the '${category}' category on ${date.startsWith('Nov 4') ? 'Tuesday' : 'Wednesday'} with the Air Quality Index (AQI) at ${aqi} at 9 am, according to the Central Pollution Control Board (CPCB).\n\nThe PM2.5 concentration was ${pm} micrograms per cubic metre. ${worst} recorded the highest reading in the city.\n\nAn AQI between 0 and 50 is considered 'good', 51 and 100 'satisfactory', 101 and 200 'moderate', 201 and 300 'poor', 301 and 400 'very poor', and 401 and 500 'severe'.`,
    );
  const a = bulletin('Nov 4', 309, 'very poor', 171, 'Anand Vihar');
  const b = bulletin('Nov 5', 282, 'poor', 138, 'Wazirpur');
  const copy = side(
    'hindustan-news',
    'delhi-aqi-very-poor',
    'Delhi wakes up to very poor air, AQI 309',
    `${a.body.replace(/^NEW DELHI, Nov 4 \(PTI\) - /, '')}\n\n(With inputs from PTI)`,
  );
  const noida = side(
    'pti-environment',
    'noida-aqi-nov-4',
    "Noida's air quality 'poor' with AQI at 264",
    a.body
      .replace(
        "Delhi's air quality remained in the 'very poor'",
        "Noida's air quality remained in the 'poor'",
      )
      .replace('at 309 at 9 am', 'at 264 at 9 am')
      .replace('was 171 micrograms', 'was 122 micrograms')
      .replace(
        'Anand Vihar recorded the highest reading in the city',
        'Sector 62 recorded the highest reading in the city',
      ),
  );
  return [
    pair(
      'h2-aqi-two-days',
      'air-quality',
      a,
      b,
      'daily AQI bulletin: constant scale paragraph, the day’s figures',
    ),
    pair(
      'h2-aqi-two-cities',
      'air-quality',
      a,
      noida,
      'the same bulletin for another city on the same morning',
    ),
    pair('h2-aqi-copy', 'air-quality', a, copy, 'the bulletin reprinted with an inputs credit', 'duplicate'),
  ];
}

export function floods(): Pair[] {
  const gauge = (river: string, town: string, level: number, danger: number, trend: string, date: string) =>
    side(
      'ians-news',
      `${river.toLowerCase()}-level-${town.toLowerCase()}`,
      `${river} flows ${level > danger ? 'above' : 'below'} danger mark at ${town}`,
      `GUWAHATI, ${date} (IANS) - The ${river} was flowing ${level > danger ? 'above' : 'below'} the danger level at ${town} on Thursday, with the water level at ${fixed(level, 2)} metres against the danger mark of ${fixed(danger, 2)} metres, the Central Water Commission said.\n\nThe river was ${trend}, the commission said in its morning bulletin. The Assam State Disaster Management Authority said relief camps had been opened in the affected districts.`,
    );
  return [
    pair(
      'h2-flood-two-rivers',
      'flood-bulletins',
      gauge('Brahmaputra', 'Neamatighat', 86.1, 85.04, 'rising', 'July 3'),
      gauge('Jia Bharali', 'NT Road Crossing', 77.9, 77.0, 'steady', 'July 3'),
      'two river gauges in one morning bulletin template',
    ),
  ];
}

export function typhoons(): Pair[] {
  const bulletin = (
    name: string,
    no: number,
    lat: number,
    lon: number,
    hpa: number,
    kt: number,
    date: string,
  ) =>
    side(
      'kyodo-news',
      `typhoon-${name.toLowerCase()}-${no}`,
      `Typhoon ${name} (No. ${no}) moving ${lon > 130 ? 'north' : 'northwest'} toward Okinawa`,
      `TOKYO, ${date} Kyodo - Typhoon ${name}, the ${no}${no % 10 === 1 && no !== 11 ? 'st' : no % 10 === 2 && no !== 12 ? 'nd' : no % 10 === 3 && no !== 13 ? 'rd' : 'th'} of the season, was located near latitude ${fixed(lat, 1)} north about ${int(prng(name), 200, 500)} kilometers ${lon > 130 ? 'south' : 'southeast'} of Okinawa at 9 a.m. on Monday, moving ${lon > 130 ? 'north' : 'northwest'} at 20 kph, the Japan Meteorological Agency said.\n\nThe typhoon had an atmospheric pressure of ${hpa} hectopascals at its center and was packing winds of up to ${kt} kph near its center, the agency said.\n\nThe agency warned of high waves, landslides and flooding in low-lying areas.`,
    );
  const a = bulletin('Kong-rey', 21, 20.8, 128.5, 930, 216, 'Oct. 28');
  return [
    pair(
      'h2-typhoon-same-storm-later',
      'typhoons',
      a,
      side(
        'kyodo-news',
        'typhoon-kong-rey-21-pm',
        'Typhoon Kong-rey (No. 21) nears Okinawa, strengthens',
        a.body
          .replace('at 9 a.m. on Monday', 'at 3 p.m. on Monday')
          .replace('latitude 20.8', 'latitude 21.6')
          .replace(/about \d+ kilometers/, 'about 180 kilometers')
          .replace('930 hectopascals', '925 hectopascals')
          .replace('216 kph', '234 kph'),
      ),
      'one storm six hours later: position, pressure and winds updated in the same sentences',
    ),
    pair(
      'h2-typhoon-two-storms',
      'typhoons',
      a,
      bulletin('Yinxing', 24, 18.2, 131.4, 960, 162, 'Nov. 11'),
      'two typhoons in one agency template',
    ),
    pair(
      'h2-typhoon-copy',
      'typhoons',
      a,
      side(
        'japantoday-national',
        'typhoon-kong-rey-okinawa',
        'Powerful typhoon heads for Okinawa',
        a.body.replace(/^TOKYO, [^-]+- /, '').concat('\n\nFlights to and from Naha were canceled.'),
      ),
      'the bulletin reprinted without the dateline, with an added line',
      'duplicate',
    ),
  ];
}

export function obituaries(): Pair[] {
  const obit = (name: string, age: number, known: string, place: string, day: string, family: string) =>
    side(
      'pa-news',
      `obituary-${name.toLowerCase().replace(/\W+/g, '-')}`,
      `${name}, ${known}, dies aged ${age}`,
      `LONDON (PA) - ${name}, ${known}, has died at the age of ${age}, ${family} said.\n\nThe ${known.split(' ').slice(-1)[0]} died peacefully at ${place} on ${day}, surrounded by family, a statement said.\n\n"We are heartbroken to announce the passing of our beloved ${name.split(' ')[0]}," the statement said. "We ask for privacy at this difficult time."\n\nTributes were led by colleagues who described a generous and funny friend.`,
    );
  const a = obit(
    'Margaret Hollis',
    84,
    'the stage and screen actor',
    'her home in Bath',
    'Saturday',
    'her family',
  );
  return [
    pair(
      'h2-obituaries-two-people',
      'obituaries',
      a,
      obit('Derek Palmer', 79, 'the former BBC newsreader', 'a hospice in Kent', 'Sunday', 'his agent'),
      'two deaths in one statement template',
    ),
    pair(
      'h2-obituary-copy',
      'obituaries',
      a,
      side(
        'bathchronicle',
        'margaret-hollis-dies',
        'Bath actor Margaret Hollis dies aged 84',
        a.body.replace('LONDON (PA) - ', '').concat('\n\nShe lived in the city for more than 40 years.'),
      ),
      'the obituary reprinted by a local paper with a line of its own',
      'duplicate',
    ),
  ];
}

export function ipos(): Pair[] {
  const ipo = (
    company: string,
    ticker: string,
    price: number,
    low: number,
    high: number,
    shares: number,
    exchange: string,
  ) =>
    side(
      'reuters-business',
      `${ticker.toLowerCase()}-ipo-prices`,
      `${company} prices IPO at $${price} per share`,
      `NEW YORK (Reuters) - ${company} priced its initial public offering at $${price} per share on Wednesday, ${price > high ? 'above' : price < low ? 'below' : 'within'} its marketed range of $${low} to $${high}, raising $${fixed((price * shares) / 1000, 2)} billion.\n\nThe company sold ${shares} million shares, and is set to begin trading on the ${exchange} on Thursday under the ticker symbol "${ticker}".\n\nGoldman Sachs, Morgan Stanley and J.P. Morgan are the lead underwriters for the offering.`,
    );
  const a = ipo('Northwind Logistics', 'NWLG', 24, 20, 23, 30, 'Nasdaq');
  const terms = side(
    'reuters-business',
    'nwlg-ipo-terms',
    'Northwind Logistics seeks up to $690 million in US IPO',
    'NEW YORK (Reuters) - Northwind Logistics is seeking to raise up to $690 million in its initial public offering, the company said on Monday, marketing 30 million shares at $20 to $23 each.\n\nThe company is set to begin trading on the Nasdaq under the ticker symbol "NWLG".\n\nGoldman Sachs, Morgan Stanley and J.P. Morgan are the lead underwriters for the offering.',
  );
  return [
    pair(
      'h2-ipo-terms-vs-pricing',
      'ipos',
      terms,
      a,
      'one IPO: the terms on Monday, the pricing on Wednesday',
    ),
    pair(
      'h2-ipo-two-companies',
      'ipos',
      a,
      ipo('Bluefin Payments', 'BFPY', 18, 17, 19, 45, 'New York Stock Exchange'),
      'two IPO pricings in one template',
    ),
    pair(
      'h2-ipo-copy',
      'ipos',
      a,
      side(
        'marketscreener',
        'northwind-ipo-priced',
        'Northwind Logistics raises $720 million in US IPO',
        a.body
          .replace(/^NEW YORK \(Reuters\) - /, '')
          .concat('\n\n(Reporting by Echo Wang; Editing by Shinjini Ganguli)'),
      ),
      'the pricing story reprinted with the credit line',
      'duplicate',
    ),
  ];
}

export function squads(): Pair[] {
  const squad = (opponent: string, venue: string, date: string, names: string[]) =>
    side(
      'pti-sports',
      `india-squad-${opponent.toLowerCase().replace(/\W+/g, '-')}`,
      `India name squad for ${opponent} Tests`,
      `MUMBAI, ${date} (PTI) - India on Saturday named the following squad for the two-match Test series against ${opponent}, starting in ${venue}:\n\n${names.join(', ')}.`,
    );
  const base = [
    'Shubman Gill (captain)',
    'Rishabh Pant (vice-captain)',
    'Yashasvi Jaiswal',
    'KL Rahul',
    'Sai Sudharsan',
    'Devdutt Padikkal',
    'Dhruv Jurel',
    'Ravindra Jadeja',
    'Washington Sundar',
    'Jasprit Bumrah',
    'Mohammed Siraj',
    'Kuldeep Yadav',
    'Akash Deep',
  ];
  const other = [
    ...base.slice(0, 5),
    'Nitish Kumar Reddy',
    ...base.slice(6, 11),
    'Axar Patel',
    'Prasidh Krishna',
  ];
  return [
    pair(
      'h2-squads-two-series',
      'squads',
      squad('West Indies', 'Ahmedabad', 'Sept 27', base),
      squad('South Africa', 'Kolkata', 'Nov 1', other),
      'two squad announcements five weeks apart: two changes, another opponent',
    ),
  ];
}

// Two ordinary stories edited by the outlets that reprint them.
export function prose(): Pair[] {
  const original = `SYDNEY, Nov 18 (Reuters) - Australia's central bank was in no hurry to cut interest rates again as inflation had proved stickier than expected and the labour market remained tight, minutes of its November policy meeting showed on Tuesday.

The Reserve Bank of Australia (RBA) held its cash rate at 3.60% this month, and said the board would need more evidence that inflation was returning sustainably to target before easing further.

Members noted that the recent rise in underlying inflation, to 3.0% in the third quarter, was larger than they had forecast, partly because of higher prices for housing and market services.

The unemployment rate rose to 4.5% in September, but members judged that the labour market was still a little tight, the minutes showed.

Markets have scaled back bets on a cut early next year, and now see only a 30% chance of a move by February.

(Reporting by Stella Qiu; Editing by Sam Holmes)`;
  const copy = `The Reserve Bank of Australia is in no rush to lower rates again, with minutes of its November meeting showing the board wants more evidence that inflation is returning sustainably to target.

The Reserve Bank of Australia (RBA) held its cash rate at 3.60% this month.

Members noted that the recent rise in underlying inflation, to 3.0% in the third quarter, was larger than they had forecast, partly because of higher prices for housing and market services.

The unemployment rate rose to 4.5 per cent in September, but members judged that the labour market was still a little tight, the minutes showed.

Home prices in Sydney and Melbourne hit new records in October, adding to the board's worries.

Markets have scaled back bets on a cut early next year, and now see only a 30 per cent chance of a move by February.

- Reuters`;
  const court = `PARIS, Nov 19 (AFP) - A French court on Wednesday sentenced a former mayor of a village in the Alps to three years in prison, two of them suspended, for taking bribes from a property developer in exchange for building permits.

Jean-Marc Vial, 67, who ran Saint-Bernard-des-Neiges for 18 years, was also barred from public office for five years and fined 50,000 euros by the court in Grenoble.

Prosecutors said Vial had received more than 200,000 euros in cash and a chalet renovation between 2015 and 2021.

The developer, Alpes Habitat, was fined 300,000 euros. Its former director received an 18-month suspended sentence.

Vial's lawyer said his client would appeal.`;
  const courtCopy = `A former Alpine village mayor has been jailed for taking bribes from a developer in return for building permits, a court in Grenoble ruled on Wednesday.

Jean-Marc Vial, 67, who ran Saint-Bernard-des-Neiges for 18 years, was sentenced to three years in prison, two of them suspended. He was also barred from public office for five years and fined 50,000 euros.

Prosecutors said Vial had received more than 200,000 euros in cash and a chalet renovation between 2015 and 2021.

The developer, Alpes Habitat, was fined 300,000 euros. Its former director received an 18-month suspended sentence.

(AFP)`;
  return [
    pair(
      'h2-copy-rba-minutes',
      'prose-copies-2',
      side(
        'reuters-markets',
        'rba-minutes-nov',
        'RBA in no hurry to cut again as inflation sticky, minutes show',
        original,
      ),
      side('abc-au-business', 'rba-no-rush', 'RBA in no rush to cut rates: minutes', copy),
      'lead rewritten, one paragraph cut short, "per cent" spelling, a local paragraph added, credit swapped',
      'duplicate',
    ),
    pair(
      'h2-copy-mayor',
      'prose-copies-2',
      side('afp-world', 'french-mayor-bribes', 'Former French Alpine mayor jailed for bribes', court),
      side(
        'connexion-fr',
        'alpine-mayor-jailed',
        'Alpine mayor jailed over building permit bribes',
        courtCopy,
      ),
      'lead rewritten and split, last paragraph cut, a credit added',
      'duplicate',
    ),
  ];
}
