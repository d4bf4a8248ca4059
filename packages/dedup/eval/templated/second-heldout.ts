import type { Pair, Rand } from './kit.ts';
import { fixed, int, prng, side } from './kit.ts';
import {
  airQuality,
  floods,
  ipos,
  obituaries,
  pair,
  prose,
  squads,
  typhoons,
} from './second-heldout-news.ts';
import { marathons, nfl } from './second-heldout-sports.ts';

// The second held-out part: written after the first held-out part had been read once (at 6ec7460),
// and before the change its two misses prompted, so that change is measured on text it never saw.
// New families only: economic releases, auctions, American sports, marathons, bulletins, obituaries.

function joblessClaims(): Pair[] {
  const release = (
    week: string,
    date: string,
    claims: number,
    prior: number,
    avg: number,
    continuing: number,
  ) =>
    side(
      'reuters-economy',
      `us-jobless-claims-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `US weekly jobless claims ${claims < prior ? 'fall' : 'rise'} to ${claims.toLocaleString('en-US')}`,
      `WASHINGTON, ${date} (Reuters) - The number of Americans filing new claims for unemployment benefits ${claims < prior ? 'fell' : 'rose'} last week, the Labor Department said on Thursday.\n\nInitial claims for state unemployment benefits ${claims < prior ? 'dropped' : 'increased'} ${Math.abs(claims - prior).toLocaleString('en-US')} to a seasonally adjusted ${claims.toLocaleString('en-US')} for the week ended ${week}. Economists polled by Reuters had forecast ${(claims + 4_000).toLocaleString('en-US')} claims for the latest week.\n\nThe four-week moving average of claims, considered a better measure of labor market trends as it irons out week-to-week volatility, was ${avg.toLocaleString('en-US')}.\n\nThe number of people receiving benefits after an initial week of aid, a proxy for hiring, was ${continuing.toLocaleString('en-US')} during the week ending ${week.replace(/\d+$/, (d) => String(Number(d) - 7))}.`,
    );
  const a = release('Oct. 18', 'Oct 23', 227_000, 232_000, 229_750, 1_897_000);
  const b = release('Oct. 25', 'Oct 30', 216_000, 228_000, 236_500, 1_862_000);
  const copy = side(
    'usnews-economy',
    'jobless-claims-oct-23',
    'Jobless Claims Dip as Labor Market Holds Steady',
    a.body
      .replace(
        /^WASHINGTON, Oct 23 \(Reuters\) - [^\n]+/,
        'Fewer Americans applied for unemployment benefits last week, a government report showed on Thursday.',
      )
      .concat('\n\n(Reporting by Lucia Mutikani; Editing by Paul Simao)'),
  );
  const c = release('Nov. 1', 'Nov 6', 221_000, 216_000, 230_250, 1_871_000);
  return [
    pair('h2-jobless-two-weeks', 'jobless-claims', a, b, 'weekly claims release, consecutive weeks'),
    pair('h2-jobless-next-week', 'jobless-claims', b, c, 'the next week: claims rose again'),
    pair(
      'h2-jobless-copy',
      'jobless-claims',
      a,
      copy,
      'the release reprinted with a new lead and a credit line',
      'duplicate',
    ),
  ];
}

function inflation(): Pair[] {
  const cpi = (
    country: string,
    city: string,
    month: string,
    date: string,
    rate: number,
    prev: number,
    core: number,
  ) =>
    side(
      'reuters-economy',
      `${country.toLowerCase().replace(/\W+/g, '-')}-cpi-${month.toLowerCase()}`,
      `${country} inflation ${rate > prev ? 'rises' : rate < prev ? 'eases' : 'steady'} to ${fixed(rate, 1)}% in ${month}`,
      `${city.toUpperCase()}, ${date} (Reuters) - ${country}'s annual consumer price inflation ${rate > prev ? 'rose' : 'eased'} to ${fixed(rate, 1)}% in ${month} from ${fixed(prev, 1)}% in the previous month, the statistics office said on ${date.startsWith('Nov') ? 'Tuesday' : 'Wednesday'}.\n\nAnalysts polled by Reuters had expected a rate of ${fixed(rate + 0.1, 1)}%.\n\nCore inflation, which strips out volatile food and energy prices, was ${fixed(core, 1)}%.\n\nThe central bank targets inflation of 2% over the medium term.`,
    );
  return [
    pair(
      'h2-cpi-two-months',
      'inflation',
      cpi('Sweden', 'Stockholm', 'September', 'Oct 14', 0.9, 1.1, 2.7),
      cpi('Sweden', 'Stockholm', 'October', 'Nov 13', 0.9, 0.9, 2.5),
      'one country, two months, the same headline rate',
    ),
    pair(
      'h2-cpi-two-countries',
      'inflation',
      cpi('Norway', 'Oslo', 'October', 'Nov 10', 3.1, 3.6, 3.4),
      cpi('Denmark', 'Copenhagen', 'October', 'Nov 10', 2.2, 2.3, 1.9),
      'two countries, one month, one template',
    ),
  ];
}

