import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { check, en, zh } from '../support/requirement';

describe('policy-effective-date', () => {
  it('finds a date given as a heading or on the line after its label', () => {
    expect(check('policy-effective-date', '# （最新更新日期：2020年11月05日）\n\n## 一、收集\n\n我们收集您的手机号码。\n').status).toBe('present');
    expect(check('policy-effective-date', '# 隐私政策\n\n生效日期：\n\n2024年3月8日\n\n## 一、收集\n\n我们收集您的手机号码。\n').status).toBe('present');
  });

  it('accepts a sentence about this policy taking effect', () => {
    expect(check('policy-effective-date', zh('其他', '本政策自2024年3月8日起生效，此前版本同时废止。')).status).toBe('present');
  });

  it('ignores the dates of laws in long paragraphs', () => {
    expect(check('policy-effective-date', zh('总则', '根据2021年11月1日起施行的《个人信息保护法》，我们制定了以下规则，用于说明我们如何处理您的个人信息并保障您的各项权利。')).status).toBe('missing');
  });

  it('reports template blanks', () => {
    expect(check('policy-effective-date', '# 隐私政策\n\n更新日期：XXXX年XX月XX日\n\n## 一\n\n内容。\n').kinds).toEqual(['no-date']);
  });
});

describe('policy-updates', () => {
  it('flags changes "at any time without notice", but not for minor changes only', () => {
    expect(check('policy-updates', zh('本政策如何更新', '我们有权随时修改本政策，恕不另行通知。对于重大变更，我们会重新征得您的同意。')).kinds).toEqual(['without-notice']);
    expect(check('policy-updates', zh('本政策如何更新', '对于非重大变更，我们会在本页面发布更新后的政策，不另行通知。对于重大变更，我们会通过弹窗通知您并重新征得您的同意。')).kinds).toEqual([]);
  });

  it('does not take an invitation to review the policy, or the word 通知 in its name, for an update clause', () => {
    const review = '您可以随时审查我们的隐私政策，以便您了解其修改。您可以在本隐私通知顶部的“最近更新”处查看本隐私政策的最新更新日期。';
    expect(check('policy-updates', zh('本隐私政策的变更', review)).status).toBe('missing');
  });

  it('does not take deemed consent by continued use for renewed consent', () => {
    const result = check('policy-updates', en('Changes to this policy', 'We may update this policy and will post the new version on this page. If we make material changes, your continued use of the service means you consent to them.'));
    expect(result.kinds).toEqual(['no-reconsent']);
  });

  it('accepts "we will not reduce your rights without your explicit consent"', () => {
    expect(check('policy-updates', zh('本政策如何更新', '我们可能适时修订本政策，并通过站内信通知您。未经您明确同意，我们不会削减您按照本政策所应享有的权利。')).kinds).toEqual([]);
  });

  it('reports a change clause that never says how people are told', () => {
    expect(check('policy-updates', zh('变更', '我们可能会适时对本政策进行修订。'))).toEqual({ status: 'missing', kinds: ['missing', 'no-notice-method'] });
  });

  it('ignores contents lines, lists of material changes and mergers', () => {
    expect(check('policy-updates', '# 隐私政策\n\n本政策包括：\n\n八、本政策如何更新；\n\n## 其他\n\n在发生合并、收购时，我们会要求继受方继续受本政策的约束，如变更处理目的将重新征得您的同意。\n').status).toBe('missing');
    expect(check('policy-updates', zh('政策的更新', '本政策所指的重大变更包括但不限于：')).status).toBe('missing');
  });

  it('accepts an update sentence that also mentions the date label', () => {
    expect(check('policy-updates', zh('本政策如何更新', '本政策更新时，我们会在本应用内以弹窗方式通知您，并在更新后的政策中标注更新日期。'))).toEqual({ status: 'weak', kinds: ['no-reconsent'] });
  });

  it('does not read a change of the user’s own settings as a change of the policy', () => {
    expect(check('policy-updates', zh('修改密码', '您在修改账号密码时，需要填写手机验证码，我们会通过短信通知您。')).status).toBe('missing');
  });
});

