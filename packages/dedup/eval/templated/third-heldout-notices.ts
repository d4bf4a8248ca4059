import type { Pair } from './kit.ts';
import { side } from './kit.ts';
import { pair } from './third-heldout-news.ts';

// The third held-out part, continued: product recalls, strike notices and strikes, wildfire updates.
// Companies recalling products, fires and union officials are fictitious; figures are made up.

function recall(
  company: string,
  product: string,
  units: string,
  hazard: string,
  incidents: string,
  sold: string,
  date: string,
) {
  return side(
    'ap-business',
    `recall-${company.toLowerCase().replace(/\W+/g, '-')}-${product.toLowerCase().replace(/\W+/g, '-')}`,
    `${company} recalls ${units} ${product} over ${hazard}`,
    `WASHINGTON (AP) — ${company} is recalling about ${units} ${product} sold in the U.S. because ${hazard === 'fire hazard' ? 'they can overheat and catch fire' : 'they pose a risk of injury'}, the U.S. Consumer Product Safety Commission said ${date}.\n\nThe company has received ${incidents}, according to the commission's notice.\n\nThe recalled products were sold at ${sold} and online from January 2023 through August 2025. Model numbers are printed on a label on the bottom of the product.\n\nConsumers should immediately stop using the recalled products and contact ${company} for a full refund. The company is contacting all known purchasers directly.`,
  );
}

export function recalls(): Pair[] {
  const a = recall(
    'Brightwell Home',
    'space heaters',
    '410,000',
    'fire hazard',
    '47 reports of the heaters overheating, including 9 fires and 3 minor burn injuries',
    'Walmart, Target and Home Depot stores nationwide',
    'Thursday',
  );
  const copy = side(
    'wsb-consumer',
    'space-heater-recall-brightwell',
    'Recall alert: 410K space heaters pulled over fire risk',
    a.body
      .replace(
        /^WASHINGTON \(AP\) — [^\n]+/,
        'If you bought a Brightwell Home space heater in the past two years, check the model number: about 410,000 of them are being recalled because they can overheat and catch fire, federal safety regulators said Thursday.',
      )
      .replace('\n\nThe company is contacting all known purchasers directly.', '')
      .concat('\n\nThe Associated Press contributed to this report.'),
  );
  return [
    pair(
      'h3-recall-two-products',
      'recalls',
      a,
      recall(
        'Trailmark Outdoors',
        'folding camp chairs',
        '128,000',
        'fall hazard',
        '22 reports of the chairs collapsing, including 11 injuries such as bruises and a fractured wrist',
        "Dick's Sporting Goods, REI and Academy Sports stores",
        'Thursday',
      ),
      'two recall notices of one day in one template',
    ),
    pair(
      'h3-recall-copy',
      'recalls',
      a,
      copy,
      'a local station’s reprint: consumer-style intro, last sentence cut, a contribution line',
      'duplicate',
    ),
  ];
}

const strikeCall = (airport: string, staff: string, days: string, officer: string) =>
  side(
    'pa-business',
    `strike-called-${airport.toLowerCase().replace(/\W+/g, '-')}-${staff.split(' ')[0]?.toLowerCase()}`,
    `${airport} Airport ${staff} to strike over pay`,
    `${staff[0]?.toUpperCase()}${staff.slice(1)} at ${airport} Airport are to walk out in a dispute over pay, threatening disruption for thousands of passengers.\n\nThe Unite union said its members, employed by a contractor, will strike on ${days} after rejecting a pay offer of 3.5%.\n\nUnite regional officer ${officer} said: "Our members keep the airport running, but they are paid far less than colleagues doing the same work at other airports. The strike will cause delays, but this dispute is entirely of the company's making."\n\nAn airport spokesperson said: "We are disappointed by the union's decision. Contingency plans are in place and we will do everything we can to keep the airport operating as normal. Passengers should check with their airline before travelling."`,
  );

