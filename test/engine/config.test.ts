import { describe, expect, it } from 'vitest';
import { loadConfig, mergeOptions, type ConfigIo } from '../../server/src/config/load';
import { parseConfigText } from '../../server/src/config/options';
import { applyOptions, resolveConfig } from '../../server/src/config/resolved';
import { CONFIG_CONTEXT, lint } from '../../server/src/engine';
import { ConfigFiles } from '../../server/src/io/config-files';

const problems = (text: string) => parseConfigText(text, CONFIG_CONTEXT).problems.map((p) => [p.messageKey, text.slice(p.startOffset, p.endOffset)]);

describe('configuration files', () => {
  it('read YAML and JSON alike', () => {
    const yaml = parseConfigText('profiles: [pipl]\ntype: privacy-policy\nrules:\n  purpose-of-processing: off\n  complaint-channel: warning\nparameters:\n  responseWorkingDays: 10\n', CONFIG_CONTEXT);
    expect(yaml.problems).toEqual([]);
    expect(yaml.options).toEqual({ profiles: ['pipl'], type: 'privacy-policy', rules: { 'purpose-of-processing': 'off', 'complaint-channel': 'warning' }, parameters: { responseWorkingDays: 10 } });
    const json = parseConfigText('{"profiles": "pipl", "messageLanguage": "zh-cn", "files": ["policies/**/*.md"]}', CONFIG_CONTEXT);
    expect(json.options).toEqual({ profiles: ['pipl'], messageLanguage: 'zh-cn', files: ['policies/**/*.md'] });
  });

  it('report every error with its position', () => {
    expect(problems('profiles: [pipl\nrules: x')).toEqual([['config.syntax', expect.any(String)]]);
    expect(problems('- a\n- b')).toEqual([['config.notMapping', '- a\n- b']]);
    expect(problems('profile: [pipl]')).toEqual([['config.unknownOption', 'profile']]);
    expect(problems('profiles: [pipl, mars]')).toEqual([['config.unknownProfile', 'mars']]);
    expect(problems('profiles: {a: 1}')).toEqual([['config.notList', '{a: 1}']]);
    expect(problems('type: policy')).toEqual([['config.oneOf', 'policy']]);
    expect(problems('rules:\n  complaint-chanel: off\n  data-categories: loud')).toEqual([
      ['config.unknownRule', 'complaint-chanel'],
      ['config.oneOf', 'loud'],
    ]);
    expect(problems('rules: [a]')).toEqual([['config.notMap', '[a]']]);
    expect(problems('parameters:\n  minorsAge: 40\n  age: 3')).toEqual([
      ['config.numberRange', '40'],
      ['config.unknownParameter', 'age'],
    ]);
    expect(problems('files:')).toEqual([['config.notList', 'files']]);
  });

  it('keep the valid options of a file with errors', () => {
    expect(parseConfigText('profiles: [pipl, mars]\ntype: policy\nrules: {purpose-of-processing: off}', CONFIG_CONTEXT).options).toEqual({ profiles: ['pipl'], rules: { 'purpose-of-processing': 'off' } });
  });
});

