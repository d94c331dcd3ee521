import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { phaseAt } from '../../consultations/consultation-phase.js';
import { ConsultationEntity } from '../../consultations/entities/consultation.entity.js';
import { PlanWriter } from '../../consultations/services/plan-writer.service.js';
import { normaliseSourceUrl } from '../../deliberation/services/source-url.js';
import { EventLog, type NewEvent } from '../../history/event-log.service.js';
import { readExport } from '../capcollectif-reader.js';
import {
  type ExportItem,
  opinionOf,
  type RowProblem,
  SKIP_REASONS,
  type SkipReason,
  type Trash,
} from '../capcollectif-rows.js';
import { ExportScan } from '../export-scan.js';
import {
  argumentBodyOf,
  hidingOf,
  IMPORTED_RATIONALE,
  LIMITS,
  proposalFieldsOf,
  reportDetailsOf,
  sourceFieldsOf,
} from '../import-fields.js';
import {
  type Counts,
  type ImportSummary,
  type RepairedRow,
  zeroCounts,
} from '../import-summary.js';
import { shorten, SLUG, slugify } from '../import-text.js';
import {
  insertArguments,
  insertHidings,
  insertParticipants,
  insertProposals,
  insertReports,
  insertRevisions,
  insertSources,
  type NewArgument,
  type NewHiding,
  type NewParticipant,
  type NewProposal,
  type NewReport,
  type NewRevision,
  type NewSource,
  type ImportOrigin,
  type NewVote,
  recordSources,
  recountTallies,
  upsertVotes,
} from './import-writer.js';

/** The `source` of what this importer records in `import_source` and `participant.imported_key`. */
export const CAP_COLLECTIF = 'cap-collectif';
/** Any 64-bit number of our own: one import at a time (they share participants and the ordinals of their names). */
const IMPORT_LOCK = 7_201_526_102;
export const DEFAULT_BATCH_SIZE = 1000;
const MINUTE_MS = 60_000;

/** An import that cannot run (the message says what to do); rows in error are skipped, not thrown. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export interface ImportProgress {
  /** `read`: first pass (bytes of the file); `import`: second pass (rows). */
  readonly phase: 'read' | 'import';
  readonly done: number;
  readonly total: number;
}

export interface ImportOptions {
  /** Slug of the consultation to create (default: the original platform's, or one from the title). */
  readonly consultationSlug?: string;
  /** Rows per transaction (default 1,000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The present, for the consultation's closing date (tests). */
  readonly now?: Date;
}

/** An imported participant's key: the platform, its instance, the id in the export. */
const participantKey = (origin: ImportOrigin, author: string): string =>
  `${origin.source}:${origin.scope}:${author}`;

/** The display name of an imported participant: a pseudonym with a number. */
export const importedName = (ordinal: number): string => `Participant·e importé·e n° ${ordinal}`;

/** Ids known so far (`kind:external id` → our uuid, export author id → participant), layered per transaction. */
class Stage {
  readonly entities = new Map<string, string>();
  readonly participants = new Map<string, string>();

  constructor(
    private readonly parent: Stage | null,
    public nextOrdinal: number,
  ) {}

  child(): Stage {
    return new Stage(this, this.nextOrdinal);
  }

  entity(key: string): string | undefined {
    return this.entities.get(key) ?? this.parent?.entity(key);
  }

  participant(exportId: string): string | undefined {
    return this.participants.get(exportId) ?? this.parent?.participant(exportId);
  }

  /** What this layer learned goes into its parent (its writes committed or released). */
  merge(): void {
    if (!this.parent) return;
    for (const [key, id] of this.entities) this.parent.entities.set(key, id);
    for (const [key, id] of this.participants) this.parent.participants.set(key, id);
    this.parent.nextOrdinal = this.nextOrdinal;
  }
}

interface Run {
  readonly scan: ExportScan;
  readonly origin: ImportOrigin;
  readonly consultationId: string;
  readonly opensAt: Date;
  readonly sections: Map<string, string>;
}

/** What writing some items did. */
interface Written {
  readonly imported: Counts;
  readonly unchanged: Counts;
  votesUpdated: number;
  readonly skipped: RowProblem[];
  readonly deferred: ExportItem[];
  readonly superseded: { line: number; by: number }[];
  readonly touched: Set<string>;
}

