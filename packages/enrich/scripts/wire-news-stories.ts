import { COUNTRY_ADJ, caps, dateline } from './copy-writer.ts';
import { INDEXES, INSTITUTIONS, MONTHS, TITLES } from './wire-names.ts';
import type { Story } from './wire-sport-stories.ts';
import { headline } from './wire-sport-stories.ts';

// Written wire copy, news: markets, commodities, companies, politics, crime, medals, institutions.

export const market: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const country = w.country();
  const adj = r.pick(COUNTRY_ADJ);
  const idx = r.pick(INDEXES);
  const h = headline(w, [
    r.pick([
      `${adj} stocks close ${r.pick(['higher', 'lower', 'mixed', 'firm'])}`,
      `${adj} shares ${r.pick(['slip', 'rise', 'end flat'])} in thin trade`,
      `${adj} bonds ease on rate worries`,
      'Dollar firms against yen',
      `${adj} T-bill yields fall`,
    ]),
  ]);
  dateline(w, city);
  w.t(
    `${adj} shares ${r.pick(['closed', 'ended'])} ${r.pick(['higher', 'lower', 'mixed'])} on ${w.day()} , with the ${idx} ${r.pick(['rising', 'falling', 'easing'])} ${w.n(1, 90)}.${w.n(1, 99)} points to ${w.n(900, 20000)}.${w.n(1, 99)} , dealers said .\n\n`,
  );
  const c1 = w.company();
  const c2 = w.company();
  w.e('org', w.companyFull(c1))
    .t(
      ` ${r.pick(['rose', 'gained', 'fell', 'dropped', 'added'])} ${w.n(1, 90)} ${r.pick(['cents', 'pence', 'yen', 'points', 'percent'])} to ${w.n(1, 900)} after ${r.pick(['reporting higher profits', 'a broker upgrade', 'news of a takeover bid', 'its results'])} , while `,
    )
    .e('org', c2)
    .t(` ${r.pick(['slipped', 'eased', 'lost', 'firmed'])} ${w.n(1, 30)} .\n\n`);
  const analyst = w.person();
  w.t('" The market is waiting for the ')
    .e('org', r.pick(INSTITUTIONS.slice(0, 24)))
    .t(' , " said ')
    .e('person', analyst.full)
    .t(` , ${r.pick(['an analyst', 'a dealer', 'head of research', 'a strategist', 'chief economist'])} at `)
    .e('org', w.company())
    .t(' in ')
    .e('place', city)
    .t(' .\n\n');
  if (r.chance(0.6))
    w.e('person', analyst.sur)
      .t(
        ` said ${r.pick(['foreign investors', 'local institutions', 'funds'])} were ${r.pick(['cautious', 'buying', 'selling'])} ahead of data from `,
      )
      .e('place', country)
      .t(' .\n\n');
  if (r.chance(0.5))
    w.t(
      `Volume was ${w.n(10, 900)} million shares worth ${w.n(1, 90)} billion ${r.pick(['yen', 'rupiah', 'baht', 'pesos', 'rand', 'forints', 'crowns'])} .\n`,
    );
  if (r.chance(0.4))
    w.t('-- ')
      .e('person', w.person().full)
      .t(` , ${city} newsroom +${w.n(1, 99)} ${w.n(100, 999)} ${w.n(1000, 9999)}\n`);
  return h;
};

export const commodities: Story = (w) => {
  const r = w.r;
  const org = r.pick([
    'USDA',
    'U.S. Agriculture Department',
    'Chicago Board of Trade',
    'International Coffee Organisation',
    'OPEC',
    'London Metal Exchange',
    'Malaysian Palm Oil Board',
    'Australian Wheat Board',
    'Canadian Wheat Board',
    'International Cocoa Organisation',
  ]);
  const h = headline(w, [
    r.pick(['', `${r.pick(COUNTRY_ADJ)} `]),
    `${r.pick(['wheat', 'coffee', 'cocoa', 'crude', 'copper', 'gold', 'sugar', 'soybean', 'palm oil', 'rubber'])} ${r.pick(['prices fall', 'futures rise', 'exports seen lower', 'output forecast cut', 'stocks rise'])}`,
  ]);
  dateline(w, w.r.chance(0.5) ? 'CHICAGO' : w.city());
  w.t('The ')
    .e('org', org)
    .t(
      ` ${r.pick(['said on', 'forecast on', 'reported on'])} ${w.day()} that ${r.pick(['exports', 'output', 'stocks', 'shipments'])} from `,
    )
    .e('place', w.country())
    .t(
      ` would ${r.pick(['rise', 'fall', 'hold steady'])} to ${w.n(1, 90)} million tonnes in ${r.pick(['1996/97', '1997', 'the current season'])} .\n\n`,
    );
  const trader = w.person();
  w.t('" ')
    .e('org', org)
    .t(' was a bit more bearish than expected , " a trader at ')
    .e('org', w.company())
    .t(' said . ');
  w.e('person', trader.full)
    .t(` of `)
    .e('org', w.company())
    .t(` said buying by `)
    .e('place', w.country())
    .t(' had slowed .\n\n');
  if (r.chance(0.5))
    w.e('org', 'Reuters').t(
      ` ${r.pick(['surveyed', 'polled'])} ${w.n(5, 30)} analysts , who expected prices to ${r.pick(['rise', 'fall'])} .\n`,
    );
  return h;
};