describe('security-measures', () => {
  it('treats a bare promise as missing and points at it', () => {
    expect(check('security-measures', zh('我们如何保护您的个人信息', '我们会采取一切合理可行的措施，保护您的个人信息。'))).toEqual({ status: 'missing', kinds: ['missing', 'not-concrete'] });
  });

  it('treats a promise that names the threats as a vague disclosure', () => {
    expect(check('security-measures', zh('信息安全', '我们使用各种安全技术和程序，以防信息的丢失、不当使用、未经授权阅览或披露。'))).toEqual({ status: 'weak', kinds: ['not-concrete'] });
  });

  it('does not count anonymisation at the end of retention, or a partner’s measures', () => {
    expect(check('security-measures', zh('存储期限', '超出保存期限后，我们将删除您的个人信息或进行匿名化处理。')).status).toBe('missing');
    expect(check('security-measures', zh('共享', '我们会要求合作伙伴采用加密和访问控制等措施保护您的个人信息。')).status).toBe('missing');
  });

  it('accepts named measures outside a security section when they are ours and protect the data', () => {
    expect(check('security-measures', zh('存储', '我们采用SSL加密传输和严格的访问控制，防止您的个人信息遭到未经授权的访问。')).status).toBe('present');
  });

  it('ignores a residual-risk warning and a purpose section titled "安全保障"', () => {
    expect(check('security-measures', zh('为您提供安全保障', '为保障账号安全，我们会收集您的设备信息和日志，用于风险识别和审计。')).status).toBe('missing');
    expect(check('security-measures', zh('信息安全', '请您理解，即便我们已经尽量加强安全措施，也无法始终保证信息百分之百的安全。')).status).toBe('missing');
  });
});

describe('breach-notification', () => {
  it('wants the content of the notice, not only a promise to notify', () => {
    expect(check('breach-notification', zh('安全事件', '若发生个人信息泄露等安全事件，我们会启动应急预案，并以推送通知、公告等形式告知您。')).kinds).toEqual(['incomplete']);
  });

  it('does not take a notice to the regulator alone for a notice to users', () => {
    expect(check('breach-notification', zh('安全事件', '发生安全事件时，我们将按照规定向主管部门报告。')).status).toBe('missing');
  });
});

describe('personalized-recommendation-opt-out', () => {
  it('accepts a quoted switch name, a settings page or a link as the place of the switch', () => {
    expect(check('personalized-recommendation-opt-out', zh('个性化推荐', '我们会向您个性化推荐内容，您可以在“个性化推荐”开关中关闭。')).status).toBe('present');
    expect(check('personalized-recommendation-opt-out', en('Ads', 'We show interest-based ads. You can opt out at https://optout.example.com.')).status).toBe('present');
  });

  it('accepts "manage" only with a concrete path', () => {
    expect(check('personalized-recommendation-opt-out', zh('广告', '如您想管理我们给您发送的个性化广告，您可以在“我的”-“设置”-“隐私设置”-“广告管理”进行设置。')).status).toBe('present');
    expect(check('personalized-recommendation-opt-out', zh('广告', '我们会向您展示个性化广告，如您想管理我们的个性化服务，请根据产品指引操作。')).status).toBe('missing');
  });

  it('finds the switch in a follow-up sentence about the same practice', () => {
    const markdown = zh('推荐功能', '我们会基于您的游戏记录向您进行个性化推荐。\n\n若您不想使用好友推荐功能，可在【设置-好友-推荐】中关闭。');
    expect(check('personalized-recommendation-opt-out', markdown).status).toBe('present');
  });

  it('is not applicable when the document says there is no personalisation', () => {
    expect(check('personalized-recommendation-opt-out', zh('推荐', '我们不提供个性化推荐，所有用户看到的内容相同。')).status).toBe('not-applicable');
  });
});

describe('automated-decision-making', () => {
  it('does not take a definition of profiling for the practice', () => {
    expect(check('automated-decision-making', zh('定义', '用户画像：是指通过收集、汇聚、分析个人信息，对某特定自然人个人特征做出分析或预测的过程。')).status).toBe('not-applicable');
  });

  it('accepts the personalisation switch as the way to refuse profiling-based recommendation', () => {
    const markdown = zh('个性化推荐', '我们会基于您的浏览记录形成用户画像，向您推荐可能感兴趣的内容。您可以在“我的-设置-隐私-个性化推荐”中关闭。');
    expect(check('automated-decision-making', markdown).status).toBe('present');
  });

  it('accepts contacting customer service about an automated decision as a way to contest it', () => {
    expect(check('automated-decision-making', zh('约束信息系统自动决策', '在某些业务功能中，我们可能仅依据算法等非人工自动决策机制做出决定。如果这些决定影响您的合法权益，您可以通过客服联系我们。')).status).toBe('present');
  });
});

