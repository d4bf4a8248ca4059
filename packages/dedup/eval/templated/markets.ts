import type { Pair, Rand, Split } from './kit.ts';
import { day, fixed, int, pairMaker, prng, shuffle, side } from './kit.ts';
import { earningsFamily, forexFamily, metalsFamily, yuanFamily } from './markets-currencies.ts';

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
  const pair = pairMaker('tokyo-stocks', split);
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
