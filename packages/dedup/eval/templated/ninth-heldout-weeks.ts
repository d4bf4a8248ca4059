import type { Pair } from './kit.ts';
import { stagePair as pair, story } from './ninth-heldout-kit.ts';

// The ninth held-out part, continued: three more stages of one affair weeks apart, the later story
// recounting the earlier. People, operators and animals are invented; figures made up.

const inquestBackground = [
  'Owen Pritchard, 19, a second-year engineering student at Cardiff University, was found unconscious in his room in a hall of residence in Cathays in February and died in hospital two days later.',
  'His parents, Gareth and Lynne Pritchard, have said he had asked the university for help with his mental health three times in the weeks before he died and was told to wait for counselling.',
];

export function inquest(): Pair[] {
  const opened = story(
    'pa-news',
    'cardiff-student-inquest-opens',
    'Inquest opens into death of Cardiff engineering student',
    [
      'An inquest has opened into the death of a 19-year-old Cardiff University student whose parents say the university failed to act on his requests for help.',
      ...inquestBackground,
      "At the brief hearing at Pontypridd Coroner's Court on Tuesday, senior coroner Rachel Hughes heard that a provisional cause of death had been given as mixed drug toxicity. She adjourned the inquest to a full hearing in six weeks.",
    ],
  );
  const findings = story(
    'pa-news',
    'cardiff-student-coroner-findings',
    'Coroner finds university missed chances to help student Owen Pritchard',
    [
      'A coroner has found that Cardiff University missed "clear opportunities" to help a 19-year-old engineering student who died after taking a mix of prescription drugs, at the end of a four-day inquest.',
      ...inquestBackground,
      'Senior coroner Rachel Hughes recorded a narrative conclusion at Pontypridd on Friday and said she would send a prevention of future deaths report to the university. A university spokesman said it "accepts the coroner\'s findings in full".',
    ],
  );
  return [
    pair(
      'h9-inquest-opened-vs-conclusion',
      'inquest',
      opened,
      findings,
      "one student's inquest six weeks apart: opened and adjourned, then the coroner's conclusion; background shared",
    ),
  ];
}

const railBackground = [
  'Pennine Express, owned by the Hong Kong group Kowloon Transit, runs 420 trains a day between Liverpool, Manchester, Leeds, Newcastle and Edinburgh. Only 58% of its trains arrived on time last year, the worst record of any operator.',
  "The government's publicly owned operator of last resort, DfT Operator, already runs four franchises, and ministers have promised to bring every passenger service into public ownership by 2030.",
];

export function railTakeover(): Pair[] {
  const announced = story(
    'reuters-uk',
    'pennine-express-to-be-nationalised',
    'Government to strip Pennine Express of rail contract',
    [
      'LONDON, March 3 (Reuters) - Britain will take the Pennine Express rail service into public ownership from March 29 after years of cancellations, Transport Secretary Hannah Okafor told parliament on Tuesday.',
      ...railBackground,
      'Okafor said passengers had been "let down for too long". Kowloon Transit said it was disappointed and that many delays were caused by Network Rail\'s track, not its trains.',
    ],
  );
  const handedOver = story(
    'reuters-uk',
    'pennine-express-state-control-begins',
    'First state-run Pennine Express trains leave on time',
    [
      'LONDON, March 29 (Reuters) - The Pennine Express rail service passed into public ownership on Sunday, as the first trains run by the state left Manchester Piccadilly shortly after 5 a.m., four weeks after ministers stripped its private owner of the contract.',
      ...railBackground,
      'Staff uniforms and fares are unchanged for now. Okafor travelled on the 0612 to Leeds. "Today is the easy part," she said. "Now we have to make the trains turn up."',
    ],
  );
  return [
    pair(
      'h9-rail-contract-stripped-vs-state-run',
      'rail-nationalisation',
      announced,
      handedOver,
      "one rail service four weeks apart: the takeover announced in parliament, then the first day of the state's trains; background shared",
    ),
  ];
}

const pandaBackground = [
  'Mei Lan, a 12-year-old giant panda, and her mate Bao Bao arrived at Copenhagen Zoo from Chengdu in 2019 on a 15-year loan from China. The pair mated in April after two seasons without success.',
  'Giant panda pregnancies are hard to confirm, because females can show the same hormone changes without carrying a cub. Any cub born abroad belongs to China and goes there by the age of four.',
];

export function pandaCub(): Pair[] {
  const expecting = story(
    'afp-english',
    'copenhagen-panda-pregnant',
    'Copenhagen Zoo says panda Mei Lan is expecting',
    [
      "COPENHAGEN (AFP) - Copenhagen Zoo's giant panda Mei Lan is pregnant, the zoo said on Wednesday after an ultrasound scan showed a foetus, raising hopes of the first panda cub born in Scandinavia.",
      ...pandaBackground,
      'Vets expect a birth in late August. The panda house has been closed to visitors to keep her calm. "We are cautiously very happy," zoo director Steffen Strand said.',
    ],
  );
  const born = story(
    'afp-english',
    'copenhagen-panda-cub-born',
    'Mei Lan gives birth to first panda cub in Scandinavia',
    [
      "COPENHAGEN (AFP) - Copenhagen Zoo's giant panda Mei Lan gave birth to a cub overnight on Sunday, the first born in Scandinavia, the zoo said, five weeks after it announced she was pregnant.",
      ...pandaBackground,
      'The cub, pink and the size of a stick of butter, was heard squeaking on the camera in the den. Its sex will not be known for weeks. Strand said: "Mother and baby are doing what they should."',
    ],
  );
  return [
    pair(
      'h9-panda-pregnant-vs-cub-born',
      'panda-birth',
      expecting,
      born,
      "one panda five weeks apart: the pregnancy confirmed by scan, then the cub's birth; background shared",
    ),
  ];
}
