import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, ErrorMessage, Field, fieldErrors, FormDialogFooter, Input, Select, useToast } from '../../../ui';
import { useAddCrewMember, useUpdateCrewMember } from '../hooks/crew';

export interface EditableMember {
  id: string;
  fullName: string;
  email: string | null;
  jobTitle: string | null;
}

/** Adds a person to a studio's crew, or edits one. */
export function CrewMemberDialog({ member, studios, defaultStudioId, onClose }: {
  member?: EditableMember;
  /** Studios the caller may add to (the operator chooses; a manager has one). */
  studios: Array<{ id: string; name: string }>;
  defaultStudioId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const [fullName, setFullName] = useState(member?.fullName ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [jobTitle, setJobTitle] = useState(member?.jobTitle ?? '');
  const [studioId, setStudioId] = useState(defaultStudioId ?? studios[0]?.id ?? '');
  const adding = useAddCrewMember();
  const updating = useUpdateCrewMember();
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = member ? await updating.update(member.id, { fullName, email, jobTitle }) : await adding.add({ studioId, fullName, email, jobTitle: jobTitle || null });
    if (!saved) return; // shown below the form
    toast.success(member ? t('member.saved') : t('member.added', { name: fullName.trim() }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={member ? t('member.editTitle', { name: member.fullName }) : t('member.addTitle')}
      footer={<FormDialogFooter form="crew-member-form" cancelVariant="ghost" onCancel={onClose} loading={adding.loading || updating.loading} submitLabel={member ? t('app:common.save') : t('directory.add')} />}
    >
      <form id="crew-member-form" className="form-grid" onSubmit={submit} noValidate>
        {!member && studios.length > 1 && (
          <Field label={t('member.studio')} required>
            <Select value={studioId} onChange={(e) => setStudioId(e.target.value)}>
              {studios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </Select>
          </Field>
        )}
        <Field label={t('member.fullName')} required error={fields.fullName}>
          <Input value={fullName} onChange={(e) => setFullName(e.target.value)} autoComplete="off" autoFocus />
        </Field>
        <Field label={t('member.email')} required hint={t('member.emailHint')} error={fields.email}>
          <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        </Field>
        <Field label={t('member.jobTitle')} hint={t('member.jobHint')} error={fields.jobTitle}>
          <Input value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} list="crew-jobs" />
        </Field>
        <datalist id="crew-jobs">
          {['Animation 2D', 'Animation 3D', 'Layout', 'Compositing', 'Rigging', 'Storyboard', 'Modélisation 3D', 'Décors', 'FX', 'Éclairage / rendu'].map((j) => <option key={j} value={j} />)}
        </datalist>
        {error && !Object.keys(fields).length && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
