import type { Pair, Rand, Split } from './kit.ts';
import { day, fixed, int, prng, shuffle, side } from './kit.ts';

const big = (x: number, d = 2): string =>
  x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

// Market reports and tables: the same sentences every day with the day's figures, and copies of them.

interface Close {
  off: number;
  nikkei: number;
  change: number;
  topix: number;
  tchange: number;
  volume: number;
  adv: number;
  dec: number;
  yen: number;
  movers: [string, number][];
}

const TOKYO_STOCKS = [
  'Toyota Motor',
  'Sony',
  'Fanuc',
  'Softbank',
  'Fast Retailing',
  'Tokyo Electron',
  'Honda Motor',
  'Nomura',
];

function tokyoDays(r: Rand): Close[] {
  let nikkei = 20_500;
  let topix = 1_520;
  const out: Close[] = [];
  for (let off = 0; off < 8; off++) {
    const change = (r() - 0.5) * 500;
    const tchange = change / 14 + (r() - 0.5) * 4;
    nikkei += change;
    topix += tchange;
    out.push({
      off,
      nikkei,
      change,
      topix,
      tchange,
      volume: int(r, 320, 610),
      adv: int(r, 300, 1100),
      dec: int(r, 300, 1100),
      yen: 112 + r() * 3,
      movers: shuffle(r, TOKYO_STOCKS)
        .slice(0, 3)
        .map((name) => [name, (r() - 0.5) * 8]),
    });
  }
  return out;
}

const signed = (x: number, d = 2) => `${x >= 0 ? 'up' : 'down'} ${fixed(Math.abs(x), d)}`;

function tokyoClose(c: Close, session: 'close' | 'midday', lead?: string): string {
  const d = day(c.off);
  const dir = c.change >= 0 ? 'rose' : 'fell';
  const pct = (100 * c.change) / (c.nikkei - c.change);
  const [m1, m2, m3] = c.movers;
  const body = [
    lead ??
      `The Nikkei share average ${dir} ${fixed(Math.abs(c.change), 2)} points, or ${fixed(Math.abs(pct), 2)} percent, to ${big(c.nikkei)} at the ${session === 'close' ? 'close' : 'midday break'} on ${d.weekday}, as ${c.change >= 0 ? 'exporters gained on a weaker yen' : 'investors locked in profits ahead of U.S. data'}.`,
    `The broader Topix index was ${signed(c.tchange)} points at ${big(c.topix)}. ${session === 'close' ? `Trading volume on the main board was ${c.volume} million shares, with ${c.adv} issues advancing and ${c.dec} declining.` : `Morning volume was ${Math.round(c.volume / 2)} million shares.`}`,
    `Among active issues, ${m1?.[0]} was ${signed(m1?.[1] ?? 0, 1)} percent, ${m2?.[0]} ${signed(m2?.[1] ?? 0, 1)} percent and ${m3?.[0]} ${signed(m3?.[1] ?? 0, 1)} percent.`,
    `The dollar was at ${fixed(c.yen, 2)} yen, compared with ${fixed(c.yen + (c.change >= 0 ? -0.4 : 0.4), 2)} yen late in New York.`,
    'Dealers said the market would watch Tuesday’s Bank of Japan short-term economic survey, known as the tankan, for signs that business sentiment was improving.',
  ];
  return `TOKYO, ${d.mon} ${d.d} (Reuters) - ${body.join('\n\n')}`;
}

