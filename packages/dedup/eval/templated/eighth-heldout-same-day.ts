import { stagePair as pair, reprint, shortened, story } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part: two stages of one affair on the same day, the later story recounting the
// earlier one with its names and background. People, companies and places are invented; figures made up.

const manhuntBackground = [
  'Darren Colley, 34, walked away from a work party outside HMP Ashcombe in Somerset on Tuesday evening. He was serving nine years for a series of armed robberies of petrol stations across the South West.',
  'Avon and Somerset Police had used a helicopter and dogs overnight and had asked residents of the Mendip villages to check sheds and outbuildings, warning that Colley should not be approached.',
];

export function manhunt(): Pair[] {
  const launched = story(
    'pa-news',
    'ashcombe-prisoner-search',
    'Police hunt prisoner who absconded from work party',
    [
      'Police have launched a large-scale search for a convicted armed robber who absconded from a prison work party in Somerset, and urged the public to dial 999 rather than approach him.',
      ...manhuntBackground,
      'Detective Inspector Helen Marsh said on Wednesday morning: "We believe he may be trying to reach associates in Bristol. Anyone who gives him shelter is committing an offence."',
    ],
  );
  const caught = story(
    'pa-news',
    'ashcombe-prisoner-arrested',
    'Escaped armed robber found hiding in barn near Wells',
    [
      'A convicted armed robber who went on the run from a prison work party was found hiding in a barn near Wells on Wednesday afternoon, ending a search of almost 24 hours, police said.',
      ...manhuntBackground,
      'A farmer raised the alarm after spotting a man sleeping in hay bales. Colley was arrested without a struggle and is being held at Yeovil police station on suspicion of escaping lawful custody.',
    ],
  );
  const updated = story(
    'pa-news',
    'ashcombe-prisoner-arrested-update',
    'UPDATE 1-Escaped armed robber found hiding in barn near Wells',
    [
      ...caught.body.split('\n\n'),
      'The Prison Service said it had suspended outside work parties at Ashcombe while it reviewed how Colley had been able to leave unnoticed.',
    ],
  );
  return [
    pair(
      'h8-manhunt-vs-capture',
      'prison-absconder',
      launched,
      caught,
      'one absconder on one day: the search launched in the morning, found in a barn in the afternoon; background shared',
    ),
    pair(
      'h8-manhunt-capture-update',
      'prison-absconder',
      caught,
      updated,
      'the same-day UPDATE 1 of the capture: one Prison Service paragraph added',
      'duplicate',
    ),
  ];
}

const bankBackground = [
  'Caixa Meridional, the fifth-largest lender in Portugal with about 1.4 million customers, has been under pressure since its auditor refused to sign off its accounts last month over losses on commercial property loans.',
  'Customers have withdrawn an estimated 2.1 billion euros since Friday, according to people familiar with the figures, and the bank limited cash withdrawals at its branches to 1,000 euros a day.',
];

