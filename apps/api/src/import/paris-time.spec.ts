import { describe, expect, it } from '@jest/globals';
import { isExportDate, parseExportDate, parisTime, splitGluedDate } from './paris-time.js';

describe('dates of a Cap Collectif export (Paris time)', () => {
  it('reads dd/mm/yyyy HH:MM in summer and in winter time', () => {
    expect(parseExportDate('07/10/2019 15:47')?.toISOString()).toBe('2019-10-07T13:47:00.000Z');
    expect(parseExportDate('20/11/2019 23:58')?.toISOString()).toBe('2019-11-20T22:58:00.000Z');
  });

  it('reads the database form with seconds too', () => {
    expect(parseExportDate('2019-10-13 11:01:04')?.toISOString()).toBe('2019-10-13T09:01:04.000Z');
  });

  it('crosses the autumn change: the repeated hour reads as the earlier instant', () => {
    expect(parisTime(2019, 10, 27, 1, 30)?.toISOString()).toBe('2019-10-26T23:30:00.000Z');
    expect(parisTime(2019, 10, 27, 2, 30)?.toISOString()).toBe('2019-10-27T00:30:00.000Z');
    expect(parisTime(2019, 10, 27, 3, 30)?.toISOString()).toBe('2019-10-27T02:30:00.000Z');
  });

  it('reads a time skipped in spring with the winter offset', () => {
    expect(parisTime(2019, 3, 31, 2, 30)?.toISOString()).toBe('2019-03-31T01:30:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const raw of [
      '',
      '31/02/2019 10:00',
      '07/10/2019',
      '7/10/2019 15:47',
      'demain',
      undefined,
    ]) {
      expect(parseExportDate(raw)).toBeNull();
    }
    expect(isExportDate('07/10/2019 25:00')).toBe(false);
  });

  it('finds a date glued to the end of a text', () => {
    expect(splitGluedDate('au Salaire Minimum de Croissance.12/10/2019 15:01')).toMatchObject({
      text: 'au Salaire Minimum de Croissance.',
      raw: '12/10/2019 15:01',
    });
    expect(splitGluedDate('par exemple;,2019-10-13 11:01:04')).toMatchObject({
      text: 'par exemple',
      raw: '2019-10-13 11:01:04',
    });
    expect(splitGluedDate('no date at the end')).toBeNull();
  });
});
