import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { KitDetailQuery } from '../../../gql/graphql';
import {
  Alert, Badge, Button, Card, ConfirmDialog, EmptyState, ErrorMessage, Icon, IconButton, PageHeader, Spinner, StatusPill, Table,
  formatDateTime, formatDay, formatKgCo2e, formatShortDate, useToast,
} from '../../../ui';
import { ComponentFormDialog } from '../components/ComponentFormDialog';
import { KitFormDialog } from '../components/KitFormDialog';
import { OpenTicketDialog } from '../components/OpenTicketDialog';
import { SwapKitDialog } from '../components/SwapKitDialog';
import { KIT_TONE, SEVERITY_TONE, TICKET_TONE } from '../components/tones';
import { KitDetailQuery as KitDetailDoc, RemoveKitComponentMutation, RetireKitMutation } from '../graphql/kits';
import { REFRESH_ACTIVE } from '../graphql/maintenance';
import '../kits.css';

type Kit = NonNullable<KitDetailQuery['kit']>;
type Component = Kit['components'][number];
type Dialog = { kind: 'edit' } | { kind: 'retire' } | { kind: 'ticket' } | { kind: 'install' } | { kind: 'component'; component?: Component } | { kind: 'remove'; component: Component };

const COMPONENT_ORDER = ['WORKSTATION', 'MONITOR', 'TABLET', 'PERIPHERAL'];

