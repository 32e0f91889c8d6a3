import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, fieldErrors, Input, Select, useToast } from '../../../ui';
import { AddCrewMemberMutation, UpdateCrewMemberMutation } from '../graphql/crew';

export interface EditableMember {
  id: string;
  fullName: string;
  email: string | null;
  jobTitle: string | null;
}

/** Adds a person to a studio's crew, or edits one. */
export function CrewMemberDialog({ member, studios, defaultStudioId, onClose, onSaved }: {
  member?: EditableMember;
  /** Studios the caller may add to (the operator chooses; a manager has one). */
  studios: Array<{ id: string; name: string }>;
  defaultStudioId?: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const [fullName, setFullName] = useState(member?.fullName ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [jobTitle, setJobTitle] = useState(member?.jobTitle ?? '');
  const [studioId, setStudioId] = useState(defaultStudioId ?? studios[0]?.id ?? '');
  const [add, adding] = useMutation(AddCrewMemberMutation);
  const [update, updating] = useMutation(UpdateCrewMemberMutation);
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (member) {
        await update({ variables: { id: member.id, input: { fullName, email, jobTitle } } });
        toast.success(t('member.saved'));
      } else {
        await add({ variables: { input: { studioId, fullName, email, jobTitle: jobTitle || null } } });
        toast.success(t('member.added', { name: fullName.trim() }));
      }
      onSaved();
      onClose();
    } catch {
      // Shown below the form.
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={member ? t('member.editTitle', { name: member.fullName }) : t('member.addTitle')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="crew-member-form" loading={adding.loading || updating.loading}>
            {member ? t('app:common.save') : t('directory.add')}
          </Button>
        </>
      }
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
