import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Button, Field, Input, Select } from '../../../ui';
import { BOOKING_STATUSES } from '../booking-list';
import { useStudioNames } from '../hooks/studios';

export interface ListFilters {
  from: string;
  to: string;
  status: BookingStatus | '';
  studioId: string;
  filtered: boolean;
  set: (key: 'from' | 'to' | 'status' | 'studioId', value: string) => void;
  reset: () => void;
}

/** The bookings list's toolbar: period, status, studio (the operator), reset, and the count shown. */
export function BookingFilters({ filters, count }: { filters: ListFilters; count: number | null }) {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  const studios = useStudioNames(!isOperator) ?? [];
  const { from, to, status, studioId, set } = filters;
  return (
    <div className="bk-toolbar">
      <Field label={t('bookings.filters.from')}>
        <Input type="date" value={from} onChange={(e) => e.target.value && set('from', e.target.value)} />
      </Field>
      <Field label={t('bookings.filters.to')}>
        <Input type="date" value={to} min={from} onChange={(e) => e.target.value && set('to', e.target.value)} />
      </Field>
      <Field label={t('bookings.filters.status')}>
        <Select value={status} onChange={(e) => set('status', e.target.value)}>
          <option value="">{t('bookings.filters.allStatuses')}</option>
          {BOOKING_STATUSES.map((s) => <option key={s} value={s}>{t(`bookings.status.${s}`)}</option>)}
        </Select>
      </Field>
      {isOperator && (
        <Field label={t('bookings.filters.studio')}>
          <Select value={studioId} onChange={(e) => set('studioId', e.target.value)}>
            <option value="">{t('bookings.filters.allStudios')}</option>
            {studios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </Select>
        </Field>
      )}
      <div className="bk-toolbar__end">
        {filters.filtered && <Button variant="ghost" size="sm" onClick={filters.reset}>{t('bookings.filters.reset')}</Button>}
        {count !== null && <span className="muted bk-toolbar__count">{t('bookings.count', { count })}</span>}
      </div>
    </div>
  );
}
