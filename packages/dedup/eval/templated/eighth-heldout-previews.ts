import { stagePair as pair, story } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part, continued: a preview beside its report. People and places are invented;
// figures made up.

const beeBackground = [
  'Eleven spellers aged 11 to 14 reached the final of the National Spelling Bee at the Gaylord National Resort in Maryland, from 241 who started the week. The winner takes home $50,000 and a trophy.',
  "Last year's final went to 19 rounds before it was settled by a tie-breaking lightning round, which organisers introduced in 2022 to stop finals from running past midnight.",
];

export function spellingBee(): Pair[] {
  const preview = story(
    'ap-national',
    'spelling-bee-final-preview',
    'Eleven spellers set for National Spelling Bee final',
    [
      'OXON HILL, Md. (AP) - Eleven young spellers will compete in the final of the National Spelling Bee on Thursday night, with a 13-year-old from Texas who finished third last year the favourite.',
      ...beeBackground,
      'Priya Raghunathan of Plano will be making her third appearance in the final. "I try not to think about winning," she said on Wednesday. The final will be broadcast live from 8 p.m. Eastern.',
    ],
  );
  const report = story(
    'ap-national',
    'spelling-bee-winner',
    'Texas eighth-grader spells "ptarmigan" to win National Spelling Bee',
    [
      'OXON HILL, Md. (AP) - Priya Raghunathan, a 13-year-old from Plano, Texas, won the National Spelling Bee on Thursday night, correctly spelling "ptarmigan" in the 14th round after finishing third a year ago.',
      ...beeBackground,
      'Runner-up Ethan Mwangi, 12, of Columbus, Ohio, went out on "xanthoma". Raghunathan covered her face with her hands before lifting the trophy as confetti fell.',
    ],
  );
  return [
    pair(
      'h8-spelling-bee-preview-vs-winner',
      'spelling-bee',
      preview,
      report,
      'the final\'s preview ("will compete") vs its report (the winner), a day apart in the reader\'s eyes; background shared',
    ),
  ];
}

const festivalBackground = [
  'Twenty films are competing for the Golden Lighthouse at the Porto Alto International Film Festival, which ends on Saturday. The jury is chaired by the Danish director Mette Skov.',
  'The festival, in its 48th year, has been dominated by debates over streaming: seven of the films in competition were financed by online platforms, a record.',
];

export function filmFestival(): Pair[] {
  const preview = story(
    'reuters-lifestyle',
    'porto-alto-awards-preview',
    "Refugee drama tipped for Porto Alto festival's top prize",
    [
      'PORTO ALTO, Sept 27 (Reuters) - The Syrian refugee drama "The Long Crossing" is the critics\' favourite to win the Golden Lighthouse when the Porto Alto film festival hands out its awards on Saturday night.',
      ...festivalBackground,
      'Critics also singled out the Chilean comedy "Las Tías" and the Japanese family film "Winter Harbour". Skov has said the jury would "ignore who paid for the films".',
    ],
  );
  const report = story(
    'reuters-lifestyle',
    'porto-alto-winter-harbour-wins',
    'Japanese family film "Winter Harbour" takes Golden Lighthouse',
    [
      'PORTO ALTO, Sept 28 (Reuters) - The Japanese family film "Winter Harbour" by Kenji Aoyama won the Golden Lighthouse at the Porto Alto film festival on Saturday, beating the favourite "The Long Crossing".',
      ...festivalBackground,
      '"The Long Crossing" won the jury prize and its star, Rami Haddad, was named best actor. Aoyama dedicated the award to his late mother.',
    ],
  );
  return [
    pair(
      'h8-film-festival-preview-vs-awards',
      'film-festival',
      preview,
      report,
      "the awards' preview (the favourite tipped) vs the awards night (another film wins); background shared",
    ),
  ];
}

const showBackground = [
  'Seven dogs, one from each group, compete for Best in Show at the Westborough Kennel Club show at the Javits Center in New York, the second-oldest continuous sporting event in the United States.',
  'About 2,600 dogs of 200 breeds entered this year. The winner receives no prize money, but a Best in Show title can add thousands of dollars to the fees a dog commands for breeding.',
];

export function dogShow(): Pair[] {
  const preview = story(
    'ap-national',
    'westborough-best-in-show-preview',
    'Standard poodle and Skye terrier lead field for Best in Show',
    [
      'NEW YORK (AP) - A standard poodle named Juniper and a Skye terrier called Bram are the ones to beat when the Westborough dog show crowns its Best in Show on Tuesday night.',
      ...showBackground,
      "Juniper has won 61 all-breed shows. Bram's handler, Lorraine Duff, has been to the final ring 11 times without winning.",
    ],
  );
  const report = story(
    'ap-national',
    'westborough-best-in-show-bram',
    'Bram the Skye terrier wins Best in Show at Westborough',
    [
      'NEW YORK (AP) - Bram, a Skye terrier, won Best in Show at the Westborough Kennel Club dog show on Tuesday night, giving handler Lorraine Duff her first title at her 12th attempt.',
      ...showBackground,
      'Juniper the standard poodle was named reserve. "He knew it was his night," Duff said, as Bram was fed a steak in a silver bowl.',
    ],
  );
  return [
    pair(
      'h8-dog-show-preview-vs-winner',
      'dog-show',
      preview,
      report,
      "the final ring's preview (two dogs to beat) vs the winner on the same night; background shared",
    ),
  ];
}
