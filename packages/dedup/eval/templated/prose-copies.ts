import type { Pair } from './kit.ts';
import { pairMaker, side } from './kit.ts';

// Held-out copies of ordinary (not templated) stories, edited by the outlets that reprint them, so the
// held-out part measures recall on prose as well as on tables. Written for this set; events made up.

const RATES = `WELLINGTON, Oct 8 (Reuters) - New Zealand's central bank cut its official cash rate by 50 basis points to 2.50% on Wednesday, its deepest cut since the pandemic, and said it was open to further easing as the economy struggled to recover from a sharp contraction in the second quarter.

The Reserve Bank of New Zealand (RBNZ) said the decision was reached by consensus. A Reuters poll had shown economists split between a 25 and a 50 basis point cut.

"The Committee remains open to further reductions in the OCR as required for inflation to settle sustainably near the 2% target midpoint in the medium term," the bank said in a statement.

The New Zealand dollar fell 0.8% to $0.5740 after the decision, and two-year swap rates dropped 12 basis points to 2.61%.

Gross domestic product shrank 0.9% in the three months to June, far worse than the 0.3% decline the central bank had forecast in August, as manufacturing and construction slumped.

Annual consumer price inflation rose to 2.7% in the second quarter, within the bank's 1% to 3% target band, and the bank expects it to peak near 3% in the third quarter before easing.

Markets now price a further 25 basis point cut at the bank's November meeting, the last of the year.

(Reporting by Lucy Craymer; Editing by Jacqueline Wong)`;

const RATES_COPY = `New Zealand's central bank on Wednesday slashed its benchmark interest rate by half a percentage point to 2.50%, the steepest reduction since the pandemic, signalling it could cut again as the economy battles to recover from a sharp second-quarter contraction.

The Reserve Bank of New Zealand (RBNZ) said the decision was reached by consensus. A Reuters poll had shown economists split between a 25 and a 50 basis point cut.

"The Committee remains open to further reductions in the OCR as required for inflation to settle sustainably near the 2% target midpoint in the medium term," the bank said in a statement.

The New Zealand dollar fell 0.8% to US$0.5740 after the decision, and two-year swap rates dropped 12 basis points to 2.61%.

Gross domestic product shrank 0.9% in the three months to June, far worse than the 0.3% decline the central bank had forecast in August, as manufacturing and construction slumped.

The Australian dollar also slipped against the greenback after the announcement.

Annual consumer price inflation rose to 2.7% in the second quarter, within the bank's 1% to 3% target band.

- Reuters`;

const COURT = `LONDON, March 12 (PA) - A former care home manager who stole more than £180,000 from elderly residents to fund holidays and a new kitchen has been jailed for four years and eight months.

Sandra Whitlock, 54, of Ashford, Kent, used her access to residents' bank cards over six years to withdraw cash and pay for flights to Lanzarote and Cyprus, Canterbury Crown Court heard.

She admitted fraud by abuse of position at an earlier hearing.

Prosecutor Daniel Okoro said the thefts came to light when the daughter of a 91-year-old resident noticed cash machine withdrawals made while her mother was in hospital.

Judge Catherine Brown told Whitlock: "You were trusted with the care of some of the most vulnerable people in our community and you exploited that trust for your own gain, month after month."

Detective Constable Mark Fuller of Kent Police said: "Whitlock's actions were callous and calculated. I hope this sentence sends a clear message that those who prey on the elderly will be brought to justice."

Proceedings to recover the money under the Proceeds of Crime Act will begin later this year.`;

const COURT_COPY = `A care home manager who stole £180,000 from elderly residents to pay for holidays and a new kitchen has been jailed.

Sandra Whitlock, 54, of Ashford, used her access to residents' bank cards over six years to withdraw cash and pay for flights to Lanzarote and Cyprus, Canterbury Crown Court heard on Tuesday.

She admitted fraud by abuse of position at an earlier hearing and was jailed for four years and eight months.

Prosecutor Daniel Okoro said the thefts came to light when the daughter of a 91-year-old resident noticed cash machine withdrawals made while her mother was in hospital.

Judge Catherine Brown told Whitlock: "You were trusted with the care of some of the most vulnerable people in our community and you exploited that trust for your own gain, month after month."

Detective Constable Mark Fuller of Kent Police said: "Whitlock's actions were callous and calculated. I hope this sentence sends a clear message that those who prey on the elderly will be brought to justice."`;

