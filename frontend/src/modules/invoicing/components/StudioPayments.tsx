import { useTranslation } from 'react-i18next';
import type { StudioInvoicesQuery } from '../../../gql/graphql';
import { Card, EmptyState, Table, formatMoney, formatShortDate } from '../../../ui';

type Payment = NonNullable<StudioInvoicesQuery['studioAccount']>['payments'][number];

/** The payments a studio made over the last 12 months, newest first. */
export function StudioPayments({ payments }: { payments: Payment[] }) {
  const { t } = useTranslation('invoicing');
  return (
    <Card title={t('manager.payments')} padded={false}>
      <Table
        rows={payments}
        rowKey={(p) => p.id}
        caption={t('manager.payments')}
        empty={<EmptyState icon="euro" title={t('manager.payments')}>{t('manager.noPayments')}</EmptyState>}
        columns={[
          { key: 'date', header: t('manager.paymentColumns.date'), nowrap: true, render: (p) => formatShortDate(p.date) },
          { key: 'invoice', header: t('manager.paymentColumns.invoice'), nowrap: true, render: (p) => <span className="mono">{p.invoice.number}</span> },
          { key: 'method', header: t('manager.paymentColumns.method'), render: (p) => t(`payments.methods.${p.method}`) },
          { key: 'reference', header: t('manager.paymentColumns.reference'), render: (p) => (p.reference ? <span className="mono">{p.reference}</span> : <span className="muted">—</span>) },
          { key: 'amount', header: t('manager.paymentColumns.amount'), align: 'right', nowrap: true, render: (p) => <strong className="num">{formatMoney(p.amountCents)}</strong> },
        ]}
      />
    </Card>
  );
}