function gdp(): Pair[] {
  const release = (country: string, city: string, q: string, qoq: number, yoy: number, date: string) =>
    side(
      'reuters-economy',
      `${country.toLowerCase()}-gdp-${q.toLowerCase()}`,
      `${country}'s economy ${qoq >= 0 ? 'grows' : 'shrinks'} ${fixed(Math.abs(qoq), 1)}% in ${q}`,
      `${city.toUpperCase()}, ${date} (Reuters) - ${country}'s economy ${qoq >= 0 ? 'grew' : 'shrank'} ${fixed(Math.abs(qoq), 1)}% in the ${q} from the previous three months, preliminary data from the statistics office showed on Friday.\n\nCompared with a year earlier, gross domestic product was ${yoy >= 0 ? 'up' : 'down'} ${fixed(Math.abs(yoy), 1)}%.\n\nEconomists polled by Reuters had expected quarterly growth of ${fixed(qoq + 0.1, 1)}%.`,
    );
  return [
    pair(
      'h2-gdp-two-countries',
      'gdp',
      release('Austria', 'Vienna', 'third quarter', 0.1, 0.4, 'Oct 31'),
      release('Belgium', 'Brussels', 'third quarter', 0.3, 1.0, 'Oct 31'),
      'two flash GDP releases of one morning: a very short template',
    ),
  ];
}

function pmi(): Pair[] {
  const release = (
    sector: 'manufacturing' | 'services',
    month: string,
    date: string,
    value: number,
    prev: number,
  ) =>
    side(
      'reuters-economy',
      `china-${sector}-pmi-${month.toLowerCase()}`,
      `China's ${sector} activity ${value >= 50 ? 'expands' : 'shrinks'} in ${month}, private survey shows`,
      `BEIJING, ${date} (Reuters) - China's ${sector} activity ${value >= 50 ? 'expanded' : 'contracted'} in ${month}, a private-sector survey showed, as ${value > prev ? 'new orders picked up' : 'demand softened'}.\n\nThe RatingDog China General ${sector === 'manufacturing' ? 'Manufacturing' : 'Services'} PMI, compiled by S&P Global, ${value > prev ? 'rose' : 'fell'} to ${fixed(value, 1)} from ${fixed(prev, 1)} in the previous month. The 50-point index mark separates growth from contraction.\n\nThe survey came after official data showed the same sector's activity ${value >= 50 ? 'improving' : 'weakening'} for the month.`,
    );
  return [
    pair(
      'h2-pmi-manufacturing-vs-services',
      'pmi',
      release('manufacturing', 'October', 'Nov 3', 50.6, 51.2),
      release('services', 'October', 'Nov 5', 52.6, 52.9),
      'the manufacturing and the services survey of one month: one template, another sector',
    ),
    pair(
      'h2-pmi-two-months',
      'pmi',
      release('manufacturing', 'September', 'Oct 1', 51.2, 50.5),
      release('manufacturing', 'October', 'Nov 3', 50.6, 51.2),
      'one survey, consecutive months',
    ),
  ];
}

