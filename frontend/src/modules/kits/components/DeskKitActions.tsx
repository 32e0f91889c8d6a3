import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Button } from '../../../ui';
import { OpenTicketDialog } from './OpenTicketDialog';
import { SwapKitDialog } from './SwapKitDialog';
import '../kits.css';

/**
 * The operator's kit actions for one desk on the floor plan: the kit's page, report a
 * problem, put a spare kit on the desk. Nothing for a studio manager.
 */
export function DeskKitActions({ desk }: { desk: { id: string; code: string; bookable: boolean; kit?: { id: string; assetTag: string } | null } }) {
  const { t } = useTranslation('kits');
  const { isOperator } = useAuth();
  const [dialog, setDialog] = useState<'ticket' | 'swap' | null>(null);
  if (!isOperator) return null;
  const { kit } = desk;
  return (
    <div className="desk-kit-actions">
      <Button size="sm" variant={desk.bookable ? 'secondary' : 'primary'} icon="recycle" onClick={() => setDialog('swap')}>
        {kit ? t('desk.swap') : t('desk.install')}
      </Button>
      {kit && (
        <Button size="sm" variant="ghost" icon="wrench" onClick={() => setDialog('ticket')}>{t('desk.reportIssue')}</Button>
      )}
      {kit && <Link className="btn btn--ghost btn--sm" to={`/kits/${kit.id}`}>{t('desk.viewKit')}</Link>}
      {dialog === 'ticket' && kit && <OpenTicketDialog kit={{ id: kit.id, assetTag: kit.assetTag, deskCode: desk.code }} onClose={() => setDialog(null)} />}
      {dialog === 'swap' && <SwapKitDialog desk={desk} onClose={() => setDialog(null)} />}
    </div>
  );
}
