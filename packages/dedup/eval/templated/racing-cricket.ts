import type { Pair, Split } from './kit.ts';
import { day, int, pairMaker, prng, shuffle, side } from './kit.ts';

// Results from one template each: cycling stages, Formula One, horse racing, cricket (see racing-sports.ts).
export const RIDERS = [
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

export function cyclingFamily(split: Split): Pair[] {
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
  const pair = pairMaker('cycling', split);
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

export function f1Family(split: Split): Pair[] {
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
  const pair = pairMaker('f1', split);
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

export function racingFamily(split: Split): Pair[] {
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

export function cricketFamily(split: Split): Pair[] {
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
