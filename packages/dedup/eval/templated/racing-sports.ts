import type { Pair, Rand, Split } from './kit.ts';
import { day, int, prng, shuffle, side } from './kit.ts';

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
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'tennis',
    split,
    a,
    b,
    note,
  });
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
  const pair = (
    id: string,
    a: Pair['a'],
    b: Pair['b'],
    note: string,
    label: Pair['label'] = 'distinct',
  ): Pair => ({
    id,
    kind: label === 'distinct' ? 'template' : 'template-copy',
    label,
    family: 'alpine',
    split,
    a,
    b,
    note,
  });
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
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'golf',
    split,
    a,
    b,
    note,
  });
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

const RIDERS = [
  'Bjarne Riis (Denmark) Telekom',
  'Jan Ullrich (Germany) Telekom',
  'Richard Virenque (France) Festina',
  'Laurent Dufaux (Switzerland) Festina',
  'Peter Luttenberger (Austria) Carrera',
  'Luc Leblanc (France) Polti',
  'Piotr Ugrumov (Latvia) Roslotto',
  'Fernando Escartin (Spain) Kelme',
  'Abraham Olano (Spain) Mapei',
  'Tony Rominger (Switzerland) Mapei',
  'Miguel Indurain (Spain) Banesto',
  'Evgeni Berzin (Russia) Gewiss',
  'Leonardo Piepoli (Italy) Refin',
  'Udo Boelts (Germany) Telekom',
  'Erik Zabel (Germany) Telekom',
  'Djamolidine Abdoujaparov (Uzbekistan) Refin',
] as const;

