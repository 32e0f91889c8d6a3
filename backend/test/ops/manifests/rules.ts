import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { label, Manifest, ManifestSet, ofKind } from './load.js';

/** What the rules compare the manifests with: the code's own facts. */
export interface AppFacts {
  /** Environment variables config.ts reads. */
  configEnv: Set<string>;
  /** Status of GET path on the real app. */
  probe(path: string): Promise<number>;
  /** The repository's top folder (entry points named in commands must exist there). */
  root: string;
}

/** Read by Node.js, Express and the libraries themselves rather than by config.ts. */
const RUNTIME_ENV = new Set(['NODE_ENV']);
/** The app's bounded wait for in-flight requests at SIGTERM, in seconds. */
export const APP_SHUTDOWN_SECONDS = 30;

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const podSpec = (m: Manifest) => m.object.spec?.template?.spec ?? {};
const podLabels = (m: Manifest) => m.object.spec?.template?.metadata?.labels ?? {};
const containers = (m: Manifest): any[] => podSpec(m).containers ?? [];
const workloads = (set: ManifestSet) => [...ofKind(set, 'Deployment'), ...ofKind(set, 'Job')];
const named = (set: ManifestSet, kind: string, name: string) => ofKind(set, kind).find((m) => m.object.metadata?.name === name);

function selectorRules(set: ManifestSet): string[] {
  const problems: string[] = [];
  const deployments = ofKind(set, 'Deployment');
  for (const d of deployments) {
    if (!matches(d.object.spec?.selector?.matchLabels, podLabels(d))) problems.push(`${label(d)}: spec.selector does not match its own pod labels`);
  }
  const selects = (m: Manifest, selector: Record<string, string> | undefined) => {
    const hit = workloads(set).filter((w) => matches(selector, podLabels(w)));
    if (hit.length !== 1 || hit[0].object.kind !== 'Deployment') problems.push(`${label(m)}: selects ${hit.map(label).join(', ') || 'no pods'} instead of exactly the Deployment's`);
    return hit[0];
  };
  for (const s of ofKind(set, 'Service')) {
    const target = selects(s, s.object.spec?.selector);
    const ports = target ? containers(target).flatMap((c) => c.ports ?? []) : [];
    for (const p of s.object.spec?.ports ?? []) {
      if (!ports.some((cp: any) => cp.name === p.targetPort || cp.containerPort === p.targetPort)) problems.push(`${label(s)}: targetPort ${p.targetPort} is no container port`);
    }
  }
  for (const pdb of ofKind(set, 'PodDisruptionBudget')) selects(pdb, pdb.object.spec?.selector?.matchLabels);
  for (const hpa of ofKind(set, 'HorizontalPodAutoscaler')) {
    const ref = hpa.object.spec?.scaleTargetRef ?? {};
    if (ref.kind !== 'Deployment' || ref.apiVersion !== 'apps/v1' || !named(set, 'Deployment', ref.name)) problems.push(`${label(hpa)}: scaleTargetRef is not the Deployment`);
  }
  for (const ing of ofKind(set, 'Ingress')) {
    for (const path of (ing.object.spec?.rules ?? []).flatMap((r: any) => r.http?.paths ?? [])) {
      const svc = named(set, 'Service', path.backend?.service?.name);
      const port = path.backend?.service?.port ?? {};
      if (!svc || !(svc.object.spec?.ports ?? []).some((p: any) => p.name === port.name || p.port === port.number)) problems.push(`${label(ing)}: backend ${path.backend?.service?.name}:${port.name ?? port.number} is no Service port`);
    }
    if (!(ing.object.spec?.tls ?? []).length) problems.push(`${label(ing)}: no TLS`);
  }
  return problems;
}

async function probeRules(set: ManifestSet, facts: AppFacts): Promise<string[]> {
  const problems: string[] = [];
  for (const d of ofKind(set, 'Deployment')) {
    for (const c of containers(d)) {
      for (const kind of ['readinessProbe', 'livenessProbe'] as const) {
        const get = c[kind]?.httpGet;
        if (!get?.path) {
          problems.push(`${label(d)}: container ${c.name} has no HTTP ${kind}`);
          continue;
        }
        if (!(c.ports ?? []).some((p: any) => p.name === get.port || p.containerPort === get.port)) problems.push(`${label(d)}: ${kind} port ${get.port} is no container port`);
        const status = await facts.probe(get.path);
        if (status !== 200) problems.push(`${label(d)}: ${kind} ${get.path} answers ${status} on the app, not 200`);
      }
    }
  }
  return problems;
}

function envRules(set: ManifestSet, facts: AppFacts): string[] {
  const problems: string[] = [];
  const known = (name: string) => facts.configEnv.has(name) || RUNTIME_ENV.has(name);
  const clusters = ofKind(set, 'Cluster').map((c) => c.object.metadata?.name);
  for (const w of workloads(set)) {
    for (const c of containers(w)) {
      for (const from of c.envFrom ?? []) {
        const ref = from.configMapRef ?? from.secretRef;
        const source = named(set, from.configMapRef ? 'ConfigMap' : 'Secret', ref?.name);
        if (!source) problems.push(`${label(w)}: envFrom ${ref?.name} is not among the manifests`);
        for (const key of Object.keys(source?.object.data ?? {}).concat(Object.keys(source?.object.stringData ?? {}))) {
          if (!known(key)) problems.push(`${label(w)}: ${key} (from ${ref.name}) is not read by config.ts`);
        }
      }
      for (const env of c.env ?? []) {
        if (!known(env.name)) problems.push(`${label(w)}: ${env.name} is not read by config.ts`);
        const ref = env.valueFrom?.secretKeyRef;
        if (env.name === 'DATABASE_URL' && !(ref && clusters.some((n) => ref.name === `${n}-app`) && ref.key === 'uri')) {
          problems.push(`${label(w)}: DATABASE_URL must come from the CloudNativePG application Secret (<cluster>-app, key uri: the -rw service)`);
        }
      }
    }
  }
  return problems;
}

