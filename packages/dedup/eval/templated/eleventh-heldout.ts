import {
  chimneyDemolition,
  cruiseOutbreak,
  dinosaurFossil,
  lottoWinner,
  mayorRecount,
  tennisRetirement,
} from './eleventh-heldout-later.ts';
import {
  aflGrandFinal,
  archeryFinal,
  bobsleighRace,
  hotDogContest,
  hurlingFinal,
} from './eleventh-heldout-previews.ts';
import {
  ceoArrested,
  chipPlantFire,
  craneCollapse,
  ferryFire,
  gasBlast,
  juryDischarged,
  stadiumRoof,
} from './eleventh-heldout-same-day.ts';
import {
  aflLadders,
  mountainPasses,
  nordPoolPrices,
  peterheadFish,
  railWorks,
  surfForecasts,
  waterPoloResults,
} from './eleventh-heldout-tables.ts';
import type { Pair } from './kit.ts';

// The eleventh held-out part: written blind after held-out 10 was read, by an engineer who read neither
// the detector's source nor its ADRs nor any output and never ran the evaluation; new families only.
// Its different stories are two stages of one affair (seven on one day, hours apart: a crane collapse
// and the city's stop order, a storm-torn stadium roof and the match postponed, an arrest and the
// board's suspension, a gas blast and the landlord held, a jury discharged and a retrial ordered, a
// plant fire and the output halt, a ferry adrift and towed in; six days to weeks apart), previews
// beside their results, reports beside their results tables, and one template filled twice. Its copies
// are reprinted as outlets and agencies do: an own headline with a rewritten intro or a local
// paragraph, the last paragraph cut, house style, an agency's same-day UPDATE 1 or CORRECTED-, a brief
// cut to two paragraphs, tables reprinted with a new intro or a source line or cut to their top rows.
export function eleventhHeldOutPairs(): Pair[] {
  return [
    ...craneCollapse(),
    ...stadiumRoof(),
    ...ceoArrested(),
    ...gasBlast(),
    ...juryDischarged(),
    ...chipPlantFire(),
    ...ferryFire(),
    ...tennisRetirement(),
    ...mayorRecount(),
    ...dinosaurFossil(),
    ...lottoWinner(),
    ...cruiseOutbreak(),
    ...chimneyDemolition(),
    ...hurlingFinal(),
    ...aflGrandFinal(),
    ...hotDogContest(),
    ...bobsleighRace(),
    ...archeryFinal(),
    ...aflLadders(),
    ...nordPoolPrices(),
    ...surfForecasts(),
    ...peterheadFish(),
    ...railWorks(),
    ...waterPoloResults(),
    ...mountainPasses(),
  ];
}
