import { useTranslation } from 'react-i18next';
import type { KitsQuery } from '../../../gql/graphql';
import { Alert, Badge, EmptyState, Icon, SidePanel, StatusPill, formatDay, formatKgCo2e, type IconName } from '../../../ui';
import { DeskKitActions } from '../../kits/components/DeskKitActions';
import { sortedComponents } from '../../kits/kit-format';
import { deskState, STATE_TONE, type Desk } from './desk-status';

export type Kit = KitsQuery['kits'][number];

const COMPONENT_ICON: Record<Kit['components'][number]['type'], IconName> = {
  WORKSTATION: 'cpu',
  MONITOR: 'monitor',
  TABLET: 'tablet',
  PERIPHERAL: 'keyboard',
};

/** The selected desk: its state, its kit and the kit's components. */
export function DeskPanel({ desk, kit, onClose }: { desk: Desk; kit: Kit | undefined; onClose: () => void }) {
  const { t } = useTranslation('site');
  const state = deskState(desk);
  return (
    <SidePanel
      title={t('desk.title', { code: desk.code })}
      subtitle={t('desk.zone', { zone: desk.zone })}
      label={t('desk.title', { code: desk.code })}
      onClose={onClose}
    >
      <div className="desk-panel__status">
        <StatusPill tone={STATE_TONE[state]}>{t(`status.${state}`)}</StatusPill>
        {desk.bookable ? <Badge tone="accent">{t('desk.bookable')}</Badge> : null}
      </div>
      {!desk.bookable && <Alert tone="warning">{t('desk.notBookable')}</Alert>}
      <DeskKitActions desk={desk} />

      {!desk.kit ? (
        <EmptyState icon="monitor" title={t('status.NONE')}>{t('desk.noKit')}</EmptyState>
      ) : !kit ? (
        <div className="loading"><span className="spinner" aria-hidden="true" /></div>
      ) : (
        <>
          <section className="desk-panel__section" aria-label={t('desk.kit')}>
            <h3 className="section-title">{t('desk.kit')}</h3>
            <div className="kit-card">
              <div className="kit-card__head">
                <span className="kit-card__tag mono">{kit.assetTag}</span>
                <StatusPill tone={STATE_TONE[kit.status]}>{t(`status.${kit.status}`)}</StatusPill>
              </div>
              <dl className="facts">
                <dt>{t('desk.purchasedOn')}</dt>
                <dd>{formatDay(kit.purchasedOn)}</dd>
                <dt title={t('desk.footprintHint')}>{t('desk.footprint')}</dt>
                <dd className="num">{formatKgCo2e(kit.footprintKgCo2e)}</dd>
              </dl>
            </div>
          </section>

          <section className="desk-panel__section" aria-label={t('desk.components')}>
            <h3 className="section-title">
              {t('desk.components')} <span className="section-title__count">{kit.components.length}</span>
            </h3>
            <ul className="components">
              {sortedComponents(kit.components).map((c) => (
                <li key={c.serialNumber} className="component">
                  <span className="component__icon"><Icon name={COMPONENT_ICON[c.type]} size={18} /></span>
                  <div className="component__main">
                    <div className="component__head">
                      <span className="component__type">
                        {t(`componentType.${c.type}`)}
                        {c.refurbished && <Badge tone="success">{t('desk.refurbished')}</Badge>}
                      </span>
                      <span className="component__co2 num">{formatKgCo2e(c.embodiedKgCo2e)}</span>
                    </div>
                    <div className="component__model">{c.model}</div>
                    <div className="component__serial">
                      {t('desk.serial')} <span className="mono">{c.serialNumber}</span>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </SidePanel>
  );
}
