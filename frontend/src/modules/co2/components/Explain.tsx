import { useTranslation } from 'react-i18next';
import { Card, formatNumber } from '../../../ui';
import { formatCo2, formatShare } from '../co2-format';
import { useScrollFocusable } from '../../../ui/useScrollFocusable';

export interface AssumptionRow {
  key: string;
  name: string;
  value: number;
  unit: string;
  source: string;
  builtInSource: boolean;
}

/** Every factor the figures used, its unit and source; built-in wordings are shown in the reader's language. */
export function AssumptionsTable({ assumptions }: { assumptions: readonly AssumptionRow[] }) {
  const { t, i18n } = useTranslation('co2');
  const known = (key: string) => i18n.exists(`co2:assumption.${key}.name`);
  const scrollRef = useScrollFocusable<HTMLDivElement>();
  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="table table--dense co2-assumptions">
        <thead>
          <tr>
            <th scope="col">{t('report.assumptions.name')}</th>
            <th scope="col" style={{ textAlign: 'right' }}>{t('report.assumptions.value')}</th>
            <th scope="col">{t('report.assumptions.source')}</th>
          </tr>
        </thead>
        <tbody>
          {assumptions.map((a) => (
            <tr key={a.key} data-assumption={a.key}>
              <td>{known(a.key) ? t(`assumption.${a.key}.name`) : a.name}</td>
              <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                <strong className="num">{formatNumber(a.value, a.value < 10 ? 3 : 1)}</strong> <span className="muted">{known(a.key) ? t(`assumption.${a.key}.unit`) : a.unit}</span>
              </td>
              <td className="co2-assumptions__source">{a.builtInSource && known(a.key) ? t(`assumption.${a.key}.source`) : a.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The reading that allocates the avoided purchases over their lifetime: the figure to quote for short periods. */
export function ConservativeCard({ conservative }: {
  conservative: { avoidedLifetimeYears: number; allocatedShare: number; grossAvoidedKg: number; flexFootprintKg: number; netAvoidedKg: number; carKmEquivalent: number };
}) {
  const { t } = useTranslation('co2');
  const years = formatNumber(conservative.avoidedLifetimeYears, 1);
  return (
    <Card title={t('report.conservative.title')} className="co2-conservative">
      <p className="co2-conservative__body">{t('report.conservative.body', { years, share: formatShare(conservative.allocatedShare) })}</p>
      <dl className="facts">
        <dt>{t('report.conservative.gross')}</dt>
        <dd className="num">{formatCo2(conservative.grossAvoidedKg)}</dd>
        <dt>{t('report.stats.flex')}</dt>
        <dd className="num">− {formatCo2(conservative.flexFootprintKg)}</dd>
        <dt><strong>{t('report.conservative.net')}</strong></dt>
        <dd className="num" data-testid="co2-conservative-net"><strong>{formatCo2(conservative.netAvoidedKg)}</strong></dd>
      </dl>
      {conservative.netAvoidedKg > 0 && <p className="muted co2-small">{t('report.conservative.car', { km: formatNumber(Math.round(conservative.carKmEquivalent), 0) })}</p>}
      <p className="muted co2-small">{t('report.conservative.quote', { years })}</p>
    </Card>
  );
}

/** The method's limits, in the reader's language when known. */
export function LimitsCard({ limits }: { limits: ReadonlyArray<{ key: string; text: string }> }) {
  const { t, i18n } = useTranslation('co2');
  return (
    <Card title={t('report.limits.title')} className="co2-limits">
      <ul>
        {limits.map((l) => (
          <li key={l.key}>{i18n.exists(`co2:report.limits.${l.key}`) ? t(`report.limits.${l.key}`) : l.text}</li>
        ))}
      </ul>
    </Card>
  );
}
