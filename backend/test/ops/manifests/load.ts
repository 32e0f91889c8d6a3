import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One Kubernetes object of infra/k8s, with the file it came from. */
export interface Manifest {
  file: string;
  object: any;
}

export interface ManifestSet {
  dir: string;
  manifests: Manifest[];
  kustomization: any;
}

export const label = (m: Manifest) => `${m.file}: ${m.object?.kind ?? '?'} ${m.object?.metadata?.name ?? '?'}`;

function yamlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'schemas' ? [] : yamlFiles(path, root);
    return /\.ya?ml$/.test(name) ? [relative(root, path)] : [];
  });
}

/** Every YAML document under the folder (the CRD schemas aside); parse errors are problems. */
export function loadManifests(dir: string, override: Record<string, string> = {}): { set: ManifestSet; problems: string[] } {
  const problems: string[] = [];
  const manifests: Manifest[] = [];
  let kustomization: any;
  for (const file of yamlFiles(dir).sort()) {
    const text = override[file] ?? readFileSync(join(dir, file), 'utf8');
    for (const doc of parseAllDocuments(text)) {
      for (const error of doc.errors) problems.push(`${file}: YAML: ${error.message}`);
      if (doc.errors.length) continue;
      const object = doc.toJS();
      if (object === null || object === undefined) continue;
      if (file === 'kustomization.yaml') kustomization = object;
      else manifests.push({ file, object });
    }
  }
  return { set: { dir, manifests, kustomization }, problems };
}

export const ofKind = (set: ManifestSet, kind: string) => set.manifests.filter((m) => m.object?.kind === kind);