describe('extends', () => {
  /** A configuration file that is there but cannot be read (no read permission). */
  const UNREADABLE = '/locked/.disclose.yml';
  const files: Record<string, string> = {
    '/repo/.disclose.yml': 'rules:\n  purpose-of-processing: off\n  data-categories: info\nparameters: {minorsAge: 16}\n',
    '/repo/policies/.disclose.yml': 'extends: ../.disclose.yml\nrules:\n  data-categories: error\n',
    '/repo/loop/a.yml': 'extends: ./b.yml\n',
    '/repo/loop/b.yml': 'extends: [./a.yml, ./missing.yml]\n',
  };
  const io: ConfigIo = {
    read: (path) => files[path] ?? null,
    exists: (path) => path in files || path === UNREADABLE,
    resolve: (from, relative) => {
      const parts = from.split('/').slice(0, -1);
      for (const part of relative.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.') parts.push(part);
      }
      return parts.join('/');
    },
  };

  it('merge the base first and let the file win, rule by rule', () => {
    const loaded = loadConfig('/repo/policies/.disclose.yml', io, CONFIG_CONTEXT);
    expect(loaded.problems).toEqual([]);
    expect(loaded.files).toEqual(['/repo/policies/.disclose.yml', '/repo/.disclose.yml']);
    expect(loaded.options).toEqual({ rules: { 'purpose-of-processing': 'off', 'data-categories': 'error' }, parameters: { minorsAge: 16 } });
  });

  it('report a missing base and a cycle on the extends entry', () => {
    const loaded = loadConfig('/repo/loop/a.yml', io, CONFIG_CONTEXT);
    expect(loaded.problems.map((p) => [p.path, p.messageKey, files[p.path]!.slice(p.startOffset, p.endOffset)])).toEqual([
      ['/repo/loop/b.yml', 'config.extendsCycle', './a.yml'],
      ['/repo/loop/b.yml', 'config.extendsMissing', './missing.yml'],
    ]);
  });

  it('report a configuration file that is there but cannot be read, and are found by it', () => {
    expect(loadConfig(UNREADABLE, io, CONFIG_CONTEXT)).toEqual({ options: {}, files: [], problems: [{ path: UNREADABLE, messageKey: 'config.unreadable', args: {}, startOffset: 0, endOffset: 0 }] });
    expect(new ConfigFiles(CONFIG_CONTEXT, io).configFor('/locked/policy.md')).toBe(UNREADABLE);
  });
});

describe('layers', () => {
  const POLICY = '# 隐私政策\n\n## 联系我们\n\n我们将在30天内回复您的请求。\n';
  const findings = (text: string, config = resolveConfig()) => lint(text, config).findings.filter((f) => f.ruleId === 'complaint-response-time' || f.ruleId === 'complaint-channel').map((f) => [f.ruleId, f.severity]);

  it('apply in order: defaults < file < settings < front matter < directives', () => {
    const file = applyOptions(resolveConfig(), { rules: { 'complaint-channel': 'info', 'complaint-response-time': 'off' } });
    expect(findings(POLICY, file)).toEqual([['complaint-channel', 'info']]);
    const settings = applyOptions(file, { rules: { 'complaint-response-time': 'warning' } });
    expect(findings(POLICY, settings)).toEqual([['complaint-channel', 'info'], ['complaint-response-time', 'warning']]);
    const frontMatter = `---\ndisclose:\n  rules:\n    complaint-channel: error\n---\n${POLICY}`;
    expect(findings(frontMatter, settings)).toEqual([['complaint-channel', 'error'], ['complaint-response-time', 'warning']]);
    const directive = frontMatter.replace('# 隐私政策', '<!-- disclose-disable complaint-channel -->\n# 隐私政策');
    expect(findings(directive, settings)).toEqual([['complaint-response-time', 'warning']]);
  });

  it('take profile parameters from front matter', () => {
    const text = `---\ndisclose: {parameters: {responseWorkingDays: 40}}\n---\n${POLICY}`;
    expect(findings(text)).toEqual([['complaint-channel', 'error']]);
  });

  it('report front matter errors on the document, at the option', () => {
    const text = `---\ntitle: x\ndisclose:\n  profiles: [mars]\n---\n${POLICY}`;
    const invalid = lint(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'invalid-configuration');
    expect(invalid.map((f) => [f.message, text.slice(f.range.startOffset, f.range.endOffset), f.severity])).toEqual([['Unknown profile “mars”. The profiles are: pipl, gdpr, uk-gdpr, ccpa, coppa, common, auto.', 'mars', 'error']]);
  });

  it('merge options with rules and parameters entry by entry', () => {
    expect(mergeOptions({ rules: { a: 'off' }, parameters: { minorsAge: 14 }, profiles: ['pipl'] }, { rules: { b: 'info' }, profiles: ['pipl'] })).toEqual({
      rules: { a: 'off', b: 'info' },
      parameters: { minorsAge: 14 },
      profiles: ['pipl'],
    });
  });
});
