import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorInfo, fieldErrors } from '../../../ui';
import type { PaymentMethod } from '../../../gql/graphql';
import { RecordPaymentMutation } from '../graphql/payments';

export interface PaymentDraft {
  invoiceId: string;
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string;
}

/**
 * Records a payment. The mutation brings the invoice back (status, balance, payments), so the
 * normalised cache refreshes the panel and the lists without refetching. Refusals come back as
 * a message per field (amount, date) or one for the invoice's state.
 */
export function useRecordPayment() {
  const { t } = useTranslation('invoicing');
  const [mutate, { loading, error, reset }] = useMutation(RecordPaymentMutation);
  const fields = fieldErrors(error);
  const info = error ? errorInfo(error) : null;
  const balance = typeof info?.extensions.balanceDueCents === 'number' ? info.extensions.balanceDueCents : null;
  return {
    loading,
    reset,
    /** Messages for the form's fields, translated. */
    errors: {
      amountCents: fields.amountCents ? (balance !== null ? t('payments.errors.tooMuch') : t('payments.errors.amount')) : undefined,
      date: fields.date ? t('payments.errors.date') : undefined,
    },
    /** What is not about one field (the invoice's state, the network…). */
    otherError: error && !fields.amountCents && !fields.date ? error : null,
    record: async (draft: PaymentDraft) => {
      const res = await mutate({ variables: { input: { ...draft, reference: draft.reference.trim() || null } } }).catch(() => null);
      return res?.data?.recordPayment ?? null;
    },
  };
}