describe('face-recognition-alternative', () => {
  it('takes "face or verification code" as a choice, but not a list of collected data', () => {
    expect(check('face-recognition-alternative', zh('注销', '注销账号时，您可以通过人脸识别或短信验证码验证身份。')).status).toBe('present');
    expect(check('face-recognition-alternative', zh('身份核验', '为核实您的身份，我们可能会收集您的银行卡密码、短信验证码、人脸图像信息。')).status).toBe('missing');
  });

  it('is not applicable to beauty filters', () => {
    expect(check('face-recognition-alternative', zh('拍摄', '当您使用美颜特效时，我们会在本地识别您的面部特征，不会上传。')).status).toBe('not-applicable');
  });

  it('flags a section without an alternative when another section has one', () => {
    const markdown =
      '# 隐私政策\n\n## 登录\n\n您可以使用人脸识别登录，也可以通过密码登录。\n\n## 实名认证\n\n开通直播前，我们会通过人脸核验确认您的身份。\n';
    expect(check('face-recognition-alternative', markdown)).toEqual({ status: 'weak', kinds: ['no-alternative'] });
  });

  it('flags "完成人脸识别后方可使用"', () => {
    expect(check('face-recognition-alternative', zh('支付', '部分支付功能需完成人脸识别后方可使用。')).kinds).toEqual(['missing', 'mandatory']);
  });
});

describe('minors-dedicated-rules', () => {
  it('reads a numbered list item as the heading of a minors section', () => {
    const markdown = '# 隐私政策\n\n6. 未成年人条款\n\n若你是未满14周岁的未成年人，应在监护人指导下阅读本政策。\n\n我们只会在监护人同意的情况下处理未成年人的个人信息。\n';
    expect(check('minors-dedicated-rules', markdown).status).toBe('present');
  });

  it('accepts a separate children’s document named in 《》', () => {
    expect(check('minors-dedicated-rules', zh('其他', '未满十四周岁的用户，同时适用《某某音乐儿童个人信息保护规则及监护人须知》。')).status).toBe('present');
  });
});

describe('minors-correction-deletion', () => {
  it('does not count deletion at the end of the retention period', () => {
    expect(check('minors-correction-deletion', zh('儿童个人信息保护', '我们会按照法律法规的要求存储儿童个人信息，到期后我们会对儿童个人信息进行删除或匿名化处理。')).status).toBe('missing');
  });

  it('counts a guardian’s notice that leads to deletion', () => {
    expect(check('minors-correction-deletion', zh('未成年人保护', '对于未经监护人同意而儿童用户提供的个人信息，在接到其监护人的通知后，我们会尽快删除，监护人可发送邮件至 kids@example.cn。')).status).toBe('present');
  });
});

describe('children-notice-content', () => {
  it('runs on children’s policies only and reports each missing item', () => {
    const markdown = '# 儿童个人信息保护规则\n\n## 一、收集\n\n我们收集儿童的昵称，用于创建儿童账号。\n';
    const result = check('children-notice-content', markdown);
    expect(result.status).toBe('weak');
    expect(result.kinds).toEqual(['no-storage', 'no-security', 'no-refusal-consequences', 'no-complaint-channel', 'no-correction-deletion']);
    expect(check('children-notice-content', '# 隐私政策\n\n## 一、收集\n\n我们收集您的昵称。\n').status).toBe('not-applicable');
  });

  it('under coppa asks any privacy policy for the items of the online notice (16 CFR 312.4(d)), each once with pipl too', () => {
    const markdown =
      '# Privacy Policy\n\nKite Letters is a spelling app for children.\n\n## What we collect\n\nWe collect a child’s first name, used to greet the child in the app.\n';
    const kinds = (profiles: string[]) => lint(markdown, { profiles }).findings.filter((f) => f.ruleId === 'children-notice-content').map((f) => f.messageKey);
    const coppaKinds = [
      'children-notice-content.no-operator-contact',
      'children-notice-content.no-disclosure-practices',
      'children-notice-content.no-parent-review-delete',
      'children-notice-content.no-parent-refusal',
    ];
    expect(kinds(['coppa'])).toEqual(coppaKinds);
    expect(kinds(['pipl', 'coppa'])).toEqual(coppaKinds);
    expect(lint(markdown, { profiles: ['coppa'] }).findings.find((f) => f.ruleId === 'children-notice-content')!.basis).toEqual([
      '16 CFR 312.4(d)',
      '16 CFR 312.4(d)(1)',
      '16 CFR 312.4(d)(2)',
      '16 CFR 312.4(d)(5)',
    ]);
    expect(kinds(['pipl'])).toEqual([]);
  });
});
