import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'server/dist/cli.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFile {
  path: string;
  documentType: string;
  language: string;
  profiles: string[];
  requirements: Array<{ id: string; status: string; evidence: unknown[] }>;
  diagnostics: Array<{ ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } }; basis: string[]; docsUrl: string }>;
}

const CORE = ['purpose-of-processing', 'data-categories', 'complaint-channel', 'complaint-response-time', 'minors-age-and-guardian-consent'];

describe('disclose check on the example policies', () => {
  const { code, stdout } = run('check', '--format', 'json', 'examples/privacy-policy.zh-cn.md', 'examples/privacy-policy.en.md');
  const report = JSON.parse(stdout) as { version: number; files: JsonFile[] };
  // The core four requirements; the rest of the catalogue is checked by its own tests.
  const file = (name: string) => {
    const found = report.files.find((f) => f.path.endsWith(name))!;
    return { ...found, requirements: found.requirements.filter((r) => CORE.includes(r.id)), diagnostics: found.diagnostics.filter((d) => CORE.includes(d.ruleId)) };
  };

  it('exits with 1 because error-severity findings exist', () => {
    expect(code).toBe(1);
    expect(report.version).toBe(1);
  });

  it('reports coverage for the core requirements of the Chinese example', () => {
    const zh = file('privacy-policy.zh-cn.md');
    expect([zh.documentType, zh.language, zh.profiles]).toEqual(['privacy-policy', 'zh', ['pipl']]);
    expect(zh.requirements.map((r) => [r.id, r.status])).toEqual([
      ['purpose-of-processing', 'weak'],
      ['data-categories', 'weak'],
      ['complaint-channel', 'missing'],
      ['complaint-response-time', 'weak'],
      ['minors-age-and-guardian-consent', 'weak'],
    ]);
  });

  it('reports exactly the deficiencies planted in the Chinese example', () => {
    const zh = file('privacy-policy.zh-cn.md');
    expect(zh.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.character])).toEqual([
      ['complaint-channel', 'error', 0, 2],
      ['data-categories', 'warning', 19, 0],
      ['purpose-of-processing', 'warning', 21, 0],
      ['minors-age-and-guardian-consent', 'error', 37, 0],
      ['complaint-response-time', 'error', 45, 48],
    ]);
    expect(zh.diagnostics[4]!.message).toBe('Reply time too long: "30天" exceeds the limit of 15 working days for answering complaints and requests.');
    expect(zh.diagnostics[0]!.basis).toEqual([
      'Cybersecurity Law Art. 51',
      'CAC 2019 Methods §6(5)',
      'Network Data Security Management Regulations Art. 20',
      'GB/T 35273-2020 §8.8',
      'PIPL Art. 50',
      "Children's Personal Information Provisions Art. 10(5)",
    ]);
    expect(zh.diagnostics[0]!.docsUrl).toMatch(/^file:\/\/.*\/docs\/rules\/complaint-channel\.md$/);
  });

  it('reports exactly the deficiencies planted in the English example', () => {
    const en = file('privacy-policy.en.md');
    expect(en.language).toBe('en');
    expect(en.requirements.map((r) => [r.id, r.status])).toEqual([
      ['purpose-of-processing', 'present'],
      ['data-categories', 'weak'],
      ['complaint-channel', 'weak'],
      ['complaint-response-time', 'weak'],
      ['minors-age-and-guardian-consent', 'weak'],
    ]);
    expect(en.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line])).toEqual([
      ['data-categories', 'warning', 12],
      ['minors-age-and-guardian-consent', 'error', 34],
      ['complaint-channel', 'warning', 38],
      ['complaint-response-time', 'warning', 38],
    ]);
    expect(en.diagnostics[1]!.message).toBe('Wrong age threshold: "under 13" does not match the age of 14 below which guardian consent is required.');
  });
});

