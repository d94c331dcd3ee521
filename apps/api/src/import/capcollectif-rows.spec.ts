import { describe, expect, it } from '@jest/globals';
import { ExportColumns } from './capcollectif-layout.js';
import { type ExportItem, mapRow, type RowProblem } from './capcollectif-rows.js';

/** The header of the RUA export (69 columns). */
const HEADER =
  'type;contributions_id;contributions_author_id;contributions_consultation_title;contributions_section_title;contributions_title;contributions_bodyText;contributions_createdAt;contributions_updatedAt;contributions_url;contributions_published;contributions_trashed;contributions_trashedStatus;contributions_trashedAt;contributions_trashedReason;contributions_votesCount;contributions_votesCountOk;contributions_votesCountMitige;contributions_votesCountNok;contributions_argumentsCount;contributions_argumentsCountFor;contributions_argumentsCountAgainst;contributions_sourcesCount;contributions_versionsCount;contributions_votes_id;contributions_votes_related_id;contributions_votes_author_id;contributions_votes_value;contributions_votes_createdAt;contributions_arguments_related_id;contributions_arguments_related_kind;contributions_arguments_id;contributions_arguments_author_id;contributions_arguments_type;contributions_arguments_body;contributions_arguments_createdAt;contributions_arguments_updatedAt;contributions_arguments_url;contributions_arguments_published;contributions_arguments_trashed;contributions_arguments_trashedStatus;contributions_arguments_trashedAt;contributions_arguments_trashedReason;contributions_arguments_votesCount;contributions_reportings_related_id;contributions_reportings_related_kind;contributions_reportings_id;contributions_reportings_author_id;contributions_reportings_type;contributions_reportings_body;contributions_reportings_createdAt;contributions_sources_id;contributions_sources_related_id;contributions_sources_related_kind;contributions_sources_author_id;contributions_sources_trashed;contributions_sources_trashedStatus;contributions_sources_trashedAt;contributions_sources_trashedReason;contributions_sources_body;contributions_sources_createdAt;contributions_sources_updatedAt;contributions_sources_published;contributions_sources_votesCount;contribution_versions_id;contribution_versions_title;contribution_versions_bodyText;contribution_versions_createdAt;contribution_versions_updatedAt'.split(
    ';',
  );
const columns = new ExportColumns(HEADER);

/** A row as the export writes it: fields by name, trailing empty fields left out (ragged). */
function row(values: Record<string, string>): string[] {
  const fields = HEADER.map((name) => values[name] ?? '');
  while (fields.length > 1 && fields.at(-1) === '') fields.pop();
  return fields;
}

function item(fields: string[]): ExportItem {
  const mapped = mapRow(columns, fields, 42);
  if (!mapped.item) throw new Error(JSON.stringify(mapped.problem));
  return mapped.item;
}

function problem(fields: string[]): RowProblem {
  const mapped = mapRow(columns, fields, 42);
  if (!mapped.problem) throw new Error(JSON.stringify(mapped.item));
  return mapped.problem;
}

const URL =
  'https://www.consultation-rua.gouv.fr/consultations/comment-doit-fonctionner-le-rua/consultation/consultation/opinions/1-les-conditions/ressources-pour-tous';
const OPINION = {
  type: 'opinion',
  contributions_id: 'op-1',
  contributions_author_id: 'VXNlcjox',
  contributions_consultation_title: '3. Comment doit fonctionner le RUA',
  contributions_section_title: '1. Les conditions',
  contributions_title: 'ressources pour tous',
  contributions_bodyText: 'pour les plus de 18 ans.',
  contributions_createdAt: '12/10/2019 15:01',
  contributions_updatedAt: '13/10/2019 10:00',
  contributions_url: URL,
  contributions_published: '1',
  contributions_votesCount: '6',
  contributions_votesCountOk: '3',
  contributions_votesCountMitige: '0',
  contributions_votesCountNok: '3',
};

