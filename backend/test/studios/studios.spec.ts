import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { frenchVat, STUDIO_OPS, validSiret } from './studios-world.js';

describe('studios', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const siret = validSiret('8123456780001');
  const input = (over: Record<string, unknown> = {}) => ({
    name: 'Les Films du Héron',
    legalName: 'Les Films du Héron SAS',
    siret,
    vatNumber: frenchVat(siret),
    billingAddress: '4 rue de la Charente, 16000 Angoulême',
    contactEmail: 'Production@FilmsDuHeron.fr',
    isNew: true,
    ...over,
  });
  const studioCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM studio`))[0].n;

  it('lets the operator create a studio (contract operation), trimmed and normalised', async () => {
    const res = await t.gql(STUDIO_OPS.createStudio, { input: input({ siret: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6)}` }) }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.createStudio).toEqual({ id: expect.any(String), name: 'Les Films du Héron', legalName: 'Les Films du Héron SAS', siret, isNew: true });
    const full = await t.gql(STUDIO_OPS.studio, { id: res.data.createStudio.id }, t.operatorToken);
    expect(full.data.studio).toMatchObject({ vatNumber: frenchVat(siret), contactEmail: 'production@filmsduheron.fr', contracts: [], activeContract: null });
  });

  describe('refuses bad input with BAD_USER_INPUT and creates nothing', () => {
    const refused = async (over: Record<string, unknown>, field?: string) => {
      const before = await studioCount();
      const res = await t.gql(STUDIO_OPS.createStudio, { input: input({ name: `Studio ${Math.random()}`, ...over }) }, t.operatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      if (field) expect(res.errors![0].extensions.field).toBe(field);
      expect(await studioCount()).toBe(before);
    };
    it('a SIRET with a wrong check digit', () => refused({ siret: `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`, vatNumber: null }, 'siret'));
    it('a SIRET that is not 14 digits', () => refused({ siret: '1234', vatNumber: null }, 'siret'));
    it('a malformed e-mail', () => refused({ contactEmail: 'production-at-heron' }, 'contactEmail'));
    it('a French VAT number of another company', () => refused({ vatNumber: 'FR00123456789' }, 'vatNumber'));
    it('an empty name', () => refused({ name: '  ' }, 'name'));
    it('a name already taken (any case)', () => refused({ name: 'les films du héron' }, 'name'));
  });

  it('is operator only', async () => {
    const studio = await makeStudio(t.dataSource);
    const manager = await makeManager(t.dataSource, studio.id);
    const token = await t.login(manager.email, TEST_PASSWORD);
    const before = await studioCount();
    expect(errorCode(await t.gql(STUDIO_OPS.createStudio, { input: input({ name: 'Sneaky' }) }, token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(STUDIO_OPS.updateStudio, { input: { id: studio.id, isNew: true } }, token))).toBe('FORBIDDEN');
    expect(await studioCount()).toBe(before);
  });

  it('lists every studio for the operator and only its own for a manager', async () => {
    const own = await makeStudio(t.dataSource);
    const manager = await makeManager(t.dataSource, own.id);
    const token = await t.login(manager.email, TEST_PASSWORD);
    const all = (await t.gql(STUDIO_OPS.studios, {}, t.operatorToken)).data.studios;
    expect(all.length).toBe(await studioCount());
    expect(all.map((s: { name: string }) => s.name)).toEqual([...all.map((s: { name: string }) => s.name)].sort((a: string, b: string) => a.localeCompare(b)));
    expect((await t.gql(STUDIO_OPS.studios, {}, token)).data.studios).toEqual([{ id: own.id, name: own.name, isNew: false }]);
    expect((await t.gql(STUDIO_OPS.studio, { id: own.id }, token)).data.studio.id).toBe(own.id);
  });

  it('updates the fields given, keeping SIRET and VAT number consistent', async () => {
    const created = (await t.gql(STUDIO_OPS.createStudio, { input: input({ name: 'Pixel Marais' }) }, t.operatorToken)).data.createStudio;
    const res = await t.gql(STUDIO_OPS.updateStudio, { input: { id: created.id, isNew: false, billingAddress: '1 place du Champ de Mars, 16000 Angoulême' } }, t.operatorToken);
    expect(res.data.updateStudio).toMatchObject({ name: 'Pixel Marais', isNew: false, billingAddress: '1 place du Champ de Mars, 16000 Angoulême', siret });
    const other = validSiret('7912345670002');
    expect(errorCode(await t.gql(STUDIO_OPS.updateStudio, { input: { id: created.id, siret: other } }, t.operatorToken))).toBe('BAD_USER_INPUT');
    const both = await t.gql(STUDIO_OPS.updateStudio, { input: { id: created.id, siret: other, vatNumber: frenchVat(other) } }, t.operatorToken);
    expect(both.data.updateStudio).toMatchObject({ siret: other, vatNumber: frenchVat(other) });
  });

  describe('electronic invoicing address (BT-49, French directory)', () => {
    const stored = async (id: string) => (await t.dataSource.query(`SELECT electronic_address FROM studio WHERE id = $1`, [id]))[0].electronic_address;
    const update = (id: string, fields: Record<string, unknown>) => t.gql(STUDIO_OPS.updateStudio, { input: { id, ...fields } }, t.operatorToken);

    it('is the SIREN by default, and follows a change of SIRET while it is the default', async () => {
      const created = (await t.gql(STUDIO_OPS.createStudio, { input: input({ name: 'Adresse par défaut' }) }, t.operatorToken)).data.createStudio;
      expect((await t.gql(STUDIO_OPS.studio, { id: created.id }, t.operatorToken)).data.studio.electronicAddress).toBe(siret.slice(0, 9));
      expect(await stored(created.id)).toBeNull();
      const other = validSiret('7912345670002');
      const res = await update(created.id, { siret: other, vatNumber: frenchVat(other) });
      expect(res.data.updateStudio.electronicAddress).toBe(other.slice(0, 9));
    });

    it('lets the operator set the SIREN with a suffix, and go back to the SIREN with an empty string', async () => {
      const created = (await t.gql(STUDIO_OPS.createStudio, { input: input({ name: 'Adresse suffixée', electronicAddress: `${siret.slice(0, 9)}_PROD` }) }, t.operatorToken)).data.createStudio;
      expect(await stored(created.id)).toBe(`${siret.slice(0, 9)}_PROD`);
      const res = await update(created.id, { electronicAddress: ` ${siret.slice(0, 9)}_COMPTA.FACTURES ` });
      expect(res.data.updateStudio.electronicAddress).toBe(`${siret.slice(0, 9)}_COMPTA.FACTURES`);
      expect((await update(created.id, { electronicAddress: '' })).data.updateStudio.electronicAddress).toBe(siret.slice(0, 9));
      expect(await stored(created.id)).toBeNull();
    });

    it('refuses an address with spaces or other characters, of another SIREN, or left behind by a new SIRET; changes nothing', async () => {
      const created = (await t.gql(STUDIO_OPS.createStudio, { input: input({ name: 'Adresse refusée' }) }, t.operatorToken)).data.createStudio;
      await update(created.id, { electronicAddress: `${siret.slice(0, 9)}_PROD` });
      const other = validSiret('7912345670002');
      for (const fields of [{ electronicAddress: `${siret.slice(0, 9)} PROD` }, { electronicAddress: 'compta@heron.fr' }, { electronicAddress: other.slice(0, 9) }, { siret: other, vatNumber: frenchVat(other) }]) {
        const res = await update(created.id, fields);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.field).toBe('electronicAddress');
        expect(await stored(created.id)).toBe(`${siret.slice(0, 9)}_PROD`);
      }
      expect((await t.gql(STUDIO_OPS.studio, { id: created.id }, t.operatorToken)).data.studio.siret).toBe(siret);
      const moved = await update(created.id, { siret: other, vatNumber: frenchVat(other), electronicAddress: `${other.slice(0, 9)}_PROD` });
      expect(moved.data.updateStudio).toMatchObject({ siret: other, electronicAddress: `${other.slice(0, 9)}_PROD` });
    });
  });
});
