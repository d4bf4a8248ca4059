import type { Pair, Side } from './kit.ts';
import { day, side } from './kit.ts';
import { figures, newIntro, pair, sourced, tableTop } from './tenth-heldout-kit.ts';

// The tenth held-out part, continued: one template filled twice with another day's, week's, night's or
// round's figures, and tables reprinted with a new intro, a source line, or cut to their top rows.
// Athletes are invented, clubs and places real; figures made up and seeded.

const ATHLETES = [
  ['Tomas Lindqvist (SWE)', 'Ilias Karamanos (GRE)', 'Bekzod Nurmatov (UZB)', 'Renato Falcao (BRA)'],
  ['Yui Hasegawa (JPN)', 'Marta Kowalczyk (POL)', 'Amandine Roux (FRA)', 'Sevara Alimova (UZB)'],
  ['Giorgi Beridze (GEO)', 'Anar Hasanov (AZE)', 'Koen van Dijk (NED)', 'Matteo Ricci (ITA)'],
  ['Elif Demirci (TUR)', 'Hanna Virtanen (FIN)', 'Ana Lucia Prado (MEX)', 'Kim Soo-ah (KOR)'],
  ['Davit Kapanadze (GEO)', 'Lukas Weber (GER)', 'Oleksandr Hnatiuk (UKR)', 'Shota Morimoto (JPN)'],
  ['Clara Beaumont (FRA)', 'Ines Carvalho (POR)', 'Nilufar Rashidova (UZB)', 'Romane Dubois (BEL)'],
  ['Erdem Yildiz (TUR)', 'Marko Jankovic (SRB)', 'Temur Saidov (TJK)', 'Jonas Berg (NOR)'],
] as const;
const HEAVIER = [
  ['Aslan Tsoloev (AIN)', 'Pedro Nascimento (BRA)', 'Vakhtang Gelashvili (GEO)', 'Hamid Rezaei (IRI)'],
  ['Lotte Jansen (NED)', 'Chiara Lombardi (ITA)', 'Mirela Popescu (ROU)', 'Saki Nakamura (JPN)'],
  ['Dmytro Kovalenko (UKR)', 'Jakub Novak (CZE)', 'Ruslan Abdullaev (UZB)', 'Felix Hartmann (GER)'],
  ['Madina Tursunova (UZB)', 'Louise Martin (FRA)', 'Sara Ferreira (POR)', 'Ji-woo Park (KOR)'],
  ['Timur Bekov (KAZ)', 'Levan Chikhladze (GEO)', 'Mert Aksoy (TUR)', 'Henrik Olsen (DEN)'],
  ['Aiko Yamada (JPN)', 'Laura Schmidt (GER)', 'Natalia Ruiz (ESP)', 'Zarina Usmonova (TJK)'],
  ['Ibrahim Keita (SEN)', 'Anton Sorokin (AIN)', 'Cyril Martin (FRA)', 'Yuto Saito (JPN)'],
] as const;

function judoDay(n: number): Side {
  const d = day(n === 1 ? 180 : 181);
  const f = figures(`judo-grand-slam:${n}`);
  const cats =
    n === 1
      ? ['-60kg', '-48kg', '-66kg', '-52kg', '-73kg', '-57kg', '-81kg']
      : ['-90kg', '-63kg', '-100kg', '-70kg', '+100kg', '-78kg', '+78kg'];
  const rows = cats.map((c, i) => {
    // Men's and women's categories alternate, as the rows of names do.
    const order = [...((n === 1 ? ATHLETES : HEAVIER)[i] as readonly string[])];
    const shift = f(0, 3);
    const [g, s, b1, b2] = [0, 1, 2, 3].map((k) => order[(k + shift) % 4] as string);
    return `${c}: 1. ${g}, 2. ${s}, 3. ${b1}, ${b2}`;
  });
  return side(
    'afp-sports',
    `judo-grand-slam-tashkent-day-${n}`,
    `Judo: Tashkent Grand Slam results, day ${n}`,
    [
      `TASHKENT (AFP) - Results on day ${n} of the Tashkent judo Grand Slam on ${d.weekday}, ${d.month} ${d.d}, with ${f(140, 190)} judoka from ${f(38, 52)} countries competing for world ranking points (final, then bronze medallists):`,
      rows.join('\n'),
      n === 1
        ? 'Grand Slam winners receive 1,000 ranking points. The event counts towards qualification for the world championships. Competition continues tomorrow with the heavier categories.'
        : 'Grand Slam winners receive 1,000 ranking points. The event counts towards qualification for the world championships. The mixed team event closes the Grand Slam tomorrow.',
    ].join('\n\n'),
  );
}

