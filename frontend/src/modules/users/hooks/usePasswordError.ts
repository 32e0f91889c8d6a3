import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../../ui';

const REASONS = ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_COMMON', 'PASSWORD_PERSONAL', 'PASSWORD_UNCHANGED'];

/**
 * The policy's refusal of a new password (BAD_USER_INPUT on `field`, with a reason), said in
 * the user's language; undefined for any other error.
 */
export function usePasswordError(error: unknown, field: string): string | undefined {
  const { t } = useTranslation('users');
  const info = errorInfo(error);
  if (info.code !== 'BAD_USER_INPUT' || info.extensions.field !== field) return undefined;
  const reason = info.extensions.reason;
  return typeof reason === 'string' && REASONS.includes(reason) ? t(`password.${reason}`) : info.message;
}
