import { defaultElectronicAddress, electronicAddressProblem, storedElectronicAddress } from './electronic-address.js';

describe('electronic invoicing address (French directory, scheme 0225)', () => {
  const siret = '85212345600018';

  it('defaults to the SIREN of the SIRET', () => {
    expect(defaultElectronicAddress(siret)).toBe('852123456');
  });

  it('accepts the SIREN, alone or with a suffix of letters, digits and + - _ .', () => {
    for (const a of ['852123456', '852123456_85212345600018', '852123456_FACTURES', '852123456-compta.2026+x']) expect(electronicAddressProblem(a, siret)).toBeNull();
  });

  it('refuses spaces, other characters, more than 125 characters and another SIREN', () => {
    expect(electronicAddressProblem('852123456 FACT', siret)).toMatch(/without spaces/);
    expect(electronicAddressProblem('852123456@mirage.fr', siret)).toMatch(/without spaces/);
    expect(electronicAddressProblem(`852123456_${'X'.repeat(116)}`, siret)).toMatch(/125/);
    expect(electronicAddressProblem(`852123456_${'X'.repeat(115)}`, siret)).toBeNull();
    expect(electronicAddressProblem('912345675', siret)).toMatch(/start with the studio's SIREN \(852123456\)/);
    expect(electronicAddressProblem('', siret)).toMatch(/1 to 125/);
  });

  it('stores nothing for the default, so the address follows a change of SIRET', () => {
    expect(storedElectronicAddress('', siret)).toBeNull();
    expect(storedElectronicAddress(null, siret)).toBeNull();
    expect(storedElectronicAddress(' 852123456 ', siret)).toBeNull();
    expect(storedElectronicAddress('852123456_FACTURES', siret)).toBe('852123456_FACTURES');
  });
});