function tokyoFamily(split: Split): Pair[] {
  const days = tokyoDays(prng('tokyo'));
  const story = (i: number, session: 'close' | 'midday' = 'close', feed = 'reuters-markets') => {
    const c = days[i] as Close;
    return side(
      feed,
      `tokyo-stocks-${session}-${day(c.off).iso}`,
      `Tokyo stocks ${session === 'close' ? 'close' : 'at midday'} ${c.change >= 0 ? 'higher' : 'lower'}; Nikkei ${c.change >= 0 ? 'up' : 'down'} ${fixed((100 * Math.abs(c.change)) / (c.nikkei - c.change), 1)} pct`,
      tokyoClose(c, session),
    );
  };
  const c5 = days[5] as Close;
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
    family: 'tokyo-stocks',
    split,
    a,
    b,
    note,
  });
  return [
    pair('tpl-tokyo-close-0-1', story(0), story(1), 'Tokyo market close of consecutive days'),
    pair('tpl-tokyo-close-2-3', story(2), story(3), 'Tokyo market close of consecutive days, another pair'),
    pair('tpl-tokyo-close-2-6', story(2), story(6), 'Tokyo market close four days apart'),
    pair(
      'tpl-tokyo-midday-vs-close',
      story(4, 'midday'),
      story(4, 'close'),
      'the same day at midday and at the close',
    ),
    pair(
      'tpl-tokyo-close-copy',
      story(5),
      side(
        'japantoday-business',
        `tokyo-stocks-${day(c5.off).iso}`,
        `Nikkei ends ${c5.change >= 0 ? 'higher' : 'lower'} at ${big(c5.nikkei, 0)}`,
        tokyoClose(
          c5,
          'close',
          `Tokyo stocks ended ${c5.change >= 0 ? 'higher' : 'lower'} on ${day(c5.off).weekday}, with the benchmark Nikkei average closing at ${big(c5.nikkei)}, ${fixed(Math.abs(c5.change), 2)} points ${c5.change >= 0 ? 'above' : 'below'} the previous session.`,
        ).replace(/^TOKYO, [^-]+- /, ''),
      ),
      'the close reprinted by an outlet: the lead rewritten, no dateline, the rest as sent',
      'duplicate',
    ),
  ];
}

function grainsFamily(split: Split): Pair[] {
  const r = prng('grains');
  let corn = 265;
  let wheat = 380;
  let soy = 690;
  const report = (off: number) => {
    const d = day(off);
    const dc = (r() - 0.5) * 8;
    const dw = (r() - 0.5) * 10;
    const ds = (r() - 0.5) * 14;
    corn += dc;
    wheat += dw;
    soy += ds;
    const q = (x: number) => `${Math.floor(x)}-${Math.floor((x % 1) * 4) * 2}/8`;
    const mv = (x: number) =>
      `${x >= 0 ? 'up' : 'down'} ${Math.floor(Math.abs(x))}-${Math.floor((Math.abs(x) % 1) * 4) * 2}/8`;
    return side(
      'reuters-commodities',
      `cbot-grains-close-${d.iso}`,
      `CBOT grains close ${dc + dw + ds >= 0 ? 'firmer' : 'weaker'}; soybeans ${ds >= 0 ? 'up' : 'down'}`,
      `CHICAGO ${d.iso}\n\nChicago Board of Trade grain futures closed ${dc + dw + ds >= 0 ? 'firmer' : 'weaker'} on ${d.weekday}, traders said.\n\nMarch corn settled ${mv(dc)} cents at $${q(corn / 100)} a bushel. March wheat was ${mv(dw)} cents at $${q(wheat / 100)} and January soybeans ${mv(ds)} cents at $${q(soy / 100)}.\n\nSoymeal and soyoil followed beans. Estimated volume was ${int(r, 40, 90)},000 contracts in corn, ${int(r, 10, 30)},000 in wheat and ${int(r, 30, 70)},000 in soybeans.\n\nTraders cited ${pick3(r)} as the main influence on the day.`,
    );
  };
  const days = [report(3), report(4), report(5), report(10)];
  return [
    ['tpl-cbot-close-3-4', 0, 1, 'CBOT grain close, consecutive days'],
    ['tpl-cbot-close-4-5', 1, 2, 'CBOT grain close, the next day'],
    ['tpl-cbot-close-3-10', 0, 3, 'CBOT grain close a week apart'],
  ].map(([id, i, j, note]) => ({
    id: id as string,
    kind: 'template',
    label: 'distinct' as const,
    family: 'cbot-grains',
    split,
    a: days[i as number] as Pair['a'],
    b: days[j as number] as Pair['b'],
    note: note as string,
  }));
}

