import type { Pair, Rand } from './kit.ts';
import { fixed, int, prng, shuffle, side } from './kit.ts';

// The second held-out part: written after the first held-out part had been read once (at 6ec7460),
// and before the change its two misses prompted, so that change is measured on text it never saw.
// New families only: economic releases, auctions, American sports, marathons, bulletins, obituaries.

const split = 'heldout-2' as const;

function pair(
  id: string,
  family: string,
  a: Pair['a'],
  b: Pair['b'],
  note: string,
  label: Pair['label'] = 'distinct',
): Pair {
  return { id, kind: label === 'distinct' ? 'template' : 'template-copy', label, family, split, a, b, note };
}

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

const NFL = [
  'Kansas City',
  'Buffalo',
  'Baltimore',
  'Philadelphia',
  'Detroit',
  'San Francisco',
  'Dallas',
  'Green Bay',
  'Miami',
  'Cincinnati',
  'Houston',
  'Pittsburgh',
  'Minnesota',
  'LA Rams',
  'Tampa Bay',
  'Seattle',
];

function nfl(): Pair[] {
  const r = prng('nfl');
  const week = (no: number, off: number) => {
    const teams = shuffle(r, NFL);
    const lines: string[] = [];
    for (let i = 0; i + 1 < teams.length; i += 2)
      lines.push(`${teams[i]} ${int(r, 10, 38)} ${teams[i + 1]?.toUpperCase()} ${int(r, 3, 34)}`);
    return side(
      'reuters-sports',
      `nfl-results-week-${no}`,
      `AMERICAN FOOTBALL-NFL results from week ${no}`,
      `NEW YORK, Nov ${off} (Reuters) - Results of National Football League games on Sunday (home team in CAPS):\n\n${lines.join('\n\n')}`,
    );
  };
  const w10 = week(10, 9);
  const w11 = week(11, 16);
  const trimmed = side(
    'nflwire',
    'week-10-scores',
    'NFL Week 10 scores',
    `Sunday's NFL scores:\n\n${w10.body.split('\n\n').slice(1, 6).join('\n\n')}`,
  );
  const preview = side(
    'ap-sports',
    'chiefs-bills-preview',
    'Chiefs visit Bills in AFC showdown: what to watch',
    "ORCHARD PARK, N.Y. (AP) — The Kansas City Chiefs visit the Buffalo Bills on Sunday in a rematch of last season's AFC championship game, with both teams at 6-2. Patrick Mahomes has won three of his last four meetings with Josh Allen. Buffalo will be without cornerback Christian Benford, who has a concussion. Kickoff at Highmark Stadium is set for 4:25 p.m. EST. The Bills are 2.5-point favorites.",
  );
  const recap = side(
    'ap-sports',
    'chiefs-bills-recap',
    'Allen leads Bills past Chiefs 28-21',
    "ORCHARD PARK, N.Y. (AP) — Josh Allen threw two touchdown passes and ran for another as the Buffalo Bills beat the Kansas City Chiefs 28-21 on Sunday in a rematch of last season's AFC championship game at Highmark Stadium. Patrick Mahomes threw for 250 yards but was intercepted twice. Buffalo improved to 7-2 and Kansas City fell to 6-3. The Bills were without cornerback Christian Benford, who has a concussion.",
  );
  // Records after week 9, then one game each in weeks 10 and 11.
  const records = new Map(
    NFL.map((t) => [t, { w: int(r, 1, 8), pf: int(r, 150, 260), pa: int(r, 150, 260) }]),
  );
  const afterWeek = new Map<number, Map<string, { w: number; l: number; pf: number; pa: number }>>();
  for (const no of [10, 11]) {
    const table = new Map<string, { w: number; l: number; pf: number; pa: number }>();
    for (const t of NFL) {
      const rec = records.get(t) ?? { w: 0, pf: 0, pa: 0 };
      if (r() < 0.5) rec.w++;
      rec.pf += int(r, 10, 38);
      rec.pa += int(r, 10, 38);
      table.set(t, { w: rec.w, l: no - rec.w, pf: rec.pf, pa: rec.pa });
    }
    afterWeek.set(no, table);
  }
  const standings = (no: number) => {
    const table = afterWeek.get(no) ?? new Map();
    const rows = [...table]
      .sort((x, y) => y[1].w - x[1].w || y[1].pf - y[1].pa - (x[1].pf - x[1].pa))
      .map(([t, x]) => `${t} ${x.w} ${x.l} ${fixed(x.w / no, 3).replace(/^0/, '')} ${x.pf} ${x.pa}`);
    return side(
      'reuters-sports',
      `nfl-standings-week-${no}`,
      `AMERICAN FOOTBALL-NFL standings after week ${no}`,
      `NEW YORK, Nov ${no - 1} (Reuters) - National Football League standings after week ${no} (tabulate under won, lost, percentage, points for, points against):\n\n${rows.join('\n\n')}`,
    );
  };
  return [
    pair('h2-nfl-standings-two-weeks', 'nfl', standings(10), standings(11), 'NFL standings a week apart'),
    pair('h2-nfl-two-weeks', 'nfl', w10, w11, 'NFL results of consecutive weeks'),
    pair(
      'h2-nfl-preview-vs-recap',
      'nfl',
      preview,
      recap,
      'preview and recap of one game: same teams, stadium, injury line',
    ),
    pair(
      'h2-nfl-results-copy',
      'nfl',
      w10,
      trimmed,
      'the week’s results cut to five games with a new intro',
      'duplicate',
    ),
  ];
}

