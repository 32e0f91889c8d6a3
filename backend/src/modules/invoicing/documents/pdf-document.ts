import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { PartyIdentity, sirenOf } from '../seller-identity.js';
import { euros, formatSiren, formatSiret, frenchDate, frenchMonth } from './french-format.js';
import { CREDIT_NOTE_SETTLEMENT, LATE_PAYMENT_PENALTY, NO_DISCOUNT, OPERATION_CATEGORY, paymentTerms, RECOVERY_INDEMNITY, sellerFooter, vatRegime } from './legal-mentions.js';
import { embedFacturX, FACTUR_X_SUBSET } from './pdfa-envelope.js';
import type { PrintableDocument } from './printable-document.js';

export type { PrintableDocument } from './printable-document.js';

const require = createRequire(import.meta.url);
// Embedded TrueType fonts (PDF/A forbids relying on the reader's fonts).
export const FONTS = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
};

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#2f5d62';
const RULE = '#d5dbe1';
const SHADE = '#f1f4f6';
const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FOOTER_TOP = PAGE.height - PAGE.margin - 26;

/**
 * Renders the document as a PDF (A4, French), returning its bytes. With its CII XML, it is a
 * Factur-X PDF/A-3 (the XML attached, XMP metadata, sRGB output intent); dated from its issue, so
 * the same document renders the same bytes.
 */
export async function renderPdf(d: PrintableDocument, ciiXml?: string): Promise<Buffer> {
  const title = documentTitle(d);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    pdfVersion: '1.7',
    lang: 'fr-FR',
    bufferPages: true,
    ...(ciiXml ? { subset: FACTUR_X_SUBSET } : {}),
    info: { Title: title, Author: d.seller.legalName, Subject: title, Creator: 'Studio FLEX', Producer: 'Studio FLEX (PDFKit)', CreationDate: d.issuedAt ?? new Date() },
  });
  const finish = collectPdf(doc);
  doc.font('regular');

  header(doc, d);
  parties(doc, d);
  references(doc, d);
  linesTable(doc, d);
  totals(doc, d);
  mentions(doc, d);
  footers(doc, d);
  if (ciiXml) embedFacturX(doc, d, ciiXml);
  return finish();
}

/**
 * Gathers a PDFKit document's bytes and registers the house fonts (`regular`, `semibold`);
 * the function it returns ends the document and resolves with its bytes.
 */
export function collectPdf(doc: PDFKit.PDFDocument): () => Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('semibold', FONTS.semibold);
  return async () => {
    doc.end();
    await finished;
    return Buffer.concat(chunks);
  };
}

export function documentTitle(d: PrintableDocument): string {
  if (d.kind === 'CREDIT_NOTE') return `Avoir ${d.number}`;
  return d.draft ? `Projet de facture — ${frenchMonth(d.month)}` : `Facture ${d.number}`;
}

function header(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const top = PAGE.margin;
  doc.font('semibold').fontSize(20).fillColor(ACCENT).text(d.seller.tradeName ?? d.seller.legalName, PAGE.margin, top);
  doc.font('regular').fontSize(8.5).fillColor(MUTED);
  // The full legal identity is in the "Émetteur" block below; here, how to reach the seller.
  const contact = [d.seller.email, d.seller.phone].filter(Boolean) as string[];
  doc.text(contact.join('\n'), PAGE.margin, top + 28, { width: 240, lineGap: 1 });

  const rightX = PAGE.margin + CONTENT_WIDTH - 230;
  const heading = d.kind === 'CREDIT_NOTE' ? 'AVOIR' : d.draft ? 'PROJET DE FACTURE' : 'FACTURE';
  doc.font('semibold').fontSize(d.draft ? 16 : 22).fillColor(INK).text(heading, rightX, top, { width: 230, align: 'right' });
  const meta: Array<[string, string]> = [];
  if (d.number) meta.push([d.kind === 'CREDIT_NOTE' ? 'Avoir n°' : 'Facture n°', d.number]);
  else meta.push(['Statut', 'brouillon, sans valeur de facture']);
  if (d.issueDate) meta.push(['Date d’émission', frenchDate(d.issueDate)]);
  if (d.dueDate && d.kind === 'INVOICE') meta.push(['Date d’échéance', frenchDate(d.dueDate)]);
  meta.push(['Période facturée', frenchMonth(d.month)]);
  let y = top + 32;
  for (const [label, value] of meta) {
    doc.font('regular').fontSize(9).fillColor(MUTED).text(label, rightX, y, { width: 105 });
    doc.font('semibold').fontSize(9).fillColor(INK).text(value, rightX + 105, y, { width: 125, align: 'right' });
    y += 14;
  }
  doc.y = Math.max(y, top + 100) + 10;
}

