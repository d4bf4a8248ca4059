import type { Pair, Rand } from './kit.ts';
import { fixed, int, prng, shuffle, side } from './kit.ts';
import { pair } from './third-heldout-news.ts';

// The third held-out part, continued: oil inventories, bullion fixes, the Baltic index, box-office and
// music charts. Figures are made up.

const mb = (n: number): string => fixed(Math.abs(n), 1);

function eiaReport(
  week: string,
  date: string,
  crude: number,
  expected: number,
  stocks: number,
  gas: number,
  dist: number,
) {
  return side(
    'reuters-commodities',
    `eia-inventories-week-${week.replace(/\W+/g, '-').toLowerCase()}`,
    `U.S. crude stocks ${crude < 0 ? 'fall' : 'rise'} ${mb(crude)} million barrels, EIA says`,
    `NEW YORK, ${date} (Reuters) - U.S. crude oil inventories ${crude < 0 ? 'fell' : 'rose'} by ${mb(crude)} million barrels in the week ended ${week}, the Energy Information Administration said on Wednesday, compared with analysts' expectations in a Reuters poll for a ${mb(expected)}-million-barrel ${expected < 0 ? 'draw' : 'build'}.\n\nCommercial crude stocks stood at ${fixed(stocks, 1)} million barrels, the EIA said.\n\nCrude stocks at the Cushing, Oklahoma, delivery hub ${crude < 0 ? 'rose' : 'fell'} by ${fixed(0.2 + Math.abs(crude) / 10, 1)} million barrels, the EIA said.\n\nRefinery crude runs ${gas < 0 ? 'rose' : 'fell'} by ${int(prng(week), 40, 260)},000 barrels per day, and utilization rates ${gas < 0 ? 'rose' : 'fell'} by ${fixed(0.3 + Math.abs(gas) / 10, 1)} percentage points in the week.\n\nU.S. gasoline stocks ${gas < 0 ? 'fell' : 'rose'} by ${mb(gas)} million barrels in the week, the EIA said, while distillate stockpiles, which include diesel and heating oil, ${dist < 0 ? 'fell' : 'rose'} by ${mb(dist)} million barrels.`,
  );
}

export function oilInventories(): Pair[] {
  const a = eiaReport('Oct. 17', 'Oct 22', -0.9, -1.2, 422.8, -2.1, -1.5);
  const b = eiaReport('Oct. 24', 'Oct 29', -6.9, -0.2, 415.9, -5.9, -3.4);
  const poll = side(
    'reuters-commodities',
    'us-oil-inventories-poll-oct-24',
    'U.S. crude stocks seen down for a second week - Reuters poll',
    'Oct 28 (Reuters) - U.S. crude oil stockpiles were expected to have fallen for a second straight week in the week ended Oct. 24, a preliminary Reuters poll showed on Tuesday.\n\nFive analysts polled by Reuters estimated, on average, that crude inventories fell by about 0.2 million barrels. Estimates ranged from a draw of 2.0 million barrels to a build of 1.5 million barrels.\n\nAnalysts estimated gasoline stocks fell by 1.2 million barrels and distillate stockpiles, which include diesel and heating oil, fell by 1.4 million barrels.\n\nThe poll was conducted ahead of reports from the American Petroleum Institute, due at 4:30 p.m. EDT on Tuesday, and the Energy Information Administration, due at 10:30 a.m. EDT on Wednesday.',
  );
  const copy = side(
    'oilprice-news',
    'crude-inventories-drop-oct-22',
    'Crude Inventories Dip Less Than Expected',
    a.body
      .replace(
        /^NEW YORK, Oct 22 \(Reuters\) - [^\n]+/,
        'U.S. crude oil inventories fell by just under 1 million barrels last week, the Energy Information Administration said on Wednesday, a smaller draw than analysts had expected.',
      )
      .replace('422.8 million barrels', '423 million barrels')
      .replace(/\n\nRefinery crude runs [^\n]+/, '')
      .concat('\n\nWTI crude futures were little changed after the report, trading near $58 a barrel.'),
  );
  return [
    pair('h3-eia-two-weeks', 'oil-inventories', a, b, 'the weekly EIA inventory report, consecutive weeks'),
    pair(
      'h3-eia-poll-vs-report',
      'oil-inventories',
      poll,
      b,
      'the Tuesday poll of one week’s inventories vs the EIA report of that week',
    ),
    pair(
      'h3-eia-copy',
      'oil-inventories',
      a,
      copy,
      'the report with a new lead, stocks rounded, the refinery paragraph cut, a price line added',
      'duplicate',
    ),
  ];
}

