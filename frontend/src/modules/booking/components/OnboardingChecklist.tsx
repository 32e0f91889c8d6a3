import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OnboardingQuery as OnboardingResult } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Icon, formatShortDate } from '../../../ui';
import { useOnboarding } from '../hooks/studios';
import '../bookings.css';

type Onboarding = OnboardingResult['onboarding'];
type Item = Onboarding['items'][number];

/**
 * A new studio's first steps (contract, insurance, first booking, crew), with what is missing
 * and where to go for it. Renders nothing unless the studio is flagged new. A manager reads its
 * own studio; the operator passes `studioId`.
 */
export function OnboardingChecklist({ studioId, compact }: { studioId?: string; compact?: boolean }) {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  const { pathname } = useLocation();
  const onboarding = useOnboarding(studioId, isOperator && !studioId);
  if (!onboarding?.isNew) return null;

  const total = onboarding.items.length;
  const done = onboarding.items.filter((i) => i.done).length;
  const link = (item: Item) => stepLink(item, { isOperator, studioId, pathname, t });

  return (
    <section
      className={['card', 'onboarding', compact && 'onboarding--compact', onboarding.complete && 'onboarding--complete'].filter(Boolean).join(' ')}
      data-testid="onboarding-checklist"
      aria-labelledby="onboarding-title"
    >
      <header className="onboarding__header">
        <div>
          <h2 id="onboarding-title" className="onboarding__title">{t('onboarding.title')}</h2>
          {!compact && (
            <p className="onboarding__subtitle muted">
              {onboarding.complete ? t('onboarding.complete') : isOperator ? t('onboarding.subtitleOperator') : t('onboarding.subtitle')}
            </p>
          )}
        </div>
        <div className="onboarding__progress" role="img" aria-label={t('onboarding.progressLabel', { done, total })}>
          <span className="onboarding__count num">{t('onboarding.progress', { done, total })}</span>
          <span className="onboarding__bar" aria-hidden="true">
            <span style={{ width: `${total ? (100 * done) / total : 0}%` }} />
          </span>
        </div>
      </header>
      <ol className="onboarding__steps">
        {onboarding.items.map((item, index) => (
          <li key={item.step} className={['onboarding__step', item.done && 'onboarding__step--done'].filter(Boolean).join(' ')} data-step={item.step} data-done={item.done}>
            <span className="onboarding__tick" aria-hidden="true">
              {item.done ? <Icon name="check" size={14} strokeWidth={2.5} /> : index + 1}
            </span>
            <span className="onboarding__text">
              <span className="onboarding__label">
                {t(`onboarding.steps.${item.step}`)}
                {item.done && <span className="sr-only"> — {t('onboarding.done')}</span>}
              </span>
              <span className="onboarding__detail" title={item.detail}>{stepDetail(item, onboarding, t)}</span>
              {!item.done && link(item)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The step's state in the user's language, from the checklist's facts (the API's English detail as fallback). */
function stepDetail(item: Item, onboarding: Onboarding, t: TFunction): string {
  const contract = onboarding.activeContract;
  const count = item.count ?? 0;
  const pending = item.pending ?? 0;
  switch (item.step) {
    case 'CONTRACT_ACTIVE':
      return contract
        ? t('onboarding.detail.contractActive', { number: contract.number, from: formatShortDate(contract.startDate), to: formatShortDate(contract.endDate) })
        : t('onboarding.detail.contractMissing');
    case 'INSURANCE_VALID':
      if (!contract) return t('onboarding.detail.insuranceMissing');
      return item.done
        ? t('onboarding.detail.insuranceValid', { date: formatShortDate(contract.insuranceExpiresOn) })
        : t('onboarding.detail.insuranceExpired', { date: formatShortDate(contract.insuranceExpiresOn) });
    case 'FIRST_BOOKING':
      if (item.done) return t('onboarding.detail.bookings', { count });
      return pending ? t('onboarding.detail.optionsWaiting', { count: pending }) : t('onboarding.detail.bookingsMissing');
    case 'CREW_ADDED':
      if (item.done) return t('onboarding.detail.crew', { count });
      return pending ? t('onboarding.detail.crewWithoutPass', { count: pending }) : t('onboarding.detail.crewMissing');
    default:
      return item.detail;
  }
}

function stepLink({ step, pending }: Pick<Item, 'step' | 'pending'>, ctx: { isOperator: boolean; studioId?: string; pathname: string; t: TFunction }) {
  const { isOperator, studioId, pathname, t } = ctx;
  const to = (path: string, label: string) =>
    pathname === path ? null : (
      <Link className="onboarding__link" to={path}>
        {label} <Icon name="chevronRight" size={14} />
      </Link>
    );
  switch (step) {
    case 'CONTRACT_ACTIVE':
    case 'INSURANCE_VALID':
      if (!isOperator) return <span className="onboarding__hint">{t('onboarding.links.contactOperator')}</span>;
      return studioId ? to(`/studios/${studioId}`, t('onboarding.links.prepareContract')) : null;
    case 'FIRST_BOOKING':
      return pending ? to('/bookings', t('onboarding.links.confirmOption')) : to('/calendar', t('onboarding.links.book'));
    case 'CREW_ADDED':
      return pending ? to('/assignments', t('onboarding.links.assignCrew')) : to('/crew', t('onboarding.links.crew'));
    default:
      return null;
  }
}