function pick3(r: Rand): string {
  const reasons = [
    'export sales',
    'weather in Argentina',
    'fund buying',
    'a firmer dollar',
    'weak export inspections',
    'end-of-month positioning',
  ];
  return reasons[int(r, 0, reasons.length - 1)] as string;
}

function callMoneyFamily(split: Split): Pair[] {
  const r = prng('call-money');
  const report = (off: number) => {
    const d = day(off);
    const lo = fixed(5 + r() * 4, 2);
    const hi = fixed(9 + r() * 3, 2);
    const close = `${lo}/${fixed(Number(lo) + 0.25, 2)}`;
    return side(
      'reuters-india',
      `india-call-money-${d.iso}`,
      `Indian call money ends ${r() < 0.5 ? 'lower' : 'higher'} at ${close} pct`,
      `BOMBAY ${d.iso}\n\nIndian call money rates closed at ${close} percent on ${d.weekday}, against ${fixed(6 + r() * 4, 2)}/${fixed(7 + r() * 4, 2)} percent on the previous day, dealers said.\n\nRates moved in a range of ${lo}-${hi} percent during the day. Dealers said ${r() < 0.5 ? 'banks were well funded after government spending' : 'demand was firm ahead of the reserve reporting date'}.\n\nThe Reserve Bank of India did not conduct a repo auction. Term money for ${int(r, 7, 30)} days was quoted at ${fixed(9 + r() * 3, 2)} percent.\n\nOne dollar equals ${fixed(35.5 + r(), 2)} rupees.`,
    );
  };
  const a = report(2);
  const b = report(3);
  const c = report(9);
  return [
    {
      id: 'tpl-call-money-2-3',
      kind: 'template',
      label: 'distinct',
      family: 'india-call-money',
      split,
      a,
      b,
      note: 'money market report of consecutive days',
    },
    {
      id: 'tpl-call-money-3-9',
      kind: 'template',
      label: 'distinct',
      family: 'india-call-money',
      split,
      a: b,
      b: c,
      note: 'money market report a week apart',
    },
  ];
}

const CURRENCIES = [
  ['Japanese yen', 113.2, 2],
  ['Deutsche mark', 1.551, 4],
  ['French franc', 5.24, 4],
  ['Swiss franc', 1.308, 4],
  ['Dutch guilder', 1.742, 4],
  ['Italian lira', 1523, 1],
  ['Belgian franc', 31.97, 3],
  ['Spanish peseta', 130.9, 2],
  ['Swedish crown', 6.78, 4],
  ['Canadian dollar', 1.355, 4],
  ['Australian dollar', 1.262, 4],
] as const;