const usd = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function bullionFix(
  date: string,
  weekday: string,
  session: 'morning' | 'afternoon',
  gold: number,
  prev: number,
) {
  return side(
    'xinhua-business',
    `lbma-gold-${session}-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `LBMA gold price set at ${usd(gold)} U.S. dollars in ${session} auction`,
    `LONDON, ${date} (Xinhua) -- The LBMA gold price was set at ${usd(gold)} U.S. dollars per ounce in the ${session} auction on ${weekday}, ${gold > prev ? 'up' : 'down'} from ${usd(prev)} dollars ${session === 'morning' ? 'in the previous afternoon session' : 'in the morning session'}, according to ICE Benchmark Administration.\n\nIn sterling terms the price was ${usd(gold * 0.748)} pounds, and in euro terms ${usd(gold * 0.861)} euros.\n\nThe LBMA gold price is set twice daily in London, at 10:30 a.m. and 3:00 p.m. local time, through an electronic auction administered by ICE Benchmark Administration, and is used as a benchmark by producers, consumers and central banks.`,
  );
}

export function bullionFixes(): Pair[] {
  const am = bullionFix('Nov 11', 'Tuesday', 'morning', 4128.35, 4109.95);
  return [
    pair(
      'h3-gold-am-vs-pm',
      'bullion-fixes',
      am,
      bullionFix('Nov 11', 'Tuesday', 'afternoon', 4141.9, 4128.35),
      'the morning and the afternoon auction of one day',
    ),
    pair(
      'h3-gold-two-days',
      'bullion-fixes',
      am,
      bullionFix('Nov 12', 'Wednesday', 'morning', 4116.6, 4141.9),
      'the morning auction of consecutive days',
    ),
  ];
}

interface Baltic {
  bdi: number;
  cape: number;
  pmx: number;
  smx: number;
}

function balticDry(date: string, weekday: string, r: Rand, prev: Baltic) {
  const move = int(r, -60, 60) || 11;
  const capeMove = int(r, -120, 120) || 25;
  const pmxMove = int(r, -40, 40) || 6;
  const smxMove = int(r, -25, 25) || 3;
  const bdi = prev.bdi + move;
  const cape = prev.cape + capeMove;
  const pmx = prev.pmx + pmxMove;
  const smx = prev.smx + smxMove;
  const today: Baltic = { bdi, cape, pmx, smx };
  const story = side(
    'reuters-commodities',
    `baltic-index-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `Baltic index ${move > 0 ? 'rises' : 'falls'} as capesize rates ${capeMove > 0 ? 'climb' : 'slip'}`,
    `${date} (Reuters) - The Baltic Exchange's main sea freight index, tracking rates for ships carrying dry bulk commodities, ${move > 0 ? 'rose' : 'fell'} on ${weekday}, as capesize rates ${capeMove > 0 ? 'firmed' : 'softened'}.\n\nThe overall index, which factors in rates for capesize, panamax and supramax vessels, ${move > 0 ? 'gained' : 'lost'} ${Math.abs(move)} points, or ${fixed((Math.abs(move) / prev.bdi) * 100, 1)}%, to ${bdi.toLocaleString('en-US')}.\n\nThe capesize index ${capeMove > 0 ? 'gained' : 'fell'} ${Math.abs(capeMove)} points to ${cape.toLocaleString('en-US')}. Average daily earnings for capesize vessels, which typically transport 150,000-ton cargoes such as iron ore and coal, ${capeMove > 0 ? 'increased' : 'decreased'} by $${Math.abs(capeMove) * 8} to $${(cape * 8.3).toLocaleString('en-US', { maximumFractionDigits: 0 })}.\n\nThe panamax index ${pmxMove > 0 ? 'rose' : 'fell'} ${Math.abs(pmxMove)} points to ${pmx.toLocaleString('en-US')}. Average daily earnings for panamax vessels, which usually carry about 60,000-70,000 tons of coal or grain, stood at $${(pmx * 9).toLocaleString('en-US')}.\n\nAmong smaller vessels, the supramax index ${smxMove > 0 ? 'added' : 'shed'} ${Math.abs(smxMove)} points to ${smx.toLocaleString('en-US')}.`,
  );
  return { story, today };
}

