import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../server/src/types';
import { en, lintOnly, zh } from '../support/requirement';

/** A requirement's status and its findings as [kind, line]. */
function check(id: string, markdown: string, documentType?: DocumentType): { status: string | undefined; findings: Array<[string, number]> } {
  const { status, findings } = lintOnly(id, markdown, documentType);
  return { status, findings: findings.map((f) => [f.messageKey.slice(id.length + 1), f.range.start.line]) };
}

const terms = (heading: string, body: string) => `# Terms of Service\n\n## ${heading}\n\n${body}\n`;

describe('breach-notification', () => {
  it('does not take "information" for informing the user', () => {
    expect(check('breach-notification', en('Security', 'In the event of a data breach, we will secure your information.'))).toEqual({ status: 'missing', findings: [['missing', 0]] });
    expect(check('breach-notification', en('Security', 'In the event of a data breach, we will inform you and tell you what happened.'))).toEqual({ status: 'present', findings: [] });
  });
});

describe('手机 in 手机号码 and 权限 in 有权限制', () => {
  it('does not take a phone number for an app that embeds SDKs', () => {
    expect(check('third-party-sdk-disclosure', zh('我们收集的信息', '注册时我们收集您的手机号码，用于登录。如您更换手机号码，请联系我们。'))).toEqual({ status: 'not-applicable', findings: [] });
    expect(check('third-party-sdk-disclosure', zh('我们收集的信息', '您在手机上安装本应用时，我们收集您的手机号码。'))).toEqual({ status: 'missing', findings: [['missing', 0]] });
  });

  it('does not take the right to restrict for a device permission', () => {
    expect(check('device-permissions-list', zh('您的权利', '您有权限制我们处理您的个人信息，请发送邮件至 privacy@example.cn。'))).toEqual({ status: 'not-applicable', findings: [] });
  });
});

describe('open-ended lists', () => {
  const definition = zh('我们收集的信息', '敏感个人信息是指一旦泄露或者非法使用可能危害人身安全的个人信息，包括身份证件号码、银行卡、行踪轨迹等信息。我们收集您的手机号码和昵称。');

  it('does not read the examples of a definition as an open list of data', () => {
    expect(check('data-categories', definition)).toEqual({ status: 'present', findings: [] });
    expect(check('vague-language', definition)).toEqual({ status: 'present', findings: [] });
  });

  it('ends a list at a bracket', () => {
    expect(check('data-categories', zh('我们收集的信息', '我们收集您填写的信息【例如注册时填写的内容】，相册、照片、通讯录由您决定是否上传。'))).toEqual({ status: 'present', findings: [] });
    expect(check('vague-language', zh('共享', '我们仅向顺丰速运提供收货信息【例如配送地址】，不会向广告主、数据公司、其他第三方提供。'))).toEqual({ status: 'present', findings: [] });
    expect(check('vague-language', en('Sharing', 'We share your delivery address with our courier [for example DHL] and with no advertisers, data brokers, or other partners.'))).toEqual({ status: 'present', findings: [] });
  });

  it('still reports an open list of data, in brackets too', () => {
    expect(check('data-categories', zh('我们收集的信息', '我们会收集您的设备信息、位置信息等个人信息。'))).toEqual({ status: 'weak', findings: [['open-list', 4]] });
    expect(check('data-categories', zh('我们收集的信息', '我们会收集【设备信息、位置信息等】，用于保障账号安全。'))).toEqual({ status: 'weak', findings: [['open-list', 4]] });
  });
});

describe('rights-request-procedure', () => {
  it('leaves rights against the recipient of a transfer abroad to cross-border-transfer', () => {
    const chinese = zh('个人信息跨境传输', '我们会将您的昵称传输至新加坡的关联公司用于客服。您可以发送邮件至 privacy@example.cn，向境外接收方行使个人信息保护法规定的权利。');
    const english = en('International transfers', 'We transfer your e-mail address to our affiliate in Singapore. You may exercise your rights against the recipient by emailing privacy@example.com.');
    for (const markdown of [chinese, english]) expect(check('rights-request-procedure', markdown)).toEqual({ status: 'missing', findings: [['missing', 0]] });
  });
});

describe('withdraw-consent', () => {
  it('does not take a mention of "your account" for a way to withdraw', () => {
    const mail = en('Your rights', 'You may withdraw your consent by emailing privacy@example.com from the address linked to your account. Withdrawal does not affect the lawfulness of processing before your withdrawal.');
    expect(check('withdraw-consent', mail)).toEqual({ status: 'weak', findings: [['contact-only', 4]] });
  });

  it('takes a place in the account for a way to withdraw', () => {
    const settings = en('Your rights', 'You may withdraw your consent at any time in your account settings. Withdrawal does not affect the lawfulness of processing before your withdrawal.');
    expect(check('withdraw-consent', settings)).toEqual({ status: 'present', findings: [] });
  });
});

describe('cross-border-transfer', () => {
  it('recognises "outside mainland China"', () => {
    expect(check('cross-border-transfer', en('Storage', 'We store your data on servers outside mainland China.'))).toEqual({
      status: 'weak',
      findings: [['no-recipient', 4], ['no-details', 4], ['no-rights-route', 4], ['no-separate-consent', 4]],
    });
  });
});

describe('pi-protection-officer', () => {
  const children = zh('儿童个人信息保护', '我们设立了儿童个人信息保护负责人，您可以通过 child@example.cn 与其联系。');

  it('leaves the children’s designated person to minors-designated-person', () => {
    expect(check('pi-protection-officer', children)).toEqual({ status: 'missing', findings: [['missing', 0]] });
    expect(check('minors-designated-person', children)).toEqual({ status: 'present', findings: [] });
  });

  it('still finds the officer named next to the children’s person', () => {
    expect(check('pi-protection-officer', zh('联系我们', '我们设立了个人信息保护负责人，并兼任儿童个人信息保护负责人，您可以通过 dpo@example.cn 与其联系。'))).toEqual({ status: 'present', findings: [] });
  });
});

describe('face-recognition-alternative', () => {
  it('asks for an alternative for a practice far from the one that has it in a long section', () => {
    const filler = '我们会根据法律法规的要求保护您的信息安全。'.repeat(80);
    const markdown = zh('我们如何收集和使用您的个人信息', '您可以选择使用人脸识别登录。人脸识别只是登录方式之一，您也可以通过短信验证码或密码登录。', filler, '开通刷脸支付后，我们会在付款时进行人脸识别，以确认是您本人操作。');
    expect(check('face-recognition-alternative', markdown)).toEqual({ status: 'weak', findings: [['no-alternative', 8]] });
  });
});

describe('separate-consent-triggers', () => {
  it('takes the information of English-speaking children under 14 for sensitive data', () => {
    expect(check('separate-consent-triggers', en('Children', 'We collect the voice recordings of children under 14 to provide the reading service.'))).toEqual({ status: 'missing', findings: [['missing', 0]] });
  });
});

describe('user agreements', () => {
  it('do not take accepting the Terms by use for deemed consent', () => {
    expect(check('no-bundled-or-deemed-consent', terms('Acceptance', 'By using the Service, you agree to these Terms.'))).toEqual({ status: 'present', findings: [] });
  });

  it('leave purpose changes and a separate privacy policy to privacy policies', () => {
    const agreement = terms('Changes', 'We may update these Terms. We will notify you by e-mail before changes take effect.');
    for (const id of ['purpose-change-reconsent', 'policy-accessible-separate']) expect(check(id, agreement), id).toEqual({ status: undefined, findings: [] });
  });
});
