import type { Pair, Rand, Split } from './kit.ts';
import { day, int, pairMaker, prng, shuffle, side } from './kit.ts';
import { cricketFamily, cyclingFamily, f1Family, racingFamily } from './racing-cricket.ts';

// Sports whose results are rankings of the same field: tennis draws, alpine races, golf leaderboards,
// cycling stages, Formula One, horse racing, cricket scoreboards. The same names come back in every
// table with another rank, time or score.

const TENNIS = [
  ['Pete Sampras', 'U.S.'],
  ['Michael Chang', 'U.S.'],
  ['Yevgeny Kafelnikov', 'Russia'],
  ['Goran Ivanisevic', 'Croatia'],
  ['Thomas Muster', 'Austria'],
  ['Boris Becker', 'Germany'],
  ['Richard Krajicek', 'Netherlands'],
  ['Andre Agassi', 'U.S.'],
  ['Thomas Enqvist', 'Sweden'],
  ['Jim Courier', 'U.S.'],
  ['Marcelo Rios', 'Chile'],
  ['Wayne Ferreira', 'South Africa'],
  ['Andrei Medvedev', 'Ukraine'],
  ['Michael Stich', 'Germany'],
  ['Marc Rosset', 'Switzerland'],
  ['Todd Martin', 'U.S.'],
  ['Mark Philippoussis', 'Australia'],
  ['Petr Korda', 'Czech Republic'],
  ['Jonas Bjorkman', 'Sweden'],
  ['Magnus Larsson', 'Sweden'],
  ['Guy Forget', 'France'],
  ['Cedric Pioline', 'France'],
  ['Arnaud Boetsch', 'France'],
  ['Tim Henman', 'Britain'],
  ['Greg Rusedski', 'Britain'],
  ['Jan Siemerink', 'Netherlands'],
  ['Alex Corretja', 'Spain'],
  ['Albert Costa', 'Spain'],
  ['Carlos Moya', 'Spain'],
  ['Fabrice Santoro', 'France'],
  ['Andrea Gaudenzi', 'Italy'],
  ['Renzo Furlan', 'Italy'],
] as const;

function score(r: Rand): string {
  const sets: string[] = [];
  const n = r() < 0.7 ? 2 : 3;
  for (let s = 0; s < n; s++) {
    const lose = int(r, 0, 6);
    if (lose === 6) sets.push(`7-6 (${int(r, 7, 9)}-${int(r, 2, 5)})`);
    else if (lose === 5) sets.push('7-5');
    else sets.push(`6-${lose}`);
  }
  if (n === 3) sets[1] = `${int(r, 2, 4)}-6`;
  return sets.join(' ');
}

/** One day of a draw: winners go on to the next day's round. */
function tennisDays(seed: string): { round: string; lines: string[]; winners: string[] }[] {
  const r = prng(seed);
  let field = shuffle(
    r,
    TENNIS.map(([n, c]) => `${n} (${c})`),
  );
  const seeds = new Map(field.slice(0, 8).map((p, i) => [p, i + 1]));
  const rounds = ['First round', 'Second round', 'Third round', 'Quarter-finals'];
  const out: { round: string; lines: string[]; winners: string[] }[] = [];
  for (const round of rounds) {
    const lines: string[] = [];
    const winners: string[] = [];
    for (let i = 0; i + 1 < field.length; i += 2) {
      const [x, y] =
        r() < 0.6
          ? [field[i] as string, field[i + 1] as string]
          : [field[i + 1] as string, field[i] as string];
      const sx = seeds.get(x);
      const sy = seeds.get(y);
      lines.push(`${sx ? `${sx} - ` : ''}${x} beat ${sy ? `${sy} - ` : ''}${y} ${score(r)}`);
      winners.push(x);
    }
    out.push({ round, lines, winners });
    field = winners;
  }
  return out;
}

