import type { Label, Pair, Side } from './kit.ts';
import { pairMaker, side } from './kit.ts';

export const split = 'heldout-3' as const;

export function pair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split)(id, a, b, note, label);
}

// The third held-out part, continued: opinion polls, a trial's verdict and sentencing, takeovers
// announced and completed, earnings previews and results. Defendants and companies in deals are
// fictitious; figures are made up.

function poll(
  pollster: string,
  paper: string,
  date: string,
  fieldwork: string,
  sample: number,
  shares: [number, number, number, number, number],
) {
  const [reform, labour, con, lib, green] = shares;
  return side(
    'pa-politics',
    `${pollster.toLowerCase()}-poll-${date.replace(/\W+/g, '-').toLowerCase()}`,
    `Reform UK ${reform - labour >= 8 ? 'extends lead' : 'lead narrows'} to ${reform - labour} points in ${pollster} poll`,
    `Reform UK has ${[8, 11, 18].includes(reform - labour) ? 'an' : 'a'} ${reform - labour}-point lead over Labour, according to a new ${pollster} poll${paper ? ` for ${paper}` : ''}.\n\nThe survey puts Reform on ${reform}%, Labour on ${labour}%, the Conservatives on ${con}%, the Liberal Democrats on ${lib}% and the Greens on ${green}%.\n\n${pollster} interviewed ${sample.toLocaleString('en-GB')} adults in Great Britain online between ${fieldwork}. Changes are measured against the previous poll by the same company.\n\nThe Prime Minister's net approval rating stood at minus ${30 + (reform % 9)}, the poll found.`,
  );
}

export function polls(): Pair[] {
  const a = poll('YouGov', 'The Times', 'Nov 4', 'November 2 and 3', 2_143, [27, 19, 17, 15, 14]);
  const copy = side(
    'scotsman-politics',
    'reform-lead-yougov-poll',
    'Reform lead over Labour stands at eight points, poll suggests',
    a.body
      .replace(
        /^Reform UK has [^\n]+/,
        'Nigel Farage’s party remains eight points ahead of Labour, a new YouGov survey for The Times suggests.',
      )
      .concat(
        '\n\nIn Scotland, where the sample is too small to be reliable on its own, the SNP remained ahead, with Labour and Reform competing for second place.',
      ),
  );
  return [
    pair(
      'h3-poll-two-weeks',
      'opinion-polls',
      a,
      poll('YouGov', 'The Times', 'Nov 11', 'November 9 and 10', 2_087, [28, 18, 17, 14, 15]),
      'one pollster’s weekly voting intention, a week apart',
    ),
    pair(
      'h3-poll-two-pollsters',
      'opinion-polls',
      a,
      poll('Opinium', 'The Observer', 'Nov 4', 'October 29 and 31', 2_050, [31, 22, 18, 12, 10]),
      'two pollsters’ voting intention of one week, one template',
    ),
    pair(
      'h3-poll-copy',
      'opinion-polls',
      a,
      copy,
      'the poll story with a new intro and a paragraph of Scottish context',
      'duplicate',
    ),
  ];
}

const verdict = `A man who ran a fake investment scheme from a rented office in Leeds has been found guilty of fraud after a six-week trial.

Daniel Ashworth, 44, of Harrogate, told more than 200 investors that their money would be placed in foreign exchange trades that paid a guaranteed return of 2% a month, Leeds Crown Court heard.

Prosecutors said Ashworth took £3.4 million between 2019 and 2023 and used most of it to pay earlier investors and to fund a lifestyle that included a house in Spain and three cars.

The jury took just under six hours to convict him of four counts of fraud by false representation and one of money laundering.

Judge Sarah Pemberton remanded Ashworth in custody and adjourned sentencing until January 16.

Detective Inspector Mark Fenwick, of West Yorkshire Police's economic crime unit, said: "Ashworth deliberately targeted people who trusted him, many of them retired, and many of them have lost their life savings."`;

