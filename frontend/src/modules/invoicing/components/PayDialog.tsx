import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, Input, formatMoney, todayInParis, useToast } from '../../../ui';
import { MarkInvoicePaidMutation } from '../graphql/invoicing';

/** Records the payment of an issued invoice, on the date the money arrived. */
export function PayDialog({ invoice, onClose }: { invoice: { id: string; number: string | null; totalInclTaxCents: number; issueDate?: string | null }; onClose: () => void }) {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [paidOn, setPaidOn] = useState(todayInParis());
  const [pay, { loading, error }] = useMutation(MarkInvoicePaidMutation);
  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={t('pay.title', { number: invoice.number })}
      description={t('pay.amount', { amount: formatMoney(invoice.totalInclTaxCents) })}
      footer={
        <>
          <Button onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button
            variant="primary"
            loading={loading}
            onClick={async () => {
              await pay({ variables: { id: invoice.id, paidOn } });
              toast.success(t('pay.done'));
              onClose();
            }}
          >
            {t('pay.confirm')}
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label={t('pay.date')} required>
          <Input type="date" value={paidOn} min={invoice.issueDate ?? undefined} max={todayInParis()} onChange={(e) => setPaidOn(e.target.value)} />
        </Field>
        <ErrorMessage error={error} />
      </div>
    </Dialog>
  );
}
