import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * PDF/A wants the document information dictionary to say what the XMP metadata says
 * (ISO 19005-3, 6.6.2.3.1). @e-invoice-eu/core 2.3 writes them apart (Title, Creator, Producer
 * differ; Keywords has no XMP counterpart), so the dictionary is rewritten from the XMP packet.
 */
export async function alignInfoWithXmp(bytes: Uint8Array): Promise<Buffer> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ref = doc.catalog.get(PDFName.of('Metadata'));
  const stream = ref ? doc.context.lookup(ref) : undefined;
  if (!(stream instanceof PDFRawStream)) return Buffer.from(bytes);
  const xmp = Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
  const pick = (re: RegExp) => {
    const m = re.exec(xmp);
    return m ? unescapeXml(m[1].trim()) : undefined;
  };
  const title = pick(/<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/);
  const author = pick(/<dc:creator>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/);
  const subject = pick(/<dc:description>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/);
  const creator = pick(/<xmp:CreatorTool>([\s\S]*?)<\/xmp:CreatorTool>/);
  const producer = pick(/<pdf:Producer>([\s\S]*?)<\/pdf:Producer>/);
  if (title) doc.setTitle(title);
  if (author) doc.setAuthor(author);
  if (subject) doc.setSubject(subject);
  if (creator) doc.setCreator(creator);
  if (producer) doc.setProducer(producer);
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) info.delete(PDFName.of('Keywords'));
  return Buffer.from(await doc.save());
}
