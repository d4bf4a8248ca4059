import { describe, expect, it } from 'vitest';
import { markersConflict, markersOf } from './markers.ts';

const conflict = (headline: string, other: string): boolean =>
  markersConflict(markersOf(headline), markersOf(other));

describe('markers', () => {
  it('name the same marker in any case, with or without a possessive', () => {
    expect(markersOf("NHL STANDINGS AFTER FRIDAY'S GAMES")).toBe(markersOf('standings after friday games'));
    expect(markersOf('Tokyo stocks close higher')).toBe(markersOf('Tokyo shares settled up'));
    expect(markersOf('Parliament debates the budget')).toBe(0);
  });

  it.each([
    ["NHL standings after Friday's games", 'Standings after games played on Saturday'],
    ['Tokyo stocks at midday lower', 'The Nikkei fell 1% at the close on Thursday'],
    ['Barcelona v Inter: semi-final preview and odds', 'Barcelona beat Inter 3-1 in the semi-final'],
    ['Scoreboard on the second day of the first test', 'Scoreboard on the first day of the first test'],
    ["Men's downhill results", "Results of the women's downhill"],
    [
      'Amber weather warning for rain in south Wales',
      'A warning for wind: gusts of up to 80mph are expected',
    ],
  ])('tell %j from %j', (headline, other) => {
    expect(conflict(headline, other)).toBe(true);
  });

  it.each([
    // A reprint that calls Saturday's draw tonight's, or adds "results", contradicts nothing.
    [
      "Lotto results: winning numbers for tonight's draw",
      "The winning numbers in Saturday's Lotto draw were",
    ],
    ['Noon weather in Europe', 'Weather conditions in European cities at 1200 GMT on Friday'],
    // The other story names nothing of that kind: no evidence either way.
    ["NHL standings after Friday's games", 'National Hockey League standings, with points'],
    ['Sinner beats Alcaraz in Wimbledon final', 'Sinner won the Wimbledon final on Sunday'],
  ])('let %j stand beside %j', (headline, other) => {
    expect(conflict(headline, other)).toBe(false);
  });
});