export function balticIndex(): Pair[] {
  const r = prng('h3-baltic');
  const tue = balticDry('Nov 18', 'Tuesday', r, { bdi: 2_102, cape: 3_304, pmx: 1_866, smx: 1_209 });
  const a = tue.story;
  const copy = side(
    'hellenicshipping-news',
    'baltic-index-tuesday-capesize',
    'Baltic Index: capesizes set the tone',
    `${a.body.replace(/^Nov 18 \(Reuters\) - /, '')}\n\nSource: Reuters (Reporting by Anushree Mukherjee in Bengaluru; Editing by Shilpi Majumdar)`,
  );
  return [
    pair(
      'h3-baltic-two-days',
      'baltic-dry',
      a,
      balticDry('Nov 19', 'Wednesday', r, tue.today).story,
      'the daily index, consecutive days',
    ),
    pair(
      'h3-baltic-copy',
      'baltic-dry',
      a,
      copy,
      'reprinted by a shipping site with a source line',
      'duplicate',
    ),
  ];
}

const FILMS = [
  'Night Harbor',
  'The Long Orbit',
  'Paper Crowns',
  'Red Mesa',
  'Lantern Road',
  'Sugar & Steel',
  'The Quiet Hour',
  'Glasshouse 2',
  'Kingfisher',
  'Zero Tide',
  'Under the Ice',
  'My Aunt the Spy',
] as const;

function boxOffice(r: Rand, weekend: string, date: string, previous?: Map<string, number>) {
  const grossOf = new Map<string, number>();
  const openers = shuffle(
    r,
    FILMS.filter((f) => !previous?.has(f)),
  ).slice(0, previous ? 2 : 10);
  for (const f of openers) grossOf.set(f, previous ? 12 + r() * 30 : 0.6 + r() * 40);
  for (const [f, g] of previous ?? []) grossOf.set(f, g * (0.35 + r() * 0.3));
  const ranked = [...grossOf].sort((x, y) => y[1] - x[1]).slice(0, 10);
  const rows = ranked.map(([film, gross], i) => `${i + 1}. "${film}," $${fixed(gross, 1)} million.`);
  const [top, first] = ranked[0] ?? ['', 0];
  const [second, next] = ranked[1] ?? ['', 0];
  return {
    grosses: new Map(ranked),
    story: side(
      'ap-entertainment',
      `box-office-top-20-${weekend.replace(/\W+/g, '-').toLowerCase()}`,
      `'${top}' tops the box office with $${fixed(first, 1)} million`,
      `LOS ANGELES (AP) — "${top}" led North American theaters this weekend with $${fixed(first, 1)} million in ticket sales, according to studio estimates Sunday, ahead of "${second}" with $${fixed(next, 1)} million.\n\nEstimated ticket sales for ${weekend} at U.S. and Canadian theaters, according to Comscore. Final domestic figures will be released ${date}.\n\n${rows.join('\n\n')}`,
    ),
  };
}

export function boxOfficeCharts(): Pair[] {
  const r = prng('h3-box-office');
  const first = boxOffice(r, 'Friday through Sunday, Oct. 10-12', 'Monday');
  const a = first.story;
  const b = boxOffice(r, 'Friday through Sunday, Oct. 17-19', 'Monday', first.grosses).story;
  const rows = a.body.split('\n\n').slice(2);
  const copy = side(
    'variety-wire',
    'weekend-box-office-chart-oct-12',
    'Weekend box office: the top 10',
    `The top 10 films at the North American box office for the weekend, by estimated ticket sales Friday through Sunday (Comscore):\n\n${rows.join('\n\n')}\n\n(AP)`,
  );
  return [
    pair('h3-box-office-two-weekends', 'box-office', a, b, 'the weekend chart of consecutive weekends'),
    pair(
      'h3-box-office-copy',
      'box-office',
      a,
      copy,
      'the chart without the lead, a new intro and credit',
      'duplicate',
    ),
  ];
}

