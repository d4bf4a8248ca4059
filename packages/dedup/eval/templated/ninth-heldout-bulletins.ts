import type { Pair, Side } from './kit.ts';
import { day, side } from './kit.ts';
import { figures, pair, reprint } from './ninth-heldout-kit.ts';
import { topRows } from './ninth-heldout-tables.ts';

// The ninth held-out part, continued: bathing-water bulletins of two days and of two coasts, and a
// bestseller list of two weeks. Beaches are used only as names; titles and authors are invented;
// readings and sales are made up and seeded.

const GIRONDE = [
  'Lacanau Océan',
  'Le Porge',
  'Carcans-Maubuisson',
  'Hourtin',
  'Soulac-sur-Mer',
  'Montalivet',
  'Vendays',
];
const LANDES = ['Biscarrosse', 'Mimizan', 'Contis', 'Vieux-Boucau', 'Hossegor', 'Capbreton', 'Seignosse'];

// E. coli per 100 ml that each grade stands for, so a row's grade and reading agree.
const ECOLI: Record<string, [number, number]> = {
  excellent: [10, 100],
  good: [101, 250],
  sufficient: [251, 500],
  poor: [501, 1900],
};

function bathingWater(offset: number, coast: string, beaches: readonly string[]): Side {
  const d = day(offset);
  const f = figures(`bathing-water:${d.iso}:${coast}`);
  const grades = ['excellent', 'good', 'sufficient', 'poor'] as const;
  const rows = beaches.map((b) => {
    const grade = grades[Math.min(3, Math.floor(f(0, 99) / 30))] as string;
    const [lo, hi] = ECOLI[grade] ?? [10, 100];
    return `${b}: ${grade} (E. coli ${f(lo, hi)}/100 ml), ${grade === 'poor' ? 'swimming banned' : 'swimming allowed'}`;
  });
  return side(
    'afp-france-en',
    `bathing-water-${coast.toLowerCase()}-${d.iso}`,
    `Bathing water quality on the ${coast} coast, ${d.weekday} ${d.d} ${d.month}`,
    [
      `BORDEAUX (AFP) - Sea water at beaches on the ${coast} coast was tested on the morning of ${d.weekday}, ${d.d} ${d.month}, the regional health agency (ARS Nouvelle-Aquitaine) said. Quality by beach and whether swimming is allowed:`,
      rows.join('\n'),
      'Swimming is banned where the level of intestinal enterococci or E. coli exceeds the limits set by the EU bathing water directive. Heavy rain can wash bacteria into the sea for up to 48 hours; samples are taken twice a week in July and August.',
    ].join('\n\n'),
  );
}

export function bathingWaterBulletins(): Pair[] {
  const mon = bathingWater(232, 'Gironde', GIRONDE);
  const thu = bathingWater(235, 'Gironde', GIRONDE);
  const landes = bathingWater(235, 'Landes', LANDES);
  const copy = reprint(
    thu,
    'sud-ouest-en',
    'gironde-beaches-water-tests',
    'Can you swim today? Latest Gironde beach tests',
    {
      local: {
        after: 2,
        text: 'Lifeguards at Lacanau said red-and-white flags would fly at any beach where swimming is banned until the next results are in.',
      },
    },
  );
  return [
    pair(
      'h9-bathing-two-days',
      'bathing-water',
      mon,
      thu,
      'bathing water results for the same beaches on two test days in one week',
    ),
    pair(
      'h9-bathing-two-coasts',
      'bathing-water',
      thu,
      landes,
      'bathing water results for two coasts on the same day',
    ),
    pair(
      'h9-bathing-copy',
      'bathing-water',
      thu,
      copy,
      "the day's results reprinted by a regional paper under its own headline with a local paragraph",
      'duplicate',
    ),
  ];
}

const BOOKS = [
  'The Salt Orchard, by Imogen Carver (Harbour Press)',
  'A Quiet Kind of Thunder, by Daniel Osei (Fenwick)',
  'Night Trains to Lviv, by Marta Kowalczyk (Pellow)',
  'The Accountant of Small Things, by Ruth Ashdown (Greyfriars)',
  'Cold Water Swimming, by Tom Halloran (Fenwick)',
  'The Glasshouse Girls, by Priya Lal (Harbour Press)',
  'Bones of the Fens, by Sam Ridley (Wren & Hale)',
  'One Hundred Suppers, by Nadia Barakat (Pellow)',
  'The Long Field, by Alasdair Munro (Greyfriars)',
  'Dear Mrs Pettigrew, by Helen Oduya (Wren & Hale)',
];

function bestsellers(week: number): Side {
  const d = day(week * 7 + 6);
  const f = figures(`bestsellers:${week}`);
  const ranked = BOOKS.map((b) => ({ b, sold: f(2500, 24_000) })).sort((x, y) => y.sold - x.sold);
  const rows = ranked.map(
    ({ b, sold }, i) => `${i + 1}. ${b} - ${(Math.round(sold / 10) * 10).toLocaleString('en-GB')} copies`,
  );
  return side(
    'the-bookseller',
    `hardback-fiction-chart-${d.iso}`,
    `Hardback fiction bestsellers: week to ${d.d} ${d.month}`,
    [
      `The top ten hardback fiction titles in the UK for the week to ${d.weekday} ${d.d} ${d.month}, by copies sold through tills at bookshops, supermarkets and online retailers, according to Nielsen BookScan:`,
      rows.join('\n'),
      'Sales figures are rounded. The chart covers print copies only; e-books and audiobooks are excluded. Publishers in brackets.',
    ].join('\n\n'),
  );
}

export function bestsellerCharts(): Pair[] {
  const one = bestsellers(44);
  const two = bestsellers(45);
  const cut = topRows(
    two,
    'bookbrunch',
    'fiction-top-five-this-week',
    "This week's top five hardback novels",
    5,
  );
  return [
    pair(
      'h9-bestsellers-two-weeks',
      'bestseller-chart',
      one,
      two,
      'the hardback fiction chart of two consecutive weeks',
    ),
    pair(
      'h9-bestsellers-top-five',
      'bestseller-chart',
      two,
      cut,
      "the week's chart cut to its top five under a trade newsletter's headline",
      'duplicate',
    ),
  ];
}
