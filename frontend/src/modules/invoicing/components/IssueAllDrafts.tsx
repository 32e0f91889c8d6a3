import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, ErrorMessage, errorInfo, formatDay, formatMoney, formatMonth, useToast } from '../../../ui';
import { useIssueMonthDrafts } from '../hooks/invoices';
import { lastDayOf, monthNotOver } from '../month';

/** "Month not over" said before issuing in a month that still has days to come. */
export function MonthNotOverNote({ month }: { month: string }) {
  const { t } = useTranslation('invoicing');
  if (!monthNotOver(month)) return null;
  return <Alert tone="warning">{t('issue.monthNotOver', { month: capitalized(formatMonth(month)), lastDay: formatDay(lastDayOf(month)) })}</Alert>;
}

/**
 * "Issue all drafts": every draft of the month in one action, asked first (with the month-not-over
 * warning when it applies); the server issues them all or none, numbered one after the other.
 */
export function IssueAllDrafts({ month, drafts, onIssued }: { month: string; drafts: ReadonlyArray<{ totalInclTaxCents: number }>; onIssued: () => void }) {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [issueAll, issuing] = useIssueMonthDrafts();
  if (!drafts.length) return null;
  const count = drafts.length;
  const total = drafts.reduce((s, d) => s + d.totalInclTaxCents, 0);

  const run = async () => {
    const res = await issueAll({ variables: { month, evenIfMonthNotOver: monthNotOver(month) } }).catch(() => null);
    setOpen(false);
    const issued = res?.data?.issueMonthDrafts;
    if (!issued) return;
    const numbers = issued.map((i) => i.number ?? '').sort();
    toast.success(t('issueAll.done', { count: numbers.length, first: numbers[0], last: numbers[numbers.length - 1] }));
    onIssued();
  };

  const failure = issuing.error ? errorInfo(issuing.error) : null;
  const studio = typeof failure?.extensions.studioName === 'string' ? failure.extensions.studioName : null;
  return (
    <>
      <Button variant="primary" icon="check" onClick={() => setOpen(true)}>{t('issueAll.button', { count })}</Button>
      <ConfirmDialog
        open={open}
        title={t('issueAll.title', { count, month: formatMonth(month) })}
        confirmLabel={t('issueAll.confirm', { count })}
        busy={issuing.loading}
        onClose={() => setOpen(false)}
        onConfirm={() => void run()}
      >
        <MonthNotOverNote month={month} />
        <p>{t('issueAll.body', { year: new Date().getFullYear() })}</p>
        <p className="invoicing-confirm-total">{t('issueAll.total', { amount: formatMoney(total) })}</p>
      </ConfirmDialog>
      {issuing.error && (
        <ErrorMessage error={issuing.error} messages={studio ? { INVALID_STATE: t('issueAll.failed', { studio, why: t(`errors.reason.${String(failure!.extensions.reason)}`, { defaultValue: t('errors.alreadyIssued') }) }) } : undefined} />
      )}
    </>
  );
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