const emptyWritten = (): Written => ({
  imported: zeroCounts(),
  unchanged: zeroCounts(),
  votesUpdated: 0,
  skipped: [],
  deferred: [],
  superseded: [],
  touched: new Set(),
});

function addWritten(into: Written, from: Written): void {
  for (const key of Object.keys(into.imported) as (keyof Counts)[]) {
    into.imported[key] += from.imported[key];
    into.unchanged[key] += from.unchanged[key];
  }
  into.votesUpdated += from.votesUpdated;
  into.skipped.push(...from.skipped);
  into.deferred.push(...from.deferred);
  into.superseded.push(...from.superseded);
  for (const target of from.touched) into.touched.add(target);
}

const wroteSomething = (written: Written): boolean =>
  Object.values(written.imported).some((count) => count > 0) || written.votesUpdated > 0;

/** The target kinds of the export (`related_kind`) as Amendo's, with the prefix of their ids. */
const TARGETS: Record<string, { kind: 'Proposal' | 'Argument' | 'Source'; external: string }> = {
  opinion: { kind: 'Proposal', external: 'opinion' },
  argument: { kind: 'Argument', external: 'argument' },
  source: { kind: 'Source', external: 'source' },
};

/** Our `import_source.kind` for each kind of item. */
const RECORD_KIND: Record<ExportItem['kind'], string> = {
  opinion: 'proposal',
  vote: 'vote',
  argument: 'argument',
  source: 'source',
  report: 'report',
  version: 'version',
};

const problemOf = (
  item: ExportItem,
  reason: SkipReason,
  message: string = SKIP_REASONS[reason],
): RowProblem => ({ line: item.line, type: item.kind, reason, message });

/**
 * Imports a Cap Collectif consultation export (issue 11): a first pass reads the file for what
 * must be known before writing (dates, sections, winning votes, ids), a second one writes it in
 * batches, one transaction each, with multi-row statements. Idempotent: what an earlier run
 * imported is found by its original id (`import_source`, `participant.imported_key`) and left
 * as it is. A row that cannot be imported is reported with its line and skipped.
 *
 * Events: `consultation.created` and `section.created` (through the plan's writer), one
 * `proposal.imported` per proposal and one `contribution.hidden` per item the original
 * moderators trashed; votes, arguments, sources, reports and participants are counted in one
 * `import.batch` event per batch; `consultation.imported` closes a run that wrote anything.
 */
