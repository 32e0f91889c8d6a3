import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Dialog, ErrorMessage, Field, FormDialogFooter, Textarea, useSubmitHint, useToast } from '../../../ui';
import { useResolveTicket } from '../hooks/maintenance';

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
  const resolving = useResolveTicket();
  const [resolution, setResolution] = useState('');
  const hint = useSubmitHint([[!resolution.trim(), t('resolveForm.resolution')]]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const resolved = await resolving.resolve(ticket.id, resolution);
    if (!resolved) return; // shown below
    const back = ticket.severity === 'BLOCKING' && resolved.kit.status === 'OPERATIONAL';
    toast.success(back ? t('board.backInService', { tag: ticket.kit.assetTag }) : t('board.resolved'));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('resolveForm.title', { title: ticket.title })}
      footer={<FormDialogFooter form="resolve-ticket-form" onCancel={onClose} icon="check" loading={resolving.loading} hint={hint} submitLabel={t('resolveForm.submit')} />}
    >
      <form id="resolve-ticket-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        <Field label={t('resolveForm.resolution')} required>
          <Textarea value={resolution} onChange={(e) => setResolution(e.target.value)} placeholder={t('resolveForm.placeholder')} rows={3} maxLength={5000} autoFocus />
        </Field>
        {ticket.severity === 'BLOCKING' && <Alert tone="info">{t('resolveForm.blockingHint', { tag: ticket.kit.assetTag })}</Alert>}
        <ErrorMessage error={resolving.error} messages={resolving.messages} />
      </form>
    </Dialog>
  );
}
