import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { DocumentModel } from '../../server/src/document/model';
import { buildTemplate, clauseRequirements } from '../../server/src/fixes/template';
import { canonicalKind, sectionFor, sectionOrder } from '../../server/src/fixes/sections';
import { applyEdits, insertedText } from '../support/edits';
import { lintOnly } from '../support/requirement';

/** A requirement's status, its findings' kinds, the findings and the detected document type. */
function check(id: string, markdown: string) {
  const { status, kinds, findings, result } = lintOnly(id, markdown);
  return { status, kinds, findings, type: result.documentType };
}

const zh = (heading: string, ...body: string[]) => `# 用户协议\n\n## ${heading}\n\n${body.join('\n\n')}\n`;
const en = (heading: string, ...body: string[]) => `# Terms of Service\n\n## ${heading}\n\n${body.join('\n\n')}\n`;

describe('unfair standard terms', () => {
  const unfair = (markdown: string) => check('ua-unfair-standard-terms', markdown);

  it('replaces a final-interpretation sentence by the rule of the Civil Code, and deletes it from a longer sentence', () => {
    const whole = unfair(zh('其他', '本协议的最终解释权归本公司所有。'));
    const fix = whole.findings[0]!.fixes.find((f) => f.kind === 'correction')!;
    expect(fix.edits[0]!.newText).toBe('对本协议条款的理解有争议的，应当按照通常理解予以解释；有两种以上解释的，应当作出不利于我们的解释');
    expect(applyEdits(zh('其他', '本协议的最终解释权归本公司所有。'), fix.edits)).toContain('作出不利于我们的解释。');

    const text = zh('其他', '本协议自发布之日起生效，最终解释权归本公司所有。');
    const part = unfair(text).findings[0]!.fixes.find((f) => f.kind === 'correction')!;
    expect(applyEdits(text, part.edits)).toContain('本协议自发布之日起生效。');
  });

  it('puts seven days of notice in place of "without notice" for changes to the agreement, in bold', () => {
    const text = zh('其他', '我们有权随时修改本协议，无需另行通知。');
    const fix = unfair(text).findings[0]!.fixes.find((f) => f.kind === 'correction')!;
    expect(applyEdits(text, fix.edits)).toContain('**我们有权随时修改本协议，提前七日通知您**。');
    const english = en('Changes', 'We may modify these Terms at any time without notice.');
    const fixed = applyEdits(english, unfair(english).findings[0]!.fixes.find((f) => f.kind === 'correction')!.edits);
    expect(fixed).toContain("**We may modify these Terms at any time with at least seven days' notice**.");
    expect(check('ua-agreement-changes', fixed).status).toBe('present');
  });

  it('keeps emphasis that is already there and gives no seven-day fix for other changes', () => {
    const bold = zh('其他', '**我们可以不经通知修改本协议。**');
    expect(applyEdits(bold, unfair(bold).findings[0]!.fixes.find((f) => f.kind === 'correction')!.edits)).toContain('**我们可以经提前七日通知修改本协议。**');
    const service = unfair(zh('其他', '我们有权随时调整服务内容，恕不另行通知。'));
    expect(service.kinds).toEqual(['change-without-notice']);
    expect(service.findings[0]!.fixes.some((f) => f.kind === 'correction')).toBe(false);
  });

  it('leaves account actions without notice and reclaimed unused accounts to their own requirements', () => {
    expect(unfair(en('Accounts', 'We may suspend your account without notice if you breach these Terms.')).kinds).toEqual([]);
    expect(unfair(zh('账号', '账号连续十二个月未登录的，我们有权回收该账号，无需通知。')).kinds).toEqual([]);
  });

  it('takes exclusions limited to force majeure, the user’s own acts or what the law allows as fair', () => {
    expect(unfair(zh('免责', '因不可抗力导致的损失，我们不承担任何责任。')).kinds).toEqual([]);
    expect(unfair(zh('免责', '您无需承担任何责任。')).kinds).toEqual([]);
    expect(unfair(en('Liability', 'To the extent permitted by law, we are not liable for any indirect or consequential damages.')).kinds).toEqual([]);
    expect(unfair(en('Liability', 'We are not liable for any direct or indirect damages.')).kinds).toEqual(['total-exclusion']);
  });

  it('reads other wordings of the same terms', () => {
    expect(unfair(zh('免责', '用户因使用本服务而遭受的任何损失，本公司均不承担赔偿责任。')).kinds).toEqual(['total-exclusion']);
    expect(unfair(zh('其他', '在法律允许的范围内，本公司保留对本协议的最终解释权。')).kinds).toEqual(['final-interpretation']);
    expect(unfair(en('Other', "You agree that the Company's decision on the interpretation of these Terms is final.")).kinds).toEqual(['final-interpretation']);
    expect(unfair(zh('其他', '我们不会在未通知您的情况下修改本协议。')).kinds).toEqual([]);
  });

  it('finds waivers of claims, but not arbitration or a class-action waiver', () => {
    expect(unfair(zh('争议', '您同意不就商品质量问题向我们主张任何赔偿。')).kinds).toEqual(['waiver-of-suit']);
    expect(unfair(zh('争议', '我们不会要求您放弃起诉的权利。')).kinds).toEqual([]);
    expect(unfair(en('Disputes', 'You waive your right to participate in a class action; disputes go to arbitration.')).kinds).toEqual([]);
  });

  it('finds consent to the privacy policy inferred from accepting the agreement, not a consent asked separately', () => {
    expect(unfair(en('Privacy', 'By accepting these Terms you also agree to our Privacy Policy.')).kinds).toEqual(['deemed-privacy-consent']);
    expect(unfair(zh('隐私', '同意本协议并不代表您已同意隐私政策。')).kinds).toEqual([]);
    expect(unfair(zh('隐私', '您勾选同意《隐私政策》即表示您同意我们按照该政策处理您的个人信息。')).kinds).toEqual([]);
    expect(unfair(en('Use', 'By using the Service you agree to these Terms.')).kinds).toEqual([]);
  });
});

