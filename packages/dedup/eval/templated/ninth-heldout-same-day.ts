import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, shortened, story } from './ninth-heldout-kit.ts';

// The ninth held-out part: two stages of one affair on the same day, hours apart, the later story
// recounting the earlier one with its names and background. People, companies and places are invented
// or used only as names; figures made up.

const tramBackground = [
  'The two-car tram, on route 4 from Porto Marítimo to the university campus, was carrying about 90 passengers when it left the rails on the curve into Rua de Santa Catarina at about 7.50 a.m. and struck the front of a bakery.',
  'Twelve people were taken to hospital, two of them with serious injuries, the city fire service said. The curve has a speed limit of 15 km/h, and the operator, Metro Ligeiro do Porto, suspended services on routes 4 and 6.',
];

export function tramDerailment(): Pair[] {
  const derailed = story(
    'reuters-europe',
    'porto-tram-derails-twelve-hurt',
    'Tram leaves the rails in central Porto, twelve injured',
    [
      'PORTO, Portugal, May 12 (Reuters) - A packed tram derailed during the morning rush hour in central Porto on Tuesday and ploughed into a shopfront, injuring twelve people, emergency services said.',
      ...tramBackground,
      'Witnesses said the tram appeared to be travelling fast as it entered the bend. "It didn\'t slow down at all," said Ana Ferreira, who was waiting at the stop opposite. The cause is under investigation.',
    ],
  );
  const detained = story(
    'reuters-europe',
    'porto-tram-driver-detained',
    'Porto tram driver detained after failing drug test',
    [
      'PORTO, Portugal, May 12 (Reuters) - Police in Porto detained the driver of a tram that derailed in the city centre on Tuesday morning after he tested positive for cocaine, a police spokesman said in the evening.',
      ...tramBackground,
      'The driver, 41, whose name was not released, is due to appear before an investigating judge on Wednesday on suspicion of endangering public safety. The operator said he had worked for the company for six years.',
    ],
  );
  const brief = shortened(
    detained,
    'portugal-news-online',
    'tram-driver-held-cocaine-test',
    'Driver of derailed tram held over positive cocaine test',
    3,
  );
  return [
    pair(
      'h9-tram-derailed-vs-driver-detained',
      'tram-derailment',
      derailed,
      detained,
      'one tram on one day: derailed in the morning, the driver detained after a drug test in the evening; background shared',
    ),
    pair(
      'h9-tram-driver-brief',
      'tram-derailment',
      detained,
      brief,
      "a brief cut from the driver's detention to its first three paragraphs under its own headline",
      'duplicate',
    ),
  ];
}

const warningBackground = [
  'Hallworth Group, which builds hospitals, schools and prisons under fixed-price government contracts, said cost overruns on three NHS hospital projects would wipe out profit for the year. It had forecast an operating profit of 140 million pounds in March.',
  'The company has 1.1 billion pounds of bonds outstanding, 400 million of them due in 2027, and said it was in talks with its lenders about covenants on a 600 million pound revolving credit facility.',
];

export function creditDowngrade(): Pair[] {
  const warning = story(
    'reuters-uk',
    'hallworth-profit-warning',
    'Hallworth shares crash 44% as hospital contracts wipe out profit',
    [
      'LONDON, Sept 3 (Reuters) - Shares in British builder Hallworth Group fell 44% on Wednesday after it warned it would make no profit this year and was negotiating with its banks.',
      ...warningBackground,
      'Chief Executive Simon Drury said the problems were "confined to a small number of legacy contracts". Analysts at Peel Hunt said a rights issue now looked likely.',
    ],
  );
  const junk = story(
    'reuters-uk',
    'hallworth-cut-to-junk-moodys',
    "Moody's cuts Hallworth to junk after profit warning",
    [
      "LONDON, Sept 3 (Reuters) - Moody's cut British builder Hallworth Group's credit rating to junk on Wednesday evening, hours after the company warned it would make no profit this year and sent its shares down 44%.",
      ...warningBackground,
      'Moody\'s lowered Hallworth to Ba1 from Baa3 with a negative outlook, saying the overruns pointed to "weak controls over bidding". A cut to junk can force some funds to sell the bonds.',
    ],
  );
  const updated = story(
    'reuters-uk',
    'hallworth-cut-to-junk-moodys-update1',
    "UPDATE 1-Moody's cuts Hallworth to junk after profit warning",
    [
      ...junk.body.split('\n\n'),
      "Hallworth's 2027 bonds fell 9 pence to 81 pence on the pound after the downgrade, traders said. The company declined to comment.",
    ],
  );
  return [
    pair(
      'h9-profit-warning-vs-junk-rating',
      'credit-downgrade',
      warning,
      junk,
      "one builder on one day: the profit warning in the morning, the rating agency's cut to junk in the evening; background shared",
    ),
    pair(
      'h9-junk-rating-update',
      'credit-downgrade',
      junk,
      updated,
      "the same-day UPDATE 1 of the downgrade: one paragraph on the bonds' price added",
      'duplicate',
    ),
  ];
}

