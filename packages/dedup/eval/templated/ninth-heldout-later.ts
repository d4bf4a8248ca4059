import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, story } from './ninth-heldout-kit.ts';

// The ninth held-out part, continued: two stages of one affair a day to weeks apart, the later story
// recounting the earlier. People, companies, ships and clubs are invented; figures made up.

const wreckBackground = [
  'The wreck lies in 68 metres of water about 11 kilometres north of Texel. It was picked up by a sonar survey for a planned wind farm, and divers from the Dutch cultural heritage agency reached it in May.',
  "The hull is largely buried in sand, but the divers found 14 iron cannon, a ship's bell encrusted with shells and timbers that tree-ring dating places in the 1770s.",
];

export function wreckIdentified(): Pair[] {
  const found = story(
    'reuters-europe',
    'texel-wreck-found-survey',
    'Divers find 18th-century warship wreck off Dutch coast',
    [
      'AMSTERDAM, June 4 (Reuters) - Divers have found the wreck of an 18th-century warship off the Dutch island of Texel, the Cultural Heritage Agency of the Netherlands said on Thursday, but its identity is still unknown.',
      ...wreckBackground,
      'Archaeologist Marieke de Vries said several ships of the Dutch navy were lost in storms off Texel in that decade. "The bell may tell us her name once it is cleaned," she said.',
    ],
  );
  const named = story(
    'reuters-europe',
    'texel-wreck-is-zeeleeuw',
    "Wreck off Texel is Dutch navy's lost 'Zeeleeuw', bell shows",
    [
      'AMSTERDAM, July 21 (Reuters) - A wreck found off the Dutch island of Texel is the Zeeleeuw, a 50-gun ship of the Dutch navy that sank with 312 men in a storm in 1779, the Cultural Heritage Agency of the Netherlands said on Tuesday.',
      ...wreckBackground,
      'Conservators found the name and the date 1774 on the bell after removing seven weeks of shells. The agency said the wreck would be protected as a war grave and left on the seabed.',
    ],
  );
  const reprinted = reprint(
    named,
    'nl-times',
    'texel-shipwreck-zeeleeuw-named',
    'Mystery shipwreck off Texel identified as the Zeeleeuw',
    {
      local: {
        after: 1,
        text: 'The Maritime Museum in Den Helder said it would show the bell in an exhibition on the Zeeleeuw from next spring.',
      },
      cutLast: true,
    },
  );
  return [
    pair(
      'h9-wreck-found-vs-named',
      'wreck-identified',
      found,
      named,
      'one wreck seven weeks apart: found and unnamed, then identified from its bell; background shared',
    ),
    pair(
      'h9-wreck-named-copy',
      'wreck-identified',
      named,
      reprinted,
      'the identification reprinted: "is the lost Zeeleeuw" becomes "identified as the Zeeleeuw", a local paragraph, the last paragraph cut',
      'duplicate',
    ),
  ];
}

const collapseBackground = [
  "Midfielder Tomás Herrera, 24, collapsed without contact in the 38th minute of Real Zaragoza's home game against Sporting Gijón on Sunday. Club doctors gave him cardiopulmonary resuscitation on the pitch and used a defibrillator before he was taken to hospital.",
  'The match was abandoned. Herrera joined Zaragoza from Uruguayan club Defensor Sporting two years ago and has played 61 league games for the club.',
];

export function playerCollapse(): Pair[] {
  const collapsed = story(
    'reuters-sports',
    'zaragoza-herrera-collapses',
    "Zaragoza's Herrera in intensive care after collapsing on pitch",
    [
      "MADRID, Oct 19 (Reuters) - Real Zaragoza midfielder Tomás Herrera was in intensive care on Sunday night after suffering a cardiac arrest during his side's Segunda División game against Sporting Gijón, the club said.",
      ...collapseBackground,
      'The club said Herrera was in a stable condition at the Miguel Servet University Hospital. Players from both teams were seen in tears as he was carried off.',
    ],
  );
  const home = story(
    'reuters-sports',
    'zaragoza-herrera-leaves-hospital',
    'Herrera leaves hospital nine days after cardiac arrest',
    [
      "MADRID, Oct 28 (Reuters) - Real Zaragoza midfielder Tomás Herrera left hospital on Tuesday, nine days after he collapsed with a cardiac arrest during his side's game against Sporting Gijón, and thanked the doctors who saved his life.",
      ...collapseBackground,
      'Herrera has been fitted with an implantable defibrillator. He walked out waving to about 200 fans and said he did not know whether he would play again. "Right now I just want to hug my daughter," he said.',
    ],
  );
  return [
    pair(
      'h9-player-collapse-vs-discharged',
      'player-collapse',
      collapsed,
      home,
      'one player nine days apart: in intensive care after a cardiac arrest, then out of hospital; background shared',
    ),
  ];
}