const sentence = `A man who ran a fake investment scheme from a rented office in Leeds has been jailed for eight years.

Daniel Ashworth, 44, of Harrogate, told more than 200 investors that their money would be placed in foreign exchange trades that paid a guaranteed return of 2% a month, Leeds Crown Court heard.

Prosecutors said Ashworth took £3.4 million between 2019 and 2023 and used most of it to pay earlier investors and to fund a lifestyle that included a house in Spain and three cars.

He was convicted in November of four counts of fraud by false representation and one of money laundering.

Sentencing him on Friday, Judge Sarah Pemberton said: "You were motivated by greed and you showed no regard for the people whose savings you took." She said proceedings to recover his assets would follow.

Detective Inspector Mark Fenwick, of West Yorkshire Police's economic crime unit, said: "Today's sentence reflects the misery Ashworth caused to people who trusted him."`;

export function trials(): Pair[] {
  const a = side(
    'pa-courts',
    'leeds-investment-fraud-guilty',
    'Man guilty of £3.4m fake investment scheme fraud',
    verdict,
  );
  const local = side(
    'yorkshireevening-news',
    'harrogate-man-guilty-investment-fraud',
    'Harrogate man convicted over £3.4m investment scam',
    verdict
      .replace(
        /^A man who ran [^\n]+/,
        'A Harrogate man who promised investors a guaranteed monthly return has been convicted of fraud.',
      )
      .replace(
        /\n\nJudge Sarah Pemberton/,
        '\n\nSeveral of the victims live in and around Harrogate and Knaresborough, and some attended every day of the trial.\n\nJudge Sarah Pemberton',
      ),
  );
  return [
    pair(
      'h3-trial-verdict-vs-sentencing',
      'trials',
      a,
      side(
        'pa-courts',
        'leeds-investment-fraud-jailed',
        'Fake investment scheme fraudster jailed for eight years',
        sentence,
      ),
      'one trial: the verdict in November, the sentencing in January, most paragraphs shared',
    ),
    pair(
      'h3-trial-verdict-copy',
      'trials',
      a,
      local,
      'the verdict reprinted by a local paper: new intro, a paragraph of local context',
      'duplicate',
    ),
  ];
}

function dealRelease(
  buyer: string,
  target: string,
  city: string,
  hq: string,
  price: string,
  perShare: string,
  ceo: string,
) {
  return side(
    'businesswire',
    `${buyer.toLowerCase().replace(/\W+/g, '-')}-to-acquire-${target.toLowerCase().replace(/\W+/g, '-')}`,
    `${buyer} to Acquire ${target} for ${price}`,
    `${city}--(BUSINESS WIRE)--${buyer} today announced that it has entered into a definitive agreement to acquire ${target} in an all-cash transaction valued at approximately ${price}, including debt. Under the terms of the agreement, ${target} shareholders will receive ${perShare} per share in cash.\n\nThe transaction has been unanimously approved by the boards of directors of both companies and is expected to close in the first half of next year, subject to approval by ${target} shareholders, the receipt of regulatory approvals and other customary closing conditions.\n\n"This combination brings together two businesses with complementary products and a shared focus on customers," said ${ceo}, President and Chief Executive Officer of ${buyer}. "We expect the transaction to be accretive to adjusted earnings per share in the first full year after closing."\n\n${buyer} expects to fund the transaction with cash on hand and new debt financing, for which it has obtained fully committed bridge financing.\n\nAbout ${buyer}\n\n${buyer} is a global provider of industrial technology, headquartered in ${hq}.`,
  );
}

