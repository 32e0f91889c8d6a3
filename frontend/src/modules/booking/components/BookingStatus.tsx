import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../gql/graphql';
import { StatusPill, formatDateTime, type Tone } from '../../../ui';

const TONE: Record<BookingStatus, Tone> = {
  OPTION: 'warning',
  CONFIRMED: 'success',
  CANCELLED: 'neutral',
  EXPIRED: 'neutral',
};

/** A booking's status; a live option says until when it holds the desks. */
export function BookingStatusPill({ status, optionExpiresAt }: { status: BookingStatus; optionExpiresAt?: string | null }) {
  const { t } = useTranslation('booking');
  if (status === 'OPTION' && optionExpiresAt) {
    const date = formatDateTime(optionExpiresAt);
    return (
      <StatusPill tone={TONE.OPTION} title={t('bookings.optionUntilTitle', { date })}>
        {t('bookings.optionUntil', { date })}
      </StatusPill>
    );
  }
  return <StatusPill tone={TONE[status]}>{t(`bookings.status.${status}`)}</StatusPill>;
}
