import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../server/src/document/directives';
import { lint } from '../../server/src/engine';
import { REQUIREMENTS } from '../../server/src/requirements';

const CORE = ['purpose-of-processing', 'data-categories', 'complaint-channel', 'complaint-response-time', 'minors-age-and-guardian-consent'];
const rules = Object.fromEntries(REQUIREMENTS.filter((r) => !CORE.includes(r.id)).map((r) => [r.id, 'off' as const]));
const lintCore = (text: string, locale: 'en' | 'zh-cn' = 'en') => lint(text, { rules, locale });
const ids = (text: string) => lintCore(text).findings.map((f) => [f.ruleId, f.range.start.line]);

const POLICY = [
  '# 隐私政策', // 0
  '', // 1
  '## 联系我们', // 2
  '', // 3
  '我们将在30天内回复您的请求。', // 4
  '', // 5
  '## 未成年人', // 6
  '', // 7
  '未成年人使用我们的服务前应取得监护人的同意。', // 8
].join('\n');

describe('directives', () => {
  it('parse disable, enable and next-line comments with rule ids and their offsets', () => {
    const [d] = parseDirectives('<!-- disclose-disable-next-line complaint-channel, data-categories -->', 10);
    expect(d).toMatchObject({ kind: 'disable-next-line', ruleIds: ['complaint-channel', 'data-categories'], start: 10, end: 80 });
    expect(d!.idOffsets).toEqual([42, 61]);
    expect(parseDirectives('<!-- disclose-disable -->', 0)[0]).toMatchObject({ kind: 'disable', ruleIds: [] });
    expect(parseDirectives('<!-- a comment about disclose-disable -->', 0)).toEqual([]);
  });

  it('without directives, the policy has these findings', () => {
    expect(ids(POLICY)).toEqual([
      ['complaint-channel', 0],
      ['data-categories', 0],
      ['purpose-of-processing', 0],
      ['complaint-response-time', 4],
      ['minors-age-and-guardian-consent', 8],
    ]);
  });

  it('disable-next-line silences the named rule on the next line with text', () => {
    const text = POLICY.replace('我们将在30天内', '<!-- disclose-disable-next-line complaint-response-time -->\n\n我们将在30天内');
    expect(ids(text).map(([id]) => id)).not.toContain('complaint-response-time');
    expect(ids(text)).toContainEqual(['minors-age-and-guardian-consent', 10]);
  });

  it('disable for the whole file removes the rule from findings and coverage', () => {
    const result = lintCore(`<!-- disclose-disable complaint-channel -->\n${POLICY}`);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('complaint-channel');
    expect(result.coverage.map((c) => c.id)).not.toContain('complaint-channel');
  });

  it('disable ... enable silences a region only', () => {
    const text = POLICY.replace('## 联系我们', '<!-- disclose-disable -->\n## 联系我们').replace('## 未成年人', '<!-- disclose-enable -->\n## 未成年人');
    expect(ids(text).map(([id]) => id)).toEqual(['complaint-channel', 'data-categories', 'purpose-of-processing', 'minors-age-and-guardian-consent']);
    expect(lintCore(text).coverage.map((c) => c.id)).toContain('complaint-response-time');
  });

  it('reports unknown rule ids in directives on the id itself', () => {
    const text = `<!-- disclose-disable-next-line complaint-chanel -->\n${POLICY}`;
    const unknown = lintCore(text).findings.find((f) => f.ruleId === 'unknown-rule-in-directive')!;
    expect(unknown.message).toBe('Unknown rule "complaint-chanel" in a disclose directive: no rule has this id, so the directive does nothing.');
    expect(unknown.range).toMatchObject({ start: { line: 0, character: 32 }, end: { line: 0, character: 48 } });
    expect(unknown.severity).toBe('warning');
  });

  it('ignores directive-like text inside code blocks', () => {
    const text = `${POLICY}\n\n\`\`\`\n<!-- disclose-disable -->\n\`\`\`\n`;
    expect(ids(text)).toHaveLength(5);
  });
});

describe('documents over the size cap', () => {
  it('check the part within the cap, cut at a line break, and say so', () => {
    const text = `# 隐私政策\n\n${'我们收集您的手机号码，用于注册和登录。\n\n'.repeat(200)}## 投诉\n\n如需投诉，请发送邮件至 complaints@example.cn。\n`;
    const full = lintCore(text);
    expect(full.findings.map((f) => f.ruleId)).not.toContain('complaint-channel');
    const capped = lint(text, { rules, locale: 'en', maxDocumentBytes: 4096 });
    expect(capped.findings[0]).toMatchObject({ ruleId: 'document-too-large', severity: 'info', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } });
    expect(capped.findings[0]!.message).toBe(`This document is ${Math.round(new TextEncoder().encode(text).length / 1024)} KB, over the 4 KB limit: only its first 4 KB were checked. Split it, or raise the limit (disclose.maxDocumentSize, CLI --max-size).`);
    expect(capped.findings.map((f) => f.ruleId)).toContain('complaint-channel');
    expect(Math.max(...capped.findings.map((f) => f.range.endOffset))).toBeLessThanOrEqual(4096);
  });

  it('end the size note before the first line break, a CRLF included', () => {
    const capped = lint(`# Policy\r\n${'We collect data.\r\n'.repeat(400)}`, { rules, locale: 'en', maxDocumentBytes: 1024 });
    expect(capped.findings[0]).toMatchObject({ ruleId: 'document-too-large', range: { end: { line: 0, character: 8 }, endOffset: 8 } });
  });
});