function forexFamily(split: Split): Pair[] {
  const r = prng('forex');
  const table = (off: number, feed = 'reuters-markets', intro?: string) => {
    const d = day(off);
    const rows = CURRENCIES.map(([name, base, dp]) => {
      const x = base * (1 + (r() - 0.5) * 0.01);
      return `${name} ${fixed(x, dp)} ${fixed(x * (1 + (r() - 0.5) * 0.003), dp)}`;
    });
    return side(
      feed,
      `dollar-rates-${d.iso}`,
      `FOREX - Dollar rates at 1600 GMT on ${d.weekday}`,
      `LONDON ${d.iso}\n\n${intro ?? `Dollar rates against leading currencies at 1600 GMT on ${d.weekday}, with the previous close in brackets (quoted per dollar):`}\n\n${rows.join('\n\n')}\n\nSterling was quoted at $${fixed(1.64 + r() * 0.04, 4)}.`,
    );
  };
  const d1 = table(2);
  const d2 = table(3);
  const d3 = table(10);
  const copy = {
    ...d2,
    feed: 'fxstreet-wire',
    guid: 'fxstreet-wire:dollar-rates',
    url: 'https://fxstreetwire.example.com/dollar-rates',
    headline: 'Dollar exchange rates, London afternoon',
    body: d2.body
      .replace(/^LONDON [^\n]+\n\n/, '')
      .replace(
        /^Dollar rates against leading currencies at 1600 GMT on \w+/,
        'Afternoon dollar rates in London',
      )
      .concat('\n\nSource: Reuters'),
  };
  return [
    {
      id: 'tpl-forex-table-2-3',
      kind: 'template',
      label: 'distinct',
      family: 'forex',
      split,
      a: d1,
      b: d2,
      note: 'dollar rates table of consecutive days',
    },
    {
      id: 'tpl-forex-table-3-10',
      kind: 'template',
      label: 'distinct',
      family: 'forex',
      split,
      a: d2,
      b: d3,
      note: 'dollar rates table a week apart',
    },
    {
      id: 'tpl-forex-table-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'forex',
      split,
      a: d2,
      b: copy,
      note: 'the same table reprinted without dateline, with a new intro line and a source line',
    },
  ];
}

function earningsFamily(split: Split): Pair[] {
  const r = prng('earnings');
  const table = (company: string, quarter: string, ended: string, feed = 'reuters-business') => {
    const rev = 800 + r() * 4000;
    const net = rev * (0.04 + r() * 0.1);
    const shr = net / (300 + r() * 200);
    const [pRev, pNet, pShr] = [rev, net, shr].map((x) => x * (0.85 + r() * 0.25)) as [
      number,
      number,
      number,
    ];
    const m = (x: number) => `${fixed(x, 1)} mln`;
    const ytd = quarter === 'Q4' ? 'Year' : 'Nine mths';
    const k = quarter === 'Q4' ? 3.9 : 2.9;
    return side(
      feed,
      `${company.toLowerCase().replace(/\W+/g, '-')}-${quarter.toLowerCase().replace(/\W+/g, '-')}-results`,
      `${company} ${quarter} shr ${fixed(shr, 2)} vs ${fixed(pShr, 2)}`,
      `NEW YORK (Reuters) - ${quarter} ended ${ended}\n\nShr $${fixed(shr, 2)} vs $${fixed(pShr, 2)}\n\nNet ${m(net)} vs ${m(pNet)}\n\nRevs ${m(rev)} vs ${m(pRev)}\n\nAvg shrs ${fixed(net / shr, 1)} mln vs ${fixed(pNet / pShr, 1)} mln\n\n${ytd}\n\nShr $${fixed(shr * k, 2)} vs $${fixed(pShr * k, 2)}\n\nNet ${m(net * k)} vs ${m(pNet * k)}\n\nRevs ${m(rev * k)} vs ${m(pRev * k)}\n\nNOTE: ${company} is a ${pickIndustry(r)}.`,
    );
  };
  const a = table('Dover Corp', 'Q3', 'Sept 30');
  const b = table('Dover Corp', 'Q4', 'Dec 31');
  const c = table('Parker Hannifin Corp', 'Q3', 'Sept 30');
  const copy = {
    ...c,
    feed: 'marketwatch-wire',
    guid: 'marketwatch-wire:parker-q3',
    url: 'https://marketwatchwire.example.com/parker-q3',
    headline: 'Parker Hannifin third-quarter results table',
  };
  copy.body = c.body.replace('NEW YORK (Reuters) - ', '').concat('\n\nSource: company statement');
  return [
    {
      id: 'tpl-earnings-two-quarters',
      kind: 'template',
      label: 'distinct',
      family: 'earnings',
      split,
      a,
      b,
      note: 'one company’s results table for two quarters',
    },
    {
      id: 'tpl-earnings-two-companies',
      kind: 'template',
      label: 'distinct',
      family: 'earnings',
      split,
      a,
      b: c,
      note: 'two companies’ tables for the same quarter',
    },
    {
      id: 'tpl-earnings-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'earnings',
      split,
      a: c,
      b: copy,
      note: 'the same table reprinted with a source line',
    },
  ];
}

