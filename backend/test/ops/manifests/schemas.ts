import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { Ajv, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { label, Manifest, ManifestSet } from './load.js';

/** The kubernetes-models module of a built-in kind: `kubernetes-models/apps/v1/Deployment`. */
const modelModule = (m: Manifest) => `kubernetes-models/${m.object.apiVersion}/${m.object.kind}`;

/** Formats, patterns, enums and required fields, by the model class's own validator. */
async function modelProblems(m: Manifest): Promise<string[]> {
  let Model: new (data: unknown) => { validate(): void };
  try {
    Model = (await import(modelModule(m)))[m.object.kind];
  } catch {
    return [`${label(m)}: no Kubernetes schema for ${m.object.apiVersion} ${m.object.kind}`];
  }
  try {
    new Model(m.object).validate();
    return [];
  } catch (e) {
    return [`${label(m)}: ${e instanceof Error ? e.message : String(e)}`];
  }
}

interface Typed {
  what: string;
  module: string;
  type: string;
  value: unknown;
}

const parsed = new Map<string, ts.SourceFile | undefined>();

/**
 * Unknown fields and wrong types: each object is compiled as a literal of the model's
 * TypeScript interface (kubernetes-models, generated from the Kubernetes OpenAPI
 * definitions), whose excess-property checks name any field the API does not have.
 */
function typeProblems(entries: Typed[], baseDir: string): string[] {
  if (!entries.length) return [];
  let text = entries.map((e, i) => `import type { ${e.type} as T${i} } from '${e.module}';\n`).join('');
  const spans = entries.map((e, i) => {
    const start = text.length;
    text += `export const v${i}: T${i} = ${JSON.stringify(e.value, null, 2)};\n`;
    return { start, end: text.length, what: e.what };
  });
  const fileName = join(baseDir, '__manifest_types__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  // The library and model declarations are parsed once for every check of the run.
  host.getSourceFile = (name, lang, ...rest) => {
    if (name === fileName) return ts.createSourceFile(name, text, lang);
    if (!parsed.has(name)) parsed.set(name, getSourceFile.call(host, name, lang, ...rest));
    return parsed.get(name);
  };
  host.fileExists = (name) => name === fileName || fileExists.call(host, name);
  host.readFile = (name) => (name === fileName ? text : readFile.call(host, name));
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const span = spans.find((s) => d.start !== undefined && d.start >= s.start && d.start < s.end);
    const line = d.file && d.start !== undefined ? text.slice(text.lastIndexOf('\n', d.start) + 1, text.indexOf('\n', d.start)).trim() : '';
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/'"([^"]+)"'/g, "'$1'");
    return `${span?.what ?? 'manifests'}: ${message}${line ? ` (at ${line})` : ''}`;
  });
}

/** An openAPIV3Schema with every object that lists its properties closed to any other. */
export function closeObjects(schema: any): any {
  if (!schema || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(closeObjects);
  const out: any = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closeObjects(s)])) : closeObjects(v);
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  return out;
}

/** Validators of the vendored CloudNativePG CRDs, by "group/version Kind". */
export function crdValidators(schemaDir: string): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { int32: true, int64: true, 'date-time': true } });
  const out = new Map<string, ValidateFunction>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.yaml'))) {
    const crd = parse(readFileSync(join(schemaDir, file), 'utf8'));
    for (const version of crd.spec.versions) {
      out.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(closeObjects(version.schema.openAPIV3Schema)));
    }
  }
  return out;
}

function crdProblems(m: Manifest, validate: ValidateFunction): string[] {
  if (validate(m.object)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}" (unknown field)` : '';
    return `${label(m)}: ${e.instancePath || '/'} ${e.message}${extra}`;
  });
}

/** Every manifest against its schema: Kubernetes' built-in kinds and the CloudNativePG CRDs. */
export async function schemaProblems(set: ManifestSet, baseDir: string): Promise<string[]> {
  const crds = crdValidators(join(set.dir, 'schemas'));
  const problems: string[] = [];
  const typed: Typed[] = [];
  for (const m of set.manifests) {
    if (typeof m.object?.apiVersion !== 'string' || typeof m.object?.kind !== 'string') {
      problems.push(`${m.file}: a document without apiVersion and kind`);
      continue;
    }
    const crd = crds.get(`${m.object.apiVersion} ${m.object.kind}`);
    if (crd) {
      problems.push(...crdProblems(m, crd));
      // A CRD schema leaves metadata open: it is Kubernetes' ObjectMeta all the same.
      typed.push({ what: `${label(m)} metadata`, module: '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta', type: 'IObjectMeta', value: m.object.metadata ?? {} });
      continue;
    }
    const found = await modelProblems(m);
    problems.push(...found);
    if (!found.some((p) => p.includes('no Kubernetes schema'))) typed.push({ what: label(m), module: modelModule(m), type: `I${m.object.kind}`, value: m.object });
  }
  return [...problems, ...typeProblems(typed, baseDir)];
}
