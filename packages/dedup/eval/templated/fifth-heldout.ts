import {
  appealRuling,
  coldStorageMerger,
  cribRecall,
  extradition,
  leadershipContest,
  ministerReplaced,
} from './fifth-heldout-affairs.ts';
import {
  birdFlu,
  boilWater,
  evacuation,
  launch,
  railStrike,
  smokeDiversion,
} from './fifth-heldout-events.ts';
import { cupFinal, prize, testMatch } from './fifth-heldout-previews.ts';
import { racePairs } from './fifth-heldout-races.ts';
import { tablePairs } from './fifth-heldout-tables.ts';
import type { Pair } from './kit.ts';

// The fifth held-out part: written blind at 65aed09, after held-out 4 was read, by an engineer who had read
// neither the detector nor its ADR and never ran the evaluation, before the change it measures; new
// families only. Its different stories are two stages of one affair whose later story recounts the earlier
// one (an extradition approved and carried out, a minister's resignation and the successor's swearing-in,
// merger talks and the deal, a recall and its expansion, a leadership field and the winner, an appeal heard
// and decided, an evacuation ordered and lifted, a launch scrubbed and flown, a strike begun and ended, a
// boil-water notice issued and lifted, an outbreak's zones set and lifted, an emergency landing and the
// investigators' report), a preview and its report (a cup final, a Test's first day, a prize's shortlist
// and winner), and templates filled with another day's, race's, round's or quarter's figures. Its copies
// are reprints under the outlet's own headline, an agency's update or correction of the same story on the
// same day, briefs cut from the full story, and tables reprinted or cut.
export function fifthHeldOutPairs(): Pair[] {
  return [
    ...extradition(),
    ...ministerReplaced(),
    ...coldStorageMerger(),
    ...cribRecall(),
    ...leadershipContest(),
    ...appealRuling(),
    ...evacuation(),
    ...launch(),
    ...railStrike(),
    ...boilWater(),
    ...birdFlu(),
    ...smokeDiversion(),
    ...cupFinal(),
    ...testMatch(),
    ...prize(),
    ...racePairs(),
    ...tablePairs(),
  ];
}