const SONGS = [
  ['Hollow Lights', 'Marnie Vale'],
  ['Cold Water Summer', 'The Ashbys'],
  ['Say It Twice', 'Kofi Mensah-Reid'],
  ['Paper Planes Home', 'Lottie Brennan'],
  ['Velvet Sirens', 'NOVA LINE'],
  ['Northbound', 'Callum Greer'],
  ['Feel It Again', 'DJ Harlow ft. Ines Moreau'],
  ['Glass Heart', 'Marnie Vale'],
  ['Tidal', 'Sable & Finch'],
  ['Better Than This', 'Reece Okafor'],
  ['Dancing on Fumes', 'The Ashbys'],
  ['Gold Rush Girls', 'Priya Dhillon'],
] as const;

const ALBUMS = [
  ['Afterglow Club', 'Marnie Vale'],
  ['Small Hours', 'The Ashbys'],
  ['Lagos to Leeds', 'Kofi Mensah-Reid'],
  ['Kitchen Radio', 'Lottie Brennan'],
  ['Static Bloom', 'NOVA LINE'],
  ['Harbour Lights', 'Callum Greer'],
  ['Open Late', 'DJ Harlow'],
  ['Wild Acre', 'Sable & Finch'],
  ['Long Way Round', 'Reece Okafor'],
  ['Monsoon Tapes', 'Priya Dhillon'],
  ['Greatest Hits 2005-2025', 'The Verandas'],
  ['Live at Brixton', 'Eliza Thorne'],
] as const;

function chart(r: Rand, kind: 'singles' | 'albums', date: string, previous: readonly string[] = []) {
  const entries = shuffle<readonly [string, string]>(r, kind === 'singles' ? SONGS : ALBUMS).slice(0, 10);
  const spare = shuffle(
    r,
    Array.from({ length: 30 }, (_, i) => String(i + 11)),
  );
  const last = entries.map(([t], i) => {
    const was = previous.indexOf(t);
    if (was >= 0) return String(was + 1);
    if (previous.length > 0) return r() < 0.5 ? 'new' : (spare[i] ?? 'new');
    return r() < 0.25 ? 'new' : (spare[i] ?? 'new');
  });
  if (previous.length === 0) last[0] = '1';
  const rows = entries.map(([t, a], i) => `${i + 1}. (${last[i]}) ${t} - ${a}`);
  const [title, artist] = entries[0] ?? ['', ''];
  const held = last[0] === '1';
  return {
    titles: entries.map(([t]) => t as string),
    story: side(
      'pa-showbiz',
      `official-${kind}-chart-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `${artist} ${held ? 'holds on at' : 'climbs to'} number one with ${title}`,
      `${artist} ${held ? 'has held on to' : 'has claimed'} the top spot on the Official ${kind === 'singles' ? 'Singles' : 'Albums'} Chart with ${title}, the Official Charts Company said on ${date}.\n\nHere is this week's top 10 (last week's position in brackets):\n\n${rows.join('\n\n')}\n\nThe chart is compiled from sales, downloads and audio and video streams.`,
    ),
  };
}

export function musicCharts(): Pair[] {
  const r = prng('h3-charts');
  const week1 = chart(r, 'singles', 'Friday October 17');
  const a = week1.story;
  return [
    pair(
      'h3-chart-two-weeks',
      'music-charts',
      a,
      chart(r, 'singles', 'Friday October 24', week1.titles).story,
      'weekly top 10, consecutive weeks',
    ),
    pair(
      'h3-chart-singles-vs-albums',
      'music-charts',
      a,
      chart(r, 'albums', 'Friday October 17').story,
      'the singles and the albums chart of one Friday',
    ),
  ];
}