const orderBackground = [
  'Langkasuka Air, a low-cost carrier based in Kuala Lumpur that flies 74 Airbus A320-family jets, is expanding to India, Japan and Australia. It plans to double its fleet by 2032.',
  'At list prices, which airlines rarely pay, 60 A321neo jets would be worth about 8.3 billion dollars. Airbus has a backlog of more than 8,500 aircraft and delivery slots for the type are sold out until 2030.',
];

export function aircraftOrder(): Pair[] {
  const memorandum = story(
    'reuters-business',
    'langkasuka-air-a321-mou-farnborough',
    'Langkasuka Air signs MoU for 60 Airbus A321neos at Farnborough',
    [
      'FARNBOROUGH, England, July 21 (Reuters) - Malaysian low-cost carrier Langkasuka Air signed a memorandum of understanding for 60 Airbus A321neo jets at the Farnborough Airshow on Monday, subject to board and shareholder approval.',
      ...orderBackground,
      'Chief Executive Lim Wei Han said the carrier was still choosing between engines from CFM and Pratt & Whitney. A memorandum of understanding is not binding.',
    ],
  );
  const firm = story(
    'reuters-business',
    'langkasuka-air-firms-a321-order',
    'Langkasuka Air firms up order for 60 A321neo jets',
    [
      'KUALA LUMPUR, Aug 13 (Reuters) - Langkasuka Air has turned a provisional deal for 60 Airbus A321neo jets into a firm order after its shareholders approved the purchase on Wednesday, three weeks after it signed a memorandum at the Farnborough Airshow.',
      ...orderBackground,
      'The airline chose CFM LEAP-1A engines and said the first jets would arrive in 2029. It did not say what discount it had won.',
    ],
  );
  return [
    pair(
      'h9-jet-mou-vs-firm-order',
      'aircraft-order',
      memorandum,
      firm,
      'one order three weeks apart: a memorandum at an airshow, then firmed up after the shareholder vote; background shared',
    ),
  ];
}

const ballotBackground = [
  'Zanele Mokoena, 39, a former student leader and two-term councillor, is the opposition Democratic Renewal candidate for mayor of Johannesburg. The municipal election is on November 1.',
  'The Electoral Commission of South Africa struck her from the ballot on a challenge by the ruling party, which said her nomination papers carried 312 signatures of voters not registered in the city, more than the 250 allowed to fail.',
];

export function candidateBallot(): Pair[] {
  const struckOff = story(
    'reuters-africa',
    'johannesburg-mokoena-struck-off',
    'Opposition mayoral hopeful Mokoena barred from Johannesburg ballot',
    [
      "JOHANNESBURG, Sept 22 (Reuters) - South Africa's electoral commission barred opposition candidate Zanele Mokoena on Monday from running for mayor of Johannesburg, saying her nomination did not have enough valid signatures.",
      ...ballotBackground,
      'Mokoena called the decision "an administrative coup" and said she would go to the Electoral Court. Hundreds of her supporters gathered outside the commission\'s offices in Centurion.',
    ],
  );
  const restored = story(
    'reuters-africa',
    'johannesburg-mokoena-back-on-ballot',
    'Court puts Mokoena back on Johannesburg mayoral ballot',
    [
      "JOHANNESBURG, Oct 3 (Reuters) - South Africa's Electoral Court on Friday overturned a decision to bar opposition candidate Zanele Mokoena from the Johannesburg mayoral race, ordering that her name be printed on the ballot.",
      ...ballotBackground,
      'Judge Thandi Nkosi found that the commission had counted 94 signatures twice when rejecting them. Ballot papers must go to the printer by Wednesday. "Johannesburg will have a real choice," Mokoena told supporters.',
    ],
  );
  return [
    pair(
      'h9-candidate-barred-vs-reinstated',
      'candidate-ballot',
      struckOff,
      restored,
      'one candidate eleven days apart: struck off by the commission, then put back by the court; background shared',
    ),
  ];
}
