import { useTranslation } from 'react-i18next';
import { IconButton, Select, formatMonth } from '../../../ui';
import { addMonths } from '../month';

/** Previous / next, and the month and year by name, in the interface's language. */
export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useTranslation('invoicing');
  const [year, m] = month.split('-');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 4 + i));
  if (!years.includes(year)) years.push(year);
  return (
    <div className="invoicing-month" role="group" aria-label={t('operator.month')}>
      <IconButton icon="chevronLeft" label={t('operator.previous')} onClick={() => onChange(addMonths(month, -1))} />
      <Select aria-label={t('operator.monthName')} value={m} onChange={(e) => onChange(`${year}-${e.target.value}`)}>
        {Array.from({ length: 12 }, (_, i) => {
          const value = String(i + 1).padStart(2, '0');
          return <option key={value} value={value}>{formatMonth(`${year}-${value}`).split(' ')[0]}</option>;
        })}
      </Select>
      <Select aria-label={t('operator.year')} value={year} onChange={(e) => onChange(`${e.target.value}-${m}`)}>
        {years.sort().map((y) => <option key={y} value={y}>{y}</option>)}
      </Select>
      <IconButton icon="chevronRight" label={t('operator.next')} onClick={() => onChange(addMonths(month, 1))} />
    </div>
  );
}
