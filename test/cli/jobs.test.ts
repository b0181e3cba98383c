// `disclose check --jobs <n>` lints files in worker threads: the output (every format), the messages on
// standard error and the exit code must be exactly those of `--jobs 1`, in the same order.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('server/dist/cli.js');
const CORPUS = resolve('..', 'shared', 'corpus');

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A small tree that exercises what the order depends on: files in several directories, one with its own
 * configuration (rules and a problem in it), files that cannot be read between files that can, a file
 * with front matter, and a missing argument.
 */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'disclose-jobs-'));
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, 'b', 'c'), { recursive: true });
  copyFileSync('examples/privacy-policy.zh-cn.md', join(root, 'a', '1-zh.md'));
  copyFileSync('examples/privacy-policy.en.md', join(root, 'a', '2-en.md'));
  writeFileSync(join(root, 'a', '3-binary.md'), Buffer.from([0x23, 0x00, 0x01, 0x02]));
  writeFileSync(join(root, 'a', '4-front-matter.md'), '---\ndisclose:\n  rules:\n    complaint-channel: off\n---\n# 隐私政策\n\n我们将在30天内回复您的请求。\n');
  writeFileSync(join(root, 'a', '5-latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]));
  writeFileSync(join(root, 'b', '.disclose.yml'), 'rules:\n  complaint-response-time: warning\n  no-such-rule: off\n');
  copyFileSync('examples/privacy-policy.zh-cn.md', join(root, 'b', 'policy.md'));
  writeFileSync(join(root, 'b', 'c', 'empty.md'), '');
  writeFileSync(join(root, 'b', 'c', 'agreement.md'), '# User Agreement\n\nThese terms govern your use of the service. We may change them at any time without notice.\n');
  return root;
}

describe('disclose check --jobs', () => {
  const root = fixture();
  const inputs = ['a', 'b', 'missing.md'];

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, errors and exit code with worker threads as with --jobs 1`, () => {
      const serial = run(root, 'check', '--format', format, '--jobs', '1', ...inputs);
      expect(serial.code).toBe(2);
      expect(serial.stdout).toContain('policy.md');
      for (const jobs of ['3', 'auto']) {
        expect(run(root, 'check', '--format', format, '--jobs', jobs, ...inputs), `--jobs ${jobs}`).toEqual(serial);
      }
      // Without the option: one thread, the same output.
      if (format === 'text') expect(run(root, 'check', '--format', format, ...inputs)).toEqual(serial);
    }, 120_000);
  }

  it('keeps the input order on real policies of both languages (development corpus)', () => {
    const dirs = ['capp130-dev/docs', 'capp130-dev/ablations/docs', 'gdpr-t200-dev/docs', 'opp115/docs'].map((dir) => join(CORPUS, dir));
    if (!dirs.every((dir) => existsSync(dir))) return; // The corpus lives beside the repository; CI has it.
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).sort().slice(0, 4).map((name) => join(dir, name)));
    const serial = run(root, 'check', '--format', 'json', '--exit-zero', '--jobs', '1', ...files);
    expect(serial.code).toBe(0);
    const parallel = run(root, 'check', '--format', 'json', '--exit-zero', '--jobs', '2', ...files);
    expect(parallel).toEqual(serial);
    const report = JSON.parse(parallel.stdout) as { files: Array<{ path: string; language: string }> };
    expect(report.files.map((f) => f.path)).toEqual(files);
    expect(new Set(report.files.map((f) => f.language))).toEqual(new Set(['zh', 'en']));
  }, 180_000);

  it('lints a single file in the main thread and accepts more jobs than files', () => {
    const serial = run(root, 'check', '--format', 'json', 'a/1-zh.md');
    expect(run(root, 'check', '--format', 'json', '--jobs', '8', 'a/1-zh.md')).toEqual(serial);
    expect(run(root, 'check', '--format', 'json', '--jobs', '8', 'a/1-zh.md', 'a/2-en.md')).toEqual(run(root, 'check', '--format', 'json', 'a/1-zh.md', 'a/2-en.md'));
  }, 60_000);

  it('rejects a number of jobs that is not a positive whole number or auto', () => {
    for (const value of ['0', '-1', '1.5', 'two', '']) {
      expect(run(root, 'check', `--jobs=${value}`, 'a'), value).toMatchObject({ code: 2, stderr: expect.stringContaining(`Invalid number of jobs "${value}"`) });
    }
    expect(run(root, '--help').stdout).toContain('--jobs <n|auto>');
  });
});
