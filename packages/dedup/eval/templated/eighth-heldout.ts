import { curfew, dockDeal, heatRecord, telecomBreach } from './eighth-heldout-later.ts';
import { juryOut, pilotWalkout, refineryBlast, roadSlip } from './eighth-heldout-next-day.ts';
import { dogShow, filmFestival, spellingBee } from './eighth-heldout-previews.ts';
import { bankRun, ferryOverdue, manhunt, paperLeak } from './eighth-heldout-same-day.ts';
import { busHijack, cableCar, droneClosure, waterMain } from './eighth-heldout-same-hour.ts';
import { borderWaitTimes, cattleSale, riverGauges, uvIndex } from './eighth-heldout-tables.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part: written blind after held-out 7 was read, by an engineer who read neither the
// detector's source nor its ADRs and never ran the evaluation; new families only. Two thirds of its
// different stories are two stages of one affair whose later story recounts the earlier one, half of them
// on the same day (a manhunt and the capture, a run on a bank and the state guarantee, a boat missing and
// found, an exam paper leaked and the exam reset, a bus seized and its passengers freed, a burst main and
// the taps running again, a cable car stalled and its passengers brought down, an airport shut by a drone
// and reopened), the rest a day or weeks apart (a refinery blast and its toll, a road cut by a slip and
// reopened, a pilots' walkout and flights back, a jury sent out and its verdict, a heat alert and the
// record, a curfew imposed and ended, a dock strike suspended and the deal accepted, a data theft and an
// arrest). The rest are previews beside their reports and templates filled with another day's, region's
// or week's figures. Its copies are reprints under the outlet's own headline, a same-day UPDATE 1, and
// briefs cut to the first paragraphs.
export function eighthHeldOutPairs(): Pair[] {
  return [
    ...manhunt(),
    ...bankRun(),
    ...ferryOverdue(),
    ...paperLeak(),
    ...busHijack(),
    ...waterMain(),
    ...cableCar(),
    ...droneClosure(),
    ...refineryBlast(),
    ...roadSlip(),
    ...pilotWalkout(),
    ...juryOut(),
    ...heatRecord(),
    ...curfew(),
    ...dockDeal(),
    ...telecomBreach(),
    ...spellingBee(),
    ...filmFestival(),
    ...dogShow(),
    ...uvIndex(),
    ...borderWaitTimes(),
    ...cattleSale(),
    ...riverGauges(),
  ];
}