function partyBlock(doc: PDFKit.PDFDocument, label: string, p: PartyIdentity, x: number, y: number, width: number): number {
  doc.font('semibold').fontSize(7.5).fillColor(ACCENT).text(label.toUpperCase(), x, y, { width, characterSpacing: 0.6 });
  doc.font('semibold').fontSize(10).fillColor(INK).text(p.legalName, x, y + 13, { width });
  const lines = [
    p.tradeName && p.tradeName !== p.legalName ? p.tradeName : null,
    p.legalForm,
    ...p.addressLines,
    [p.postCode, p.city].filter(Boolean).join(' ') || null,
    p.countryCode !== 'FR' ? p.countryCode : null,
    `SIREN : ${formatSiren(sirenOf(p.siret))}`,
    `SIRET : ${formatSiret(p.siret)}`,
    `N° TVA intracommunautaire : ${p.vatNumber ?? 'non communiqué'}`,
    p.rcs,
  ].filter(Boolean) as string[];
  doc.font('regular').fontSize(8.5).fillColor(INK).text(lines.join('\n'), x, doc.y + 2, { width, lineGap: 1.5 });
  return doc.y;
}

function parties(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const y = doc.y;
  const width = CONTENT_WIDTH / 2 - 12;
  doc.roundedRect(PAGE.margin, y, CONTENT_WIDTH, 1, 0).fill(RULE);
  const left = partyBlock(doc, 'Émetteur', d.seller, PAGE.margin, y + 12, width);
  const right = partyBlock(doc, 'Client', d.buyer, PAGE.margin + width + 24, y + 12, width);
  doc.y = Math.max(left, right) + 14;
}

function references(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const items: string[] = [];
  if (d.creditedInvoice) items.push(`Avoir sur la facture n° ${d.creditedInvoice.number} du ${frenchDate(d.creditedInvoice.issueDate)}`);
  if (d.reason) items.push(`Motif : ${d.reason}`);
  if (d.contractNumbers.length) items.push(`Contrat${d.contractNumbers.length > 1 ? 's' : ''} de mise à disposition : ${d.contractNumbers.join(', ')}`);
  if (!items.length) return;
  const y = doc.y;
  const text = items.join('\n');
  doc.font('regular').fontSize(9);
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH - 20, lineGap: 2 }) + 14;
  doc.rect(PAGE.margin, y, CONTENT_WIDTH, h).fill(SHADE);
  doc.fillColor(INK).text(text, PAGE.margin + 10, y + 7, { width: CONTENT_WIDTH - 20, lineGap: 2 });
  doc.y = y + h + 14;
}

const COLS = { description: 275, quantity: 60, unitPrice: 80, amount: CONTENT_WIDTH - 275 - 60 - 80 };

function tableHeader(doc: PDFKit.PDFDocument, quantityLabel: string): void {
  const y = doc.y;
  doc.rect(PAGE.margin, y, CONTENT_WIDTH, 20).fill(ACCENT);
  doc.font('semibold').fontSize(8.5).fillColor('#ffffff');
  let x = PAGE.margin + 8;
  doc.text('Désignation', x, y + 6, { width: COLS.description - 8 });
  x = PAGE.margin + COLS.description;
  doc.text(quantityLabel, x, y + 6, { width: COLS.quantity - 6, align: 'right' });
  doc.text('Prix unitaire HT', x + COLS.quantity, y + 6, { width: COLS.unitPrice - 6, align: 'right' });
  doc.text('Montant HT', x + COLS.quantity + COLS.unitPrice, y + 6, { width: COLS.amount - 8, align: 'right' });
  doc.y = y + 26;
}