function cyclingFamily(split: Split): Pair[] {
  const r = prng('cycling');
  const overall = new Map<string, number>(RIDERS.map((x) => [x, int(r, 0, 600)]));
  const stages: { no: number; lines: string[]; overall: string[]; from: string; to: string; km: number }[] =
    [];
  const routes = [
    ['Gap', 'Valence', 199],
    ['Valence', 'Le Puy-en-Velay', 143],
    ['Le Puy-en-Velay', 'Super-Besse', 177],
  ] as const;
  for (const [i, [from, to, km]] of routes.entries()) {
    const order = shuffle(r, RIDERS);
    let t = 4 * 3600 + int(r, 0, 3600);
    const lines: string[] = [];
    for (const [k, rider] of order.slice(0, 10).entries()) {
      const gap = k === 0 ? 0 : int(r, 0, 90);
      overall.set(rider, (overall.get(rider) ?? 0) + gap);
      lines.push(
        k === 0
          ? `${k + 1}. ${rider} ${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
          : `${k + 1}. ${rider} ${gap === 0 ? 'same time' : `${Math.floor(gap / 60)}:${String(gap % 60).padStart(2, '0')} behind`}`,
      );
      t += gap;
    }
    const ranked = [...overall].sort((a, b) => a[1] - b[1]).slice(0, 8);
    const lead = ranked[0]?.[1] ?? 0;
    stages.push({
      no: 14 + i,
      from,
      to,
      km,
      lines,
      overall: ranked.map(
        ([n, s], k) =>
          `${k + 1}. ${n} ${k === 0 ? '64:12:30' : `${Math.floor((s - lead) / 60)}:${String((s - lead) % 60).padStart(2, '0')}`}`,
      ),
    });
  }
  const story = (i: number) => {
    const s = stages[i] as (typeof stages)[number];
    const d = day(200 + i);
    return side(
      'reuters-sports',
      `cycling-tour-stage-${s.no}`,
      `CYCLING - TOUR DE FRANCE STAGE ${s.no} RESULTS.`,
      `${s.to.toUpperCase()}, France ${d.iso}\n\nResults of the ${s.no}th stage of the Tour de France, a ${s.km} km ride from ${s.from} to ${s.to}, on ${d.weekday}:\n\n${s.lines.join('\n\n')}\n\nOverall standings:\n\n${s.overall.join('\n\n')}`,
    );
  };
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'cycling',
    split,
    a,
    b,
    note,
  });
  return [
    pair(
      'tpl-cycling-stage-14-15',
      story(0),
      story(1),
      'consecutive Tour stages: the same riders, other order and gaps',
    ),
    pair('tpl-cycling-stage-15-16', story(1), story(2), 'the next two stages'),
  ];
}

function f1Family(split: Split): Pair[] {
  const r = prng('f1');
  const drivers = [
    'Damon Hill (Britain) Williams',
    'Jacques Villeneuve (Canada) Williams',
    'Michael Schumacher (Germany) Ferrari',
    'Eddie Irvine (Britain) Ferrari',
    'Jean Alesi (France) Benetton',
    'Gerhard Berger (Austria) Benetton',
    'Mika Hakkinen (Finland) McLaren',
    'David Coulthard (Britain) McLaren',
    'Heinz-Harald Frentzen (Germany) Sauber',
    'Rubens Barrichello (Brazil) Jordan',
    'Martin Brundle (Britain) Jordan',
    'Olivier Panis (France) Ligier',
  ];
  const classification = (gp: string, place: string, off: number) => {
    const d = day(off);
    const order = shuffle(r, drivers);
    const rows = order.map((x, i) =>
      i === 0
        ? `1. ${x} 1:${int(r, 32, 44)}:${String(int(r, 0, 59)).padStart(2, '0')}.${int(r, 100, 999)}`
        : `${i + 1}. ${x} +${(i * 4 + r() * 9).toFixed(3)}`,
    );
    return side(
      'reuters-sports',
      `f1-${gp.toLowerCase().replace(/\W+/g, '-')}-race`,
      `MOTOR RACING - ${gp.toUpperCase()} GRAND PRIX RESULTS.`,
      `${place} ${d.iso}\n\nFinal classification of the ${gp} Grand Prix on ${d.weekday}:\n\n${rows.join('\n\n')}`,
    );
  };
  const qualifying = (gp: string, place: string, off: number) => {
    const d = day(off);
    const order = shuffle(r, drivers);
    let t = 98 + r();
    const rows = order.map((x, i) => {
      t += r() * 0.5;
      return `${i + 1}. ${x} 1:${(t - 60).toFixed(3).padStart(6, '0')}`;
    });
    return side(
      'reuters-sports',
      `f1-${gp.toLowerCase().replace(/\W+/g, '-')}-grid`,
      `MOTOR RACING - ${gp.toUpperCase()} GRAND PRIX GRID.`,
      `${place} ${d.iso}\n\nStarting grid for ${d.weekday === 'Saturday' ? "Sunday's" : 'the'} ${gp} Grand Prix after final qualifying on ${d.weekday}:\n\n${rows.join('\n\n')}`,
    );
  };
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'f1',
    split,
    a,
    b,
    note,
  });
  const japan = classification('Japanese', 'SUZUKA, Japan', 13);
  return [
    pair(
      'tpl-f1-grid-vs-race',
      qualifying('Japanese', 'SUZUKA, Japan', 12),
      japan,
      'one Grand Prix: the grid and the race classification, the same twelve drivers',
    ),
    pair(
      'tpl-f1-two-races',
      classification('Portuguese', 'ESTORIL, Portugal', -22),
      japan,
      'two Grands Prix in the same template',
    ),
  ];
}

function racingFamily(split: Split): Pair[] {
  const r = prng('racing');
  const horses = [
    'Desert Orchid',
    'One Man',
    'Viking Flagship',
    'Master Oats',
    'Coome Hill',
    'Strong Promise',
    'Dublin Flyer',
    'Rough Quest',
    'Barton Bank',
    'Mr Mulligan',
    'Challenger Du Luc',
    'Suny Bay',
    'Go Ballistic',
    'Cyborgo',
    'Senor El Betrutti',
    'Dorans Pride',
  ];
  const jockeys = [
    'R. Dunwoody',
    'A.P. McCoy',
    'J. Osborne',
    'N. Williamson',
    'M. Fitzgerald',
    'T. Jenks',
    'A. Maguire',
    'C. Llewellyn',
  ];
  const meeting = (course: string, off: number) => {
    const d = day(off);
    const lines: string[] = [];
    for (const time of ['1.30', '2.05', '2.40', '3.15']) {
      const field = shuffle(r, horses).slice(0, 3);
      lines.push(
        `${time}: 1. ${field[0]} (${jockeys[int(r, 0, 7)]}) ${int(r, 2, 9)}-${int(r, 1, 2)}, 2. ${field[1]} (${jockeys[int(r, 0, 7)]}) ${int(r, 3, 14)}-1, 3. ${field[2]} (${jockeys[int(r, 0, 7)]}) ${int(r, 5, 20)}-1. ${int(r, 6, 14)} ran.`,
      );
    }
    return side(
      'pa-racing',
      `racing-results-${course.toLowerCase().replace(/\W+/g, '-')}-${d.iso}`,
      `HORSE RACING - RESULTS AT ${course.toUpperCase()}.`,
      `LONDON ${d.iso}\n\nResults of races at ${course} on ${d.weekday}:\n\n${lines.join('\n\n')}`,
    );
  };
  const sandown = meeting('Sandown Park', 6);
  return [
    {
      id: 'tpl-racing-two-meetings',
      kind: 'template',
      label: 'distinct',
      family: 'horse-racing',
      split,
      a: sandown,
      b: meeting('Kempton Park', 7),
      note: 'two race meetings on consecutive days, the same horses and jockeys in other races',
    },
    {
      id: 'tpl-racing-same-course-next-week',
      kind: 'template',
      label: 'distinct',
      family: 'horse-racing',
      split,
      a: sandown,
      b: meeting('Sandown Park', 13),
      note: 'the same course a week later: the same race times, other results',
    },
  ];
}

function cricketFamily(split: Split): Pair[] {
  const india = [
    ['Yashasvi Jaiswal', 'c McSweeney b Starc', 0],
    ['KL Rahul', 'c Carey b Starc', 26],
    ['Devdutt Padikkal', 'c Carey b Hazlewood', 0],
    ['Virat Kohli', 'c Khawaja b Hazlewood', 5],
    ['Rishabh Pant', 'c Smith b Cummins', 37],
    ['Dhruv Jurel', 'c Labuschagne b Marsh', 11],
    ['Washington Sundar', 'c Carey b Marsh', 4],
    ['Nitish Kumar Reddy', 'c Khawaja b Cummins', 41],
    ['Harshit Rana', 'c Head b Hazlewood', 7],
    ['Jasprit Bumrah', 'c Carey b Cummins', 8],
    ['Mohammed Siraj', 'not out', 0],
  ] as const;
  const aus = [
    ['Usman Khawaja', 'c Kohli b Bumrah', 8],
    ['Nathan McSweeney', 'lbw b Bumrah', 10],
    ['Marnus Labuschagne', 'lbw b Siraj', 2],
    ['Steve Smith', 'lbw b Bumrah', 0],
    ['Travis Head', 'b Rana', 11],
    ['Mitchell Marsh', 'c Rahul b Siraj', 6],
    ['Alex Carey', 'c Pant b Bumrah', 21],
    ['Pat Cummins', 'c Pant b Bumrah', 3],
    ['Mitchell Starc', 'c Pant b Rana', 26],
    ['Nathan Lyon', 'c Rahul b Rana', 5],
    ['Josh Hazlewood', 'not out', 7],
  ] as const;
  const innings = (
    team: string,
    rows: readonly (readonly [string, string, number])[],
    upTo: number,
    total: string,
  ) =>
    `${team} first innings\n\n${rows
      .slice(0, upTo)
      .map(([n, how, runs]) => `${n} ${how} ${runs}`)
      .join('\n\n')}\n\n${total}`;
  const day1 = side(
    'reuters-sports',
    'cricket-aus-ind-perth-day1',
    'CRICKET-Scoreboard on the first day of the first test between Australia and India',
    `PERTH, Australia, Nov 22 (Reuters) - Scoreboard on the first day of the first test between Australia and India at the Perth Stadium on Friday:\n\n${innings('India', india, 11, 'Total (all out, 49.4 overs) 150')}\n\nFall of wickets: 1-5 2-14 3-32 4-47 5-59 6-73 7-121 8-128 9-150\n\n${innings('Australia', aus.slice(0, 7), 7, 'Total (for 7 wickets, 27 overs) 67')}\n\nAt stumps: Australia 67-7 (Carey 19, Starc 6)`,
  );
  const day2 = side(
    'reuters-sports',
    'cricket-aus-ind-perth-day2',
    'CRICKET-Scoreboard on the second day of the first test between Australia and India',
    `PERTH, Australia, Nov 23 (Reuters) - Scoreboard on the second day of the first test between Australia and India at the Perth Stadium on Saturday:\n\n${innings('India', india, 11, 'Total (all out, 49.4 overs) 150')}\n\nFall of wickets: 1-5 2-14 3-32 4-47 5-59 6-73 7-121 8-128 9-150\n\n${innings('Australia', aus, 11, 'Total (all out, 51.2 overs) 104')}\n\nFall of wickets: 1-19 2-19 3-19 4-31 5-38 6-47 7-59 8-70 9-79\n\nIndia second innings\n\nYashasvi Jaiswal not out 90\n\nKL Rahul not out 62\n\nTotal (for no wicket, 57 overs) 172\n\nAt stumps: India lead by 218 runs`,
  );
  return [
    {
      id: 'tpl-cricket-scoreboard-day1-day2',
      kind: 'template',
      label: 'distinct',
      family: 'cricket',
      split,
      a: day1,
      b: day2,
      note: 'cumulative scoreboards: day two repeats day one’s first innings and adds a day’s play',
    },
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
