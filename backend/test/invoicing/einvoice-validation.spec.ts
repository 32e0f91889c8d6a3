import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { SettingsService } from '../../src/modules/settings/settings.service.js';
import { VAT_ON_DEBITS_KEY } from '../../src/modules/invoicing/printable.js';
import { StudioEntity } from '../../src/modules/studios/studio.entity.js';
import { createTestApp, TestApp } from '../harness.js';
import { describeFindings, validateEInvoices, validationDir, ValidationReport, VALIDATORS } from './einvoice-validators.js';
import { download, draftOf, generate, issue, makeBillableStudio, OPS } from './invoicing-world.js';
import { pdfAttachments } from './pdf-text.js';
import { UpdateStudioEinvoiceValidationDocument } from '../documents.js';

/*
 * What an accounting platform (PA) does with our files: it takes the CII XML out of the Factur-X
 * PDF and runs the official validators on it. Every generated invoice and credit note must pass
 * the four with no error and no fatal rule. The known-good sample runs first, and a broken copy of
 * it must fail each of them, so neither a broken tool chain nor a validator that never fails can
 * make this pass.
 */
describe('e-invoices under the official validators', () => {
  let t: TestApp;
  const docs: Array<{ name: string; xml: string }> = [];
  let reports: Map<string, ValidationReport>;
  const control = readFileSync(join(validationDir(), 'control', 'factur-x-en16931.xml'), 'utf8');

  /** The XML a platform would read: the one embedded in the downloaded PDF, which is the one stored at issue. */
  async function collect(name: string, path: string, table: 'invoice_id' | 'credit_note_id', id: string) {
    const res = await download(t, path, t.operatorToken);
    expect(res.status).toBe(200);
    const attachments = await pdfAttachments(res.body);
    expect(attachments.map((a) => a.name)).toEqual(['factur-x.xml']);
    const [{ xml }] = await t.dataSource.query(`SELECT xml FROM issued_document WHERE ${table} = $1`, [id]);
    expect(attachments[0].text).toBe(xml);
    docs.push({ name, xml });
  }

  async function creditNote(invoiceId: string, reason: string, amountExclTaxCents?: number): Promise<{ id: string; number: string }> {
    const res = await t.gql(OPS.createCreditNote, { input: { invoiceId, reason, amountExclTaxCents } }, t.operatorToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createCreditNote;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-12-03T10:00:00+01:00'));

    // Volume tiers reached (61 desk-days ≥ 40: 40,00 €), several bookings, and a late cancellation.
    const tiers = await makeBillableStudio(t, { dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 40, dailyRateCents: 4000 }, { fromDeskDays: 100, dailyRateCents: 3600 }] });
    await tiers.book(['C01'], '2026-06-01', '2026-06-30', BookingStatus.CONFIRMED, 'Série A');
    await tiers.book(['C02'], '2026-06-01', '2026-06-23', BookingStatus.CONFIRMED, 'Série B');
    await tiers.book(['C03', 'C04'], '2026-06-15', '2026-06-26', BookingStatus.CONFIRMED, 'Série C');
    await tiers.cancelled(['D01'], '2026-06-08', '2026-06-30', { billedThrough: '2026-06-09', lateFeeFrom: '2026-06-10', lateFeeTo: '2026-06-23', lateFeePct: 50 });
    const tiered = draftOf(await generate(t, '2026-06'), tiers.studio.id)!;
    expect(tiered.lines.map((l) => l.kind).sort()).toEqual(['DESK_DAYS', 'DESK_DAYS', 'DESK_DAYS', 'DESK_DAYS', 'LATE_CANCELLATION']);
    expect(new Set(tiered.lines.map((l) => l.unitPriceCents))).toEqual(new Set([4000, 2000]));
    await issue(t, tiered.id);
    await collect('tiers, four bookings and a late cancellation', `/api/invoices/${tiered.id}/pdf`, 'invoice_id', tiered.id);
    // A partial credit note whose VAT rounds (123,45 € → 24,69 €).
    const partial = await creditNote(tiered.id, 'Geste commercial : poste C02 lent deux jours', 12345);
    await collect('partial credit note', `/api/credit-notes/${partial.id}/pdf`, 'credit_note_id', partial.id);

    // Accents, quotes and XML-special characters, a long address on five lines, an electronic address with a suffix.
    const accents = await makeBillableStudio(t);
    await t.dataSource.getRepository(StudioEntity).update(
      { id: accents.studio.id },
      {
        legalName: 'Les Films de l’Éléphant & Cie — « Ça tourne » <SAS>',
        vatNumber: 'FR79852123456',
        billingAddress:
          'Bâtiment Émile-Zola, 3ᵉ étage, porte 12\nZone d’activité des Écluses — Parc technologique de la Charente\n123 avenue du Président-Wilson-Prolongée, lieu-dit « Les Grands Champs »\nCS 40012 Cedex 9\n16000 Angoulême',
      },
    );
    const siren = accents.studio.siret.slice(0, 9);
    const updated = await t.gql(UpdateStudioEinvoiceValidationDocument, { input: { id: accents.studio.id, electronicAddress: `${siren}_COMPTA.FACTURES` } }, t.operatorToken);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateStudio.electronicAddress).toBe(`${siren}_COMPTA.FACTURES`);
    await accents.book(['A05', 'A06'], '2026-09-07', '2026-09-18', BookingStatus.CONFIRMED, 'Éclat d’été — « Noël à Saint-Éloï » & <co>');
    const accented = draftOf(await generate(t, '2026-09'), accents.studio.id)!;
    await issue(t, accented.id);
    await collect('accents and a long address', `/api/invoices/${accented.id}/pdf`, 'invoice_id', accented.id);

    // A whole credit note cancelling an invoice, VAT on debits (BT-8 code 5).
    await t.app.get(SettingsService).set(VAT_ON_DEBITS_KEY, true);
    const whole = await makeBillableStudio(t);
    await whole.book(['B07'], '2026-10-05', '2026-10-16');
    const cancelledInvoice = draftOf(await generate(t, '2026-10'), whole.studio.id)!;
    await issue(t, cancelledInvoice.id);
    await collect('VAT on debits', `/api/invoices/${cancelledInvoice.id}/pdf`, 'invoice_id', cancelledInvoice.id);
    const total = await creditNote(cancelledInvoice.id, 'Facture annulée : contrat du mauvais studio');
    await collect('total credit note', `/api/credit-notes/${total.id}/pdf`, 'credit_note_id', total.id);
    await t.app.get(SettingsService).set(VAT_ON_DEBITS_KEY, false);

    const broken = control
      .replace(/<ram:ApplicableHeaderTradeDelivery>[\s\S]*<\/ram:ApplicableHeaderTradeDelivery>/, '') // XSD: required element
      .replace('<ram:ID>S1</ram:ID>', '<ram:ID>X9</ram:ID>') // BR-FR-08: unknown billing mode
      .replace('<ram:GrandTotalAmount>104.90</ram:GrandTotalAmount>', '<ram:GrandTotalAmount>999.99</ram:GrandTotalAmount>') // BR-CO-15
      .replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>999</ram:TypeCode>'); // invoice type code list
    const started = Date.now();
    const all = await validateEInvoices([{ name: 'control', xml: control }, { name: 'broken control', xml: broken }, ...docs]);
    reports = new Map(all.map((r) => [r.name, r]));
    if (process.env.EINVOICE_REPORT) console.log(JSON.stringify({ ms: Date.now() - started, reports: all.map((r) => ({ name: r.name, fired: r.firedRules, findings: r.findings.map((f) => `${f.validator}:${f.id}:${f.flag}`) })) }, null, 1));
  }, 240_000);

  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  it('accepts the known-good sample with all four validators (the tool chain works)', () => {
    const report = reports.get('control')!;
    expect(describeFindings(report.blocking)).toEqual([]);
    for (const rules of Object.values(report.firedRules)) expect(rules).toBeGreaterThan(100);
  });

  it('refuses a broken copy of the sample with each of the four validators (a validator that never fails is caught)', () => {
    const { blocking } = reports.get('broken control')!;
    for (const validator of VALIDATORS) expect(blocking.filter((f) => f.validator === validator).length).toBeGreaterThan(0);
    expect(blocking.map((f) => f.id)).toEqual(expect.arrayContaining(['XSD', 'BR-CO-15', 'BR-FR-08_BT-23']));
  });

  it.each(['tiers, four bookings and a late cancellation', 'partial credit note', 'accents and a long address', 'VAT on debits', 'total credit note'])(
    'passes the XSD, EN 16931, Factur-X and BR-FR with no error and no fatal rule: %s',
    (name) => {
      const report = reports.get(name)!;
      expect(describeFindings(report.blocking)).toEqual([]);
      for (const rules of Object.values(report.firedRules)) expect(rules).toBeGreaterThan(50);
    },
  );

  it('carries what the scenarios are about into the XML', () => {
    const xml = (name: string) => docs.find((d) => d.name === name)!.xml;
    expect(xml('tiers, four bookings and a late cancellation')).toContain('<ram:ChargeAmount>40.00</ram:ChargeAmount>');
    expect(xml('tiers, four bookings and a late cancellation')).toContain('Annulation tardive, 50 % du tarif');
    expect(xml('partial credit note')).toContain('<ram:TaxTotalAmount currencyID="EUR">24.69</ram:TaxTotalAmount>');
    expect(xml('accents and a long address')).toContain('<ram:Name>Les Films de l’Éléphant &amp; Cie — « Ça tourne » &lt;SAS&gt;</ram:Name>');
    // Three street lines in CII: the rest of a long address joins the third.
    expect(xml('accents and a long address')).toMatch(/<ram:LineThree>[^<]*Écluses[^<]*lieu-dit « Les Grands Champs », CS 40012 Cedex 9<\/ram:LineThree>/);
    expect(xml('accents and a long address')).toMatch(/<ram:URIID schemeID="0225">\d{9}_COMPTA\.FACTURES<\/ram:URIID>/);
    expect(xml('VAT on debits')).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
    expect(xml('total credit note')).toContain('<ram:TypeCode>381</ram:TypeCode>');
  });
});
