import { stagePair as pair, reprint, story, pair as tablePair, tableTop } from './eleventh-heldout-kit.ts';
import type { Pair } from './kit.ts';
import { side } from './kit.ts';

// The eleventh held-out part, continued: a preview beside its result, the result recounting what the
// preview set out, and a race or competition report beside its results table. Players and athletes are
// invented; clubs, counties and venues real; figures made up.

export function hurlingFinal(): Pair[] {
  const preview = story(
    'rte-sport-wire',
    'all-ireland-hurling-final-preview',
    'Limerick and Kilkenny meet in All-Ireland hurling final',
    [
      'DUBLIN (RTE) - Limerick will bid for their sixth All-Ireland hurling title in eight years when they face Kilkenny in front of 82,300 at Croke Park on Sunday, a repeat of the 2022 final.',
      'Limerick beat Cork by six points in their semi-final, with full-forward Darragh Quaid scoring 1-7. Kilkenny needed extra time to get past Galway, winning 2-24 to 1-25.',
      'Kilkenny last won the Liam MacCarthy Cup in 2015. Manager Derek Lyng has named an unchanged side; Limerick are without injured corner-back Barry Nash.',
      '"We know what Limerick bring. We will have to be at our very best for 70-plus minutes," Lyng said. Throw-in is at 3.30 p.m.',
    ],
  );
  const report = story(
    'rte-sport-wire',
    'all-ireland-hurling-final-kilkenny-win',
    'Kilkenny end Limerick reign to win All-Ireland hurling title',
    [
      "DUBLIN (RTE) - Kilkenny beat Limerick 1-27 to 0-26 in the All-Ireland hurling final at Croke Park on Sunday, winning the Liam MacCarthy Cup for the first time since 2015 and stopping Limerick's bid for a sixth title in eight years.",
      "Substitute Eoin Cody scored the only goal in the 61st minute. Limerick's Darragh Quaid, who scored 1-7 in the semi-final win over Cork, finished with nine points, seven of them from frees.",
      'Kilkenny had needed extra time to beat Galway in their semi-final. The crowd of 82,300 was a record for a hurling final at the redeveloped stadium.',
      '"This group has taken a lot of hits. Today they got their reward," manager Derek Lyng said.',
    ],
  );
  return [
    pair(
      'h11-hurling-final-preview-vs-report',
      'hurling-final',
      preview,
      report,
      "one final: Friday's preview with the semi-finals and team news, Sunday's report recounting them",
    ),
  ];
}

export function aflGrandFinal(): Pair[] {
  const preview = story(
    'aap-sport',
    'afl-grand-final-preview-brisbane-geelong',
    'Lions and Cats clash for AFL premiership at the MCG',
    [
      'MELBOURNE, Sept 26 AAP - Brisbane will try to win back-to-back AFL premierships when they meet Geelong in the grand final at the MCG on Saturday, with a crowd of 100,000 expected.',
      "The Lions beat Collingwood by 22 points in their preliminary final, with captain Harris Andrews keeping Collingwood's forwards to six goals. Geelong came from 30 points down to beat Hawthorn by four points.",
      'The Cats finished top of the ladder with 18 wins from 23 games. Brisbane were fourth. The sides met twice this season, with one win each.',
      'Geelong coach Chris Scott said forward Jeremy Cameron had trained fully after a hamstring scare. "He is right to go," Scott said. The bounce is at 2.30 p.m.',
    ],
  );
  const report = story(
    'aap-sport',
    'afl-grand-final-geelong-premiers',
    'Geelong crush Brisbane to claim AFL premiership',
    [
      "MELBOURNE, Sept 27 AAP - Geelong beat Brisbane by 41 points in the AFL grand final at the MCG on Saturday, 16.12 (108) to 9.13 (67), ending the Lions' bid for back-to-back premierships in front of 100,012 fans.",
      'Jeremy Cameron, who had been cleared of a hamstring problem during the week, kicked five goals and won the Norm Smith Medal as best on ground. Geelong led by 28 points at half-time.',
      "The Cats, minor premiers with 18 wins from 23 games, had come from 30 points down to beat Hawthorn in their preliminary final. It is Geelong's 11th premiership.",
      '"I said to the boys at quarter-time, just keep playing our way," coach Chris Scott said. Brisbane coach Chris Fagan said his side had been "beaten by a better team on the day".',
    ],
  );
  const copy = reprint(
    report,
    'geelong-advertiser-online',
    'cats-premiers-cameron-norm-smith',
    'CATS ARE PREMIERS: Cameron stars as Geelong thrash Lions',
    {
      intro:
        "Geelong are premiers again. The Cats thrashed Brisbane by 41 points in Saturday's AFL grand final at the MCG, 16.12 (108) to 9.13 (67), to stop the Lions winning back-to-back flags before a crowd of 100,012.",
      curly: true,
    },
  );
  return [
    pair(
      'h11-afl-gf-preview-vs-report',
      'afl-grand-final',
      preview,
      report,
      "one grand final: Friday's preview with the preliminary finals and injury news, Saturday's report recounting them",
    ),
    pair(
      'h11-afl-gf-report-local-copy',
      'afl-grand-final',
      report,
      copy,
      "the report reprinted by the winners' local paper: own headline, rewritten intro, curly quotes",
      'duplicate',
    ),
  ];
}