export function judoGrandSlam(): Pair[] {
  const one = judoDay(1);
  const two = judoDay(2);
  const intro = newIntro(
    two,
    'ijf-news-wire',
    'tashkent-grand-slam-day-2-winners',
    'Tashkent Grand Slam: medallists on day two',
    `The heavier categories took the mats on day two of the Tashkent Grand Slam on ${day(181).weekday}, and ${day(181).d} ${day(181).month} brought seven new champions. The medallists, category by category, finalists first:`,
  );
  const top = tableTop(
    two,
    'kun-uz-sport',
    'tashkent-judo-day-two-results',
    'Judo Grand Slam in Tashkent: day two results',
    5,
  );
  return [
    pair(
      'h10-judo-two-days',
      'judo-grand-slam',
      one,
      two,
      "one Grand Slam's results table for two days, other categories and medallists",
    ),
    pair(
      'h10-judo-day2-new-intro',
      'judo-grand-slam',
      two,
      intro,
      "day two's results reprinted whole under a new intro",
      'duplicate',
    ),
    pair(
      'h10-judo-day2-top-rows',
      'judo-grand-slam',
      two,
      top,
      "day two's results cut to the first five categories, footer dropped",
      'duplicate',
    ),
  ];
}

/** Grades, best first, with the rough top price (US$ per bag) each fetches. */
const GRADES = [
  ['AA', 470],
  ['AB', 420],
  ['PB', 400],
  ['E', 390],
  ['C', 330],
  ['TT', 300],
  ['T', 220],
  ['MH', 260],
  ['ML', 180],
] as const;

function coffeeSale(sale: number): Side {
  const d = day(300 + sale * 7);
  const f = figures(`nairobi-coffee:${sale}`);
  const rows = GRADES.map(([g, base]) => {
    const hi = base + f(-35, 45);
    return `${g}: top $${hi}.${f(10, 99)}, average $${hi - f(40, 120)}.${f(10, 99)} per 50kg bag, ${f(80, 2400).toLocaleString('en-US')} bags sold`;
  });
  return side(
    'reuters-commodities',
    `nairobi-coffee-auction-sale-${sale}`,
    `Kenya coffee: Nairobi auction prices, sale ${sale}`,
    [
      `NAIROBI, ${d.mon} ${d.d} (Reuters) - Kenyan coffee prices ${f(0, 1) ? 'firmed' : 'eased'} at the weekly Nairobi Coffee Exchange auction on ${d.weekday}, sale number ${sale} of the season, with ${f(14, 26)},${f(100, 999)} bags offered and ${f(70, 94)}% of them sold, traders said. Prices by grade in U.S. dollars:`,
      rows.join('\n'),
      'Prices are for 50 kg bags of clean coffee. AA and AB are the largest screen sizes; PB is peaberry. The next sale is in a week.',
    ].join('\n\n'),
  );
}

export function nairobiCoffee(): Pair[] {
  const one = coffeeSale(31);
  const two = coffeeSale(32);
  const withSource = sourced(
    two,
    'business-daily-africa',
    'coffee-prices-nce-weekly',
    'Coffee prices at the NCE this week',
    'Source: Nairobi Coffee Exchange; compiled by Business Daily.',
  );
  const top = tableTop(
    one,
    'the-star-kenya',
    'coffee-auction-top-grades',
    'Coffee auction: prices for the top grades',
    4,
  );
  return [
    pair(
      'h10-coffee-two-sales',
      'nairobi-coffee-auction',
      one,
      two,
      'the Nairobi coffee auction prices of two consecutive weekly sales',
    ),
    pair(
      'h10-coffee-source-line',
      'nairobi-coffee-auction',
      two,
      withSource,
      "a sale's prices reprinted whole with a source line added",
      'duplicate',
    ),
    pair(
      'h10-coffee-top-rows',
      'nairobi-coffee-auction',
      one,
      top,
      "a sale's prices cut to the first three grades, footer dropped",
      'duplicate',
    ),
  ];
}

const STATIONS = [
  'Helsinki-Vantaa',
  'Turku',
  'Tampere-Pirkkala',
  'Jyväskylä',
  'Kuopio',
  'Oulu',
  'Kajaani',
  'Rovaniemi',
  'Sodankylä',
  'Utsjoki Kevo',
];

