import {
  bidRejected,
  drugApproval,
  phoneOnSale,
  plantClosed,
  rateDecision,
} from './fourth-heldout-business.ts';
import { climberFound, shipReleased, stormLandfall, volcanoEruption } from './fourth-heldout-hazards.ts';
import {
  arrestCharge,
  billSigned,
  chargePlea,
  lawsuitSettled,
  nominationConfirmation,
} from './fourth-heldout-justice.ts';
import { contractExtensions, managerReplaced, snookerRounds, transfer } from './fourth-heldout-sports.ts';
import { tablePairs } from './fourth-heldout-tables.ts';
import type { Pair } from './kit.ts';

// The fourth held-out part: written at b58d5b9, after held-out 3 was read, by an engineer who had not
// seen the change it measures, with new families only. Most of its different stories are two stages of
// one affair (an arrest and the charge, an indictment and the plea, a nomination and the confirmation,
// a bill passed and signed, a lawsuit filed and settled, a storm watch and the landfall, climbers
// missing and found, a volcano alert and the eruption, a tanker seized and released, a bid made and
// rejected, job cuts and the plant's last shift, a rate poll and the decision, a phone unveiled and on
// sale, an advisory vote and the approval, transfer talks and the signing, a coach sacked and his
// successor): the later story recounts the earlier one with its names and background, which held-out
// 3 showed the decision cannot yet tell apart. Reprints of a stage come with the outlet's own headline,
// which says the same event in other words. The rest fill one template with another day's figures.
export function fourthHeldOutPairs(): Pair[] {
  return [
    ...arrestCharge(),
    ...chargePlea(),
    ...nominationConfirmation(),
    ...billSigned(),
    ...lawsuitSettled(),
    ...stormLandfall(),
    ...climberFound(),
    ...volcanoEruption(),
    ...shipReleased(),
    ...bidRejected(),
    ...plantClosed(),
    ...rateDecision(),
    ...phoneOnSale(),
    ...drugApproval(),
    ...transfer(),
    ...managerReplaced(),
    ...snookerRounds(),
    ...contractExtensions(),
    ...tablePairs(),
  ];
}
