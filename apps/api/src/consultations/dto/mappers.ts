import { toGlobalId } from '../../common/global-id.js';
import { phaseAt } from '../consultation-phase.js';
import type { ArticleEntity } from '../entities/article.entity.js';
import type { ConsultationEntity } from '../entities/consultation.entity.js';
import type { SectionEntity } from '../entities/section.entity.js';
import { Article } from './article.type.js';
import { Consultation } from './consultation.type.js';
import { Section } from './section.type.js';

export function toConsultation(row: ConsultationEntity, now = new Date()): Consultation {
  return Object.assign(new Consultation(), {
    id: toGlobalId('Consultation', row.id),
    uuid: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    phase: phaseAt(row, now),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
  });
}

export function toSection(row: SectionEntity): Section {
  return Object.assign(new Section(), {
    id: toGlobalId('Section', row.id),
    uuid: row.id,
    consultationUuid: row.consultationId,
    title: row.title,
    position: row.position,
  });
}

export function toArticle(row: ArticleEntity): Article {
  return Object.assign(new Article(), {
    id: toGlobalId('Article', row.id),
    uuid: row.id,
    sectionUuid: row.sectionId,
    consultationUuid: row.consultationId,
    number: row.number,
    title: row.title,
  });
}
