import type { Pair, Side, Split } from './kit.ts';
import { pairMaker, side } from './kit.ts';

// One match told twice by one desk: the betting preview and the report, which share the clubs, the
// stadium, the competition and often a background paragraph and the teams; and team announcements.

const BARCA_TEAM =
  'Barcelona: Wojciech Szczesny; Jules Kounde, Pau Cubarsi, Inigo Martinez, Gerard Martin; Frenkie de Jong, Eric Garcia; Lamine Yamal, Dani Olmo, Raphinha; Ferran Torres.';
const INTER_TEAM =
  'Inter: Yann Sommer; Benjamin Pavard, Francesco Acerbi, Alessandro Bastoni; Denzel Dumfries, Nicolo Barella, Hakan Calhanoglu, Henrikh Mkhitaryan, Federico Dimarco; Marcus Thuram, Lautaro Martinez.';
const BACKGROUND =
  'Barcelona, five-times European champions, last reached the final in 2015, when they beat Juventus in Berlin. Inter, who won the last of their three titles in 2010, lost the 2023 final to Manchester City in Istanbul.';

function soccer(split: Split): Pair[] {
  const preview = side(
    'reuters-sports',
    'soccer-champions-barcelona-inter-preview',
    'SOCCER-Barcelona v Inter: Champions League semi-final preview and odds',
    `BARCELONA, April 29 (Reuters) - Barcelona host Inter Milan in the first leg of their Champions League semi-final at the Olympic Stadium on Wednesday, with Hansi Flick's side favourites to reach their first final in a decade.\n\nBarcelona have scored in every home game in Europe this season and Lamine Yamal, 17, has been involved in more goals than any teenager in the competition's history. Flick will be without striker Robert Lewandowski, who has a thigh injury, and full back Alejandro Balde.\n\nInter coach Simone Inzaghi said his side would not sit back. "We know their quality, but we have our own weapons," he told a news conference on Tuesday. Lautaro Martinez is a doubt with a hamstring problem.\n\n${BACKGROUND}\n\nBetting: Barcelona 1.80, draw 4.00, Inter 4.20. Over 2.5 goals 1.57.\n\nProbable teams:\n\n${BARCA_TEAM}\n\n${INTER_TEAM}\n\nReferee: Ivan Kruzliak (Slovakia). Kickoff 1900 GMT.`,
  );
  const report = side(
    'reuters-sports',
    'soccer-champions-barcelona-inter-report',
    'SOCCER-Barcelona and Inter draw 3-3 in thrilling semi-final first leg',
    `BARCELONA, April 30 (Reuters) - Barcelona twice came from behind to draw 3-3 with Inter Milan in a breathless Champions League semi-final first leg at the Olympic Stadium on Wednesday, leaving the tie finely balanced before next week's return in Milan.\n\nMarcus Thuram put Inter ahead with a backheel after 30 seconds and Denzel Dumfries doubled the lead before Lamine Yamal curled in a superb solo goal and Ferran Torres levelled before halftime. Dumfries struck again from a corner, but a Yann Sommer own goal brought Barcelona level once more.\n\n"It was a crazy game, and we showed we never give up," Barcelona coach Hansi Flick said. Lautaro Martinez went off injured at halftime.\n\n${BACKGROUND}\n\nTeams:\n\n${BARCA_TEAM}\n\n${INTER_TEAM}\n\nReferee: Ivan Kruzliak (Slovakia).`,
  );
  // The issue's own case: two short briefs that share a league, a stadium and a kick-off line.
  const shortPreview = side(
    'reuters-sports',
    'soccer-betis-sevilla-preview',
    'SOCCER-Seville derby preview: Real Betis v Sevilla',
    'SEVILLE, Spain, Dec 7 (Reuters) - Real Betis host Sevilla in the Seville derby in the Spanish first division at the Benito Villamarin stadium on Sunday. Betis are unbeaten in six league games; Sevilla have won once away from home all season. Betting: Betis 2.10, draw 3.20, Sevilla 3.60. Kickoff 2000 local time (1900 GMT) at the Benito Villamarin stadium.',
  );
  const shortReport = side(
    'reuters-sports',
    'soccer-betis-sevilla-report',
    'SOCCER-Betis beat Sevilla 2-1 in Seville derby',
    'SEVILLE, Spain, Dec 8 (Reuters) - Real Betis beat Sevilla 2-1 in the Seville derby in the Spanish first division at the Benito Villamarin stadium on Sunday to stretch their unbeaten league run to seven games. Isco scored from the penalty spot and Vitor Roque headed the winner after Sevilla had levelled through Dodi Lukebakio. Kickoff had been at 2000 local time (1900 GMT) at the Benito Villamarin stadium.',
  );
  const pair = pairMaker('preview-report', split);
  return [
    pair(
      'tpl-preview-vs-report-barcelona-inter',
      preview,
      report,
      'a betting preview and the report of the same match: same background paragraph, the probable teams equal the teams',
    ),
    pair(
      'tpl-preview-vs-report-short-derby',
      shortPreview,
      shortReport,
      'short preview and report of one derby sharing the league, the stadium and the kick-off line',
    ),
  ];
}

