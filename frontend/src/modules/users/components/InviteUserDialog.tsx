import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, Input, Select, fieldErrors, useToast } from '../../../ui';
import { useInviteUser, useUserStudios } from '../hooks/accounts';

/** The operator invites a studio manager: no password typed, the person sets their own through the e-mailed link. */
export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('users');
  const toast = useToast();
  const studios = useUserStudios();
  const [values, setValues] = useState({ email: '', fullName: '', studioId: '' });
  const [invite, { loading, error }] = useInviteUser();
  const fields = fieldErrors(error);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { email: values.email.trim(), fullName: values.fullName.trim(), role: 'STUDIO_MANAGER' as const, studioId: values.studioId || null };
    const res = await invite({ variables: { input } }).catch(() => null);
    if (!res?.data) return;
    toast.success(t('inviteDialog.done', { email: res.data.inviteUser.email }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('inviteDialog.title')}
      description={t('inviteDialog.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="invite-form" loading={loading}>{t('inviteDialog.submit')}</Button>
        </>
      }
    >
      <form id="invite-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label={t('inviteDialog.fullName')} required error={fields.fullName}>
          <Input value={values.fullName} onChange={set('fullName')} autoComplete="off" autoFocus maxLength={200} />
        </Field>
        <Field label={t('inviteDialog.email')} required error={fields.email ? (/already exists/.test(fields.email) ? t('inviteDialog.duplicate') : fields.email) : undefined}>
          <Input type="email" value={values.email} onChange={set('email')} autoComplete="off" maxLength={254} />
        </Field>
        <Field label={t('inviteDialog.studio')} required error={fields.studioId}>
          <Select value={values.studioId} onChange={set('studioId')}>
            <option value="">{t('inviteDialog.chooseStudio')}</option>
            {(studios.data?.studios ?? []).map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </Field>
        {error && !Object.keys(fields).some((f) => ['email', 'fullName', 'studioId'].includes(f)) && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
