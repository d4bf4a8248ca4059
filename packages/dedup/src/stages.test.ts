import { describe, expect, it } from 'vitest';
import { moreStagesDiffer, moreStagesOf, stagesDiffer, stagesOf } from './stages.ts';

const differ = (a: string, b: string): boolean =>
  stagesDiffer(stagesOf(a), stagesOf(b)) || moreStagesDiffer(moreStagesOf(a), moreStagesOf(b));

describe('stages of an affair', () => {
  it.each([
    ['Former Lantern Bank chief found guilty of fraud', 'Former Lantern Bank chief jailed for nine years'],
    ['Police arrest man over Leeds warehouse fire', 'Man charged with arson over Leeds warehouse fire'],
    [
      'Ardent Foods agrees to buy Copperline in $2 billion deal',
      'Ardent Foods completes Copperline takeover',
    ],
    ['EU regulators block Ardent-Copperline merger', 'Ardent Foods closes Copperline deal'],
    ['Senate passes shipping safety bill', 'President signs shipping safety bill into law'],
    ['Rescuers search for missing climbers on Mont Blanc', 'Missing climbers found alive on Mont Blanc'],
    ['Storm Dara nears Irish coast', 'Storm Dara slams Irish coast, thousands without power'],
    ['Union threatens rail strike over pay', 'Rail workers walk out in pay dispute'],
    ['Club sacks manager after five straight defeats', 'Club appoints new manager'],
    ['Ardent Foods in talks to buy Copperline', 'Ardent Foods agrees to buy Copperline'],
    ['United in advanced talks with Lyon over Cherki', 'United complete £40 million signing of Cherki'],
    ['Debut novels dominate Booker shortlist', 'Debut novelist wins Booker Prize'],
    ['Brightwater chief executive to step down', 'Brightwater names operations head interim chief'],
    ['Severn tunnel closed after lorry fire', 'Severn tunnel reopens to traffic'],
    ['Cooling pump fault forces reactor shutdown', 'Reactor restarted after pump repair'],
    ['Toy chain Kettering Toys falls into administration', 'Kettering Toys rescued by rival in deal'],
    ['Spending review: what to expect', 'Chancellor unveils spending review'],
  ])('tell %j from %j', (a, b) => {
    expect(differ(a, b)).toBe(true);
    expect(differ(b, a)).toBe(true);
  });

  it.each([
    // A copy retitled in other words for the same stage.
    ['Former Lantern Bank chief jailed for nine years', 'Ex-Lantern boss sentenced to nine years in prison'],
    ['Ardent Foods completes Copperline takeover', 'Ardent closes purchase of Copperline'],
    ['Jury convicts former Lantern Bank chief', 'Former Lantern Bank chief found guilty'],
    ['Niamh Casey wins Halloway Prize', 'Donegal author Niamh Casey takes Halloway Prize'],
    ['Mirza elected leader of Scottish Progressives', 'Mirza wins Scottish Progressive leadership race'],
    // Words headlines use in other senses name no stage: a copy titled with them is still the same.
    ['WATCH: Hurricane Mara makes landfall in Florida', 'Hurricane Mara makes landfall in Florida'],
    ['Police appeal for witnesses after man arrested in Leeds', 'Man arrested in Leeds'],
    ['Ex-CEO convicted of fraud, faces up to 20 years in prison', 'Former CEO found guilty of fraud'],
    ['Five dead, dozens missing after ferry sinks', 'Ferry sinking kills five, dozens missing'],
    ['Fed raises rates, targets 2% inflation', 'Fed raises rates by a quarter point'],
    // A headline that names no stage says nothing either way.
    ['Former Lantern Bank chief found guilty of fraud', 'Lantern Bank: what the case means for savers'],
    // Stages of different kinds of affair do not meet.
    ['Ardent Foods agrees to buy Copperline', 'Copperline workers walk out'],
    ['Severn tunnel shut after lorry fire', 'Lorry fire closes Severn tunnel'],
    ['Kettering Toys collapses into administration', 'Kettering Toys in administration, 900 jobs at risk'],
  ])('let %j stand beside %j', (a, b) => {
    expect(differ(a, b)).toBe(false);
  });

  it('names nothing in a headline without a stage word', () => {
    expect(stagesOf('Tokyo stocks end higher as exporters gain')).toBe(stagesOf('Weather in Europe'));
    expect(stagesOf('Weather in Europe')).toBe(0);
  });
});

describe('stage bits as stored', () => {
  // Sketches stored by an earlier version keep their bits for the index's window: a group added
  // since must not move the others (a moved bit reads an old "agrees" as another stage).
  it.each([
    ['arrested', 0],
    ['agrees', 6],
    ['blocked', 8],
    ['passes', 15],
    ['nominated', 18],
    ['missing', 20],
    ['sued', 24],
    ['sacked', 26],
    ['recalls', 28],
    ['expands', 29],
  ])('%s keeps bit %i', (word, bit) => {
    expect(stagesOf(word)).toBe(2 ** bit);
  });
});
