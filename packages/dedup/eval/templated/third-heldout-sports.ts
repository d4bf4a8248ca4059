import type { Pair, Rand } from './kit.ts';
import { fixed, int, prng, shuffle, side } from './kit.ts';
import { pair } from './third-heldout-news.ts';

// The third held-out part, continued: baseball, swimming heats and finals, ski resorts' snow reports.

const AL_EAST = ['NY Yankees', 'Toronto', 'Boston', 'Tampa Bay', 'Baltimore'];
const AL_CENTRAL = ['Cleveland', 'Detroit', 'Kansas City', 'Minnesota', 'Chicago White Sox'];
const AL_WEST = ['Houston', 'Seattle', 'Texas', 'LA Angels', 'Athletics'];
const MLB = [...AL_EAST, ...AL_CENTRAL, ...AL_WEST];

function mlbResults(r: Rand, weekday: string, date: string): Pair['a'] {
  const teams = shuffle(r, MLB);
  const lines: string[] = [];
  for (let i = 0; i + 1 < teams.length; i += 2) {
    const home = (teams[i + 1] as string).toUpperCase();
    const w = int(r, 3, 11);
    const l = int(r, 0, w - 1);
    lines.push(r() < 0.5 ? `${teams[i]} ${w} ${home} ${l}` : `${teams[i]} ${l} ${home} ${w}`);
  }
  const extra = int(r, 0, lines.length - 1);
  lines[extra] = `${lines[extra]} (10 innings)`;
  return side(
    'reuters-sports',
    `mlb-results-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `BASEBALL-MLB results from ${weekday}`,
    `NEW YORK, ${date} (Reuters) - Results of Major League Baseball games on ${weekday} (home team in CAPS):\n\n${lines.join('\n\n')}`,
  );
}

type Records = Map<string, { w: number; l: number }>;

function mlbStandings(weekday: string, date: string, records: Records): Pair['a'] {
  const division = (name: string, teams: string[]) => {
    const rows = teams
      .map((t) => ({ t, ...(records.get(t) ?? { w: 0, l: 0 }) }))
      .sort((x, y) => y.w / (y.w + y.l) - x.w / (x.w + x.l));
    const top = rows[0] ?? { w: 0, l: 0 };
    const lines = rows.map(({ t, w, l }) => {
      const gb = (top.w - w + (l - top.l)) / 2;
      return `${t} ${w} ${l} ${fixed(w / (w + l), 3).replace(/^0/, '')} ${gb === 0 ? '-' : fixed(gb, 1).replace(/\.0$/, '')}`;
    });
    return `${name}\n\n${lines.join('\n\n')}`;
  };
  return side(
    'reuters-sports',
    `mlb-al-standings-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `BASEBALL-American League standings after ${weekday}'s games`,
    `NEW YORK, ${date} (Reuters) - American League standings after games played on ${weekday} (tabulate under won, lost, winning percentage and games behind):\n\n${division('EAST DIVISION', AL_EAST)}\n\n${division('CENTRAL DIVISION', AL_CENTRAL)}\n\n${division('WEST DIVISION', AL_WEST)}`,
  );
}

/** Records after one more night: every team but one played. */
function nextNight(r: Rand, records: Records): Records {
  const idle = int(r, 0, MLB.length - 1);
  return new Map(
    [...records].map(([t, x], i) => {
      if (i === idle) return [t, x];
      return [t, r() < 0.5 ? { w: x.w + 1, l: x.l } : { w: x.w, l: x.l + 1 }];
    }),
  );
}