describe('disclose check on the examples for the gdpr, ccpa and coppa profiles', () => {
  const EXAMPLES = ['examples/privacy-policy.gdpr.en.md', 'examples/privacy-policy.ccpa.en.md', 'examples/privacy-policy.coppa.en.md'];
  const { code, stdout } = run('check', '--format', 'json', ...EXAMPLES);
  const report = JSON.parse(stdout) as { files: JsonFile[] };
  const file = (path: string) => report.files.find((f) => f.path === path)!;
  const planted = (path: string) => file(path).diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.character]);

  it('reads each profile from the front matter and exits with 1', () => {
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.path, f.documentType, f.language, f.profiles])).toEqual([
      [EXAMPLES[0], 'privacy-policy', 'en', ['gdpr']],
      [EXAMPLES[1], 'privacy-policy', 'en', ['ccpa']],
      [EXAMPLES[2], 'children-policy', 'en', ['coppa']],
    ]);
  });

  it('gdpr: no supervisory-authority complaint, a reply in 60 days, consent under 13 instead of 16', () => {
    expect(planted(EXAMPLES[0]!)).toEqual([
      ['complaint-channel', 'error', 4, 2],
      ['rights-response-time', 'error', 34, 425],
      ['minors-age-and-guardian-consent', 'error', 40, 37],
    ]);
    const gdpr = file(EXAMPLES[0]!);
    expect(gdpr.diagnostics[0]!.basis).toEqual(['GDPR Art. 13(2)(d), 14(2)(e)', 'GDPR Art. 77']);
    expect(gdpr.diagnostics[1]!.message).toBe('Reply time too long: "60 days" exceeds the limit of 22 working days for answering rights requests.');
    expect(gdpr.diagnostics[2]!.message).toBe('Wrong age threshold: "under 13" does not match the age of 16 below which guardian consent is required.');
    expect(gdpr.requirements.find((r) => r.id === 'automated-decision-making')!.status).toBe('present');
  });

  it('ccpa: sharing for advertising without an opt-out, unnamed partners, a reply in 90 days', () => {
    expect(planted(EXAMPLES[1]!)).toEqual([
      ['sale-or-share-opt-out', 'error', 27, 142],
      ['third-party-sharing', 'warning', 27, 142],
      ['rights-response-time', 'error', 43, 427],
    ]);
    const ccpa = file(EXAMPLES[1]!);
    expect(ccpa.diagnostics[0]!.message).toMatch(/^Selling or sharing without an opt-out: "cross-context behavioral advertising" is described/);
    expect(ccpa.diagnostics[2]!.message).toBe('Reply time too long: "90 days" exceeds the limit of 32 working days for answering rights requests.');
  });

  it('coppa: parents cannot refuse further collection or withdraw consent, consent under 12 instead of 13', () => {
    expect(planted(EXAMPLES[2]!)).toEqual([
      ['children-notice-content', 'error', 4, 2],
      ['withdraw-consent', 'error', 4, 2],
      ['minors-age-and-guardian-consent', 'error', 20, 0],
    ]);
    const coppa = file(EXAMPLES[2]!);
    expect(coppa.diagnostics[0]!.message).toBe("The children's notice does not tell parents that they can refuse further collection or use of their child's information, or how.");
    expect(coppa.diagnostics[2]!.message).toBe('Wrong age threshold: "under 12" does not match the age of 13 below which guardian consent is required.');
  });
});

describe('disclose check output', () => {
  it('prints file:line:column, severity, rule and message as text', () => {
    const { code, stdout } = run('check', 'examples/privacy-policy.zh-cn.md');
    expect(code).toBe(1);
    expect(stdout).toContain('examples/privacy-policy.zh-cn.md:46:49  error    complaint-response-time  Reply time too long: "30天" exceeds the limit of 15 working days');
    expect(stdout).toMatch(/Coverage: \d+ of \d+ required disclosures made \(\d+ deficient, \d+ missing\)/);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ problems \(\d+ errors, \d+ warnings, \d+ infos\) in 1 file$/);
  });

  it('speaks Chinese with --lang zh-cn', () => {
    const { stdout } = run('check', '--lang', 'zh-cn', 'examples/privacy-policy.zh-cn.md');
    expect(stdout).toContain('缺少披露：投诉、举报渠道。');
    expect(stdout).toContain('《网络安全法》第51条');
  });

  it('writes SARIF 2.1.0 with 1-based regions', () => {
    const sarif = JSON.parse(run('check', '--format', 'sarif', 'examples/privacy-policy.zh-cn.md').stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => CORE.includes(r.ruleId));
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ ruleId: 'complaint-channel', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/privacy-policy.zh-cn.md' }, region: { startLine: 1, startColumn: 3 } } }] });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('complaint-response-time');
  });

  it('exits with 0 under --exit-zero and lints a directory recursively', () => {
    const { code, stdout } = run('check', '--exit-zero', 'examples');
    expect(code).toBe(0);
    expect(stdout).toContain('examples/privacy-policy.en.md');
    expect(stdout).toContain('examples/privacy-policy.zh-cn.md');
  });
});

