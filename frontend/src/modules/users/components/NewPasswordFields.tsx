import { useTranslation } from 'react-i18next';
import { Field, Input } from '../../../ui';

/** A new password typed twice, with the policy shown beforehand and the server's refusal in place. */
export function NewPasswordFields({ password, confirm, onPassword, onConfirm, error, mismatch, label }: {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  /** The policy's refusal, already translated. */
  error?: string;
  mismatch: boolean;
  label: string;
}) {
  const { t } = useTranslation('users');
  return (
    <>
      <Field label={label} hint={t('password.rule')} error={error} required>
        <Input type="password" name="new-password" autoComplete="new-password" minLength={12} maxLength={200} value={password} onChange={(e) => onPassword(e.target.value)} />
      </Field>
      <Field label={t('change.confirm')} error={mismatch ? t('password.mismatch') : undefined} required>
        <Input type="password" name="confirm-password" autoComplete="new-password" maxLength={200} value={confirm} onChange={(e) => onConfirm(e.target.value)} />
      </Field>
    </>
  );
}
