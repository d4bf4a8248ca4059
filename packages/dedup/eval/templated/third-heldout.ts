import type { Pair } from './kit.ts';
import {
  balticIndex,
  boxOfficeCharts,
  bullionFixes,
  musicCharts,
  oilInventories,
} from './third-heldout-markets.ts';
import { earningsPreviews, mergers, polls, trials } from './third-heldout-news.ts';
import { recalls, strikes, wildfires } from './third-heldout-notices.ts';
import { baseball, snowReports, swimming } from './third-heldout-sports.ts';

// The third held-out part: written before the change it measures, with new families only (baseball,
// swimming, snow reports, oil inventories, bullion fixes, the Baltic index, box-office and music charts,
// polls, trials, takeovers, earnings previews, recalls, strikes, wildfires). Besides one template filled
// twice, it pairs two stages of one story about the same entity (a verdict and the sentencing, a deal
// announced and completed, an earnings preview and the results, a strike called and the strike), which
// a newsroom publishes both of.
export function thirdHeldOutPairs(): Pair[] {
  return [
    ...baseball(),
    ...swimming(),
    ...snowReports(),
    ...oilInventories(),
    ...bullionFixes(),
    ...balticIndex(),
    ...boxOfficeCharts(),
    ...musicCharts(),
    ...polls(),
    ...trials(),
    ...mergers(),
    ...earningsPreviews(),
    ...recalls(),
    ...strikes(),
    ...wildfires(),
  ];
}
