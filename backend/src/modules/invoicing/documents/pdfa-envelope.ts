import type { PrintableDocument } from './printable-document.js';

/**
 * The PDF/A-3 envelope of a Factur-X document, drawn by pdfkit itself: its PDF/A-3b subset adds
 * the pdfaid XMP and the sRGB output intent (ICC profile with /N 3); here, the CII XML attached as
 * factur-x.xml (AFRelationship Alternative, listed in the catalog's /AF) and the Factur-X XMP
 * extension schema. Fonts are embedded TrueType (pdf-document.ts).
 */
export const FACTUR_X_SUBSET = 'PDF/A-3b';
export const FACTUR_X_FILENAME = 'factur-x.xml';
const FX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

type PdfKitDocument = PDFKit.PDFDocument & { info: Record<string, string | Date>; appendXML(xml: string): void; _addInfo?: () => void };

export function embedFacturX(doc: PDFKit.PDFDocument, d: PrintableDocument, xml: string): void {
  const pdf = doc as PdfKitDocument;
  const at = d.issuedAt ?? (pdf.info.CreationDate as Date);
  // pdfkit 0.20 takes the AFRelationship as `relationship` (not in @types/pdfkit yet).
  const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: FACTUR_X_FILENAME,
    type: 'text/xml',
    description: 'Factur-X (CII, EN 16931)',
    relationship: 'Alternative',
    creationDate: at,
    modifiedDate: at,
  };
  doc.file(Buffer.from(xml, 'utf8'), attachment);
  pdf.appendXML(FACTUR_X_XMP);
  // pdfkit writes the information dictionary's values into the XMP packet without escaping them
  // (a seller named "A & B" would break the packet): write that part ourselves, escaped.
  if (typeof pdf._addInfo !== 'function') throw new Error('pdfkit no longer has _addInfo: check how it writes the XMP packet');
  pdf._addInfo = () => pdf.appendXML(infoXmp(pdf.info));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmpDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/** The XMP twin of the information dictionary (PDF/A wants them to agree, ISO 19005-3 6.6.2.3.1). */
function infoXmp(info: Record<string, string | Date>): string {
  const text = (key: string) => escapeXml(String(info[key] ?? ''));
  return `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
  <xmp:CreateDate>${xmpDate(info.CreationDate as Date)}</xmp:CreateDate>
  <xmp:CreatorTool>${text('Creator')}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:format>application/pdf</dc:format>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text('Title')}</rdf:li></rdf:Alt></dc:title>
  <dc:creator><rdf:Seq><rdf:li>${text('Author')}</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text('Subject')}</rdf:li></rdf:Alt></dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
  <pdf:Producer>${text('Producer')}</pdf:Producer>
</rdf:Description>`;
}

const fxProperty = (name: string, description: string) => `<rdf:li rdf:parseType="Resource">
  <pdfaProperty:name>${name}</pdfaProperty:name>
  <pdfaProperty:valueType>Text</pdfaProperty:valueType>
  <pdfaProperty:category>external</pdfaProperty:category>
  <pdfaProperty:description>${description}</pdfaProperty:description>
</rdf:li>`;

/** Factur-X 1.0x: the fx properties, and their declaration as a PDF/A extension schema. */
const FACTUR_X_XMP = `<rdf:Description rdf:about="" xmlns:fx="${FX_NAMESPACE}">
  <fx:DocumentType>INVOICE</fx:DocumentType>
  <fx:DocumentFileName>${FACTUR_X_FILENAME}</fx:DocumentFileName>
  <fx:Version>1.0</fx:Version>
  <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
  <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>${FX_NAMESPACE}</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>fx</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq>
${[
  fxProperty('DocumentFileName', 'The name of the embedded XML document'),
  fxProperty('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'),
  fxProperty('Version', 'The actual version of the standard applying to the embedded XML document'),
  fxProperty('ConformanceLevel', 'The conformance level of the embedded XML document'),
].join('\n')}
    </rdf:Seq></pdfaSchema:property>
  </rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;