const SHIPPING = `COPENHAGEN, Feb 6 (Reuters) - Shipping group A.P. Moller-Maersk on Thursday forecast an operating profit of between $0 and $6 billion for 2025, well below last year's result, as it expects container freight rates to fall once ships can sail through the Red Sea again.

Maersk, seen as a barometer of global trade, said it would resume share buybacks and pay a higher dividend after earnings before interest, taxes, depreciation and amortisation (EBITDA) rose to $12.13 billion last year from $9.59 billion in 2023.

"We expect the Red Sea to reopen at some point during the year, and when it does, overcapacity will put pressure on rates," Chief Executive Vincent Clerc told reporters.

Attacks on ships by Yemen's Houthi militants forced most container lines to reroute around Africa's Cape of Good Hope from late 2023, soaking up capacity and lifting freight rates.

The company said global container demand grew about 6% last year and would rise around 4% this year, although the outlook was clouded by possible U.S. tariffs.

Maersk shares rose 4% in early trading in Copenhagen.

(Reporting by Jacob Gronholt-Pedersen; Editing by Terje Solsvik)`;

const SHIPPING_COPY = `Danish shipping giant A.P. Moller-Maersk expects operating profit of up to $6 billion in 2025, down sharply from last year, as it braces for container freight rates to slide when vessels can return to the Red Sea route.

Maersk, seen as a barometer of global trade, said it would resume share buybacks and pay a higher dividend after earnings before interest, taxes, depreciation and amortisation (EBITDA) rose to $12.13 billion last year from $9.59 billion in 2023.

"We expect the Red Sea to reopen at some point during the year, and when it does, overcapacity will put pressure on rates," chief executive Vincent Clerc told reporters.

Attacks on ships by Yemen's Houthi militants forced most container lines to reroute around Africa's Cape of Good Hope from late 2023, soaking up capacity and lifting freight rates.

Singapore, one of the world's busiest transhipment hubs, has seen record volumes as carriers reshuffled their networks.

The company said global container demand grew about 6% last year and would rise around 4% this year, although the outlook was clouded by possible U.S. tariffs.

Read more: Shipping lines brace for tariff hit`;

export function proseCopyPairs(): Pair[] {
  const pair = pairMaker('prose-copies', 'heldout', { label: 'duplicate', copyKind: 'copy' });
  return [
    pair(
      'heldout-copy-rbnz',
      side(
        'reuters-markets',
        'rbnz-cuts-rates-50bp',
        'New Zealand central bank cuts rates by 50 bps, signals more easing',
        RATES,
      ),
      side(
        'nzherald-business',
        'rbnz-slashes-ocr',
        'Reserve Bank slashes OCR to 2.5% in jumbo cut',
        RATES_COPY,
      ),
      'lead rewritten, dateline and credit line dropped, US$ for $, a paragraph of local context added, the last paragraph cut',
    ),
    pair(
      'heldout-copy-court',
      side(
        'pa-news',
        'care-home-manager-jailed',
        'Care home manager jailed for stealing £180,000 from residents',
        COURT,
      ),
      side(
        'kentonline',
        'ashford-care-manager-jailed',
        'Ashford care boss jailed for stealing from residents',
        COURT_COPY,
      ),
      'lead split and rewritten, sentence moved to the third paragraph, county dropped, last paragraph cut',
    ),
    pair(
      'heldout-copy-maersk',
      side(
        'reuters-business',
        'maersk-forecast-2025',
        'Maersk sees lower 2025 profit as Red Sea reopening looms',
        SHIPPING,
      ),
      side(
        'straitstimes-business',
        'maersk-profit-warning',
        'Maersk warns of profit slide as Red Sea route set to reopen',
        SHIPPING_COPY,
      ),
      'lead rewritten, a local paragraph inserted, the share move and credit dropped, a "Read more" line added',
    ),
  ];
}