export function mergers(): Pair[] {
  const a = dealRelease(
    'Calder Industrial',
    'Wexmoor Controls',
    'MILWAUKEE',
    'Milwaukee, Wisconsin',
    '$4.2 billion',
    '$58.50',
    'Karen Lindqvist',
  );
  const completed = side(
    'businesswire',
    'calder-industrial-completes-wexmoor-acquisition',
    'Calder Industrial Completes Acquisition of Wexmoor Controls',
    'MILWAUKEE--(BUSINESS WIRE)--Calder Industrial today announced that it has completed its previously announced acquisition of Wexmoor Controls in an all-cash transaction valued at approximately $4.2 billion, including debt. Wexmoor Controls shareholders will receive $58.50 per share in cash, and Wexmoor shares will cease trading on the New York Stock Exchange before the market opens today.\n\n"Today marks the start of a new chapter," said Karen Lindqvist, President and Chief Executive Officer of Calder Industrial. "We expect the transaction to be accretive to adjusted earnings per share in the first full year after closing."\n\nWexmoor Controls will operate as a business unit within Calder Industrial\'s automation segment.\n\nAbout Calder Industrial\n\nCalder Industrial is a global provider of industrial technology, headquartered in Milwaukee, Wisconsin.',
  );
  return [
    pair(
      'h3-deal-announced-vs-completed',
      'mergers',
      a,
      completed,
      'one takeover: the agreement in March, the completion months later',
    ),
    pair(
      'h3-deal-two-deals',
      'mergers',
      a,
      dealRelease(
        'Ostrava Systems',
        'Pellham Sensors',
        'CHARLOTTE, N.C.',
        'Charlotte, North Carolina',
        '$1.9 billion',
        '$31.00',
        'Thomas Achebe',
      ),
      'two deal announcements in one release template',
    ),
  ];
}

function earningsPreview(
  company: string,
  ticker: string,
  q: string,
  day: string,
  eps: number,
  rev: number,
  comps: [number, number],
  ytd: number,
) {
  return side(
    'reuters-business',
    `${ticker.toLowerCase()}-results-preview-${q.replace(/\W+/g, '-').toLowerCase()}`,
    `${company} ${q} results expected to show ${comps[0] < comps[1] ? 'slowing' : 'firmer'} sales`,
    `Nov 17 (Reuters) - ${company} (${ticker}) is expected to report ${q} results on ${day}, with analysts looking for signs of how shoppers are responding to higher prices on imported goods.\n\nAnalysts on average expect adjusted earnings of $${eps.toFixed(2)} per share on revenue of $${rev.toFixed(2)} billion, according to data compiled by LSEG.\n\nComparable sales are forecast to rise ${comps[0].toFixed(1)}%, ${comps[0] < comps[1] ? 'slower than' : 'up from'} the ${comps[1].toFixed(1)}% growth of the previous quarter.\n\nInvestors will also watch the company's full-year forecast and any comments on inventory ahead of the holiday season. The shares have ${ytd < 0 ? 'fallen' : 'risen'} ${Math.abs(ytd)}% so far this year.`,
  );
}

export function earningsPreviews(): Pair[] {
  const preview = earningsPreview(
    'Home Depot',
    'HD.N',
    'third-quarter',
    'Tuesday',
    3.84,
    41.1,
    [1.1, 1.9],
    -8,
  );
  const results = side(
    'reuters-business',
    'hd-results-q3',
    'Home Depot beats quarterly profit estimates, keeps annual forecast',
    "Nov 18 (Reuters) - Home Depot (HD.N) beat Wall Street estimates for third-quarter profit on Tuesday and kept its full-year forecast, as shoppers kept spending on smaller repair projects despite higher prices on imported goods.\n\nThe company earned an adjusted $3.91 per share, compared with analysts' average estimate of $3.84, according to data compiled by LSEG. Revenue rose 3.2% to $41.35 billion, against expectations of $41.1 billion.\n\nComparable sales rose 1.4%, slower than the 1.9% growth of the previous quarter.\n\nThe shares, which have fallen 8% so far this year, rose 2% in premarket trading.",
  );
  return [
    pair(
      'h3-earnings-preview-vs-results',
      'earnings-previews',
      preview,
      results,
      'one company’s quarter: the preview on Monday, the results on Tuesday',
    ),
    pair(
      'h3-earnings-two-previews',
      'earnings-previews',
      preview,
      earningsPreview("Lowe's", 'LOW.N', 'third-quarter', 'Wednesday', 2.97, 20.8, [1.6, 1.1], 4),
      'two retailers’ previews of one week, one template',
    ),
  ];
}
