import type { Pair, Split } from './kit.ts';
import { day, fixed, int, prng, side } from './kit.ts';

// Bulletins of public life from one template each: lottery draws, case counts, sentencings, quakes,
// election results, fuel prices (see bulletins.ts for weather).
export function lottery(split: Split): Pair[] {
  const r = prng('lotto');
  const draw = (off: number, feed = 'pa-news') => {
    const d = day(off);
    const balls = new Set<number>();
    while (balls.size < 7) balls.add(int(r, 1, 49));
    const [bonus, ...main] = [...balls];
    return side(
      feed,
      `lotto-${d.iso}`,
      `National Lottery: ${d.weekday}'s Lotto numbers`,
      `LONDON, ${d.mon} ${d.d} (PA) - The winning numbers in ${d.weekday}'s National Lottery Lotto draw were: ${main.sort((a, b) => a - b).join(', ')}. The bonus ball was ${bonus}.\n\nThe estimated jackpot was £${fixed(2 + r() * 8, 1)} million. Camelot said there were ${int(r, 0, 3)} winners of the jackpot and ${int(r, 3, 30)} winners of £${int(r, 50, 120)},000 for matching five numbers and the bonus ball.\n\nThe next draw, on ${d.weekday === 'Wednesday' ? 'Saturday' : 'Wednesday'}, has an estimated jackpot of £${fixed(2 + r() * 8, 1)} million.`,
    );
  };
  const a = draw(3);
  const b = draw(6);
  const c = draw(10);
  return [
    {
      id: 'tpl-lotto-wed-sat',
      kind: 'template',
      label: 'distinct',
      family: 'lottery',
      split,
      a,
      b,
      note: 'Wednesday and Saturday draws: other numbers in the same sentences',
    },
    {
      id: 'tpl-lotto-sat-wed',
      kind: 'template',
      label: 'distinct',
      family: 'lottery',
      split,
      a: b,
      b: c,
      note: 'the next draw',
    },
    {
      id: 'tpl-lotto-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'lottery',
      split,
      a: c,
      b: side(
        'mirror-news',
        'lotto-results-tonight',
        'Lotto results: winning numbers for tonight’s draw',
        `${c.body.replace(/^LONDON, [^-]+- /, '')}\n\nCheck your ticket at the National Lottery website.`,
      ),
      note: 'the draw reprinted by a newspaper without dateline, with a closing line',
    },
  ];
}

export function caseCounts(split: Split): Pair[] {
  const r = prng('cases');
  const report = (country: string, capital: string, off: number) => {
    const d = day(off + 9_000);
    const cases = int(r, 800, 9000);
    const deaths = int(r, 5, 120);
    return side(
      'reuters-health',
      `${country.toLowerCase()}-covid-${d.iso}`,
      `${country} reports ${cases.toLocaleString('en-US')} new coronavirus cases, ${deaths} deaths`,
      `${capital.toUpperCase()}, ${d.mon} ${d.d} (Reuters) - ${country} reported ${cases.toLocaleString('en-US')} new coronavirus cases in the past 24 hours, the health ministry said on ${d.weekday}, ${r() < 0.5 ? 'up' : 'down'} from ${int(r, 800, 9000).toLocaleString('en-US')} a day earlier.\n\nThe ministry reported ${deaths} new deaths, bringing the total to ${int(r, 10_000, 40_000).toLocaleString('en-US')}. The total number of cases rose to ${int(r, 1_000_000, 3_000_000).toLocaleString('en-US')}.\n\nAbout ${int(r, 40, 70)}% of the adult population has been fully vaccinated.`,
    );
  };
  return [
    {
      id: 'tpl-cases-two-days',
      kind: 'template',
      label: 'distinct',
      family: 'case-counts',
      split,
      a: report('Poland', 'Warsaw', 1),
      b: report('Poland', 'Warsaw', 2),
      note: 'daily case count of one country, consecutive days',
    },
    {
      id: 'tpl-cases-two-countries',
      kind: 'template',
      label: 'distinct',
      family: 'case-counts',
      split,
      a: report('Poland', 'Warsaw', 3),
      b: report('Czech Republic', 'Prague', 3),
      note: 'the same template for two countries on one day',
    },
  ];
}

