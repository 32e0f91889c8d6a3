import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DefinitionNode, Kind, parse, validate } from 'graphql';
import { requestLimits, REQUEST_LIMITS } from '../../src/common/graphql/request-limits.js';
import { projectRoot } from '../../src/config/project-root.js';
import { MAX_DAYS_PER_REQUEST } from '../../src/request-budget.js';

const root = projectRoot();
const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
const contractDir = join(root, '..', 'shared', 'contract');

/** The operations written with graphql(`…`) in the front end's sources, with their fragments. */
function frontendDocuments(): Array<{ name: string; source: string }> {
  const files = execFileSync('grep', ['-rl', '--include=*.ts', '--include=*.tsx', 'graphql(`', join(root, 'frontend', 'src')]).toString().trim().split('\n');
  return files
    // Generated code and the front end's own unit tests (their fixtures are not the client's operations).
    .filter((f) => !f.includes(`${join('src', 'gql')}`) && !f.includes('__tests__'))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({ name: file.slice(root.length + 1), source: m[1] })));
}

function contractDocuments(): Array<{ name: string; source: string }> {
  if (!existsSync(contractDir)) return [];
  return readdirSync(contractDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ name: `contract/${f}`, source: readFileSync(join(contractDir, f), 'utf8') }));
}

describe('the request limits and the clients', () => {
  const rules = requestLimits({ production: true }, MAX_DAYS_PER_REQUEST).validationRules;
  const frontend = frontendDocuments();
  const fragments: DefinitionNode[] = frontend.flatMap(({ source }) => parse(source).definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION));

  it('finds the front end operations and the API contract', () => {
    expect(frontend.length).toBeGreaterThan(30);
    expect(contractDocuments().length).toBeGreaterThan(0);
  });

  it.each([...contractDocuments(), ...frontend].map((d) => [d.name, d.source] as const))('lets %s through as written', (_name, source) => {
    const document = parse(source, { maxTokens: REQUEST_LIMITS.tokens });
    const used = new Set(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value));
    const withFragments = { ...document, definitions: [...document.definitions, ...fragments.filter((f) => f.kind === Kind.FRAGMENT_DEFINITION && !used.has(f.name.value))] };
    const limitErrors = validate(schema, withFragments, rules).filter((e) => e.extensions.limit);
    expect(limitErrors.map((e) => e.message)).toEqual([]);
  });
});
