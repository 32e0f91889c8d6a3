import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { StudioEntity } from '../../src/modules/studios/studio.entity.js';
import { SettingsService } from '../../src/modules/settings/settings.service.js';
import { DEFAULT_SELLER, SELLER_IDENTITY_KEY } from '../../src/modules/invoicing/seller-identity.js';
import { VAT_ON_DEBITS_KEY } from '../../src/modules/invoicing/printable.js';
import { createTestApp, TestApp } from '../harness.js';
import { download, draftOf, generate, issue, makeBillableStudio, OPS } from './invoicing-world.js';
import { pdfAttachments, pdfMetadata, pdfText } from './pdf-text.js';

describe('invoice documents', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof makeBillableStudio>>;
  let invoiceId: string;
  let number: string;
  let text: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-11-03T10:00:00+01:00'));
    s = await makeBillableStudio(t, { number: `CT-2026-${Math.floor(Math.random() * 900 + 100)}` });
    await t.dataSource.getRepository(StudioEntity).update({ id: s.studio.id }, { legalName: 'Atelier Mirage SAS', billingAddress: '8 rue Saint-Roch, 16000 Angoulême', siret: '85212345600018', vatNumber: 'FR79852123456' });
    // October 2026: 5–9 October on three desks = 15 desk-days × 45,00 € = 675,00 € HT.
    await s.book(['A01', 'A02', 'A03'], '2026-10-05', '2026-10-09', BookingStatus.CONFIRMED, 'Mirage — épisode 4');
    invoiceId = draftOf(await generate(t, '2026-10'), s.studio.id)!.id;
    number = (await issue(t, invoiceId)).number;
    const res = await download(t, `/api/invoices/${invoiceId}/pdf`, t.operatorToken);
    expect(res.status).toBe(200);
    pdf = res.body;
    text = await pdfText(pdf);
  });
  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  it('is a PDF, served as a download named after the invoice number', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const res = await t.http().get(`/api/invoices/${invoiceId}/pdf`).set('Authorization', `Bearer ${t.operatorToken}`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${number}.pdf"`);
  });

  it('shows every mention French law requires on an invoice', () => {
    const mentions = [
      // Seller: legal identity, legal form, address, SIRET, VAT number, trade register.
      DEFAULT_SELLER.legalName,
      'SAS au capital de 30 000 €',
      '4 rue de la Charente',
      '16000 Angoulême',
      'SIRET : 912 345 675 00017',
      `N° TVA intracommunautaire : ${DEFAULT_SELLER.vatNumber}`,
      'RCS Angoulême 912 345 675',
      // Buyer: the studio as it was at issue.
      'Atelier Mirage SAS',
      '8 rue Saint-Roch',
      'SIREN : 852 123 456',
      'SIRET : 852 123 456 00018',
      'N° TVA intracommunautaire : FR79852123456',
      // The document itself.
      'FACTURE',
      `Facture n° ${number}`,
      'Date d’émission 03/11/2026',
      'Date d’échéance 03/12/2026',
      'Période facturée octobre 2026',
      `Contrat de mise à disposition : ${s.contract.number}`,
      // The line, the VAT and the totals.
      '« Mirage — épisode 4 »',
      'du 05/10/2026 au 09/10/2026',
      '3 postes (A01, A02, A03)',
      'Total HT 675,00 €',
      'TVA 20 % (sur 675,00 €) 135,00 €',
      'Total TTC 810,00 €',
      'Net à payer 810,00 €',
      // Payment terms, penalties, recovery indemnity.
      'Conditions de paiement : 30 jours à compter de la date de facture, soit au plus tard le 03/12/2026',
      'IBAN FR76 3000 6000 0112 3456 7890 189',
      'Pas d’escompte pour paiement anticipé',
      'taux BCE (taux de refinancement le plus récent) + 10 points',
      'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €',
      // The nature of the operation and how VAT is paid (on receipts: services, no débits option).
      'Catégorie de l’opération : prestations de services',
      'TVA : 20 % — TVA sur les encaissements.',
    ];
    const missing = mentions.filter((m) => !text.includes(m));
    expect(missing).toEqual([]);
    // The line's quantity, unit price and amount, side by side.
    expect(text).toMatch(/ 15 45,00 € 675,00 € /);
  });

  it('is a Factur-X invoice: its EN 16931 CII XML is embedded and agrees with the PDF', async () => {
    const attachments = await pdfAttachments(pdf);
    expect(attachments.map((a) => [a.name, a.afRelationship])).toEqual([['factur-x.xml', 'Alternative']]);
    const xml = attachments[0].text;
    expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
    expect(xml).toContain(`<ram:ID>${number}</ram:ID>`);
    expect(xml).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(xml).toContain('<udt:DateTimeString format="102">20261103</udt:DateTimeString>');
    expect(xml).toContain('<udt:DateTimeString format="102">20261203</udt:DateTimeString>');
    expect(xml).toContain('<ram:BilledQuantity unitCode="DAY">15</ram:BilledQuantity>');
    expect(xml).toContain('<ram:TaxBasisTotalAmount>675.00</ram:TaxBasisTotalAmount>');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">135.00</ram:TaxTotalAmount>');
    expect(xml).toContain('<ram:GrandTotalAmount>810.00</ram:GrandTotalAmount>');
    expect(xml).toContain('<ram:ID schemeID="VA">FR79852123456</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="0002">912345675</ram:ID>');
    expect(xml).toContain(`<ram:IssuerAssignedID>${s.contract.number}</ram:IssuerAssignedID>`);
    expect(xml).toContain('<ram:IBANID>FR7630006000011234567890189</ram:IBANID>');
    // The French reform's data: billing mode S1 (services, BT-23), both parties' SIREN-based
    // electronic addresses (BT-34, BT-49), and one subject-coded note per mandatory mention.
    expect(xml).toMatch(/<ram:BusinessProcessSpecifiedDocumentContextParameter>\s*<ram:ID>S1<\/ram:ID>/);
    expect(xml).toContain('<ram:URIID schemeID="0225">912345675</ram:URIID>');
    expect(xml).toContain('<ram:URIID schemeID="0225">852123456</ram:URIID>');
    const notes = [...xml.matchAll(/<ram:IncludedNote>\s*<ram:Content>([^<]*)<\/ram:Content>\s*<ram:SubjectCode>(\w+)<\/ram:SubjectCode>\s*<\/ram:IncludedNote>/g)].map((m) => [m[2], m[1]]);
    expect(notes).toEqual([
      ['BAR', 'B2B'],
      ['AAB', 'Pas d’escompte pour paiement anticipé.'],
      ['PMD', expect.stringContaining('taux BCE')],
      ['PMT', expect.stringContaining('40 €')],
      ['TXD', 'TVA sur les encaissements.'],
    ]);
    expect(xml).toContain('<ram:DueDateTypeCode>72</ram:DueDateTypeCode>');
    // The sRGB output intent's ICC profile says its colour components (/N 3).
    expect(pdf.toString('latin1')).toMatch(/\/N 3[\s\S]*?stream/);
    // PDF/A-3 identification in the XMP metadata, and a document information dictionary that agrees with it.
    const { info, xmp } = await pdfMetadata(pdf);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    const xmpValue = (re: RegExp) => re.exec(xmp)?.[1].trim();
    expect(info.title).toBe(xmpValue(/<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/));
    expect(info.title).toContain(number);
    expect(info.author).toBe(xmpValue(/<dc:creator>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/));
    expect(info.creator).toBe(xmpValue(/<xmp:CreatorTool>([\s\S]*?)<\/xmp:CreatorTool>/));
    expect(info.producer).toBe(xmpValue(/<pdf:Producer>([\s\S]*?)<\/pdf:Producer>/));
    expect(info.keywords).toBeUndefined();
  });

  it('never changes once issued: later edits of the studio and of the seller do not reach it', async () => {
    await t.dataSource.getRepository(StudioEntity).update({ id: s.studio.id }, { legalName: 'Mirage Productions SARL' });
    await t.app.get(SettingsService).set(SELLER_IDENTITY_KEY, { legalName: 'Studio FLEX Angoulême SAS' });
    const again = await pdfText((await download(t, `/api/invoices/${invoiceId}/pdf`, t.operatorToken)).body);
    expect(again).toContain('Atelier Mirage SAS');
    expect(again).not.toContain('Mirage Productions SARL');
    expect(again).not.toContain('Studio FLEX Angoulême SAS');
    // A draft, not frozen, shows today's identities, and says it is not an invoice.
    await s.book(['B01'], '2026-11-02', '2026-11-06');
    const draftId = draftOf(await generate(t, '2026-11'), s.studio.id)!.id;
    const draft = await download(t, `/api/invoices/${draftId}/pdf`, t.operatorToken);
    expect(draft.status).toBe(200);
    const draftText = await pdfText(draft.body);
    expect(draftText).toContain('PROJET DE FACTURE');
    expect(draftText).toContain('brouillon, sans valeur de facture');
    expect(draftText).toContain('Mirage Productions SARL');
    expect(draftText).toContain('Studio FLEX Angoulême SAS');
    expect(await pdfAttachments(draft.body)).toEqual([]);
    await t.app.get(SettingsService).set(SELLER_IDENTITY_KEY, {});
  });

  it('prints a credit note with its own number, the invoice it corrects and its date', async () => {
    const res = await t.gql(OPS.createCreditNote, { input: { invoiceId, reason: 'Poste A03 indisponible deux jours', amountExclTaxCents: 9000 } }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const note = res.data.createCreditNote;
    const file = await download(t, `/api/credit-notes/${note.id}/pdf`, t.operatorToken);
    expect(file.status).toBe(200);
    const noteText = await pdfText(file.body);
    for (const m of [
      'AVOIR',
      `Avoir n° ${note.number}`,
      `Avoir sur la facture n° ${number} du 03/11/2026`,
      'Motif : Poste A03 indisponible deux jours',
      'Total HT 90,00 €',
      'TVA 20 % (sur 90,00 €) 18,00 €',
      'Total TTC à déduire 108,00 €',
      'SIRET : 912 345 675 00017',
      'Atelier Mirage SAS',
    ]) {
      expect(noteText).toContain(m);
    }
    const [xml] = await pdfAttachments(file.body);
    expect(xml.text).toContain('<ram:TypeCode>381</ram:TypeCode>');
    // BT-25 and BT-26: the credited invoice's number and issue date, in InvoiceReferencedDocument.
    expect(xml.text).toMatch(
      new RegExp(`<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${number}</ram:IssuerAssignedID>\\s*<ram:FormattedIssueDateTime>\\s*<qdt:DateTimeString format="102">20261103</qdt:DateTimeString>`),
    );
  });

  it('states the débits option when the seller chose it, and escapes the seller name in the XMP metadata', async () => {
    const settings = t.app.get(SettingsService);
    await settings.set(VAT_ON_DEBITS_KEY, true);
    await settings.set(SELLER_IDENTITY_KEY, { legalName: 'Studio FLEX & Cie <SAS>' });
    try {
      const draftId = draftOf(await generate(t, '2026-11'), s.studio.id)!.id;
      await issue(t, draftId);
      const file = (await download(t, `/api/invoices/${draftId}/pdf`, t.operatorToken)).body;
      expect(await pdfText(file)).toContain('TVA : 20 % — Option pour le paiement de la taxe d’après les débits.');
      const [xml] = await pdfAttachments(file);
      expect(xml.text).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
      expect(xml.text).toContain('<ram:Content>Option pour le paiement de la taxe d’après les débits.</ram:Content>');
      expect(xml.text).toContain('<ram:Name>Studio FLEX &amp; Cie &lt;SAS&gt;</ram:Name>');
      const { info, xmp } = await pdfMetadata(file);
      expect(info.author).toBe('Studio FLEX & Cie <SAS>');
      expect(xmp).toContain('<rdf:li>Studio FLEX &amp; Cie &lt;SAS&gt;</rdf:li>');
      expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    } finally {
      await settings.set(VAT_ON_DEBITS_KEY, false);
      await settings.set(SELLER_IDENTITY_KEY, {});
    }
  });

  it('exports the month for the accountant as CSV: ";" separated, decimal commas, credit notes negative', async () => {
    const res = await download(t, '/api/invoices/export.csv?month=2026-10', t.operatorToken);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    const csv = res.body.toString('utf8');
    expect(csv.startsWith('\ufeffType;Numéro;Date;Échéance;Mois facturé;Client;SIRET client;N° TVA client;Facture d’origine;Total HT;TVA;Total TTC;Statut;Payée le\r\n')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n').slice(1);
    expect(rows).toEqual([
      `Facture;${number};2026-11-03;2026-12-03;2026-10;Atelier Mirage SAS;85212345600018;FR79852123456;;675,00;135,00;810,00;Émise;`,
      expect.stringMatching(new RegExp(`^Avoir;AV-2026-\\d{5};2026-11-03;;2026-10;Atelier Mirage SAS;85212345600018;FR79852123456;${number};-90,00;-18,00;-108,00;Émis;$`)),
    ]);
  });
});
