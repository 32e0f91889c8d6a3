import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../src/common/crypto/secret-box.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { JWT_SECRET_SETTING } from '../../src/bootstrap.js';
import { OUTBOX_SECRET_CONTEXT } from '../../src/modules/mail/outbox-message.entity.js';
import { makeStudio } from '../../../seeds/factories/index.js';
import { makeWorld } from '../crew/crew-world.js';
import { createTestApp, TEST_SECRET_KEY, TestApp } from '../harness.js';
import { adminQuery, testServerUrl } from '../test-database.js';
import { withDatabase } from '../test-database-names.js';
import { instanceOf, linkTokenFor, OPS, signIn, tablesHolding } from './sessions-world.js';
import { OutboxSecretsAtRestDocument } from '../documents.js';

describe('no secret stored readable', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('after a pass is sent, no column of any table holds its door code, yet the operator still reads it in the outbox', async () => {
    const w = await makeWorld(t);
    const { code, member } = await w.staffed('C07', '2027-05-03', '2027-05-07', 'Yanis Roussel');
    for (const form of [code, code.replace(/-/g, ''), code.toLowerCase()]) expect(await tablesHolding(t.dataSource, form)).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT sealed_secret, text_body FROM outbox_message WHERE crew_member_id = $1`, [member.id]);
    expect(SecretBox.isSealed(row.sealed_secret)).toBe(true);
    expect(row.text_body).toContain('{{secret}}');
    const outbox = await t.gql(OutboxSecretsAtRestDocument, {}, t.operatorToken);
    const mail = outbox.data.outbox.find((m) => m.to === member.email);
    expect(mail!.secret).toBe(code);
    expect(mail!.text).toContain(code);
  });

  it('no column holds an invitation or reset token', async () => {
    const studio = await makeStudio(t.dataSource);
    const email = `sealed-${Date.now()}@example.fr`;
    const invited = await t.gql(OPS.inviteUser, { input: { email, fullName: 'Jade Morel', role: 'STUDIO_MANAGER', studioId: studio.id } }, t.operatorToken);
    const invitation = await linkTokenFor(t, email);
    expect(await tablesHolding(t.dataSource, invitation)).toEqual([]);
    await t.gql(OPS.acceptInvitation, { token: invitation, password: 'Tartine-Girafe-Lavande-93' });
    await t.gql(OPS.sendPasswordReset, { id: invited.data.inviteUser.id }, t.operatorToken);
    const reset = await linkTokenFor(t, email);
    expect(reset).not.toBe(invitation);
    expect(await tablesHolding(t.dataSource, reset)).toEqual([]);
  });

  it('no column holds a session token, its session secret or the secret signing the tokens', async () => {
    const { token } = await signIn(instanceOf(t), 'operator@studioflex.fr', 'studioflex');
    const sid = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid as string;
    for (const secret of [token, sid, token.split('.')[2]]) expect(await tablesHolding(t.dataSource, secret)).toEqual([]);
    const [setting] = await t.dataSource.query(`SELECT value FROM setting WHERE key = $1`, [JWT_SECRET_SETTING]);
    expect(SecretBox.isSealed(setting.value)).toBe(true);
    const signingSecret = new SecretBox(TEST_SECRET_KEY).open(setting.value, `setting:${JWT_SECRET_SETTING}`);
    expect(signingSecret.length).toBeGreaterThanOrEqual(32);
    expect(await tablesHolding(t.dataSource, signingSecret)).toEqual([]);
  });
});

describe('the Sessions migration', () => {
  const name = `flex_t_migr_${randomBytes(4).toString('hex')}`;
  let ds: DataSource;
  const previousKey = process.env.FLEX_SECRET_KEY;
  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE "${name}"`);
    process.env.FLEX_SECRET_KEY = TEST_SECRET_KEY;
  });
  afterAll(async () => {
    await ds?.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (previousKey === undefined) delete process.env.FLEX_SECRET_KEY;
    else process.env.FLEX_SECRET_KEY = previousKey;
  });

  it('seals the door codes held in clear in the outbox and drops the JWT secret kept in clear', async () => {
    const before = MIGRATIONS.filter((m) => m.name !== 'Sessions1796200000000');
    const old = new DataSource({ ...dataSourceOptions(withDatabase(testServerUrl(), name), { logging: false }), migrations: before } as never);
    await old.initialize();
    await old.runMigrations({ transaction: 'each' });
    await old.query(`INSERT INTO outbox_message (subject, text_body, secret, status, kind) VALUES ('Pass', 'Code: {{secret}}', '7KQ2M-X9D4R-0HVTB-C3N8P', 'HELD', 'ACCESS_PASS+qr')`);
    await old.query(`INSERT INTO setting (key, value) VALUES ('auth.jwtSecret', '"plain-secret-of-the-old-version-0123456789"')`);
    await old.destroy();

    ds = new DataSource(dataSourceOptions(withDatabase(testServerUrl(), name), { logging: false }));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    expect(await tablesHolding(ds, '7KQ2M-X9D4R-0HVTB-C3N8P')).toEqual([]);
    expect(await tablesHolding(ds, 'plain-secret-of-the-old-version')).toEqual([]);
    const [row] = await ds.query(`SELECT sealed_secret FROM outbox_message`);
    expect(new SecretBox(TEST_SECRET_KEY).open(row.sealed_secret, OUTBOX_SECRET_CONTEXT)).toBe('7KQ2M-X9D4R-0HVTB-C3N8P');
  });
});
