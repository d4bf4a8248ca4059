import type { Kind } from './copy-writer.ts';
import { COUNTRY_ADJ, caps, dateline, WIRE_COUNTRIES } from './copy-writer.ts';
import { CLUBS, CRICKET_COUNTIES, EVENTS } from './wire-names.ts';
import type { Story } from './wire-sport-stories.ts';
import { headline } from './wire-sport-stories.ts';

// Written wire copy, sport: individual results, tennis, cricket, line-ups, and match reports told
// through their players.

export const individualResults: Story = (w) => {
  const r = w.r;
  const sport = r.pick([
    'ALPINE SKIING',
    'ATHLETICS',
    'GOLF',
    'CYCLING',
    'SPEED SKATING',
    'BIATHLON',
    'SWIMMING',
    'MOTOR RACING',
    'BOXING',
  ]);
  const event = r.pick(EVENTS);
  const place = w.city();
  const h = headline(
    w,
    [
      `${sport} - `,
      r.chance(0.5) ? `${r.pick(['WOMEN', 'MEN'])} 'S ` : '',
      `${event.toUpperCase()} ${r.pick(['RESULTS', 'LEADERS', 'STANDINGS'])}`,
    ],
    true,
  );
  dateline(w, place, r.chance(0.4) ? w.country() : undefined);
  w.t(
    `${r.pick(['Leading', 'Final', 'Provisional'])} results ${r.pick(['of', 'from', 'after'])} the ${r.pick(['downhill', 'super-G', 'slalom', 'giant slalom', '100 metres', 'second round', 'stage', 'time trial', '500 metres'])} on ${w.day()} :\n`,
  );
  const golf = sport === 'GOLF';
  for (let k = 1; k <= r.int(4, 12); k++) {
    const p = w.person();
    const name = r.chance(0.15) ? `${p.first.charAt(0)}. ${p.sur}` : p.full;
    if (golf)
      w.t(`${w.n(64, 74)} `)
        .e('person', name)
        .t(' ( ')
        .e('place', w.country())
        .t(` ) ${w.n(64, 74)} ${w.n(64, 74)}\n`);
    else {
      w.t(`${k}. `)
        .e('person', r.chance(0.2) ? caps(name) : name)
        .t(' ( ');
      if (r.chance(0.8)) w.e('place', w.country());
      else w.e('org', w.company());
      w.t(` ) ${w.n(1, 2)}:${w.n(10, 59)}.${w.n(10, 99)}\n`);
    }
  }
  if (r.chance(0.5)) {
    w.t(`\nOverall ${r.pick(['World Cup', 'standings', 'leaders'])} after ${w.n(2, 9)} events :\n`);
    for (let k = 1; k <= r.int(2, 6); k++) {
      const p = w.person();
      w.t(`${k}. `)
        .e('person', p.full)
        .t(' ( ')
        .e('place', w.country())
        .t(` ) ${w.n(50, 400)} points\n`);
    }
  }
  return h;
};

export const tennis: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const h = headline(
    w,
    [
      'TENNIS - ',
      r.pick(['RESULTS AT ', 'RESULTS OF THE ']),
      { kind: 'place', text: caps(city) },
      ' ',
      r.pick(['OPEN', 'CHAMPIONSHIPS', 'INDOOR TOURNAMENT', 'GRAND SLAM CUP']),
    ],
    true,
  );
  dateline(w, city, r.chance(0.3) ? w.country() : undefined);
  w.t(
    `Results from the ${r.pick(['$ 1 million', '$ 300,000', 'ATP', 'WTA'])} tournament on ${w.day()} ( prefix number denotes seeding ) :\n`,
  );
  w.t(`${r.pick(['Quarter-finals', 'Semifinals', 'Second round', 'First round', 'Final'])}\n`);
  for (let k = 0; k < r.int(2, 8); k++) {
    const a = w.person();
    const b = w.person();
    if (r.chance(0.4)) w.t(`${r.int(1, 8)} - `);
    w.e('person', a.full)
      .t(' ( ')
      .e('place', w.country())
      .t(` ) beat `)
      .e('person', b.full)
      .t(' ( ')
      .e('place', w.country())
      .t(` ) ${r.int(6, 7)}-${r.int(0, 5)} ${r.int(3, 7)}-${r.int(0, 6)}\n`);
  }
  return h;
};

