// The pure parts of the dataset generator (`npm run dataset`): a seeded random source, the sizes
// of a consultation at a scale, the skewed (Zipf) allocation of votes, distinct voters per target,
// and the generated texts. No I/O: the unit spec (model.spec.ts) checks determinism and shapes.

/** The République numérique consultation (2015), rounded: what `--scale 1` generates. */
export const BASE = {
  participants: 20_000,
  contributions: 8_500,
  votes: 150_000,
};

/** Articles are the draft law's, whatever the scale; each has 10 to 40 lines. */
export const ARTICLES = 30;
export const MIN_LINES = 10;
export const MAX_LINES = 40;

/** Shares of the contributions: about one amendment for four arguments, and a few sources. */
export const SHARES = { amendments: 0.19, arguments: 0.76, sources: 0.05 };

/** A 32-bit hash of a string (FNV-1a), to seed the generator from any text. */
export function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A seeded pseudo-random source (sfc32: fast, 128 bits of state, good enough for test data).
 * `fork(label)` gives an independent stream, so adding rows of one kind never shifts another's.
 */
export function createRandom(seed) {
  const seedText = String(seed);
  let a = hashString(`a:${seedText}`);
  let b = hashString(`b:${seedText}`);
  let c = hashString(`c:${seedText}`);
  let d = hashString(`d:${seedText}`) | 1;
  const nextUint = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return result >>> 0;
  };
  for (let i = 0; i < 16; i += 1) nextUint();
  const random = {
    uint: nextUint,
    /** A float in [0, 1). */
    next: () => nextUint() / 4_294_967_296,
    /** An integer in [0, n). */
    int: (n) => Math.floor((nextUint() / 4_294_967_296) * n),
    /** An integer in [min, max]. */
    between: (min, max) => min + Math.floor((nextUint() / 4_294_967_296) * (max - min + 1)),
    pick: (items) => items[Math.floor((nextUint() / 4_294_967_296) * items.length)],
    chance: (p) => nextUint() / 4_294_967_296 < p,
    /** A version-4 uuid made of this stream's bits (deterministic for a seed). */
    uuid: () => uuidOf(nextUint(), nextUint(), nextUint(), nextUint()),
    fork: (label) => createRandom(`${seedText}/${label}`),
  };
  return random;
}

const hex8 = (n) => (n >>> 0).toString(16).padStart(8, '0');

