import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Field, Input, formatMonth } from '../../../ui';
import { useDownload } from '../download';

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The accountant's and the e-invoicing platform's files: the FEC of a period, the documents
 * issued in the month as one ZIP of Factur-X PDFs, and the month's payments for e-reporting.
 */
export function AccountantFiles({ month }: { month: string }) {
  const { t } = useTranslation('invoicing');
  const { download, busy } = useDownload();
  const [from, setFrom] = useState(`${month.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(lastDayOf(month));
  const fecUrl = `/api/accounting/fec?from=${from}&to=${to}`;
  const zipUrl = `/api/invoices/archive.zip?month=${month}`;
  const paymentsUrl = `/api/e-reporting/payments.csv?month=${month}`;
  const periodOk = Boolean(from && to && from <= to);
  return (
    <Card title={t('files.title')} className="accountant-files" aria-label={t('files.title')}>
      <div className="accountant-files__grid">
        <div className="accountant-files__item">
          <h3 className="invoicing-panel__heading">{t('files.fec')}</h3>
          <p className="muted">{t('files.fecHint')}</p>
          <div className="accountant-files__period">
            <Field label={t('files.from')}>
              <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </Field>
            <Field label={t('files.to')}>
              <Input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
            </Field>
          </div>
          <Button icon="download" disabled={!periodOk} loading={busy === fecUrl} onClick={() => void download(fecUrl, 'FEC.txt')}>
            {t('files.fecDownload')}
          </Button>
        </div>
        <div className="accountant-files__item">
          <h3 className="invoicing-panel__heading">{t('files.zip')}</h3>
          <p className="muted">{t('files.zipHint', { month: formatMonth(month) })}</p>
          <Button icon="download" loading={busy === zipUrl} onClick={() => void download(zipUrl, `documents-emis-${month}.zip`)}>
            {t('files.zipDownload', { month: formatMonth(month) })}
          </Button>
        </div>
        <div className="accountant-files__item">
          <h3 className="invoicing-panel__heading">{t('files.payments')}</h3>
          <p className="muted">{t('files.paymentsHint', { month: formatMonth(month) })}</p>
          <Button icon="download" loading={busy === paymentsUrl} onClick={() => void download(paymentsUrl, `encaissements-${month}.csv`)}>
            {t('files.paymentsDownload')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
