import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { Clock } from '../../common/clock.js';
import { badInput } from '../../common/errors.js';
import { oneByKey } from '../../common/loaders.js';
import {
  type ConnectionShape,
  decodeCursor,
  type PageArgs,
  toConnection,
} from '../../common/pagination.js';
import { fromGlobalId } from '../../common/global-id.js';
import { EventLog } from '../../history/event-log.service.js';
import { toWorkshop, type WorkshopRow } from '../dto/mappers.js';
import type { Workshop } from '../dto/workshop.type.js';
import { WorkshopException } from '../workshop.exception.js';
import { type WorkshopFields, workshopFieldsOf } from '../workshop-rules.js';

/** What recording a workshop needs to know of its consultation (read through its node loader). */
export interface ConsultationFacts {
  readonly uuid: string;
  readonly phase: string;
  readonly opensAt: Date | null;
}

const COLUMNS = `w.id, w.consultation_id, w.title, w.place, w.held_on::text AS held_on,
  w.participant_count, w.facilitator_id, w.created_at`;

/**
 * Workshops and the provenance of the contributions entered on their behalf. Recording one is
 * one transaction with its event. The contexts that own contributions (amendments, deliberation)
 * call `provenanceOf` inside their own write transaction: it says which workshop, if any, the
 * new row is entered for — or refuses the write with a coded error.
 */
@Injectable()
export class WorkshopService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventLog,
    private readonly clock: Clock,
  ) {}

  async record(
    viewer: Viewer,
    consultation: ConsultationFacts,
    input: WorkshopFields,
  ): Promise<Workshop> {
    // Workshop contributions follow the consultation's phase like any other: entered while open.
    if (consultation.phase !== 'OPEN') throw WorkshopException.closed(consultation.phase);
    const fields = workshopFieldsOf(input, {
      now: this.clock.now(),
      opensAt: consultation.opensAt,
    });
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO workshop AS w (consultation_id, title, place, held_on, participant_count, facilitator_id)
         VALUES ($1, $2, $3, $4::date, $5, $6) RETURNING ${COLUMNS}`,
        [
          consultation.uuid,
          fields.title,
          fields.place,
          fields.heldOn,
          fields.participantCount,
          viewer.id,
        ],
      )) as WorkshopRow[];
      const workshop = row as WorkshopRow;
      await this.events.append(manager, {
        type: 'workshop.recorded',
        actorId: viewer.id,
        subjectType: 'Workshop',
        subjectId: workshop.id,
        consultationId: consultation.uuid,
        payload: { ...fields },
      });
      return toWorkshop(workshop);
    });
  }

  /**
   * The workshop a new contribution is entered for, checked in the caller's transaction (the
   * workshop row is locked `FOR SHARE`):
   * - a workshop named by someone who is not a facilitator: FORBIDDEN (no one posts "as" one);
   * - a facilitator account naming none: BAD_USER_INPUT — it writes for workshops only, so that
   *   nothing it enters can pass for its own opinion;
   * - an unknown workshop: NOT_FOUND; one of another consultation: BAD_USER_INPUT.
   * Null: an ordinary contribution, in its author's name.
   */
  async provenanceOf(
    manager: EntityManager,
    viewer: Viewer,
    workshopId: string | null | undefined,
    consultationUuid: string,
  ): Promise<string | null> {
    const facilitator = viewer.roles.includes('FACILITATOR');
    if (workshopId === null || workshopId === undefined || workshopId === '') {
      if (facilitator) throw WorkshopException.workshopRequired();
      return null;
    }
    if (!facilitator) throw WorkshopException.notFacilitator();
    const { id } = fromGlobalId(workshopId, 'Workshop');
    const [row] = (await manager.query(
      'SELECT id, consultation_id FROM workshop WHERE id = $1 FOR SHARE',
      [id],
    )) as { id: string; consultation_id: string }[];
    if (!row) throw WorkshopException.notFound();
    if (row.consultation_id !== consultationUuid) throw WorkshopException.otherConsultation();
    return row.id;
  }

  /** Batch for the `workshopById` loader. */
  async byIds(ids: readonly string[]): Promise<(Workshop | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM workshop w WHERE w.id = ANY($1::uuid[])`,
      [ids],
    )) as WorkshopRow[];
    return oneByKey(ids, rows, (row) => row.id).map((row) => (row ? toWorkshop(row) : null));
  }

  /** A consultation's workshops, the latest held first (keyset on day, recording time, id). */
  async list(consultationUuid: string, page: PageArgs): Promise<ConnectionShape<Workshop>> {
    const params: unknown[] = [consultationUuid];
    let after = '';
    if (page.after) {
      const [day, createdAt, id] = decodeCursor(page.after, 3);
      const wellFormed =
        typeof day === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(day) &&
        typeof createdAt === 'string' &&
        !Number.isNaN(Date.parse(createdAt)) &&
        typeof id === 'string' &&
        /^[0-9a-f-]{36}$/.test(id);
      if (!wellFormed) {
        throw badInput(
          'Le curseur « after » est invalide : reprenez la pagination depuis le début.',
        );
      }
      params.push(day, createdAt, id);
      after = 'AND (w.held_on, w.created_at, w.id) < ($2::date, $3::timestamptz, $4::uuid)';
    }
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS}, to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
         FROM workshop w WHERE w.consultation_id = $1 ${after}
         ORDER BY w.held_on DESC, w.created_at DESC, w.id DESC LIMIT ${page.first + 1}`,
        params,
      ) as Promise<(WorkshopRow & { created_key: string })[]>,
      this.dataSource.query('SELECT count(*)::int AS n FROM workshop WHERE consultation_id = $1', [
        consultationUuid,
      ]) as Promise<{ n: number }[]>,
    ]);
    return toConnection(
      rows,
      page,
      count?.n ?? 0,
      (row) => [row.held_on, row.created_key, row.id],
      toWorkshop,
    );
  }
}
