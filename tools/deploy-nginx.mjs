// @ts-check
// Runs deploy/nginx.conf for real, unprivileged and self-contained: dist/ is deployed with
// scripts/deploy.sh into a temporary prefix directory, the recipe's server block is included in
// a minimal main config of that prefix (pid, logs and temp paths inside it) with only its
// `listen` (127.0.0.1 and a free port) and `root` replaced, and Debian's nginx runs it in the
// foreground until stop(). Used by tests/e2e/nginx.test.mjs and the benchmark (tools/bench.mjs).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
export const RECIPE = path.join(root, 'deploy/nginx.conf');

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once something accepts connections on 127.0.0.1:port; rejects if `exited` first.
 * @param {number} port
 * @param {Promise<unknown>} exited
 * @returns {Promise<void>}
 */
function accepting(port, exited) {
  return new Promise((resolve, reject) => {
    let done = false;
    exited.then((code) => {
      if (!done) {
        done = true;
        reject(new Error(`nginx exited (${code}) before it listened`));
      }
    });
    const attempt = () => {
      if (done) return;
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        done = true;
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        setImmediate(attempt);
      });
    };
    attempt();
  });
}

/** The recipe's text with `listen` and `root` replaced; fails if the recipe lost either. */
export function siteConfig(port, webRoot, recipe = fs.readFileSync(RECIPE, 'utf8')) {
  const listen = /^(\s*)listen 80;\n\s*listen \[::\]:80;$/m;
  const rootLine = /^(\s*)root \/var\/www\/ai-infra-report;$/m;
  if (!listen.test(recipe) || !rootLine.test(recipe))
    throw new Error(`${RECIPE}: no 'listen 80;' + 'listen [::]:80;' or 'root /var/www/ai-infra-report;' to replace`);
  return recipe.replace(listen, `$1listen 127.0.0.1:${port};`).replace(rootLine, `$1root ${webRoot};`);
}

/**
 * Deploys `dist` and serves it with the recipe. Returns { url, port, webRoot, stop() }.
 */
export async function startNginx({ dist = path.join(root, 'dist') } = {}) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-infra-nginx-'));
  fs.chmodSync(prefix, 0o755); // nginx's workers (nobody, when run as root) read the web root
  const webRoot = path.join(prefix, 'html');
  execFileSync(path.join(root, 'scripts/deploy.sh'), [webRoot, dist], { stdio: 'ignore' });
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'site.conf'), siteConfig(port, webRoot));
  const temp = (name) => `${name}_temp_path ${path.join(prefix, `${name}_temp`)};`;
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(prefix, 'site.conf')};
}
`,
  );
  const args = [
    '-p',
    prefix,
    '-c',
    path.join(prefix, 'nginx.conf'),
    '-e',
    path.join(prefix, 'error.log'),
    '-g',
    'daemon off;',
  ];
  const proc = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal)));
  try {
    await accepting(port, exited);
  } catch (e) {
    fs.rmSync(prefix, { recursive: true, force: true });
    throw new Error(`${e.message}: ${stderr}`);
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    webRoot,
    prefix,
    errorLog: () => fs.readFileSync(path.join(prefix, 'error.log'), 'utf8'),
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGQUIT'); // graceful shutdown
      await exited;
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