function tennisFamily(split: Split): Pair[] {
  const paris = tennisDays('paris-open');
  const stockholm = tennisDays('stockholm-open');
  const results = (
    rounds: typeof paris,
    i: number,
    event: string,
    city: string,
    off: number,
    feed = 'reuters-sports',
  ) => {
    const d = day(off);
    const x = rounds[i] as (typeof paris)[number];
    return side(
      feed,
      `tennis-${event.toLowerCase().replace(/\W+/g, '-')}-${d.iso}`,
      `TENNIS - RESULTS AT ${event.toUpperCase()}.`,
      `${city} ${d.iso}\n\nResults from the ${event} on ${d.weekday} (prefix number denotes seeding):\n\n${x.round}\n\n${x.lines.join('\n\n')}`,
    );
  };
  const d = day(2);
  const qf = paris[2] as (typeof paris)[number];
  const [w1 = '', w2 = ''] = qf.winners;
  const report = side(
    'reuters-sports',
    `tennis-paris-report-${d.iso}`,
    `TENNIS - ${w1.split(' (')[0]?.split(' ')[1]?.toUpperCase()} SURVIVES SCARE TO REACH PARIS QUARTER-FINALS.`,
    `PARIS ${d.iso}\n\n${w1.split(' (')[0]} needed more than two hours to reach the quarter-finals of the Paris Open on ${d.weekday}, saving two match points before he wore down a tiring opponent in front of a packed centre court.\n\n"I was lucky today, I have to say it," he told reporters. "He served for the match and I just tried to make him play one more ball."\n\n${w2.split(' (')[0]} joined him in the last eight with a far easier win, dropping only five games, and said he felt fresher than at any time since the U.S. Open.\n\nThe tournament is the last chance for several players to qualify for next month's season-ending championship in Hanover.\n\nLeading third-round results:\n\n${qf.lines.slice(0, 4).join('\n\n')}`,
  );
  const pair = pairMaker('tennis', split);
  return [
    pair(
      'tpl-tennis-rounds-1-2',
      results(paris, 0, 'Paris Open', 'PARIS', 0),
      results(paris, 1, 'Paris Open', 'PARIS', 1),
      'one tournament, consecutive days: the winners come back in the next round',
    ),
    pair(
      'tpl-tennis-rounds-2-3',
      results(paris, 1, 'Paris Open', 'PARIS', 1),
      results(paris, 2, 'Paris Open', 'PARIS', 2),
      'one tournament, the next two days',
    ),
    pair(
      'tpl-tennis-two-events',
      results(paris, 0, 'Paris Open', 'PARIS', 0),
      results(stockholm, 0, 'Stockholm Open', 'STOCKHOLM', 7),
      'the same template and round at two tournaments a week apart, overlapping fields',
    ),
    pair(
      'tpl-tennis-story-vs-results',
      report,
      results(paris, 2, 'Paris Open', 'PARIS', 2),
      'a match report that ends with the leading results vs the day’s full results table',
    ),
  ];
}

const SKIERS = [
  ['Luc Alphand', 'France'],
  ['Kristian Ghedina', 'Italy'],
  ['Lasse Kjus', 'Norway'],
  ['Atle Skaardal', 'Norway'],
  ['Patrick Ortlieb', 'Austria'],
  ['Guenther Mader', 'Austria'],
  ['Hermann Maier', 'Austria'],
  ['Fritz Strobl', 'Austria'],
  ['Josef Strobl', 'Austria'],
  ['Werner Franz', 'Austria'],
  ['Andreas Schifferer', 'Austria'],
  ['Kjetil Andre Aamodt', 'Norway'],
  ['Peter Runggaldier', 'Italy'],
  ['Pietro Vitalini', 'Italy'],
  ['Franco Cavegn', 'Switzerland'],
  ['William Besse', 'Switzerland'],
  ['Bruno Kernen', 'Switzerland'],
  ['Xavier Gigandet', 'Switzerland'],
  ['Jean-Luc Cretier', 'France'],
  ['Nicolas Burtin', 'France'],
  ['Ed Podivinsky', 'Canada'],
  ['Brian Stemmle', 'Canada'],
  ['Tommy Moe', 'U.S.'],
  ['AJ Kitt', 'U.S.'],
  ['Kyle Rasmussen', 'U.S.'],
  ['Hannes Trinkl', 'Austria'],
] as const;

interface Race {
  order: (readonly [string, string])[];
  times: string[];
}

