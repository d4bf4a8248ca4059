import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, story } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: a school shut and reopened, an outbreak and its source found, a
// truce announced and in force. People, companies, groups and places are invented; figures made up.

const schoolBackground = [
  'Asbestos was found in ceiling tiles in the science block of Glenmore Academy during maintenance work over the weekend, and tests confirmed fibres in the air of two classrooms, the council said.',
  'The school, in the north of the city, has about 1,150 pupils aged 11 to 18. Exams for fifth-year pupils were due to start the following week.',
];

export function schoolClosure(): Pair[] {
  const closed = story(
    'stv-news',
    'glenmore-academy-closed-asbestos',
    'Secondary school closed after asbestos found in classrooms',
    [
      'A secondary school in Aberdeen has been closed to pupils "until further notice" after asbestos was discovered in its science block, Aberdeen City Council said on Monday.',
      ...schoolBackground,
      'Pupils will be taught online for the rest of the week. A council spokesperson said the risk to health was "very low" but the building would stay shut until specialist contractors had removed the material.',
    ],
  );
  const reopened = story('stv-news', 'glenmore-academy-reopens', 'School reopens after asbestos closure', [
    'Glenmore Academy in Aberdeen reopened to pupils on Monday, a week after it was closed when asbestos was discovered in its science block, Aberdeen City Council said.',
    ...schoolBackground,
    'Contractors removed the tiles over five days and independent air tests found no fibres, the council said. The science block will stay closed until the summer holidays, and classes have been moved to the library and dining hall.',
  ]);
  return [
    pair(
      'h7-school-closed-vs-reopened',
      'school-closure',
      closed,
      reopened,
      'one school: closed over asbestos, reopened a week later; background shared',
    ),
  ];
}

const outbreakBackground = [
  'Twenty-three people in six states have been infected with the outbreak strain of Listeria monocytogenes since March, and 21 of them were admitted to hospital, the Centers for Disease Control and Prevention said. Two people died, in Ohio and Pennsylvania.',
  'Most of those who fell ill are over 65, and several reported eating deli meats or soft cheeses in the month before they became sick.',
];

export function listeriaOutbreak(): Pair[] {
  const declared = story(
    'ap-health',
    'cdc-investigates-listeria-outbreak',
    'CDC investigating deadly listeria outbreak in six states',
    [
      'ATLANTA (AP) - Federal health officials are investigating an outbreak of listeria that has killed two people and sickened 21 others in six states, but have not yet identified the food that made them ill.',
      ...outbreakBackground,
      'The CDC urged people at higher risk, including pregnant women and older adults, to heat deli meats until steaming hot before eating them.',
    ],
  );
  const source = story(
    'ap-health',
    'listeria-outbreak-linked-to-deli-ham',
    'Deadly listeria outbreak linked to sliced ham from Ohio plant, CDC says',
    [
      'ATLANTA (AP) - A listeria outbreak that has killed two people has been traced to sliced ham made at a plant in Ohio, federal health officials said Thursday, nine days after announcing the investigation.',
      ...outbreakBackground,
      'Inspectors found the outbreak strain in samples of Brookfield Farms ham taken from a deli in Columbus. The company has recalled 140,000 pounds of ham and paused production at its Lima plant.',
    ],
  );
  return [
    pair(
      'h7-listeria-outbreak-vs-source',
      'listeria-outbreak',
      declared,
      source,
      'one outbreak: the investigation announced, then the source identified nine days later; background shared',
    ),
  ];
}

const truceBackground = [
  'Fighting between the army and the Northern Liberation Front around the town of Kadiri has killed at least 300 people since January and forced more than 90,000 from their homes, according to the United Nations.',
  'The talks in Nairobi, mediated by Kenya and the African Union, began two weeks ago. A previous truce agreed in November collapsed within days.',
];

export function ceasefire(): Pair[] {
  const agreed = story(
    'afp-africa',
    'kadiri-ceasefire-agreed-nairobi',
    'Government and rebels agree ceasefire at Nairobi talks',
    [
      'NAIROBI (AFP) - The government and the Northern Liberation Front rebels agreed a ceasefire on Thursday at talks in Nairobi, to take effect at midnight on Friday, mediators said.',
      ...truceBackground,
      'The deal provides for monitors from the African Union and the opening of a humanitarian corridor to Kadiri within a week, Kenyan mediator Joseph Mwangi told reporters.',
    ],
  );
  const inForce = story(
    'afp-africa',
    'kadiri-ceasefire-takes-effect',
    'Ceasefire takes effect around Kadiri, residents report calm',
    [
      'KADIRI (AFP) - A ceasefire between the army and Northern Liberation Front rebels took effect at midnight on Friday, and residents of Kadiri said the night was calm for the first time in weeks.',
      ...truceBackground,
      'The truce was agreed on Thursday in Nairobi. "We slept without hearing guns," a market trader, Amina Yusuf, told AFP by telephone. AU monitors are due to arrive on Monday.',
    ],
  );
  const reprinted = reprint(
    inForce,
    'eastafrican',
    'kadiri-truce-holds-first-night',
    'Kadiri truce holds on first night',
    {
      local: {
        after: 3,
        text: 'Kenya has hosted three rounds of talks between the two sides since last year, and President William Ruto called the agreement "a victory for African diplomacy".',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h7-ceasefire-agreed-vs-in-force',
      'ceasefire',
      agreed,
      inForce,
      'one truce: agreed on Thursday, in force from Friday midnight; background shared',
    ),
    pair(
      'h7-ceasefire-in-force-copy',
      'ceasefire',
      inForce,
      reprinted,
      'the truce in force reprinted: "takes effect" becomes "holds", a local paragraph on Kenya\'s mediation, curly quotes',
      'duplicate',
    ),
  ];
}
