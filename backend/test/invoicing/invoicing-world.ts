import { BookingEntity, BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { ContractEntity } from '../../src/modules/studios/contract.entity.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { TestApp } from '../harness.js';
import { CreateCreditNoteDocument, GenerateInvoicesDocument, InvoiceDocument, InvoicesDocument, IssueInvoiceDocument, MarkInvoicePaidDocument } from '../documents.js';

/** The contract's operations (../shared/contract/invoicing.graphql), exactly as clients send them. */
export const OPS = {
  generateInvoices: GenerateInvoicesDocument,
  issueInvoice: IssueInvoiceDocument,
  invoices: InvoicesDocument,
  invoice: InvoiceDocument,
  createCreditNote: CreateCreditNoteDocument,
  markInvoicePaid: MarkInvoicePaidDocument,
};

export interface GeneratedInvoice {
  id: string;
  status: string;
  month: string;
  studio: { id: string };
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
  lines: Array<{ kind: string; description: string; quantity: number; unitPriceCents: number; amountCents: number; booking: { id: string } }>;
}

/** A studio with an active contract (and a signed-in manager) whose bookings a test lays down. */
export async function makeBillableStudio(t: TestApp, contract: Partial<ContractEntity> = {}) {
  const studio = await makeStudio(t.dataSource);
  const manager = await makeManager(t.dataSource, studio.id);
  const activeContract = await makeContract(t.dataSource, studio.id, contract);
  const token = await t.login(manager.email, TEST_PASSWORD);
  const book = (deskCodes: string[], startDate: string, endDate: string, status = BookingStatus.CONFIRMED, productionName?: string) =>
    makeBooking(t.dataSource, { studioId: studio.id, contractId: activeContract.id, deskCodes, startDate, endDate, status, productionName });
  /** A cancelled booking with its billing terms, as the booking engine records them. */
  const cancelled = async (deskCodes: string[], startDate: string, endDate: string, terms: Pick<BookingEntity, 'billedThrough' | 'lateFeeFrom' | 'lateFeeTo' | 'lateFeePct'>) => {
    const booking = await book(deskCodes, startDate, endDate, BookingStatus.CANCELLED);
    await t.dataSource.getRepository(BookingEntity).update({ id: booking.id }, terms);
    return booking;
  };
  return { studio, manager, contract: activeContract, token, book, cancelled };
}

/** Generates the month as the operator; fails the test on an error. */
export async function generate(t: TestApp, month: string): Promise<GeneratedInvoice[]> {
  const res = await t.gql(OPS.generateInvoices, { month }, t.operatorToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.generateInvoices;
}

export async function issue(t: TestApp, id: string): Promise<{ id: string; number: string; status: string; issuedAt: string; dueDate: string }> {
  const res = await t.gql(OPS.issueInvoice, { id }, t.operatorToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const issued = res.data.issueInvoice;
  // An issued invoice has its number and dates.
  return { id: issued.id, number: issued.number!, status: issued.status, issuedAt: issued.issuedAt!, dueDate: issued.dueDate! };
}

export const draftOf = (invoices: GeneratedInvoice[], studioId: string) => invoices.find((i) => i.studio.id === studioId);

export const count = async (t: TestApp, table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

/** Everything invoicing writes, to check that a refused call wrote nothing. */
export async function invoicingTables(t: TestApp) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM invoice) AS invoices, (SELECT count(*)::int FROM invoice_line) AS lines, (SELECT count(*)::int FROM credit_note) AS credit_notes,
            (SELECT count(*)::int FROM issued_document) AS documents,
            (SELECT coalesce(json_agg(json_build_object('k', kind, 'y', year, 'n', last_number) ORDER BY kind, year), '[]') FROM document_counter WHERE kind IN ('FLEX', 'AV')) AS counters,
            (SELECT coalesce(json_agg(json_build_object('id', id, 's', status, 'n', number, 't', total_incl_tax_cents, 'u', updated_at) ORDER BY id), '[]') FROM invoice) AS states`,
  );
  return row;
}

/** Downloads a file with a bearer token (none: anonymous); the body as bytes. */
export async function download(t: TestApp, path: string, token?: string): Promise<{ status: number; type: string; body: Buffer; json?: { code?: string; field?: string; message?: string }; filename?: string }> {
  const req = t.http().get(path).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req;
  const body = res.body as Buffer;
  const type = String(res.headers['content-type'] ?? '');
  const filename = /filename="([^"]+)"/.exec(String(res.headers['content-disposition'] ?? ''))?.[1];
  return { status: res.status, type, body, json: type.includes('json') ? JSON.parse(body.toString('utf8')) : undefined, filename };
}
