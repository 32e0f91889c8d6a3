import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('configuration of the hardening', () => {
  it('is production only when NODE_ENV=production', () => {
    expect(loadConfig({}).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    // A production start also needs its secrets (test/sessions/production-start.spec.ts).
    const secrets = { FLEX_OPERATOR_PASSWORD: 'a-long-operator-password', FLEX_JWT_SECRET: 'j'.repeat(48), FLEX_SECRET_KEY: 'k'.repeat(48), FLEX_PUBLIC_URL: 'https://flex.example.org' };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).production).toBe(true);
  });

  it('trusts the loopback proxy by default; FLEX_TRUSTED_PROXIES lists others, or none', () => {
    expect(loadConfig({}).trustedProxies).toEqual(['loopback']);
    expect(loadConfig({ FLEX_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,192.168.1.10, fd00::/8' }).trustedProxies).toEqual(['loopback', '10.0.0.0/8', '192.168.1.10', 'fd00::/8']);
    expect(loadConfig({ FLEX_TRUSTED_PROXIES: 'none' }).trustedProxies).toEqual([]);
    for (const bad of ['everyone', '10.0.0.0/33', '10.0.0/8', '1.2.3.4/8/1', 'true']) {
      expect(() => loadConfig({ FLEX_TRUSTED_PROXIES: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ FLEX_TRUSTED_PROXIES: 'proxy.example' })).toThrow(/FLEX_TRUSTED_PROXIES must list addresses/);
  });

  it('waits 10 s for requests in flight on shutdown unless FLEX_SHUTDOWN_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ FLEX_SHUTDOWN_TIMEOUT_MS: '25000' }).shutdownTimeoutMs).toBe(25_000);
    expect(() => loadConfig({ FLEX_SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow(/FLEX_SHUTDOWN_TIMEOUT_MS must be a whole number/);
    expect(() => loadConfig({ FLEX_SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow(ConfigError);
  });

  it('hashes passwords at the standard cost unless a test run asks for low, which production refuses', () => {
    const secrets = { FLEX_OPERATOR_PASSWORD: 'a-long-operator-password', FLEX_JWT_SECRET: 'j'.repeat(48), FLEX_SECRET_KEY: 'k'.repeat(48), FLEX_PUBLIC_URL: 'https://flex.example.org' };
    expect(() => loadConfig({ FLEX_PASSWORD_HASH_COST: 'low' })).not.toThrow();
    expect(() => loadConfig({ FLEX_PASSWORD_HASH_COST: 'cheap' })).toThrow(/FLEX_PASSWORD_HASH_COST must be standard or low/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, FLEX_PASSWORD_HASH_COST: 'low' })).toThrow(/NODE_ENV=production refuses it/);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets, FLEX_PASSWORD_HASH_COST: 'standard' }).production).toBe(true);
  });
});