export function strikes(): Pair[] {
  const call = strikeCall('Gatwick', 'baggage handlers', 'December 19, 20, 26 and 27', 'Dean Harlow');
  const walkout = side(
    'pa-business',
    'gatwick-baggage-handlers-strike-begins',
    'Gatwick passengers face delays as baggage handlers strike',
    'Passengers at Gatwick Airport faced delays on Friday as baggage handlers began the first of four days of strike action in a dispute over pay.\n\nThe Unite union said more than 400 workers, employed by a contractor, walked out after rejecting a pay offer of 3.5%.\n\nSeveral airlines warned travellers to allow extra time and to travel with hand luggage only where possible. Some flights were delayed by up to 90 minutes in the morning.\n\nUnite regional officer Dean Harlow said: "The strike will cause delays, but this dispute is entirely of the company\'s making."\n\nAn airport spokesperson said contingency plans were in place and most flights were operating as normal. Further strikes are planned for December 20, 26 and 27.',
  );
  return [
    pair(
      'h3-strike-call-vs-walkout',
      'strikes',
      call,
      walkout,
      'one dispute: the strike announced, then the first day of the strike',
    ),
    pair(
      'h3-strike-two-airports',
      'strikes',
      call,
      strikeCall('Edinburgh', 'security staff', 'December 22 and 23', 'Fiona Kerr'),
      'two strike calls by one union at two airports, one template',
    ),
  ];
}

function wildfire(
  day: string,
  acres: number,
  contained: number,
  crews: number,
  homes: number,
  evacuation: string,
) {
  return side(
    'ap-news',
    `california-canyon-creek-fire-${day.toLowerCase()}`,
    `Canyon Creek Fire ${contained >= 40 ? 'nearly half contained' : 'grows'} as crews ${contained >= 40 ? 'gain ground' : 'battle winds'}`,
    `SAN BERNARDINO, Calif. (AP) — The Canyon Creek Fire in the San Bernardino National Forest had burned ${acres.toLocaleString('en-US')} acres and was ${contained}% contained as of ${day} morning, the California Department of Forestry and Fire Protection said.\n\nMore than ${crews.toLocaleString('en-US')} firefighters were assigned to the blaze, supported by ${Math.round(crews / 90)} helicopters, Cal Fire said in its update. The fire has destroyed ${homes} structures and damaged ${homes * 3}.\n\n${evacuation}\n\nThe cause of the fire, which started Sunday afternoon near a campground, is under investigation.`,
  );
}

export function wildfires(): Pair[] {
  const tue = wildfire(
    'Tuesday',
    14_380,
    22,
    1_650,
    19,
    'Evacuation orders remained in place for about 6,000 residents of Running Springs and Arrowbear Lake, and a shelter was open at a high school in Redlands.',
  );
  const wed = wildfire(
    'Wednesday',
    16_115,
    48,
    2_240,
    23,
    'Some evacuation orders for Arrowbear Lake were reduced to warnings, but about 4,500 residents of Running Springs were still under orders to leave.',
  );
  const copy = side(
    'latimes-wire',
    'canyon-creek-fire-tuesday-update',
    'Canyon Creek fire tops 14,000 acres',
    tue.body
      .replace(
        /^SAN BERNARDINO, Calif\. \(AP\) — [^\n]+/,
        'The Canyon Creek fire burning in the San Bernardino Mountains has grown to more than 14,000 acres and was about a fifth contained Tuesday morning, fire officials said.',
      )
      .replace('More than 1,650 firefighters', 'About 1,600 firefighters'),
  );
  return [
    pair(
      'h3-wildfire-two-days',
      'wildfires',
      tue,
      wed,
      'one fire’s containment update on consecutive mornings: acres, percent, crews change',
    ),
    pair(
      'h3-wildfire-copy',
      'wildfires',
      tue,
      copy,
      'the update with a new lead and rounded figures',
      'duplicate',
    ),
  ];
}
