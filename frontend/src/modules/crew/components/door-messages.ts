import type { TFunction } from 'i18next';
import { errorInfo } from '../../../ui';

/** What the door says for a refusal (FORBIDDEN + reason, INVALID_STATE + reason), in plain words. */
export function doorMessage(error: unknown, t: TFunction): string | null {
  const info = errorInfo(error);
  const reason = typeof info.extensions.reason === 'string' ? info.extensions.reason : null;
  if (reason && reason !== 'RATE_LIMITED') return t(`crew:door.reason.${reason}`, { defaultValue: info.message });
  return null;
}
