import { DEFAULT_SELLER } from '../seller-identity.js';
import { ciiXml } from './cii.js';
import { facturX } from './factur-x.js';
import type { PrintableDocument } from './printable-document.js';

const invoice: PrintableDocument = {
  kind: 'INVOICE',
  draft: false,
  number: 'FLEX-2026-00042',
  issueDate: '2026-11-03',
  issuedAt: new Date('2026-11-03T09:15:00Z'),
  dueDate: '2026-12-03',
  paymentTermDays: 30,
  month: '2026-10',
  seller: DEFAULT_SELLER,
  buyer: { ...DEFAULT_SELLER, legalName: 'Atelier Mirage SAS', tradeName: null, siret: '85212345600018', vatNumber: 'FR79852123456', iban: null, bic: null },
  contractNumbers: ['CT-2026-001'],
  lines: [{ description: 'Postes équipés — « Mirage »', quantity: 15, unit: 'jour-poste', unitPriceCents: 4500, amountCents: 67500, periodStart: '2026-10-05', periodEnd: '2026-10-09' }],
  vatRatePct: 20,
  totalExclTaxCents: 67500,
  vatCents: 13500,
  totalInclTaxCents: 81000,
  vatOnDebits: false,
};

describe('Factur-X rendering', () => {
  it('renders the same document to the same bytes (dated from its issue, no random id)', async () => {
    const [a, b] = [await facturX(invoice), await facturX(invoice)];
    expect(b.pdf.equals(a.pdf)).toBe(true);
    expect(b.xml).toBe(a.xml);
    expect(a.pdf.toString('latin1')).toContain('/CreationDate (D:20261103091500Z)');
  });

  it('embeds the XML it returns, byte for byte', async () => {
    const { pdf, xml } = await facturX(invoice);
    expect(pdf.includes(Buffer.from(`/Size ${Buffer.byteLength(xml)}`))).toBe(true);
    expect(xml).toBe(ciiXml(invoice));
  });

  it('makes no e-invoice of a draft', () => {
    expect(() => ciiXml({ ...invoice, draft: true, number: null })).toThrow(/numbered/);
  });
});
