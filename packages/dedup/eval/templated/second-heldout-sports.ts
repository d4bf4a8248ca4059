import type { Pair } from './kit.ts';
import { fixed, int, prng, shuffle, side } from './kit.ts';
import { pair } from './second-heldout-news.ts';

// The second held-out part, continued: American football and marathons.
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

export function nfl(): Pair[] {
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

export function marathons(): Pair[] {
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
