// The rows of a generated consultation, table by table, as arrays of column values ready for COPY.
// Deterministic for a seed: every uuid, text, date and vote comes from seeded streams (the
// pseudonym key of the open-data exports is the only random value, drawn by PostgreSQL).
// The invariants the API relies on are kept here, as the Cap Collectif import keeps them:
// vote_tally equals a recount of the vote rows; one revision 1 (CREATED) per amendment, a
// WITHDRAWN revision for a withdrawn one; hidden contributions have their HIDE action, moderation
// state and upheld reports; published responses have their revision 1 and the author's
// notification; every contribution has its event, votes are counted in `dataset.votes` events
// (one per target, as the Cap Collectif import counts its votes per batch, not 1.5 million events).
import { extractRange } from '@amendo/text';
import {
  ARTICLES,
  articleText,
  createRandom,
  displayName,
  distinctMembers,
  MAX_LINES,
  MIN_LINES,
  momentOf,
  paragraph,
  sentence,
  shuffled,
  sizesFor,
  voteValue,
  zipfCounts,
} from './model.mjs';

const DAY = 86_400_000;
/** République numérique opened on 26 September 2015 for three weeks; ours on the same day of 2026. */
export const OPENS_AT = new Date('2026-09-26T08:00:00.000Z');
const ACTIVITY_MS = 21 * DAY;
/** Far ahead, so the consultation stays OPEN and the bench can vote whenever it runs. */
export const CLOSES_AT = new Date('2099-12-31T23:00:00.000Z');

const SECTIONS = [
  'Titre Ier – La circulation des données et du savoir',
  'Titre II – La protection des droits dans la société numérique',
  'Titre III – L’accès au numérique',
];
const SECTION_OF_ARTICLE = (index) => (index < 12 ? 0 : index < 22 ? 1 : 2);

const DECISIONS = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'UNDER_STUDY', 'NOTED'];
const REASONS = ['SPAM', 'OFFENSIVE', 'HARASSMENT', 'OFF_TOPIC', 'PERSONAL_DATA', 'MISINFORMATION'];

export const toGlobalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');

/** The staff accounts of the generated consultation (no password either). */
const STAFF = [
  { name: 'Administration (jeu de données)', roles: ['CITIZEN', 'ADMIN'] },
  {
    name: 'Élue au numérique',
    roles: ['CITIZEN', 'OFFICIAL'],
    title: 'Secrétaire d’État au numérique',
  },
  { name: 'Élu rapporteur', roles: ['CITIZEN', 'OFFICIAL'], title: 'Rapporteur du projet de loi' },
  {
    name: 'Élue de la commission',
    roles: ['CITIZEN', 'OFFICIAL'],
    title: 'Présidente de la commission des lois',
  },
  { name: 'Modération A', roles: ['CITIZEN', 'MODERATOR'] },
  { name: 'Modération B', roles: ['CITIZEN', 'MODERATOR'] },
];

/**
 * Plans a consultation at `scale`: everything but the votes, which `voteRows` streams (1.5 million
 * rows at ×10 are not kept in memory). Returns plain rows keyed by table.
 */