export const cricket: Story = (w) => {
  const r = w.r;
  const teamA = r.chance(0.5) ? r.pick(WIRE_COUNTRIES.slice(0, 60)) : r.pick(CRICKET_COUNTIES);
  const teamB = r.chance(0.5) ? r.pick(WIRE_COUNTRIES.slice(0, 60)) : r.pick(CRICKET_COUNTIES);
  const county = CRICKET_COUNTIES.includes(teamA);
  const kindA: Kind = county ? 'org' : 'place';
  const kindB: Kind = CRICKET_COUNTIES.includes(teamB) ? 'org' : 'place';
  const h = headline(
    w,
    [
      'CRICKET - ',
      { kind: kindA, text: teamA },
      ' V ',
      { kind: kindB, text: teamB },
      ' ',
      r.pick(['SCOREBOARD', 'CLOSE OF PLAY', 'FIRST TEST SCORES']),
    ],
    true,
  );
  dateline(w, w.city());
  w.t(
    `${r.pick(['Scoreboard', 'Close of play scores'])} on the ${r.pick(['first', 'second', 'third', 'fourth', 'final'])} day of the ${r.pick(['first', 'second', 'third'])} ${r.pick(['test', 'one-day international', 'four-day match'])} between `,
  )
    .e(kindA, teamA)
    .t(' and ')
    .e(kindB, teamB)
    .t(` at the ${w.city()} ${r.pick(['Cricket Ground', 'Oval', 'Stadium'])} on ${w.day()} :\n`);
  w.e(kindA, teamA).t(` first innings\n`);
  const bowlers = [w.person(), w.person(), w.person()];
  for (let k = 0; k < r.int(4, 11); k++) {
    const p = w.person();
    const bat = r.chance(0.5) ? `${p.first.charAt(0)}. ${p.sur}` : p.sur;
    const bowler = r.pick(bowlers).sur;
    const how = r.int(0, 3);
    w.e('person', bat).t(' ');
    if (how === 0) w.t('c ').e('person', w.person().sur).t(' b ').e('person', bowler);
    else if (how === 1) w.t('b ').e('person', bowler);
    else if (how === 2) w.t('lbw b ').e('person', bowler);
    else w.t('not out');
    w.t(` ${w.n(0, 150)}\n`);
  }
  w.t(
    `Extras ( lb-${w.n(1, 9)} nb-${w.n(1, 9)} ) ${w.n(2, 20)}\nTotal ( for ${w.n(3, 9)} wickets ) ${w.n(120, 450)}\nBowling : `,
  );
  for (const [i, b] of bowlers.entries())
    w.e('person', b.sur).t(` ${w.n(8, 30)}-${w.n(0, 8)}-${w.n(20, 90)}-${w.n(0, 5)}${i < 2 ? ' , ' : '\n'}`);
  return h;
};

export const lineup: Story = (w) => {
  const r = w.r;
  const national = r.chance(0.5);
  const league = r.pick(Object.keys(CLUBS));
  const teamA = national ? w.country() : r.pick(CLUBS[league] ?? []);
  const teamB = national ? w.country() : r.pick(CLUBS[league] ?? []);
  const kind: Kind = national ? 'place' : 'org';
  const h = headline(w, ['SOCCER - ', { kind, text: teamA }, ' V ', { kind, text: teamB }, ' LINE-UPS']);
  dateline(w, w.city());
  w.t(
    `Teams for ${w.day()} 's ${national ? r.pick(['World Cup qualifier', 'friendly international', 'European Championship qualifier']) : 'league match'} between `,
  )
    .e(kind, teamA)
    .t(' and ')
    .e(kind, teamB)
    .t(' :\n');
  for (const team of [teamA, teamB]) {
    w.e(kind, team).t(' : ');
    const numbered = r.chance(0.5);
    const count = r.int(11, 14);
    for (let k = 1; k <= count; k++) {
      if (numbered) w.t(`${k} - `);
      const p = w.person();
      w.e('person', r.chance(0.3) ? p.sur : p.full);
      w.t(k === count ? '\n' : r.chance(0.15) ? ' ; ' : ' , ');
    }
  }
  if (r.chance(0.5))
    w.t('Referee : ').e('person', w.person().full).t(' ( ').e('place', w.country()).t(' )\n');
  return h;
};

// Match reports told through their players: names with no cue but the play around them.
export const PLAY = [
  '{P} scored twice',
  'two goals from {P}',
  'a penalty by {P}',
  '{P} opened the scoring after {N} minutes',
  '{P} headed home from a corner',
  '{NAT} midfielder {P} levelled',
  '{P} , who joined from {C} in the summer , hit the bar',
  'a late equaliser from {P}',
  '{P} was sent off for a second booking',
  'goalkeeper {P} saved a penalty from {P}',
  '{P} and {P} both scored',
  '{C} striker {P} was injured',
  '{P} beat {P} 6-3 6-4',
  '{P} of {K} won the {E}',
  'defending champion {P} crashed out',
  'the {NAT} {P} finished second',
];

export const playByPlay: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const clubs = CLUBS[league] ?? [];
  const star = w.person();
  const h = headline(
    w,
    [
      r.pick(['SOCCER - ', 'FOOTBALL - ', 'TENNIS - ', 'GOLF - ']),
      { kind: 'person', text: caps(star.sur) },
      ` ${r.pick(['STRIKES AS', 'INSPIRES', 'SINKS', 'RESCUES'])} `,
      { kind: 'org', text: caps(r.pick(clubs)) },
    ],
    true,
  );
  dateline(w, w.city());
  for (let k = r.int(3, 6); k > 0; k--) {
    const template = r.pick(PLAY);
    for (const piece of template.split(/(\{[A-Z]+\})/)) {
      if (piece === '{P}') {
        const p = r.chance(0.3) ? star : w.person();
        w.e('person', r.chance(0.25) && p === star ? p.sur : p.full);
      } else if (piece === '{C}') w.e('org', r.pick(clubs));
      else if (piece === '{K}') w.e('place', w.country());
      else if (piece === '{N}') w.t(w.n(2, 89));
      else if (piece === '{NAT}') w.t(r.pick(COUNTRY_ADJ));
      else if (piece === '{E}') w.t(r.pick(EVENTS));
      else w.t(piece);
    }
    w.t(r.pick([' on Sunday .', ' .', ' in the first half .', ' as ']));
    if (w.parts.at(-1) === ' as ') w.e('org', r.pick(clubs)).t(' won .');
    w.t(r.chance(0.5) ? '\n\n' : ' ');
  }
  return h;
};