function imageRules(set: ManifestSet, facts: AppFacts): string[] {
  const problems: string[] = [];
  const images = new Set(workloads(set).flatMap((w) => containers(w).map((c) => c.image)));
  if (images.size !== 1) problems.push(`the Deployment and the migration Job must run one image (found ${[...images].join(', ')})`);
  const [image] = [...images];
  const pinned = set.kustomization?.images?.find((i: any) => image?.startsWith(`${i.name}:`));
  if (!pinned || image !== `${pinned.name}:${pinned.newTag}`) problems.push(`kustomization.yaml images must pin ${image} (name and newTag)`);
  for (const w of workloads(set)) {
    for (const c of containers(w)) {
      const script = (c.command ?? []).find((a: string) => a.endsWith('.js'));
      const source = script?.replace(/^backend\/dist\//, '').replace(/\.js$/, '.ts');
      if (script && !existsSync(join(facts.root, source))) problems.push(`${label(w)}: runs ${script}, but there is no ${source}`);
    }
  }
  return problems;
}

function safetyRules(set: ManifestSet): string[] {
  const problems: string[] = [];
  for (const w of workloads(set)) {
    const pod = podSpec(w);
    if (pod.securityContext?.runAsNonRoot !== true || !(pod.securityContext?.runAsUser > 0)) problems.push(`${label(w)}: pods must run as a non-root user`);
    for (const c of containers(w)) {
      if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${label(w)}: container ${c.name} must set allowPrivilegeEscalation: false`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) problems.push(`${label(w)}: container ${c.name} needs cpu/memory requests and a memory limit`);
    }
  }
  for (const d of ofKind(set, 'Deployment')) {
    if (!(d.object.spec?.replicas >= 2)) problems.push(`${label(d)}: fewer than 2 replicas`);
    const pause = Math.max(0, ...containers(d).map((c) => c.lifecycle?.preStop?.sleep?.seconds ?? 0));
    if (!(podSpec(d).terminationGracePeriodSeconds > APP_SHUTDOWN_SECONDS + pause)) problems.push(`${label(d)}: terminationGracePeriodSeconds must exceed the app's ${APP_SHUTDOWN_SECONDS} s shutdown plus the ${pause} s preStop pause`);
  }
  for (const hpa of ofKind(set, 'HorizontalPodAutoscaler')) {
    if (!(hpa.object.spec?.minReplicas >= 2)) problems.push(`${label(hpa)}: minReplicas below 2`);
    for (const pdb of ofKind(set, 'PodDisruptionBudget')) {
      if (!(pdb.object.spec?.minAvailable < hpa.object.spec?.minReplicas)) problems.push(`${label(pdb)}: minAvailable must stay below the HPA's minReplicas, or no node can be drained`);
    }
  }
  for (const s of ofKind(set, 'Secret')) {
    if (s.object.data) problems.push(`${label(s)}: use stringData with placeholders, never encoded values`);
    for (const [k, v] of Object.entries(s.object.stringData ?? {})) if (!String(v).startsWith('CHANGE-ME')) problems.push(`${label(s)}: ${k} is not a CHANGE-ME placeholder`);
  }
  return problems;
}

function databaseRules(set: ManifestSet): string[] {
  const problems: string[] = [];
  const clusters = ofKind(set, 'Cluster');
  if (clusters.length !== 1) return [`expected one CloudNativePG Cluster, found ${clusters.length}`];
  const [cluster] = clusters;
  const spec = cluster.object.spec ?? {};
  if (!(spec.instances >= 3)) problems.push(`${label(cluster)}: fewer than 3 instances`);
  const store = spec.backup?.barmanObjectStore;
  if (!store?.destinationPath) problems.push(`${label(cluster)}: no WAL archive (backup.barmanObjectStore)`);
  for (const ref of Object.values(store?.s3Credentials ?? {}) as Array<{ name: string; key: string }>) {
    if (!named(set, 'Secret', ref.name)?.object.stringData?.[ref.key]) problems.push(`${label(cluster)}: Secret ${ref.name} has no ${ref.key}`);
  }
  const scheduled = ofKind(set, 'ScheduledBackup');
  if (!scheduled.length) problems.push('no ScheduledBackup');
  for (const b of scheduled) if (b.object.spec?.cluster?.name !== cluster.object.metadata?.name) problems.push(`${label(b)}: backs up ${b.object.spec?.cluster?.name}, not ${cluster.object.metadata?.name}`);
  return problems;
}

function kustomizationRules(set: ManifestSet): string[] {
  const listed = new Set<string>(set.kustomization?.resources ?? []);
  const files = new Set(set.manifests.map((m) => m.file).filter((f) => !f.startsWith('jobs/') && !f.startsWith('secrets/')));
  return [
    ...[...files].filter((f) => !listed.has(f)).map((f) => `kustomization.yaml does not list ${f}`),
    ...[...listed].filter((f) => !files.has(f)).map((f) => `kustomization.yaml lists ${f}, which holds no manifest`),
  ];
}

/** Everything that ties the manifests to each other and to the code. */
export async function consistencyProblems(set: ManifestSet, facts: AppFacts): Promise<string[]> {
  return [
    ...kustomizationRules(set),
    ...selectorRules(set),
    ...(await probeRules(set, facts)),
    ...envRules(set, facts),
    ...imageRules(set, facts),
    ...safetyRules(set),
    ...databaseRules(set),
  ];
}
