// Builds the app and serves dist/ with `vite preview`, started as a plain node process so the
// benchmark holds its PID and can always stop it (no npm wrapper that would leave it orphaned).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Runs `npm run build`, keeping its output unless it fails (it would bury the report). */
export async function runBuild(root) {
  const started = performance.now();
  const { code, output } = await run('npm', ['run', 'build'], root);
  if (code !== 0) {
    process.stderr.write(output);
    throw new Error(`npm run build failed with exit code ${code}`);
  }
  return performance.now() - started;
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A TCP port that was free a moment ago (the OS picks it; --strictPort catches a lost race). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `vite preview` on a free port and waits until it answers. Returns its origin and a
 * `stop()` that ends exactly that process (SIGTERM, then SIGKILL if it lingers).
 */
export async function startPreview(root) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`vite preview did not start: ${error.message}\n${log}`, { cause: error });
  }
  return { origin, pid: child.pid, stop };
}

async function waitUntilServing(origin, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer within ${timeoutMs / 1000} s`);
}
