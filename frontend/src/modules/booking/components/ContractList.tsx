import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSiteName, useSiteScope } from '../../../app/site-scope';
import type { ContractStatus } from '../../../gql/graphql';
import { Badge, Button, ConfirmDialog, EmptyState, ErrorMessage, StatusPill, formatMoney, formatShortDate, todayInParis, useToast, type Tone } from '../../../ui';
import type { ContractRow } from '../contract-form';
import { useActivateContract, useTerminateContract } from '../hooks/studios';
import { ContractSitesDialog } from './ContractSitesDialog';

const TONE: Record<ContractStatus, Tone> = { DRAFT: 'info', ACTIVE: 'success', TERMINATED: 'neutral' };

export function ContractStatusPill({ status }: { status: ContractStatus }) {
  const { t } = useTranslation('booking');
  return <StatusPill tone={TONE[status]}>{t(`contracts.status.${status}`)}</StatusPill>;
}

/**
 * A studio's contracts, latest first, with their terms. `editable` (the operator) adds
 * activate (a draft) and terminate (an active one).
 */
export function ContractList({ contracts, currentId, editable, emptyText, emptyAction }: {
  contracts: readonly ContractRow[];
  /** The ACTIVE contract covering today. */
  currentId?: string | null;
  editable?: boolean;
  emptyText?: string;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const [terminating, setTerminating] = useState<ContractRow | null>(null);
  const [placing, setPlacing] = useState<ContractRow | null>(null);
  const { several } = useSiteScope();
  const [activatingId, setActivatingId] = useState<string | null>(null);
  const activation = useActivateContract();
  const termination = useTerminateContract();

  if (contracts.length === 0) {
    return <EmptyState icon="file" title={t('contracts.empty')} action={emptyAction}>{emptyText}</EmptyState>;
  }

  const runActivate = async (c: ContractRow) => {
    setActivatingId(c.id);
    const activated = await activation.activate(c.id);
    setActivatingId(null);
    if (activated) toast.success(t('contracts.activated', { number: c.number }));
  };
  const runTerminate = async () => {
    if (!terminating) return;
    if (await termination.terminate(terminating.id)) toast.success(t('contracts.terminated', { number: terminating.number }));
    setTerminating(null);
  };

  return (
    <div className="contracts">
      <ErrorMessage error={activation.error} messages={activation.messages} />
      <ErrorMessage error={termination.error} messages={termination.messages} />
      <ul className="contracts__list">
        {contracts.map((c) => (
          <li key={c.id} className="contract" data-testid="contract" data-status={c.status}>
            <ContractItem contract={c} current={c.id === currentId} />
            {editable && (c.status === 'DRAFT' || c.status === 'ACTIVE') && (
              <div className="contract__actions">
                {c.status === 'DRAFT' && (
                  <Button size="sm" variant="primary" icon="check" loading={activatingId === c.id} onClick={() => void runActivate(c)}>
                    {t('contracts.activate')}
                  </Button>
                )}
                {several && <Button size="sm" variant="secondary" icon="map" onClick={() => setPlacing(c)}>{t('contracts.sites.edit')}</Button>}
                {c.status === 'ACTIVE' && (
                  <Button size="sm" variant="ghost" icon="x" onClick={() => setTerminating(c)}>{t('contracts.terminate')}</Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {placing && <ContractSitesDialog contract={placing} onClose={() => setPlacing(null)} />}
      <ConfirmDialog
        open={terminating !== null}
        title={t('contracts.terminateTitle', { number: terminating?.number })}
        confirmLabel={t('contracts.terminateConfirm')}
        danger
        busy={termination.loading}
        onClose={() => setTerminating(null)}
        onConfirm={() => void runTerminate()}
      >
        <p>{t('contracts.terminateBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function ContractItem({ contract: c, current }: { contract: ContractRow; current: boolean }) {
  const { t } = useTranslation('booking');
  const today = todayInParis();
  const { sites, several } = useSiteScope();
  const insuranceExpired = c.insuranceExpiresOn < today;
  const insuranceShort = !insuranceExpired && c.status !== 'TERMINATED' && c.insuranceExpiresOn < c.endDate;
  const history = [
    t('contracts.createdAt', { date: formatShortDate(c.createdAt) }),
    c.activatedAt && t('contracts.activatedAt', { date: formatShortDate(c.activatedAt) }),
    c.terminatedAt && t('contracts.terminatedAt', { date: formatShortDate(c.terminatedAt) }),
  ].filter(Boolean).join(' · ');
  return (
    <div className="contract__body">
      <div className="contract__head">
        <span className="contract__number mono">{c.number}</span>
        <ContractStatusPill status={c.status} />
        {current && <Badge tone="success">{t('contracts.current')}</Badge>}
        <span className="contract__period">{t('contracts.period', { from: formatShortDate(c.startDate), to: formatShortDate(c.endDate) })}</span>
      </div>
      <dl className="contract__terms">
        <div>
          <dt>{t('contracts.rate')}</dt>
          <dd className="num">{t('contracts.rateValue', { amount: formatMoney(c.dailyRateCents) })}</dd>
        </div>
        <div>
          <dt>{t('contracts.tiers')}</dt>
          <dd>
            {c.volumeTiers.length === 0 ? (
              <span className="muted">{t('contracts.noTiers')}</span>
            ) : (
              <ul className="contract__tiers">
                {c.volumeTiers.map((tier) => (
                  <li key={tier.fromDeskDays} className="num">{t('contracts.tier', { from: tier.fromDeskDays, rate: formatMoney(tier.dailyRateCents) })}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('contracts.maxDesks')}</dt>
          <dd className="num">{c.maxDesks}</dd>
        </div>
        {several && (
          <div>
            <dt>{t('contracts.sites.legend')}</dt>
            <dd data-testid="contract-sites">{c.siteIds.map((id) => shortSiteName(sites.find((s) => s.id === id)?.name ?? id)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('contracts.insurance')}</dt>
          <dd>
            <span className="mono">{c.insurancePolicyRef}</span>
            <span className={insuranceExpired ? 'contract__expired' : undefined}> · {formatShortDate(c.insuranceExpiresOn)}</span>
            {insuranceExpired && c.status !== 'TERMINATED' && <> <Badge tone="danger">{t('contracts.insuranceExpired')}</Badge></>}
          </dd>
        </div>
        <div>
          <dt>{t('contracts.notice')}</dt>
          <dd>{t('contracts.noticeValue', { count: c.cancellationNoticeDays })}</dd>
        </div>
        <div>
          <dt>{t('contracts.lateFee')}</dt>
          <dd>{t('contracts.lateFeeValue', { pct: c.lateCancellationFeePct })}</dd>
        </div>
      </dl>
      {insuranceShort && <p className="contract__warning">{t('contracts.insuranceShort', { date: formatShortDate(c.insuranceExpiresOn) })}</p>}
      <p className="contract__history muted">{history}</p>
    </div>
  );
}
