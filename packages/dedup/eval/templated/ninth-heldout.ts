import type { Pair } from './kit.ts';
import { bathingWaterBulletins, bestsellerCharts } from './ninth-heldout-bulletins.ts';
import { aircraftOrder, candidateBallot, playerCollapse, wreckIdentified } from './ninth-heldout-later.ts';
import { bluewaterRace, payVote, showJumping, speedSkating } from './ninth-heldout-previews.ts';
import { creditDowngrade, snapElection, squadInjury, tramDerailment } from './ninth-heldout-same-day.ts';
import { envoyExpelled, sharkAttack, terraceAbuse } from './ninth-heldout-same-evening.ts';
import { dairyTrade, emergencyDepartments, railPunctuality } from './ninth-heldout-tables.ts';
import { inquest, pandaCub, railTakeover } from './ninth-heldout-weeks.ts';

// The ninth held-out part: written blind after held-out 8 was read, by an engineer who read neither the
// detector's source nor its ADRs nor any output and never ran the evaluation; new families only. Most of
// its different stories are two stages of one affair whose later story recounts the earlier one, half of
// them hours apart on one day (a tram derailed and its driver detained, a profit warning and the cut to
// junk, a budget vote lost and an early election called, a striker hurt in training and ruled out, a
// surfer bitten by a shark and dead by night, a match halted for racist chants and fans arrested, an envoy
// summoned and a diplomat expelled), the rest a day to months apart (a wreck found and identified, a
// player's cardiac arrest and his discharge, a jet memorandum and the firm order, a candidate struck off
// and reinstated, an inquest opened and its conclusion, a rail contract stripped and the first state-run
// day, a panda's pregnancy and the cub). The rest are previews beside their results, reports beside their
// results tables, and tables filled with another week's, auction's, period's, day's or coast's figures.
// Its copies are reprints under the outlet's own headline, a same-day UPDATE 1 and CORRECTED-, briefs
// cut to the first paragraphs, and tables reprinted with a new intro or a local paragraph, or cut.
export function ninthHeldOutPairs(): Pair[] {
  return [
    ...tramDerailment(),
    ...creditDowngrade(),
    ...snapElection(),
    ...squadInjury(),
    ...sharkAttack(),
    ...terraceAbuse(),
    ...envoyExpelled(),
    ...wreckIdentified(),
    ...playerCollapse(),
    ...aircraftOrder(),
    ...candidateBallot(),
    ...inquest(),
    ...railTakeover(),
    ...pandaCub(),
    ...bluewaterRace(),
    ...payVote(),
    ...speedSkating(),
    ...showJumping(),
    ...emergencyDepartments(),
    ...dairyTrade(),
    ...railPunctuality(),
    ...bathingWaterBulletins(),
    ...bestsellerCharts(),
  ];
}
