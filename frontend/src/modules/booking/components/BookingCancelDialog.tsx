import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, ErrorMessage, Spinner, formatDay, formatMoney, formatShortDate, useToast, formatNumber } from '../../../ui';
import { useBookingDetail, useCancelBooking } from '../hooks/bookings';

/**
 * Cancels a booking after showing what it will cost: free until the notice date, otherwise the
 * late-fee window, its desk-days and the estimated fee. The preview is read again on opening
 * so it is today's.
 */
export function BookingCancelDialog({ bookingId, reference, onClose }: { bookingId: string; reference: string; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const { data, loading, error } = useBookingDetail(bookingId, { fresh: true });
  const cancelling = useCancelBooking();
  const booking = data?.booking;
  const preview = booking?.cancellationPreview;
  const fresh = !loading && booking;

  const submit = async () => {
    if (!(await cancelling.cancel(bookingId))) return;
    const fee = preview && !preview.free ? preview.estimatedFeeCents : 0;
    toast.success(fee > 0 ? t('bookings.detail.cancelledWithFee', { reference, amount: formatMoney(fee) }) : t('bookings.detail.cancelled', { reference }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="md"
      title={t('bookings.cancel.title', { reference })}
      footer={
        <>
          <Button onClick={onClose}>{t('bookings.cancel.keep')}</Button>
          <Button variant="danger" loading={cancelling.loading} disabled={!fresh || !preview} onClick={() => void submit()}>
            {t('bookings.cancel.confirm')}
          </Button>
        </>
      }
    >
      <div className="bk-cancel" data-testid="cancellation-preview">
        {!fresh ? (
          error ? <ErrorMessage error={error} /> : <Spinner label={t('bookings.cancel.loading')} />
        ) : !preview ? (
          <Alert tone="info">{t('bookings.cancel.unavailable')}</Alert>
        ) : preview.free ? (
          <Alert tone="success">
            <strong>{booking.status === 'OPTION' ? t('bookings.cancel.optionFree') : t('bookings.cancel.free', { date: formatDay(preview.freeUntil) })}</strong>
            {booking.status !== 'OPTION' && <div>{t('bookings.cancel.freeBody')}</div>}
          </Alert>
        ) : (
          <>
            <Alert tone="warning">
              <strong>{t('bookings.cancel.late', { date: formatDay(preview.freeUntil) })}</strong>
            </Alert>
            <dl className="facts bk-cancel__facts">
              {preview.lateFeeFrom && preview.lateFeeTo && (
                <>
                  <dt>{t('bookings.cancel.window')}</dt>
                  <dd>{t('bookings.cancel.windowValue', { from: formatShortDate(preview.lateFeeFrom), to: formatShortDate(preview.lateFeeTo) })}</dd>
                </>
              )}
              <dt>{t('bookings.cancel.deskDays')}</dt>
              <dd className="num">{formatNumber(preview.feeDeskDays)}</dd>
              {preview.lateFeePct != null && (
                <>
                  <dt>{t('bookings.cancel.pct')}</dt>
                  <dd>{t('bookings.cancel.pctValue', { pct: preview.lateFeePct })}</dd>
                </>
              )}
              <dt className="bk-cancel__fee-label">{t('bookings.cancel.fee')}</dt>
              <dd className="bk-cancel__fee num" data-testid="cancellation-fee">{formatMoney(preview.estimatedFeeCents)}</dd>
            </dl>
            <p className="muted bk-note">{t('bookings.cancel.feeNote')}</p>
          </>
        )}
        {fresh && preview?.billedThrough && <p className="bk-note">{t('bookings.cancel.billedThrough', { date: formatDay(preview.billedThrough) })}</p>}
        {fresh && preview && booking.status === 'CONFIRMED' && <p className="muted bk-note">{t('bookings.cancel.crewNote')}</p>}
        <ErrorMessage error={cancelling.error} messages={cancelling.messages} />
      </div>
    </Dialog>
  );
}
