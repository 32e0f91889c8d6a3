import { createTestApp, errorCode, TestApp } from '../harness.js';
import { draftOf, generate, invoicingTables, issue, makeBillableStudio, OPS } from './invoicing-world.js';
import { DetailCreditNotesDocument, ListDocument } from '../documents.js';

describe('credit notes', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof makeBillableStudio>>;
  let invoiceId: string;
  const credit = (input: Record<string, unknown>, token = t.operatorToken) => t.gql(OPS.createCreditNote, { input: { invoiceId, reason: 'Geste commercial', ...input } }, token);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-12-01T10:00:00+01:00'));
    s = await makeBillableStudio(t, { dailyRateCents: 4523 });
    // November 2026: 2–6 Nov on one desk (5 days) = 226,15 € HT; VAT 45,23 €; 271,38 € TTC.
    await s.book(['A01'], '2026-11-02', '2026-11-06');
    invoiceId = draftOf(await generate(t, '2026-11'), s.studio.id)!.id;
    await issue(t, invoiceId);
  });
  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  it('credits an amount (a price reduction) with its own number and VAT, and keeps the invoice issued', async () => {
    const res = await credit({ amountExclTaxCents: 2503 });
    expect(res.errors).toBeUndefined();
    // 25,03 € × 20 % = 5,006 → 5,01 €.
    expect(res.data.createCreditNote).toEqual({ id: expect.any(String), number: 'AV-2026-00001', totalExclTaxCents: 2503, totalInclTaxCents: 3004, invoice: { id: invoiceId } });
    const inv = (await t.gql(DetailCreditNotesDocument, { id: invoiceId }, t.operatorToken)).data.invoice;
    expect(inv).toMatchObject({ status: 'ISSUED', creditableExclTaxCents: 22615 - 2503, creditedInclTaxCents: 3004 });
  });

  it('refuses more than what remains, a blank reason, a draft, and a studio manager — writing nothing', async () => {
    const before = await invoicingTables(t);
    const tooMuch = await credit({ amountExclTaxCents: 22615 - 2503 + 1 });
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors![0].extensions).toMatchObject({ field: 'amountExclTaxCents', remainingExclTaxCents: 20112 });
    expect(errorCode(await credit({ amountExclTaxCents: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await credit({ reason: '    ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await credit({ amountExclTaxCents: 100 }, s.token))).toBe('FORBIDDEN');
    await s.book(['A02'], '2026-11-09', '2026-11-10');
    const draft = draftOf(await generate(t, '2026-11'), s.studio.id)!;
    const stateBefore = await invoicingTables(t);
    expect(errorCode(await t.gql(OPS.createCreditNote, { input: { invoiceId: draft.id, reason: 'Erreur' } }, t.operatorToken))).toBe('INVALID_STATE');
    expect(await invoicingTables(t)).toEqual(stateBefore);
    expect(before.credit_notes).toBe(stateBefore.credit_notes);
  });

  it('cancels the rest of the invoice without an amount: the credits add up to the invoice to the cent', async () => {
    const res = await credit({ reason: 'Facture établie sur un mauvais contrat' });
    expect(res.data.createCreditNote).toMatchObject({ number: 'AV-2026-00002', totalExclTaxCents: 20112 });
    const inv = (await t.gql(DetailCreditNotesDocument, { id: invoiceId }, t.operatorToken)).data.invoice;
    expect(inv.status).toBe('CANCELLED');
    expect(inv.creditableExclTaxCents).toBe(0);
    const sum = (k: 'totalExclTaxCents' | 'vatCents') => inv.creditNotes.reduce((a, n) => a + n[k], 0);
    expect([sum('totalExclTaxCents'), sum('vatCents')]).toEqual([inv.totalExclTaxCents, inv.vatCents]);
    expect(inv.creditNotes.map((n) => n.wholeInvoice)).toEqual([false, true]);
    // Nothing is left to credit.
    const before = await invoicingTables(t);
    expect(errorCode(await credit({}))).toBe('INVALID_STATE');
    expect(await invoicingTables(t)).toEqual(before);
  });

  it('bills the desk-days of a cancelled invoice again at the next generation (cancel, correct, regenerate)', async () => {
    const draft = draftOf(await generate(t, '2026-11'), s.studio.id)!;
    // The draft now holds the 5 days of the cancelled invoice and the 2 days booked since.
    expect(draft.lines.map((l) => l.quantity).sort()).toEqual([2, 5]);
    expect(draft.lines.every((l) => !l.description.includes('déjà facturé'))).toBe(true);
  });

  it('lists credit notes, and a manager sees only its own studio’s', async () => {
    const other = await makeBillableStudio(t);
    const own = await t.gql(ListDocument, {}, s.token);
    expect(own.data.creditNotes.map((n) => n.number).sort()).toEqual(['AV-2026-00001', 'AV-2026-00002']);
    expect((await t.gql(ListDocument, {}, other.token)).data.creditNotes).toEqual([]);
    expect(errorCode(await t.gql(ListDocument, { studioId: s.studio.id }, other.token))).toBe('FORBIDDEN');
  });
});