export function baseball(): Pair[] {
  const r = prng('h3-mlb');
  const tue = mlbResults(r, 'Tuesday', 'Aug 12');
  const wed = mlbResults(r, 'Wednesday', 'Aug 13');
  const tueRecords: Records = new Map(
    MLB.map((t) => {
      const w = int(r, 48, 72);
      return [t, { w, l: 120 - w }];
    }),
  );
  const scores = side(
    'espn-wire',
    'mlb-scoreboard-tuesday-aug-12',
    "Tuesday's American League scores",
    `Final scores from Tuesday night's American League games:\n\n${tue.body.split('\n\n').slice(1, 6).join('\n\n')}\n\n(Reuters)`,
  );
  const preview = side(
    'ap-sports',
    'blue-jays-yankees-preview-aug-12',
    'Blue Jays visit Yankees with AL East lead on the line',
    'NEW YORK (AP) — Toronto Blue Jays (70-50, first in the AL East) vs. New York Yankees (66-54, second in the AL East)\n\nNew York; Tuesday, 7:05 p.m. EDT\n\nPROBABLE PITCHERS: Blue Jays: Kevin Gausman (9-8, 3.91 ERA, 1.15 WHIP, 141 strikeouts); Yankees: Max Fried (13-5, 2.94 ERA, 1.10 WHIP, 139 strikeouts)\n\nBETTING LINE: Yankees -142, Blue Jays +120; over/under is 8 1/2 runs\n\nBOTTOM LINE: The Toronto Blue Jays visit the New York Yankees with a four-game lead in the division and a chance to stretch it to five. New York is 36-24 at home this season. Aaron Judge leads the team with 37 home runs. Toronto has gone 31-29 on the road and is led by Vladimir Guerrero Jr., who is batting .298.\n\nINJURIES: Yankees: Giancarlo Stanton: day-to-day (elbow). Blue Jays: Anthony Santander: 10-day IL (shoulder).',
  );
  const recap = side(
    'ap-sports',
    'blue-jays-yankees-recap-aug-12',
    'Judge homers twice as Yankees beat Blue Jays 6-3 to pull within three in AL East',
    'NEW YORK (AP) — Aaron Judge hit two home runs, Max Fried pitched seven strong innings and the New York Yankees beat the Toronto Blue Jays 6-3 on Tuesday night to pull within three games of the AL East lead.\n\nJudge, who leads the team with 39 home runs, hit a two-run shot off Kevin Gausman in the first inning and a solo drive in the sixth. Fried (14-5) allowed two runs and five hits, striking out eight.\n\nVladimir Guerrero Jr. had two hits and drove in a run for Toronto, which has lost four of six. Gausman (9-9) gave up five runs in five innings.\n\nGiancarlo Stanton, listed as day-to-day with a sore elbow, did not play. The teams meet again on Wednesday night.',
  );
  return [
    pair('h3-mlb-two-days', 'mlb', tue, wed, 'MLB results of consecutive nights, one template'),
    pair(
      'h3-mlb-standings-two-days',
      'mlb',
      mlbStandings('Tuesday', 'Aug 12', tueRecords),
      mlbStandings('Wednesday', 'Aug 13', nextNight(r, tueRecords)),
      'AL standings after consecutive nights: the same teams, a game more each',
    ),
    pair(
      'h3-mlb-preview-vs-recap',
      'mlb',
      preview,
      recap,
      'AP game preview vs the recap of that game: same teams, pitchers, injury',
    ),
    pair(
      'h3-mlb-results-copy',
      'mlb',
      tue,
      scores,
      'the night’s results cut to five games, a new intro and a credit',
      'duplicate',
    ),
  ];
}

const SWIMMERS = [
  ['Pan Zhanle', 'China'],
  ['David Popovici', 'Romania'],
  ['Kyle Chalmers', 'Australia'],
  ['Jack Alexy', 'U.S.'],
  ['Maxime Grousset', 'France'],
  ['Nandor Nemeth', 'Hungary'],
  ['Josh Liendo', 'Canada'],
  ['Matthew Richards', 'Britain'],
  ['Hwang Sun-woo', 'South Korea'],
  ['Thomas Ceccon', 'Italy'],
  ['Guilherme Caribe', 'Brazil'],
  ['Jordan Crooks', 'Cayman Islands'],
] as const;

const swimTime = (s: number): string =>
  s >= 60 ? `${Math.floor(s / 60)}:${fixed(s % 60, 2).padStart(5, '0')}` : fixed(s, 2);

type Swimmer = (typeof SWIMMERS)[number];

function swimTable(
  r: Rand,
  event: string,
  phase: string,
  base: number,
  field: readonly Swimmer[],
  date: string,
) {
  const order = shuffle(r, field);
  let t = base + r() * 0.4;
  const rows = order.map(([n, c], i) => {
    t += i === 0 ? 0 : 0.02 + r() * 0.3;
    return `${i + 1}. ${n} (${c}) ${swimTime(t)}${phase === 'semi-finals' && i < 8 ? ' Q' : ''}`;
  });
  return side(
    'reuters-sports',
    `swimming-worlds-men-${event.replace(/\W+/g, '-')}-${phase.replace(/\W+/g, '-')}`,
    `SWIMMING-World championships men's ${event} ${phase} results`,
    `SINGAPORE, ${date} (Reuters) - ${phase === 'semi-finals' ? 'Leading results' : 'Results'} of the men's ${event} ${phase} at the world aquatics championships on ${date.startsWith('July 29') ? 'Tuesday' : 'Wednesday'}:\n\n${rows.join('\n\n')}${phase === 'semi-finals' ? '\n\nQ - qualified for final' : ''}`,
  );
}