export const company: Story = (w) => {
  const r = w.r;
  const c = w.company();
  const full = w.companyFull(c);
  const ceo = w.person();
  const city = w.city();
  const h = headline(w, [
    { kind: 'org', text: c },
    ` ${r.pick(['sees higher 1997 profit', 'to cut 2,000 jobs', 'buys stake in', 'posts net loss', 'shares suspended', 'wins order from'])}`,
    r.chance(0.5) ? ' ' : '',
    ...(r.chance(0.5) ? [{ kind: 'org' as const, text: w.company() }] : []),
  ]);
  dateline(w, city);
  w.e('org', full).t(
    ` said on ${w.day()} it ${r.pick(['expected net profit to rise', 'would cut jobs', 'had agreed to buy', 'made a net loss', 'won a contract'])} ${r.pick(['in 1997', 'from', 'this year', `worth $ ${w.n(2, 900)} million`])} `,
  );
  if (r.chance(0.6)) w.e('org', w.company()).t(' ');
  w.t('.\n\n');
  w.t(
    `"${r.pick(['We are confident', 'The outlook is good', 'Conditions remain difficult'])} , " ${r.pick(['chairman', 'chief executive', 'managing director', 'president'])} `,
  )
    .e('person', ceo.full)
    .t(` told ${r.pick(['a news conference', 'reporters', 'shareholders'])} in `)
    .e('place', city)
    .t(' .\n\n');
  w.e('person', ceo.sur)
    .t(` said ${r.pick(['demand from', 'sales to', 'competition in'])} `)
    .e('place', w.country())
    .t(` ${r.pick(['was strong', 'had weakened', 'remained fierce'])} .`);
  if (r.chance(0.5))
    w.t(' The company , which is ')
      .e('org', w.company())
      .t(` 's biggest ${r.pick(['supplier', 'customer', 'rival'])} , employs ${w.n(2, 90)},000 people .`);
  w.t('\n\n');
  if (r.chance(0.5))
    w.t('Shares in ')
      .e('org', c)
      .t(
        ` ${r.pick(['rose', 'fell'])} ${w.n(1, 40)} ${r.pick(['pence', 'cents', 'marks', 'francs'])} on the `,
      )
      .e(
        'org',
        r.pick([
          'London Stock Exchange',
          'Paris Bourse',
          'Frankfurt bourse',
          'Tokyo Stock Exchange',
          'New York Stock Exchange',
          'Nasdaq',
        ]),
      )
      .t(' .\n');
  return h;
};

export const politics: Story = (w) => {
  const r = w.r;
  const country = w.country();
  const capital = w.city();
  const leader = w.person();
  const other = w.person();
  const minister = w.person();
  const title = r.pick(TITLES);
  const otherCountry = w.country();
  const party = r.chance(0.5)
    ? r.pick(INSTITUTIONS.slice(48, 66))
    : `${r.pick(['National', 'Democratic', 'Social', 'Freedom', 'People', 'Popular', 'Republican', 'Liberal', 'Green'])} ${r.pick(['Party', 'Front', 'Union', 'Alliance', 'Movement', 'Congress'])}`;
  const h = headline(w, [
    { kind: 'place', text: country },
    ` ${r.pick(["'s", ''])} `.replace('  ', ' '),
    r.pick([{ kind: 'person' as const, text: leader.sur }, 'leader', 'opposition', 'parliament']),
    ` ${r.pick(['says', 'rejects', 'calls for', 'warns', 'wins'])} ${r.pick(['talks', 'vote', 'reform', 'peace plan', 'poll', 'deal'])}`,
  ]);
  dateline(w, capital, r.chance(0.3) ? country : undefined);
  w.t(`${r.pick(['', `${country} `])}${title} `)
    .e('person', leader.full)
    .t(
      ` ${r.pick(['said', 'told parliament', `said on ${w.day()}`, 'warned'])} that ${r.pick(['talks with', 'relations with', 'a trade dispute with', 'the conflict with'])} `,
    )
    .e('place', otherCountry)
    .t(` ${r.pick(['would continue', 'had stalled', 'were improving', 'must be resolved'])} .\n\n`);
  w.t('" We will not accept ')
    .t(r.pick(['this', 'any delay', 'such demands']))
    .t(' , " ')
    .e('person', leader.sur)
    .t(` told ${r.pick(['reporters', 'a rally', 'state television'])} in `)
    .e('place', capital)
    .t(' .\n\n');
  w.e('person', other.full)
    .t(` , ${r.pick(['leader of the', 'a senior member of the', 'spokesman for the', 'who heads the'])} `)
    .e('org', party)
    .t(
      ` , ${r.pick(['said the government', 'accused the government', 'said the opposition'])} ${r.pick(['had failed', 'was wrong', 'had no plan'])} .`,
    );
  if (r.chance(0.6))
    w.t(' ')
      .e('person', other.sur)
      .t(` 's party ${r.pick(['won', 'lost', 'holds'])} ${w.n(10, 200)} seats .`);
  w.t('\n\n');
  if (r.chance(0.6))
    w.e('org', r.pick(INSTITUTIONS))
      .t(` ${r.pick(['officials', 'envoy', 'spokesman'])} `)
      .e('person', minister.full)
      .t(` ${r.pick(['arrived in', 'left', 'visited'])} `)
      .e('place', r.chance(0.5) ? w.city() : otherCountry)
      .t(
        ` on ${w.day()} ${r.pick(['for talks', 'to meet', 'after meeting'])} ${r.pick(['officials', 'the president', 'rebel leaders'])} .\n\n`,
      );
  if (r.chance(0.4))
    w.t(`The ${r.pick(['violence', 'crisis', 'dispute'])} began in `)
      .e('place', w.city())
      .t(' , ')
      .e('place', country)
      .t(` , in ${r.pick(MONTHS)} .\n`);
  return h;
};

