import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { activeGroups, profilesForLanguage, strictestParameters } from '../../server/src/profiles';

const minorsFindings = (markdown: string, profiles: string[]) =>
  lint(markdown, { profiles }).findings.filter((f) => f.ruleId === 'minors-age-and-guardian-consent').map((f) => f.messageKey);

describe('profiles', () => {
  it('applies the strictest parameter of the active profiles', () => {
    expect(strictestParameters(['coppa'])).toEqual({ minorsAge: 13, saleOptInAge: 13, responseWorkingDays: 90 });
    expect(strictestParameters(['pipl', 'coppa'])).toEqual({ minorsAge: 14, saleOptInAge: 14, responseWorkingDays: 15 });
    expect(strictestParameters(['gdpr', 'ccpa'])).toEqual({ minorsAge: 16, saleOptInAge: 16, responseWorkingDays: 22 });
  });

  it('lists the basis of every active profile on one finding', () => {
    const markdown = '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n';
    const basis = (profiles: string[]) => lint(markdown, { profiles }).findings.find((f) => f.ruleId === 'retention-period')!.basis;
    expect(basis(['gdpr'])).toEqual(['GDPR Art. 13(2)(a), 14(2)(a)']);
    expect(basis(['gdpr', 'ccpa', 'coppa'])).toEqual(['GDPR Art. 13(2)(a), 14(2)(a)', 'Cal. Civ. Code §1798.100(a)(3)', '16 CFR 312.10']);
    expect(basis(['pipl', 'gdpr'])[0]).toBe('PIPL Art. 17(1)(ii)');
  });

  it('reads an age threshold against the profile: under 13 is right for coppa, wrong for pipl', () => {
    const markdown = '# Privacy Policy\n\n## Children\n\nChildren under 13 may use the service only with the consent of a parent.\n';
    expect(minorsFindings(markdown, ['coppa'])).toEqual([]);
    expect(minorsFindings(markdown, ['uk-gdpr'])).toEqual([]);
    expect(minorsFindings(markdown, ['pipl'])).toEqual(['minors-age-and-guardian-consent.wrong-age']);
    expect(minorsFindings(markdown, ['coppa', 'gdpr'])).toEqual(['minors-age-and-guardian-consent.wrong-age']);
    expect(lint(markdown, { profiles: ['gdpr'], parameters: { minorsAge: 13 } }).findings.filter((f) => f.ruleId === 'minors-age-and-guardian-consent')).toEqual([]);
  });

  it('runs only the requirements of the active profiles', () => {
    const ids = (profiles: string[]) => new Set(lint('# Privacy Policy\n\nWe collect your e-mail address.\n', { profiles }).coverage.map((c) => c.id));
    expect(ids(['ccpa']).has('sale-or-share-opt-out')).toBe(true);
    expect(ids(['pipl']).has('sale-or-share-opt-out')).toBe(false);
    expect(ids(['gdpr']).has('function-data-mapping')).toBe(false);
    const common = ids(['common']);
    expect(common.has('retention-period') && common.has('controller-identity') && common.has('right-deletion')).toBe(true);
    expect(common.has('function-data-mapping') || common.has('legal-basis') || common.has('sale-or-share-opt-out')).toBe(false);
    expect(activeGroups(['gdpr', 'ccpa'])).toEqual(new Set(['gdpr', 'ccpa']));
  });

  it('defaults to pipl for a Chinese document, and to the common checks and a hint for an English one', () => {
    expect(profilesForLanguage(['auto'], 'zh')).toEqual(['pipl']);
    expect(profilesForLanguage(['auto', 'pipl'], 'zh')).toEqual(['pipl']);
    expect(profilesForLanguage(['auto'], 'en')).toEqual(['common']);
    const hint = (markdown: string, profiles?: string[]) => lint(markdown, profiles ? { profiles } : {}).findings.filter((f) => f.ruleId === 'profile-not-chosen');
    expect(hint('# Privacy Policy\n\nWe collect your e-mail address.\n').map((f) => [f.severity, f.range.start.line, f.message])).toEqual([
      ['info', 0, 'No profile chosen: this English document was checked only against what every law requires. Choose the laws it must meet (pipl, gdpr, uk-gdpr, ccpa, coppa) in .disclose.yml, in its front matter (disclose: {profiles: [gdpr]}) or in the disclose.profiles setting.'],
    ]);
    expect(hint('# Privacy Policy\n\nWe collect your e-mail address.\n', ['gdpr'])).toEqual([]);
    expect(hint('---\ndisclose:\n  profiles: [ccpa]\n---\n# Privacy Policy\n\nWe collect your e-mail address.\n')).toEqual([]);
    expect(hint('# 隐私政策\n\n我们收集您的手机号码。\n')).toEqual([]);
    expect(lint('# 隐私政策\n\n我们收集您的手机号码。\n').profiles).toEqual(['pipl']);
    expect(lint('# Privacy Policy\n\nWe collect your e-mail address.\n').profiles).toEqual(['common']);
    expect(lint('---\ndisclose:\n  profiles: [gdpr]\n---\n# Privacy Policy\n\nWe collect your e-mail address.\n').profiles).toEqual(['gdpr']);
  });

  it('detects the document type from the title in both languages, under any profile', () => {
    const type = (markdown: string) => lint(markdown, { profiles: ['gdpr'] }).documentType;
    expect(type('# Privacy Notice\n\nWe collect data.\n')).toBe('privacy-policy');
    expect(type('# Terms of Service\n\nThese terms govern your use.\n')).toBe('user-agreement');
    expect(type('# 儿童个人信息保护规则\n\n本规则适用于不满十四周岁的儿童。\n')).toBe('children-policy');
    expect(type('# 用户服务协议\n\n本协议是您与我们之间的协议。\n')).toBe('user-agreement');
  });

  it('adds nothing with common beside a jurisdiction', () => {
    const ids = (profiles: string[]) => lint('# Privacy Policy\n\nWe collect your e-mail address.\n', { profiles }).coverage.map((c) => c.id);
    expect(ids(['pipl', 'common'])).toEqual(ids(['pipl']));
    expect(ids(['gdpr', 'common'])).toEqual(ids(['gdpr']));
  });

  it('asks for consent again after material changes under pipl only', () => {
    const markdown = '# Privacy Policy\n\n## Changes to this policy\n\nWe may update this policy. If we make material changes, we will notify you by e-mail before they take effect.\n';
    const kinds = (profiles: string[]) => lint(markdown, { profiles }).findings.filter((f) => f.ruleId === 'policy-updates').map((f) => f.messageKey);
    expect(kinds(['pipl'])).toEqual(['policy-updates.no-reconsent']);
    expect(kinds(['gdpr'])).toEqual([]);
    expect(kinds(['ccpa'])).toEqual([]);
  });

  it('takes notice before a new purpose for the disclosure under gdpr and ccpa, consent under pipl and coppa', () => {
    const markdown = '# Privacy Policy\n\n## Changes to this policy\n\nIf we want to use your information for a new purpose, we will notify you before we do so.\n';
    const status = (profiles: string[]) => lint(markdown, { profiles }).coverage.find((c) => c.id === 'purpose-change-reconsent')?.status;
    expect(status(['gdpr'])).toBe('present');
    expect(status(['ccpa'])).toBe('present');
    expect(status(['pipl'])).toBe('weak');
    expect(status(['coppa'])).toBe('weak');
  });

  it('words a message in the profile\'s own way where every active profile that requires the rule has its own wording', () => {
    const markdown = '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to send you receipts.\n';
    const message = (profiles: string[]) => lint(markdown, { profiles, locale: 'en' }).findings.find((f) => f.ruleId === 'complaint-channel')!;
    expect(message(['gdpr'])).toMatchObject({ messageKey: 'complaint-channel.missing', message: expect.stringMatching(/^Missing disclosure: where to complain\. .*supervisory authority\.$/) });
    expect(message(['pipl', 'gdpr']).message).toMatch(/^Missing disclosure: a channel for complaints and reports\./);
    expect(message(['pipl']).message).toMatch(/^Missing disclosure: a channel for complaints and reports\./);
  });

  it('takes the most severe severity an active profile sets: the legal basis is required under the GDPR', () => {
    const markdown = '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to send you receipts.\n';
    const severity = (profiles: string[]) => lint(markdown, { profiles }).findings.find((f) => f.ruleId === 'legal-basis')?.severity;
    expect(severity(['pipl'])).toBe('info');
    expect(severity(['gdpr'])).toBe('error');
    expect(severity(['uk-gdpr'])).toBe('error');
    expect(severity(['pipl', 'gdpr'])).toBe('error');
  });
});
