import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house rule "no function over ~80 lines", checked on every function of src/ (components,
 * hooks, helpers, arrow functions included), parsed with the TypeScript compiler. The codegen's
 * output and the tests themselves are left out.
 */
const MAX_LINES = 80;
const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The name a function goes by: its own, or the variable, property or method it is bound to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** Every function of `file` longer than `max` lines, as "path:line name (n lines)". */
export function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) found.push(`${file}:${start + 1} ${nameOf(node as ts.FunctionLikeDeclaration)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function size', () => {
  it('finds a long function and leaves a short one (the check can fail)', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `export function Short() {\n${lines(4)}\n}\nconst Long = () => {\n${lines(5)}\n};`;
    expect(longFunctions('x.tsx', text, 6)).toEqual(['x.tsx:7 Long (7 lines)']);
  });

  it(`keeps every function of src/ within ${MAX_LINES} lines`, () => {
    const found = sourceFiles(SRC).flatMap((path) => longFunctions(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
