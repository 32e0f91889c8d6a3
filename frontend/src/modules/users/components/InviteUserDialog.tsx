import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, ErrorMessage, Field, Input, Select, fieldErrors, useToast } from '../../../ui';
import { shortSiteName, useSiteScope } from '../../../app/site-scope';
import { useInviteUser, useUserStudios } from '../hooks/accounts';

type InvitedRole = 'STUDIO_MANAGER' | 'SITE_OPERATOR';

/**
 * The network operator invites a studio manager (for one studio) or a site operator (for the
 * sites they run): no password typed, the person sets their own through the e-mailed link.
 */
export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('users');
  const toast = useToast();
  const studios = useUserStudios();
  const { sites, several } = useSiteScope();
  const [values, setValues] = useState({ email: '', fullName: '', studioId: '', role: 'STUDIO_MANAGER' as InvitedRole });
  const [siteIds, setSiteIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const sitesMissing = values.role === 'SITE_OPERATOR' && siteIds.length === 0;
  const [invite, { loading, error }] = useInviteUser();
  const fields = fieldErrors(error);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (sitesMissing) return;
    const manager = values.role === 'STUDIO_MANAGER';
    const input = { email: values.email.trim(), fullName: values.fullName.trim(), role: values.role, studioId: manager ? values.studioId || null : null, ...(!manager && { siteIds }) };
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
        <Field label={t('inviteDialog.role')} required error={fields.role}>
          <Select value={values.role} onChange={set('role')}>
            <option value="STUDIO_MANAGER">{t('app:roles.STUDIO_MANAGER')}</option>
            <option value="SITE_OPERATOR">{t('app:roles.SITE_OPERATOR')}</option>
          </Select>
        </Field>
        {values.role === 'SITE_OPERATOR' ? (
          <fieldset className="site-checks">
            <legend className="field__label">{t('inviteDialog.sites')}</legend>
            {sites.map((site) => (
              <Checkbox key={site.id} label={several ? shortSiteName(site.name) : site.name} checked={siteIds.includes(site.id)}
                onChange={() => setSiteIds((ids) => (ids.includes(site.id) ? ids.filter((i) => i !== site.id) : [...ids, site.id]))} />
            ))}
            {((tried && sitesMissing) || fields.siteIds) && <div className="field__error">{tried && sitesMissing ? t('inviteDialog.sitesMissing') : fields.siteIds}</div>}
          </fieldset>
        ) : (
        <Field label={t('inviteDialog.studio')} required error={fields.studioId}>
          <Select value={values.studioId} onChange={set('studioId')}>
            <option value="">{t('inviteDialog.chooseStudio')}</option>
            {(studios.data?.studios ?? []).map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </Field>
        )}
        {error && !Object.keys(fields).some((f) => ['email', 'fullName', 'studioId', 'role', 'siteIds'].includes(f)) && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
