import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config/project-root.js';

/**
 * The four official e-invoice validators a French e-invoicing platform (PA) applies, run from the
 * tests: the Factur-X 1.09 EN 16931 XSD (xmllint), and three compiled schematrons under Saxon HE
 * (Java): CEN EN 16931 CII, Factur-X EN 16931, FNFE-MPE BR-FR (flux 2, reception, fatal). The files
 * are the ones in ../shared/einvoice-validation (see its SOURCES.md), never copies.
 *
 * Tools: `xmllint` (Debian libxml2-utils) and Saxon HE 9.9 (libsaxonhe-java, or SAXON_JAR) on Java.
 * Every document of a call goes through one xmllint and one JVM (each schematron compiled once).
 */
const run = promisify(execFile);

export const VALIDATORS = ['xsd', 'en16931', 'facturx', 'br-fr'] as const;
export type Validator = (typeof VALIDATORS)[number];

const SCHEMATRONS: Record<Exclude<Validator, 'xsd'>, string> = {
  en16931: 'en16931-cii/EN16931-CII-validation.xslt',
  facturx: 'facturx-en16931/FACTUR-X_EN16931.xslt',
  'br-fr': 'br-fr/BR-FR-Flux2-Schematron-CII.xslt',
};
const XSD = 'facturx-en16931/Factur-X_EN16931.xsd';
const SAXON_JARS = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/saxon9he.jar', '/usr/share/java/saxonhe.jar'];

export interface Finding {
  validator: Validator;
  /** Rule id (BR-CO-15, BR-FR-08_BT-23…), or "XSD". */
  id: string;
  /** fatal, error or warning; a schematron assert without a flag is an error. */
  flag: 'fatal' | 'error' | 'warning';
  location: string;
  text: string;
}

export interface ValidationReport {
  name: string;
  /** Rules each schematron fired on the document (0 would mean it did not look at it). */
  firedRules: Record<Exclude<Validator, 'xsd'>, number>;
  findings: Finding[];
  /** What a platform refuses: XSD errors, fatal and error asserts. */
  blocking: Finding[];
}

/** ../shared/einvoice-validation beside the project, as the contract tests find ../shared/contract. */
export function validationDir(): string {
  const dir = join(projectRoot(), '..', 'shared', 'einvoice-validation');
  if (!existsSync(join(dir, XSD))) {
    throw new Error(`The official e-invoice validation files are missing: expected ${dir} (shared/einvoice-validation, see its SOURCES.md) beside the project`);
  }
  return dir;
}

function saxonJar(): string {
  const jar = [process.env.SAXON_JAR, ...SAXON_JARS].find((p): p is string => !!p && existsSync(p));
  if (!jar) throw new Error(`Saxon HE not found (${SAXON_JARS.join(', ')}): install the Debian package libsaxonhe-java, or set SAXON_JAR`);
  return jar;
}

/** Validates every document with the four validators; one report per document, in order. */
export async function validateEInvoices(docs: Array<{ name: string; xml: string }>): Promise<ValidationReport[]> {
  const dir = validationDir();
  const jar = saxonJar();
  const work = mkdtempSync(join(tmpdir(), 'einvoice-'));
  try {
    const files = docs.map((d, i) => {
      const file = join(work, `${i}.xml`);
      writeFileSync(file, d.xml, 'utf8');
      return file;
    });
    const [xsd, schematron] = await Promise.all([xsdFindings(dir, files), schematronFindings(dir, jar, work, files)]);
    return docs.map((d, i) => {
      const findings = [...(xsd.get(files[i]) ?? []), ...(schematron.findings.get(files[i]) ?? [])];
      const fired = schematron.fired.get(files[i]);
      if (!fired) throw new Error(`The schematrons did not report on ${d.name}`);
      return { name: d.name, firedRules: fired, findings, blocking: findings.filter((f) => f.flag !== 'warning') };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** xmllint prints "<file>:<line>: … error : …" for each error, then "<file> validates" or "<file> fails to validate". */
async function xsdFindings(dir: string, files: string[]): Promise<Map<string, Finding[]>> {
  const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', join(dir, XSD), ...files], { maxBuffer: 64 << 20 }).catch((e: { stderr?: string; code?: unknown }) => {
    if (typeof e.stderr !== 'string' || typeof e.code !== 'number') throw new Error(`xmllint could not run (install the Debian package libxml2-utils): ${String(e)}`);
    return { stderr: e.stderr };
  });
  const byFile = new Map<string, Finding[]>(files.map((f) => [f, []]));
  const verdict = new Map<string, boolean>();
  for (const line of stderr.split('\n')) {
    const file = files.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f} `));
    if (!file) continue;
    if (line === `${file} validates`) verdict.set(file, true);
    else if (line === `${file} fails to validate`) verdict.set(file, false);
    else byFile.get(file)!.push({ validator: 'xsd', id: 'XSD', flag: 'fatal', location: line.slice(file.length + 1).split(':')[0], text: line.slice(file.length + 1) });
  }
  for (const file of files) {
    if (!verdict.has(file)) throw new Error(`xmllint gave no verdict on ${file}:\n${stderr}`);
    if (verdict.get(file) === false && !byFile.get(file)!.length) byFile.get(file)!.push({ validator: 'xsd', id: 'XSD', flag: 'fatal', location: '', text: 'fails to validate' });
  }
  return byFile;
}

async function schematronFindings(dir: string, jar: string, work: string, files: string[]) {
  const validatorOf = new Map(Object.entries(SCHEMATRONS).map(([v, path]) => [pathToFileURL(join(dir, path)).href, v as Exclude<Validator, 'xsd'>]));
  const fileOf = new Map(files.map((f) => [pathToFileURL(f).href, f]));
  const jobs = join(work, 'jobs.txt');
  writeFileSync(jobs, [[...validatorOf.keys()].join(' '), ...fileOf.keys()].join('\n'), 'utf8');
  const driver = join(projectRoot(), 'backend', 'test', 'invoicing', 'einvoice-validation.xsl');
  const args = ['-cp', jar, 'net.sf.saxon.Transform', '-it', `-xsl:${driver}`, `jobs=${pathToFileURL(jobs).href}`];
  const { stdout } = await run('java', args, { maxBuffer: 64 << 20 }).catch((e: { stderr?: string }) => {
    throw new Error(`Saxon could not run the schematrons (Java and libsaxonhe-java are needed): ${e.stderr ?? String(e)}`);
  });
  const fired = new Map<string, Record<Exclude<Validator, 'xsd'>, number>>();
  const findings = new Map<string, Finding[]>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const [kind, fileUri, stylesheet, ...rest] = line.split('\t');
    const file = fileOf.get(fileUri)!;
    const validator = validatorOf.get(stylesheet)!;
    if (kind === 'fired') {
      fired.set(file, { ...(fired.get(file) ?? { en16931: 0, facturx: 0, 'br-fr': 0 }), [validator]: Number(rest[0]) });
      continue;
    }
    const [id, flag, location, text] = rest;
    const list = findings.get(file) ?? [];
    list.push({ validator, id, flag: flag === 'warning' ? 'warning' : flag === 'fatal' ? 'fatal' : 'error', location, text });
    findings.set(file, list);
  }
  return { fired, findings };
}

/** One line per blocking finding, for a readable test failure. */
export const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.validator} ${f.id} (${f.flag}) at ${f.location}: ${f.text.slice(0, 300)}`);
