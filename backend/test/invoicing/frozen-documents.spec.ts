import { createHash } from 'node:crypto';
import { SettingsService } from '../../src/modules/settings/settings.service.js';
import { InvoiceDocumentsService } from '../../src/modules/invoicing/invoice-documents.service.js';
import { buyerFromStudio, DEFAULT_SELLER, SELLER_IDENTITY_KEY } from '../../src/modules/invoicing/seller-identity.js';
import { StudioEntity } from '../../src/modules/studios/studio.entity.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { download, draftOf, generate, invoicingTables, issue, makeBillableStudio, OPS } from './invoicing-world.js';
import { pdfAttachments, pdfText } from './pdf-text.js';
import { ShaQueryDocument } from '../documents.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/*
 * An issued invoice is rendered once, when it is issued, and served unchanged ever after (French
 * law keeps it unaltered for 10 years): paying it, editing the studio or the seller, or a new
 * version of the renderer never change its bytes.
 */
describe('frozen documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-11-03T10:00:00+01:00'));
  });
  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  async function issuedInvoice(desk: string) {
    const s = await makeBillableStudio(t);
    await s.book([desk], '2026-10-05', '2026-10-09');
    const draft = draftOf(await generate(t, '2026-10'), s.studio.id)!;
    await issue(t, draft.id);
    return { s, id: draft.id };
  }

  const stored = async (id: string) => (await t.dataSource.query(`SELECT sha256, created_at, xml FROM issued_document WHERE invoice_id = $1`, [id]))[0];

  it('serves, after a payment, the very bytes whose SHA-256 was stored at issue, and never prints the payment', async () => {
    const { s, id } = await issuedInvoice('A01');
    const atIssue = await stored(id);
    const first = await download(t, `/api/invoices/${id}/pdf`, t.operatorToken);
    expect(sha256(first.body)).toBe(atIssue.sha256);

    const paid = await t.gql(OPS.markInvoicePaid, { id, paidOn: '2026-11-03' }, t.operatorToken);
    expect(paid.data.markInvoicePaid.status).toBe('PAID');
    await t.dataSource.getRepository(StudioEntity).update({ id: s.studio.id }, { legalName: 'Renamed after issue SARL' });
    const res = await t.http().get(`/api/invoices/${id}/pdf`).set('Authorization', `Bearer ${t.operatorToken}`).buffer(true);
    const second = await download(t, `/api/invoices/${id}/pdf`, s.token);

    expect(second.body.equals(first.body)).toBe(true);
    expect(res.headers['x-content-sha256']).toBe(atIssue.sha256);
    expect(res.headers.etag).toBe(`"sha256-${atIssue.sha256}"`);
    const api = await t.gql(ShaQueryDocument, { id }, t.operatorToken);
    expect(api.data.invoice).toMatchObject({ status: 'PAID', documentSha256: atIssue.sha256 });
    const text = await pdfText(second.body);
    expect(text).not.toMatch(/Payée|(^|[^\d ])0,00 €| 0,00 €/);
    expect(text).toContain('Net à payer 270,00 €');
    const [xml] = await pdfAttachments(second.body);
    expect(xml.text).toBe(atIssue.xml);
    expect(xml.text).toContain('<ram:DuePayableAmount>270.00</ram:DuePayableAmount>');
    expect(await stored(id)).toEqual(atIssue);
  });

  it('stores a credit note once, when it is made, and serves it unchanged', async () => {
    const { id } = await issuedInvoice('A02');
    const note = (await t.gql(OPS.createCreditNote, { input: { invoiceId: id, reason: 'Poste indisponible un jour' } }, t.operatorToken)).data.createCreditNote;
    const [row] = await t.dataSource.query(`SELECT sha256, filename FROM issued_document WHERE credit_note_id = $1`, [note.id]);
    expect(row.filename).toBe(`${note.number}.pdf`);
    const a = await download(t, `/api/credit-notes/${note.id}/pdf`, t.operatorToken);
    const b = await download(t, `/api/credit-notes/${note.id}/pdf`, t.operatorToken);
    expect(sha256(a.body)).toBe(row.sha256);
    expect(b.body.equals(a.body)).toBe(true);
    const api = await t.gql(ShaQueryDocument, { id }, t.operatorToken);
    expect(api.data.invoice).toMatchObject({ status: 'CANCELLED', creditNotes: [{ id: note.id, documentSha256: row.sha256 }] });
  });

  it('gives other modules the stored bytes (storedPdf), and nothing for a draft', async () => {
    const { id } = await issuedInvoice('A03');
    const documents = t.app.get(InvoiceDocumentsService);
    const file = await documents.storedPdf('invoice', id);
    expect(file.sha256).toBe((await stored(id)).sha256);
    expect(sha256(file.bytes)).toBe(file.sha256);
    const s = await makeBillableStudio(t);
    await s.book(['A04'], '2026-10-12', '2026-10-16');
    const draft = draftOf(await generate(t, '2026-10'), s.studio.id)!;
    await expect(documents.storedPdf('invoice', draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A draft's preview is rendered on the fly, never stored.
    const before = await invoicingTables(t);
    const preview = await download(t, `/api/invoices/${draft.id}/pdf`, t.operatorToken);
    expect(await pdfText(preview.body)).toContain('PROJET DE FACTURE');
    expect(await invoicingTables(t)).toEqual(before);
    const api = await t.gql(ShaQueryDocument, { id: draft.id }, t.operatorToken);
    expect(api.data.invoice.documentSha256).toBeNull();
  });

  it('refuses in the database to change, delete or truncate a stored document', async () => {
    const { id } = await issuedInvoice('A05');
    const before = await stored(id);
    await expect(t.dataSource.query(`UPDATE issued_document SET xml = '<forged/>' WHERE invoice_id = $1`, [id])).rejects.toThrow(/an issued document never changes \(UPDATE/);
    await expect(t.dataSource.query(`DELETE FROM issued_document WHERE invoice_id = $1`, [id])).rejects.toThrow(/an issued document never changes \(DELETE/);
    await expect(t.dataSource.query(`TRUNCATE issued_document CASCADE`)).rejects.toThrow(/an issued document never changes \(TRUNCATE/);
    expect(await stored(id)).toEqual(before);
  });

  it('leaves the invoice a draft, its number unused and no document, when rendering fails at issue', async () => {
    const s = await makeBillableStudio(t);
    await s.book(['A07'], '2026-10-19', '2026-10-23');
    const draft = draftOf(await generate(t, '2026-10'), s.studio.id)!;
    const settings = t.app.get(SettingsService);
    await settings.set(SELLER_IDENTITY_KEY, { addressLines: null });
    const before = await invoicingTables(t);
    try {
      expect(errorCode(await t.gql(OPS.issueInvoice, { id: draft.id }, t.operatorToken))).toBeDefined();
    } finally {
      await settings.set(SELLER_IDENTITY_KEY, {});
    }
    expect(await invoicingTables(t)).toEqual(before);
    expect((await issue(t, draft.id)).status).toBe('ISSUED');
  });

  it('renders an invoice issued before documents were stored once, at its first download, and keeps those bytes', async () => {
    const s = await makeBillableStudio(t);
    await s.book(['A08'], '2026-10-26', '2026-10-30');
    const draft = draftOf(await generate(t, '2026-10'), s.studio.id)!;
    // Issued by an earlier version: frozen data, no stored document.
    const studio = (await t.dataSource.getRepository(StudioEntity).findOneBy({ id: s.studio.id }))!;
    await t.dataSource.query(
      `UPDATE invoice SET status = 'ISSUED', number = 'FLEX-2025-09999', issued_at = '2025-12-02T09:00:00Z', issue_date = '2025-12-02', due_date = '2026-01-01', seller = $2, buyer = $3 WHERE id = $1`,
      [draft.id, JSON.stringify(DEFAULT_SELLER), JSON.stringify(buyerFromStudio(studio))],
    );
    expect(await stored(draft.id)).toBeUndefined();
    // The database checks that a stored SHA-256 is the PDF's.
    await expect(
      t.dataSource.query(`INSERT INTO issued_document (kind, invoice_id, filename, pdf, xml, sha256) VALUES ('INVOICE', $1, 'x.pdf', '\\x00', '<x/>', repeat('0', 64))`, [draft.id]),
    ).rejects.toThrow(/ck_issued_document_sha256/);
    const [a, b] = await Promise.all([download(t, `/api/invoices/${draft.id}/pdf`, s.token), download(t, `/api/invoices/${draft.id}/pdf`, t.operatorToken)]);
    const row = await stored(draft.id);
    expect(sha256(a.body)).toBe(row.sha256);
    expect(b.body.equals(a.body)).toBe(true);
    expect(await pdfText(a.body)).toContain('Facture n° FLEX-2025-09999');
    expect((await t.gql(ShaQueryDocument, { id: draft.id }, t.operatorToken)).data.invoice.documentSha256).toBe(row.sha256);
  });
});