/** The opinion's fields, from its title to its first counter, as a damaged row has them. */
function opinionWith(middle: string[]): string[] {
  const fields = row(OPINION);
  const start = HEADER.indexOf('contributions_title');
  const end = HEADER.indexOf('contributions_url');
  return [...fields.slice(0, start), ...middle, ...fields.slice(end)];
}

describe('rows of a Cap Collectif export', () => {
  it('maps an opinion with its dates (Paris time), address and counters', () => {
    expect(item(row(OPINION))).toMatchObject({
      kind: 'opinion',
      line: 42,
      id: 'op-1',
      authorId: 'VXNlcjox',
      sectionTitle: '1. Les conditions',
      title: 'ressources pour tous',
      body: 'pour les plus de 18 ans.',
      createdAt: new Date('2019-10-12T13:01:00Z'),
      url: URL,
      trash: null,
      counters: { total: 6, agree: 3, mixed: 0, disagree: 3 },
      repairs: [],
    });
  });

  it('splits a title and body the export quoted together, and realigns what follows', () => {
    const opinion = item(
      opinionWith([
        'ressources pour tous;pour les plus; de 18 ans.',
        '12/10/2019 15:01',
        '13/10/2019 10:00',
      ]),
    );
    expect(opinion).toMatchObject({
      title: 'ressources pour tous',
      body: 'pour les plus; de 18 ans.',
      createdAt: new Date('2019-10-12T13:01:00Z'),
      counters: { total: 6, agree: 3, mixed: 0, disagree: 3 },
    });
    expect(opinion.repairs).toHaveLength(2);
  });

  it('separates a date glued to the end of the body', () => {
    const opinion = item(
      opinionWith(['ressources pour tous', 'de Croissance.12/10/2019 15:01', '']),
    );
    expect(opinion).toMatchObject({
      body: 'de Croissance.',
      createdAt: new Date('2019-10-12T13:01:00Z'),
      updatedAt: null,
      counters: { total: 6 },
    });
  });

  it('joins a body an unquoted « ; » split in two', () => {
    const opinion = item(
      opinionWith(['ressources pour tous', 'a &gt', ' b', '12/10/2019 15:01', '13/10/2019 10:00']),
    );
    expect(opinion).toMatchObject({ body: 'a > b', createdAt: new Date('2019-10-12T13:01:00Z') });
  });

  it('reads a truncated row: the text is kept, the dates and counters it lost are null', () => {
    const fields = row(OPINION).slice(0, HEADER.indexOf('contributions_createdAt'));
    expect(item([...fields, ...Array(28).fill('')])).toMatchObject({
      body: 'pour les plus de 18 ans.',
      createdAt: null,
      url: null,
      counters: null,
    });
  });

  it('keeps the trash of the original moderators', () => {
    expect(
      item(
        row({
          ...OPINION,
          contributions_trashed: '1',
          contributions_trashedStatus: 'INVISIBLE',
          contributions_trashedAt: '12/11/2019 09:32',
          contributions_trashedReason: 'Propos violents',
        }),
      ),
    ).toMatchObject({
      trash: {
        status: 'INVISIBLE',
        at: new Date('2019-11-12T08:32:00Z'),
        reason: 'Propos violents',
      },
    });
  });

  it('maps votes YES, MITIGE and NO, and refuses other values', () => {
    const vote = (value: string): string[] =>
      row({
        type: 'vote',
        contributions_votes_id: 'T3BpbmlvblZvdGU6MQ==',
        contributions_votes_related_id: 'op-1',
        contributions_votes_author_id: 'VXNlcjoy',
        contributions_votes_value: value,
        contributions_votes_createdAt: '09/10/2019 08:19',
      });
    expect(
      ['YES', 'MITIGE', 'NO'].map((value) => (item(vote(value)) as { value: string }).value),
    ).toEqual(['AGREE', 'MIXED', 'DISAGREE']);
    expect(problem(vote('PEUT-ETRE'))).toMatchObject({
      line: 42,
      type: 'vote',
      reason: 'bad-value',
    });
  });

  it('maps arguments with their stance, and realigns on their address', () => {
    const fields = row({
      type: 'argument',
      contributions_arguments_related_id: 'op-1',
      contributions_arguments_related_kind: 'opinion',
      contributions_arguments_id: 'arg-1',
      contributions_arguments_author_id: 'VXNlcjoz',
      contributions_arguments_type: 'AGAINST',
      contributions_arguments_body: 'x',
      contributions_arguments_createdAt: '11/10/2019 21:04',
      contributions_arguments_updatedAt: '11/10/2019 21:04',
      contributions_arguments_url: `${URL}#arg-arg-1`,
      contributions_arguments_published: '1',
    });
    const body = HEADER.indexOf('contributions_arguments_body');
    // The export glued the creation date to the body and lost a field.
    const damaged = [
      ...fields.slice(0, body),
      '20 fois le Salaire Minimum de Croissance.11/10/2019 21:04',
      ...fields.slice(body + 2),
    ];
    expect(item(damaged)).toMatchObject({
      kind: 'argument',
      stance: 'AGAINST',
      body: '20 fois le Salaire Minimum de Croissance.',
      createdAt: new Date('2019-10-11T19:04:00Z'),
      updatedAt: new Date('2019-10-11T19:04:00Z'),
    });
  });

  it('maps reports to our reasons', () => {
    const report = (type: string): ExportItem =>
      item(
        row({
          type: 'reportings',
          contributions_reportings_related_id: 'op-1',
          contributions_reportings_related_kind: 'opinion',
          contributions_reportings_id: '157',
          contributions_reportings_author_id: 'VXNlcjo0',
          contributions_reportings_type: type,
          contributions_reportings_body: 'Proposition ambigue',
          contributions_reportings_createdAt: '15/11/2019 05:45',
        }),
      );
    expect(
      ['SPAM', 'OFF', 'SEX', 'ERROR', 'OFF_TOPIC', '?'].map(
        (type) => (report(type) as { reason: string }).reason,
      ),
    ).toEqual(['SPAM', 'OFFENSIVE', 'OFFENSIVE', 'OTHER', 'OFF_TOPIC', 'OTHER']);
    expect(report('ERROR')).toMatchObject({
      kind: 'report',
      details: 'Proposition ambigue',
      originalType: 'ERROR',
    });
  });

  it('takes a source’s link from its HTML, and skips a source without one', () => {
    const source = (body: string): string[] =>
      row({
        type: 'source',
        contributions_sources_id: 'src-1',
        contributions_sources_related_id: 'op-1',
        contributions_sources_related_kind: 'opinion',
        contributions_sources_author_id: 'VXNlcjo1',
        contributions_sources_body: body,
        contributions_sources_createdAt: '10/10/2019 13:27',
        contributions_sources_published: '1',
      });
    expect(
      item(
        source(
          '<p>vous pouvez signer la pétition </p><p><a href="http://www.change.org/Egalite">http://www.change.org/Egalite</a></p>',
        ),
      ),
    ).toMatchObject({
      url: 'http://www.change.org/Egalite',
      text: 'vous pouvez signer la pétition',
    });
    expect(problem(source('<p>voir le lien </p>'))).toMatchObject({
      reason: 'source-without-link',
    });
  });

  it('says why a row cannot be read', () => {
    expect(problem(['petition', 'x'])).toMatchObject({ reason: 'unknown-type', type: 'petition' });
    expect(problem(row({ ...OPINION, contributions_id: '' }))).toMatchObject({
      reason: 'missing-id',
    });
    expect(problem(row({ ...OPINION, contributions_published: '0' }))).toMatchObject({
      reason: 'unpublished',
    });
  });
});