export const crime: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const p = w.person();
  const cop = w.person();
  const h = headline(w, [
    r.pick(['Police arrest', 'Court jails', 'Gunmen kill', 'Bomb hurts']),
    ` ${w.n(2, 20)} in `,
    { kind: 'place', text: city },
  ]);
  dateline(w, city, r.chance(0.5) ? w.country() : undefined);
  w.t(`${r.pick(['Police', 'A court', 'Officials'])} in `)
    .e('place', city)
    .t(
      ` ${r.pick(['arrested', 'charged', 'detained'])} ${w.n(2, 20)} people on ${w.day()} , ${r.pick(['a police spokesman said', 'the state news agency said', 'witnesses said'])} .\n\n`,
    );
  w.t('Among them was ')
    .e('person', p.full)
    .t(
      ` , ${w.n(19, 70)} , a ${r.pick(['businessman', 'former soldier', 'student', 'lawyer', 'journalist'])} from `,
    )
    .e('place', w.city())
    .t(' . ');
  w.e('person', p.sur)
    .t(` denied the charges , his lawyer `)
    .e('person', w.person().full)
    .t(' told ')
    .e('org', r.pick(['Reuters', 'AFP', 'the Associated Press', 'state radio']))
    .t(' .\n\n');
  w.t('" The investigation is continuing , " ')
    .e('person', cop.full)
    .t(
      ` , ${r.pick(['police chief', 'a spokesman for the Interior Ministry', 'the state prosecutor'])} , said .\n`,
    );
  return h;
};

export const medals: Story = (w) => {
  const r = w.r;
  const event = r.pick([
    'WORLD CHAMPIONSHIPS',
    'WORLD CUP',
    'EUROPEAN CHAMPIONSHIPS',
    'GAMES',
    'NATIONS CUP',
  ]);
  const h = headline(
    w,
    [
      `${r.pick(['ATHLETICS', 'SWIMMING', 'SKIING', 'ROWING', 'JUDO', 'SHOOTING'])} - ${event} ${r.pick(['MEDALS TABLE', 'STANDINGS', 'NATIONS RANKING'])}`,
    ],
    true,
  );
  dateline(w, w.city(), r.chance(0.3) ? w.country() : undefined);
  w.t(`${r.pick(['Medals table', 'Nations ranking', 'Final standings'])} after ${w.day()} ( tabulate under gold , silver , bronze ) :
`);
  const shout = r.chance(0.3);
  for (let k = 0; k < r.int(4, 12); k++) {
    const c = w.country();
    w.e('place', shout ? caps(c) : c).t(` ${w.n(0, 12)} ${w.n(0, 12)} ${w.n(0, 12)}
`);
  }
  return h;
};

export const institutions: Story = (w) => {
  const r = w.r;
  const body = r.pick(INSTITUTIONS);
  const other = r.pick(INSTITUTIONS);
  const h = headline(w, [
    { kind: 'org', text: body },
    ` ${r.pick(['cuts', 'raises', 'holds', 'revises', 'warns on'])} ${r.pick(['rates', 'forecast', 'estimate', 'growth outlook', 'deficit'])}`,
  ]);
  dateline(w, w.city());
  w.t(`${r.pick(['The ', ''])}`)
    .e('org', body)
    .t(
      ` ${r.pick(['on', 'late on', 'early on'])} ${w.day()} ${r.pick(['cut', 'raised', 'left unchanged', 'revised'])} its ${r.pick(['key rate', 'forecast', 'estimate of the crop', 'outlook'])} , ${r.pick(['and', 'while'])} `,
    )
    .e('org', other)
    .t(` ${r.pick(['said', 'reported', 'warned'])} that ${r.pick(['exporters', 'markets', 'banks', 'farmers'])} were ${r.pick(['cautious', 'worried', 'calm'])} .

`);
  w.e(
    'org',
    r.chance(0.5) ? 'Reuters' : w.company(),
  ).t(` ${r.pick(['reported', 'said', 'calculated'])} that ${r.pick(['analysts', 'dealers', 'economists'])} ${r.pick(['had expected', 'did not expect', 'welcomed'])} the move .
`);
  return h;
};
