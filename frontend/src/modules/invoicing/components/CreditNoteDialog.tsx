import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, Input, Textarea, formatMoney, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import { useCreateCreditNote } from '../hooks/invoices';
import { parseEuros } from '../../../ui/format';

type Scope = 'partial' | 'whole';

/** Credits an issued invoice: an amount (a reduction) or all that remains (a cancellation). */
export function CreditNoteDialog({ invoice, onClose, onDone }: { invoice: { id: string; number: string | null; creditableExclTaxCents: number }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [scope, setScope] = useState<Scope>('partial');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [create, { loading, error }] = useCreateCreditNote();
  const cents = parseEuros(amount);
  const amountError = scope === 'partial' && touched && (cents === null || cents < 1) ? t('credit.amountInvalid') : undefined;
  const hint = useSubmitHint([[scope === 'partial' && (cents === null || cents < 1), t('credit.amount')], [reason.trim().length < 3, t('credit.reason')]]);

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('credit.title', { number: invoice.number })}
      description={t('credit.description', { remaining: formatMoney(invoice.creditableExclTaxCents) })}
      footer={
        <>
          <SubmitHint hint={hint} />
          <Button onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button
            variant="primary"
            loading={loading}
            {...hint.buttonProps}
            onClick={async () => {
              const res = await create({
                variables: { input: { invoiceId: invoice.id, reason: reason.trim(), amountExclTaxCents: scope === 'partial' ? cents : null } },
              });
              toast.success(t('credit.done', { number: res.data?.createCreditNote.number }));
              onDone();
              onClose();
            }}
          >
            {t('credit.confirm')}
          </Button>
        </>
      }
    >
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="invoicing-choice">
          <legend className="field__label">{t('credit.scope')}</legend>
          {(['partial', 'whole'] as const).map((s) => (
            <label key={s} className="invoicing-choice__option">
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              <span>
                <strong>{t(`credit.${s}`)}</strong>
                <span className="muted">{t(`credit.${s}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {scope === 'partial' && (
          <Field label={t('credit.amount')} error={amountError} required>
            <Input inputMode="decimal" value={amount} placeholder="45,00" onChange={(e) => setAmount(e.target.value)} onBlur={() => setTouched(true)} />
          </Field>
        )}
        <Field label={t('credit.reason')} required>
          <Textarea rows={3} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ErrorMessage error={error} messages={{ BAD_USER_INPUT: t('errors.tooMuch'), INVALID_STATE: t('errors.notIssuable') }} />
      </form>
    </Dialog>
  );
}
