import { stagePair as pair, reprint, shortened, story } from './fifth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fifth held-out part: two stages of one affair in courts, politics and business, the later story
// recounting the earlier one. People, companies and places are invented; every figure is made up.

const extraditionBackground = [
  'Maarten Verhulst, 47, is wanted in the Netherlands on charges of money laundering and membership of a criminal organisation over the alleged import of more than four tonnes of cocaine through the port of Rotterdam between 2020 and 2023.',
  'He was arrested in a villa near Marbella in November on a European arrest warrant after more than two years on the run. Dutch prosecutors say he used a network of shell companies registered in Dubai and Cyprus to move the proceeds.',
  'Verhulst denies the charges. His lawyers had argued that he risked inhuman conditions in a Dutch high-security prison.',
];

export function extradition(): Pair[] {
  const approved = story(
    'afp-world',
    'spain-court-approves-extradition-verhulst',
    'Spanish court approves extradition of Dutch drug suspect',
    [
      "MADRID (AFP) - Spain's National Court on Wednesday approved the extradition to the Netherlands of Maarten Verhulst, a Dutchman accused of running a cocaine trafficking network through Rotterdam, court documents showed.",
      ...extraditionBackground,
      'The judges rejected that argument, saying the Netherlands had given "sufficient guarantees". The ruling can be appealed within three days, and the final decision rests with the Spanish government.',
    ],
  );
  const handedOver = story(
    'afp-world',
    'verhulst-extradited-netherlands-spain',
    'Alleged Dutch cocaine kingpin handed over by Spain',
    [
      'THE HAGUE (AFP) - Spain on Friday handed over to the Netherlands Maarten Verhulst, a Dutchman accused of running a cocaine trafficking network through Rotterdam, Dutch prosecutors said.',
      "He landed at a military airbase near Eindhoven on a police flight from Madrid and was taken to the high-security prison at Vught, the public prosecution service said in a statement. Spain's National Court approved his extradition last month.",
      ...extraditionBackground,
      'He is due to appear before an examining judge in Rotterdam on Monday. No trial date has been set.',
    ],
  );
  const brief = shortened(
    handedOver,
    'nltimes-news',
    'spain-hands-over-suspected-drug-boss-verhulst',
    'Spain extradites suspected drug boss Verhulst to the Netherlands',
    3,
  );
  return [
    pair(
      'h5-extradition-approved-vs-done',
      'extradition',
      approved,
      handedOver,
      'one suspect: the court ruling in Madrid, then the handover to the Netherlands a month later; background shared',
    ),
    pair(
      'h5-extradition-brief',
      'extradition',
      handedOver,
      brief,
      "the handover cut to its first three paragraphs under a local site's headline",
      'duplicate',
    ),
  ];
}

const ministerBackground = [
  "The state's interior ministry had come under pressure after it emerged that police in Göppingen had been warned twice about the man who attacked a street festival in August, killing two people and injuring eleven.",
  "An inquiry commission of the state parliament found in its interim report that a risk assessment had been left unprocessed for five weeks. The opposition Greens and SPD had demanded the minister's resignation for weeks.",
];

