import { useTranslation } from 'react-i18next';
import { Card, Icon, formatDay, formatKgCo2e, formatShortDate } from '../../../ui';
import type { Kit } from './KitComponentsCard';

/** Purchase, desk, footprint, refurbished share, open tickets. */
export function KitFactsCard({ kit }: { kit: Kit }) {
  const { t } = useTranslation('kits');
  const retired = kit.status === 'RETIRED';
  return (
    <Card title={t('kit.facts')}>
      <dl className="facts">
        <dt>{t('kit.purchasedOn')}</dt>
        <dd>{formatDay(kit.purchasedOn)}</dd>
        <dt>{t('kit.desk')}</dt>
        <dd>{kit.desk ? kit.desk.code : retired ? t('common.none') : t('common.spare')}</dd>
        <dt title={t('common.footprintHint')}>{t('kit.footprint')}</dt>
        <dd className="num">{formatKgCo2e(kit.footprintKgCo2e)}</dd>
        <dt>{t('kit.refurbishedCount')}</dt>
        <dd className="num">{kit.components.filter((c) => c.refurbished).length} / {kit.components.length}</dd>
        <dt>{t('kit.openTickets')}</dt>
        <dd className="num">{kit.tickets.filter((x) => x.status !== 'RESOLVED').length}</dd>
      </dl>
    </Card>
  );
}

/** The desks the kit stood on, latest first, and why it came and left. */
export function KitHistoryCard({ history }: { history: Kit['deskHistory'] }) {
  const { t } = useTranslation('kits');
  return (
    <Card title={t('kit.history')}>
      {history.length === 0 ? (
        <p className="muted">{t('kit.noHistory')}</p>
      ) : (
        <ol className="stints">
          {history.map((s) => (
            <li key={s.id} className={['stint', !s.to && 'stint--current'].filter(Boolean).join(' ')}>
              <span className="stint__dot" aria-hidden="true" />
              <div>
                <div className="stint__desk">
                  <Icon name="monitor" size={14} /> {t('common.desk', { code: s.desk.code })}
                </div>
                <div className="muted">
                  {s.to ? t('kit.period', { from: formatShortDate(s.from), to: formatShortDate(s.to) }) : t('kit.since', { date: formatShortDate(s.from) })}
                </div>
                <div className="stint__why">
                  {t(`deskChange.${s.arrivedBy}`)}
                  {s.leftBy && <> → {t(`deskChange.${s.leftBy}`)}</>}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