export function bankRun(): Pair[] {
  const queues = story(
    'reuters-europe',
    'caixa-meridional-queues',
    'Queues form at Caixa Meridional branches as savers pull deposits',
    [
      'LISBON, Oct 14 (Reuters) - Long queues formed outside branches of Caixa Meridional across Portugal on Tuesday morning and its website crashed repeatedly as savers rushed to withdraw money from the troubled lender.',
      ...bankBackground,
      'Shares in the bank fell 38% before trading was suspended. The Bank of Portugal said the lender "remains solvent" and that deposits up to 100,000 euros were covered by the national guarantee fund.',
    ],
  );
  const guarantee = story(
    'reuters-europe',
    'portugal-guarantees-caixa-deposits',
    'Portugal guarantees all Caixa Meridional deposits to stem run',
    [
      "LISBON, Oct 14 (Reuters) - Portugal's government said on Tuesday evening it would guarantee all deposits at Caixa Meridional without limit, after savers queued for hours at the lender's branches to take out their money.",
      ...bankBackground,
      'Finance Minister Rui Damasceno said the state would also provide a 3 billion euro liquidity line. "Not one depositor will lose one cent," he told a news conference after an emergency cabinet meeting.',
    ],
  );
  const reprinted = reprint(
    guarantee,
    'portugal-resident',
    'state-backs-caixa-savers',
    'State steps in to back every Caixa Meridional saver',
    {
      intro:
        "The government has promised to stand behind every euro held at Caixa Meridional, in an attempt to calm savers who spent Tuesday queuing outside the bank's branches.",
      local: {
        after: 2,
        text: 'In the Algarve, queues at the branches in Faro and Portimão stretched around the block by mid-morning, readers told us.',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h8-bank-run-vs-guarantee',
      'deposit-run',
      queues,
      guarantee,
      'one lender on one day: queues and withdrawals in the morning, an unlimited state guarantee in the evening; background shared',
    ),
    pair(
      'h8-bank-guarantee-copy',
      'deposit-run',
      guarantee,
      reprinted,
      'the guarantee reprinted: "guarantees all deposits" becomes "backs every saver", rewritten intro, local paragraph, curly quotes',
      'duplicate',
    ),
  ];
}

const ferryBackground = [
  'The Rainha do Mar, a wooden passenger boat licensed to carry 60 people, left Barreirinhas at dawn on the four-hour crossing to the island of Curupu with 41 passengers and four crew, most of them families returning from a festival.',
  'The coast guard lost radio contact with the boat at about 9 a.m. local time, when squalls and swells of up to three metres were reported along the coast of Maranhão state.',
];

export function ferryOverdue(): Pair[] {
  const missing = story(
    'afp-americas',
    'brazil-boat-missing-maranhao',
    'Brazilian passenger boat with 45 aboard missing off Maranhão',
    [
      'SAO LUIS, Brazil (AFP) - A passenger boat carrying 45 people has gone missing off the coast of north-eastern Brazil, and navy ships and a helicopter were searching for it on Saturday, officials said.',
      ...ferryBackground,
      'Relatives gathered at the port in Barreirinhas waiting for news. "We have had no signal from the vessel and no distress call," a navy spokesman said.',
    ],
  );
  const found = story(
    'afp-americas',
    'brazil-boat-found-all-alive',
    'All 45 aboard Brazilian boat found alive after drifting for hours',
    [
      'SAO LUIS, Brazil (AFP) - All 45 people aboard a passenger boat that went missing off north-eastern Brazil were found alive on Saturday afternoon, drifting with a failed engine about 30 kilometres offshore, the navy said.',
      ...ferryBackground,
      'A fishing boat spotted the vessel and stayed alongside until a navy patrol ship arrived to tow it to port. Three passengers were treated for dehydration, a navy spokesman said.',
    ],
  );
  const brief = shortened(
    found,
    'folha-intl',
    'boat-passengers-rescued',
    'Missing boat found with all passengers safe',
    3,
  );
  return [
    pair(
      'h8-boat-missing-vs-found',
      'boat-overdue',
      missing,
      found,
      'one boat on one day: missing in the morning, all found alive in the afternoon; background shared',
    ),
    pair(
      'h8-boat-found-brief',
      'boat-overdue',
      found,
      brief,
      'a brief cut from the rescue story to its first three paragraphs under its own headline',
      'duplicate',
    ),
  ];
}

const leakBackground = [
  "Questions from the Class 12 physics paper, due to be sat by about 310,000 students across Rajasthan at 10 a.m., were shared on messaging groups late on Sunday night, the state's board of secondary education said.",
  'It is the third leak in the state in two years. The board had introduced sealed, barcoded question packets this year, opened only in front of invigilators, to stop papers getting out.',
];

export function paperLeak(): Pair[] {
  const leaked = story(
    'pti-english',
    'rajasthan-physics-paper-leaked',
    'Rajasthan board probes leak of Class 12 physics paper',
    [
      'JAIPUR (PTI) - The Rajasthan Board of Secondary Education on Monday ordered an inquiry after the Class 12 physics question paper was found circulating on social media hours before the examination.',
      ...leakBackground,
      'Board chairman Vikram Sharma said the packets from two districts were being checked. "Students should not panic," he said. Police in Jaipur said they had registered a case.',
    ],
  );
  const moved = story(
    'pti-english',
    'rajasthan-physics-exam-new-date',
    'Class 12 physics exam to be held again on March 24 after leak',
    [
      'JAIPUR (PTI) - The Rajasthan Board of Secondary Education on Monday cancelled the Class 12 physics examination held in the morning and said it would be held again on March 24 with a new paper.',
      ...leakBackground,
      'Police arrested two men, one of them a clerk at a printing press in Ajmer, on Monday evening. Admit cards issued for the original exam will remain valid, the board said.',
    ],
  );
  const brief = shortened(
    moved,
    'times-of-india',
    'physics-retest-march-24',
    'Physics paper leak: Class 12 students to sit exam again',
    3,
  );
  return [
    pair(
      'h8-paper-leak-vs-retest',
      'paper-leak',
      leaked,
      moved,
      'one exam on one day: the leak investigated in the morning, the exam cancelled and a new date set in the evening; background shared',
    ),
    pair(
      'h8-paper-retest-brief',
      'paper-leak',
      moved,
      brief,
      'a brief cut from the new-date story to its first three paragraphs',
      'duplicate',
    ),
  ];
}
