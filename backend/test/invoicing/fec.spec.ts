import { createTestApp, errorCode, TestApp } from '../harness.js';
import { download, draftOf, generate, issue } from './invoicing-world.js';
import { issuedInvoice, pay, PAY } from './payments-world.js';

const COLUMNS = 'JournalCode JournalLib EcritureNum EcritureDate CompteNum CompteLib CompAuxNum CompAuxLib PieceRef PieceDate EcritureLib Debit Credit EcritureLet DateLet ValidDate Montantdevise Idevise'.split(' ');

type FecLine = Record<(typeof COLUMNS)[number], string>;

/** The FEC parsed back: the header, then one record per line. */
function parseFec(body: Buffer): { header: string[]; lines: FecLine[]; widths: number[] } {
  const text = body.toString('utf8');
  const [header, ...rows] = text.split('\r\n').filter(Boolean).map((l) => l.split('\t'));
  return { header, widths: rows.map((r) => r.length), lines: rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]])) as FecLine) };
}

const cents = (amount: string) => {
  expect(amount).toMatch(/^\d+,\d{2}$/);
  return Number(amount.replace(',', ''));
};
const total = (lines: FecLine[], where: (l: FecLine) => boolean, side: 'Debit' | 'Credit') => lines.filter(where).reduce((s, l) => s + cents(l[side]), 0);

