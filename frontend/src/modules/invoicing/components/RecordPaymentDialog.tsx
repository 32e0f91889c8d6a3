import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { Button, Dialog, ErrorMessage, Field, Input, Select, formatMoney, todayInParis, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import { useRecordPayment } from '../hooks/useRecordPayment';
import { centsToText, parseEuros } from '../../../ui/format';

export const PAYMENT_METHODS: PaymentMethod[] = ['TRANSFER', 'DIRECT_DEBIT', 'CARD', 'CHEQUE'];

interface Props {
  invoice: { id: string; number: string | null; balanceDueCents: number; issueDate?: string | null };
  onClose: () => void;
}

/** Money received on an issued invoice: the day it arrived, how much (what is due, by default), how, and its reference. */
export function RecordPaymentDialog({ invoice, onClose }: Props) {
  const { t, i18n } = useTranslation('invoicing');
  const toast = useToast();
  const today = todayInParis();
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState(centsToText(invoice.balanceDueCents, i18n.language));
  const [method, setMethod] = useState<PaymentMethod>('TRANSFER');
  const [reference, setReference] = useState('');
  const { record, loading, errors, otherError } = useRecordPayment();
  const cents = parseEuros(amount);
  const amountProblem = cents === null || cents < 1 ? t('payments.errors.amount') : cents > invoice.balanceDueCents ? t('payments.errors.tooMuch') : undefined;

  const hint = useSubmitHint([], [amountProblem]);

  const submit = async () => {
    if (amountProblem || cents === null) return;
    const payment = await record({ invoiceId: invoice.id, date, amountCents: cents, method, reference });
    if (!payment) return;
    toast.success(payment.invoice.status === 'PAID' ? t('payments.donePaid', { number: invoice.number }) : t('payments.done', { amount: formatMoney(payment.invoice.balanceDueCents) }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={t('payments.title', { number: invoice.number })}
      description={t('payments.due', { amount: formatMoney(invoice.balanceDueCents) })}
      footer={
        <>
          <SubmitHint hint={hint} />
          <Button onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" loading={loading} {...hint.buttonProps} onClick={() => void submit()}>
            {t('payments.confirm')}
          </Button>
        </>
      }
    >
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Field label={t('payments.date')} required error={errors.date}>
          <Input type="date" value={date} min={invoice.issueDate ?? undefined} max={today} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('payments.amount')} required error={amount.trim() ? amountProblem ?? errors.amountCents : errors.amountCents}>
          <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </Field>
        <Field label={t('payments.method')} required>
          <Select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
            {PAYMENT_METHODS.map((m) => <option key={m} value={m}>{t(`payments.methods.${m}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('payments.reference')} hint={t('payments.referenceHint')}>
          <Input value={reference} maxLength={140} onChange={(e) => setReference(e.target.value)} />
        </Field>
        <ErrorMessage error={otherError} messages={{ INVALID_STATE: t('payments.errors.state') }} />
      </form>
    </Dialog>
  );
}