export function planDataset({ scale, seed, slug }) {
  const sizes = sizesFor(scale);
  // Scale and slug are part of the seed: two generated consultations never share a uuid.
  const root = createRandom(`${seed}/x${scale}/${slug}`);
  const rp = root.fork('participants');
  const events = [];
  const rEvent = root.fork('events');
  const event = (row) => events.push({ id: rEvent.uuid(), actorId: null, articleId: null, ...row });

  // Participants: citizens registered in the month before the opening; staff first.
  const participants = [];
  for (const [i, staff] of STAFF.entries()) {
    participants.push({
      id: rp.uuid(),
      displayName: staff.name,
      roles: staff.roles,
      officialTitle: staff.title ?? null,
      createdAt: new Date(OPENS_AT.getTime() - 40 * DAY + i * 1000),
    });
  }
  const [admin, ...rest] = participants;
  const officials = rest.slice(0, 3);
  const moderators = rest.slice(3);
  const citizens = [];
  for (let i = 0; i < sizes.participants; i += 1) {
    const row = {
      id: rp.uuid(),
      displayName: displayName(rp, i),
      roles: ['CITIZEN'],
      officialTitle: null,
      createdAt: new Date(OPENS_AT.getTime() - Math.floor(rp.next() * 30 * DAY)),
    };
    citizens.push(row);
    participants.push(row);
  }
  const P = citizens.length;
  // A few participants write most (power law on the index, random ids keep it invisible).
  const authorOf = (random) => citizens[Math.floor(P * random.next() ** 2)];

  // The consultation, its sections and articles (version 1 each, published by the admin).
  const rc = root.fork('plan');
  const consultation = {
    id: rc.uuid(),
    slug,
    title: `République numérique ×${scale} (jeu de données généré)`,
    summary:
      'Consultation générée par `npm run dataset` pour les mesures de performance : la taille de « République numérique » (2015) multipliée par l’échelle demandée.',
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    createdAt: new Date(OPENS_AT.getTime() - 7 * DAY),
  };
  event({
    type: 'consultation.created',
    actorId: admin.id,
    subjectType: 'Consultation',
    subjectId: consultation.id,
    consultationId: consultation.id,
    occurredAt: consultation.createdAt,
    payload: {
      slug,
      title: consultation.title,
      opensAt: OPENS_AT,
      closesAt: CLOSES_AT,
      generated: true,
    },
  });
  const sections = SECTIONS.map((title, index) => ({
    id: rc.uuid(),
    title,
    position: index + 1,
    createdAt: new Date(consultation.createdAt.getTime() + 1000 * (index + 1)),
  }));
  for (const section of sections) {
    event({
      type: 'section.created',
      actorId: admin.id,
      subjectType: 'Section',
      subjectId: section.id,
      consultationId: consultation.id,
      occurredAt: section.createdAt,
      payload: { title: section.title, position: section.position },
    });
  }
  const articles = [];
  const positions = [0, 0, 0];
  for (let index = 0; index < ARTICLES; index += 1) {
    const sectionIndex = SECTION_OF_ARTICLE(index);
    positions[sectionIndex] += 1;
    const lines = rc.between(MIN_LINES, MAX_LINES);
    const article = {
      id: rc.uuid(),
      sectionId: sections[sectionIndex].id,
      number: index + 1,
      position: positions[sectionIndex],
      title: `Article ${index + 1} – ${sentence(rc, rc.between(3, 7)).slice(0, -1)}`,
      createdAt: new Date(consultation.createdAt.getTime() + 60_000 * (index + 1)),
      version: { id: rc.uuid(), text: articleText(rc, index + 1, lines), lines },
      kind: 'Article',
      active: true,
    };
    article.version.lineTexts = article.version.text.split('\n');
    articles.push(article);
    event({
      type: 'article.created',
      actorId: admin.id,
      subjectType: 'Article',
      subjectId: article.id,
      articleId: article.id,
      consultationId: consultation.id,
      occurredAt: article.createdAt,
      payload: { number: article.number, title: article.title, sectionId: article.sectionId },
    });
    event({
      type: 'article.version.published',
      actorId: admin.id,
      subjectType: 'ArticleVersion',
      subjectId: article.version.id,
      articleId: article.id,
      consultationId: consultation.id,
      occurredAt: article.createdAt,
      payload: { number: 1, changelog: 'Version initiale.' },
    });
  }

  // Amendments: some articles draw many more than others.
  const ra = root.fork('amendments');
  const perArticle = zipfCounts(sizes.amendments, ARTICLES, { exponent: 0.8, offset: 2 });
  const articleOrder = shuffled(articles, ra);
  const amendments = [];
  articleOrder.forEach((article, rank) => {
    for (let k = 0; k < perArticle[rank]; k += 1) {
      const lines = article.version.lineTexts;
      const lineStart = ra.between(1, lines.length);
      const roll = ra.next();
      let lineEnd;
      let proposedText;
      if (roll < 0.1) {
        lineEnd = lineStart - 1; // an insertion before lineStart
        proposedText = sentence(ra, ra.between(8, 20));
      } else if (roll < 0.15) {
        lineEnd = Math.min(lines.length, lineStart + ra.int(2));
        proposedText = ''; // deletes the lines
      } else {
        lineEnd = Math.min(lines.length, lineStart + ra.int(3));
        proposedText = lines
          .slice(lineStart - 1, lineEnd)
          .map((line) => {
            // Keep the first half of the line (at a word boundary), rewrite the rest.
            const cut = Math.max(line.lastIndexOf(' ', Math.floor(line.length / 2)), 1);
            return `${line.slice(0, cut)} ${sentence(ra, ra.between(3, 9)).toLowerCase()}`;
          })
          .join('\n');
      }
      const range = { lineStart, lineEnd };
      const createdAt = momentOf(OPENS_AT, ACTIVITY_MS, ra.next());
      const withdrawn = ra.chance(0.04);
      const amendment = {
        id: ra.uuid(),
        kind: 'Amendment',
        article,
        ...range,
        originalText: extractRange(article.version.text, range),
        proposedText,
        rationale: paragraph(ra, ra.between(1, 4)),
        status: withdrawn ? 'WITHDRAWN' : 'OPEN',
        active: !withdrawn,
        author: authorOf(ra),
        createdAt,
        updatedAt: withdrawn ? new Date(createdAt.getTime() + ra.between(1, 5) * DAY) : createdAt,
      };
      amendments.push(amendment);
      event({
        type: 'amendment.proposed',
        actorId: amendment.author.id,
        subjectType: 'Amendment',
        subjectId: amendment.id,
        articleId: article.id,
        consultationId: consultation.id,
        occurredAt: createdAt,
        payload: {
          authorId: amendment.author.id,
          versionNumber: 1,
          lineStart,
          lineEnd,
          kind:
            lineEnd < lineStart ? 'INSERTION' : proposedText === '' ? 'DELETION' : 'REPLACEMENT',
        },
      });
      if (withdrawn) {
        event({
          type: 'amendment.withdrawn',
          actorId: amendment.author.id,
          subjectType: 'Amendment',
          subjectId: amendment.id,
          articleId: article.id,
          consultationId: consultation.id,
          occurredAt: amendment.updatedAt,
          payload: { authorId: amendment.author.id },
        });
      }
    }
  });

  // Vote counts per target: Zipf over a popularity order (the articles among the top ranks).
  const rv = root.fork('vote-plan');
  const popularity = shuffled(amendments, rv);
  for (const article of articles)
    popularity.splice(rv.int(Math.min(popularity.length, 300)), 0, article);
  const counts = zipfCounts(sizes.votes, popularity.length, {
    exponent: 1,
    offset: 3,
    cap: Math.floor(P * 0.6),
  });
  popularity.forEach((target, rank) => {
    target.voteCount = counts[rank];
    target.agreeShare = 0.15 + 0.75 * rv.next();
  });
  // Arguments and sources go where the votes are (a popular amendment is argued more).
  const popularTarget = (random) =>
    random.chance(0.3)
      ? random.pick(articles)
      : popularity[Math.floor(popularity.length * random.next() ** 2.5)];

  const rArg = root.fork('arguments');
  const argumentsRows = [];
  for (let i = 0; i < sizes.arguments; i += 1) {
    const target = popularTarget(rArg);
    const after = target.createdAt.getTime();
    const createdAt = new Date(
      after + Math.floor((OPENS_AT.getTime() + ACTIVITY_MS - after) * rArg.next() ** 2),
    );
    const row = {
      id: rArg.uuid(),
      kind: 'Argument',
      target,
      stance: rArg.chance(0.55) ? 'FOR' : 'AGAINST',
      body: paragraph(rArg, rArg.between(1, 4)),
      author: authorOf(rArg),
      createdAt,
    };
    argumentsRows.push(row);
    event({
      type: 'argument.posted',
      actorId: row.author.id,
      subjectType: 'Argument',
      subjectId: row.id,
      articleId: articleIdOf(target),
      consultationId: consultation.id,
      occurredAt: createdAt,
      payload: { target: toGlobalId(target.kind, target.id), stance: row.stance },
    });
  }

  const rs = root.fork('sources');
  const sources = [];
  for (let i = 0; i < sizes.sources; i += 1) {
    const target = popularTarget(rs);
    const after = target.createdAt.getTime();
    const createdAt = new Date(
      after + Math.floor((OPENS_AT.getTime() + ACTIVITY_MS - after) * rs.next() ** 2),
    );
    const row = {
      id: rs.uuid(),
      kind: 'Source',
      target,
      url: `https://www.exemple.fr/ressources/${i + 1}`,
      title: sentence(rs, rs.between(3, 8)).slice(0, -1),
      description: rs.chance(0.5) ? sentence(rs, rs.between(6, 14)) : null,
      author: authorOf(rs),
      createdAt,
    };
    sources.push(row);
    event({
      type: 'source.added',
      actorId: row.author.id,
      subjectType: 'Source',
      subjectId: row.id,
      articleId: articleIdOf(target),
      consultationId: consultation.id,
      occurredAt: createdAt,
      payload: { target: toGlobalId(target.kind, target.id), url: row.url },
    });
  }

  // Official responses: every article, and the five most voted amendments of each article.
  const rr = root.fork('responses');
  const responses = [];
  const notifications = [];
  const respond = (target, official, decision) => {
    const at = new Date(OPENS_AT.getTime() + ACTIVITY_MS + rr.between(1, 10) * DAY + rr.int(DAY));
    const response = {
      id: rr.uuid(),
      target,
      official,
      decision,
      body: paragraph(rr, rr.between(2, 5)),
      at,
    };
    responses.push(response);
    event({
      type: 'response.published',
      actorId: official.id,
      subjectType: 'OfficialResponse',
      subjectId: response.id,
      articleId: articleIdOf(target),
      consultationId: consultation.id,
      occurredAt: at,
      payload: {
        target: toGlobalId(target.kind, target.id),
        decision,
        revision: 1,
        officialTitle: official.officialTitle,
      },
    });
    if (target.author && target.author.id !== official.id) {
      const rejected = target.kind === 'Amendment' && decision === 'REJECTED';
      notifications.push({
        id: rr.uuid(),
        participantId: target.author.id,
        kind: rejected ? 'AMENDMENT_REJECTED' : 'OFFICIAL_RESPONSE',
        subjectType: target.kind,
        subjectId: target.id,
        sourceKey: `response:${response.id}:1`,
        title: rejected
          ? 'Votre amendement a été rejeté'
          : 'Un·e élu·e a répondu à votre amendement',
        body: `${official.displayName} (${official.officialTitle}) a répondu à votre amendement (article ${target.article.number}).`,
        createdAt: at,
      });
    }
  };
  for (const article of articles) {
    respond(article, officials[0], rr.pick(['UNDER_STUDY', 'NOTED']));
    const top = amendments
      .filter((amendment) => amendment.article === article)
      .sort((x, y) => y.voteCount - x.voteCount || x.createdAt - y.createdAt)
      .slice(0, 5);
    for (const amendment of top) respond(amendment, rr.pick(officials), rr.pick(DECISIONS));
  }

  // Moderation in the open: a few hidden contributions (with their upheld reports), a few pending.
  const rm = root.fork('moderation');
  const actions = [];
  const reports = [];
  const hide = (target) => {
    const category = rm.pick(REASONS);
    const reporterCount = rm.between(1, 3);
    const reporters = distinctMembers(reporterCount, P, rm).map((index) => citizens[index]);
    const reportedAt = new Date(target.createdAt.getTime() + rm.between(1, 48) * 3_600_000);
    const at = new Date(reportedAt.getTime() + rm.between(1, 24) * 3_600_000);
    const action = {
      id: rm.uuid(),
      target,
      moderator: rm.pick(moderators),
      category,
      reason: `Masqué : ${sentence(rm, rm.between(5, 10)).toLowerCase()}`,
      at,
    };
    actions.push(action);
    target.hidden = action;
    for (const reporter of reporters) {
      if (reporter.id === target.author?.id) continue;
      reports.push({
        id: rm.uuid(),
        target,
        reporter,
        reason: category,
        status: 'UPHELD',
        action,
        at: reportedAt,
      });
      event({
        type: 'contribution.reported',
        subjectType: target.kind,
        subjectId: target.id,
        articleId: articleIdOf(target),
        consultationId: consultation.id,
        occurredAt: reportedAt,
        payload: { reason: category },
      });
    }
    event({
      type: 'contribution.hidden',
      actorId: action.moderator.id,
      subjectType: target.kind,
      subjectId: target.id,
      articleId: articleIdOf(target),
      consultationId: consultation.id,
      occurredAt: at,
      payload: {
        authorId: target.author?.id ?? null,
        reasonCategory: category,
        reason: action.reason,
        automatic: false,
        actionId: action.id,
      },
    });
  };
  const responded = new Set(responses.map((response) => response.target));
  for (const row of argumentsRows) if (rm.chance(0.012)) hide(row);
  for (const row of sources) if (rm.chance(0.01)) hide(row);
  for (const row of amendments) if (!responded.has(row) && rm.chance(0.003)) hide(row);
  for (const row of argumentsRows) {
    if (row.hidden || !rm.chance(0.003)) continue;
    const reporter = citizens[rm.int(P)];
    if (reporter === row.author) continue;
    const at = new Date(row.createdAt.getTime() + rm.between(1, 72) * 3_600_000);
    reports.push({
      id: rm.uuid(),
      target: row,
      reporter,
      reason: rm.pick(REASONS),
      status: 'PENDING',
      action: null,
      at,
    });
    event({
      type: 'contribution.reported',
      subjectType: 'Argument',
      subjectId: row.id,
      articleId: articleIdOf(row.target),
      consultationId: consultation.id,
      occurredAt: at,
      payload: { reason: reports.at(-1).reason },
    });
  }

  return {
    sizes,
    seed: String(seed),
    consultation,
    participants,
    citizens,
    sections,
    articles,
    amendments,
    voteTargets: popularity,
    arguments: argumentsRows,
    sources,
    responses,
    notifications,
    actions,
    reports,
    events,
    rVotes: root.fork('votes'),
  };
}

function articleIdOf(target) {
  if (target.kind === 'Article') return target.id;
  if (target.kind === 'Amendment') return target.article.id;
  return articleIdOf(target.target);
}

/**
 * The votes of every target, target by target: distinct voters (a random walk over the
 * participants), values leaning to the target's agree share, dates after the target's. Calls
 * `onTally` with each target's exact counts as it goes.
 */
export function* voteRows(plan, onTally) {
  const { citizens, rVotes: random } = plan;
  const end = OPENS_AT.getTime() + ACTIVITY_MS;
  for (const target of plan.voteTargets) {
    const n = target.voteCount;
    if (n === 0) continue;
    const voters = distinctMembers(n, citizens.length, random);
    const tally = { AGREE: 0, MIXED: 0, DISAGREE: 0 };
    const from = target.createdAt.getTime();
    const last = target.status === 'WITHDRAWN' ? target.updatedAt.getTime() : end;
    for (const voter of voters) {
      const value = voteValue(random, target.agreeShare);
      tally[value] += 1;
      const at = new Date(from + 1000 + Math.floor((last - from - 1000) * random.next() ** 2));
      yield [target.id, citizens[voter].id, target.kind, value, at, at];
    }
    onTally(target, tally);
  }
}