export function sentencings(split: Split): Pair[] {
  const release = (
    slug: string,
    who: string,
    town: string,
    months: number,
    crime: string,
    judge: string,
    amount: string,
    date: string,
  ) =>
    side(
      'justice-gov',
      slug,
      `${town} Man Sentenced To ${months} Months In Prison For ${crime}`,
      `Damian Williams, the United States Attorney for the Southern District of New York, announced today that ${who}, of ${town}, New York, was sentenced to ${months} months in prison for ${crime.toLowerCase()}. ${who.split(' ').slice(-1)[0]} pleaded guilty before U.S. District Judge ${judge}, who imposed today's sentence.\n\nAccording to the allegations contained in the Indictment and statements made in court, ${who.split(' ').slice(-1)[0]} obtained ${amount} through the scheme between 2020 and 2022.\n\nIn addition to the prison term, ${who.split(' ').slice(-1)[0]} was sentenced to three years of supervised release and ordered to pay restitution and forfeiture of ${amount}.\n\nMr. Williams praised the outstanding investigative work of the Federal Bureau of Investigation.\n\nThe case was handled by the Office's General Crimes Unit. Sentenced on ${date}.`,
    );
  return [
    {
      id: 'tpl-sentencing-two-defendants',
      kind: 'template',
      label: 'distinct',
      family: 'sentencings',
      split,
      a: release(
        'yonkers-man-sentenced-wire-fraud',
        'Marcus Delaney',
        'Yonkers',
        46,
        'Wire Fraud Scheme',
        'Kenneth M. Karas',
        '$1.2 million',
        'March 4',
      ),
      b: release(
        'newburgh-man-sentenced-wire-fraud',
        'Trevor Pascal',
        'Newburgh',
        30,
        'Wire Fraud Scheme',
        'Nelson S. Roman',
        '$640,000',
        'March 6',
      ),
      note: 'one office’s sentencing template for two defendants and the same crime',
    },
  ];
}

export function quakes(split: Split): Pair[] {
  const bulletin = (
    slug: string,
    mag: string,
    place: string,
    km: number,
    depth: number,
    time: string,
    date: string,
    feed = 'reuters-world',
  ) =>
    side(
      feed,
      slug,
      `Magnitude ${mag} earthquake strikes ${place} - EMSC`,
      `${date} (Reuters) - An earthquake of magnitude ${mag} struck ${place} on ${time}, the European-Mediterranean Seismological Centre (EMSC) said.\n\nThe quake was at a depth of ${depth} km (${Math.round(depth * 0.62)} miles), EMSC said, and its epicentre was ${km} km from the nearest town.\n\nThere were no immediate reports of damage or casualties.`,
    );
  const a = bulletin('quake-crete', '5.2', 'Crete, Greece', 38, 10, 'Tuesday at 0723 GMT', 'Jan 14');
  const b = bulletin(
    'quake-western-turkey',
    '4.9',
    'western Turkey',
    22,
    7,
    'Wednesday at 1342 GMT',
    'Jan 15',
  );
  const c = bulletin(
    'quake-crete-aftershock',
    '4.6',
    'Crete, Greece',
    41,
    12,
    'Tuesday at 1105 GMT',
    'Jan 14',
  );
  const copy = side(
    'ekathimerini-news',
    'quake-crete-no-damage',
    '5.2 quake rattles Crete; no damage reported',
    `${a.body.replace(/^Jan 14 \(Reuters\) - /, '')}\n\nThe island is one of the most seismically active areas in Europe.`,
  );
  return [
    {
      id: 'tpl-quake-two-places',
      kind: 'template',
      label: 'distinct',
      family: 'quakes',
      split,
      a,
      b,
      note: 'automated quake bulletins for two quakes: short',
    },
    {
      id: 'tpl-quake-aftershock',
      kind: 'template',
      label: 'distinct',
      family: 'quakes',
      split,
      a,
      b: c,
      note: 'a quake and its aftershock hours later, same place and template',
    },
    {
      id: 'tpl-quake-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'quakes',
      split,
      a,
      b: copy,
      note: 'the bulletin reprinted with a new headline and a closing line',
    },
  ];
}

