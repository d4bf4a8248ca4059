import { pair, reprint } from './fourth-heldout-kit.ts';
import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';

// The fourth held-out part, continued: templates filled with another day's or month's figures —
// share buyback notices, airline traffic, new car registrations, mortgage rates, a house price index
// and police appeals after road crashes. Companies and agencies are real; every figure is made up, and
// the people in the crash appeals are fictitious.

function buyback(
  date: string,
  shares: number,
  high: string,
  low: string,
  avg: string,
  held: number,
  total: number,
): Side {
  return side(
    'rns-lse',
    `tesco-transaction-in-own-shares-${date.replace(/\W+/g, '-').toLowerCase()}`,
    'Tesco PLC - Transaction in Own Shares',
    `Tesco PLC (the "Company") announces that on ${date} it purchased ${shares.toLocaleString('en-GB')} of its ordinary shares of 6 1/3 pence each on the London Stock Exchange from Goldman Sachs International, as part of its share buyback programme announced on 10 April 2025.\n\nHighest price paid per share: ${high} pence\nLowest price paid per share: ${low} pence\nVolume weighted average price paid per share: ${avg} pence\n\nThe Company intends to cancel the purchased shares.\n\nFollowing the cancellation of the repurchased shares, the Company will have ${total.toLocaleString('en-GB')} ordinary shares in issue and ${held.toLocaleString('en-GB')} shares held in treasury. This figure may be used by shareholders as the denominator for the calculations by which they will determine if they are required to notify their interest in, or a change to their interest in, the Company under the FCA's Disclosure Guidance and Transparency Rules.\n\nIn accordance with Article 5(1)(b) of Regulation (EU) No 596/2014 as it forms part of domestic law, a full breakdown of the individual trades made by Goldman Sachs International on behalf of the Company is attached.`,
  );
}

function traffic(
  airline: string,
  month: string,
  pax: string,
  growth: number,
  lf: number,
  flights: string,
  note: string,
  annual: string,
): Side {
  return side(
    'rttnews',
    `${airline.toLowerCase().replace(/\W+/g, '-')}-${month.toLowerCase()}-traffic`,
    `${airline} ${month} Traffic ${growth >= 0 ? 'Grows' : 'Falls'} ${Math.abs(growth)}%`,
    `${airline} reported that its ${month} traffic ${growth >= 0 ? 'grew' : 'fell'} ${Math.abs(growth)}% to ${pax} guests, compared with the same month last year.\n\nLoad factor was ${lf}%, ${lf >= 92 ? 'up' : 'down'} from ${lf >= 92 ? lf - 1 : lf + 1}% a year earlier. The airline operated over ${flights} flights in the month. ${note}\n\nRolling annual traffic for the 12 months to the end of ${month} stood at a record ${annual} guests.\n\nIn London, the shares closed at their previous level on Monday.`,
  );
}

function registrations(
  month: string,
  units: string,
  change: number,
  bev: number,
  hybrid: number,
  leader: string,
): Side {
  return side(
    'pa-business',
    `new-car-registrations-${month.toLowerCase()}-smmt`,
    `New car registrations ${change >= 0 ? 'rise' : 'fall'} ${Math.abs(change)}% in ${month}`,
    `New car registrations ${change >= 0 ? 'rose' : 'fell'} by ${Math.abs(change)}% year on year in ${month}, according to figures from the Society of Motor Manufacturers and Traders (SMMT).\n\nSome ${units} new cars were registered in the UK last month, the industry body said.\n\nBattery electric vehicles accounted for ${bev}% of the market, below the 28% share required of manufacturers this year under the Government's zero emission vehicle mandate. Hybrid electric vehicles took ${hybrid}%.\n\nThe ${leader} was the best-selling model of the month.\n\nSMMT chief executive Mike Hawes said: "Manufacturers continue to discount heavily to encourage private buyers into electric cars, and that is not sustainable."`,
  );
}

function mortgageRates(
  week: string,
  date: string,
  rate30: number,
  prev30: number,
  rate15: number,
  prev15: number,
  yearAgo: number,
): Side {
  const dir = rate30 < prev30 ? 'falls' : 'rises';
  return side(
    'ap-business',
    `mortgage-rates-${week}`,
    `Average rate on 30-year mortgage ${dir} to ${rate30.toFixed(2)}%`,
    `LOS ANGELES (AP) — The average rate on a 30-year U.S. mortgage ${dir === 'falls' ? 'fell' : 'rose'} this week to ${rate30.toFixed(2)}%, mortgage buyer Freddie Mac said ${date}.\n\nThe rate ${dir === 'falls' ? 'fell' : 'rose'} from ${prev30.toFixed(2)}% last week. A year ago, the rate averaged ${yearAgo.toFixed(2)}%.\n\nBorrowing costs on 15-year fixed-rate mortgages, popular with homeowners refinancing their home loans, ${rate15 < prev15 ? 'fell' : 'rose'} to ${rate15.toFixed(2)}% from ${prev15.toFixed(2)}% last week, Freddie Mac said.\n\nMortgage rates are influenced by several factors, including the Federal Reserve's interest rate policy decisions and bond market investors' expectations for the economy and inflation. They generally follow the trajectory of the 10-year Treasury yield, which lenders use as a guide to pricing home loans.`,
  );
}