describe('prominence of key terms', () => {
  const prominence = (markdown: string) => check('ua-prominence', markdown);

  it('counts bold, underline and capitals as emphasis', () => {
    expect(prominence(zh('责任', '<u>因不可抗力导致服务中断的，我们不承担责任。</u>')).kinds).toEqual([]);
    expect(prominence(zh('责任', '我们对因不可抗力导致的服务中断**不承担责任**。')).kinds).toEqual([]);
    expect(prominence(en('Liability', 'WE ARE NOT LIABLE FOR LOSSES CAUSED BY EVENTS OUTSIDE OUR CONTROL.')).kinds).toEqual([]);
    expect(prominence(en('Liability', 'We are not liable for losses caused by events outside our control.')).kinds).toEqual(['not-emphasised']);
  });

  it('does not take the user’s own options for terms against the user', () => {
    const markdown = zh(
      '账号与会员',
      '您可以随时在“我的-设置-注销账号”中申请注销账号，我们会删除您的个人信息。',
      '您可以随时在“我的-会员-自动续费管理”中关闭自动续费。',
      '如您不同意修改后的协议，可以停止使用本服务。',
      '会员到期后不会自动续费。',
    );
    expect(prominence(markdown).kinds).toEqual([]);
  });

  it('takes forum clauses that fix a court or arbitration, not the defendant’s domicile', () => {
    expect(prominence(zh('争议', '因本协议产生的争议，提交本公司所在地人民法院诉讼解决。')).kinds).toEqual(['not-emphasised']);
    expect(prominence(zh('争议', '因本协议产生的争议，由被告住所地人民法院管辖。')).kinds).toEqual([]);
    expect(prominence(en('Law', 'The courts of New South Wales have non-exclusive jurisdiction.')).kinds).toEqual([]);
  });

  it('does not ask to emphasise an unfair term (it must go) or a sentence about emphasis', () => {
    expect(prominence(zh('免责', '对于因使用本服务产生的任何损失，我们概不负责。')).kinds).toEqual([]);
    expect(prominence(zh('提示', '免除或者限制我们责任的条款以粗体标出，请您重点阅读。')).kinds).toEqual([]);
  });
});