/** A version-4 (random) uuid from 128 bits. */
export function uuidOf(w0, w1, w2, w3) {
  const x =
    hex8(w0) +
    hex8((w1 & 0xffff0fff) | 0x00004000) +
    hex8((w2 & 0x3fffffff) | 0x80000000) +
    hex8(w3);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** How many rows of each kind a scale gives (scale 1: République numérique; 10: ten times it). */
export function sizesFor(scale) {
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new Error('the scale must be a positive number');
  const contributions = Math.round(BASE.contributions * scale);
  const amendments = Math.round(contributions * SHARES.amendments);
  const sources = Math.round(contributions * SHARES.sources);
  return {
    participants: Math.max(50, Math.round(BASE.participants * scale)),
    articles: ARTICLES,
    contributions,
    amendments,
    arguments: contributions - amendments - sources,
    sources,
    votes: Math.round(BASE.votes * scale),
  };
}

/**
 * Splits `total` among `n` ranks with Zipf weights 1/(rank + offset)^exponent — a few get most —
 * each at most `cap`; the counts are whole and sum exactly to `total` (largest remainders), unless
 * `n * cap < total`, when every rank gets `cap`. Rank 0 is the most popular.
 */
export function zipfCounts(total, n, { exponent = 1, offset = 1, cap = Infinity } = {}) {
  if (n <= 0) return [];
  const counts = new Array(n).fill(0);
  if (n * cap <= total) return counts.fill(cap);
  const weights = Array.from({ length: n }, (_, rank) => 1 / (rank + offset) ** exponent);
  let remaining = total;
  let open = weights.map((_, rank) => rank);
  // Water-filling: ranks that reach the cap are fixed and the rest shares what is left.
  for (;;) {
    const sum = open.reduce((acc, rank) => acc + weights[rank], 0);
    const capped = open.filter((rank) => (remaining * weights[rank]) / sum >= cap);
    if (capped.length === 0) {
      const shares = open.map((rank) => (remaining * weights[rank]) / sum);
      let given = 0;
      open.forEach((rank, i) => {
        counts[rank] = Math.floor(shares[i]);
        given += counts[rank];
      });
      const byRemainder = open
        .map((rank, i) => ({ rank, rest: shares[i] - Math.floor(shares[i]) }))
        .sort((x, y) => y.rest - x.rest || x.rank - y.rank);
      for (let i = 0; i < remaining - given; i += 1) counts[byRemainder[i].rank] += 1;
      return counts;
    }
    for (const rank of capped) {
      counts[rank] = cap;
      remaining -= cap;
    }
    const fixed = new Set(capped);
    open = open.filter((rank) => !fixed.has(rank));
  }
}

function gcd(x, y) {
  while (y) [x, y] = [y, x % y];
  return x;
}

/**
 * `count` distinct members of 0..population-1, in a random order: a random start and a random
 * stride coprime with the population walk the whole cycle without repeats — O(count), no set.
 */
export function distinctMembers(count, population, random) {
  if (count > population) throw new Error(`${count} distinct members of ${population}?`);
  const start = random.int(population);
  let stride = 1 + random.int(Math.max(1, population - 1));
  while (gcd(stride, population) !== 1) stride = (stride % (population - 1)) + 1;
  const members = new Array(count);
  for (let j = 0; j < count; j += 1) members[j] = (start + j * stride) % population;
  return members;
}

/** Fisher–Yates: a shuffled copy. */
export function shuffled(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A vote value for a target leaning `agreeShare` towards AGREE (with some MIXED). */
export function voteValue(random, agreeShare) {
  const roll = random.next();
  if (roll < 0.12) return 'MIXED';
  return random.next() < agreeShare ? 'AGREE' : 'DISAGREE';
}

const FIRST_NAMES = [
  'Camille',
  'Dominique',
  'Claude',
  'Alix',
  'Sacha',
  'Léa',
  'Hugo',
  'Chloé',
  'Louis',
  'Manon',
  'Jules',
  'Inès',
  'Nathan',
  'Sarah',
  'Lucas',
  'Emma',
  'Yasmine',
  'Karim',
  'Awa',
  'Mamadou',
  'Nicolas',
  'Sophie',
  'Thomas',
  'Julie',
  'Pierre',
  'Marie',
  'Jean',
  'Anne',
  'Paul',
  'Claire',
];
const LAST_INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';

/** A pseudonymous display name (unique by its number). */
export function displayName(random, index) {
  return `${random.pick(FIRST_NAMES)} ${LAST_INITIALS[random.int(LAST_INITIALS.length)]}. (${index + 1})`;
}

const WORDS = (
  'données publiques administration accès ouvert gratuit réutilisation citoyen service numérique ' +
  'loyauté plateforme protection vie privée droit consentement réseau neutralité internet ' +
  'information publication format standard licence libre recherche scientifique archive ' +
  'collectivité territoire inclusion accessibilité handicap médiation formation usager ' +
  'algorithme transparence décision traitement sécurité confidentialité portabilité ' +
  'communication électronique opérateur couverture très haut débit fibre mobile'
).split(' ');
const CONNECTORS = [
  'de la',
  'des',
  'du',
  'et',
  'pour les',
  'dans le respect de la',
  'à la',
  'sur les',
];

/** A French-looking sentence of `words` words, capitalised, ending with a full stop. */
export function sentence(random, words) {
  const parts = [];
  for (let i = 0; i < words; i += 1) {
    parts.push(random.pick(WORDS));
    if (i < words - 1 && random.chance(0.3)) parts.push(random.pick(CONNECTORS));
  }
  const text = parts.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** The text of an article: `lines` non-empty lines (normalised: `\n`, no trailing spaces). */
export function articleText(random, number, lines) {
  const out = [`I. – Le présent article ${number} ${sentence(random, 6).toLowerCase()}`];
  for (let i = 1; i < lines; i += 1) {
    const prefix = random.chance(0.25) ? `${i + 1}° ` : '';
    out.push(`${prefix}${sentence(random, random.between(8, 22))}`);
  }
  return out.join('\n');
}

/** A paragraph of `sentences` sentences. */
export function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => sentence(random, random.between(6, 18))).join(' ');
}

/**
 * A moment of the consultation: `fraction` of its length after the opening, clustered towards
 * the start (participation is highest in the first days).
 */
export function momentOf(opensAt, lengthMs, fraction) {
  return new Date(opensAt.getTime() + Math.floor(lengthMs * fraction ** 1.6));
}
