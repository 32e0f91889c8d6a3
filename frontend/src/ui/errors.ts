import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { fieldLabel, reasonText, ruleText } from './error-text';

export interface ErrorInfo {
  /** extensions.code of the first GraphQL error, 'NETWORK' when the server did not answer, else 'UNKNOWN'. */
  code: string;
  /** The first GraphQL error's extensions (reason, field, fields, retryAfterSeconds, …). */
  extensions: Record<string, unknown>;
  /** The server's own message (English, for logs and details). */
  message: string;
}

/** Reads whatever Apollo (or fetch) threw into a code and its details. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
    return { code, extensions, message: first?.message ?? error.message };
  }
  if (ServerError.is(error)) {
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', extensions: {}, message: error.message };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', extensions: {}, message: error.message };
  }
  return { code: 'UNKNOWN', extensions: {}, message: error instanceof Error ? error.message : String(error) };
}

/** Per-code messages a page can give instead of the generic ones (already translated). */
export type ErrorMessages = Partial<Record<string, string>>;

/** A sentence in plain words for the user, in the current language. */
export function describeError(error: unknown, t: TFunction, overrides: ErrorMessages = {}): string {
  const info = errorInfo(error);
  const reason = typeof info.extensions.reason === 'string' ? info.extensions.reason : undefined;
  if (reason && overrides[reason]) return overrides[reason]!;
  if (overrides[info.code]) return overrides[info.code]!;
  if (reason === 'RATE_LIMITED') {
    const seconds = Number(info.extensions.retryAfterSeconds);
    if (!Number.isFinite(seconds) || seconds <= 0) return t('app:errors.RATE_LIMITED_SOON');
    return seconds >= 90
      ? t('app:errors.RATE_LIMITED_MINUTES', { minutes: Math.ceil(seconds / 60) })
      : t('app:errors.RATE_LIMITED', { seconds });
  }
  const reasoned = reasonText(info.extensions, t);
  if (reasoned) return reasoned;
  if (info.code === 'BAD_USER_INPUT' && typeof info.extensions.field === 'string') {
    const label = fieldLabel(info.extensions.field, t);
    return typeof info.extensions.rule === 'string'
      ? t('app:errors.BAD_USER_INPUT_RULE', { field: label, rule: ruleText(info.extensions.rule, info.extensions.limit, t) })
      : t('app:errors.BAD_USER_INPUT_FIELD', { field: label });
  }
  return t(`app:errors.${info.code}`, { defaultValue: t('app:errors.UNKNOWN') });
}

/**
 * The fields named by a BAD_USER_INPUT error, each with a sentence in the user's language: the
 * error's reason for the field it names, else the rule the field broke, else "invalid".
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const info = errorInfo(error);
  if (info.code !== 'BAD_USER_INPUT') return {};
  const out: Record<string, string> = {};
  const named = typeof info.extensions.field === 'string' ? info.extensions.field : undefined;
  const reasoned = reasonText(info.extensions);
  if (named) out[named] = reasoned ?? ruleText(info.extensions.rule, info.extensions.limit);
  const fields = info.extensions.fields;
  if (Array.isArray(fields)) {
    for (const f of fields as Array<{ field?: string; rule?: string; limit?: number }>) {
      if (f.field && !out[f.field]) out[f.field] = ruleText(f.rule, f.limit);
    }
  }
  return out;
}
