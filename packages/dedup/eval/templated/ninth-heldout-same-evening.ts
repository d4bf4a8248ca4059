import type { Pair } from './kit.ts';
import { stagePair as pair, story } from './ninth-heldout-kit.ts';

// The ninth held-out part, continued: two more stages of one affair on the same day, the later story
// recounting the earlier one. People and clubs are invented or used only as names; figures made up.

const sharkBackground = [
  'The 34-year-old man was surfing with two friends about 80 metres off Sharpes Beach near Ballina at about 7.15 a.m. when he was bitten on the thigh. His friends paddled him to shore, where off-duty nurses applied a tourniquet.',
  'It is the third shark attack on the New South Wales north coast this year. Surf Life Saving NSW closed beaches from Lennox Head to Ballina for 24 hours and sent drones to patrol the coast.',
];

export function sharkAttack(): Pair[] {
  const bitten = story(
    'aap-national',
    'ballina-surfer-shark-bite',
    'Surfer critical after shark attack off Ballina',
    [
      'BALLINA, NSW (AAP) - A surfer is in a critical condition after being mauled by a shark off a beach on the NSW north coast on Saturday morning.',
      ...sharkBackground,
      'He was flown by the Westpac rescue helicopter to Gold Coast University Hospital. Department of Primary Industries biologists were examining photographs of the wound to identify the species, believed to be a bull shark.',
    ],
  );
  const died = story(
    'aap-national',
    'ballina-surfer-dies-in-hospital',
    'Ballina shark attack victim dies of his injuries',
    [
      'BALLINA, NSW (AAP) - A surfer mauled by a shark off Ballina on Saturday morning has died in hospital, NSW Police said on Saturday night.',
      ...sharkBackground,
      'Police named him as Jarrod Keane, a carpenter from Lismore and a father of two. "He was the best bloke you could meet in the water," his friend Ben Tully told reporters outside the hospital. A report will be prepared for the coroner.',
    ],
  );
  return [
    pair(
      'h9-shark-bite-vs-surfer-dies',
      'shark-attack',
      bitten,
      died,
      'one attack on one day: the surfer critical in the morning, dead in hospital by the night; background shared',
    ),
  ];
}

const abuseBackground = [
  "The referee, Tobias Welz, took the players off in the 64th minute of Rostocker SV's home game against Viktoria Köln after Köln defender Samuel Adeyemi reported monkey chants from a section behind the goal. Play resumed 23 minutes later.",
  'The stadium announcer had twice warned spectators under the three-step procedure the German FA adopted in 2020. Rostock won the third-division match 2-1.',
];

export function terraceAbuse(): Pair[] {
  const halted = story(
    'dpa-international',
    'rostock-game-halted-racist-abuse',
    'Third-division game halted for 23 minutes over racist chants',
    [
      "ROSTOCK, Germany (dpa) - A German third-division match between Rostocker SV and Viktoria Köln was interrupted for 23 minutes on Saturday after a visiting player was racially abused, the first time the league's full procedure has been used.",
      ...abuseBackground,
      'Adeyemi said after the game he had "heard it all before" but would not stay silent. Rostock\'s president Kai Brandt apologised and promised to find those responsible.',
    ],
  );
  const arrested = story(
    'dpa-international',
    'rostock-fans-arrested-racist-abuse',
    'Police arrest two Rostock fans over abuse of Köln defender',
    [
      'ROSTOCK, Germany (dpa) - Police arrested two men on Saturday evening on suspicion of incitement over racist chanting that halted a third-division match between Rostocker SV and Viktoria Köln in the afternoon.',
      ...abuseBackground,
      'The men, aged 22 and 35, were identified from stadium CCTV, a police spokeswoman said. The club said it would ban them for life if the charges were upheld.',
    ],
  );
  return [
    pair(
      'h9-match-halted-vs-fans-arrested',
      'terrace-abuse',
      halted,
      arrested,
      'one match on one day: play halted for racist chants in the afternoon, two fans arrested in the evening; background shared',
    ),
  ];
}

const envoyBackground = [
  "Estonia's security police said on Monday that a member of the Belarusian embassy's staff had photographed military sites near Tapa and met a contact in a Tallinn café who was detained carrying a hard drive.",
  'Estonia, a NATO member, has expelled 11 Russian and Belarusian diplomats since 2022. Minsk routinely answers each expulsion by sending home the same number of Estonians.',
];

export function envoyExpelled(): Pair[] {
  const summoned = story(
    'reuters-europe',
    'estonia-summons-belarus-envoy',
    'Estonia summons Belarusian envoy over spying allegation',
    [
      "TALLINN, March 16 (Reuters) - Estonia's foreign ministry summoned the Belarusian charge d'affaires on Monday morning to explain what it called espionage by a member of his embassy's staff.",
      ...envoyBackground,
      'Foreign Minister Kadri Rebane said Tallinn expected "a full explanation" and would decide on further steps during the day. The Belarusian embassy did not respond to a request for comment.',
    ],
  );
  const expelled = story(
    'reuters-europe',
    'estonia-orders-belarus-diplomat-out',
    'Estonia gives Belarusian diplomat 48 hours to leave',
    [
      "TALLINN, March 16 (Reuters) - Estonia declared a Belarusian diplomat persona non grata on Monday afternoon and gave him 48 hours to leave, hours after summoning Minsk's charge d'affaires over spying.",
      ...envoyBackground,
      'The ministry named the diplomat as second secretary Andrei Zhuk. Rebane said the charge d\'affaires had offered "no credible explanation". Belarus called the move a provocation and promised a response.',
    ],
  );
  return [
    pair(
      'h9-envoy-summoned-vs-diplomat-expelled',
      'diplomat-expelled',
      summoned,
      expelled,
      "one row on one day: the charge d'affaires summoned in the morning, a diplomat expelled in the afternoon; background shared",
    ),
  ];
}
