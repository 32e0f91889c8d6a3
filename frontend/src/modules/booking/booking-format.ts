import { differenceInCalendarDays, parseISO } from 'date-fns';

/** Calendar days of an inclusive range. */
export function countDays(startDate: string, endDate: string): number {
  return differenceInCalendarDays(parseISO(endDate), parseISO(startDate)) + 1;
}

/** "A01–A08, C01, C02": runs of consecutive desks of one zone written as a range. */
export function compactDeskCodes(codes: readonly string[]): string {
  const parsed = [...codes]
    .map((code) => {
      const m = /^([A-Za-z]+)(\d+)$/.exec(code);
      return m ? { code, zone: m[1], n: Number(m[2]) } : { code, zone: code, n: NaN };
    })
    .sort((a, b) => a.zone.localeCompare(b.zone) || a.n - b.n);
  const parts: string[] = [];
  let run: typeof parsed = [];
  const flush = () => {
    if (run.length >= 3) parts.push(`${run[0].code}–${run[run.length - 1].code}`);
    else parts.push(...run.map((r) => r.code));
    run = [];
  };
  for (const desk of parsed) {
    const last = run[run.length - 1];
    if (last && (last.zone !== desk.zone || Number.isNaN(desk.n) || desk.n !== last.n + 1)) flush();
    run.push(desk);
  }
  flush();
  return parts.join(', ');
}
