import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Alert, Badge, Card, ErrorMessage, Icon, PageHeader, Spinner } from '../../../ui';
import { ContractList } from '../components/ContractList';
import { OnboardingChecklist } from '../components/OnboardingChecklist';
import { StudioFacts } from '../components/StudioFacts';
import { useStudioDetail } from '../hooks/studios';
import '../bookings.css';
import { CalendarFeedCard } from '../../calendar-feed/components/CalendarFeedCard';

/** A manager's own studio: its details, its contracts (read only) and its first steps. */
export function MyStudioPage() {
  const { t } = useTranslation('booking');
  const { user } = useAuth();
  const studioId = user?.studio?.id;
  const { data, loading, error, refetch } = useStudioDetail(studioId);
  const studio = data?.studio;

  if (!studio) {
    return (
      <div className="bk-page">
        <PageHeader title={user?.studio?.name ?? t('nav.myStudio')} subtitle={t('studios.mine.subtitle')} />
        {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading ? <Spinner /> : null}
      </div>
    );
  }

  return (
    <div className="bk-page">
      <PageHeader
        title={
          <span className="bk-title-with-badge">
            {studio.name}
            {studio.isNew && <Badge tone="accent" title={t('studios.isNewTitle')}>{t('studios.isNew')}</Badge>}
          </span>
        }
        subtitle={t('studios.mine.subtitle')}
        actions={
          <Link className="btn btn--secondary btn--md" to="/bookings">
            <Icon name="clipboard" size={17} />
            <span>{t('studios.mine.bookings')}</span>
          </Link>
        }
      />
      <div className="bk-studio">
        <div className="bk-studio__main">
          <OnboardingChecklist />
          <Card title={t('contracts.title')}>
            <ContractList contracts={studio.contracts} currentId={studio.activeContract?.id} emptyText={t('contracts.emptyManager')} />
          </Card>
        </div>
        <div className="bk-studio__side">
          <Card title={t('studios.facts')}>
            <StudioFacts studio={studio} />
          </Card>
          <CalendarFeedCard scope="STUDIO" />
          <Alert tone="info">{t('studios.mine.readOnly')}</Alert>
        </div>
      </div>
    </div>
  );
}
