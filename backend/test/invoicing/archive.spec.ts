import { unzipSync } from 'fflate';
import { createTestApp, TestApp } from '../harness.js';
import { download } from './invoicing-world.js';
import { issuedInvoice, PAY } from './payments-world.js';

describe("the month's issued documents as one ZIP", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('holds the Factur-X PDF of every invoice and credit note issued in the month, named by number, and nothing else', async () => {
    t.clock.travelTo(new Date('2027-02-01T10:00:00+01:00'));
    const a = await issuedInvoice(t, '2027-01', ['A01'], '2027-01-04', '2027-01-08');
    const b = await issuedInvoice(t, '2027-01', ['B01', 'B02'], '2027-01-04', '2027-01-08');
    t.clock.travelTo(new Date('2027-02-26T10:00:00+01:00'));
    const note = (await t.gql(PAY.creditNote, { input: { invoiceId: b.invoice.id, reason: 'Remise', amountExclTaxCents: 1_000 } }, t.operatorToken)).data.createCreditNote;
    // Issued in March: not in February's archive.
    t.clock.travelTo(new Date('2027-03-01T10:00:00+01:00'));
    const march = await issuedInvoice(t, '2027-02', ['C01'], '2027-02-01', '2027-02-05');

    const res = await download(t, '/api/invoices/archive.zip?month=2027-02', t.operatorToken);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/zip');
    expect(res.filename).toBe('documents-emis-2027-02.zip');
    const files = unzipSync(new Uint8Array(res.body));
    expect(Object.keys(files).sort()).toEqual([`${a.invoice.number}.pdf`, `${b.invoice.number}.pdf`, `${note.number}.pdf`].sort());
    for (const [name, bytes] of Object.entries(files)) {
      const pdf = Buffer.from(bytes);
      expect([name, pdf.subarray(0, 5).toString('latin1')]).toEqual([name, '%PDF-']);
      // Factur-X: the CII XML is attached under its standard name.
      expect([name, pdf.includes(Buffer.from('factur-x.xml'))]).toEqual([name, true]);
    }
    const marchZip = unzipSync(new Uint8Array((await download(t, '/api/invoices/archive.zip?month=2027-03', t.operatorToken)).body));
    expect(Object.keys(marchZip)).toEqual([`${march.invoice.number}.pdf`]);
  });

  it('is the operator\'s, for a month written YYYY-MM', async () => {
    t.clock.travelTo(new Date('2027-04-01T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-03', ['D01'], '2027-03-01', '2027-03-05');
    expect((await download(t, '/api/invoices/archive.zip?month=2027-04', s.token)).status).toBe(403);
    const bad = await download(t, '/api/invoices/archive.zip?month=2027-4', t.operatorToken);
    expect([bad.status, bad.json?.field]).toEqual([400, 'month']);
    const empty = unzipSync(new Uint8Array((await download(t, '/api/invoices/archive.zip?month=2030-01', t.operatorToken)).body));
    expect(Object.keys(empty)).toEqual([]);
  });
});