export function swimming(): Pair[] {
  const r = prng('h3-swimming');
  const semiField = shuffle(r, SWIMMERS);
  const semis = swimTable(r, '100 metres freestyle', 'semi-finals', 47.4, semiField, 'July 29');
  // The final's field is the semi-finals' eight qualifiers.
  const semiOrder = semis.body.split('\n\n').slice(1, 9);
  const finalists = SWIMMERS.filter(([n]) => semiOrder.some((row) => row.includes(n)));
  const final = swimTable(r, '100 metres freestyle', 'final', 46.9, finalists, 'July 30');
  const final200 = swimTable(
    r,
    '200 metres freestyle',
    'final',
    104.2,
    shuffle(r, SWIMMERS).slice(0, 8),
    'July 30',
  );
  const rows = final.body.split('\n\n').slice(1);
  const copy = side(
    'swimswam-news',
    'worlds-100-free-final-results',
    'World Championships: men’s 100 free final results',
    `The podium and full final of the men's 100m freestyle at the World Aquatics Championships in Singapore:\n\n${rows.join('\n\n')}\n\nThe women's 100m freestyle final is on Thursday evening.`,
  );
  return [
    pair(
      'h3-swim-semis-vs-final',
      'swimming',
      semis,
      final,
      'one event: the semi-finals and, a day later, the final with the same names',
    ),
    pair(
      'h3-swim-two-finals',
      'swimming',
      final,
      final200,
      'two finals of one evening, the same field in another order',
    ),
    pair(
      'h3-swim-final-copy',
      'swimming',
      final,
      copy,
      'the final’s results with a new intro and a line of its own',
      'duplicate',
    ),
  ];
}

const RESORTS = {
  Switzerland: ['Zermatt', 'Verbier', 'St. Moritz', 'Davos', 'Laax', 'Saas-Fee', 'Engelberg', 'Arosa'],
  Austria: ['St. Anton', 'Ischgl', 'Soelden', 'Kitzbuehel', 'Obergurgl', 'Lech', 'Saalbach', 'Mayrhofen'],
} as const;

type Snow = Map<string, { low: number; high: number }>;

function snowReport(r: Rand, country: keyof typeof RESORTS, weekday: string, date: string, before?: Snow) {
  const depths: Snow = new Map();
  const rows = RESORTS[country].map((name) => {
    const fresh = r() < 0.4 ? int(r, 2, 35) : 0;
    const was = before?.get(name);
    const low = was ? Math.max(0, was.low + Math.round(fresh * 0.6) - int(r, 0, 3)) : int(r, 10, 70);
    const high = was ? was.high + fresh - int(r, 0, 4) : low + int(r, 40, 160);
    depths.set(name, { low, high });
    return `${name} ${low} ${high} ${fresh} ${fresh > 15 ? 'powder' : r() < 0.5 ? 'packed powder' : 'hard'} ${int(r, 60, 100)}%`;
  });
  const story = side(
    'dpa-sports',
    `snow-report-${country.toLowerCase()}-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `Snow report: ${country} resorts, ${weekday}`,
    `${country === 'Switzerland' ? 'ZURICH' : 'INNSBRUCK'}, ${date} (dpa) - Snow conditions at ${country}'s leading ski resorts on ${weekday}, according to the resorts' own reports (resort, snow depth in cm valley and mountain, new snow in cm over 24 hours, conditions, share of runs open):\n\n${rows.join('\n\n')}\n\nAvalanche danger is rated ${int(r, 2, 3)} on the five-point European scale above 2,000 metres.`,
  );
  return { story, depths };
}

export function snowReports(): Pair[] {
  const r = prng('h3-snow');
  const swiss = snowReport(r, 'Switzerland', 'Friday', 'Jan 9');
  const fri = swiss.story;
  return [
    pair(
      'h3-snow-two-days',
      'snow-reports',
      fri,
      snowReport(r, 'Switzerland', 'Saturday', 'Jan 10', swiss.depths).story,
      'one country’s resort table on consecutive days',
    ),
    pair(
      'h3-snow-two-countries',
      'snow-reports',
      fri,
      snowReport(r, 'Austria', 'Friday', 'Jan 9').story,
      'two countries’ resort tables of one morning',
    ),
  ];
}
