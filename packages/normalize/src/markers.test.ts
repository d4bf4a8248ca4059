import { describe, expect, it } from 'vitest';
import { stripMarkers } from './markers.ts';

const none = { correction: false, urgent: false, canceled: false };

describe('stripMarkers', () => {
  it.each([
    ['UPDATE 2-China cuts rates', { ...none, updateNumber: 2 }],
    ['UPDATE 2 - China cuts rates', { ...none, updateNumber: 2 }],
    ['UPDATE-China cuts rates', none],
    ['CORRECTED-China cuts rates', { ...none, correction: true }],
    ['CORRECTION: China cuts rates', { ...none, correction: true }],
    ['REFILE-China cuts rates', none],
    ['RPT-China cuts rates', none],
    ['BREAKING: China cuts rates', { ...none, urgent: true }],
    ['Breaking News - China cuts rates', { ...none, urgent: true }],
    ['URGENT: China cuts rates', { ...none, urgent: true }],
    ['FLASH: China cuts rates', { ...none, urgent: true }],
    ['FLASH - China cuts rates', { ...none, urgent: true }],
    ['ALERT: China cuts rates', { ...none, urgent: true }],
    ['ALERTE - China cuts rates', { ...none, urgent: true }],
    ['EILMELDUNG: China cuts rates', { ...none, urgent: true }],
    ['ÚLTIMA HORA: China cuts rates', { ...none, urgent: true }],
    ['Última hora | China cuts rates', { ...none, urgent: true }],
    ['URGENTE: China cuts rates', { ...none, urgent: true }],
    ['WITHDRAWN: China cuts rates', { ...none, canceled: true }],
    ['KILL - China cuts rates', { ...none, canceled: true }],
    ['STORY WITHDRAWN-China cuts rates', { ...none, canceled: true }],
    ['China cuts rates - STORY WITHDRAWN', { ...none, canceled: true }],
    ['China cuts rates (STORY WITHDRAWN)', { ...none, canceled: true }],
  ])('%s', (title, signals) => {
    expect(stripMarkers(title)).toEqual({ headline: 'China cuts rates', signals });
  });

  it('strips stacked markers and keeps every signal', () => {
    expect(stripMarkers('REFILE-UPDATE 3-CORRECTED-China cuts rates')).toEqual({
      headline: 'China cuts rates',
      signals: { ...none, updateNumber: 3, correction: true },
    });
    expect(stripMarkers('BREAKING: UPDATE 1-Quake hits')).toEqual({
      headline: 'Quake hits',
      signals: { ...none, updateNumber: 1, urgent: true },
    });
  });

  it('leaves ordinary headlines alone, including capitalised words that look like markers', () => {
    for (const title of [
      'Update on the talks: no deal yet',
      'Alert issued as storm nears',
      'Correction officers strike',
      'Flash floods hit Valencia',
      'Killers of the Flower Moon wins',
      'US-China talks resume',
    ]) {
      expect(stripMarkers(title)).toEqual({ headline: title, signals: none });
    }
  });

  it('gives an empty headline when there was nothing but markers', () => {
    expect(stripMarkers('STORY WITHDRAWN')).toEqual({ headline: '', signals: { ...none, canceled: true } });
  });

  it('ignores an update number of zero', () => {
    expect(stripMarkers('UPDATE 0-Rates').signals.updateNumber).toBeUndefined();
  });
});
