import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui';
import { describeConflict, type ConflictContext, type ConflictLike } from '../conflicts';

export function BookingDialogConflicts({ conflicts, context }: { conflicts: readonly ConflictLike[]; context: ConflictContext }) {
  const { t, i18n } = useTranslation('booking');
  if (!conflicts.length) return null;
  return (
    <div className="bk-conflicts" role="alert" data-testid="quote-conflicts">
      <div className="bk-conflicts__title">
        <Icon name="alert" size={16} />
        {t('calendar.conflicts.title')}
      </div>
      <ul>
        {conflicts.map((c, i) => (
          <li key={`${c.code}-${i}`} data-code={c.code}>{describeConflict(c, t, i18n.language, context)}</li>
        ))}
      </ul>
    </div>
  );
}