describe('disclose check with a configuration file', () => {
  const root = mkdtempSync(join(tmpdir(), 'disclose-config-'));
  const POLICY = '# 隐私政策\n\n## 联系我们\n\n我们将在30天内回复您的请求。\n';
  mkdirSync(join(root, 'policies', 'drafts'), { recursive: true });
  writeFileSync(join(root, '.disclose.yml'), 'rules:\n  complaint-channel: off\n  complaint-response-time: warning\nignore: ["**/drafts/**"]\n');
  writeFileSync(join(root, 'policies', 'privacy.md'), POLICY);
  writeFileSync(join(root, 'policies', 'drafts', 'draft.md'), POLICY);
  const rulesOf = (stdout: string) => (JSON.parse(stdout) as { files: JsonFile[] }).files.map((f) => [f.path, f.diagnostics.filter((d) => CORE.includes(d.ruleId)).map((d) => `${d.ruleId}:${d.severity}`)]);

  it('finds the nearest .disclose.yml upward, applies its rules and ignores', () => {
    const { code, stdout } = run('check', '--format', 'json', join(root, 'policies'));
    expect(rulesOf(stdout)).toEqual([[join(root, 'policies', 'privacy.md'), ['data-categories:error', 'minors-age-and-guardian-consent:error', 'purpose-of-processing:error', 'complaint-response-time:warning']]]);
    expect(code).toBe(1);
  });

  it('lets --config and flags override', () => {
    const other = join(root, 'other.yml');
    writeFileSync(other, 'rules: {data-categories: off, purpose-of-processing: off, minors-age-and-guardian-consent: off}\n');
    const { stdout } = run('check', '--format', 'json', '--config', other, join(root, 'policies', 'privacy.md'));
    expect(rulesOf(stdout)[0]![1]).toEqual(['complaint-channel:error', 'complaint-response-time:error']);
    const typed = JSON.parse(run('check', '--format', 'json', '--type', 'user-agreement', join(root, 'policies', 'privacy.md')).stdout) as { files: JsonFile[] };
    expect(typed.files[0]!.documentType).toBe('user-agreement');
  });

  it('reports configuration errors with their position, checks anyway with the valid options, and exits with 2', () => {
    const bad = join(root, 'bad.yml');
    writeFileSync(bad, 'rules:\n  complaint-channel: off\n  complaint-chanel: off\nprofiles: [mars]\n');
    const { code, stdout } = run('check', '--config', bad, join(root, 'policies', 'privacy.md'));
    expect(code).toBe(2);
    expect(stdout).toContain(`${relative(process.cwd(), bad)}:3:3  error    invalid-configuration  Unknown rule “complaint-chanel” under \`rules\`: no rule has this id.`);
    expect(stdout).toContain(`${relative(process.cwd(), bad)}:4:12  error    invalid-configuration  Unknown profile “mars”. The profiles are: pipl, gdpr, uk-gdpr, ccpa, coppa, common, auto.`);
    expect(stdout).not.toContain('complaint-channel  ');
    const json = JSON.parse(run('check', '--format', 'json', '--config', bad, join(root, 'policies', 'privacy.md')).stdout) as { configProblems: Array<{ message: string; range: { start: { line: number } } }> };
    expect(json.configProblems.map((p) => [p.range.start.line, p.message])).toEqual([
      [2, 'Unknown rule “complaint-chanel” under `rules`: no rule has this id.'],
      [3, 'Unknown profile “mars”. The profiles are: pipl, gdpr, uk-gdpr, ccpa, coppa, common, auto.'],
    ]);
    expect(run('check', '--config', join(root, 'nope.yml'), join(root, 'policies'))).toMatchObject({ code: 2, stderr: expect.stringContaining('the configuration file cannot be read') });
  });
});

describe('disclose check on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-cli-'));

  it('rejects unknown options, commands and values with exit code 2 and the usage', () => {
    expect(run('check', '--frobnicate', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--frobnicate'") });
    expect(run('lint', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "lint"') });
    expect(run('check', '--format', 'xml', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown format "xml"') });
    expect(run('check', '--profile', 'mars', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown profile "mars"') });
    expect(run('check')).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: disclose check') });
  });

  it('says why a file cannot be checked and exits with 2', () => {
    const binary = join(dir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x23, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]));
    const missing = join(dir, 'missing.md');
    const { code, stdout } = run('check', binary, latin1, missing, join(dir, 'none-*.md'));
    expect(code).toBe(2);
    expect(stdout).toContain(`Cannot check ${binary}: it is a binary file, not Markdown text`);
    expect(stdout).toContain(`Cannot check ${latin1}: it is not valid UTF-8 text; save it as UTF-8`);
    expect(stdout).toContain(`Cannot check ${missing}: no such file or directory`);
    expect(stdout).toContain(`Cannot check ${join(dir, 'none-*.md')}: the pattern matched no files`);
  });

  it('prints help and version', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('--format <text|json|sarif>') });
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