@Injectable()
export class CapCollectifImporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plan: PlanWriter,
    private readonly events: EventLog,
  ) {}

  async import(path: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const now = options.now ?? new Date();
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    if (options.consultationSlug !== undefined && !SLUG.test(options.consultationSlug)) {
      throw new ImportError(
        `« ${options.consultationSlug} » is not a valid consultation slug: lower-case letters, digits and single hyphens (e.g. rua-2019).`,
      );
    }
    const size = (
      await stat(path).catch(() => {
        throw new ImportError(`cannot read ${path}: no such file.`);
      })
    ).size;

    const [scan, sha256] = await Promise.all([
      this.scan(path, size, options.onProgress),
      fileHash(path),
    ]);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        IMPORT_LOCK,
      ])) as [{ locked: boolean }];
      if (!locked)
        throw new ImportError('another import is running on this database; wait for it to end.');
      try {
        return await this.write(runner, path, sha256, scan, options, { now, batchSize, started });
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async scan(
    path: string,
    size: number,
    onProgress: ImportOptions['onProgress'],
  ): Promise<ExportScan> {
    const scan = new ExportScan();
    for await (const { mapped, bytes } of readExport(path)) {
      scan.add(mapped);
      onProgress?.({ phase: 'read', done: Math.min(bytes, size), total: size });
    }
    onProgress?.({ phase: 'read', done: size, total: size });
    return scan;
  }

  private async write(
    runner: QueryRunner,
    path: string,
    sha256: string,
    scan: ExportScan,
    options: ImportOptions,
    context: { now: Date; batchSize: number; started: number },
  ): Promise<ImportSummary> {
    const total = emptyWritten();
    const { run, stage, consultation, created } = await this.inTransaction(runner, (manager) =>
      this.prepare(manager, scan, options, context.now, total),
    );

    const rowsByType: Record<string, number> = {};
    const repaired: RepairedRow[] = [];
    const estimated: { line: number; type: string }[] = [];
    let rowsRead = 0;
    let batches = 0;
    let batch: ExportItem[] = [];
    let batchRows = 0;
    let firstLine = 0;

    const flush = async (items: ExportItem[], final: boolean): Promise<void> => {
      if (items.length === 0) return;
      batches += 1;
      const written = await this.writeBatch(runner, run, stage, items, final, firstLine);
      addWritten(total, written);
    };

    for await (const { mapped } of readExport(path)) {
      rowsRead += 1;
      options.onProgress?.({ phase: 'import', done: rowsRead, total: scan.rows });
      if (mapped.problem) {
        total.skipped.push(mapped.problem);
        rowsByType[mapped.problem.type] = (rowsByType[mapped.problem.type] ?? 0) + 1;
      } else {
        const item = mapped.item;
        rowsByType[item.kind] = (rowsByType[item.kind] ?? 0) + 1;
        const repairs = [...item.repairs, ...fieldRepairs(item)];
        if (repairs.length > 0) repaired.push({ line: item.line, type: item.kind, repairs });
        if (!item.createdAt) estimated.push({ line: item.line, type: item.kind });
        if (batch.length === 0) firstLine = item.line;
        batch.push(item);
      }
      batchRows += 1;
      if (batchRows >= context.batchSize) {
        await flush(batch, false);
        batch = [];
        batchRows = 0;
      }
    }
    await flush(batch, false);
    // Items whose related item comes later in the file.
    const deferred = total.deferred.splice(0);
    for (let i = 0; i < deferred.length; i += context.batchSize) {
      firstLine = deferred[i]?.line ?? 0;
      await flush(deferred.slice(i, i + context.batchSize), true);
    }

    const skipped = [...total.skipped].sort((a, b) => a.line - b.line);
    const skippedByReason: Partial<Record<SkipReason, number>> = {};
    for (const problem of skipped) {
      skippedByReason[problem.reason] = (skippedByReason[problem.reason] ?? 0) + 1;
    }
    const counterMismatches = scan.counterMismatches();
    if (created || wroteSomething(total)) {
      await this.inTransaction(runner, (manager) =>
        this.events.append(manager, {
          type: 'consultation.imported',
          subjectType: 'Consultation',
          subjectId: run.consultationId,
          consultationId: run.consultationId,
          payload: {
            source: CAP_COLLECTIF,
            file: basename(path),
            sha256,
            rowsRead,
            imported: total.imported,
            votesUpdated: total.votesUpdated,
            skipped: skippedByReason,
            counterMismatches: counterMismatches.length,
          },
        }),
      );
    }
    return {
      file: path,
      sha256,
      consultation: {
        id: consultation.id,
        slug: consultation.slug,
        title: consultation.title,
        created,
        opensAt: consultation.opensAt,
        closesAt: consultation.closesAt,
        phase: phaseAt(consultation, new Date()),
      },
      rowsRead,
      rowsByType,
      imported: total.imported,
      unchanged: total.unchanged,
      votesUpdated: total.votesUpdated,
      votesSuperseded: total.superseded.sort((a, b) => a.line - b.line),
      skipped,
      skippedByReason,
      repaired,
      estimatedDates: estimated,
      counterMismatches,
      batches,
      durationMs: Date.now() - context.started,
    };
  }

  /** Runs `work` in a transaction of the import's own connection (which holds the import lock). */
  private async inTransaction<T>(
    runner: QueryRunner,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  }

  /**
   * The consultation and its sections, created by the plan's writer on the first run and found
   * again after it; then what earlier runs imported from this file (ids and participants).
   */
  private async prepare(
    manager: EntityManager,
    scan: ExportScan,
    options: ImportOptions,
    now: Date,
    total: Written,
  ): Promise<{ run: Run; stage: Stage; consultation: ConsultationEntity; created: boolean }> {
    const title = shorten(
      scan.consultationTitle() ?? 'Consultation importée de Cap Collectif',
      LIMITS.consultationTitle,
    );
    // Ids are unique within an instance of the platform (its host); without addresses, within the consultation.
    const platform = scan.consultationUrl ? new URL(scan.consultationUrl) : null;
    const origin: ImportOrigin = {
      source: CAP_COLLECTIF,
      scope: platform?.host ?? `title:${title}`,
    };
    const consultationKey = platform?.pathname.split('/').at(-1) ?? `title:${title}`;
    const [found] = (await manager.query(
      `SELECT entity_id FROM import_source
       WHERE source = $1 AND scope = $2 AND kind = 'consultation' AND external_id = $3`,
      [origin.source, origin.scope, consultationKey],
    )) as { entity_id: string }[];
    let consultation: ConsultationEntity | null = null;
    let created = false;
    if (found) {
      consultation = await manager.findOneBy(ConsultationEntity, { id: found.entity_id });
      if (
        consultation &&
        options.consultationSlug &&
        options.consultationSlug !== consultation.slug
      ) {
        throw new ImportError(
          `this export was already imported as the consultation « ${consultation.slug} »: run again without --consultation (or with --consultation ${consultation.slug}).`,
        );
      }
    }
    if (!consultation) {
      if (scan.minAt === null || scan.maxAt === null) {
        throw new ImportError(
          'the file has no readable date: is it a Cap Collectif consultation export?',
        );
      }
      const fromUrl = platform ? slugify(consultationKey) : '';
      const chosen =
        options.consultationSlug ??
        (SLUG.test(fromUrl) ? fromUrl : slugify(title) || 'consultation-importee');
      if (await manager.existsBy(ConsultationEntity, { slug: chosen })) {
        throw new ImportError(
          `the slug « ${chosen} » is already used by another consultation: choose another one with --consultation <slug>.`,
        );
      }
      // Closed since its last contribution (dates are to the minute): read-only, phase CLOSED.
      const closesAt = new Date(Math.min(scan.maxAt + MINUTE_MS, now.getTime()));
      const opensAt = new Date(Math.min(scan.minAt, closesAt.getTime() - MINUTE_MS));
      consultation = await this.plan.createConsultation(
        manager,
        {
          slug: chosen,
          title,
          summary: summaryOf(scan.consultationUrl),
          opensAt,
          closesAt,
        },
        null,
      );
      await recordSources(manager, origin, 'consultation', consultation.id, [
        { externalId: consultationKey, entityId: consultation.id },
      ]);
      created = true;
    }

    const sections = new Map<string, string>();
    const knownSections = (await manager.query(
      `SELECT external_id, entity_id FROM import_source
       WHERE source = $1 AND scope = $2 AND kind = 'section' AND consultation_id = $3`,
      [origin.source, origin.scope, consultation.id],
    )) as { external_id: string; entity_id: string }[];
    const sectionKey = (sectionTitle: string): string => `${consultationKey}#${sectionTitle}`;
    const byKey = new Map(knownSections.map((row) => [row.external_id, row.entity_id]));
    for (const sectionTitle of scan.orderedSections()) {
      const id = byKey.get(sectionKey(sectionTitle));
      if (id) {
        sections.set(sectionTitle, id);
        total.unchanged.sections += 1;
        continue;
      }
      const section = await this.plan.createSection(
        manager,
        consultation.id,
        shorten(sectionTitle || 'Sans section', LIMITS.sectionTitle),
        null,
      );
      await recordSources(manager, origin, 'section', consultation.id, [
        { externalId: sectionKey(sectionTitle), entityId: section.id },
      ]);
      sections.set(sectionTitle, section.id);
      total.imported.sections += 1;
    }

    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM participant WHERE imported_key LIKE $1`,
      [`${CAP_COLLECTIF}:%`],
    )) as [{ count: number }];
    const stage = new Stage(null, count + 1);
    const byKind = new Map<string, string[]>();
    for (const key of scan.firstLines.keys()) {
      const colon = key.indexOf(':');
      const kind = RECORD_KIND[key.slice(0, colon) as ExportItem['kind']];
      const ids = byKind.get(kind) ?? [];
      ids.push(key.slice(colon + 1));
      byKind.set(kind, ids);
    }
    for (const [kind, ids] of byKind) {
      const rows = (await manager.query(
        `SELECT external_id, entity_id FROM import_source
         WHERE source = $1 AND scope = $2 AND kind = $3 AND external_id = ANY($4::text[])`,
        [origin.source, origin.scope, kind, ids],
      )) as { external_id: string; entity_id: string }[];
      for (const row of rows) stage.entities.set(`${kind}:${row.external_id}`, row.entity_id);
    }
    const authorByKey = new Map(
      [...scan.authors.keys()].map((author) => [participantKey(origin, author), author]),
    );
    const participants = (await manager.query(
      `SELECT imported_key, id FROM participant WHERE imported_key = ANY($1::text[])`,
      [[...authorByKey.keys()]],
    )) as { imported_key: string; id: string }[];
    for (const row of participants) {
      stage.participants.set(authorByKey.get(row.imported_key) as string, row.id);
    }
    return {
      run: {
        scan,
        origin,
        consultationId: consultation.id,
        opensAt: consultation.opensAt ?? new Date(scan.minAt ?? now.getTime()),
        sections,
      },
      stage,
      consultation,
      created,
    };
  }

  /**
   * One batch, one transaction: all its items in one go; if the database refuses that, item by
   * item (each under a savepoint), so a bad row is reported and skipped and the rest goes in.
   * Then the tallies of the opinions whose votes changed, recounted from the rows, and the
   * batch's event.
   */
  private async writeBatch(
    runner: QueryRunner,
    run: Run,
    stage: Stage,
    items: readonly ExportItem[],
    final: boolean,
    firstLine: number,
  ): Promise<Written> {
    const batchStage = stage.child();
    const written = await this.inTransaction(runner, async (manager) => {
      const result = emptyWritten();
      const attempt = async (some: readonly ExportItem[]): Promise<Written> => {
        const layer = batchStage.child();
        await runner.query('SAVEPOINT import_items');
        try {
          const done = await this.writeItems(manager, run, layer, some, final);
          await runner.query('RELEASE SAVEPOINT import_items');
          layer.merge();
          return done;
        } catch (error) {
          await runner.query('ROLLBACK TO SAVEPOINT import_items');
          throw error;
        }
      };
      try {
        addWritten(result, await attempt(items));
      } catch {
        for (const item of items) {
          try {
            addWritten(result, await attempt([item]));
          } catch (error) {
            result.skipped.push(
              problemOf(
                item,
                'rejected-by-database',
                `refused by the database: ${(error as Error).message.split('\n')[0]?.slice(0, 200)}`,
              ),
            );
          }
        }
      }
      await recountTallies(manager, [...result.touched]);
      if (wroteSomething(result)) {
        await this.events.append(manager, {
          type: 'import.batch',
          subjectType: 'Consultation',
          subjectId: run.consultationId,
          consultationId: run.consultationId,
          payload: {
            source: CAP_COLLECTIF,
            lines: { from: firstLine, to: items.at(-1)?.line ?? firstLine },
            imported: result.imported,
            votesUpdated: result.votesUpdated,
          },
        });
      }
      return result;
    });
    batchStage.merge();
    return written;
  }

  /** Writes items (those not imported yet) with one statement per table. */
  private async writeItems(
    manager: EntityManager,
    run: Run,
    stage: Stage,
    items: readonly ExportItem[],
    final: boolean,
  ): Promise<Written> {
    const { scan, consultationId } = run;
    const result = emptyWritten();
    const skip = (item: ExportItem, reason: SkipReason, message?: string): void => {
      result.skipped.push(problemOf(item, reason, message));
    };
    const authors = new Set<string>();
    const proposals: { item: ExportItem & { kind: 'opinion' }; id: string }[] = [];
    const votes: { item: ExportItem & { kind: 'vote' }; targetId: string }[] = [];
    const argumentRows: {
      item: ExportItem & { kind: 'argument' };
      id: string;
      targetId: string;
      kind: string;
    }[] = [];
    const sourceRows: {
      item: ExportItem & { kind: 'source' };
      id: string;
      targetId: string;
      kind: string;
      url: string;
    }[] = [];
    const reportRows: {
      item: ExportItem & { kind: 'report' };
      id: string;
      targetId: string;
      kind: string;
    }[] = [];
    const revisions: { item: ExportItem & { kind: 'version' }; targetId: string }[] = [];

    const isDuplicate = (item: ExportItem): boolean => {
      const first = scan.firstLines.get(`${item.kind}:${item.id}`);
      if (first === undefined || first === item.line) return false;
      skip(item, 'duplicate-id', `same id as the row at line ${first}`);
      return true;
    };
    /** The uuid of the item this one relates to, or undefined (then deferred or skipped). */
    const targetOf = (
      item: ExportItem,
      exportKind: string,
      allowed: readonly string[],
    ): { id: string; kind: string } | undefined => {
      const target = TARGETS[exportKind];
      if (!target || !allowed.includes(target.kind)) {
        skip(
          item,
          'unsupported-target',
          exportKind === 'version'
            ? 'on a version of an opinion: versions are kept as revisions of the proposal, which take none'
            : `a ${item.kind} cannot be related to a ${exportKind || '?'}`,
        );
        return undefined;
      }
      const targetExternalId = (item as { targetId: string }).targetId;
      const id = stage.entity(
        `${RECORD_KIND[target.external as ExportItem['kind']]}:${targetExternalId}`,
      );
      if (id) return { id, kind: target.kind };
      const line = scan.firstLines.get(`${target.external}:${targetExternalId}`);
      if (line !== undefined && line > item.line && !final) {
        result.deferred.push(item);
      } else {
        skip(
          item,
          'unknown-target',
          line === undefined
            ? `its ${target.external} ${targetExternalId.slice(0, 40)} is neither in the file nor imported`
            : `its ${target.external} (line ${line}) was not imported`,
        );
      }
      return undefined;
    };
    const isNew = (item: ExportItem, count: keyof Counts): string | undefined => {
      const key = `${RECORD_KIND[item.kind]}:${item.id}`;
      if (stage.entity(key)) {
        result.unchanged[count] += 1;
        return undefined;
      }
      const id = randomUUID();
      stage.entities.set(key, id);
      return id;
    };

    for (const item of items) {
      if (item.kind !== 'opinion' || isDuplicate(item)) continue;
      const id = isNew(item, 'proposals');
      if (!id) continue;
      proposals.push({ item, id });
      if (item.authorId) authors.add(item.authorId);
    }
    for (const item of items) {
      switch (item.kind) {
        case 'opinion':
          break;
        case 'vote': {
          const winner = scan.winningVoteLine(item.targetId, item.authorId);
          if (winner !== undefined && winner !== item.line) {
            result.superseded.push({ line: item.line, by: winner });
            break;
          }
          const target = targetOf(item, 'opinion', ['Proposal']);
          if (!target) break;
          votes.push({ item, targetId: target.id });
          authors.add(item.authorId);
          break;
        }
        case 'argument': {
          if (isDuplicate(item)) break;
          const target = targetOf(item, item.targetKind, ['Proposal']);
          if (!target) break;
          const id = isNew(item, 'arguments');
          if (!id) break;
          argumentRows.push({ item, id, targetId: target.id, kind: target.kind });
          if (item.authorId) authors.add(item.authorId);
          break;
        }
        case 'source': {
          if (isDuplicate(item)) break;
          const url = normaliseSourceUrl(item.url);
          if ('problem' in url) {
            skip(item, 'source-without-link', `unusable link: ${url.problem}`);
            break;
          }
          const target = targetOf(item, item.targetKind, ['Proposal']);
          if (!target) break;
          const id = isNew(item, 'sources');
          if (!id) break;
          sourceRows.push({ item, id, targetId: target.id, kind: target.kind, url: url.url });
          if (item.authorId) authors.add(item.authorId);
          break;
        }
        case 'report': {
          if (isDuplicate(item)) break;
          const target = targetOf(item, item.targetKind, ['Proposal', 'Argument', 'Source']);
          if (!target) break;
          const id = isNew(item, 'reports');
          if (!id) break;
          reportRows.push({ item, id, targetId: target.id, kind: target.kind });
          authors.add(item.authorId);
          break;
        }
        case 'version': {
          if (isDuplicate(item)) break;
          const target = targetOf(item, 'opinion', ['Proposal']);
          if (!target) break;
          if (!isNew(item, 'revisions')) break;
          revisions.push({ item, targetId: target.id });
          break;
        }
      }
    }

    // Participants first: everything written below points to them.
    const newParticipants: NewParticipant[] = [];
    for (const author of authors) {
      if (stage.participant(author)) continue;
      const id = randomUUID();
      const firstAt = scan.authors.get(author)?.firstAt;
      newParticipants.push({
        id,
        displayName: importedName(stage.nextOrdinal),
        importedKey: participantKey(run.origin, author),
        createdAt: firstAt === null || firstAt === undefined ? run.opensAt : new Date(firstAt),
      });
      stage.nextOrdinal += 1;
      stage.participants.set(author, id);
    }
    await insertParticipants(manager, newParticipants);
    result.imported.participants += newParticipants.length;
    const participantOf = (author: string | null): string | null =>
      author ? (stage.participant(author) ?? null) : null;

    const events: NewEvent[] = [];
    const hidings: NewHiding[] = [];
    const hide = (
      item: ExportItem & { trash: Trash | null },
      targetId: string,
      targetKind: string,
      fallback: Date,
    ): void => {
      if (!item.trash) return;
      const hiding = hidingOf(item.trash);
      const actionId = randomUUID();
      hidings.push({ actionId, targetId, targetKind, ...hiding, at: item.trash.at ?? fallback });
      events.push({
        type: 'contribution.hidden',
        subjectType: targetKind,
        subjectId: targetId,
        consultationId,
        // No authorId: an imported participant cannot log in to read a notification.
        payload: { ...hiding, automatic: false, actionId, importedFrom: CAP_COLLECTIF },
      });
    };

    const proposalRows: NewProposal[] = proposals.map(({ item, id }) => {
      const { title, body } = proposalFieldsOf(item).value;
      const createdAt = this.opinionDate(run, item.id);
      const updatedAt = item.updatedAt && item.updatedAt > createdAt ? item.updatedAt : createdAt;
      const authorId = participantOf(item.authorId);
      events.push({
        type: 'proposal.imported',
        actorId: authorId,
        subjectType: 'Proposal',
        subjectId: id,
        consultationId,
        payload: {
          source: CAP_COLLECTIF,
          externalId: item.id,
          sectionId: run.sections.get(item.sectionTitle),
          title,
          createdAt,
          ...(item.url ? { url: item.url } : {}),
        },
      });
      hide(item, id, 'Proposal', updatedAt);
      return {
        id,
        sectionId: run.sections.get(item.sectionTitle) as string,
        title,
        body,
        authorId,
        createdAt,
        updatedAt,
      };
    });
    await insertProposals(manager, consultationId, IMPORTED_RATIONALE, proposalRows);
    await recordSources(
      manager,
      run.origin,
      'proposal',
      consultationId,
      proposals.map(({ item, id }) => ({ externalId: item.id, entityId: id })),
    );
    result.imported.proposals += proposals.length;

    const voteRows: NewVote[] = votes.map(({ item, targetId }) => ({
      targetId,
      participantId: participantOf(item.authorId) as string,
      value: item.value,
      at: item.createdAt ?? this.childDate(run, item),
    }));
    const upserted = await upsertVotes(manager, voteRows);
    result.imported.votes += upserted.inserted;
    result.votesUpdated += upserted.updated;
    result.unchanged.votes += voteRows.length - upserted.inserted - upserted.updated;
    for (const target of upserted.targets) result.touched.add(target);

    const newArguments: NewArgument[] = argumentRows.map(({ item, id, targetId, kind }) => {
      const createdAt = item.createdAt ?? this.childDate(run, item);
      const updatedAt = item.updatedAt && item.updatedAt > createdAt ? item.updatedAt : createdAt;
      hide(item, id, 'Argument', updatedAt);
      return {
        id,
        targetId,
        targetKind: kind,
        stance: item.stance,
        body: argumentBodyOf(item).value,
        authorId: participantOf(item.authorId),
        createdAt,
        updatedAt,
      };
    });
    await insertArguments(manager, consultationId, newArguments);
    await recordSources(
      manager,
      run.origin,
      'argument',
      consultationId,
      argumentRows.map(({ item, id }) => ({ externalId: item.id, entityId: id })),
    );
    result.imported.arguments += newArguments.length;

    const newSources: NewSource[] = sourceRows.map(({ item, id, targetId, kind, url }) => ({
      id,
      targetId,
      targetKind: kind,
      url,
      ...sourceFieldsOf(item).value,
      authorId: participantOf(item.authorId),
      createdAt: item.createdAt ?? this.childDate(run, item),
    }));
    const insertedSources = await insertSources(manager, consultationId, newSources);
    const keptSources = sourceRows.filter(({ item, id }) => {
      if (insertedSources.has(id)) return true;
      stage.entities.delete(`source:${item.id}`);
      skip(item, 'duplicate-id', 'the same link on the same item as an earlier source');
      return false;
    });
    for (const { item, id } of keptSources) {
      hide(item, id, 'Source', item.createdAt ?? this.childDate(run, item));
    }
    await recordSources(
      manager,
      run.origin,
      'source',
      consultationId,
      keptSources.map(({ item, id }) => ({ externalId: item.id, entityId: id })),
    );
    result.imported.sources += keptSources.length;

    // The hidings before the reports: a report on a trashed item is upheld by its hiding.
    await insertHidings(manager, consultationId, hidings);
    result.imported.hidden += hidings.length;

    const newReports: NewReport[] = reportRows.map(({ item, id, targetId, kind }) => ({
      id,
      targetId,
      targetKind: kind,
      reporterId: participantOf(item.authorId) as string,
      reason: item.reason,
      details: reportDetailsOf(item).value,
      createdAt: item.createdAt ?? this.childDate(run, item),
    }));
    const insertedReports = await insertReports(manager, consultationId, newReports);
    const keptReports = reportRows.filter(({ item, id }) => {
      if (insertedReports.has(id)) return true;
      stage.entities.delete(`report:${item.id}`);
      skip(item, 'duplicate-report');
      return false;
    });
    await recordSources(
      manager,
      run.origin,
      'report',
      consultationId,
      keptReports.map(({ item, id }) => ({ externalId: item.id, entityId: id })),
    );
    result.imported.reports += keptReports.length;

    const newRevisions: NewRevision[] = revisions.map(({ item, targetId }) => ({
      proposalId: targetId,
      title: shorten(item.title, LIMITS.proposalTitle),
      body: item.body,
      createdAt: item.createdAt ?? this.childDate(run, item),
    }));
    await insertRevisions(manager, newRevisions);
    await recordSources(
      manager,
      run.origin,
      'version',
      consultationId,
      revisions.map(({ item, targetId }) => ({ externalId: item.id, entityId: targetId })),
    );
    result.imported.revisions += revisions.length;

    await this.events.appendAll(manager, events);
    return result;
  }

  /** An opinion's date: its own, else the earliest of what was said on it, else the opening. */
  private opinionDate(run: Run, opinionId: string): Date {
    const opinion = run.scan.opinions.get(opinionId);
    if (opinion?.createdAt) return opinion.createdAt;
    const earliest = run.scan.earliestOn.get(opinionId);
    return earliest === undefined ? run.opensAt : new Date(earliest);
  }

  /** The date of an item that lost its own: the date of its opinion (it cannot be older). */
  private childDate(run: Run, item: ExportItem): Date {
    const opinion = opinionOf(item);
    return opinion && run.scan.opinions.has(opinion) ? this.opinionDate(run, opinion) : run.opensAt;
  }
}

/** What had to change in an item to fit Amendo's limits (for the summary). */
function fieldRepairs(item: ExportItem): readonly string[] {
  switch (item.kind) {
    case 'opinion':
      return proposalFieldsOf(item).repairs;
    case 'argument':
      return argumentBodyOf(item).repairs;
    case 'report':
      return reportDetailsOf(item).repairs;
    default:
      return [];
  }
}

function summaryOf(url: string | null): string {
  return (
    `Consultation importée d’un export public de Cap Collectif${url ? ` (${url})` : ''}. ` +
    'Les propositions, votes, arguments, sources et signalements d’origine y sont repris avec ' +
    'leurs dates ; les participant·es, qui n’apparaissent dans l’export que par un identifiant, ' +
    'y sont pseudonymes. La consultation est close : elle se consulte en lecture seule.'
  );
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
