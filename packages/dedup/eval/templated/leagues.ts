import type { Rand } from './kit.ts';
import { int, shuffle } from './kit.ts';

/** A team's record in a standings table. */
export interface Record {
  team: string;
  w: number;
  l: number;
  t: number;
  gf: number;
  ga: number;
}

export const points = (r: Record): number => 2 * r.w + r.t;

export const NHL: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'EASTERN CONFERENCE',
    'NORTHEAST DIVISION',
    ['HARTFORD', 'BUFFALO', 'PITTSBURGH', 'MONTREAL', 'BOSTON', 'OTTAWA'],
  ],
  [
    'EASTERN CONFERENCE',
    'ATLANTIC DIVISION',
    ['FLORIDA', 'PHILADELPHIA', 'NEW JERSEY', 'NY RANGERS', 'WASHINGTON', 'TAMPA BAY', 'NY ISLANDERS'],
  ],
  [
    'WESTERN CONFERENCE',
    'CENTRAL DIVISION',
    ['DETROIT', 'DALLAS', 'CHICAGO', 'ST LOUIS', 'TORONTO', 'PHOENIX'],
  ],
  [
    'WESTERN CONFERENCE',
    'PACIFIC DIVISION',
    ['COLORADO', 'EDMONTON', 'VANCOUVER', 'ANAHEIM', 'CALGARY', 'LOS ANGELES', 'SAN JOSE'],
  ],
];

export const NBA: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'EASTERN CONFERENCE',
    'ATLANTIC DIVISION',
    ['MIAMI', 'NEW YORK', 'ORLANDO', 'WASHINGTON', 'NEW JERSEY', 'BOSTON', 'PHILADELPHIA'],
  ],
  [
    'EASTERN CONFERENCE',
    'CENTRAL DIVISION',
    ['CHICAGO', 'DETROIT', 'CLEVELAND', 'ATLANTA', 'CHARLOTTE', 'MILWAUKEE', 'INDIANA', 'TORONTO'],
  ],
  [
    'WESTERN CONFERENCE',
    'MIDWEST DIVISION',
    ['HOUSTON', 'UTAH', 'MINNESOTA', 'DALLAS', 'DENVER', 'SAN ANTONIO', 'VANCOUVER'],
  ],
  [
    'WESTERN CONFERENCE',
    'PACIFIC DIVISION',
    ['SEATTLE', 'LA LAKERS', 'PORTLAND', 'LA CLIPPERS', 'SACRAMENTO', 'GOLDEN STATE', 'PHOENIX'],
  ],
];

/** A league's records after about a quarter of a season. */
export function season(r: Rand, teams: readonly string[], games: number, goals: number): Map<string, Record> {
  const out = new Map<string, Record>();
  for (const team of teams) {
    const w = int(r, Math.floor(games * 0.2), Math.floor(games * 0.7));
    const t = goals > 0 && goals < 20 ? int(r, 0, Math.floor(games * 0.2)) : 0;
    const l = Math.max(0, games + int(r, -2, 2) - w - t);
    const played = w + l + t;
    out.set(team, {
      team,
      w,
      l,
      t,
      gf: Math.round(played * goals * (0.8 + 0.4 * r())),
      ga: Math.round(played * goals * (0.8 + 0.4 * r())),
    });
  }
  return out;
}

/** One day's games: about half the teams play; returns the results with the home team second. */
export function playDay(
  r: Rand,
  table: Map<string, Record>,
  goals: number,
  ties: boolean,
): { home: string; away: string; hs: number; as: number }[] {
  const teams = shuffle(r, [...table.keys()]);
  const games = Math.floor(teams.length / 4) + int(r, 0, 2);
  const out: { home: string; away: string; hs: number; as: number }[] = [];
  for (let g = 0; g < games; g++) {
    const away = teams[2 * g] as string;
    const home = teams[2 * g + 1] as string;
    let hs = Math.max(0, Math.round(goals * (0.5 + r())));
    let as = Math.max(0, Math.round(goals * (0.4 + r())));
    if (!ties && hs === as) hs += 1 + (goals > 20 ? int(r, 0, 9) : 0);
    if (goals > 20 && Math.abs(hs - as) > 30) as = hs - int(r, 1, 25);
    recordGame(table, home, away, hs, as);
    out.push({ home, away, hs, as });
  }
  return out;
}

