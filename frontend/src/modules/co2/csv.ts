import type { TFunction } from 'i18next';
import type { Co2ReportDetailQuery as ReportResult } from '../../gql/graphql';

type Report = ReportResult['co2Report'];

/**
 * The report as CSV for a spreadsheet, in the reader's convention: French uses ';' and a
 * decimal comma (as a French spreadsheet expects), English ',' and a decimal point.
 */
export function reportCsv(report: Report, t: TFunction, lang: string): string {
  const fr = lang !== 'en';
  const sep = fr ? ';' : ',';
  const num = (v: number, digits = 3) => {
    const s = String(Math.round(v * 10 ** digits) / 10 ** digits);
    return fr ? s.replace('.', ',') : s;
  };
  const cell = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    const s = typeof v === 'number' ? num(v) : v;
    return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows: Array<Array<string | number | null>> = [];
  const add = (...r: Array<string | number | null>) => rows.push(r);
  const label = (key: string, fallback: string) => (t(`co2:assumption.${key}.name`, { defaultValue: fallback }) as string);

  add(t('co2:csv.report'));
  add(t('co2:csv.period'), report.from, report.to);
  add(t('co2:csv.studio'), report.studio?.name ?? t('co2:csv.all'));
  add();
  add(t('co2:csv.figure'), t('co2:csv.value'), t('co2:csv.unit'));
  add(t('co2:report.stats.machines'), report.machinesAvoided, 'machines');
  add(t('co2:report.stats.gross'), report.grossAvoidedKg, 'kg CO2e');
  add(t('co2:report.stats.flex'), report.flexFootprintKg, 'kg CO2e');
  add(t('co2:report.headline.label'), report.netAvoidedKg, 'kg CO2e');
  add(t('co2:report.conservative.net'), report.conservative.netAvoidedKg, 'kg CO2e');
  add('km', report.carKmEquivalent, 'km');
  add(t('co2:report.stats.deskDays'), report.deskDays, '');
  add();
  add(t('co2:report.studios.studio'), t('co2:report.studios.machines'), t('co2:report.studios.peak'), t('co2:report.studios.deskDays'), t('co2:report.studios.share'), t('co2:report.studios.gross'), t('co2:report.studios.flex'), t('co2:report.studios.net'), t('co2:report.studios.conservative'));
  for (const l of report.perStudio) {
    add(l.studio.name, l.machinesAvoided, l.peakDate ?? '', l.deskDays, num(l.share, 6), l.grossAvoidedKg, l.flexFootprintKg, l.netAvoidedKg, l.conservativeNetAvoidedKg);
  }
  add();
  add(t('co2:report.chart.month'), t('co2:report.chart.machines'), t('co2:report.chart.gross'), t('co2:report.chart.flex'), t('co2:report.chart.net'), `${t('co2:report.chart.cumulative')} — ${t('co2:report.chart.net')}`);
  for (const m of report.months) add(m.month, m.machinesAvoided, m.grossAvoidedKg, m.flexFootprintKg, m.netAvoidedKg, m.cumulativeNetAvoidedKg);
  add();
  add(t('co2:report.assumptions.name'), t('co2:report.assumptions.value'), t('co2:csv.unit'), t('co2:report.assumptions.source'));
  for (const a of report.assumptions) {
    const unit = t(`co2:assumption.${a.key}.unit`, { defaultValue: a.unit }) as string;
    const source = a.builtInSource ? (t(`co2:assumption.${a.key}.source`, { defaultValue: a.source }) as string) : a.source;
    add(label(a.key, a.name), a.value, unit, source);
  }
  add();
  add(t('co2:report.limits.title'));
  for (const l of report.limits) add(t(`co2:report.limits.${l.key}`, { defaultValue: l.text }) as string);
  return '\ufeff' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** "co2-2026-01-01-2026-12-31.csv", with the studio's name when the report is one studio's. */
export function reportFileName(report: Pick<Report, 'from' | 'to' | 'studio'>): string {
  const slug = report.studio ? `-${report.studio.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `co2-${report.from}-${report.to}${slug}.csv`;
}
