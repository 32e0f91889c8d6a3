import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketSeverity } from '../../../gql/graphql';
import { Dialog, ErrorMessage, Field, FormDialogFooter, Input, Select, Textarea, fieldErrors, useSubmitHint, useToast } from '../../../ui';
import { useOpenTicket, useTicketKitChoices } from '../hooks/maintenance';
import { SEVERITIES } from './tones';

/** Opens a maintenance ticket: on a given kit, or on a kit picked from the inventory. */
export function OpenTicketDialog({ kit, onClose }: { kit?: { id: string; assetTag: string; deskCode?: string | null }; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const kits = useTicketKitChoices(!!kit);
  const opening = useOpenTicket();
  const [kitId, setKitId] = useState(kit?.id ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<TicketSeverity>('HIGH');
  const fields = fieldErrors(opening.error);
  const hint = useSubmitHint([[!kitId, t('ticketForm.kit')]]);
  const chosen = kit ?? kits.find((k) => k.id === kitId);
  const deskCode = kit ? kit.deskCode : kits.find((k) => k.id === kitId)?.desk?.code;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await opening.open({ kitId, title, description: description.trim() || null, severity }))) return; // shown below
    toast.success(severity === 'BLOCKING' && deskCode ? t('ticketForm.openedBlocking', { code: deskCode }) : t('ticketForm.opened', { tag: chosen?.assetTag }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={kit ? `${t('ticketForm.title')} — ${kit.assetTag}` : t('ticketForm.title')}
      footer={<FormDialogFooter form="open-ticket-form" onCancel={onClose} icon="wrench" loading={opening.loading} hint={hint} submitLabel={t('ticketForm.submit')} />}
    >
      <form id="open-ticket-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        {!kit && (
          <Field label={t('ticketForm.kit')} required>
            <Select value={kitId} onChange={(e) => setKitId(e.target.value)}>
              <option value="">{t('ticketForm.chooseKit')}</option>
              {kits.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.desk ? t('ticketForm.kitOption', { tag: k.assetTag, code: k.desk.code }) : t('ticketForm.kitSpare', { tag: k.assetTag })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('ticketForm.titleLabel')} required error={fields.title}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('ticketForm.titlePlaceholder')} maxLength={200} autoFocus />
        </Field>
        <Field label={t('ticketForm.description')} error={fields.description}>
          <Textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} maxLength={5000} />
        </Field>
        <fieldset className="severity-choice">
          <legend className="field__label">{t('ticketForm.severity')}</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className={['severity-choice__option', `severity-choice__option--${s.toLowerCase()}`, severity === s && 'is-checked'].filter(Boolean).join(' ')}>
              <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />
              <span className="severity-choice__name">{t(`severity.${s}`)}</span>
              <span className="severity-choice__hint">{t(`severityHint.${s}`)}</span>
            </label>
          ))}
        </fieldset>
        {opening.error && !Object.keys(fields).length && <ErrorMessage error={opening.error} messages={opening.messages} />}
      </form>
    </Dialog>
  );
}