/** One kit: its details, components and footprint, the desks it stood on and its tickets. */
export function KitPage() {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(KitDetailDoc, { variables: { id } });
  const [retire, retiring] = useMutation(RetireKitMutation, REFRESH_ACTIVE);
  const [remove, removing] = useMutation(RemoveKitComponentMutation, REFRESH_ACTIVE);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  if (error && !data) {
    return (
      <>
        <BackLink />
        <ErrorMessage error={error} messages={{ NOT_FOUND: t('kit.notFound') }} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data?.kit) return <Spinner />;
  const kit = data.kit;
  const retired = kit.status === 'RETIRED';
  const openTickets = kit.tickets.filter((x) => x.status !== 'RESOLVED');
  const components = [...kit.components].sort((a, b) => COMPONENT_ORDER.indexOf(a.type) - COMPONENT_ORDER.indexOf(b.type));

  const doRetire = async () => {
    try {
      await retire({ variables: { id: kit.id } });
      toast.success(t('kit.retireConfirm.done', { tag: kit.assetTag }));
      close();
    } catch {
      close();
    }
  };
  const doRemove = async (component: Component) => {
    try {
      await remove({ variables: { id: component.id } });
      toast.success(t('kit.componentRemoved'));
    } catch {
      /* shown above the cards */
    }
    close();
  };

  return (
    <div className="kit-page">
      <BackLink />
      <PageHeader
        eyebrow={t('kit.eyebrow')}
        title={<span className="kit-page__title"><span className="mono">{kit.assetTag}</span><StatusPill tone={KIT_TONE[kit.status]}>{t(`status.${kit.status}`)}</StatusPill></span>}
        subtitle={retired && kit.retiredOn ? t('kit.retired', { date: formatDay(kit.retiredOn) }) : kit.desk ? t('kit.onDesk', { code: kit.desk.code }) : t('kit.spare')}
        actions={
          !retired && (
            <>
              <Button variant="secondary" icon="wrench" onClick={() => setDialog({ kind: 'ticket' })}>{t('kit.actions.openTicket')}</Button>
              {kit.spare && kit.status === 'OPERATIONAL' && <Button variant="primary" icon="recycle" onClick={() => setDialog({ kind: 'install' })}>{t('kit.actions.install')}</Button>}
              <Button variant="ghost" icon="settings" onClick={() => setDialog({ kind: 'edit' })}>{t('kit.actions.edit')}</Button>
              <Button variant="danger" onClick={() => setDialog({ kind: 'retire' })}>{t('kit.actions.retire')}</Button>
            </>
          )
        }
      />
      {kit.desk && !kit.desk.bookable && <Alert tone="warning">{t('kit.outOfService', { code: kit.desk.code })}</Alert>}
      {(retiring.error || removing.error) && <ErrorMessage error={retiring.error ?? removing.error} compact />}

      <div className="kit-layout">
        <div className="kit-layout__main">
          <Card
            title={<>{t('kit.components')} <span className="count-chip">{components.length}</span></>}
            actions={!retired && <Button size="sm" icon="plus" onClick={() => setDialog({ kind: 'component' })}>{t('kit.actions.addComponent')}</Button>}
            padded={false}
          >
            <Table
              caption={t('kit.components')}
              rows={components}
              rowKey={(c) => c.id}
              empty={<EmptyState icon="cpu" title={t('kit.noComponents')} />}
              columns={[
                { key: 'type', header: t('form.type'), nowrap: true, render: (c) => <strong>{t(`componentType.${c.type}`)}</strong> },
                {
                  key: 'model',
                  header: t('form.model'),
                  render: (c) => (
                    <div>
                      {c.model} {c.refurbished && <Badge tone="success">{t('common.refurbished')}</Badge>}
                      <div className="muted kit-component__source" title={c.footprintSource}>{t('kit.sourceOf', { source: c.footprintSource })}</div>
                    </div>
                  ),
                },
                { key: 'serial', header: t('kit.serial'), nowrap: true, render: (c) => <span className="mono">{c.serialNumber}</span> },
                { key: 'co2', header: t('common.footprint'), align: 'right', nowrap: true, render: (c) => <span className="num">{formatKgCo2e(c.embodiedKgCo2e)}</span> },
                {
                  key: 'actions',
                  header: <span className="sr-only">{t('kit.actions.editComponent')}</span>,
                  align: 'right',
                  nowrap: true,
                  render: (c) =>
                    !retired && (
                      <span className="row-actions">
                        <IconButton icon="settings" size="sm" label={`${t('kit.actions.editComponent')} ${c.serialNumber}`} onClick={() => setDialog({ kind: 'component', component: c })} />
                        <IconButton icon="x" size="sm" label={`${t('kit.actions.removeComponent')} ${c.serialNumber}`} onClick={() => setDialog({ kind: 'remove', component: c })} />
                      </span>
                    ),
                },
              ]}
            />
          </Card>

          <Card title={<>{t('kit.tickets')} <span className="count-chip">{kit.tickets.length}</span></>} padded={false}>
            <Table
              caption={t('kit.tickets')}
              rows={kit.tickets}
              rowKey={(x) => x.id}
              empty={<EmptyState icon="wrench" title={t('kit.noTickets')} />}
              columns={[
                { key: 'severity', header: t('ticketForm.severity'), nowrap: true, render: (x) => <Badge tone={SEVERITY_TONE[x.severity]}>{t(`severity.${x.severity}`)}</Badge> },
                {
                  key: 'title',
                  header: t('ticketForm.titleLabel'),
                  render: (x) => (
                    <div>
                      <strong>{x.title}</strong>
                      {x.resolution && <div className="muted">{x.resolution}</div>}
                    </div>
                  ),
                },
                { key: 'status', header: t('common.status'), nowrap: true, render: (x) => <StatusPill tone={TICKET_TONE[x.status]}>{t(`ticketState.${x.status}`)}</StatusPill> },
                {
                  key: 'when',
                  header: t('kit.followUp'),
                  nowrap: true,
                  render: (x) => (
                    <div className="ticket-when">
                      <div>{t('board.openedAt', { date: formatDateTime(x.openedAt) })}{x.openedBy && <span className="muted"> · {x.openedBy.fullName}</span>}</div>
                      {x.startedAt && <div className="muted">{t('board.startedAt', { date: formatDateTime(x.startedAt) })}</div>}
                      {x.resolvedAt && <div className="muted">{t('board.resolvedAt', { date: formatDateTime(x.resolvedAt) })}</div>}
                    </div>
                  ),
                },
              ]}
            />
          </Card>
        </div>

        <aside className="kit-layout__side">
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
              <dd className="num">{openTickets.length}</dd>
            </dl>
          </Card>
          <Card title={t('kit.history')}>
            {kit.deskHistory.length === 0 ? (
              <p className="muted">{t('kit.noHistory')}</p>
            ) : (
              <ol className="stints">
                {kit.deskHistory.map((s) => (
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
        </aside>
      </div>

      {dialog?.kind === 'edit' && <KitFormDialog kit={kit} onClose={close} />}
      {dialog?.kind === 'ticket' && <OpenTicketDialog kit={{ id: kit.id, assetTag: kit.assetTag, deskCode: kit.desk?.code }} onClose={close} />}
      {dialog?.kind === 'install' && <SwapKitDialog kit={kit} onClose={close} />}
      {dialog?.kind === 'component' && <ComponentFormDialog kitId={kit.id} component={dialog.component} onClose={close} />}
      <ConfirmDialog
        open={dialog?.kind === 'retire'}
        title={t('kit.retireConfirm.title', { tag: kit.assetTag })}
        confirmLabel={t('kit.retireConfirm.confirm')}
        danger
        busy={retiring.loading}
        onConfirm={() => void doRetire()}
        onClose={close}
      >
        <p>{t('kit.retireConfirm.body')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog?.kind === 'remove'}
        title={t('kit.removeConfirm.title')}
        confirmLabel={t('kit.removeConfirm.confirm')}
        danger
        busy={removing.loading}
        onConfirm={() => dialog?.kind === 'remove' && void doRemove(dialog.component)}
        onClose={close}
      >
        {dialog?.kind === 'remove' && <p>{t('kit.removeConfirm.body', { model: dialog.component.model, serial: dialog.component.serialNumber })}</p>}
      </ConfirmDialog>
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation('kits');
  return (
    <Link to="/kits" className="back-link">
      <Icon name="chevronLeft" size={16} /> {t('kit.back')}
    </Link>
  );
}
