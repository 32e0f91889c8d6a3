import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { PDFParse } from 'pdf-parse';

/** The text a reader sees in a PDF, with runs of whitespace (no-break spaces included) made one space. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const { text } = await parser.getText();
    return text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/** Files embedded in a PDF (Factur-X carries its XML so), with their relationship to the document. */
export async function pdfAttachments(bytes: Buffer): Promise<Array<{ name: string; mimeType: string | undefined; afRelationship: string | undefined; text: string }>> {
  const doc = await PDFDocument.load(bytes);
  return doc.getAttachments().map((a) => ({ name: a.name, mimeType: a.mimeType, afRelationship: a.afRelationship as string | undefined, text: Buffer.from(a.data).toString('utf8') }));
}

/** The document information dictionary and the XMP packet, to compare them (PDF/A wants them to agree). */
export async function pdfMetadata(bytes: Buffer) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))!) as PDFRawStream;
  return {
    info: { title: doc.getTitle(), author: doc.getAuthor(), subject: doc.getSubject(), creator: doc.getCreator(), producer: doc.getProducer(), keywords: doc.getKeywords() },
    xmp: Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8'),
  };
}
