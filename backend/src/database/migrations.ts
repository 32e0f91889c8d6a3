import { Foundation1764400000000 } from './migrations/1764400000000-Foundation.js';

/** Every migration, oldest first; a module adds its own here. */
export const MIGRATIONS = [Foundation1764400000000];
