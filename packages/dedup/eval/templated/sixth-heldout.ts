import type { Pair } from './kit.ts';
import { bankFine, ceoDeparture, injunction, referendum, strikeBallot } from './sixth-heldout-affairs.ts';
import { damBreach, grounding, kidnapping, mineRescue } from './sixth-heldout-events.ts';
import { bridgeClosure, hospitalCyberattack, museumTheft, reactorOutage } from './sixth-heldout-incidents.ts';
import { dopingBan, noConfidence, retailerRescue } from './sixth-heldout-politics.ts';
import { boatRace, budget, chessGame, eurovision, sumo, triathlon } from './sixth-heldout-previews.ts';
import { sportPairs } from './sixth-heldout-sports.ts';
import { tablePairs } from './sixth-heldout-tables.ts';

// The sixth held-out part: written blind after held-out 5 was read, by an engineer who read neither the
// detector's source nor its ADRs and never ran the evaluation; new families only. Half of its different
// stories are two stages of one affair whose later story recounts the earlier one (a strike ballot and its
// result, a CEO's exit and the interim named the same day, a referendum called and decided, a fine notified
// and imposed, an injunction sought and granted, a no-confidence motion tabled and voted down, a retailer's
// collapse and rescue, a doping suspension and ban, miners trapped and rescued, a ship aground and
// refloated, hostages seized and freed, a dam warning and its breach, a museum theft and the recovery, a
// bridge closed and reopened the same day, a reactor shut and restarted, a hospital cyberattack and the
// recovery); a quarter are templates filled with another day's, week's, sale's, round's or night's figures;
// a quarter are previews beside their reports and reports beside their results tables. Its copies are
// reprints under the outlet's own headline, a same-day agency update and correction, briefs cut from the
// full story, and tables reprinted or cut.
export function sixthHeldOutPairs(): Pair[] {
  return [
    ...strikeBallot(),
    ...ceoDeparture(),
    ...referendum(),
    ...bankFine(),
    ...injunction(),
    ...noConfidence(),
    ...retailerRescue(),
    ...dopingBan(),
    ...mineRescue(),
    ...grounding(),
    ...kidnapping(),
    ...damBreach(),
    ...museumTheft(),
    ...bridgeClosure(),
    ...reactorOutage(),
    ...hospitalCyberattack(),
    ...boatRace(),
    ...budget(),
    ...eurovision(),
    ...chessGame(),
    ...sumo(),
    ...triathlon(),
    ...sportPairs(),
    ...tablePairs(),
  ];
}
