import type { Pair } from './kit.ts';
import { badmintonFinal, satelliteLaunch, tableTennisFinal, wtoRuling } from './tenth-heldout-previews.ts';
import { airlineInsolvency, landslideRailway, shipDetained, sinkhole } from './tenth-heldout-stages.ts';
import { finlandFrost, judoGrandSlam, nairobiCoffee, superNetball } from './tenth-heldout-tables.ts';

// The tenth held-out part: written blind after held-out 9 was read, by an engineer who read neither the
// detector's source nor its ADRs nor any output and never ran the evaluation; new families only. It is
// aimed at recall: most of its pairs are true copies, made as outlets and agencies republish — reprints
// under the outlet's own headline with a rewritten intro or a local paragraph, the last paragraphs cut,
// house style (curly quotes, "per cent", numbers spelled, titles recast), an agency's same-day UPDATE 1
// and UPDATE 2, CORRECTED- versions fixing a figure or a name's spelling, a brief cut to the first two
// paragraphs, paragraphs re-split or merged, and tables reprinted with a new intro, a source line, or cut
// to their top rows. Its different stories are two stages of one affair (a sinkhole and the building
// condemned, a landslide and the line reopened, an airline's insolvency and its slots sold, a ship
// detained and freed), previews beside their results, and one template filled twice.
export function tenthHeldOutPairs(): Pair[] {
  return [
    ...sinkhole(),
    ...landslideRailway(),
    ...airlineInsolvency(),
    ...shipDetained(),
    ...tableTennisFinal(),
    ...satelliteLaunch(),
    ...wtoRuling(),
    ...badmintonFinal(),
    ...judoGrandSlam(),
    ...nairobiCoffee(),
    ...finlandFrost(),
    ...superNetball(),
  ];
}