function housePrices(month: string, mom: number, yoy: number, avg: string, quote: string): Side {
  return side(
    'reuters-uk',
    `nationwide-house-prices-${month.toLowerCase()}`,
    `UK house prices ${mom >= 0 ? 'rise' : 'fall'} ${Math.abs(mom).toFixed(1)}% in ${month} - Nationwide`,
    `LONDON (Reuters) - British house prices ${mom >= 0 ? 'rose' : 'fell'} by ${Math.abs(mom).toFixed(1)}% in ${month}, mortgage lender Nationwide said on Friday.\n\nCompared with ${month} last year, prices were ${yoy.toFixed(1)}% higher, Nationwide said. The average price of a home was ${avg}.\n\n${quote}\n\nThe Bank of England has cut interest rates four times since August 2024, lowering mortgage costs, but affordability remains stretched by historical standards.\n\nNationwide's index is based on its own mortgage approvals at the approval stage and is seasonally adjusted. Rival lender Halifax publishes its own index next week.`,
  );
}

function crashAppeal(
  force: string,
  road: string,
  town: string,
  when: string,
  victim: string,
  car: string,
  ref: string,
): Side {
  return side(
    'pa-regional',
    `appeal-after-fatal-crash-${road.toLowerCase().replace(/\W+/g, '-')}`,
    `Appeal for witnesses after ${victim} dies in crash on ${road}`,
    `Police are appealing for witnesses after a ${victim} died in a crash on the ${road} near ${town}.\n\nOfficers were called at about ${when} to reports of a collision involving ${car}, ${force} said.\n\nThe ${victim} was pronounced dead at the scene. Their next of kin have been informed and are being supported by specialist officers.\n\nThe road was closed for several hours while collision investigators examined the scene.\n\nAnyone who saw the collision or has dashcam footage is asked to contact police quoting incident number ${ref}.`,
  );
}

export function tablePairs(): Pair[] {
  const buybackA = buyback(
    '24 November 2025',
    1_312_448,
    '446.10',
    '439.80',
    '443.2176',
    231_506_212,
    6_541_220_913,
  );
  const trafficA = traffic(
    'Ryanair',
    'October',
    '19.9m',
    4,
    93,
    '109,000',
    'Over 830 flights were cancelled because of air traffic control strikes in France.',
    '207.9 million',
  );
  const mortgageA = mortgageRates('2025-11-20', 'Thursday', 6.17, 6.26, 5.41, 5.44, 6.72);
  return [
    pair(
      'h4-buyback-two-days',
      'buyback-notices',
      buybackA,
      buyback('25 November 2025', 1_187_902, '449.00', '441.60', '445.9031', 231_506_212, 6_540_033_011),
      'one company’s buyback notices of two days',
    ),
    pair(
      'h4-traffic-two-months',
      'airline-traffic',
      trafficA,
      traffic(
        'Ryanair',
        'November',
        '13.5m',
        6,
        92,
        '76,000',
        'Fewer than 0.5% of flights were cancelled.',
        '208.6 million',
      ),
      'one airline’s traffic of two months',
    ),
    pair(
      'h4-traffic-two-airlines',
      'airline-traffic',
      trafficA,
      traffic('Wizz Air', 'October', '5.9m', 11, 92, '33,000', 'Capacity in seats grew 10%.', '64.3 million'),
      'two airlines’ traffic of one month, one template',
    ),
    pair(
      'h4-traffic-copy',
      'airline-traffic',
      trafficA,
      reprint(
        trafficA,
        'simpleflying-news',
        'ryanair-october-traffic',
        'Ryanair Carried 19.9 Million Passengers in October',
        {
          intro:
            'Ryanair carried 19.9 million guests in October, 4% more than a year earlier, the Irish low-cost carrier reported.',
          cutLast: true,
        },
      ),
      'the traffic figures with a rewritten headline and intro, the share-price line cut',
      'duplicate',
    ),
    pair(
      'h4-car-registrations-two-months',
      'car-registrations',
      registrations('October', '153,000', 5, 25, 14, 'Ford Puma'),
      registrations('November', '138,000', -2, 26, 15, 'Kia Sportage'),
      'new car registrations of two months',
    ),
    pair(
      'h4-mortgage-two-weeks',
      'mortgage-rates',
      mortgageA,
      mortgageRates('2025-11-26', 'Wednesday', 6.23, 6.17, 5.47, 5.41, 6.84),
      'the weekly mortgage rate survey of two weeks',
    ),
    pair(
      'h4-mortgage-copy',
      'mortgage-rates',
      mortgageA,
      reprint(
        mortgageA,
        'kiro7-money',
        'mortgage-rates-drop-this-week',
        'Mortgage rates drop for a second week',
        {
          local: {
            after: 2,
            text: 'In the Seattle area, where the median home price is near $850,000, the drop saves a buyer about $60 a month on a typical loan.',
          },
          curly: true,
        },
      ),
      'the mortgage story with a new headline and a paragraph of local context',
      'duplicate',
    ),
    pair(
      'h4-house-prices-two-months',
      'house-prices',
      housePrices(
        'October',
        0.3,
        2.4,
        '£272,226',
        '"Annual house price growth picked up slightly," said Robert Gardner, Nationwide\'s chief economist.',
      ),
      housePrices(
        'November',
        -0.2,
        1.8,
        '£271,680',
        '"The market has lost some momentum ahead of the Budget," said Robert Gardner, Nationwide\'s chief economist.',
      ),
      'the house price index of two months',
    ),
    pair(
      'h4-crash-appeals-two-crashes',
      'crash-appeals',
      crashAppeal(
        'Lincolnshire Police',
        'A15',
        'Sleaford',
        '6.20am on Saturday',
        'motorcyclist',
        'a motorbike and a lorry',
        '87 of 14 November',
      ),
      crashAppeal(
        'Norfolk Constabulary',
        'A47',
        'Swaffham',
        '10.45pm on Friday',
        'pedestrian',
        'a pedestrian and a silver Vauxhall Astra',
        'NC-21112025-402',
      ),
      'two forces’ appeals after two crashes, one template',
    ),
  ];
}