export function ministerReplaced(): Pair[] {
  const quits = story(
    'dpa-international',
    'baden-wuerttemberg-interior-minister-resigns',
    'Baden-Württemberg interior minister Kessler resigns over festival attack',
    [
      'Stuttgart (dpa) - The interior minister of the German state of Baden-Württemberg, Ulrich Kessler, resigned on Tuesday, taking responsibility for failures before a deadly knife attack in the town of Göppingen.',
      ...ministerBackground,
      '"I am drawing the political consequences," Kessler, 59, told a press conference in Stuttgart. State premier Petra Albrecht said she accepted the resignation "with great respect" and would name a successor within days.',
    ],
  );
  const sworn = story(
    'dpa-international',
    'new-interior-minister-sworn-in-stuttgart-hoffmann',
    'Hoffmann sworn in as Baden-Württemberg interior minister',
    [
      'Stuttgart (dpa) - Sabine Hoffmann was sworn in as interior minister of the German state of Baden-Württemberg on Thursday, a week after her predecessor Ulrich Kessler resigned over failures before a deadly knife attack in Göppingen.',
      'Hoffmann, 51, a former police chief of Karlsruhe, took the oath in the state parliament. She is not a member of any party.',
      ...ministerBackground,
      'Hoffmann said her first task would be to "find out honestly what went wrong" and promised to hand the inquiry all internal files by the end of the month.',
    ],
  );
  const reprinted = reprint(
    sworn,
    'thelocal-de',
    'former-police-chief-takes-over-interior-ministry',
    'Ex-police chief takes over as interior minister after Göppingen attack',
    {
      intro:
        "A former police chief of Karlsruhe has become Baden-Württemberg's new interior minister, taking over from Ulrich Kessler, who quit last week over the Göppingen knife attack.",
      curly: true,
    },
  );
  return [
    pair(
      'h5-minister-resigns-vs-successor',
      'minister-replaced',
      quits,
      sworn,
      'one ministry: the minister resigns on Tuesday, his successor is sworn in nine days later; background shared',
    ),
    pair(
      'h5-minister-successor-copy',
      'minister-replaced',
      sworn,
      reprinted,
      'the swearing-in reprinted in English by a local site: "sworn in" becomes "takes over", new intro, curly quotes',
      'duplicate',
    ),
  ];
}

const mergerBackground = [
  'A combination would create the largest operator of cold-storage warehouses in northern Europe, with about 140 sites and annual sales of roughly 3.1 billion euros ($3.4 billion). Frostvik, based in Gothenburg, is listed in Stockholm; Nordhal is owned by the private equity firm Calder Partners.',
  'Food distributors have been consolidating as supermarkets push for lower logistics costs, and rising energy prices have squeezed the margins of smaller refrigerated warehouse operators.',
];

export function coldStorageMerger(): Pair[] {
  const talks = story(
    'bloomberg-deals',
    'frostvik-in-talks-to-combine-with-nordhal',
    "Frostvik Is Said to Be in Talks to Merge With Calder's Nordhal",
    [
      'Frostvik AB is in advanced talks to combine with Nordhal Logistics, the Danish cold-storage firm owned by Calder Partners, according to people familiar with the matter.',
      'The companies are discussing an all-share deal that would value Nordhal at about 1.6 billion euros including debt, said the people, who asked not to be identified because the deliberations are private. An agreement could be announced as soon as next month, though talks could still fall apart.',
      ...mergerBackground,
      'Representatives for Frostvik and Calder declined to comment. Frostvik shares rose as much as 9.2% in Stockholm trading on Monday, the most in more than a year.',
    ],
  );
  const signed = story(
    'bloomberg-deals',
    'frostvik-agrees-to-buy-nordhal-from-calder',
    'Frostvik Agrees to Buy Nordhal From Calder in 1.7 Billion-Euro Deal',
    [
      'Frostvik AB agreed to buy Nordhal Logistics from Calder Partners in an all-share deal valuing the Danish cold-storage firm at 1.7 billion euros including debt, the companies said Thursday.',
      'Calder will receive new Frostvik shares giving it a 34% stake in the combined company and two seats on its board. Bloomberg News reported last month that the companies were in advanced talks.',
      ...mergerBackground,
      'The deal is expected to close in the second quarter, subject to approval by the European Commission. Frostvik shares fell 3.1% at 10:12 a.m. in Stockholm.',
    ],
  );
  const updated = story(
    'bloomberg-deals',
    'frostvik-agrees-to-buy-nordhal-from-calder-update-1',
    'Frostvik to Buy Nordhal in 1.7 Billion-Euro Cold-Storage Deal (1)',
    [
      "Frostvik AB agreed to buy Nordhal Logistics from Calder Partners in an all-share deal valuing the Danish cold-storage firm at 1.7 billion euros including debt, creating northern Europe's biggest operator of refrigerated warehouses.",
      'Calder will receive new Frostvik shares giving it a 34% stake in the combined company and two seats on its board, the companies said in a statement Thursday. Bloomberg News reported last month that the companies were in advanced talks.',
      '"This gives us the scale our customers have been asking for," Frostvik Chief Executive Officer Jonas Lidqvist said on a call with analysts, adding that the companies expect annual cost savings of 85 million euros by 2028.',
      ...mergerBackground,
      'The deal is expected to close in the second quarter, subject to approval by the European Commission. Frostvik shares fell 4.4% at 11:40 a.m. in Stockholm.',
    ],
  );
  return [
    pair(
      'h5-merger-talks-vs-deal',
      'cold-storage-merger',
      talks,
      signed,
      'one deal: talks reported by people familiar, then the agreement announced a month later; background shared',
    ),
    pair(
      'h5-merger-deal-update',
      'cold-storage-merger',
      signed,
      updated,
      'the agreement updated the same day under a new headline: CEO quote and savings added, share move refreshed',
      'duplicate',
    ),
  ];
}

