import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import { createTestApp, TestApp } from '../harness.js';
import { label, loadManifests } from './manifests/load.js';
import { AppFacts, consistencyProblems } from './manifests/rules.js';
import { schemaProblems } from './manifests/schemas.js';

const root = projectRoot();
const dir = join(root, 'infra/k8s');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The environment variables config.ts reads (env.NAME, or a helper given env and 'NAME'). */
function configEnvNames(source: string): Set<string> {
  return new Set([...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|env,\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]));
}

describe('the deployment manifests (infra/k8s)', () => {
  let t: TestApp;
  let facts: AppFacts;
  const check = async (override: Record<string, string> = {}) => {
    const { set, problems } = loadManifests(dir, override);
    return [...problems, ...(await schemaProblems(set, join(root, 'backend'))), ...(await consistencyProblems(set, facts))];
  };

  beforeAll(async () => {
    t = await createTestApp();
    facts = {
      configEnv: configEnvNames(readFileSync(join(root, 'backend/src/config/config.ts'), 'utf8')),
      probe: async (path) => (await t.http().get(path)).status,
      root,
    };
  });
  afterAll(() => t.close());

  it('hold the API, its database and their backups', () => {
    expect(loadManifests(dir).set.manifests.map(label)).toEqual([
      'configmap.yaml: ConfigMap studio-flex-config',
      'database/cluster.yaml: Cluster flex-db',
      'database/scheduled-backup.yaml: ScheduledBackup flex-db-nightly',
      'deployment.yaml: Deployment studio-flex',
      'hpa.yaml: HorizontalPodAutoscaler studio-flex',
      'ingress.yaml: Ingress studio-flex',
      'jobs/migrate-job.yaml: Job studio-flex-migrate',
      'namespace.yaml: Namespace studio-flex',
      'pdb.yaml: PodDisruptionBudget studio-flex',
      'secrets/flex-backup-s3.yaml: Secret flex-backup-s3',
      'secrets/studio-flex-secrets.yaml: Secret studio-flex-secrets',
      'service.yaml: Service studio-flex',
    ]);
  });

  it('parse, pass the Kubernetes and CloudNativePG schemas with no unknown field, and agree with each other and with the app', async () => {
    expect(await check()).toEqual([]);
  });

  it('build an image that runs as non-root and checks an endpoint the app answers', async () => {
    const dockerfile = readFileSync(join(root, 'infra/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    const path = /HEALTHCHECK .*127\.0\.0\.1:'\+process\.env\.PORT\+'(\/[a-z/]+)'/.exec(dockerfile)?.[1];
    expect(path).toBe('/health/ready');
    expect(await facts.probe(path!)).toBe(200);
  });

  // Each edit breaks one thing; the check must name it.
  const broken: Array<[string, string, (text: string) => string, RegExp]> = [
    ['an unknown Deployment field', 'deployment.yaml', (s) => s.replace('  replicas: 2\n', '  replicas: 2\n  replicaz: 3\n'), /'replicaz' does not exist/],
    ['an unknown container field', 'deployment.yaml', (s) => s.replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: IfNotPresent\n          imagePullPolcy: Always'), /'imagePullPolcy' does not exist/],
    ['a port that is not a number', 'deployment.yaml', (s) => s.replace('containerPort: 3000', 'containerPort: "3000"'), /containerPort/],
    ['a readiness probe on a missing endpoint', 'deployment.yaml', (s) => s.replace('path: /health/ready', 'path: /health/readyz'), /readinessProbe \/health\/readyz answers 404/],
    ['a short grace period', 'deployment.yaml', (s) => s.replace('terminationGracePeriodSeconds: 45', 'terminationGracePeriodSeconds: 20'), /terminationGracePeriodSeconds must exceed/],
    ['DATABASE_URL from elsewhere', 'deployment.yaml', (s) => s.replace('name: flex-db-app', 'name: my-database'), /DATABASE_URL must come from the CloudNativePG application Secret/],
    ['a Service that selects nothing', 'service.yaml', (s) => s.replace('app.kubernetes.io/component: api', 'app.kubernetes.io/component: web'), /Service studio-flex: selects no pods/],
    ['a setting the app does not read', 'configmap.yaml', (s) => `${s}  FLEX_NOT_A_SETTING: "1"\n`, /FLEX_NOT_A_SETTING \(from studio-flex-config\) is not read by config.ts/],
    ['a real-looking secret', 'secrets/studio-flex-secrets.yaml', (s) => s.replace('FLEX_OPERATOR_PASSWORD: CHANGE-ME', 'FLEX_OPERATOR_PASSWORD: hunter2'), /FLEX_OPERATOR_PASSWORD is not a CHANGE-ME placeholder/],
    ['an autoscaler aimed elsewhere', 'hpa.yaml', (s) => s.replace('    name: studio-flex', '    name: studio-flux'), /scaleTargetRef is not the Deployment/],
    ['a migration Job on another image', 'jobs/migrate-job.yaml', (s) => s.replace('studio-flex:0.1.0', 'studio-flex:0.0.9'), /must run one image/],
    ['a migration Job running a missing entry point', 'jobs/migrate-job.yaml', (s) => s.replace('src/migrate.js', 'src/migrat.js'), /no backend\/src\/migrat\.ts/],
    ['an unknown Cluster field', 'database/cluster.yaml', (s) => s.replace('  instances: 3\n', '  instances: 3\n  instancez: 3\n'), /\/spec must NOT have additional properties "instancez" \(unknown field\)/],
    ['an unknown nested Cluster field', 'database/cluster.yaml', (s) => s.replace('compression: gzip\n        maxParallel', 'compresion: gzip\n        maxParallel'), /\/spec\/backup\/barmanObjectStore\/wal .*"compresion" \(unknown field\)/],
    ['a Cluster value out of its enum', 'database/cluster.yaml', (s) => s.replace('primaryUpdateStrategy: unsupervised', 'primaryUpdateStrategy: sometimes'), /\/spec\/primaryUpdateStrategy must be equal to one of the allowed values/],
    ['a backup of another cluster', 'database/scheduled-backup.yaml', (s) => s.replace('    name: flex-db', '    name: flex-db-old'), /backs up flex-db-old, not flex-db/],
    ['a YAML syntax error', 'service.yaml', (s) => `${s}  ports: [\n`, /service\.yaml: YAML/],
    ['a manifest the kustomization leaves out', 'kustomization.yaml', (s) => s.replace('  - pdb.yaml\n', ''), /kustomization\.yaml does not list pdb\.yaml/],
  ];
  it.each(broken)('fail on %s', async (_what, file, edit, expected) => {
    const edited = edit(read(file));
    expect(edited).not.toBe(read(file));
    const problems = await check({ [file]: edited });
    expect(problems.join('\n')).toMatch(expected);
  });
});