function frostNight(offset: number): Side {
  const d = day(offset);
  const f = figures(`finland-frost:${offset}`);
  const rows = STATIONS.map(
    (s, i) => `${s}: minimum -${f(2 + i * 2, 8 + i * 3)}.${f(0, 9)}C, snow depth ${f(0, 10 + i * 6)} cm`,
  );
  return side(
    'stt-english',
    `finland-overnight-lows-${d.iso}`,
    `Overnight lows across Finland, night to ${d.d} ${d.month}`,
    [
      `HELSINKI (STT) - The lowest temperature measured in Finland in the night to ${d.weekday} was recorded in Lapland, the Finnish Meteorological Institute said. Overnight minimum temperatures and snow depth at selected stations, south to north:`,
      rows.join('\n'),
      'The institute has issued a severe cold warning for central and northern Finland for the coming night. Minimums are measured two metres above the ground; readings are provisional.',
    ].join('\n\n'),
  );
}

export function finlandFrost(): Pair[] {
  const one = frostNight(62);
  const two = frostNight(63);
  const intro = newIntro(
    two,
    'yle-news-english',
    'coldest-night-lapland-readings',
    'How cold did it get where you live last night?',
    `Lapland shivered again in the night to ${day(63).weekday}, and the south did not escape the frost either. Here are the Finnish Meteorological Institute's provisional overnight lows and snow depths, from Helsinki to the far north:`,
  );
  return [
    pair(
      'h10-frost-two-nights',
      'finland-overnight-lows',
      one,
      two,
      'overnight lows at the same ten stations on two consecutive nights',
    ),
    pair(
      'h10-frost-new-intro',
      'finland-overnight-lows',
      two,
      intro,
      "a night's lows reprinted whole under a new intro",
      'duplicate',
    ),
  ];
}

/** Clubs and their home courts: a round's home sides play at home. */
const CLUBS = [
  ['Melbourne Vixens', 'John Cain Arena'],
  ['NSW Swifts', 'Ken Rosewall Arena'],
  ['West Coast Fever', 'RAC Arena'],
  ['Adelaide Thunderbirds', 'Adelaide Entertainment Centre'],
  ['Sunshine Coast Lightning', 'University of the Sunshine Coast Arena'],
  ['Queensland Firebirds', 'Nissan Arena'],
  ['Giants Netball', 'Ken Rosewall Arena'],
  ['Collingwood Magpies', 'John Cain Arena'],
] as const;

/** Two rounds' fixtures, as indexes into CLUBS (home, away). */
const FIXTURES: Record<number, readonly (readonly [number, number])[]> = {
  6: [
    [1, 0],
    [5, 3],
    [2, 4],
    [7, 6],
  ],
  7: [
    [0, 5],
    [3, 2],
    [6, 1],
    [4, 7],
  ],
};

function netballRound(round: number): Side {
  const f = figures(`super-netball:${round}`);
  const rows = (FIXTURES[round] ?? []).map(([h, a]) => {
    const [home, court] = CLUBS[h] as readonly [string, string];
    const [away] = CLUBS[a] as readonly [string, string];
    const hs = f(52, 78);
    let as = f(50, 76);
    // Super Netball has no drawn games since extra time came in; nudge a tie.
    if (as === hs) as -= 1;
    return `${home} ${hs} ${away} ${as} (${court}, crowd ${f(3, 11)},${f(100, 999)})`;
  });
  const scorers = [0, 1, 2, 3].map(
    (k) =>
      `${['Tayla Morcombe', 'Kezia Amadi', 'Brooke Halloran', 'Ruby Castellan'][k]} ${f(30, 62)}/${f(62, 70)}`,
  );
  return side(
    'aap-sport',
    `super-netball-round-${round}-results`,
    `Netball: Super Netball round ${round} results`,
    [
      `SYDNEY (AAP) - Results from round ${round} of the Super Netball competition played over the weekend, with super shots counting double in the last five minutes of each quarter:`,
      rows.join('\n'),
      `Leading goal shooters (goals/attempts): ${scorers.join(', ')}.`,
      `Round ${round + 1} begins on Saturday. The top four after 14 rounds qualify for the finals series, which starts in July.`,
    ].join('\n\n'),
  );
}

export function superNetball(): Pair[] {
  const one = netballRound(6);
  const two = netballRound(7);
  const withSource = sourced(
    one,
    'netball-scoop',
    'ssn-round-6-scores',
    'Super Netball round 6: every score',
    'Source: Super Netball match centre. Crowd figures supplied by the clubs.',
  );
  return [
    pair(
      'h10-netball-two-rounds',
      'super-netball-results',
      one,
      two,
      'Super Netball results of two consecutive rounds, other fixtures and scores',
    ),
    pair(
      'h10-netball-source-line',
      'super-netball-results',
      one,
      withSource,
      "a round's results reprinted whole with a source line added",
      'duplicate',
    ),
  ];
}
