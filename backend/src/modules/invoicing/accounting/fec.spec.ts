import { PaymentMethod } from '../payments/payment.entity.js';
import { DEFAULT_ACCOUNTS } from './accounting-settings.js';
import { FEC_COLUMNS, fecFileName, fecLines, fecText } from './fec.js';

const lucioles = { code: 'C00001', name: 'Les Lucioles SAS' };
const cents = (s: string) => Number(s.replace(',', ''));

describe('FEC', () => {
  const lines = fecLines(
    [
      { kind: 'INVOICE', number: 'FLEX-2027-00001', date: '2027-02-01', customer: lucioles, totalExclTaxCents: 100_000, vatCents: 20_000, totalInclTaxCents: 120_000 },
      { kind: 'CREDIT_NOTE', number: 'AV-2027-00001', date: '2027-02-03', customer: lucioles, totalExclTaxCents: 10_000, vatCents: 2_000, totalInclTaxCents: 12_000, invoiceNumber: 'FLEX-2027-00001' },
    ],
    [{ date: '2027-02-10', amountCents: 108_000, method: PaymentMethod.TRANSFER, reference: 'VIR\t42', invoiceNumber: 'FLEX-2027-00001', customer: lucioles }],
    DEFAULT_ACCOUNTS,
  );

  it('writes 18 fields a line, dates YYYYMMDD and amounts with a decimal comma', () => {
    expect(lines.every((l) => l.length === FEC_COLUMNS.length)).toBe(true);
    expect(lines[0]).toEqual(['VE', 'Ventes', 'VE000001', '20270201', '411', 'Clients', 'C00001', 'Les Lucioles SAS', 'FLEX-2027-00001', '20270201', 'Facture FLEX-2027-00001 Les Lucioles SAS', '1200,00', '0,00', '', '', '20270201', '', '']);
    expect(lines.find((l) => l[0] === 'BQ' && l[4] === '512')![11]).toBe('1080,00');
  });

  it('reverses a credit note and balances every entry', () => {
    const note = lines.filter((l) => l[2] === 'VE000002');
    expect(note.map((l) => [l[4], l[11], l[12]])).toEqual([['411', '0,00', '120,00'], ['706', '100,00', '0,00'], ['44571', '20,00', '0,00']]);
    const byEntry = new Map<string, number>();
    for (const l of lines) byEntry.set(l[2], (byEntry.get(l[2]) ?? 0) + cents(l[11]) - cents(l[12]));
    expect([...byEntry.values()]).toEqual([0, 0, 0]);
  });

  it('keeps tabs out of the fields, and writes a header line', () => {
    const text = fecText(lines);
    expect(text.split('\r\n')[0]).toBe(FEC_COLUMNS.join('\t'));
    expect(text.split('\r\n').filter(Boolean).every((l) => l.split('\t').length === 18)).toBe(true);
    expect(fecFileName('912345675', '2027-12-31')).toBe('912345675FEC20271231.txt');
  });
});
