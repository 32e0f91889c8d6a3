import PDFDocument from 'pdfkit';
import { collectPdf } from '../../invoicing/documents/pdf-document.js';
import { FACTOR_LABELS, LABELS, printed, printedDate, StatementDocument } from './statement-document.js';
import { FrozenFactors, methodSections, StatementLang } from './statement-method.js';

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#2f5d62';
const MARGIN = 48;
const WIDTH = 595.28 - 2 * MARGIN;

/** The statement as an A4 PDF in French or English; dated from its issue, so the same statement renders the same bytes. */
export async function renderStatementPdf(d: StatementDocument, lang: StatementLang): Promise<Buffer> {
  const L = LABELS[lang];
  const title = `${L.title} ${d.number}`;
  const doc = new PDFDocument({
    size: 'A4', margin: MARGIN, pdfVersion: '1.7', lang: lang === 'fr' ? 'fr-FR' : 'en-GB',
    info: { Title: title, Author: 'Studio FLEX', Subject: `${d.productionName} — ${d.from} / ${d.to}`, Creator: 'Studio FLEX', Producer: 'Studio FLEX (PDFKit)', CreationDate: d.issuedAt, ModDate: d.issuedAt },
  });
  const finish = collectPdf(doc);
  header(doc, d, lang);
  figures(doc, d, lang);
  factors(doc, d.factors, lang);
  method(doc, d.factors, lang);
  doc.moveDown(1).font('regular').fontSize(8).fillColor(MUTED).text(L.footer, { width: WIDTH });
  return finish();
}

const heading = (doc: PDFKit.PDFDocument, text: string) => doc.moveDown(0.8).font('semibold').fontSize(11).fillColor(ACCENT).text(text, MARGIN, undefined, { width: WIDTH }).moveDown(0.2);
const line = (doc: PDFKit.PDFDocument, label: string, value: string) =>
  doc.font('regular').fontSize(9.5).fillColor(INK).text(`${label} : `, MARGIN, undefined, { continued: true, width: WIDTH }).font('semibold').text(value);

function header(doc: PDFKit.PDFDocument, d: StatementDocument, lang: StatementLang): void {
  const L = LABELS[lang];
  doc.font('semibold').fontSize(18).fillColor(ACCENT).text('Studio FLEX', MARGIN, MARGIN);
  doc.font('semibold').fontSize(13).fillColor(INK).text(L.title).moveDown(0.3);
  line(doc, L.number, d.number);
  line(doc, L.issued, printedDate(d.issuedAt.toISOString().slice(0, 10), lang));
  line(doc, L.studio, d.studioName);
  line(doc, L.production, d.productionName);
  line(doc, L.period, `${printedDate(d.from, lang)} – ${printedDate(d.to, lang)}`);
}

function figures(doc: PDFKit.PDFDocument, d: StatementDocument, lang: StatementLang): void {
  const L = LABELS[lang];
  const f = d.figures;
  const kg = (v: number) => `${printed(v, lang)} kg CO2e`;
  const range = (lo: number, hi: number) => ` (${L.range} ${printed(lo, lang)} – ${printed(hi, lang)})`;
  heading(doc, L.activity);
  line(doc, L.deskDays, String(f.deskDays));
  line(doc, L.checkInDays, String(f.checkInDays));
  line(doc, L.machines, String(f.machinesAvoided));
  line(doc, L.metered, String(f.meteredDeskDays));
  heading(doc, L.footprint);
  line(doc, L.manufacturing, kg(f.manufacturingKg) + range(f.manufacturingLowKg, f.manufacturingHighKg));
  line(doc, L.electricity, `${kg(f.electricityKg)} (${printed(f.electricityKwh, lang, 1)} kWh)`);
  line(doc, L.total, kg(f.footprintKg) + range(f.footprintLowKg, f.footprintHighKg));
  if (f.sites.length > 1) {
    doc.moveDown(0.2).font('semibold').fontSize(9.5).fillColor(INK).text(L.sites, MARGIN);
    for (const s of f.sites) {
      line(doc, d.siteNames[s.siteId] ?? s.siteId, `${s.deskDays} ${L.deskDays.toLowerCase()} · ${L.manufacturing} ${kg(s.manufacturingKg)} · ${L.electricity} ${kg(s.electricityKg)}`);
    }
  }
  heading(doc, L.avoided);
  line(doc, L.avoidedGross, kg(f.avoidedKg) + range(f.avoidedLowKg, f.avoidedHighKg));
  line(doc, L.avoidedConservative, kg(f.avoidedConservativeKg));
}

function factors(doc: PDFKit.PDFDocument, frozen: FrozenFactors, lang: StatementLang): void {
  const L = LABELS[lang];
  heading(doc, L.factors);
  for (const [key, f] of Object.entries(frozen) as Array<[keyof FrozenFactors, FrozenFactors[keyof FrozenFactors]]>) {
    const version = f.versionId === null ? L.builtIn : `${L.version} ${f.versionId}`;
    line(doc, FACTOR_LABELS[lang][key], `${printed(f.value, lang, 3)} ${f.unit} (${version})`);
    doc.font('regular').fontSize(8).fillColor(MUTED).text(f.source, MARGIN + 12, undefined, { width: WIDTH - 12 });
  }
}

function method(doc: PDFKit.PDFDocument, frozen: FrozenFactors, lang: StatementLang): void {
  heading(doc, LABELS[lang].method);
  for (const s of methodSections(lang, frozen)) {
    doc.font('semibold').fontSize(9).fillColor(INK).text(s.title, MARGIN, undefined, { width: WIDTH });
    doc.font('regular').fontSize(8.5).fillColor(INK).text(s.text, { width: WIDTH, align: 'justify' }).moveDown(0.3);
  }
}
