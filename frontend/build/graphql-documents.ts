import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/*
 * Codegen's graphql(`…`) looks each operation up in one map of every document of the app, and
 * the generated module holding them is a single module: either way every route's queries would
 * ship in the first bundle. This plugin does what the client preset's Babel plugin does, one
 * step further: each graphql(`query Name …`) becomes an import of a module of its own holding
 * only the generated NameDocument (NameFragmentDoc for a fragment), so each document lands in
 * the chunk of the route that uses it. A name codegen did not generate fails the build.
 */

/** graphql(`…`) with a plain template (no ${…}: codegen could not have read it either). */
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const GENERATED = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = '\0flex-gql-document:';

export function documentName(source: string): string {
  const match = DEFINITION.exec(source);
  if (!match) throw new Error(`graphql(): no named operation or fragment in ${source.trim().slice(0, 60)}…`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/** The generated documents by name, as the JSON codegen wrote them. */
export function generatedDocuments(generatedSource: string): Map<string, string> {
  return new Map([...generatedSource.matchAll(GENERATED)].map((m) => [m[1], m[2]]));
}

/** The source with its graphql(`…`) calls replaced by imports of one module per document; null when it has none. */
export function inlineDocuments(code: string, known: ReadonlyMap<string, string>): string | null {
  const names = new Set<string>();
  const out = code.replace(CALL, (_call, source: string) => {
    const name = documentName(source);
    if (!known.has(name)) throw new Error(`graphql(): ${name} is not in the generated documents (run npm run codegen)`);
    names.add(name);
    return `__gql_${name}`;
  });
  if (names.size === 0) return null;
  // Nothing left calls the lookup: drop its import, or the map of every document would follow.
  const rest = /\bgraphql\(/.test(out) ? out : out.replace(/^import \{ graphql \} from '[./]+\/gql';\n/m, '');
  const imports = [...names].map((n) => `import __gql_${n} from ${JSON.stringify(PREFIX + n)};\n`).join('');
  return `${imports}${rest}`;
}

export function graphqlDocuments(generatedFile: string): Plugin {
  let known: Map<string, string> | undefined;
  const documents = () => (known ??= generatedDocuments(readFileSync(generatedFile, 'utf8')));
  return {
    name: 'flex-graphql-documents',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return `export default ${documents().get(id.slice(PREFIX.length))};\n`;
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const out = inlineDocuments(code, documents());
      return out === null ? null : { code: out, map: null };
    },
  };
}
