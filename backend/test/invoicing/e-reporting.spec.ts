import { createTestApp, TestApp } from '../harness.js';
import { download } from './invoicing-world.js';
import { issuedInvoice, pay } from './payments-world.js';

/** The CSV parsed back (";" separated, BOM and CRLF stripped). */
function rows(body: Buffer): string[][] {
  const text = body.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return text.slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
}

describe('e-reporting of payments (VAT on receipts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists each payment received in the month with its invoice, the amount and its VAT by rate', async () => {
    t.clock.travelTo(new Date('2027-02-01T10:00:00+01:00'));
    const a = await issuedInvoice(t, '2027-01', ['A01', 'A02'], '2027-01-04', '2027-01-08');
    t.clock.travelTo(new Date('2027-03-05T10:00:00+01:00'));
    await pay(t, a.invoice.id, 20_000, '2027-02-27', 'CHEQUE', 'CHQ 12');
    await pay(t, a.invoice.id, 10_000, '2027-03-02', 'TRANSFER', 'VIR; "mars"');
    await pay(t, a.invoice.id, 24_000, '2027-03-05', 'CARD');

    const res = await download(t, '/api/e-reporting/payments.csv?month=2027-03', t.operatorToken);
    expect([res.status, res.filename]).toEqual([200, 'encaissements-2027-03.csv']);
    const [header, ...lines] = rows(res.body);
    expect(header).toEqual(['SIREN vendeur', 'Numéro de facture', 'Date de facture', 'SIREN client', 'Date d’encaissement', 'Montant encaissé TTC', 'Taux de TVA', 'Base HT', 'Montant de TVA', 'Devise', 'Moyen de paiement', 'Référence']);
    // The reference with a ";" is quoted: rejoin it to read the row.
    const second = lines.find((l) => l[4] === '2027-03-02')!;
    expect(second.slice(0, 11)).toEqual(['912345675', a.invoice.number, '2027-02-01', '852123456', '2027-03-02', '100,00', '20,00', '83,33', '16,67', 'EUR', 'Virement']);
    expect(second.slice(11).join(';')).toBe('"VIR; ""mars"""');
    expect(lines.map((l) => l[4])).toEqual(['2027-03-02', '2027-03-05']);
    // Over the whole invoice, the payments' VAT is the invoice's VAT.
    const feb = rows((await download(t, '/api/e-reporting/payments.csv?month=2027-02', t.operatorToken)).body).slice(1);
    const vat = [...feb, ...lines].reduce((s, l) => s + Number(l[8].replace(',', '')), 0);
    expect(vat).toBe(a.invoice.vatCents);
  });

  it('is the operator\'s, for a month written YYYY-MM', async () => {
    const s = await issuedInvoice(t, '2027-01', ['B01'], '2027-01-04', '2027-01-08');
    expect((await download(t, '/api/e-reporting/payments.csv?month=2027-03', s.token)).status).toBe(403);
    const bad = await download(t, '/api/e-reporting/payments.csv?month=mars', t.operatorToken);
    expect([bad.status, bad.json?.field]).toEqual([400, 'month']);
  });
});
