// `npm run fuzz -- [--seconds <n>] [--seed <n>] [--shape-scale <0..1>]`: runs test/fuzz/run.ts (the
// properties of the bounded fuzz tests, for longer and on full-size shapes) through tsx.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const runner = fileURLToPath(new URL('../test/fuzz/run.ts', import.meta.url));
const run = spawnSync(process.execPath, [tsx, runner, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
