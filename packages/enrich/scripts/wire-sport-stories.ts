import type { Part } from './copy-writer.ts';
import { caps, dateline, type Writer } from './copy-writer.ts';
import { CLUBS, MLB_NFL, MONTHS, NBA, NHL } from './wire-names.ts';

// Written wire copy, sport: match reports, results, standings, North American scores.

// ---------------------------------------------------------------------------------------------
// Story writers. Each writes a headline (returned) and the body into the writer.

export type Story = (w: Writer) => Part[];

export function headline(w: Writer, parts: Part[], shout = w.r.chance(0.75)): Part[] {
  return parts.map((p) =>
    typeof p === 'string' ? (shout ? caps(p) : p) : { kind: p.kind, text: shout ? caps(p.text) : p.text },
  );
}

export const soccerReport: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const [home, away] = [r.pick(CLUBS[league] ?? []), r.pick(CLUBS[league] ?? [])];
  const a = w.person();
  const b = w.person();
  const coach = w.person();
  const hs = r.int(0, 5);
  const as = r.int(0, 4);
  const h = headline(w, [
    'SOCCER - ',
    { kind: 'org', text: home },
    r.pick([' BEAT ', ' HOLD ', ' DRAW WITH ', ' CRUSH ', ' SINK ']),
    { kind: 'org', text: away },
    '',
  ]);
  dateline(w, w.city());
  w.e('org', home)
    .t(` ${r.pick(['beat', 'drew with', 'lost to', 'thrashed', 'edged'])} `)
    .e('org', away)
    .t(` ${hs}-${as} in the ${league} league on ${w.day()} .`);
  w.t(` ${r.pick(['Striker', 'Midfielder', 'Substitute', 'Captain', ''])} `.replace('  ', ' '))
    .e('person', a.full)
    .t(` scored ${r.pick(['twice', 'the opener', 'a late winner', `in the ${w.n(2, 89)}th minute`])} `);
  w.t('before ').e('person', b.full).t(' levelled for the visitors .\n\n');
  w.t('"We played well , " said ')
    .e('org', home)
    .t(' coach ')
    .e('person', coach.full)
    .t(' . "')
    .e('person', a.sur)
    .t(' was outstanding . "\n\n');
  if (r.chance(0.6))
    w.t('The result leaves ')
      .e('org', r.pick(CLUBS[league] ?? []))
      .t(` top of the table , ${w.n(1, 5)} points clear of `)
      .e('org', r.pick(CLUBS[league] ?? []))
      .t(' .\n\n');
  if (r.chance(0.5))
    w.e('person', b.sur)
      .t(` , who joined from `)
      .e('org', r.pick(CLUBS[r.pick(Object.keys(CLUBS))] ?? []))
      .t(` in ${r.pick(MONTHS)} , said : " It was a fair result . "\n`);
  return h;
};

export const soccerResults: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const clubs = CLUBS[league] ?? [];
  const h = headline(
    w,
    ['SOCCER - ', `${league.toUpperCase()} LEAGUE RESULTS`, r.chance(0.5) ? ' .' : ''],
    true,
  );
  dateline(w, w.city());
  w.t(
    `Results of ${league} ${r.pick(['first division', 'league', 'premier division', 'second division'])} matches on ${w.day()} :\n`,
  );
  const games = r.int(3, 9);
  const scorers = r.chance(0.4);
  for (let g = 0; g < games; g++) {
    const hs = r.int(0, 5);
    const as = r.int(0, 4);
    w.e('org', r.pick(clubs)).t(` ${hs} `);
    if (scorers && hs > 0) {
      w.t('( ');
      for (let k = 0; k < hs; k++)
        w.e('person', w.person().sur).t(` ${w.n(1, 90)}${k < hs - 1 ? ' , ' : ' '}`);
      w.t(') ');
    }
    w.e('org', r.pick(clubs)).t(` ${as}`);
    if (scorers && r.chance(0.5))
      w.t(`. Halftime ${r.int(0, hs)}-${r.int(0, as)} . Attendance ${w.n(2, 60)},${w.n(100, 999)}`);
    w.t('\n');
  }
  return h;
};