function linesTable(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const quantityLabel = d.kind === 'INVOICE' ? 'Jours-poste' : 'Quantité';
  tableHeader(doc, quantityLabel);
  d.lines.forEach((line, i) => {
    doc.font('regular').fontSize(8.5);
    const h = Math.max(doc.heightOfString(line.description, { width: COLS.description - 16, lineGap: 1 }), 11) + 10;
    if (doc.y + h > FOOTER_TOP - 20) {
      doc.addPage();
      doc.y = PAGE.margin;
      tableHeader(doc, quantityLabel);
    }
    const y = doc.y;
    if (i % 2 === 1) doc.rect(PAGE.margin, y - 4, CONTENT_WIDTH, h).fill(SHADE);
    doc.fillColor(INK).font('regular').fontSize(8.5);
    doc.text(line.description, PAGE.margin + 8, y, { width: COLS.description - 16, lineGap: 1 });
    const x = PAGE.margin + COLS.description;
    doc.text(String(line.quantity), x, y, { width: COLS.quantity - 6, align: 'right' });
    doc.text(euros(line.unitPriceCents), x + COLS.quantity, y, { width: COLS.unitPrice - 6, align: 'right' });
    doc.font('semibold').text(euros(line.amountCents), x + COLS.quantity + COLS.unitPrice, y, { width: COLS.amount - 8, align: 'right' });
    doc.y = y + h;
  });
  doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.y += 10;
}

function totals(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  if (doc.y + 90 > FOOTER_TOP) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
  const width = 230;
  const x = PAGE.margin + CONTENT_WIDTH - width;
  let y = doc.y;
  const row = (label: string, value: string, strong = false) => {
    doc.font(strong ? 'semibold' : 'regular').fontSize(strong ? 10.5 : 9).fillColor(INK);
    doc.text(label, x + 10, y, { width: 130 });
    doc.text(value, x + 130, y, { width: width - 140, align: 'right' });
    y += strong ? 18 : 15;
  };
  row('Total HT', euros(d.totalExclTaxCents));
  row(`TVA ${d.vatRatePct} % (sur ${euros(d.totalExclTaxCents)})`, euros(d.vatCents));
  doc.rect(x, y - 3, width, 24).fill(SHADE);
  y += 2;
  row(d.kind === 'CREDIT_NOTE' ? 'Total TTC à déduire' : 'Total TTC', euros(d.totalInclTaxCents), true);
  // What the invoice asks for when issued; payments are never printed on it (it never changes).
  if (d.kind === 'INVOICE' && !d.draft) row('Net à payer', euros(d.totalInclTaxCents));
  doc.y = y + 12;
}

function mentions(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const vat = `TVA : ${d.vatRatePct} % — ${vatRegime(d.vatOnDebits)}`;
  const paragraphs =
    d.kind === 'CREDIT_NOTE'
      ? [OPERATION_CATEGORY, CREDIT_NOTE_SETTLEMENT, vat]
      : [OPERATION_CATEGORY, paymentTerms(d.paymentTermDays, d.dueDate, d.seller), NO_DISCOUNT, LATE_PAYMENT_PENALTY, RECOVERY_INDEMNITY, vat];
  doc.font('regular').fontSize(8);
  const text = paragraphs.join('\n');
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 2.5 }) + 20;
  if (doc.y + h > FOOTER_TOP - 6) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
  doc.font('semibold').fontSize(8).fillColor(ACCENT).text('MENTIONS LÉGALES ET CONDITIONS', PAGE.margin, doc.y, { characterSpacing: 0.6 });
  doc.font('regular').fontSize(8).fillColor(MUTED).text(text, PAGE.margin, doc.y + 4, { width: CONTENT_WIDTH, lineGap: 2.5 });
}

function footers(doc: PDFKit.PDFDocument, d: PrintableDocument): void {
  const range = doc.bufferedPageRange();
  const footer = sellerFooter(d.seller);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (d.draft) watermark(doc);
    // Writing below the bottom margin must not open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.moveTo(PAGE.margin, FOOTER_TOP).lineTo(PAGE.margin + CONTENT_WIDTH, FOOTER_TOP).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('regular').fontSize(7).fillColor(MUTED);
    doc.text(footer, PAGE.margin, FOOTER_TOP + 6, { width: CONTENT_WIDTH - 70, lineBreak: true });
    doc.text(`Page ${i - range.start + 1}/${range.count}`, PAGE.margin + CONTENT_WIDTH - 70, FOOTER_TOP + 6, { width: 70, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
}

function watermark(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.font('semibold').fontSize(90).fillColor('#c8d0d8', 0.35).text('PROJET', 0, PAGE.height / 2 - 50, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillOpacity(1);
}
