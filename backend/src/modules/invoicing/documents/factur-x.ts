import { ciiXml } from './cii.js';
import { renderPdf } from './pdf-document.js';
import type { PrintableDocument } from './printable-document.js';

export interface FacturXDocument {
  pdf: Buffer;
  /** The CII XML embedded in the PDF as factur-x.xml, byte for byte. */
  xml: string;
}

/**
 * Factur-X, profile EN 16931 ("Comfort"): the page (pdfkit) with the document's CII XML embedded,
 * as a PDF/A-3. Only numbered documents (an issued invoice, a credit note) are e-invoices.
 */
export async function facturX(d: PrintableDocument): Promise<FacturXDocument> {
  const xml = ciiXml(d);
  return { pdf: await renderPdf(d, xml), xml };
}