const recallBackground = [
  "The affected cribs were sold at Brindle & Moss stores and online between March 2023 and January 2025 for about $180. A hinge on the drop-side rail can loosen, creating a gap in which an infant's head or limbs can become trapped.",
  'Consumers should stop using the cribs immediately and contact the company for a free repair kit, the U.S. Consumer Product Safety Commission said.',
];

export function cribRecall(): Pair[] {
  const announced = story(
    'reuters-us',
    'brindle-moss-recalls-cribs-hinge-entrapment',
    'Brindle & Moss recalls 48,000 cribs over entrapment risk',
    [
      'Jan 21 (Reuters) - Baby products retailer Brindle & Moss is recalling about 48,000 portable cribs in the United States after reports that a rail hinge can loosen and trap infants, the U.S. Consumer Product Safety Commission said on Tuesday.',
      ...recallBackground,
      "The company has received 17 reports of loose hinges, including two in which a child's arm was caught. No serious injuries have been reported.",
    ],
  );
  const expanded = story(
    'reuters-us',
    'brindle-moss-expands-crib-recall-canada',
    'Brindle & Moss expands crib recall to 131,000 units, adds Canada',
    [
      'March 4 (Reuters) - Brindle & Moss on Tuesday expanded its recall of portable cribs to about 131,000 units, adding two more models and about 22,000 cribs sold in Canada, after receiving dozens more reports of loose rail hinges.',
      'The retailer first recalled 48,000 cribs in January.',
      ...recallBackground,
      "The company has now received 64 reports of loose hinges, including nine in which a child's arm or leg was caught and one in which an 8-month-old suffered a fractured wrist, the CPSC said. Health Canada issued a parallel notice.",
    ],
  );
  const corrected = story(
    'reuters-us',
    'brindle-moss-expands-crib-recall-canada-corrected',
    'CORRECTED-Brindle & Moss expands crib recall to 131,000 units, adds Canada',
    [
      'March 4 (Reuters) - Brindle & Moss on Tuesday expanded its recall of portable cribs to about 131,000 units, adding two more models and about 22,000 cribs sold in Canada, after receiving dozens more reports of loose rail hinges.',
      'The retailer first recalled 48,000 cribs in January.',
      ...recallBackground,
      "The company has now received 64 reports of loose hinges, including nine in which a child's arm or leg was caught and one in which a 10-month-old suffered a fractured wrist, the CPSC said. Health Canada issued a parallel notice.",
      '(Corrects age of child in paragraph 5 to 10 months, not 8 months)',
    ],
  );
  return [
    pair(
      'h5-recall-vs-expanded',
      'crib-recall',
      announced,
      expanded,
      'one recall: 48,000 cribs in January, widened to 131,000 and Canada in March; background shared',
    ),
    pair(
      'h5-recall-expanded-corrected',
      'crib-recall',
      expanded,
      corrected,
      'the expansion corrected the same day: one age changed, a correction line added, "CORRECTED-" headline',
      'duplicate',
    ),
  ];
}