describe('account rules, paid services, changes, unused accounts, disputes, parties', () => {
  it('wants grounds, notice and an appeal for suspensions, and takes a stated ground as a ground', () => {
    expect(check('ua-account-rules', zh('账号', '您可以使用手机号码注册账号。一个账号仅限一人使用，我们发现账号多人共享的，有权暂停会员服务。')).kinds).toEqual(['no-notice-or-appeal']);
    expect(check('ua-account-rules', zh('账号', '您可以使用手机号码注册账号。我们有权暂停或终止您的账号。')).kinds).toEqual(['no-grounds', 'no-notice-or-appeal']);
    expect(check('ua-account-rules', zh('其他', '我们的注册地址为北京市海淀区中关村大街1号。')).status).toBe('not-applicable');
  });

  it('needs a reminder before each renewal, not before a price change', () => {
    const markdown = en('Fees', 'Membership costs £32 per month. Your membership renews automatically each month. We will e-mail you 10 days before any price change, and you can cancel at any time in your online account.');
    expect(check('ua-paid-services-and-auto-renewal', markdown).kinds).toEqual(['no-renewal-notice']);
  });

  it('measures the advance period of changes in days', () => {
    expect(check('ua-agreement-changes', zh('协议的变更', '我们修改本协议的，将在生效前五个工作日在网站公告。')).status).toBe('present');
    expect(check('ua-agreement-changes', en('Changes', 'We will post changes to these Terms 48 hours before they take effect.')).kinds).toEqual(['short-notice']);
  });

  it('reads unused-account rules about accounts only', () => {
    const markdown = zh('账号', '您可以注册账号。', '如需终止游戏运营，我们将至少提前六十日公告，并对玩家未使用的游戏币予以退还。');
    expect(check('ua-inactive-account-handling', markdown).status).toBe('missing');
  });

  it('does not take court costs for a forum', () => {
    const markdown = zh('用户义务', '您的行为给我们造成损失的，应当赔偿包括诉讼费、律师费在内的全部损失。');
    expect(check('ua-dispute-resolution', markdown).status).toBe('missing');
  });

  it('names the contracting company even where partners are mentioned', () => {
    const markdown = en('About', 'Tradepost Inc. ("Tradepost") operates a marketplace where independent sellers offer goods to buyers.');
    expect(check('ua-service-provider-identity', markdown).status).toBe('present');
  });
});