export const standings: Story = (w) => {
  const r = w.r;
  const kind = r.int(0, 2);
  const shout = r.chance(0.5);
  if (kind === 0) {
    const league = r.pick(Object.keys(CLUBS));
    const h = headline(w, ['SOCCER - ', `${league.toUpperCase()} LEAGUE STANDINGS`], true);
    dateline(w, w.city());
    w.t(
      `${league} league standings after ${w.day()} 's matches ( tabulate under played , won , drawn , lost , goals for , against , points ) :\n`,
    );
    for (const club of [...(CLUBS[league] ?? [])].sort(() => r.next() - 0.5).slice(0, r.int(5, 14))) {
      w.e('org', shout ? caps(club) : club).t(
        ` ${w.n(10, 18)} ${w.n(2, 12)} ${w.n(0, 6)} ${w.n(0, 9)} ${w.n(8, 40)} ${w.n(8, 30)} ${w.n(5, 40)}\n`,
      );
    }
    return h;
  }
  const teams = kind === 1 ? NHL : NBA;
  const h = headline(
    w,
    [
      kind === 1 ? { kind: 'org', text: 'NHL' } : { kind: 'org', text: 'NBA' },
      kind === 1 ? ' ICE HOCKEY - STANDINGS AFTER ' : ' BASKETBALL - STANDINGS AFTER ',
      `${w.day().toUpperCase()} 'S GAMES`,
    ],
    true,
  );
  dateline(w, w.r.pick(['NEW YORK', 'New York', 'TORONTO', 'LOS ANGELES']));
  w.t(
    `Standings of ${kind === 1 ? 'National Hockey League' : 'National Basketball Association'} teams after games played on ${w.day()} ( tabulate under won , lost${kind === 1 ? ' , tied , goals for , goals against , points' : ' , winning percentage , games behind'} ) :\n`,
  );
  w.t(r.pick(['EASTERN CONFERENCE', 'WESTERN CONFERENCE']))
    .t('\n')
    .t(
      r.pick([
        'NORTHEAST DIVISION',
        'ATLANTIC DIVISION',
        'CENTRAL DIVISION',
        'PACIFIC DIVISION',
        'MIDWEST DIVISION',
      ]),
    )
    .t('\n');
  w.t(kind === 1 ? 'W L T GF GA PTS\n' : 'W L PCT GB\n');
  for (const [city] of [...teams].sort(() => r.next() - 0.5).slice(0, r.int(5, 10))) {
    w.e('org', shout ? caps(city) : city);
    w.t(
      kind === 1
        ? ` ${w.n(3, 18)} ${w.n(3, 15)} ${w.n(0, 6)} ${w.n(40, 90)} ${w.n(40, 90)} ${w.n(10, 40)}\n`
        : ` ${w.n(2, 18)} ${w.n(2, 15)} .${w.n(100, 900)} ${r.pick(['-', '1', '2 1/2', '4', '6 1/2'])}\n`,
    );
  }
  if (r.chance(0.6)) {
    w.t(`\n${caps(w.day())} , ${caps(r.pick(MONTHS))} ${r.int(1, 28)} SCHEDULE\n`);
    for (let k = 0; k < r.int(2, 5); k++) {
      const [a] = r.pick(teams);
      const [b] = r.pick(teams);
      w.e('org', a)
        .t(' at ')
        .e('org', shout ? caps(b) : b)
        .t('\n');
    }
  }
  return h;
};

export const usResults: Story = (w) => {
  const r = w.r;
  const kind = r.int(0, 2);
  const teams = kind === 0 ? NHL : kind === 1 ? NBA : MLB_NFL;
  const league = kind === 0 ? 'NHL' : kind === 1 ? 'NBA' : 'NFL';
  const h = headline(
    w,
    [
      { kind: 'org', text: league },
      ` ${kind === 0 ? 'ICE HOCKEY' : kind === 1 ? 'BASKETBALL' : 'AMERICAN FOOTBALL'} - RESULTS`,
    ],
    true,
  );
  dateline(w, 'NEW YORK');
  w.t(
    `Results of ${kind === 0 ? 'National Hockey League' : kind === 1 ? 'National Basketball Association' : 'National Football League'} games on ${w.day()} ( home team in CAPS ) :\n`,
  );
  for (let k = 0; k < r.int(3, 8); k++) {
    const [a] = r.pick(teams);
    const [b] = r.pick(teams);
    w.e('org', a)
      .t(` ${w.n(0, 120)} `)
      .e('org', caps(b))
      .t(` ${w.n(0, 120)}${r.chance(0.2) ? ' ( OT )' : ''}\n`);
  }
  if (r.chance(0.7)) {
    const [city, nick] = r.pick(teams);
    const p = w.person();
    w.t('\n')
      .e('person', p.full)
      .t(` scored ${w.n(2, 40)} ${kind === 1 ? 'points' : 'goals'} as the `)
      .e('org', `${city} ${nick}`)
      .t(` beat the `)
      .e('org', r.pick(teams)[1])
      .t(` on ${w.day()} night .`);
    w.t(' ')
      .e('person', p.sur)
      .t(` added ${w.n(2, 12)} ${kind === 1 ? 'rebounds' : 'assists'} for `)
      .e('org', city)
      .t(` , which has won ${w.n(2, 9)} straight .\n`);
  }
  return h;
};