describe('the FEC', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof issuedInvoice>>;
  let b: Awaited<ReturnType<typeof issuedInvoice>>;
  beforeAll(async () => {
    t = await createTestApp();
    // February: two January invoices issued (54 000 and 27 000 incl. VAT), a credit note on A, two payments.
    t.clock.travelTo(new Date('2027-02-01T10:00:00+01:00'));
    a = await issuedInvoice(t, '2027-01', ['A01', 'A02'], '2027-01-04', '2027-01-08');
    b = await issuedInvoice(t, '2027-01', ['B01'], '2027-01-04', '2027-01-08');
    t.clock.travelTo(new Date('2027-02-10T10:00:00+01:00'));
    await t.gql(PAY.creditNote, { input: { invoiceId: a.invoice.id, reason: 'Un poste indisponible', amountExclTaxCents: 4_500 } }, t.operatorToken);
    await pay(t, b.invoice.id, 27_000, '2027-02-10', 'TRANSFER', 'VIR 2027-0210');
    await pay(t, a.invoice.id, 20_000, '2027-02-10', 'CHEQUE', 'CHQ 7');
    // March: the rest of A's January, and the February invoice of A (outside a February FEC).
    t.clock.travelTo(new Date('2027-03-01T10:00:00+01:00'));
    await pay(t, a.invoice.id, 28_600, '2027-03-01');
    await a.book(['A01'], '2027-02-01', '2027-02-05');
    await issue(t, draftOf(await generate(t, '2027-02'), a.studio.id)!.id);
  });
  afterAll(() => t.close());

  it('writes the 18 columns, tab-separated, and names the file <SIREN>FEC<closing date>.txt', async () => {
    const res = await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28', t.operatorToken);
    expect(res.status).toBe(200);
    expect(res.filename).toBe('912345675FEC20270228.txt');
    const { header, widths, lines } = parseFec(res.body);
    expect(header).toEqual(COLUMNS);
    expect(new Set(widths)).toEqual(new Set([18]));
    expect(lines.every((l) => /^202702\d\d$/.test(l.EcritureDate) && l.ValidDate === l.EcritureDate)).toBe(true);
    expect(new Set(lines.map((l) => l.JournalCode))).toEqual(new Set(['VE', 'BQ']));
  });

  it('balances every entry, and its totals are the period\'s invoices, credit notes and payments', async () => {
    const { lines } = parseFec((await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28', t.operatorToken)).body);
    const entries = new Map<string, number>();
    for (const l of lines) entries.set(l.EcritureNum, (entries.get(l.EcritureNum) ?? 0) + cents(l.Debit) - cents(l.Credit));
    // Two invoices + one credit note in VE, two payments in BQ.
    expect(entries.size).toBe(5);
    expect([...entries.values()].every((balance) => balance === 0)).toBe(true);
    const ve = (account: string) => (l: FecLine) => l.JournalCode === 'VE' && l.CompteNum === account;
    expect(total(lines, ve('411'), 'Debit')).toBe(54_000 + 27_000);
    expect(total(lines, ve('411'), 'Credit')).toBe(5_400);
    expect(total(lines, ve('706'), 'Credit') - total(lines, ve('706'), 'Debit')).toBe(45_000 + 22_500 - 4_500);
    expect(total(lines, ve('44571'), 'Credit') - total(lines, ve('44571'), 'Debit')).toBe(9_000 + 4_500 - 900);
    const bq = (account: string) => (l: FecLine) => l.JournalCode === 'BQ' && l.CompteNum === account;
    expect(total(lines, bq('512'), 'Debit')).toBe(47_000);
    expect(total(lines, bq('411'), 'Credit')).toBe(47_000);
    // Each studio has its own auxiliary account on its customer lines.
    const auxOf = (number: string) => new Set(lines.filter((l) => l.CompteNum === '411' && l.PieceRef === number).map((l) => l.CompAuxNum));
    const [auxA, auxB] = [auxOf(a.invoice.number), auxOf(b.invoice.number)];
    expect(auxA.size).toBe(1);
    expect(auxB.size).toBe(1);
    expect([...auxA][0]).toMatch(/^C\d{5}$/);
    expect([...auxA][0]).not.toBe([...auxB][0]);
    expect(lines.filter((l) => l.CompteNum !== '411').every((l) => l.CompAuxNum === '')).toBe(true);
    const note = lines.filter((l) => l.PieceRef.startsWith('AV-'));
    expect(note.map((l) => [l.CompteNum, l.Debit, l.Credit])).toEqual([['411', '0,00', '54,00'], ['706', '45,00', '0,00'], ['44571', '9,00', '0,00']]);
  });

  it('covers a whole year, with the same auxiliary accounts as before', async () => {
    const feb = parseFec((await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28', t.operatorToken)).body).lines;
    const year = parseFec((await download(t, '/api/accounting/fec?from=2027-01-01&to=2027-12-31', t.operatorToken)).body).lines;
    expect(total(year, (l) => l.JournalCode === 'VE' && l.CompteNum === '411', 'Debit')).toBe(54_000 + 27_000 + 27_000);
    expect(total(year, (l) => l.JournalCode === 'BQ' && l.CompteNum === '512', 'Debit')).toBe(47_000 + 28_600);
    const aux = (lines: FecLine[]) => new Map(lines.filter((l) => l.CompAuxNum).map((l) => [l.PieceRef, l.CompAuxNum]));
    for (const [piece, code] of aux(feb)) expect(aux(year).get(piece)).toBe(code);
  });

  it('writes the accounts and journals set in the settings', async () => {
    const res = await t.gql(PAY.updateAccountingSettings, { input: { customersAccount: '41100000', bankAccount: '51210000', bankJournal: 'BNK' } }, t.operatorToken);
    expect(res.data.updateAccountingSettings).toEqual({ customersAccount: '41100000', salesAccount: '706', vatCollectedAccount: '44571', bankAccount: '51210000', salesJournal: 'VE', bankJournal: 'BNK' });
    const { lines } = parseFec((await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28', t.operatorToken)).body);
    expect(new Set(lines.map((l) => `${l.JournalCode} ${l.CompteNum}`))).toEqual(new Set(['VE 41100000', 'VE 706', 'VE 44571', 'BNK 51210000', 'BNK 41100000']));
    for (const [input, field] of [[{ customersAccount: 'abc' }, 'customersAccount'], [{ salesJournal: 'BNK' }, 'bankJournal'], [{ bankJournal: 'b q' }, 'bankJournal']] as const) {
      const bad = await t.gql(PAY.updateAccountingSettings, { input }, t.operatorToken);
      expect([errorCode(bad), bad.errors?.[0].extensions.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect((await t.gql(PAY.accountingSettings, {}, t.operatorToken)).data.accountingSettings.bankJournal).toBe('BNK');
    expect(errorCode(await t.gql(PAY.updateAccountingSettings, { input: { bankJournal: 'BQ' } }, a.token))).toBe('FORBIDDEN');
    await t.gql(PAY.updateAccountingSettings, { input: { customersAccount: '411', bankAccount: '512', bankJournal: 'BQ' } }, t.operatorToken);
  });

  it('is the operator\'s, and says which date is wrong', async () => {
    expect((await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28', a.token)).status).toBe(403);
    expect((await download(t, '/api/accounting/fec?from=2027-02-01&to=2027-02-28')).status).toBe(401);
    for (const [query, field] of [['to=2027-02-28', 'from'], ['from=2027-02-30&to=2027-03-01', 'from'], ['from=2027-03-01&to=2027-02-01', 'to'], ['from=2027-01-01&to=2029-12-31', 'to']]) {
      const res = await download(t, `/api/accounting/fec?${query}`, t.operatorToken);
      expect([query, res.status, res.json?.field]).toEqual([query, 400, field]);
    }
  });
});