function race(r: Rand, base: number): Race {
  const order = shuffle(r, SKIERS).slice(0, 15);
  let t = base + r() * 2;
  const times: string[] = [];
  for (let i = 0; i < order.length; i++) {
    const m = Math.floor(t / 60);
    const s = t - 60 * m;
    times.push(m > 0 ? `${m}:${s.toFixed(2).padStart(5, '0')}` : s.toFixed(2));
    t += 0.05 + r() * 0.4;
  }
  return { order, times };
}

function raceLines(x: Race, rows = 15): string[] {
  return x.order.slice(0, rows).map(([n, c], i) => `${i + 1}. ${n} (${c}) ${x.times[i]}`);
}

function alpineFamily(split: Split): Pair[] {
  const r = prng('alpine');
  const dhVal = race(r, 115);
  const sgVal = race(r, 75);
  const dhVail = race(r, 101);
  const points = [100, 80, 60, 50, 45, 40, 36, 32, 29, 26];
  const standings = (races: Race[]): string[] => {
    const total = new Map<string, number>();
    for (const x of races) {
      for (const [i, [n]] of x.order.slice(0, 10).entries())
        total.set(n, (total.get(n) ?? 0) + (points[i] ?? 0));
    }
    return [...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([n, p], i) => `${i + 1}. ${n.split(' ').slice(-1)[0]} ${p} points`);
  };
  const results = (
    x: Race,
    event: string,
    place: string,
    off: number,
    extra: string[] = [],
    feed = 'reuters-sports',
  ) => {
    const d = day(off);
    return side(
      feed,
      `alpine-${event.toLowerCase().replace(/\W+/g, '-')}${extra.length ? '-with-standings' : ''}-${d.iso}`,
      `ALPINE SKIING - WORLD CUP MEN'S ${event.toUpperCase()} RESULTS.`,
      `${place} ${d.iso}\n\nLeading results in a men's World Cup ${event} race on ${d.weekday}:\n\n${raceLines(x).join('\n\n')}${extra.length ? `\n\n${extra.join('\n\n')}` : ''}`,
    );
  };
  const vailWithStandings = results(dhVail, 'downhill', 'VAIL, Colorado', 13, [
    'World Cup downhill standings (after two races):',
    ...standings([dhVal, dhVail]),
  ]);
  const winner = (dhVal.order[0] as readonly [string, string])[0];
  const second = (dhVal.order[1] as readonly [string, string])[0];
  const d = day(6);
  const report = side(
    'reuters-sports',
    `alpine-downhill-report-${d.iso}`,
    `ALPINE SKIING - ${winner.split(' ').slice(-1)[0]?.toUpperCase()} WINS VAL D'ISERE DOWNHILL.`,
    `VAL D'ISERE, France ${d.iso}\n\n${winner} won the opening men's World Cup downhill of the season on ${d.weekday}, mastering a fast and icy Face de Bellevarde course to beat ${second} by ${(Number.parseFloat(dhVal.times[1]?.split(':')[1] ?? '0') - Number.parseFloat(dhVal.times[0]?.split(':')[1] ?? '0')).toFixed(2)} seconds.\n\nStarting 12th, he attacked the steep middle section where several of the favourites lost time, and held his line through the final compression.\n\n"The snow was perfect and I had nothing to lose today," he said. "After the summer I had, this means everything."\n\nThe race had been delayed by an hour because of strong wind at the top of the course.\n\nLeading results:\n\n${raceLines(dhVal, 10).join('\n\n')}`,
  );
  const pair = pairMaker('alpine', split);
  return [
    pair(
      'tpl-alpine-downhill-vs-superg',
      results(dhVal, 'downhill', "VAL D'ISERE, France", 6),
      results(sgVal, 'super-G', "VAL D'ISERE, France", 7),
      'one venue, one weekend: a downhill and a super-G, the same skiers in another order and other times',
    ),
    pair(
      'tpl-alpine-two-downhills',
      results(dhVal, 'downhill', "VAL D'ISERE, France", 6),
      vailWithStandings,
      'two downhills a week apart',
    ),
    pair(
      'tpl-alpine-results-vs-standings',
      vailWithStandings,
      side(
        'reuters-sports',
        `alpine-standings-${day(13).iso}`,
        "ALPINE SKIING - WORLD CUP MEN'S DOWNHILL STANDINGS.",
        `VAIL, Colorado ${day(13).iso}\n\nWorld Cup men's downhill standings after ${day(13).weekday}'s race:\n\n${standings([dhVal, dhVail]).join('\n\n')}\n\nOverall World Cup standings:\n\n${standings([dhVal, sgVal, dhVail]).join('\n\n')}`,
      ),
      'a race’s results (with the discipline standings appended) vs the standings story of the same day',
    ),
    pair(
      'tpl-alpine-story-vs-results',
      report,
      results(dhVal, 'downhill', "VAL D'ISERE, France", 6),
      'a race report ending with the top ten vs the results table of the same race',
    ),
    pair(
      'tpl-alpine-results-copy',
      results(sgVal, 'super-G', "VAL D'ISERE, France", 7),
      side(
        'skinews-wire',
        'val-disere-super-g-top-10',
        "Val d'Isere super-G: top 10",
        `Top 10 in the men's World Cup super-G at Val d'Isere on ${day(7).weekday}:\n\n${raceLines(sgVal, 10).join('\n\n')}\n\n(Reuters)`,
      ),
      'the results table reprinted, cut to the top ten, with a new intro and a credit',
      'duplicate',
    ),
  ];
}

