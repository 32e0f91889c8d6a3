import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { Alert, Button, ErrorMessage, formatDateTime, Spinner } from '../../../ui';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { useAccountLink, useSetPasswordFromLink } from '../hooks/accounts';
import { usePasswordError } from '../hooks/usePasswordError';
import '../users.css';

/** The page of an invitation or reset link (anonymous): the person sets a password, then signs in. */
export function AccountLinkPage({ purpose }: { purpose: 'INVITATION' | 'PASSWORD_RESET' }) {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const link = useAccountLink(token);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const saving = useSetPasswordFromLink(purpose);
  const error = saving.error;
  const passwordError = usePasswordError(error, 'password');
  const account = link.data?.accountLink;
  const invitation = purpose === 'INVITATION';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    if (await saving.setPassword(token, password)) navigate('/login', { replace: true, state: { passwordSet: true, email: account?.email } });
  };

  const body = () => {
    if (link.loading && !link.data) return <Spinner />;
    if (link.error) return <ErrorMessage error={link.error} onRetry={() => void link.refetch()} />;
    if (!account || account.purpose !== purpose) {
      return (
        <>
          <h1 className="login__title">{t('link.invalidTitle')}</h1>
          <Alert tone="warning">{t('link.invalid')}</Alert>
          <Link className="btn btn--secondary btn--md" to="/login">{t('link.toLogin')}</Link>
        </>
      );
    }
    return (
      <>
        <h1 className="login__title">{invitation ? t('link.invitationTitle') : t('link.resetTitle')}</h1>
        <p className="login__subtitle">{invitation ? t('link.invitationSubtitle', { email: account.email }) : t('link.resetSubtitle', { email: account.email })}</p>
        <p className="field__hint">{t('link.validUntil', { date: formatDateTime(account.expiresAt) })}</p>
        <input type="hidden" name="username" autoComplete="username" value={account.email} />
        <NewPasswordFields label={t('change.new')} password={password} confirm={confirm} onPassword={setPassword} onConfirm={setConfirm} error={passwordError} mismatch={mismatch} />
        {error && !passwordError && <ErrorMessage error={error} messages={{ NOT_FOUND: t('link.invalid') }} />}
        <Button type="submit" variant="primary" size="lg" block loading={saving.loading}>{t('link.submit')}</Button>
      </>
    );
  };

  return (
    <div className="login login--single">
      <section className="login__form-side">
        <div className="login__lang"><LanguageSwitch /></div>
        <form className="login__form" onSubmit={submit} noValidate>
          {body()}
        </form>
      </section>
    </div>
  );
}
