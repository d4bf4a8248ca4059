import type { Pair } from './kit.ts';
import { oilSpill, stadiumPlans, trialHold, whaleStranding } from './seventh-heldout-affairs.ts';
import { ceasefire, listeriaOutbreak, schoolClosure } from './seventh-heldout-notices.ts';
import { auctionSale, cupDraw, leadersDebate, skiJumping } from './seventh-heldout-previews.ts';
import { curling, gymnasticsFinal, indoorAthletics } from './seventh-heldout-results.ts';
import { chessPairs, quotaPairs, regattaPairs } from './seventh-heldout-rounds.ts';
import { armedStandOff, fleetGrounding, stormWarning, tradingHalt } from './seventh-heldout-same-day.ts';
import { chemicalFire, mayoralRunoff, powerOutage, zooEscape } from './seventh-heldout-same-night.ts';
import { avalanchePairs, shippingPairs, tidePairs } from './seventh-heldout-tables.ts';

// The seventh held-out part: written blind after held-out 6 was read, by an engineer who read neither the
// detector's source nor its ADRs and never ran the evaluation; new families only. Half of its different
// stories are two stages of one affair whose later story recounts the earlier one, most of them on the
// same day (a trading halt and the resumption, a fleet grounded and cleared, an armed stand-off and the
// surrender, a storm warning upgraded and downgraded, polls closing and the result, a blackout and the
// power restored, an animal's escape and recapture, a fire's stay-indoors order and the all-clear), the
// rest days or weeks apart (stadium plans submitted and approved, an oil spill and its cleanup, a whale
// stranded and freed, a drug trial paused and resumed, a school shut and reopened, an outbreak and its
// source, a truce agreed and in force); a quarter are previews beside their reports and reports beside
// their results tables; a quarter are templates filled with another day's, port's, issue's, month's or
// round's figures. Its copies are reprints under the outlet's own headline, same-day agency updates and
// corrections, briefs cut from the full story, and tables reprinted or cut.
export function seventhHeldOutPairs(): Pair[] {
  return [
    ...tradingHalt(),
    ...fleetGrounding(),
    ...armedStandOff(),
    ...stormWarning(),
    ...mayoralRunoff(),
    ...powerOutage(),
    ...zooEscape(),
    ...chemicalFire(),
    ...stadiumPlans(),
    ...oilSpill(),
    ...whaleStranding(),
    ...trialHold(),
    ...schoolClosure(),
    ...listeriaOutbreak(),
    ...ceasefire(),
    ...skiJumping(),
    ...leadersDebate(),
    ...cupDraw(),
    ...auctionSale(),
    ...curling(),
    ...indoorAthletics(),
    ...gymnasticsFinal(),
    ...avalanchePairs(),
    ...tidePairs(),
    ...shippingPairs(),
    ...quotaPairs(),
    ...chessPairs(),
    ...regattaPairs(),
  ];
}
