import { useTranslation } from 'react-i18next';
import { Icon, formatNumber } from '../../../ui';
import { formatCo2 } from '../co2-format';
import { useCo2ForBooking } from '../hooks/co2';
import '../co2.css';

/**
 * For the booking dialog: "this booking avoids up to N machines ≈ X kg CO2e of manufacturing",
 * at the reference kit footprint. Renders nothing until there is a desk count.
 */
export function Co2BookingHint({ deskCount }: { deskCount: number | null | undefined }) {
  const { t } = useTranslation('co2');
  const valid = typeof deskCount === 'number' && Number.isInteger(deskCount) && deskCount >= 1 && deskCount <= 1000;
  const hint = useCo2ForBooking(valid ? deskCount : null);
  if (!valid || !hint) return null;
  return (
    <div className="co2-booking-hint" role="note" data-testid="co2-booking-hint">
      <Icon name="leaf" size={16} />
      <div>
        <div>{t('booking.hint', { count: hint.machinesAvoided, co2: formatCo2(hint.grossAvoidedKg) })}</div>
        <div className="co2-booking-hint__detail">{t('booking.hintDetail', { kg: formatNumber(hint.referenceKitKg, 1) })}</div>
      </div>
    </div>
  );
}
