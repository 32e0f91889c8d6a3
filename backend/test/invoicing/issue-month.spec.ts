import { createTestApp, errorCode, TestApp } from '../harness.js';
import { generate, invoicingTables, makeBillableStudio } from './invoicing-world.js';
import { IssueMonthDraftsIssueMonthDocument } from '../documents.js';

/*
 * "Émettre tous les brouillons": every draft of a month in one transaction, numbered one after
 * the other by studio name, all or none; a month not over is refused unless the operator said so.
 */
describe('issuing all the drafts of a month', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('asks first on a month not over (MONTH_NOT_OVER, nothing written), then issues every draft with consecutive numbers', async () => {
    t.clock.travelTo(new Date('2029-05-01T09:00:00+02:00'));
    const studios = [await makeBillableStudio(t), await makeBillableStudio(t)];
    for (const [i, s] of studios.entries()) await s.book([`A0${i + 1}`], '2029-05-01', '2029-05-04');
    expect(await generate(t, '2029-05')).toHaveLength(2);
    const before = await invoicingTables(t);

    const refused = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-05' }, t.operatorToken);
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'MONTH_NOT_OVER', month: '2029-05', lastDay: '2029-05-31' });
    expect(await invoicingTables(t)).toEqual(before);

    const res = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-05', evenIfMonthNotOver: true }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const issued = res.data.issueMonthDrafts as Array<{ number: string; status: string; studio: { name: string } }>;
    expect(issued.map((i) => i.status)).toEqual(['ISSUED', 'ISSUED']);
    expect(issued.map((i) => i.number)).toEqual(['FLEX-2029-00001', 'FLEX-2029-00002']);
    // Numbered in the order of the studios' names.
    const names = issued.map((i) => i.studio.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // Nothing left to issue: a second call issues nothing and numbers nothing.
    const again = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-05', evenIfMonthNotOver: true }, t.operatorToken);
    expect(again.data.issueMonthDrafts).toEqual([]);
  }, 120_000);

  it('issues none when one draft cannot be issued, names its studio, and keeps numbering without a gap', async () => {
    t.clock.travelTo(new Date('2029-07-02T09:00:00+02:00'));
    const studios = [await makeBillableStudio(t), await makeBillableStudio(t), await makeBillableStudio(t)];
    for (const [i, s] of studios.entries()) await s.book([`B0${i + 1}`], '2029-06-04', '2029-06-08');
    const drafts = await generate(t, '2029-06');
    expect(drafts).toHaveLength(3);
    // One draft loses its lines (as a half-finished edit would): it cannot be issued.
    const broken = drafts.find((d) => d.studio.id === studios[1].studio.id)!;
    await t.dataSource.query(`DELETE FROM invoice_line WHERE invoice_id = $1`, [broken.id]);
    const before = await invoicingTables(t);

    const refused = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-06' }, t.operatorToken);
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'DRAFT_EMPTY', studioId: studios[1].studio.id, studioName: studios[1].studio.name });
    expect(await invoicingTables(t)).toEqual(before);

    await generate(t, '2029-06');
    const res = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-06' }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.issueMonthDrafts.map((i) => i.number)).toEqual(['FLEX-2029-00003', 'FLEX-2029-00004', 'FLEX-2029-00005']);
  }, 120_000);

  it('is for the operator, with a month written YYYY-MM', async () => {
    const s = await makeBillableStudio(t);
    const before = await invoicingTables(t);
    expect(errorCode(await t.gql(IssueMonthDraftsIssueMonthDocument, { month: '2029-06' }, s.token))).toBe('FORBIDDEN');
    const bad = await t.gql(IssueMonthDraftsIssueMonthDocument, { month: 'juin 2029' }, t.operatorToken);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ field: 'month' });
    expect(await invoicingTables(t)).toEqual(before);
  });
});
