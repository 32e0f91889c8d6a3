import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorMessage, Field, Input, PageHeader, errorInfo, useToast } from '../../../ui';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { useChangePassword } from '../hooks/accounts';
import { usePasswordError } from '../hooks/usePasswordError';
import '../users.css';

/** Either role changes its own password; the other sessions of the account end. */
export function ChangePasswordPage() {
  const { t } = useTranslation('users');
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [change, { loading, error, reset }] = useChangePassword();
  const passwordError = usePasswordError(error, 'newPassword');
  const wrongCurrent = errorInfo(error).extensions.field === 'currentPassword';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    const res = await change({ variables: { currentPassword: current, newPassword: password } }).catch(() => null);
    if (!res?.data) return;
    toast.success(t('change.done'));
    setCurrent('');
    setPassword('');
    setConfirm('');
  };

  return (
    <div className="users-page">
      <PageHeader title={t('change.title')} subtitle={t('change.subtitle')} />
      <Card>
        <form className="form-grid users-form" onSubmit={submit} noValidate>
          <input type="hidden" name="username" autoComplete="username" />
          <Field label={t('change.current')} error={wrongCurrent ? t('change.wrongCurrent') : undefined} required>
            <Input type="password" name="current-password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} autoFocus />
          </Field>
          <NewPasswordFields label={t('change.new')} password={password} confirm={confirm} onPassword={setPassword} onConfirm={setConfirm} error={passwordError} mismatch={mismatch} />
          {error && !passwordError && !wrongCurrent && <ErrorMessage error={error} />}
          <div>
            <Button type="submit" variant="primary" loading={loading}>{t('change.submit')}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