describe('the agreement’s own section order', () => {
  it('orders agreement sections and maps policy sections into them', () => {
    expect(sectionOrder('user-agreement')).toEqual(['parties', 'account', 'minors', 'services', 'conduct', 'ip', 'privacy', 'liability', 'changes', 'termination', 'disputes', 'contact']);
    expect(sectionOrder('privacy-policy')[0]).toBe('scope');
    expect(sectionFor('user-agreement', 'scope')).toBe('parties');
    expect(sectionFor('user-agreement', 'children')).toBe('minors');
    expect(sectionFor('user-agreement', 'collection')).toBe('privacy');
    expect(sectionFor('privacy-policy', 'children')).toBe('children');
  });

  it('classifies agreement headings', () => {
    const model = new DocumentModel('# 用户协议\n\n## 一、账号注册\n\n正文内容正文内容正文内容。\n\n## 二、协议的变更\n\n正文内容正文内容正文内容。\n\n## 三、服务的暂停与终止\n\n正文内容正文内容正文内容。\n\n## 四、免责声明\n\n正文内容正文内容正文内容。\n');
    expect(model.sections.map((s) => canonicalKind(model, s, 'user-agreement'))).toEqual(['account', 'changes', 'termination', 'liability']);
  });

  it('inserts a missing clause at its place in the agreement order, numbered like its neighbours', () => {
    const text = '# 用户协议\n\n## 一、账号注册\n\n您可以使用手机号码注册账号。\n\n## 二、法律适用与争议解决\n\n本协议适用中华人民共和国法律，争议由被告住所地人民法院管辖。\n';
    const finding = lint(text, { locale: 'en' }).findings.find((f) => f.messageKey === 'ua-agreement-changes.missing')!;
    const clause = finding.fixes.find((f) => f.kind === 'clause')!;
    const offset = clause.edits[0]!.range.startOffset;
    expect(text.slice(0, offset).endsWith('您可以使用手机号码注册账号。')).toBe(true);
    expect(insertedText(text, applyEdits(text, clause.edits), offset).startsWith('\n\n## 二、协议的变更\n\n')).toBe(true);
  });

  it('builds the agreement template in the agreement order, without privacy-policy clauses', () => {
    const ids = clauseRequirements('user-agreement', ['pipl']).map((r) => r.id);
    expect(ids).toContain('ua-dispute-resolution');
    expect(ids).toContain('complaint-channel');
    expect(ids).not.toContain('purpose-of-processing');
    expect(ids).not.toContain('face-recognition-alternative');
    const template = buildTemplate('user-agreement', 'zh', ['pipl']);
    const headings = template.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## 一、协议主体与适用范围');
    expect(headings.at(-1)).toMatch(/^## [一二三四五六七八九十]{1,3}、联系我们与投诉$/);
    expect(headings.findIndex((h) => h.includes('法律适用'))).toBeGreaterThan(headings.findIndex((h) => h.includes('协议的变更')));
    const policy = buildTemplate('privacy-policy', 'en', ['pipl']);
    expect(policy.split('\n').filter((line) => line.startsWith('## '))[0]).toBe('## About this policy');
  });
});

describe('agreement wording of clauses shared with privacy policies', () => {
  const cases = [
    ['complaint-channel', 'zh', '# 用户协议\n\n## 一、账号\n\n您可以使用手机号码注册账号。\n'],
    ['complaint-channel', 'en', '# Terms of Service\n\n## 1. Your account\n\nYou can register with your e-mail address.\n'],
    ['minors-age-and-guardian-consent', 'zh', '# 用户协议\n\n## 一、账号\n\n您可以使用手机号码注册账号。\n'],
    ['minors-age-and-guardian-consent', 'en', '# Terms of Service\n\n## 1. Your account\n\nYou can register with your e-mail address.\n'],
    ['policy-effective-date', 'zh', '# 用户协议\n\n## 一、账号\n\n您可以使用手机号码注册账号。\n'],
    ['policy-effective-date', 'en', '# Terms of Service\n\n## 1. Your account\n\nYou can register with your e-mail address.\n'],
  ] as const;

  it.each(cases)('%s (%s): offered in agreements only, and it makes the disclosure', (id, _lang, text) => {
    const before = lint(text, { locale: 'en', profiles: ['pipl'] });
    const missing = before.findings.find((f) => f.messageKey === `${id}.missing`)!;
    const clauses = missing.fixes.filter((f) => f.kind === 'clause');
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.edits[0]!.newText).not.toMatch(/本政策|this policy/);
    const after = lint(applyEdits(text, clauses[0]!.edits), { locale: 'en', profiles: ['pipl'] });
    expect(after.findings.filter((f) => f.ruleId === id)).toEqual([]);
    const policy = lint(text.replace(/# (用户协议|Terms of Service)/, (_m, t: string) => (t === '用户协议' ? '# 隐私政策' : '# Privacy Policy')), { locale: 'en', profiles: ['pipl'] });
    const policyClauses = policy.findings.find((f) => f.messageKey === `${id}.missing`)!.fixes.filter((f) => f.kind === 'clause');
    expect(policyClauses.every((f) => !/本协议|these terms/.test(f.edits[0]!.newText))).toBe(true);
  });
});

describe('the example agreements', () => {
  it('plant a few problems in each language and are read as user agreements', () => {
    const kinds = (file: string) => {
      const result = lint(readFileSync(file, 'utf8'), { locale: 'en' });
      expect(result.documentType).toBe('user-agreement');
      return result.findings.filter((f) => f.ruleId.startsWith('ua-')).map((f) => f.messageKey).sort();
    };
    expect(kinds('examples/user-agreement.zh-cn.md')).toEqual([
      'ua-dispute-resolution.no-forum',
      'ua-paid-services-and-auto-renewal.no-renewal-notice',
      'ua-prominence.not-emphasised',
      'ua-unfair-standard-terms.final-interpretation',
    ]);
    expect(kinds('examples/user-agreement.en.md')).toEqual([
      'ua-agreement-changes.missing',
      'ua-inactive-account-handling.missing',
      'ua-paid-services-and-auto-renewal.no-cancellation',
      'ua-unfair-standard-terms.change-without-notice',
      'ua-unfair-standard-terms.total-exclusion',
    ]);
  });
});
