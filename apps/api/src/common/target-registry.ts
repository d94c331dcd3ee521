import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AmendoException, badInput, notFound } from './errors.js';
import { parseGlobalId } from './global-id.js';
import { Visibility } from './visibility.js';

/** The kinds of contribution that votes, arguments, sources, responses and reports attach to. */
export type TargetKind = 'Article' | 'Amendment' | 'Proposal' | 'Argument' | 'Source';

/** What a consultation allows now (the consultations context computes it: `rulesFor`). */
export interface TargetRules {
  readonly phase: 'DRAFT' | 'OPEN' | 'CLOSED' | 'ANSWERED';
  readonly amendmentsOpen: boolean;
  readonly proposalsOpen: boolean;
  readonly votesOpen: boolean;
  readonly argumentsOpen: boolean;
}

/** Everything another context needs to know about a target, without importing its owner. */
export interface Target {
  readonly kind: TargetKind;
  /** Row uuid. */
  readonly id: string;
  readonly globalId: string;
  readonly consultationId: string;
  /** The article it belongs to (an article is its own), or null (a proposal). */
  readonly articleId: string | null;
  /** Its author (null for an article, or a deleted account). */
  readonly authorId: string | null;
  /** Hidden by moderation (its votes stop counting, its body reads null for the public). */
  readonly hidden: boolean;
  /** Still open to votes and arguments by its own life cycle (e.g. an OPEN amendment). */
  readonly active: boolean;
  readonly rules: TargetRules;
}

/** A context's loader: its rows by uuid, in the caller's transaction when one is given. */
export type TargetLoader = (
  uuids: readonly string[],
  manager?: EntityManager,
) => Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]>;

export type RulesLoader = (consultationId: string, manager?: EntityManager) => Promise<TargetRules>;

/**
 * The target registry: contexts that own contributions register how to load them; contexts
 * that act on contributions (deliberation, responses, moderation) resolve any global id here
 * and never import the context that owns it — the way Decidim's Reportable/Amendable concerns
 * are written once. The consultations context registers the phase rules.
 */
@Injectable()
export class TargetRegistry {
  private readonly loaders = new Map<TargetKind, TargetLoader>();
  private rulesLoader: RulesLoader | undefined;

  constructor(private readonly visibility: Visibility) {}

  register(kind: TargetKind, loader: TargetLoader): void {
    if (this.loaders.has(kind)) throw new Error(`target kind ${kind} registered twice`);
    this.loaders.set(kind, loader);
  }

  registerRules(loader: RulesLoader): void {
    this.rulesLoader = loader;
  }

  /**
   * The target a global id names, among `kinds`; BAD_USER_INPUT for an id of another kind,
   * NOT_FOUND when nothing has that id.
   */
  async resolve(
    globalId: string,
    kinds: readonly TargetKind[],
    manager?: EntityManager,
  ): Promise<Target> {
    const decoded = parseGlobalId(globalId);
    if (!decoded) throw badInput(`« ${globalId.slice(0, 60)} » n'est pas un identifiant valide.`);
    const kind = decoded.type as TargetKind;
    const loader = this.loaders.get(kind);
    if (!loader || !kinds.includes(kind)) {
      throw badInput(
        `Cette action ne s'applique pas à un objet de type ${decoded.type} (attendu : ${kinds.join(', ')}).`,
      );
    }
    const [row] = await loader([decoded.id], manager);
    if (!row) throw notFound('Contribution');
    if (!this.rulesLoader)
      throw new AmendoException('CONFLICT', 'Les règles de la consultation sont indisponibles.');
    const [state] = await this.visibility.states([row.id], manager);
    return {
      ...row,
      kind,
      globalId,
      hidden: row.hidden || Boolean(state?.hidden),
      rules: await this.rulesLoader(row.consultationId, manager),
    };
  }
}
