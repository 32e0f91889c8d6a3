import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Co2ReportDetailQuery as ReportResult } from '../../../gql/graphql';
import { Icon, Stat, formatNumber } from '../../../ui';
import { assumptionValue, formatCo2, formatShare, PARIS_ANGOULEME_KM, tonnes } from '../co2-format';

type Report = ReportResult['co2Report'];

/** The net tonnes in big, their human equivalents, and the four figures they come from. */
export function Headline({ report }: { report: Report }) {
  const { t } = useTranslation('co2');
  const positive = report.netAvoidedKg > 0;
  const trips = Math.round(report.carKmEquivalent / (2 * PARIS_ANGOULEME_KM));
  // The factors this report was computed with, as the API states them.
  const carKgPerKm = assumptionValue(report.assumptions, 'carKgPerKm');
  const referenceKitKg = assumptionValue(report.assumptions, 'referenceKitKg');
  const tripsHint = t('report.headline.tripsHint', { km: formatNumber(2 * PARIS_ANGOULEME_KM, 0), grams: carKgPerKm === undefined ? '—' : formatNumber(carKgPerKm * 1000, 0) });
  const share = report.studio ? report.perStudio[0]?.share ?? 0 : null;
  return (
    <>
      <NetHeadline label={t('report.headline.label')} netKg={report.netAvoidedKg} testId="co2-net">
        {positive ? (
          <>
            <li><Icon name="globe" size={16} /> {t('report.headline.car', { km: formatNumber(Math.round(report.carKmEquivalent), 0) })}</li>
            {trips >= 1 && <li title={tripsHint}><Icon name="home" size={16} /> {t('report.headline.trips', { count: trips, formattedCount: formatNumber(trips, 0) })}</li>}
          </>
        ) : (
          <li className="co2-headline__negative"><Icon name="info" size={16} /> {t('report.headline.negative')}</li>
        )}
      </NetHeadline>
      <div className="stats co2-stats">
        <Stat label={t('report.stats.machines')} value={<span data-testid="co2-machines">{formatNumber(report.machinesAvoided, 0)}</span>} hint={t('report.stats.machinesHint')} />
        <Stat
          label={t('report.stats.gross')}
          value={<span data-testid="co2-gross">{formatCo2(report.grossAvoidedKg)}</span>}
          hint={referenceKitKg === undefined ? undefined : t('report.stats.grossHint', { machines: formatNumber(report.machinesAvoided, 0), kg: formatNumber(referenceKitKg, 1) })}
        />
        <Stat
          label={t('report.stats.flex')}
          value={<span data-testid="co2-flex">{formatCo2(report.flexFootprintKg)}</span>}
          hint={share === null ? t('report.stats.flexHint', { kits: report.kitsInService }) : t('report.stats.flexHintShare', { kits: report.kitsInService, share: formatShare(share) })}
        />
        <Stat label={t('report.stats.deskDays')} value={formatNumber(report.deskDays, 0)} hint={t('report.stats.deskDaysHint', { open: report.openDays })} />
      </div>
    </>
  );
}

/** The net saving in big, and what it equals beside it (`children`: list items). */
export function NetHeadline({ label, netKg, testId, children }: { label: string; netKg: number; testId: string; children?: ReactNode }) {
  const { t } = useTranslation('co2');
  const labelId = useId();
  return (
    <section className="co2-headline" aria-labelledby={labelId}>
      <div className="co2-headline__icon" aria-hidden="true"><Icon name="leaf" size={28} /></div>
      <div className="co2-headline__figure">
        <div id={labelId} className="co2-headline__label">{label}</div>
        <div className="co2-headline__value" data-testid={testId}>
          <span className="num">{tonnes(netKg)}</span> <span className="co2-headline__unit">{t('common.t')}</span>
        </div>
      </div>
      {children && <ul className="co2-headline__equivalents">{children}</ul>}
    </section>
  );
}
