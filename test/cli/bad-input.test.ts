import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every kind of bad input gets its own message and exit code 2; the good files of the same run are still checked. */
const CLI = 'server/dist/cli.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'disclose-bad-input-'));
const good = join(dir, 'good.md');
writeFileSync(good, '# 隐私政策\n\n我们收集您的手机号码，用于账号登录。\n');
const big = join(dir, 'big.md');
writeFileSync(big, `# Privacy Policy\n\n${'We collect your e-mail address to send you receipts.\n'.repeat(60)}`);
const binary = join(dir, 'binary.md');
writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0xff, 0x00]));
const latin1 = join(dir, 'latin1.md');
writeFileSync(latin1, Buffer.from('# Pol\xedtica de privacidad\n', 'latin1'));
const empty = join(dir, 'empty');
mkdirSync(empty);

describe('disclose check --max-size', () => {
  it('checks a larger file up to the cap, says so on the file, and exits with 2', () => {
    const { code, stdout } = run('check', '--max-size', '0.001', big, good);
    expect(code).toBe(2);
    expect(stdout).toContain(`  ${big}:1:1  info     document-too-large  This document is 3 KB, over the 1 KB limit: only its first 1 KB were checked. Split it, or raise the limit (disclose.maxDocumentSize, CLI --max-size).`);
    expect(stdout).toContain(good);
    expect(run('check', '--max-size', '0.01', big, good).code).toBe(1);
  });

  it('applies the 2 MB default', () => {
    const huge = join(dir, 'huge.md');
    writeFileSync(huge, `# Privacy Policy\n\n${'x'.repeat(2 * 1024 * 1024)}\n`);
    const { code, stdout } = run('check', '--format', 'json', huge);
    expect(code).toBe(2);
    const [file] = (JSON.parse(stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }> }).files;
    expect(file!.diagnostics[0]).toMatchObject({ ruleId: 'document-too-large', message: expect.stringMatching(/^This document is 2\.0 MB, over the 2\.0 MB limit/) });
  });

  it.each([['0'], ['-1'], ['two'], ['1e3'], ['']])('rejects %j with a usage error', (value) => {
    const { code, stderr } = run('check', `--max-size=${value}`, good);
    expect(code).toBe(2);
    expect(stderr).toContain(`disclose: Invalid size "${value}" for --max-size. Use a positive number of megabytes, for example 2 or 0.5.`);
  });

  it('asks for the value when it is missing', () => {
    expect(run('check', good, '--max-size')).toMatchObject({ code: 2, stderr: expect.stringContaining("Option '--max-size <value>' argument missing") });
  });
});

describe('disclose check on unreadable input', () => {
  it('names each file it cannot check, with the reason, and still checks the others', () => {
    const missing = join(dir, 'missing.md');
    const { code, stdout, stderr } = run('check', '--format', 'json', good, binary, latin1, missing, empty);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual([good]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `disclose: Cannot check ${missing}: no such file or directory`,
      `disclose: Cannot check ${empty}: the directory has no Markdown files (.md, .markdown)`,
      `disclose: Cannot check ${binary}: it is a binary file, not Markdown text`,
      `disclose: Cannot check ${latin1}: it is not valid UTF-8 text; save it as UTF-8`,
    ]);
  });

  it('refuses a configuration that is a directory', () => {
    expect(run('check', '--config', empty, good)).toEqual({ code: 2, stdout: '', stderr: `disclose: Cannot check ${empty}: the configuration file cannot be read\n` });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a configuration it may not read (not as root, who may read anything)', () => {
    const locked = join(dir, 'locked.yml');
    writeFileSync(locked, 'rules: {}\n');
    chmodSync(locked, 0o000);
    expect(run('check', '--config', locked, good)).toEqual({ code: 2, stdout: '', stderr: `disclose: Cannot check ${locked}: the configuration file cannot be read\n` });
  });
});