function pickIndustry(r: Rand): string {
  return (
    ['diversified manufacturer', 'maker of motion-control products', 'maker of industrial equipment'] as const
  )[int(r, 0, 2)] as string;
}

function yuanFamily(split: Split): Pair[] {
  const r = prng('yuan');
  const fix = (off: number) => {
    const d = day(off + 10_000);
    const rate = 7.1 + r() * 0.1;
    const prev = rate + (r() - 0.5) * 0.02;
    return side(
      'reuters-markets',
      `yuan-midpoint-${d.iso}`,
      `China sets yuan midpoint at ${fixed(rate, 4)} per dollar`,
      `SHANGHAI, ${d.mon} ${d.d} (Reuters) - China's central bank set the yuan midpoint rate at ${fixed(rate, 4)} per dollar prior to market open on ${d.weekday}, ${rate < prev ? 'stronger' : 'weaker'} than the previous fix of ${fixed(prev, 4)} and ${int(r, 150, 400)} pips ${r() < 0.5 ? 'firmer' : 'weaker'} than a Reuters estimate of ${fixed(rate + 0.03, 4)}.\n\nIn the spot market, onshore yuan is allowed to trade 2% either side of the fixed midpoint each trading day.\n\nThe yuan opened at ${fixed(rate + 0.05, 4)} per dollar in the spot market.`,
    );
  };
  const a = fix(1);
  const b = fix(2);
  const c = fix(8);
  return [
    {
      id: 'tpl-yuan-fix-1-2',
      kind: 'template',
      label: 'distinct',
      family: 'yuan-fixing',
      split,
      a,
      b,
      note: 'yuan midpoint of consecutive days: a three-paragraph template',
    },
    {
      id: 'tpl-yuan-fix-2-8',
      kind: 'template',
      label: 'distinct',
      family: 'yuan-fixing',
      split,
      a: b,
      b: c,
      note: 'yuan midpoint a week apart',
    },
  ];
}

function metalsFamily(split: Split): Pair[] {
  const r = prng('lme');
  const metals = ['Copper', 'Aluminium', 'Zinc', 'Nickel', 'Lead', 'Tin'];
  const base = [9_400, 2_550, 2_800, 15_900, 2_000, 32_000];
  const report = (off: number) => {
    const d = day(off + 10_000);
    const rows = metals.map((m, i) => {
      const x = (base[i] as number) * (1 + (r() - 0.5) * 0.03);
      return `${m} ${fixed(x, 0)} ${r() < 0.5 ? '+' : '-'}${fixed(r() * 1.5, 1)}%`;
    });
    return side(
      'reuters-commodities',
      `lme-closing-${d.iso}`,
      `LME closing prices on ${d.weekday}`,
      `LONDON, ${d.mon} ${d.d} (Reuters) - London Metal Exchange three-month prices at the close on ${d.weekday} (dollars per tonne, change on the day):\n\n${rows.join('\n\n')}\n\nLME copper stocks were ${int(r, 140, 260)},${String(int(r, 0, 999)).padStart(3, '0')} tonnes.`,
    );
  };
  return [
    {
      id: 'tpl-lme-close-1-2',
      kind: 'template',
      label: 'distinct',
      family: 'lme',
      split,
      a: report(1),
      b: report(2),
      note: 'LME closing prices of consecutive days: short table',
    },
  ];
}

export function marketPairs(): Pair[] {
  return [
    ...tokyoFamily('dev'),
    ...grainsFamily('dev'),
    ...callMoneyFamily('dev'),
    ...forexFamily('heldout'),
    ...earningsFamily('heldout'),
    ...yuanFamily('heldout'),
    ...metalsFamily('heldout'),
  ] as Pair[];
}
