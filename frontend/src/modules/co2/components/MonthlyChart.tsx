import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui';
import { formatCo2 } from '../co2-format';

export interface MonthPoint {
  month: string;
  grossKg: number;
  flexKg: number;
  netKg: number;
}

const SERIES = [
  { key: 'grossKg', labelKey: 'report.chart.gross', className: 'co2-chart__bar--gross' },
  { key: 'flexKg', labelKey: 'report.chart.flex', className: 'co2-chart__bar--flex' },
  { key: 'netKg', labelKey: 'report.chart.net', className: 'co2-chart__bar--net' },
] as const;

const HEIGHT = 260;
const MARGIN = { top: 14, right: 12, bottom: 34, left: 58 };

/** A round step (1, 2, 2.5 or 5 × 10^n) giving about four intervals over the range. */
function niceStep(range: number): number {
  if (range <= 0) return 1;
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Grouped bars per month (manufacturing avoided, Studio FLEX kits, net), drawn by hand in SVG; net may go below zero. */
export function MonthlyChart({ points }: { points: MonthPoint[] }) {
  const { t, i18n } = useTranslation('co2');
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const inTonnes = points.some((p) => Math.max(Math.abs(p.grossKg), Math.abs(p.netKg), p.flexKg) >= 1000);
  const unit = inTonnes ? 1000 : 1;
  const values = points.flatMap((p) => [p.grossKg, p.flexKg, p.netKg].map((v) => v / unit));
  const step = niceStep(Math.max(...values, 0) - Math.min(...values, 0));
  const top = Math.max(step, Math.ceil(Math.max(...values, 0) / step) * step);
  const bottom = Math.min(0, Math.floor(Math.min(...values, 0) / step) * step);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + ((top - v) / (top - bottom)) * plotH;
  const groupW = plotW / Math.max(points.length, 1);
  const barW = Math.max(3, Math.min(22, (groupW * 0.72) / 3));
  const ticks: number[] = [];
  for (let v = bottom; v <= top + step / 1000; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  const labelEvery = Math.ceil(points.length / Math.max(1, Math.floor(plotW / 54)));
  const monthLabel = (m: string, i: number) => {
    const d = new Date(`${m}-01T12:00:00`);
    const short = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { month: 'short' }).format(d);
    return i === 0 || m.endsWith('-01') ? `${short} ${m.slice(2, 4)}` : short;
  };
  const monthLong = (m: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' }).format(new Date(`${m}-01T12:00:00`));

  return (
    <div className="co2-chart" ref={ref}>
      <ul className="co2-chart__legend">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className={`co2-chart__swatch ${s.className}`} aria-hidden="true" />
            {t(s.labelKey)}
          </li>
        ))}
        <li className="co2-chart__unit muted">{inTonnes ? 't CO₂e' : 'kg CO₂e'}</li>
      </ul>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="xMinYMin meet" role="img" aria-label={t('report.chart.aria')} className="co2-chart__svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} className={v === 0 ? 'co2-chart__zero' : 'co2-chart__grid'} />
            <text x={MARGIN.left - 8} y={y(v)} dy="0.32em" textAnchor="end" className="co2-chart__tick">
              {formatNumber(v, 1)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x0 = MARGIN.left + i * groupW + (groupW - barW * 3) / 2;
          return (
            <g key={p.month} onMouseEnter={() => setHover(i)} onMouseLeave={() => setHover(null)}>
              <title>
                {t('report.chart.tooltip', { month: monthLong(p.month), gross: formatCo2(p.grossKg), flex: formatCo2(p.flexKg), net: formatCo2(p.netKg) })}
              </title>
              <rect x={MARGIN.left + i * groupW} y={MARGIN.top} width={groupW} height={plotH} className={hover === i ? 'co2-chart__hover' : 'co2-chart__hit'} />
              {SERIES.map((s, k) => {
                const v = p[s.key] / unit;
                const y1 = y(Math.max(v, 0));
                const h = Math.max(Math.abs(y(v) - y(0)), v === 0 ? 0 : 1);
                return <rect key={s.key} x={x0 + k * barW} y={y1} width={barW - 1} height={h} rx={2} className={`co2-chart__bar ${s.className}`} />;
              })}
              {i % labelEvery === 0 && (
                <text x={MARGIN.left + i * groupW + groupW / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="co2-chart__tick">
                  {monthLabel(p.month, i)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