const leadershipBackground = [
  'The contest was triggered when Fiona Dalgleish stood down in June after the party lost nine of its 14 seats at the Holyrood election, its worst result since devolution.',
  "Members of the Scottish Progressive Party vote by post and online. Candidates needed nominations from at least 15% of the party's parliamentary group and from 20 local branches.",
];

export function leadershipContest(): Pair[] {
  const candidates = story(
    'pa-scotland',
    'three-candidates-scottish-progressive-leadership',
    'Three candidates confirmed in race to lead Scottish Progressives',
    [
      'Three candidates will contest the leadership of the Scottish Progressive Party after nominations closed on Friday.',
      'Former justice spokesman Callum Rennie, Glasgow councillor Aisha Mirza and MSP Douglas Baird secured enough nominations, the party said. A fourth hopeful, Lothians MSP Kirsty Weir, withdrew on Thursday and endorsed Ms Mirza.',
      ...leadershipBackground,
      'Hustings will be held in Inverness, Aberdeen, Dundee and Glasgow over the next five weeks. The ballot closes on October 3 and the result will be announced the following day.',
    ],
  );
  const result = story(
    'pa-scotland',
    'aisha-mirza-wins-scottish-progressive-leadership',
    'Aisha Mirza elected leader of Scottish Progressives',
    [
      'Glasgow councillor Aisha Mirza has been elected leader of the Scottish Progressive Party, winning 54% of the vote in the second round.',
      "Ms Mirza beat former justice spokesman Callum Rennie after MSP Douglas Baird was eliminated in the first round. Turnout among the party's 11,400 members was 71%, it said.",
      ...leadershipBackground,
      'Speaking in Glasgow after the result was announced on Saturday, Ms Mirza said: "We have been told we are finished. We are not. The work of winning back Scotland\'s trust starts tonight." Mr Rennie said he would serve "in whatever role she asks".',
    ],
  );
  return [
    pair(
      'h5-leadership-field-vs-winner',
      'leadership-contest',
      candidates,
      result,
      'one leadership contest: three candidates confirmed, then the winner five weeks later; background shared',
    ),
  ];
}

const appealBackground = [
  'Kim was sentenced to four years in prison in May after the Seoul Central District Court found him guilty of embezzling about 18.6 billion won ($13.5 million) from Daesung Chemical, the fertiliser maker founded by his father, and of breach of trust in lending company money to a golf resort he controlled.',
  "Prosecutors had sought seven years. Both sides appealed, with Kim's lawyers arguing that the loans had been approved by the board.",
];

export function appealRuling(): Pair[] {
  const lodged = story(
    'yonhap-national',
    'daesung-chemical-kim-appeal-trial-opens',
    'Appeals trial of ex-Daesung Chemical chairman opens',
    [
      'SEOUL, Aug. 19 (Yonhap) -- The appeals trial of Kim Jae-hoon, former chairman of Daesung Chemical Co., opened at the Seoul High Court on Tuesday, with prosecutors calling for a heavier sentence, court officials said.',
      ...appealBackground,
      'Kim, 63, who has been held in custody since his conviction, appeared in a prison uniform and did not speak. The next hearing is scheduled for Sept. 23.',
    ],
  );
  const ruled = story(
    'yonhap-national',
    'appeals-court-upholds-prison-term-ex-daesung-chairman',
    'Appeals court upholds 4-year prison term for ex-Daesung Chemical chairman',
    [
      'SEOUL, Nov. 27 (Yonhap) -- An appeals court on Thursday upheld a four-year prison term for Kim Jae-hoon, former chairman of Daesung Chemical Co., rejecting appeals from both the defense and prosecutors.',
      ...appealBackground,
      '"The defendant privately used a listed company\'s funds as if they were his own, and the damage has not been fully recovered," the Seoul High Court said. Kim\'s lawyers said they would take the case to the Supreme Court.',
    ],
  );
  return [
    pair(
      'h5-appeal-opens-vs-ruling',
      'appeal-ruling',
      lodged,
      ruled,
      'one appeal: the appeals trial opens in August, the ruling upholding the sentence in November; background shared',
    ),
  ];
}