const GOLFERS = [
  'Scottie Scheffler',
  'Rory McIlroy',
  'Xander Schauffele',
  'Jon Rahm',
  'Collin Morikawa',
  'Ludvig Aberg (Sweden)',
  'Bryson DeChambeau',
  'Tommy Fleetwood (Britain)',
  'Shane Lowry (Ireland)',
  'Viktor Hovland (Norway)',
  'Justin Thomas',
  'Patrick Cantlay',
  'Hideki Matsuyama (Japan)',
  'Sungjae Im (South Korea)',
  'Jordan Spieth',
  'Cameron Smith (Australia)',
  'Tyrrell Hatton (Britain)',
  'Corey Conners (Canada)',
] as const;

function golfFamily(split: Split): Pair[] {
  const r = prng('golf');
  const round = (n: number) =>
    GOLFERS.map((g) => [g, Array.from({ length: n }, () => int(r, 66, 74))] as const);
  const masters = round(2);
  const pga = round(1);
  const board = (scores: typeof masters, rounds: number) =>
    [...scores]
      .map(([g, s]) => [g, s.slice(0, rounds)] as const)
      .sort((a, b) => a[1].reduce((x, y) => x + y, 0) - b[1].reduce((x, y) => x + y, 0))
      .map(([g, s]) =>
        rounds === 1 ? `${s[0]} ${g}` : `${s.reduce((x, y) => x + y, 0)} ${g} ${s.join(' ')}`,
      );
  const story = (event: string, place: string, off: number, scores: typeof masters, rounds: number) => {
    const d = day(off);
    const which = rounds === 1 ? 'first' : 'second';
    return side(
      'reuters-sports',
      `golf-${event.toLowerCase().replace(/\W+/g, '-')}-r${rounds}-${d.iso}`,
      `GOLF - LEADING SCORES AFTER ${which.toUpperCase()} ROUND OF ${event.toUpperCase()}.`,
      `${place} ${d.iso}\n\nLeading scores after the ${which} round of the ${event} on ${d.weekday} (U.S. unless stated, par 72):\n\n${board(scores, rounds).join('\n\n')}`,
    );
  };
  const pair = pairMaker('golf', split);
  return [
    pair(
      'tpl-golf-round-1-2',
      story('Masters', 'AUGUSTA, Georgia', 3, masters, 1),
      story('Masters', 'AUGUSTA, Georgia', 4, masters, 2),
      'one tournament after the first and second rounds: the same players, new totals and order',
    ),
    pair(
      'tpl-golf-two-tournaments',
      story('Masters', 'AUGUSTA, Georgia', 3, masters, 1),
      story('PGA Championship', 'LOUISVILLE, Kentucky', 17, pga, 1),
      'first-round leaderboards of two tournaments, mostly the same players',
    ),
  ];
}

export function racingSportPairs(): Pair[] {
  return [
    ...tennisFamily('dev'),
    ...f1Family('dev'),
    ...alpineFamily('heldout'),
    ...golfFamily('heldout'),
    ...cyclingFamily('heldout'),
    ...racingFamily('heldout'),
    ...cricketFamily('heldout'),
  ];
}
