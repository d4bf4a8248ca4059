import { stagePair as pair, reprint, story } from './fourth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fourth held-out part: two stages of one affair in courts and politics, where the later story
// recounts the earlier one. Suspects, defendants, nominees and claimants are fictitious; figures made up.

const arrestBackground = [
  'Officers were called to a house in Hartley Road, Exeter, at about 11.40pm on Saturday after reports of a disturbance, Devon and Cornwall Police said.',
  'A 52-year-old man was found with serious head injuries and taken to the Royal Devon and Exeter Hospital, where he died on Sunday morning. He has been named locally as Graham Tolley.',
  'A post-mortem examination is due to be carried out by a Home Office pathologist. Mr Tolley’s family are being supported by specialist officers.',
];

export function arrestCharge(): Pair[] {
  const arrested = story(
    'pa-crime',
    'exeter-man-arrested-murder-hartley-road',
    'Man arrested on suspicion of murder after Exeter death',
    [
      'A 31-year-old man has been arrested on suspicion of murder after a man died following a disturbance at a house in Exeter.',
      ...arrestBackground,
      'Detective Chief Inspector Rachel Moyle said: "We are at the early stages of our investigation and I would ask anyone who was in the Hartley Road area on Saturday night to get in touch." The arrested man remains in custody.',
    ],
  );
  const charged = story(
    'pa-crime',
    'exeter-man-charged-murder-graham-tolley',
    'Man charged with murder of Graham Tolley in Exeter',
    [
      'A man has been charged with murder after Graham Tolley died following a disturbance at a house in Exeter.',
      'Liam Westcott, 31, of no fixed address, was arrested on Sunday and is due to appear before Exeter Magistrates’ Court on Tuesday.',
      ...arrestBackground,
      'Detective Chief Inspector Rachel Moyle said: "Our thoughts remain with Graham’s family. While a man has now been charged, we would still like to hear from anyone who was in the Hartley Road area on Saturday night."',
    ],
  );
  const reprinted = reprint(
    charged,
    'devonlive-news',
    'graham-tolley-murder-charge-exeter',
    'Murder charge after death of Exeter man Graham Tolley',
    {
      intro:
        'A 31-year-old man will appear in court on Tuesday accused of murdering Graham Tolley, who died after being found injured at a house in Exeter.',
      local: {
        after: 2,
        text: 'Neighbours in Hartley Road, off Pinhoe Road, said police tape remained across the street on Monday afternoon.',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h4-arrest-vs-charge',
      'arrest-charge',
      arrested,
      charged,
      'one death: a suspect arrested on Sunday, named and charged on Monday; three paragraphs shared',
    ),
    pair(
      'h4-charge-copy',
      'arrest-charge',
      charged,
      reprinted,
      'the charge story reprinted locally: "charged with murder" becomes "murder charge", new intro, a local paragraph',
      'duplicate',
    ),
  ];
}

const pleaBackground = [
  'Prosecutors say Delgado, 58, accepted more than $240,000 in cash and home renovations from two contractors between 2019 and 2023 in exchange for steering city paving and drainage contracts worth about $11 million to their companies.',
  'Delgado served two terms as mayor of Pico Rivera before leaving office in December 2024. The contractors, who are not named in court papers, are cooperating with the investigation, according to the U.S. Attorney’s Office for the Central District of California.',
];

export function chargePlea(): Pair[] {
  const indicted = story(
    'ap-national',
    'former-pico-rivera-mayor-indicted-bribery',
    'Former California mayor indicted on federal bribery charges',
    [
      'LOS ANGELES (AP) — A former mayor of the Los Angeles suburb of Pico Rivera was indicted Thursday on federal charges that he took bribes from contractors in exchange for city work.',
      'Ruben Delgado was charged with conspiracy, honest services wire fraud and federal program bribery. He surrendered to FBI agents on Thursday morning and was released on a $50,000 bond after a brief hearing.',
      ...pleaBackground,
      'If convicted of all counts, Delgado would face up to 45 years in federal prison. His attorney, Michelle Ochoa, said her client "looks forward to answering these allegations in court."',
    ],
  );
  const plea = story(
    'ap-national',
    'former-pico-rivera-mayor-pleads-guilty-bribery',
    'Ex-mayor of Pico Rivera admits taking bribes from city contractors',
    [
      'LOS ANGELES (AP) — A former mayor of the Los Angeles suburb of Pico Rivera pleaded guilty Monday to a federal bribery charge, admitting he took cash and free home renovations from contractors in exchange for city work.',
      'Ruben Delgado, who was indicted in March on charges of conspiracy, honest services wire fraud and federal program bribery, pleaded guilty to a single count of federal program bribery under an agreement with prosecutors.',
      ...pleaBackground,
      'The charge carries a maximum sentence of 10 years in federal prison. U.S. District Judge Fernando Olguin scheduled sentencing for Sept. 22. Delgado, who remains free on bond, did not speak to reporters outside court.',
    ],
  );
  const reprinted = reprint(
    plea,
    'latimes-local',
    'pico-rivera-ruben-delgado-guilty-plea',
    'Former Pico Rivera mayor Ruben Delgado pleads guilty in bribery case',
    {
      local: {
        after: 3,
        text: 'Pico Rivera, a city of about 60,000 residents in southeast Los Angeles County, has since hired an outside firm to review all public works contracts awarded during the period.',
      },
      cutLast: false,
    },
  );
  return [
    pair(
      'h4-indictment-vs-plea',
      'charge-plea',
      indicted,
      plea,
      'one bribery case: the indictment in March, the guilty plea in June; background shared',
    ),
    pair(
      'h4-plea-copy',
      'charge-plea',
      plea,
      reprinted,
      'the plea story reprinted: "admits taking bribes" becomes "pleads guilty", a paragraph of local context',
      'duplicate',
    ),
  ];
}

const nomineeBackground = [
  'Hargrove, 61, is a former Texas oil and gas executive who served on the board of the Dallas Federal Reserve branch and has no previous diplomatic experience. He was a major fundraiser for Republican candidates in the 2024 election.',
  'The post in Ottawa has been vacant since January. Relations between the two neighbours have been strained by U.S. tariffs on Canadian steel, aluminium and lumber and by disputes over dairy and digital services taxes.',
];

export function nominationConfirmation(): Pair[] {
  const nominated = story(
    'reuters-politics',
    'trump-picks-hargrove-ambassador-canada',
    'Trump taps Texas energy executive Hargrove as ambassador to Canada',
    [
      'WASHINGTON, Feb 12 (Reuters) - President Donald Trump on Wednesday said he would nominate Texas energy executive Dale Hargrove as U.S. ambassador to Canada, a post at the centre of a widening trade dispute between the two countries.',
      ...nomineeBackground,
      '"Dale will stand up for American workers and American energy," Trump wrote on social media. The nomination requires confirmation by the Senate, where Republicans hold a 53-47 majority.',
    ],
  );
  const confirmed = story(
    'reuters-politics',
    'senate-confirms-hargrove-ambassador-canada',
    'Senate confirms Hargrove as U.S. ambassador to Canada',
    [
      'WASHINGTON, April 29 (Reuters) - The U.S. Senate on Tuesday confirmed Texas energy executive Dale Hargrove as ambassador to Canada by a vote of 51-46, largely along party lines.',
      'President Donald Trump nominated Hargrove in February, saying he would "stand up for American workers and American energy."',
      ...nomineeBackground,
      'Two Democratic senators from border states voted in favour. Hargrove told the Senate Foreign Relations Committee in March that his first priority would be "a trade relationship that is fair in both directions."',
    ],
  );
  return [
    pair(
      'h4-nomination-vs-confirmation',
      'nomination-confirmation',
      nominated,
      confirmed,
      'one ambassador: named in February, confirmed by the Senate in April; background shared',
    ),
  ];
}

const billBackground = [
  'The measure requires large online platforms to verify that users in the state are at least 16 before they can open an account, and to obtain a parent’s consent for users aged 13 to 15. Companies that fail to comply face fines of up to $50,000 per violation, enforced by the state attorney general.',
  'Supporters, including several parents’ groups, say social media apps harm teenagers’ mental health. NetChoice, a trade group representing Meta, Google and TikTok, has said it believes the law violates the First Amendment.',
];

export function billSigned(): Pair[] {
  const passed = story(
    'ap-politics',
    'georgia-senate-passes-social-media-age-bill',
    'Georgia Senate approves social media age limits for teens',
    [
      'ATLANTA (AP) — The Georgia Senate voted 38-16 on Thursday to require social media companies to verify the ages of users and bar children under 16 from opening accounts without a parent’s consent.',
      ...billBackground,
      'The bill, which passed the House last month, now goes to Gov. Brian Kemp, who has not said whether he will sign it. "We are going to look at it closely," a spokesperson said.',
    ],
  );
  const signed = story(
    'ap-politics',
    'kemp-signs-georgia-social-media-age-law',
    'Kemp signs law restricting social media accounts for Georgia teens',
    [
      'ATLANTA (AP) — Georgia Gov. Brian Kemp on Tuesday signed a law requiring social media companies to verify the ages of users and bar children under 16 from opening accounts without a parent’s consent.',
      'The Senate passed the bill 38-16 last month after the House approved it in March. It takes effect July 1, 2026.',
      ...billBackground,
      '"Our kids are not a product to be sold to advertisers," Kemp said at a signing ceremony at the Capitol, surrounded by parents and students. NetChoice said it was reviewing its legal options.',
    ],
  );
  const reprinted = reprint(
    signed,
    'wabe-news',
    'georgia-social-media-law-kemp',
    'Georgia teen social media limits become law',
    {
      intro:
        'Children under 16 in Georgia will need a parent’s permission to open social media accounts after Gov. Brian Kemp signed the restrictions into law on Tuesday.',
      cutLast: true,
      curly: true,
    },
  );
  return [
    pair(
      'h4-bill-passed-vs-signed',
      'bill-signed',
      passed,
      signed,
      'one bill: final passage by the Senate, then signed by the governor; background shared',
    ),
    pair(
      'h4-bill-signed-copy',
      'bill-signed',
      signed,
      reprinted,
      'the signing reprinted: "signs law" becomes "become law", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}

const suitBackground = [
  'The lawsuit, filed in federal court in San Francisco, accused the company of keeping the sales commissions of more than 9,000 drivers and delivery workers below the rate promised in its contracts, and of deducting fees that were not disclosed.',
  'Porterline, which operates an app-based courier service in 14 U.S. states, has said its drivers are independent contractors and that its fees were set out in its terms of service.',
];

export function lawsuitSettled(): Pair[] {
  const filed = story(
    'reuters-legal',
    'porterline-sued-by-drivers-commissions',
    'Courier app Porterline sued by drivers over withheld commissions',
    [
      'March 3 (Reuters) - Delivery app Porterline was sued on Monday by drivers who said the company withheld part of their pay through undisclosed fees, in a proposed class action seeking at least $60 million in damages.',
      ...suitBackground,
      '"Drivers were promised one rate and paid another," said Ana Whitfield, a lawyer for the plaintiffs. Porterline said in a statement that it would "vigorously defend" the case.',
    ],
  );
  const settled = story(
    'reuters-legal',
    'porterline-settles-driver-commissions-lawsuit',
    'Porterline to pay $22 million to settle drivers’ commission lawsuit',
    [
      'Oct 14 (Reuters) - Delivery app Porterline has agreed to pay $22 million to resolve a class action by drivers who said the company withheld part of their pay through undisclosed fees, according to a court filing on Tuesday.',
      'The drivers sued in March, seeking at least $60 million in damages.',
      ...suitBackground,
      'The settlement, which requires approval by U.S. District Judge Rita Lin, does not include an admission of wrongdoing. Porterline said it was "pleased to put this matter behind us." Lawyers for the drivers will seek up to a quarter of the fund in fees.',
    ],
  );
  return [
    pair(
      'h4-lawsuit-filed-vs-settled',
      'lawsuit-settled',
      filed,
      settled,
      'one class action: filed in March, settled in October; background shared',
    ),
  ];
}
