import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's 0–4 scale: 3 = "safely unguessable", about 10^10 guesses and more. */
const MIN_SCORE = 3;
/** Words anyone would try first against this site's accounts. */
const SITE_WORDS = ['studioflex', 'studio flex', 'studio', 'flex', 'angouleme', 'magelis'];

export type PasswordProblemReason = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_PERSONAL';

export interface PasswordProblem {
  reason: PasswordProblemReason;
  /** What to do, in plain words. */
  message: string;
}

const MESSAGES: Record<PasswordProblemReason, string> = {
  PASSWORD_TOO_SHORT: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters: a few unrelated words make a long password that is easy to remember`,
  PASSWORD_TOO_LONG: `Choose a password of at most ${PASSWORD_MAX_LENGTH} characters`,
  PASSWORD_TOO_COMMON: 'This password is too easy to guess: avoid common passwords, keyboard rows and repeats, and string together a few unrelated words instead',
  PASSWORD_PERSONAL: 'This password is built from your name, your e-mail address or the site’s name: choose one that has nothing to do with them',
};

let checker: ZxcvbnFactory | undefined;
/** Built on first use: loading the English and French dictionaries takes a moment. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
  });
  return checker;
}

const withoutAccents = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** The name, the e-mail and their parts, with and without accents, as zxcvbn user inputs. */
export function personalWords(person: { email: string; fullName: string }): string[] {
  const email = person.email.trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const labels = domain.split('.').slice(0, -1).flatMap((label) => [label, ...label.split('-')]);
  const name = person.fullName.trim().toLowerCase();
  const words = [email, local, ...local.split(/[._+-]+/), ...labels, name, name.replace(/\s+/g, ''), ...name.split(/[\s'-]+/), ...SITE_WORDS];
  return [...new Set(words.flatMap((w) => [w, withoutAccents(w)]).filter((w) => w.length >= 3))];
}

/** How many letters and digits of the password belong to the personal words (compared without case or accents). */
function personalShare(password: string, words: string[]): { personal: number; total: number } {
  const plain = withoutAccents(password.toLowerCase());
  const covered = new Array<boolean>(plain.length).fill(false);
  for (const word of words.map((w) => withoutAccents(w).replace(/\s+/g, ''))) {
    for (let at = plain.indexOf(word); at >= 0; at = plain.indexOf(word, at + 1)) covered.fill(true, at, at + word.length);
  }
  const alnum = [...plain].map((c, i) => ({ counts: /[\p{L}\p{N}]/u.test(c), covered: covered[i] })).filter((c) => c.counts);
  return { personal: alnum.filter((c) => c.covered).length, total: alnum.length };
}

/**
 * Why a new password is refused, or null when it is accepted: at least 12 characters, not
 * common (zxcvbn score 3 or more, with the English and French dictionaries), and not built
 * mostly from the user's own name or e-mail.
 */
export function passwordProblem(password: string, person: { email: string; fullName: string }): PasswordProblem | null {
  const refuse = (reason: PasswordProblemReason) => ({ reason, message: MESSAGES[reason] });
  if ([...password].length < PASSWORD_MIN_LENGTH) return refuse('PASSWORD_TOO_SHORT');
  if (password.length > PASSWORD_MAX_LENGTH) return refuse('PASSWORD_TOO_LONG');
  const words = personalWords(person);
  const result = zxcvbn().check(password, words);
  const { personal, total } = personalShare(password, words);
  // A name with a year or a "!" tacked on scores well but is the first thing tried.
  if (total > 0 && personal * 2 >= total) return refuse('PASSWORD_PERSONAL');
  if (result.score < MIN_SCORE) return refuse(personal > 0 ? 'PASSWORD_PERSONAL' : 'PASSWORD_TOO_COMMON');
  return null;
}
