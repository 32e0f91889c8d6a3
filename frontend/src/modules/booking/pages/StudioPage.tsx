import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, EmptyState, ErrorMessage, Icon, PageHeader, Spinner, errorInfo } from '../../../ui';
import { ContractFormDialog } from '../components/ContractFormDialog';
import { ContractList } from '../components/ContractList';
import { StudioFacts } from '../components/StudioFacts';
import { StudioFormDialog } from '../components/StudioFormDialog';
import { OnboardingChecklist } from '../components/OnboardingChecklist';
import { useStudioDetail } from '../hooks/studios';
import '../bookings.css';
import { CalendarFeedCard } from '../../calendar-feed/components/CalendarFeedCard';

/** One studio for the operator: its details (editable), first steps, and contracts (create, activate, terminate). */
export function StudioPage() {
  const { t } = useTranslation('booking');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useStudioDetail(id);
  const [dialog, setDialog] = useState<'edit' | 'contract' | null>(null);
  const studio = data?.studio;

  const back = (
    <Link className="bk-back" to="/studios">
      <Icon name="chevronLeft" size={16} /> {t('studios.back')}
    </Link>
  );
  if (!studio) {
    return (
      <div className="bk-page">
        {back}
        {error && errorInfo(error).code === 'NOT_FOUND' ? (
          <Card>
            <EmptyState icon="search" title={t('studios.notFound')}>{t('studios.notFoundBody')}</EmptyState>
          </Card>
        ) : error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : loading ? (
          <Spinner />
        ) : null}
      </div>
    );
  }

  const newContract = <Button variant="primary" icon="plus" onClick={() => setDialog('contract')}>{t('contracts.add')}</Button>;
  return (
    <div className="bk-page">
      {back}
      <PageHeader
        eyebrow={t('studios.eyebrow')}
        title={
          <span className="bk-title-with-badge">
            {studio.name}
            {studio.isNew && <Badge tone="accent" title={t('studios.isNewTitle')}>{t('studios.isNew')}</Badge>}
          </span>
        }
        subtitle={studio.legalName}
        actions={
          <>
            <Link className="btn btn--ghost btn--md" to={`/bookings?studioId=${studio.id}`}>
              <Icon name="clipboard" size={17} />
              <span>{t('studios.bookings')}</span>
            </Link>
            {newContract}
          </>
        }
      />
      <div className="bk-studio">
        <div className="bk-studio__main">
          <OnboardingChecklist studioId={studio.id} />
          <Card title={t('contracts.title')}>
            <ContractList contracts={studio.contracts} currentId={studio.activeContract?.id} editable emptyText={t('contracts.emptyHint')} emptyAction={newContract} />
          </Card>
          <CalendarFeedCard scope="STUDIO" studioId={studio.id} />
        </div>
        <Card title={t('studios.facts')} actions={<Button size="sm" variant="ghost" icon="settings" onClick={() => setDialog('edit')}>{t('studios.edit')}</Button>}>
          <StudioFacts studio={studio} />
        </Card>
      </div>
      {dialog === 'edit' && <StudioFormDialog studio={studio} onClose={() => setDialog(null)} />}
      {dialog === 'contract' && <ContractFormDialog studio={studio} latest={studio.contracts[0]} onClose={() => setDialog(null)} />}
    </div>
  );
}
