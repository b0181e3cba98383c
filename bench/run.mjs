// `npm run bench`: builds the server and CLI bundles (scripts/build.mjs), bundles bench/bench.ts with
// the same esbuild settings into bench/results/bench.js (git-ignored) and runs it, passing the
// arguments through (npm run bench -- --quick; the options are in bench/README.md).
// `npm run bench -- --profile` bundles and runs bench/profile.ts instead, not minified, so that the
// CPU profile keeps the functions' names.
// markdownlint and textlint stay external: they are loaded from node_modules as their users load them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const profile = process.argv.includes('--profile');
const entry = profile ? 'profile' : 'bench';
const outfile = fileURLToPath(new URL(`./results/${entry}.js`, import.meta.url));

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

await build({
  ...bundleOptions,
  absWorkingDir: root,
  entryPoints: [`bench/${entry}.ts`],
  outfile,
  minify: !profile,
  external: ['markdownlint', 'markdownlint/*', '@textlint/*', 'textlint-rule-*'],
});

const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2).filter((arg) => arg !== '--profile')], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
