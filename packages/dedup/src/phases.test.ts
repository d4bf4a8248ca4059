import { describe, expect, it } from 'vitest';
import { headPhasesOf, leadPhasesOf, phasesDiffer, phasesOf } from './phases.ts';

const differ = (a: [string, string], b: [string, string]) =>
  phasesDiffer(phasesOf(a[0], a[1]), phasesOf(b[0], b[1]));

describe('phases of an affair', () => {
  it('reads an ending, an entry into force, an outcome and a preview in a headline', () => {
    expect(headPhasesOf('Curfew lifted in capital after week of unrest')).toBe(0b0001);
    expect(headPhasesOf('New tariff rules take effect')).toBe(0b0010);
    expect(headPhasesOf('Okafor elected governor')).toBe(0b0100);
    expect(headPhasesOf("What to watch in Sunday's final")).toBe(0b1000);
    expect(headPhasesOf('Port workers vote on pay offer')).toBe(0);
  });

  it('takes a market session ending higher for no ending', () => {
    expect(headPhasesOf('Nikkei ends lower at 20,441')).toBe(0);
    expect(headPhasesOf('KOSPI ends up 0.6% as chipmakers rally')).toBe(0);
    expect(headPhasesOf('Siege at embassy ends')).toBe(0b0001);
  });

  it('does not count what a lead only looks ahead to', () => {
    // (Bit 1 is an ending, bit 2 an entry into force.)
    expect(leadPhasesOf('Truce agreed', 'The sides agreed a truce, to take effect at midnight.') & 0b11).toBe(
      0,
    );
    expect(leadPhasesOf('Outage hits city', 'Power is expected to be restored by noon.') & 0b11).toBe(0);
    expect(leadPhasesOf('Truce holds', 'A truce took effect at midnight.')).toBe(0b0010);
  });

  it('tells the later stage of one day from the earlier, and not a retitled copy', () => {
    const order: [string, string] = [
      'Residents told to stay indoors as warehouse fire burns',
      'People near the docks have been told to stay indoors and keep windows closed because of a large fire.',
    ];
    const allClear: [string, string] = [
      'All-clear given after warehouse fire put out',
      'Residents near the docks no longer need to stay indoors, officials said, after the fire was extinguished.',
    ];
    expect(differ(order, allClear)).toBe(true);
    expect(differ(allClear, order)).toBe(true);
    const retitled: [string, string] = [
      'Hostages freed in Niger are coming home',
      'The three hostages have been released.',
    ];
    const original: [string, string] = [
      'Engineers kidnapped in Niger released',
      'The three hostages have been released.',
    ];
    expect(differ(retitled, original)).toBe(false);
  });

  it('says nothing against a sketch stored before phases were kept', () => {
    expect(phasesDiffer(phasesOf('Power restored to city', ''), undefined)).toBe(false);
  });
});