export function elections(split: Split): Pair[] {
  const r = prng('elections');
  const result = (seat: string, state: string, date: string) => {
    const parties = ['BJP', 'Congress', 'AAP', 'BSP'];
    const votes = parties.map((p) => [p, int(r, 20_000, 120_000)] as const).sort((x, y) => y[1] - x[1]);
    const [w, s] = votes;
    return side(
      'pti-elections',
      `result-${seat.toLowerCase().replace(/\W+/g, '-')}`,
      `${seat} assembly result: ${w?.[0]} wins by ${((w?.[1] ?? 0) - (s?.[1] ?? 0)).toLocaleString('en-IN')} votes`,
      `NEW DELHI, ${date} (PTI) - The ${w?.[0]} won the ${seat} seat in the ${state} assembly election, defeating its nearest rival, the ${s?.[0]}, by ${((w?.[1] ?? 0) - (s?.[1] ?? 0)).toLocaleString('en-IN')} votes, according to Election Commission figures.\n\nVotes polled: ${votes.map(([p, v]) => `${p} ${v.toLocaleString('en-IN')}`).join('; ')}.\n\nTurnout in the constituency was ${int(r, 52, 74)} percent.`,
    );
  };
  const a = result('Rohini', 'Delhi', 'Feb 8');
  const b = result('Chandni Chowk', 'Delhi', 'Feb 8');
  const copy = side(
    'ndtv-elections',
    'rohini-result',
    'Rohini election result 2025',
    `${a.body.replace(/^NEW DELHI, Feb 8 \(PTI\) - /, '')}\n\n(With inputs from PTI)`,
  );
  return [
    {
      id: 'tpl-election-two-seats',
      kind: 'template',
      label: 'distinct',
      family: 'elections',
      split,
      a,
      b,
      note: 'constituency results of two seats in one election',
    },
    {
      id: 'tpl-election-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'elections',
      split,
      a,
      b: copy,
      note: 'a constituency result reprinted with a credit line',
    },
  ];
}

export function fuelPrices(split: Split): Pair[] {
  const notice = (date: string, petrol: number, diesel: number, weekday: string) =>
    side(
      'xinhua-business',
      `fuel-prices-${date.replace(/\W+/g, '-').toLowerCase()}`,
      `China ${petrol > 0 ? 'raises' : 'cuts'} retail fuel prices`,
      `BEIJING, ${date} (Xinhua) -- China will ${petrol > 0 ? 'raise' : 'cut'} the retail prices of gasoline and diesel by ${Math.abs(petrol)} yuan (about ${fixed(Math.abs(petrol) / 7.2, 1)} U.S. dollars) and ${Math.abs(diesel)} yuan per tonne, respectively, starting from ${weekday}, the National Development and Reform Commission said.\n\nThe adjustment was made in line with recent changes in international oil prices, according to the commission.\n\nThe country's three major oil companies were asked to ensure stable supply and strictly implement the price adjustment.`,
    );
  return [
    {
      id: 'tpl-fuel-two-adjustments',
      kind: 'template',
      label: 'distinct',
      family: 'fuel-prices',
      split,
      a: notice('June 2', 115, 110, 'Tuesday'),
      b: notice('June 16', -70, -65, 'Tuesday'),
      note: 'two fuel price adjustments two weeks apart: short template',
    },
  ];
}
