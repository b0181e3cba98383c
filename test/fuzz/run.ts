// The long fuzz run behind `npm run fuzz` (scripts/fuzz.mjs): the properties of check.ts on every
// input family for a configurable time, on a new seed per round, then the pathological shapes at
// full size. Prints inputs per second, the slowest input against its bound, and every failure.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { checkLint } from './check';
import { CORPUS_ABSENT_MESSAGE, corpusPolicies, decodedBytes, grammarMarkdown, mutatedPolicy, pathologicalShapes } from './inputs';

interface Options {
  seconds: number;
  seed: number;
  shapeScale: number;
}

const USAGE = 'Usage: npm run fuzz -- [--seconds <n>] [--seed <n>] [--shape-scale <0..1>]   (defaults: 60 s, a random seed, 1 = full size; 0 skips the shapes)';

function options(argv: string[]): Options {
  const { values } = parseArgs({ args: argv, strict: true, options: { seconds: { type: 'string' }, seed: { type: 'string' }, 'shape-scale': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (value: string | undefined, fallback: number, name: string) => {
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, not "${value}". ${USAGE}`);
    return parsed;
  };
  return { seconds: number(values.seconds, 60, 'seconds'), seed: Math.floor(number(values.seed, Math.floor(Math.random() * 2 ** 31), 'seed')), shapeScale: number(values['shape-scale'], 1, 'shape-scale') };
}

interface Tally {
  inputs: number;
  ms: number;
  /** The input closest to its time bound. */
  worst: { ratio: number; ms: number; boundMs: number; length: number };
  failures: string[];
}

const ROUND_MS = 10_000;

function main(): number {
  const { seconds, seed, shapeScale } = options(process.argv.slice(2));
  console.log(`Fuzzing for ${seconds} s from seed ${seed} (repeat with --seed ${seed}).`);
  const families: Array<[string, fc.Arbitrary<string>]> = [
    ['grammar', grammarMarkdown],
    ['bytes', decodedBytes],
  ];
  const policies = corpusPolicies();
  if (policies.length > 0) families.push(['corpus', mutatedPolicy(policies.map((path) => readFileSync(path, 'utf8')))]);
  else console.log(CORPUS_ABSENT_MESSAGE);

  const tallies = new Map<string, Tally>(families.map(([name]) => [name, { inputs: 0, ms: 0, worst: { ratio: 0, ms: 0, boundMs: 0, length: 0 }, failures: [] }]));
  const deadline = performance.now() + seconds * 1000;
  for (let round = 0; performance.now() < deadline; round++) {
    const [name, arbitrary] = families[round % families.length]!;
    const tally = tallies.get(name)!;
    const started = performance.now();
    const details = fc.check(
      fc.property(arbitrary, (text) => {
        const checked = checkLint(text);
        const ratio = checked.ms / checked.boundMs;
        if (ratio > tally.worst.ratio) tally.worst = { ratio, ms: checked.ms, boundMs: checked.boundMs, length: text.length };
      }),
      { seed: seed + round, numRuns: 1_000_000, interruptAfterTimeLimit: Math.min(ROUND_MS, Math.max(1, deadline - started)), markInterruptAsFailure: false },
    );
    tally.inputs += details.numRuns;
    tally.ms += performance.now() - started;
    if (details.failed) tally.failures.push(failureReport(details));
    console.log(`${name.padEnd(8)} round ${round}: ${details.numRuns} inputs, ${perSecond(details.numRuns, performance.now() - started)}/s${details.failed ? ', FAILED' : ''}`);
  }

  let failures = 0;
  console.log('\nfamily    inputs  inputs/s  slowest vs bound                 failures');
  for (const [name, tally] of tallies) {
    const { worst } = tally;
    console.log(`${name.padEnd(8)} ${String(tally.inputs).padStart(7)} ${perSecond(tally.inputs, tally.ms).padStart(9)}  ${`${Math.round(worst.ms)} of ${Math.round(worst.boundMs)} ms (${worst.length} units)`.padEnd(32)} ${tally.failures.length}`);
    for (const failure of tally.failures) console.log(`\n${failure}\n`);
    failures += tally.failures.length;
  }
  if (shapeScale > 0) failures += runShapes(shapeScale);
  console.log(failures === 0 ? '\nNo failures.' : `\n${failures} failure(s).`);
  return failures === 0 ? 0 : 1;
}

/** The pathological shapes, once each; a failure is printed and counted, and the run goes on. */
function runShapes(scale: number): number {
  console.log(`\nPathological shapes at scale ${scale}:`);
  let failures = 0;
  for (const shape of pathologicalShapes(scale)) {
    try {
      const { ms, boundMs } = checkLint(shape.text);
      console.log(`  ok    ${shape.name}: ${Math.round(ms)} ms of its ${Math.round(boundMs)} ms bound`);
    } catch (error) {
      failures++;
      console.log(`  FAIL  ${shape.name}: ${(error as Error).message.split('\n').slice(0, 4).join('\n        ')}`);
    }
  }
  return failures;
}

/** fast-check's report (seed, path, counterexample) and what went wrong, as JSON so the input can be pasted into a test. */
function failureReport(details: fc.RunDetails<[string]>): string {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const input = details.counterexample ? JSON.stringify(details.counterexample[0]) : '(none)';
  return `seed ${details.seed}, path ${details.counterexample ? details.counterexamplePath : '-'}\n  input: ${input}\n  error: ${error}`;
}

function perSecond(count: number, ms: number): string {
  return ms > 0 ? (count / (ms / 1000)).toFixed(1) : '-';
}

process.exitCode = main();