export function hotDogContest(): Pair[] {
  const preview = story(
    'ap-national',
    'nathans-hot-dog-contest-preview',
    'Chestnut-less field chases mustard belt at Coney Island',
    [
      "NEW YORK (AP) - A field of 15 eaters will line up on Coney Island on Friday for Nathan's Famous Fourth of July hot dog eating contest, with last year's runner-up Patrick Bertoletti the favorite to take the men's mustard belt.",
      "Bertoletti ate 58 hot dogs and buns in 10 minutes last year. The women's contest, a day earlier, will see Miki Sudo try for her 11th title after eating 51 last year, a women's record.",
      "Organizers expect a crowd of about 30,000 outside the original Nathan's restaurant on Surf Avenue. The contest has been held there almost every year since 1972.",
      '"I have been stretching my stomach with water and cabbage for three weeks," Bertoletti said at Thursday\'s weigh-in.',
    ],
  );
  const result = story(
    'ap-national',
    'nathans-hot-dog-contest-bertoletti-wins',
    "Bertoletti downs 62 hot dogs to win Nathan's contest",
    [
      "NEW YORK (AP) - Patrick Bertoletti ate 62 hot dogs and buns in 10 minutes on Friday to win Nathan's Famous Fourth of July hot dog eating contest on Coney Island, taking the men's mustard belt for the first time after finishing second last year.",
      "James Webb of Australia was second with 55. A day earlier, Miki Sudo won her 11th women's title with 49 hot dogs, two short of her record of 51.",
      "A crowd organizers put at 30,000 packed Surf Avenue outside the original Nathan's restaurant in temperatures near 90 F. Bertoletti, from Chicago, wins 10,000 dollars.",
      '"The last two minutes were all heart," he said, still holding a cup of water.',
    ],
  );
  return [
    pair(
      'h11-hot-dog-preview-vs-result',
      'nathans-contest',
      preview,
      result,
      "one contest: Thursday's preview with last year's figures, Friday's result recounting them",
    ),
  ];
}

/** A World Cup race's results table: rank, crew, nation, two runs and the total. */
function bobTable(): ReturnType<typeof side> {
  const rows = [
    '1. Francesco Friedrich / Alexander Schueller (GER) 55.91 56.04 1:51.95',
    '2. Johannes Lochner / Georg Fleischhauer (GER) 55.98 56.10 1:52.08',
    '3. Brad Hall / Taylor Lawrence (GBR) 56.12 56.07 1:52.19',
    '4. Michael Vogt / Sandro Michel (SUI) 56.20 56.15 1:52.35',
    '5. Adam Ammour / Issam Ammour (GER) 56.18 56.30 1:52.48',
    '6. Rostislavs Gaitjukevics / Davis Springis (LAT) 56.31 56.25 1:52.56',
    '7. Taylor Austin / Daniel Sunderland (CAN) 56.40 56.33 1:52.73',
    '8. Frank Del Duca / Hakeem Abdul-Saboor (USA) 56.44 56.38 1:52.82',
    '9. Cedric Follador / Luca Rolli (SUI) 56.51 56.42 1:52.93',
    '10. Markus Treichl / Sascha Stepan (AUT) 56.55 56.47 1:53.02',
  ];
  return side(
    'afp-sports',
    'bobsleigh-world-cup-altenberg-two-man-results',
    'Bobsleigh: Altenberg World Cup two-man results',
    [
      'ALTENBERG, Germany (AFP) - Results of the two-man bobsleigh World Cup race in Altenberg on Saturday (crew, nation, first run, second run, total):',
      rows.join('\n'),
      'World Cup standings after five of eight races: 1. Friedrich 1,046 points, 2. Lochner 1,010, 3. Hall 921.',
    ].join('\n\n'),
  );
}

