import { createTestApp, errorCode, TestApp } from '../harness.js';
import { download, draftOf, generate, issue, makeBillableStudio, OPS } from './invoicing-world.js';

/** Who sees what: the operator everything; a studio manager its own studio's issued invoices only. */
describe('invoices are scoped to their studio', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeBillableStudio>>;
  let b: Awaited<ReturnType<typeof makeBillableStudio>>;
  let issuedA: string;
  let draftA: string;
  let issuedB: string;

  beforeAll(async () => {
    t = await createTestApp();
    a = await makeBillableStudio(t);
    b = await makeBillableStudio(t);
    await a.book(['A01'], '2026-02-02', '2026-02-06');
    await b.book(['A02'], '2026-02-02', '2026-02-06');
    const feb = await generate(t, '2026-02');
    issuedA = draftOf(feb, a.studio.id)!.id;
    issuedB = draftOf(feb, b.studio.id)!.id;
    await issue(t, issuedA);
    await issue(t, issuedB);
    await a.book(['A03'], '2026-03-02', '2026-03-06');
    draftA = draftOf(await generate(t, '2026-03'), a.studio.id)!.id;
  });
  afterAll(() => t.close());

  it("shows a manager its studio's issued invoices, never a draft nor another studio's", async () => {
    const res = await t.gql(OPS.invoices, {}, a.token);
    expect(res.data.invoices.map((i: { id: string }) => i.id)).toEqual([issuedA]);
    expect(res.data.invoices[0]).toMatchObject({ status: 'ISSUED', month: '2026-02', studio: { id: a.studio.id }, number: expect.stringMatching(/^FLEX-/) });
    expect(errorCode(await t.gql(OPS.invoices, { studioId: b.studio.id }, a.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.invoice, { id: issuedB }, a.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(OPS.invoice, { id: draftA }, a.token))).toBe('NOT_FOUND');
    const own = await t.gql(OPS.invoice, { id: issuedA }, a.token);
    expect(own.data.invoice).toMatchObject({ id: issuedA, pdfUrl: `/api/invoices/${issuedA}/pdf`, lines: [{ kind: 'DESK_DAYS', quantity: 5 }] });
  });

  it('shows the operator every invoice, drafts included, filtered by studio and month', async () => {
    const all = (await t.gql(OPS.invoices, {}, t.operatorToken)).data.invoices.map((i: { id: string }) => i.id);
    expect(all).toEqual(expect.arrayContaining([issuedA, issuedB, draftA]));
    const march = (await t.gql(OPS.invoices, { studioId: a.studio.id, month: '2026-03' }, t.operatorToken)).data.invoices;
    expect(march.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[draftA, 'DRAFT']]);
    expect(errorCode(await t.gql(OPS.invoices, { month: '03/2026' }, t.operatorToken))).toBe('BAD_USER_INPUT');
  });

  it('serves PDFs only to the operator and the studio itself', async () => {
    expect((await download(t, `/api/invoices/${issuedA}/pdf`, a.token)).status).toBe(200);
    expect((await download(t, `/api/invoices/${issuedA}/pdf`, t.operatorToken)).status).toBe(200);
    const foreign = await download(t, `/api/invoices/${issuedB}/pdf`, a.token);
    expect(foreign.status).toBe(404);
    expect(foreign.json).toMatchObject({ code: 'NOT_FOUND' });
    expect((await download(t, `/api/invoices/${draftA}/pdf`, a.token)).status).toBe(404);
    const anonymous = await download(t, `/api/invoices/${issuedA}/pdf`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await download(t, `/api/invoices/not-an-id/pdf`, t.operatorToken)).json).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("scopes the CSV export to the manager's studio, and checks the month", async () => {
    const own = (await download(t, '/api/invoices/export.csv?month=2026-02', a.token)).body.toString('utf8');
    const operator = (await download(t, '/api/invoices/export.csv?month=2026-02', t.operatorToken)).body.toString('utf8');
    expect(own.trim().split('\r\n')).toHaveLength(2);
    expect(own).toContain(a.studio.legalName);
    expect(own).not.toContain(b.studio.legalName);
    expect(operator).toContain(b.studio.legalName);
    const bad = await download(t, '/api/invoices/export.csv?month=2026-2', t.operatorToken);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});
