import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The folders are the modules (issue 13): common/ knows no domain, only repositories talk to
 * the database, and no file imports itself back. A pure scan of the sources: no app, no DB.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const files = walk(SRC);
const rel = (file: string) => relative(SRC, file).split('\\').join('/');
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Relative imports that stay at run time (`import type` and `import('…')` types vanish). */
function runtimeImports(file: string): string[] {
  const text = source.get(file)!;
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'"]*?from\s+)?'(\.{1,2}\/[^']+)'/gm)) {
    if (!m[1]) found.push(resolve(dirname(file), m[2].replace(/\.js$/, '.ts')));
  }
  return found;
}

/** Every relative import, types included (a folder depends on what it names). */
function allImports(file: string): string[] {
  const text = source.get(file)!;
  return [...text.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
}

/** What only a repository may do: hold the DataSource, run SQL, build queries, reach the tables. */
const DATABASE_ACCESS: Array<[string, RegExp]> = [
  ['DataSource', /\bDataSource\b/],
  ['.query(', /\.query\(/],
  ['createQueryBuilder', /createQueryBuilder/],
  ['getRepository', /getRepository/],
  ['.manager', /\.manager\b/],
  ['EntityManager query', /\b(?:em|manager)\.(?:find\w*|save|insert|update|delete|count\w*|exists\w*|upsert|increment|decrement|remove|softDelete)\(/],
];

/**
 * Non-repository files allowed to touch the database, each with its reason. Keep it short:
 * a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: Record<string, string> = {
  'modules/jobs/job-queue.ts':
    'gives pg-boss the connection (DataSource → pool) for the `pgboss` schema pg-boss creates, migrates and queries itself; no SQL of ours (our reads of its tables are in JobRunsRepository)',
};

const isRepositoryLayer = (path: string) =>
  path.endsWith('.repository.ts') || path.endsWith('.entity.ts') || path.endsWith('.spec.ts') || path.includes('/migrations/') || path.startsWith('database/');

describe('layering (issue 13: folders are modules)', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.some((f) => rel(f).startsWith('common/'))).toBe(true);
  });

  it('common/ imports no domain module', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('common/'))
      .flatMap((f) => allImports(f).filter((target) => rel(target).startsWith('modules/')).map((target) => `${rel(f)} → ${rel(target)}`));
    expect(offenders).toEqual([]);
  });

  it('access depends on crew, never the reverse (crew reaches passes through its CrewPasses port)', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('modules/crew/'))
      .flatMap((f) => allImports(f).filter((target) => rel(target).startsWith('modules/access/')).map((target) => `${rel(f)} → ${rel(target)}`));
    expect(offenders).toEqual([]);
  });

  it('only repositories reach the database (services, resolvers, loaders, jobs go through them)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const path = rel(file);
      if (!path.startsWith('modules/') || isRepositoryLayer(path) || ALLOWED[path]) continue;
      const text = source.get(file)!.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '');
      for (const [what, pattern] of DATABASE_ACCESS) if (pattern.test(text)) offenders.push(`${path}: ${what}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the allow-list names only files that exist and still need it', () => {
    for (const path of Object.keys(ALLOWED)) {
      const file = join(SRC, path);
      expect(source.has(file)).toBe(true);
      expect(DATABASE_ACCESS.some(([, p]) => p.test(source.get(file)!))).toBe(true);
    }
  });

  it('the allowed files write no SQL of their own (they only hand over the connection)', () => {
    const sql = /['`"]\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP)\b/i;
    const offenders = Object.keys(ALLOWED).filter((path) => sql.test(source.get(join(SRC, path))!));
    expect(offenders).toEqual([]);
  });

  it('no module imports itself back (no import cycle between source files)', () => {
    const graph = new Map(files.map((f) => [f, runtimeImports(f).filter((t) => source.has(t))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file)!) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map(rel).join(' → '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});
