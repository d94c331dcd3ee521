import { Foundation1764446400000 } from './1764446400000-foundation.js';

/** Every migration, in order. A new migration is added here and reviewed by hand. */
export const migrations = [Foundation1764446400000];
