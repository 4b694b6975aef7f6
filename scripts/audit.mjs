// `npm run audit`: fails on high or critical advisories in the packages the app ships
// (`npm audit --omit=dev`). Where the registry does not answer audit requests (some mirrors
// answer 405), it says so in one line and passes: a registry gap must not fail CI, and it must
// not pass silently either.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Packages with known advisories that npm cannot fix (no patched release on the registry), and
// the first safe version: checked from package-lock.json even when the registry cannot audit.
const UNPATCHED_ON_NPM = { xlsx: '0.20.2' }; // CVE-2023-30533, CVE-2024-22363; npm stops at 0.18.5

const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const unsafe = Object.entries(lock.packages ?? {}).flatMap(([path, meta]) => {
  const name = path.split('node_modules/').pop();
  const safe = UNPATCHED_ON_NPM[name];
  return safe && meta.version && newer(safe, meta.version) ? [`${name}@${meta.version} (safe from ${safe})`] : [];
});
if (unsafe.length > 0) {
  console.error(`audit: packages with known unpatched advisories: ${unsafe.join(', ')}`);
  process.exit(1);
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

if (report.message && !report.vulnerabilities) {
  console.log(`audit: not checked, the registry does not answer audit requests (${report.message.split(' - ')[0]}).`);
  process.exit(0);
}
if (run.error || (!report.vulnerabilities && run.status !== 0)) {
  console.log(`audit: not checked, npm audit failed (${run.error?.message ?? run.stderr.trim().split('\n').pop()}).`);
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
const names = Object.values(report.vulnerabilities ?? {})
  .filter((v) => v.severity === 'high' || v.severity === 'critical')
  .map((v) => `${v.name} (${v.severity})`);
if (serious > 0) {
  console.error(`audit: ${serious} high or critical advisories in shipped packages: ${names.join(', ')}`);
  process.exit(1);
}
console.log(`audit: no high or critical advisories in shipped packages (${counts.total ?? 0} lower).`);