const ENGLAND_1 = [
  'Freddie Steward',
  'Tommy Freeman',
  'Ollie Lawrence',
  'Fraser Dingwall',
  'Ollie Sleightholme',
  'Marcus Smith',
  'Jamie George',
  'Ben Earl',
  'Tom Curry',
  'Chandler Cunningham-South',
  'Maro Itoje (captain)',
  'Ollie Chessum',
  'Will Stuart',
  'Luke Cowan-Dickie',
  'Ellis Genge',
];
const ENGLAND_2 = [
  'Freddie Steward',
  'Tommy Freeman',
  'Ollie Lawrence',
  'Luke Northmore',
  'Cadan Murley',
  'Marcus Smith',
  'Jack van Poortvliet',
  'Ben Earl',
  'Tom Curry',
  'Tom Willis',
  'Maro Itoje (captain)',
  'Ollie Chessum',
  'Will Stuart',
  'Jamie George',
  'Ellis Genge',
];

function rugby(split: Split): Pair[] {
  const team = (players: string[]) => players.map((p, i) => `${15 - i}-${p}`).join(', ');
  const announcement = (
    slug: string,
    opponent: string,
    venue: string,
    date: string,
    players: string[],
    subs: string,
  ) =>
    side(
      'pa-rugby',
      slug,
      `RUGBY UNION-England team to play ${opponent}`,
      `LONDON, ${date} (Reuters) - England named the following team on Thursday for Saturday's Six Nations match against ${opponent} at ${venue}:\n\n${team(players)}\n\nReplacements: ${subs}`,
    );
  const preview = side(
    'reuters-sports',
    'rugby-england-france-preview',
    'RUGBY UNION-England v France: Six Nations preview',
    'LONDON, Feb 7 (Reuters) - England face France at Twickenham on Saturday looking to end a run of three straight Six Nations defeats against the French, who have not lost a championship match in London since 2019. Coach Steve Borthwick has kept faith with Marcus Smith at flyhalf and recalled Jamie George at hooker. France captain Antoine Dupont said his side expected a physical contest. England won the last of their 29 Six Nations titles in 2020. Kickoff is 1645 GMT.',
  );
  const report = side(
    'reuters-sports',
    'rugby-england-france-report',
    'RUGBY UNION-England edge France 26-25 at Twickenham',
    "LONDON, Feb 8 (Reuters) - Elliot Daly's late try gave England a thrilling 26-25 Six Nations victory over France at Twickenham on Saturday, ending a run of three straight championship defeats against the French. Marcus Smith converted from wide out with two minutes left after France had led for most of the second half through tries by Louis Bielle-Biarrey and Yoram Moefana. England won the last of their 29 Six Nations titles in 2020.",
  );
  const pair = (id: string, a: Side, b: Side, note: string, family: string): Pair =>
    pairMaker(family, split)(id, a, b, note);
  return [
    pair(
      'tpl-rugby-teams-round-1-2',
      announcement(
        'rugby-england-team-ireland',
        'Ireland',
        'the Aviva Stadium',
        'Jan 30',
        ENGLAND_1,
        'Theo Dan, Fin Baxter, Dan Cole, Nick Isiekwe, Tom Willis, Ben Spencer, Fin Smith, Elliot Daly',
      ),
      announcement(
        'rugby-england-team-france',
        'France',
        'Twickenham',
        'Feb 6',
        ENGLAND_2,
        'Luke Cowan-Dickie, Fin Baxter, Dan Cole, Nick Isiekwe, Ben Curry, Harry Randall, Fin Smith, Elliot Daly',
      ),
      'the same side named for two matches a week apart: five changes, another opponent and venue',
      'rugby-teams',
    ),
    pair(
      'tpl-rugby-preview-vs-report',
      preview,
      report,
      'preview and report of one match, sharing the venue, the history line and the flyhalf',
      'rugby-preview-report',
    ),
  ];
}

// A tennis final: the preview and the report, and the report vs the day's results.
function tennisFinal(split: Split): Pair[] {
  const preview = side(
    'afp-sports',
    'tennis-wimbledon-final-preview',
    'Alcaraz and Sinner meet again in Wimbledon final',
    'LONDON, July 12 (AFP) - Carlos Alcaraz and Jannik Sinner meet in the Wimbledon final on Sunday, five weeks after their five-set epic in the French Open final in Paris. Alcaraz, the two-time defending champion, has won their last five meetings. Sinner, the world number one, is bidding to become the first Italian to win the men\'s singles title at the All England Club. "He is the toughest opponent I can face," Sinner said on Saturday. Play begins on Centre Court at 1500 GMT.',
  );
  const report = side(
    'afp-sports',
    'tennis-wimbledon-final-report',
    'Sinner beats Alcaraz to win first Wimbledon title',
    'LONDON, July 13 (AFP) - Jannik Sinner beat Carlos Alcaraz 4-6 6-4 6-4 6-4 in the Wimbledon final on Sunday to become the first Italian to win the men\'s singles title at the All England Club, avenging his defeat in the French Open final five weeks ago. Sinner, the world number one, broke the two-time defending champion four times on Centre Court. "It is a dream," Sinner said. Alcaraz had won their last five meetings before Sunday.',
  );
  return [
    {
      id: 'tpl-tennis-final-preview-vs-report',
      kind: 'template',
      label: 'distinct',
      family: 'tennis-final',
      split,
      a: preview,
      b: report,
      note: 'preview and report of one final: the same players, titles, venue and history',
    },
  ];
}

export function matchPairs(): Pair[] {
  return [...soccer('dev'), ...rugby('heldout'), ...tennisFinal('heldout')];
}
