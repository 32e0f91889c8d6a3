import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, ErrorMessage, Field, Textarea, useToast } from '../../../ui';
import { REFRESH_ACTIVE, ResolveMaintenanceTicketMutation } from '../graphql/maintenance';

export interface ResolvableTicket {
  id: string;
  title: string;
  severity: string;
  kit: { assetTag: string };
}

/** Resolves a ticket with what was done; says when the kit is back in service. */
export function ResolveTicketDialog({ ticket, onClose }: { ticket: ResolvableTicket; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const [resolve, { loading, error }] = useMutation(ResolveMaintenanceTicketMutation, REFRESH_ACTIVE);
  const [resolution, setResolution] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const result = await resolve({ variables: { id: ticket.id, resolution } });
      const back = ticket.severity === 'BLOCKING' && result.data?.resolveMaintenanceTicket.kit.status === 'OPERATIONAL';
      toast.success(back ? t('board.backInService', { tag: ticket.kit.assetTag }) : t('board.resolved'));
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('resolveForm.title', { title: ticket.title })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="resolve-ticket-form" icon="check" loading={loading} disabled={!resolution.trim()}>
            {t('resolveForm.submit')}
          </Button>
        </>
      }
    >
      <form id="resolve-ticket-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        <Field label={t('resolveForm.resolution')} required>
          <Textarea value={resolution} onChange={(e) => setResolution(e.target.value)} placeholder={t('resolveForm.placeholder')} rows={3} maxLength={5000} autoFocus />
        </Field>
        {ticket.severity === 'BLOCKING' && <Alert tone="info">{t('resolveForm.blockingHint', { tag: ticket.kit.assetTag })}</Alert>}
        <ErrorMessage error={error} messages={{ INVALID_STATE: t('board.errors.INVALID_STATE') }} />
      </form>
    </Dialog>
  );
}
