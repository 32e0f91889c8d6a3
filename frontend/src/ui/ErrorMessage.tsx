import { useTranslation } from 'react-i18next';
import { describeError, type ErrorMessages } from './errors';
import { Icon } from './icons';
import { Button } from './Button';

/**
 * A GraphQL (or network) error in plain words, translated from its extensions.code.
 * `messages` overrides the text for given codes or reasons (e.g. { DESK_UNAVAILABLE: t('booking:errors.taken') }).
 */
export function ErrorMessage({ error, messages, onRetry, compact }: { error: unknown; messages?: ErrorMessages; onRetry?: () => void; compact?: boolean }) {
  const { t } = useTranslation('app');
  if (!error) return null;
  return (
    <div className={['alert', 'alert--danger', compact && 'alert--compact'].filter(Boolean).join(' ')} role="alert">
      <Icon name="alert" size={18} />
      <div className="alert__text">{describeError(error, t, messages)}</div>
      {onRetry && (
        <Button size="sm" variant="ghost" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}

export function Alert({ tone = 'info', children }: { tone?: 'info' | 'success' | 'warning' | 'danger'; children: React.ReactNode }) {
  const icon = tone === 'success' ? 'check' : tone === 'info' ? 'info' : 'alert';
  return (
    <div className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <Icon name={icon} size={18} />
      <div className="alert__text">{children}</div>
    </div>
  );
}
