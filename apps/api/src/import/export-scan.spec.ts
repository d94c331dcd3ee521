import { describe, expect, it } from '@jest/globals';
import type { ExportItem, OpinionItem, VoteItem } from './capcollectif-rows.js';
import { consultationUrlOf, ExportScan } from './export-scan.js';
import { lineList } from './import-summary.js';

const opinion = (
  line: number,
  id: string,
  section: string,
  counters: OpinionItem['counters'],
): OpinionItem => ({
  kind: 'opinion',
  line,
  id,
  repairs: [],
  authorId: 'author',
  consultationTitle: 'Consultation',
  sectionTitle: section,
  title: `Titre ${id}`,
  body: 'Texte',
  createdAt: new Date('2019-10-07T13:47:00Z'),
  updatedAt: null,
  url: 'https://www.example.org/consultations/ma-consultation/consultation/consultation/opinions/x/y',
  trash: null,
  counters,
});

const vote = (
  line: number,
  target: string,
  author: string,
  value: VoteItem['value'],
  at: string,
): VoteItem => ({
  kind: 'vote',
  line,
  id: `v${line}`,
  repairs: [],
  targetId: target,
  authorId: author,
  value,
  createdAt: new Date(at),
});

function scanOf(items: ExportItem[]): ExportScan {
  const scan = new ExportScan();
  for (const item of items) scan.add({ item });
  return scan;
}

describe('the first pass over an export', () => {
  it('keeps one vote per participant and opinion: the later one, the later row on a tie', () => {
    const scan = scanOf([
      opinion(2, 'a', '1. Un', null),
      vote(3, 'a', 'p1', 'AGREE', '2019-10-09T10:00:00Z'),
      vote(4, 'a', 'p1', 'DISAGREE', '2019-10-09T09:00:00Z'),
      vote(5, 'a', 'p2', 'AGREE', '2019-10-09T10:00:00Z'),
      vote(6, 'a', 'p2', 'MIXED', '2019-10-09T10:00:00Z'),
    ]);
    expect(scan.winningVoteLine('a', 'p1')).toBe(3);
    expect(scan.winningVoteLine('a', 'p2')).toBe(6);
    expect(scan.recount().get('a')).toEqual({ total: 2, agree: 1, mixed: 1, disagree: 0 });
  });

  it('lists the opinions whose counters disagree with their vote rows, or lost them', () => {
    const scan = scanOf([
      opinion(2, 'a', '1. Un', { total: 1, agree: 1, mixed: 0, disagree: 0 }),
      vote(3, 'a', 'p1', 'AGREE', '2019-10-09T10:00:00Z'),
      opinion(4, 'b', '1. Un', { total: 2, agree: 2, mixed: 0, disagree: 0 }),
      vote(5, 'b', 'p1', 'AGREE', '2019-10-09T10:00:00Z'),
      opinion(6, 'c', '1. Un', null),
    ]);
    expect(scan.counterMismatches()).toEqual([
      {
        line: 4,
        opinionId: 'b',
        title: 'Titre b',
        file: { total: 2, agree: 2, mixed: 0, disagree: 0 },
        rows: { total: 1, agree: 1, mixed: 0, disagree: 0 },
      },
      {
        line: 6,
        opinionId: 'c',
        title: 'Titre c',
        file: null,
        rows: { total: 0, agree: 0, mixed: 0, disagree: 0 },
      },
    ]);
  });

  it('orders sections by their number, dates the consultation by its first and last contributions', () => {
    const scan = scanOf([
      opinion(2, 'a', '3. Trois', null),
      opinion(3, 'b', '1. Un', null),
      opinion(4, 'c', 'Sans numéro', null),
      opinion(5, 'd', '2. Deux', null),
      vote(6, 'a', 'p1', 'AGREE', '2019-11-20T22:58:00Z'),
    ]);
    expect(scan.orderedSections()).toEqual(['1. Un', '2. Deux', '3. Trois', 'Sans numéro']);
    expect(scan.minAt).toBe(Date.parse('2019-10-07T13:47:00Z'));
    expect(scan.maxAt).toBe(Date.parse('2019-11-20T22:58:00Z'));
    expect(scan.consultationUrl).toBe('https://www.example.org/consultations/ma-consultation');
    expect(scan.earliestOn.get('a')).toBe(Date.parse('2019-11-20T22:58:00Z'));
  });

  it('finds the consultation of an address', () => {
    expect(
      consultationUrlOf('https://x.fr/consultations/abc/consultation/consultation/opinions/1'),
    ).toBe('https://x.fr/consultations/abc');
    expect(consultationUrlOf('https://x.fr/projects/abc')).toBeNull();
  });
});

describe('line lists of the summary', () => {
  it('groups consecutive lines', () => {
    expect(lineList([5, 1, 2, 3, 9, 10])).toBe('1–3, 5, 9–10');
    expect(lineList([1, 3, 5], 2)).toBe('1, 3 … (+1)');
  });
});
