/**
 * A CSV cell as French spreadsheet software reads it (";"-separated): quoted when needed, and
 * a leading = + - @ defused so the cell is never taken for a formula.
 */
export function csvCell(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** UTF-8 with a byte-order mark, CRLF line ends. */
export const csvText = (rows: string[][]) => '\ufeff' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