export function bobsleighRace(): Pair[] {
  const table = bobTable();
  const report = story(
    'afp-sports',
    'bobsleigh-friedrich-wins-altenberg',
    'Friedrich edges Lochner again in Altenberg two-man bob',
    [
      "ALTENBERG, Germany (AFP) - Germany's Francesco Friedrich won the two-man bobsleigh World Cup race in Altenberg on Saturday, beating compatriot Johannes Lochner by 13 hundredths of a second to extend his lead in the overall standings.",
      "Friedrich and brakeman Alexander Schueller clocked 1:51.95 over two runs on the ice-covered track in the Ore Mountains. Britain's Brad Hall was third, 24 hundredths back, after the fastest second run of the day.",
      'Lochner had led after the first run at the last two races before Friedrich overtook him. The German rivals have shared the top two places on the podium at four of five races this season.',
      'Friedrich now leads Lochner by 36 points with three races left, starting in St Moritz next weekend.',
    ],
  );
  const top = tableTop(
    table,
    'bobsport-news',
    'altenberg-two-man-top-seven',
    'Altenberg two-man bob: top seven',
    7,
  );
  return [
    tablePair(
      'h11-bobsleigh-report-vs-table',
      'bobsleigh-altenberg',
      report,
      table,
      "one race: the agency's report beside its results table with the standings",
    ),
    tablePair(
      'h11-bobsleigh-table-top7',
      'bobsleigh-altenberg',
      table,
      top,
      'the results table reprinted cut to its top seven rows, the standings line dropped',
      'duplicate',
    ),
  ];
}

export function archeryFinal(): Pair[] {
  const table = side(
    'reuters-sports',
    'archery-world-cup-final-recurve-results',
    'Archery-World Cup Final recurve results',
    [
      'TLAXCALA, Mexico, Oct 19 (Reuters) - Results of the recurve events at the archery World Cup Final in Tlaxcala on Sunday:',
      [
        'Women',
        'Final: Lim Si-hyeon (South Korea) beat Deepika Kumari (India) 7-1',
        'Bronze: Alejandra Valencia (Mexico) beat An Qixuan (China) 6-4',
        'Men',
        'Final: Kim Woo-jin (South Korea) beat Mete Gazoz (Turkey) 6-5 (shoot-off 10-9)',
        'Bronze: Brady Ellison (United States) beat Florian Unruh (Germany) 6-2',
        'Quarter-finals, women: Lim beat Penny Healey (Britain) 6-2; Kumari beat Lisa Barbelin (France) 6-4; Valencia beat Elia Canales (Spain) 7-3; An beat Katharina Bauer (Germany) 6-0',
        "Quarter-finals, men: Kim beat Marcus D'Almeida (Brazil) 6-4; Gazoz beat Matias Grande (Mexico) 7-3; Ellison beat Kao Wenchao (Chinese Taipei) 6-5; Unruh beat Dhiraj Bommadevara (India) 6-2",
      ].join('\n'),
      "The World Cup Final brings together the top archers of the season's four stages and the world champions.",
    ].join('\n\n'),
  );
  const report = story(
    'reuters-sports',
    'archery-kim-lim-double-korea',
    'Archery-South Korea sweep recurve titles at World Cup Final',
    [
      "TLAXCALA, Mexico, Oct 19 (Reuters) - South Korea's Kim Woo-jin won the men's recurve title at the archery World Cup Final on Sunday, beating Turkey's Mete Gazoz in a shoot-off after Lim Si-hyeon took the women's crown.",
      "Kim, the Olympic team champion, shot a 10 with his last arrow to win the shoot-off 10-9 after the match was tied at 5-5. Gazoz's arrow landed millimetres outside the ring.",
      "Lim beat India's Deepika Kumari 7-1 in the women's final for her second World Cup Final title. Home favourite Alejandra Valencia won the women's bronze to the delight of a crowd of 4,000.",
      '"The wind was changing every end, I just trusted my aim," Kim said.',
    ],
  );
  return [
    tablePair(
      'h11-archery-report-vs-results',
      'archery-world-cup-final',
      report,
      table,
      "one day's finals: the agency's report beside its results table",
    ),
  ];
}