function marathons(): Pair[] {
  const runners = [
    ['Benson Kipruto', 'Kenya'],
    ['John Korir', 'Kenya'],
    ['Sisay Lemma', 'Ethiopia'],
    ['Tadese Takele', 'Ethiopia'],
    ['Conner Mantz', 'U.S.'],
    ['Amos Kipruto', 'Kenya'],
    ['Deresa Geleta', 'Ethiopia'],
    ['Vincent Ngetich', 'Kenya'],
    ['Mohamed Esa', 'Ethiopia'],
    ['Gabriel Geay', 'Tanzania'],
  ] as const;
  const r = prng('marathons');
  const result = (city: string, date: string) => {
    const order = shuffle(r, runners);
    let t = 2 * 3600 + 2 * 60 + int(r, 0, 150);
    const rows = order.map(([n, c], i) => {
      t += i === 0 ? 0 : int(r, 3, 60);
      return `${i + 1}. ${n} (${c}) ${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    });
    return side(
      'reuters-sports',
      `${city.toLowerCase()}-marathon-results`,
      `ATHLETICS-${city} marathon results`,
      `${city.toUpperCase()}, ${date} (Reuters) - Leading results from the men's race of the ${city} marathon on Sunday:\n\n${rows.join('\n\n')}`,
    );
  };
  const berlin = result('Berlin', 'Sept 21');
  const chicago = result('Chicago', 'Oct 12');
  const rows = berlin.body.split('\n\n').slice(1);
  const report = side(
    'reuters-sports',
    'berlin-marathon-report',
    `ATHLETICS-${rows[0]?.replace(/^1\. /, '').split(' (')[0]} wins Berlin marathon`,
    `BERLIN, Sept 21 (Reuters) - ${rows[0]?.replace(/^1\. /, '').split(' (')[0]} won the Berlin marathon on Sunday, pulling clear after 35 kilometres on a warm morning that ruled out a world record attempt.\n\nTemperatures climbed above 25 Celsius before the finish at the Brandenburg Gate, and organisers added water stations.\n\n"It was very hot, I just ran for the win," the winner said.\n\nLeading results:\n\n${rows.slice(0, 5).join('\n\n')}`,
  );
  const top = side(
    'runnersworld-news',
    'berlin-top-10',
    'Berlin Marathon 2025: full men’s top 10',
    `Men's top 10 at the Berlin marathon on Sunday:\n\n${rows.join('\n\n')}\n\n(Reuters)`,
  );
  return [
    pair(
      'h2-marathons-two-cities',
      'marathons',
      berlin,
      chicago,
      'two marathons three weeks apart, the same field in another order',
    ),
    pair(
      'h2-marathon-story-vs-results',
      'marathons',
      report,
      berlin,
      'a race report ending with the top five vs the results table',
    ),
    pair(
      'h2-marathon-results-copy',
      'marathons',
      berlin,
      top,
      'the results reprinted with a new intro and a credit',
      'duplicate',
    ),
  ];
}

function airQuality(): Pair[] {
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

function floods(): Pair[] {
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

function typhoons(): Pair[] {
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

function obituaries(): Pair[] {
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

function ipos(): Pair[] {
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

function squads(): Pair[] {
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
function prose(): Pair[] {
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