function treasuryAuctions(): Pair[] {
  const auction = (
    tenor: string,
    date: string,
    size: number,
    yieldPct: number,
    btc: number,
    indirect: number,
  ) =>
    side(
      'reuters-markets',
      `us-${tenor}-auction-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `US Treasury's $${size} billion ${tenor} note auction draws ${fixed(yieldPct, 3)}%`,
      `NEW YORK, ${date} (Reuters) - The U.S. Treasury Department's $${size} billion auction of ${tenor} notes on ${date.startsWith('Nov 12') ? 'Wednesday' : 'Tuesday'} drew a high yield of ${fixed(yieldPct, 3)}%, ${yieldPct > 4.1 ? 'above' : 'below'} the when-issued yield at the bid deadline.\n\nThe bid-to-cover ratio, a gauge of demand, was ${fixed(btc, 2)}. Indirect bidders, a category that includes foreign central banks, took ${fixed(indirect, 1)}% of the issue, while primary dealers were left with ${fixed(100 - indirect - 18, 1)}%.`,
    );
  return [
    pair(
      'h2-auction-two-tenors',
      'treasury-auctions',
      auction('3-year', 'Nov 10', 58, 3.579, 2.61, 62.1),
      auction('10-year', 'Nov 12', 42, 4.074, 2.49, 70.8),
      'two auctions of one week, short template',
    ),
  ];
}

function opecBasket(): Pair[] {
  const basket = (date: string, price: number, prev: number) =>
    side(
      'xinhua-business',
      `opec-basket-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `OPEC basket price ${price > prev ? 'up' : 'down'} at ${fixed(price, 2)} U.S. dollars`,
      `VIENNA, ${date} (Xinhua) -- The price of the OPEC basket of 12 crudes stood at ${fixed(price, 2)} U.S. dollars per barrel on the previous day, compared with ${fixed(prev, 2)} dollars the day before, according to OPEC Secretariat calculations.\n\nThe OPEC Reference Basket of Crudes currently comprises the Saharan Blend of Algeria, Djeno of Congo, Zafiro of Equatorial Guinea, Rabi Light of Gabon, Iran Heavy, Basra Medium of Iraq, Kuwait Export, Es Sider of Libya, Bonny Light of Nigeria, Arab Light of Saudi Arabia, Murban of the UAE and Merey of Venezuela.`,
    );
  return [
    pair(
      'h2-opec-two-days',
      'opec-basket',
      basket('Nov 12', 64.87, 65.31),
      basket('Nov 13', 63.95, 64.87),
      'daily basket price: two sentences of figures, a long constant list',
    ),
  ];
}

function teaAuction(): Pair[] {
  const sale = (no: number, date: string, r: Rand) => {
    const grades = ['BP1', 'PF1', 'PD', 'D1', 'FNGS1', 'DUST1'];
    const rows = grades.map((g) => `${g} ${fixed(2 + r() * 2, 2)} ${fixed(1.5 + r() * 1.5, 2)}`);
    return side(
      'kbc-markets',
      `mombasa-tea-auction-sale-${no}`,
      `Mombasa tea auction sale ${no}: prices ${r() < 0.5 ? 'firm' : 'ease'}`,
      `MOMBASA, Kenya, ${date} (KNA) - Prices at the Mombasa tea auction sale number ${no} were mixed, the East African Tea Trade Association said, with ${int(r, 120, 180)},${String(int(r, 0, 999)).padStart(3, '0')} packages offered and ${int(r, 70, 90)}% sold.\n\nBest and average prices by grade (U.S. dollars per kg):\n\n${rows.join('\n\n')}\n\nThe next sale is scheduled for ${date.replace(/\d+$/, (d) => String(Number(d) + 7))}.`,
    );
  };
  const r = prng('tea');
  return [
    pair(
      'h2-tea-two-sales',
      'tea-auction',
      sale(44, 'Nov 3', r),
      sale(45, 'Nov 10', r),
      'weekly auction report with a grade table, consecutive sales',
    ),
  ];
}

export function secondHeldOutPairs(): Pair[] {
  return [
    ...joblessClaims(),
    ...inflation(),
    ...gdp(),
    ...pmi(),
    ...treasuryAuctions(),
    ...opecBasket(),
    ...teaAuction(),
    ...nfl(),
    ...marathons(),
    ...airQuality(),
    ...floods(),
    ...typhoons(),
    ...obituaries(),
    ...ipos(),
    ...squads(),
    ...prose(),
  ];
}
