import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Operations are typed once (issue 13): a test sends a shared typed document through `gql`, and only a
 * test of the request itself sends raw text or off-type variables through `gqlRaw`. A pure scan of the
 * tests: no app, no DB.
 */

const TEST = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Where the text sent is what the test is about: query limits and hostile input, the authorization matrix. */
const RAW_FOLDERS = ['hardening/', 'security/'];
/** Elsewhere, the one call of a file that sends what no typed document allows, and why. */
const RAW_CALLS: Record<string, string> = {
  'calendar-feed/feeds.spec.ts': 'a feed scope outside the enum',
  'co2/co2-report.spec.ts': 'periods and ids of the wrong shape',
  'crew/directory.spec.ts': "manager B aims every operation at A's ids, one loop over mixed documents",
  'foundation/auth.spec.ts': 'malformed queries and a role outside the enum',
  'invoicing/payments.spec.ts': 'a payment method outside the enum',
  'kits/maintenance.spec.ts': 'a ticket severity outside the enum',
};

describe('typed operations', () => {
  const files = walk(TEST).map((f) => ({ path: relative(TEST, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

  it('sends raw text only where the request itself is under test', () => {
    const raw = files.filter((f) => /\.gqlRaw\(/.test(f.text) && !RAW_FOLDERS.some((d) => f.path.startsWith(d))).map((f) => f.path);
    expect(raw.sort()).toEqual(Object.keys(RAW_CALLS).sort());
  });

  it('reads no answer as `any` (no RawData, no GqlResult<any>)', () => {
    expect(files.filter((f) => /\bRawData\b|GqlResult<any>/.test(f.text) && !f.path.endsWith('typed-operations.spec.ts')).map((f) => f.path)).toEqual([]);
  });
});
