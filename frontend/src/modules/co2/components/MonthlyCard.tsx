import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Co2ReportDetailQuery } from '../../../gql/graphql';
import { Card, formatMonth } from '../../../ui';
import { columnFormatter } from '../co2-format';
import { MonthlyChart } from './MonthlyChart';
import { useScrollFocusable } from '../../../ui/useScrollFocusable';

type Month = Co2ReportDetailQuery['co2Report']['months'][number];

/** Each month's figures, read alone or from the period's start (cumulative). */
export function monthPoints(months: readonly Month[], cumulative: boolean) {
  return months.map((m) =>
    cumulative
      ? { month: m.month, machines: m.cumulativeMachinesAvoided, grossKg: m.cumulativeGrossAvoidedKg, flexKg: m.cumulativeFlexFootprintKg, netKg: m.cumulativeNetAvoidedKg }
      : { month: m.month, machines: m.machinesAvoided, grossKg: m.grossAvoidedKg, flexKg: m.flexFootprintKg, netKg: m.netAvoidedKg },
  );
}

/** Month by month: the chart, monthly or cumulative, and its figures as a table. */
export function MonthlyCard({ months }: { months: readonly Month[] }) {
  const { t } = useTranslation('co2');
  const [cumulative, setCumulative] = useState(false);
  const scrollRef = useScrollFocusable<HTMLDivElement>();
  const points = monthPoints(months, cumulative);
  const kg = columnFormatter(points.flatMap((p) => [p.grossKg, p.flexKg, p.netKg]));
  const right = { textAlign: 'right' } as const;
  return (
    <Card
      title={t('report.chart.title')}
      className="co2-chart-card"
      actions={
        <div className="co2-presets co2-presets--small no-print" role="group" aria-label={t('report.chart.title')}>
          <button type="button" className="co2-preset" aria-pressed={!cumulative} onClick={() => setCumulative(false)}>{t('report.chart.monthly')}</button>
          <button type="button" className="co2-preset" aria-pressed={cumulative} onClick={() => setCumulative(true)}>{t('report.chart.cumulative')}</button>
        </div>
      }
    >
      {points.length ? <MonthlyChart points={points} /> : <p className="muted">{t('report.chart.empty')}</p>}
      <p className="muted co2-small">{cumulative ? t('report.chart.cumulativeNote') : t('report.chart.monthlyNote')}</p>
      <details className="co2-details no-print">
        <summary>{t('report.chart.showData')}</summary>
        <div className="table-wrap" ref={scrollRef}>
          <table className="table table--dense">
            <thead>
              <tr>
                <th scope="col">{t('report.chart.month')}</th>
                <th scope="col" style={right}>{t('report.chart.machines')}</th>
                <th scope="col" style={right}>{t('report.chart.gross')}</th>
                <th scope="col" style={right}>{t('report.chart.flex')}</th>
                <th scope="col" style={right}>{t('report.chart.net')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <td className="co2-month-name">{formatMonth(p.month)}</td>
                  <td className="num" style={right}>{p.machines}</td>
                  <td className="num" style={right}>{kg(p.grossKg)}</td>
                  <td className="num" style={right}>{kg(p.flexKg)}</td>
                  <td className="num" style={right}>{kg(p.netKg)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
