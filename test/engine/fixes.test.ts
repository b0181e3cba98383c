import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { REQUIREMENTS } from '../../server/src/requirements';
import type { Finding } from '../../server/src/types';
import { applyEdits, insertedText } from '../support/edits';

const CORE = ['purpose-of-processing', 'data-categories', 'complaint-channel', 'complaint-response-time', 'minors-age-and-guardian-consent'];
const rules = Object.fromEntries(REQUIREMENTS.filter((r) => !CORE.includes(r.id)).map((r) => [r.id, 'off' as const]));
const lintCore = (text: string) => lint(text, { rules, locale: 'en', profiles: ['pipl'] });
const finding = (text: string, ruleId: string, kind = 'missing') => lintCore(text).findings.find((f) => f.ruleId === ruleId && f.messageKey === `${ruleId}.${kind}`)!;
const fix = (f: Finding, kind: string, index = 0) => f.fixes.filter((x) => x.kind === kind)[index]!;

const ZH_EXAMPLE = readFileSync('examples/privacy-policy.zh-cn.md', 'utf8');

describe('clause fixes for missing disclosures', () => {
  it('offer every clause variant in the document language', () => {
    const clauses = finding(ZH_EXAMPLE, 'complaint-channel').fixes.filter((x) => x.kind === 'clause');
    expect(clauses.map((c) => c.title)).toEqual(['Insert clause: 投诉、举报渠道：电子邮件', 'Insert clause: 投诉、举报渠道：电话', 'Insert clause: 投诉、举报渠道：在线表单或应用内入口']);
    expect(clauses[0]!.snippet!.text).toContain('${1:[投诉邮箱]}');
  });

  it('append to the existing section of the same kind, touching nothing else', () => {
    const clause = fix(finding(ZH_EXAMPLE, 'complaint-channel'), 'clause');
    const after = applyEdits(ZH_EXAMPLE, clause.edits);
    const inserted = insertedText(ZH_EXAMPLE, after, clause.edits[0]!.range.startOffset);
    expect(inserted).toBe('\n\n如您认为我们处理您个人信息的方式侵害了您的权益，或发现个人信息安全问题，可以发送电子邮件至 [投诉邮箱] 进行投诉或举报。我们会在收到后15个工作日内答复您。');
    expect(ZH_EXAMPLE.slice(0, clause.edits[0]!.range.startOffset).endsWith('我们将在30天内回复您的请求。')).toBe(true);
    expect(lintCore(after).findings.map((f) => f.ruleId)).not.toContain('complaint-channel');
  });

  it('insert a new numbered section in canonical order, in the style of its neighbours', () => {
    const text = '# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n注册时我们收集您的手机号码和昵称，用于创建账号和登录验证。\n\n## 二、您的权利\n\n您可以在“我的-设置”中查阅和更正您的信息。\n\n## 三、如何联系我们\n\n邮箱：privacy@example.cn，我们将在15个工作日内答复。如需投诉，请发送邮件至该邮箱。\n';
    const clause = fix(finding(text, 'minors-age-and-guardian-consent'), 'clause');
    const offset = clause.edits[0]!.range.startOffset;
    const inserted = insertedText(text, applyEdits(text, clause.edits), offset);
    expect(text.slice(0, offset).endsWith('查阅和更正您的信息。')).toBe(true);
    expect(inserted.startsWith('\n\n## 三、未成年人个人信息保护\n\n如您是不满十四周岁的未成年人')).toBe(true);
    expect(lintCore(applyEdits(text, clause.edits)).findings.map((f) => f.ruleId)).not.toContain('minors-age-and-guardian-consent');
  });

  it('follow bold paragraph headings and plain English headings', () => {
    const bold = '# 隐私政策\n\n**一、我们收集的信息**\n\n注册时我们收集您的手机号码和昵称，用于登录。\n\n**二、您的权利**\n\n您可以查阅、更正和删除您的信息。\n';
    const inserted = fix(finding(bold, 'complaint-channel'), 'clause').edits[0]!.newText;
    expect(inserted.startsWith('\n\n**三、投诉与举报**\n\n')).toBe(true);
    const english = '# Privacy Policy\n\n## Information we collect\n\nWe collect your name and e-mail address to create your account.\n\n## Your rights\n\nYou can view and correct your data in Settings > Account.\n';
    expect(fix(finding(english, 'complaint-channel'), 'clause').edits[0]!.newText.startsWith('\n\n## Complaints\n\nIf you believe we have handled')).toBe(true);
  });

  it('keep the document line endings', () => {
    const crlf = '# Privacy Policy\r\n\r\n## Your rights\r\n\r\nYou can view and correct your data in Settings > Account.\r\n';
    const inserted = fix(finding(crlf, 'complaint-channel'), 'clause').edits[0]!.newText;
    expect(inserted).toContain('\r\n\r\n## Complaints\r\n\r\n');
    expect(inserted.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('targeted corrections', () => {
  it('replace a reply time that is too long with the limit', () => {
    const f = finding(ZH_EXAMPLE, 'complaint-response-time', 'too-slow');
    const correction = fix(f, 'correction');
    expect(correction.title).toBe('Replace “30天” with “15个工作日”');
    expect(correction.autoFix).toBe(true);
    const after = applyEdits(ZH_EXAMPLE, correction.edits);
    expect(after).toContain('我们将在15个工作日内回复您的请求。');
    expect(lintCore(after).findings.map((f) => f.ruleId)).not.toContain('complaint-response-time');
  });

  it('put a number on "promptly" and raise "under 13" to 14', () => {
    const en = readFileSync('examples/privacy-policy.en.md', 'utf8');
    const vague = fix(finding(en, 'complaint-response-time', 'vague'), 'correction');
    expect(vague.title).toBe('Replace “promptly” with “within 15 working days”');
    const age = fix(finding(en, 'minors-age-and-guardian-consent', 'wrong-age'), 'correction');
    expect(age.title).toBe('Replace “13” with “14”');
    const after = applyEdits(en, [...vague.edits, ...age.edits]);
    expect(after).toContain('We will handle every complaint within 15 working days.');
    expect(after).toContain('from children under 14 without');
    expect(lintCore(after).findings.map((f) => f.ruleId).filter((id) => id === 'complaint-response-time' || id === 'minors-age-and-guardian-consent')).toEqual([]);
  });

  it('leave a stricter threshold alone', () => {
    const text = '# 隐私政策\n\n## 未成年人\n\n未满十八周岁的未成年人须取得监护人的同意。\n';
    expect(finding(text, 'minors-age-and-guardian-consent', 'wrong-age').fixes.map((x) => x.kind)).toEqual(['disable-line', 'disable-file']);
  });
});

describe('disable fixes', () => {
  it('write a directive before the block at fault, or at the top of the file', () => {
    const f = finding(ZH_EXAMPLE, 'complaint-response-time', 'too-slow');
    const line = fix(f, 'disable-line');
    expect(line.title).toBe('Disable complaint-response-time for this line');
    expect(line.edits[0]).toMatchObject({ range: { start: { line: 45, character: 0 } }, newText: '<!-- disclose-disable-next-line complaint-response-time -->\n' });
    expect(lintCore(applyEdits(ZH_EXAMPLE, line.edits)).findings.map((x) => x.ruleId)).not.toContain('complaint-response-time');
    const file = fix(finding(ZH_EXAMPLE, 'complaint-channel'), 'disable-file');
    expect(file.edits[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, newText: '<!-- disclose-disable complaint-channel -->\n\n' });
    const after = lintCore(applyEdits(ZH_EXAMPLE, file.edits));
    expect(after.findings.map((x) => x.ruleId)).not.toContain('complaint-channel');
  });

  it('go after YAML front matter', () => {
    const text = '---\ntitle: x\n---\n# 隐私政策\n\n正文。\n';
    const file = fix(finding(text, 'complaint-channel'), 'disable-file');
    expect(file.edits[0]!.range.startOffset).toBe('---\ntitle: x\n---\n'.length);
  });
});
