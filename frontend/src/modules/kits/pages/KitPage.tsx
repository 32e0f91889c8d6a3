import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, ErrorMessage, Icon, PageHeader, Spinner, StatusPill, formatDay, useToast } from '../../../ui';
import { ComponentFormDialog } from '../components/ComponentFormDialog';
import { KitComponentsCard, type Kit, type KitComponent } from '../components/KitComponentsCard';
import { KitFactsCard, KitHistoryCard } from '../components/KitFacts';
import { KitFormDialog } from '../components/KitFormDialog';
import { KitTicketsCard } from '../components/KitTicketsCard';
import { OpenTicketDialog } from '../components/OpenTicketDialog';
import { SwapKitDialog } from '../components/SwapKitDialog';
import { KIT_TONE } from '../components/tones';
import { useKitDetail, useRemoveKitComponent, useRetireKit } from '../hooks/kits';
import '../kits.css';

type Dialog = { kind: 'edit' } | { kind: 'retire' } | { kind: 'ticket' } | { kind: 'install' } | { kind: 'component'; component?: KitComponent } | { kind: 'remove'; component: KitComponent };

/** One kit: its details, components and footprint, the desks it stood on and its tickets. */
export function KitPage() {
  const { id = '' } = useParams();
  const { data, error, refetch, messages } = useKitDetail(id);
  if (error && !data) {
    return (
      <>
        <BackLink />
        <ErrorMessage error={error} messages={messages} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data?.kit) return <Spinner />;
  return <KitView kit={data.kit} />;
}

function KitView({ kit }: { kit: Kit }) {
  const { t } = useTranslation('kits');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const retiring = useRetireKit();
  const removing = useRemoveKitComponent();
  const retired = kit.status === 'RETIRED';

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
          <KitComponentsCard
            kit={kit}
            onAdd={() => setDialog({ kind: 'component' })}
            onEdit={(component) => setDialog({ kind: 'component', component })}
            onRemove={(component) => setDialog({ kind: 'remove', component })}
          />
          <KitTicketsCard tickets={kit.tickets} />
        </div>
        <aside className="kit-layout__side">
          <KitFactsCard kit={kit} />
          <KitHistoryCard history={kit.deskHistory} />
        </aside>
      </div>
      <KitDialogs kit={kit} dialog={dialog} onClose={() => setDialog(null)} retiring={retiring} removing={removing} />
    </div>
  );
}

/** The kit page's dialogs: edit, open a ticket, install, a component's form, and the two confirmations. */
function KitDialogs({ kit, dialog, onClose, retiring, removing }: {
  kit: Kit;
  dialog: Dialog | null;
  onClose: () => void;
  retiring: ReturnType<typeof useRetireKit>;
  removing: ReturnType<typeof useRemoveKitComponent>;
}) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const retire = async () => {
    if (await retiring.retire(kit.id)) toast.success(t('kit.retireConfirm.done', { tag: kit.assetTag }));
    onClose();
  };
  const remove = async (component: KitComponent) => {
    // A refusal is shown above the cards.
    if (await removing.remove(component.id)) toast.success(t('kit.componentRemoved'));
    onClose();
  };
  return (
    <>
      {dialog?.kind === 'edit' && <KitFormDialog kit={kit} onClose={onClose} />}
      {dialog?.kind === 'ticket' && <OpenTicketDialog kit={{ id: kit.id, assetTag: kit.assetTag, deskCode: kit.desk?.code }} onClose={onClose} />}
      {dialog?.kind === 'install' && <SwapKitDialog kit={kit} onClose={onClose} />}
      {dialog?.kind === 'component' && <ComponentFormDialog kitId={kit.id} component={dialog.component} onClose={onClose} />}
      <ConfirmDialog
        open={dialog?.kind === 'retire'}
        title={t('kit.retireConfirm.title', { tag: kit.assetTag })}
        confirmLabel={t('kit.retireConfirm.confirm')}
        danger
        busy={retiring.loading}
        onConfirm={() => void retire()}
        onClose={onClose}
      >
        <p>{t('kit.retireConfirm.body')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog?.kind === 'remove'}
        title={t('kit.removeConfirm.title')}
        confirmLabel={t('kit.removeConfirm.confirm')}
        danger
        busy={removing.loading}
        onConfirm={() => dialog?.kind === 'remove' && void remove(dialog.component)}
        onClose={onClose}
      >
        {dialog?.kind === 'remove' && <p>{t('kit.removeConfirm.body', { model: dialog.component.model, serial: dialog.component.serialNumber })}</p>}
      </ConfirmDialog>
    </>
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