const voteBackground = [
  "Prime Minister Mette Aalto's three-party coalition had governed with a majority of one since the Centre Party quit in March over plans to close rural maternity units. Two of her own MPs abstained on Thursday.",
  "The supplementary budget would have raised fuel duty by 6 cents a litre to pay for defence spending. Finland's next regular election is not due until April 2027.",
];

export function snapElection(): Pair[] {
  const defeated = story(
    'afp-english',
    'finland-coalition-loses-budget-vote',
    'Finnish government defeated in parliament over fuel duty',
    [
      "HELSINKI (AFP) - Finland's government lost a parliamentary vote on its supplementary budget on Thursday by 101 votes to 97, the first defeat of a budget bill in the country in more than 30 years.",
      ...voteBackground,
      'Aalto left the chamber without speaking to reporters. Opposition leader Jussi Halonen said the government "no longer commands the confidence of this house".',
    ],
  );
  const called = story(
    'afp-english',
    'finland-aalto-calls-early-election',
    'Finland heads for early election as Aalto dissolves parliament',
    [
      'HELSINKI (AFP) - Finnish Prime Minister Mette Aalto asked the president on Thursday evening to dissolve parliament and call an early election for June 8, hours after her government lost a vote on its supplementary budget.',
      ...voteBackground,
      '"The people must decide who governs Finland," Aalto said in a televised statement. The president is expected to sign the decree on Friday. It will be the first early election since 1975.',
    ],
  );
  const corrected = story(
    'afp-english',
    'finland-aalto-calls-early-election-corrected',
    'CORRECTED-Finland heads for early election as Aalto dissolves parliament',
    [
      'HELSINKI (AFP) - Finnish Prime Minister Mette Aalto asked the president on Thursday evening to dissolve parliament and call an early election for June 15, hours after her government lost a vote on its supplementary budget.',
      ...called.body.split('\n\n').slice(1),
      '(Corrects date of election in first paragraph to June 15, not June 8)',
    ],
  );
  return [
    pair(
      'h9-budget-defeat-vs-early-election',
      'early-election',
      defeated,
      called,
      'one government on one day: a budget vote lost in the afternoon, an early election called in the evening; background shared',
    ),
    pair(
      'h9-early-election-corrected',
      'early-election',
      called,
      corrected,
      "the agency's same-day CORRECTED- version: the election's date in the lead fixed, a correction line added",
      'duplicate',
    ),
  ];
}

const injuryBackground = [
  'Lukas Brenner, 27, has scored 19 goals in 41 internationals and was expected to lead the line for Austria at the European Championship, which starts in 16 days. He finished the Bundesliga season with 22 goals for Eintracht Frankfurt.',
  "Austria's squad had gathered at their training camp in Bad Waltersdorf on Sunday. They play Croatia, Poland and Denmark in Group D.",
];

export function squadInjury(): Pair[] {
  const hurt = story(
    'reuters-sports',
    'austria-brenner-hurt-training',
    'Austria striker Brenner carried off in training',
    [
      'BAD WALTERSDORF, Austria, May 26 (Reuters) - Austria striker Lukas Brenner was carried off on a stretcher during training on Monday morning after landing awkwardly on his left knee, the Austrian football federation said.',
      ...injuryBackground,
      'Coach Ralf Hessler said it was "too early to say anything" and that Brenner would have a scan in Graz in the afternoon. Team mates said he was in tears as he left the pitch.',
    ],
  );
  const out = story(
    'reuters-sports',
    'austria-brenner-misses-euros',
    'Brenner to miss Euros with torn cruciate ligament',
    [
      'BAD WALTERSDORF, Austria, May 26 (Reuters) - Austria striker Lukas Brenner will miss the European Championship after a scan on Monday showed he had torn the cruciate ligament in his left knee in training that morning, the federation said.',
      ...injuryBackground,
      'Brenner faces surgery this week and up to nine months out. "This is a very hard day for Lukas and for all of us," Hessler said. He has until June 6 to name a replacement.',
    ],
  );
  const reprinted = reprint(
    out,
    'kurier-sport',
    'brenner-euro-aus-kreuzband',
    'Euro dream over for Brenner as scan confirms knee rupture',
    {
      intro:
        "Lukas Brenner's European Championship is over before it began: the Frankfurt striker tore a cruciate ligament in training on Monday, the federation confirmed after a scan in Graz.",
      cutLast: true,
      curly: true,
    },
  );
  return [
    pair(
      'h9-striker-hurt-vs-ruled-out',
      'squad-injury',
      hurt,
      out,
      'one player on one day: carried off in morning training, ruled out of the tournament after an afternoon scan; background shared',
    ),
    pair(
      'h9-striker-ruled-out-copy',
      'squad-injury',
      out,
      reprinted,
      'the ruling-out reprinted: "to miss Euros" becomes "Euro dream over", rewritten intro, last paragraph cut, curly quotes',
      'duplicate',
    ),
  ];
}
