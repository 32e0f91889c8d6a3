import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorMessage, Field, Icon, Input } from '../ui';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';

interface LocationState { from?: string; expired?: boolean; passwordSet?: boolean; email?: string }

export function LoginPage() {
  const { t } = useTranslation('app');
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LocationState;
  const [email, setEmail] = useState(state.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const target = state.from && state.from !== '/login' ? state.from : '/';
  if (user) return <Navigate to={target} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      await login(email.trim(), password);
      navigate(target, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login">
      <section className="login__hero" aria-hidden="true">
        <div className="login__brand">
          <span className="logo logo--lg">F</span>
          <span className="login__brand-name">{t('brand.name')}</span>
        </div>
        <div>
          <p className="login__tagline">{t('login.tagline')}</p>
          <ul className="login__points">
            <li><Icon name="monitor" size={18} />{t('login.points.desks')}</li>
            <li><Icon name="calendar" size={18} />{t('login.points.flex')}</li>
            <li><Icon name="leaf" size={18} />{t('login.points.co2')}</li>
          </ul>
        </div>
        <svg className="login__plan" viewBox="0 0 200 100" aria-hidden="true">
          {Array.from({ length: 40 }, (_, i) => {
            const zone = Math.floor(i / 10);
            const x = 14 + (zone % 2) * 96 + (i % 5) * 16;
            const y = 12 + Math.floor(zone / 2) * 46 + (Math.floor((i % 10) / 5)) * 18;
            return <rect key={i} x={x} y={y} width={11} height={11} rx={2.5} />;
          })}
        </svg>
      </section>
      <section className="login__form-side">
        <div className="login__lang"><LanguageSwitch /></div>
        <form className="login__form" onSubmit={submit} noValidate>
          <h1 className="login__title">{t('login.title')}</h1>
          <p className="login__subtitle">{t('login.subtitle')}</p>
          {state.expired && !error && <Alert tone="warning">{t('errors.UNAUTHENTICATED')}</Alert>}
          {state.passwordSet && !error && <Alert tone="success">{t('login.passwordSet')}</Alert>}
          {missing && <Alert tone="danger">{t('login.missing')}</Alert>}
          <ErrorMessage error={error} messages={{ ACCOUNT_DISABLED: t('login.disabled'), UNAUTHENTICATED: t('errors.WRONG_CREDENTIALS') }} />
          <Field label={t('login.email')}>
            <Input type="email" name="email" autoComplete="username" autoFocus={!state.email} value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label={t('login.password')}>
            <Input type="password" name="password" autoComplete="current-password" autoFocus={Boolean(state.email)} value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <Button type="submit" variant="primary" size="lg" block loading={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </section>
    </div>
  );
}