/** One game's score into both teams' records. */
export function recordGame(
  table: Map<string, Record>,
  home: string,
  away: string,
  hs: number,
  as: number,
): void {
  const h = table.get(home) as Record;
  const a = table.get(away) as Record;
  h.gf += hs;
  h.ga += as;
  a.gf += as;
  a.ga += hs;
  if (hs > as) {
    h.w++;
    a.l++;
  } else if (as > hs) {
    a.w++;
    h.l++;
  } else {
    h.t++;
    a.t++;
  }
}

export function clone(table: Map<string, Record>): Map<string, Record> {
  return new Map([...table].map(([k, v]) => [k, { ...v }]));
}

export const EPL = [
  'Arsenal',
  'Aston Villa',
  'Blackburn',
  'Chelsea',
  'Coventry',
  'Derby',
  'Everton',
  'Leeds',
  'Leicester',
  'Liverpool',
  'Manchester United',
  'Middlesbrough',
  'Newcastle',
  'Nottingham Forest',
  'Sheffield Wednesday',
  'Southampton',
  'Sunderland',
  'Tottenham',
  'West Ham',
  'Wimbledon',
] as const;

export const LIGA = [
  'Real Madrid',
  'Barcelona',
  'Deportivo Coruna',
  'Real Betis',
  'Atletico Madrid',
  'Athletic Bilbao',
  'Valladolid',
  'Real Sociedad',
  'Valencia',
  'Tenerife',
  'Espanyol',
  'Celta Vigo',
  'Racing Santander',
  'Oviedo',
  'Compostela',
  'Sporting Gijon',
  'Rayo Vallecano',
  'Zaragoza',
  'Sevilla',
  'Extremadura',
] as const;

export const SERIE_A = [
  'Vicenza',
  'Juventus',
  'Parma',
  'Sampdoria',
  'Bologna',
  'Inter',
  'Lazio',
  'Roma',
  'Atalanta',
  'Milan',
  'Napoli',
  'Fiorentina',
  'Udinese',
  'Cagliari',
  'Piacenza',
  'Perugia',
  'Verona',
  'Reggiana',
] as const;

export const EREDIVISIE = [
  'PSV Eindhoven',
  'Feyenoord',
  'Twente Enschede',
  'Ajax Amsterdam',
  'Vitesse Arnhem',
  'Heerenveen',
  'Roda JC Kerkrade',
  'Utrecht',
  'Graafschap Doetinchem',
  'NAC Breda',
  'Groningen',
  'Sparta Rotterdam',
  'Fortuna Sittard',
  'Willem II Tilburg',
  'RKC Waalwijk',
  'Volendam',
  'NEC Nijmegen',
  'AZ Alkmaar',
] as const;

export const SCOTLAND = [
  'Rangers',
  'Celtic',
  'Aberdeen',
  'Hearts',
  'Hibernian',
  'Dunfermline',
  'Motherwell',
  'Kilmarnock',
  'Dundee United',
  'Raith',
] as const;

export const BUNDESLIGA = [
  'Bayern Munich',
  'Bayer Leverkusen',
  'VfB Stuttgart',
  'Borussia Dortmund',
  'Karlsruhe',
  'Schalke',
  'Werder Bremen',
  'Hamburg',
  'Cologne',
  'Bochum',
  'Borussia Moenchengladbach',
  'Freiburg',
  'Hansa Rostock',
  'Arminia Bielefeld',
  '1860 Munich',
  'Duisburg',
  'St Pauli',
  'Fortuna Duesseldorf',
] as const;
