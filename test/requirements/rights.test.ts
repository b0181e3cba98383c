import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { en, lintOnly, zh } from '../support/requirement';

/** A requirement's status, the kinds of its findings and their message arguments. */
function check(id: string, markdown: string): { status: string | undefined; kinds: string[]; args: Array<Record<string, string | number>> } {
  const { status, kinds, findings } = lintOnly(id, markdown);
  return { status, kinds, args: findings.map((f) => f.args) };
}

describe('the rights: a disclosure, not a mention', () => {
  it('takes an offer with a route outside the rights section', () => {
    const markdown = zh('其他', '您可以通过“我的-设置-个人资料”查阅、更正或删除您的个人信息。');
    for (const id of ['right-access-copy', 'right-correction', 'right-deletion']) expect(check(id, markdown).status, id).toBe('present');
  });

  it('does not take filling in a nickname at sign-up for the right to correction', () => {
    expect(check('right-correction', zh('我们收集的信息', '注册后，您可以补充您的昵称、头像和性别。')).status).toBe('missing');
  });

  it('does not take a retention rule that lists deletion triggers for the right to deletion', () => {
    const markdown = zh('信息的保存', '我们将保存您的个人信息，直至：（1）处理目的已实现；（2）您明确要求我们删除您的个人信息。');
    expect(check('right-deletion', markdown).status).toBe('missing');
  });

  it('leaves the rights of a deceased user’s next of kin and of children to other requirements', () => {
    expect(check('right-access-copy', zh('其他', '用户去世后，其近亲属可以通过“联系我们”所列方式对其个人信息行使查阅、复制的权利。')).status).toBe('missing');
    expect(check('right-deletion', zh('儿童个人信息保护', '监护人有权通过客服联系我们，要求删除儿童的个人信息。')).status).toBe('missing');
  });

  it('does not take a heading whose announced list is missing for a disclosure', () => {
    const markdown = '# 隐私政策\n\n## 您的权利\n\n### 注销账号\n\n您可以通过以下方式申请注销您的账号：\n\n### 响应您的请求\n\n我们会尽快处理。\n';
    expect(check('account-cancellation', markdown).status).toBe('missing');
  });

  it('reads a rights heading written as a numbered list item', () => {
    const markdown = '# 隐私政策\n\n5. 您的权利\n\n您可以查阅您的个人信息，也可以要求我们更正。\n\n6. 变更\n\n我们会更新本政策。\n';
    expect(check('right-access-copy', markdown).status).not.toBe('missing');
  });

  it('reads an English list of rights introduced by "the right to:"', () => {
    const markdown = en('Your choices', 'You may have certain rights regarding your personal information, including the right to:', '- Access and correct your information.\n- Delete your information.', 'To exercise your rights, please contact us at privacy@example.com.');
    for (const id of ['right-access-copy', 'right-correction', 'right-deletion']) expect(check(id, markdown).status, id).toBe('present');
  });

  it('says the right is weak when nothing tells how to use it', () => {
    expect(check('right-access-copy', zh('您的权利', '您有权查阅您的个人信息。')).kinds).toEqual(['no-route']);
    expect(check('right-access-copy', zh('您的权利', '您有权查阅您的个人信息，请发送邮件至 privacy@example.cn。')).kinds).toEqual([]);
  });
});

describe('account-cancellation', () => {
  it('flags conditions regulators treat as obstacles', () => {
    for (const condition of ['需上传手持身份证照片', '需提供公证材料', '需结清所有欠款', '注销后不得再次注册']) {
      const result = check('account-cancellation', zh('注销账号', `您可以在“我的-设置-账号与安全”中申请注销，${condition}。我们将在十五个工作日内完成注销并删除您的个人信息。`));
      expect(result.kinds, condition).toContain('unreasonable-condition');
    }
  });

  it('flags an offline procedure only when no online way is offered', () => {
    const offline = zh('注销账号', '如需注销账号，请致电客服400-800-1234预约后线下办理。我们将在十五个工作日内完成注销并删除您的个人信息。');
    expect(check('account-cancellation', offline).kinds).toContain('unreasonable-condition');
    const alternative = zh('注销账号', '您可以在“我的-设置-账号与安全”中注销账号，也可以携带身份证原件到营业厅办理。我们将在十五个工作日内完成注销并删除您的个人信息。');
    expect(check('account-cancellation', alternative).kinds).toEqual([]);
  });

  it('compares the processing time with fifteen working days, counting calendar days and Chinese numerals', () => {
    const time = (stated: string) =>
      check('account-cancellation', zh('注销账号', `您可以在“我的-设置-账号与安全”中申请注销。我们将在${stated}内完成注销，注销后删除您的个人信息。`)).kinds;
    expect(time('十五个工作日')).toEqual([]);
    expect(time('15天')).toEqual([]);
    expect(time('三十天')).toEqual(['too-slow']);
    expect(time('二十个工作日')).toEqual(['too-slow']);
  });

  it('does not read a cooling-off period or a notice of shutdown as the processing time', () => {
    const result = check('account-cancellation', zh('注销账号', '您可以在“我的-设置”中申请注销。注销申请提交后有30天冷静期，冷静期满后我们将删除您的个人信息。'));
    expect(result.kinds).toEqual(['no-time']);
  });

  it('asks what happens to the data afterwards', () => {
    const result = check('account-cancellation', zh('注销账号', '您可以在“我的-设置-账号与安全”中申请注销，我们将在七个工作日内完成。'));
    expect(result.kinds).toEqual(['no-deletion-after']);
  });

  it('wants a path or channel, not only the word', () => {
    expect(check('account-cancellation', zh('注销账号', '您可以注销您的账号。注销后我们将删除您的个人信息，处理时间为七个工作日。')).kinds).toEqual(['no-route']);
  });
});

describe('rights-response-time', () => {
  const reply = (sentence: string) => check('rights-response-time', zh('您的权利', sentence));

  it('parses numbers and units, Chinese numerals and working versus calendar days', () => {
    expect(reply('我们将在十五个工作日内答复您的请求。')).toMatchObject({ status: 'present', kinds: [] });
    expect(reply('我们将在15日内答复您的请求。')).toMatchObject({ status: 'present', kinds: [] });
    expect(reply('我们将在21天内答复您的请求。')).toMatchObject({ status: 'present', kinds: [] });
    expect(reply('我们将在二十二天内答复您的请求。').kinds).toEqual(['too-slow']);
    expect(reply('我们将在一个月内答复您的请求。').kinds).toEqual(['too-slow']);
    expect(reply('我们将在16个工作日内答复您的请求。').args[0]).toMatchObject({ stated: '16个工作日', limit: 15 });
  });

  it('warns on a promise without a number', () => {
    expect(reply('收到您的请求后，我们会及时处理。').kinds).toEqual(['vague']);
    expect(reply('收到您的请求后，我们会尽快答复。').kinds).toEqual(['vague']);
  });

  it('does not read an advance notice of shutdown as a reply time', () => {
    expect(reply('如我们停止运营，我们会至少提前三十日通知您。').status).toBe('missing');
  });

  it('reads English periods', () => {
    expect(check('rights-response-time', en('Your rights', 'We will respond to your request within 45 days.')).kinds).toEqual(['too-slow']);
    expect(check('rights-response-time', en('Your rights', 'We respond to requests within 10 business days.')).status).toBe('present');
  });
});

describe('rights-request-procedure', () => {
  it('finds the channel in the contact section the rights section points to', () => {
    const markdown =
      zh('您的权利', '您可以通过本政策“联系我们”一节所列方式行使上述权利。我们会先验证您的身份；如无法响应您的请求，我们会说明理由。') + '\n## 联系我们\n\n邮箱：privacy@example.cn\n';
    expect(check('rights-request-procedure', markdown)).toMatchObject({ status: 'present', kinds: [] });
  });
});

describe('right-restrict-object-explain', () => {
  it('leaves the explanation of automated decisions to automated-decision-making', () => {
    const markdown = zh('您的权利', '### 约束信息系统自动决策\n\n如果这些决定显著影响您的合法权益，您有权要求我们作出解释。');
    expect(check('right-restrict-object-explain', markdown).status).toBe('missing');
  });

  it('names the missing half', () => {
    expect(check('right-restrict-object-explain', zh('您的权利', '您可以通过客服要求我们对个人信息处理规则进行解释说明。')).kinds).toEqual(['no-restriction']);
  });
});

describe('policy-accessible-separate', () => {
  it('flags a long policy without headings', () => {
    const long = `# 隐私政策\n\n${'我们收集您的手机号码，用于注册账号和登录验证。'.repeat(150)}\n`;
    expect(check('policy-accessible-separate', long).kinds).toEqual(['no-headings']);
  });

  it('flags a policy in Traditional Chinese', () => {
    const traditional = `# 隱私政策\n\n## 我們收集的資訊\n\n${'我們會收集您的個人資料，並為您提供服務。我們會處理這些資訊。'.repeat(12)}\n`;
    expect(check('policy-accessible-separate', traditional).kinds).toContain('not-simplified-chinese');
  });
});

describe('plain-language-readability', () => {
  it('flags a Chinese sentence over 300 characters', () => {
    const sentence = `我们会${'在您使用我们的产品和服务的过程中根据您的授权收集和使用您的个人信息'.repeat(10)}。`;
    expect(check('plain-language-readability', zh('使用', sentence)).kinds).toEqual(['long-sentence']);
  });

  it('takes a term glossed in brackets or defined in a glossary as explained', () => {
    expect(check('plain-language-readability', zh('收集', '我们会收集设备标识符（IMEI、OAID）。')).kinds).toEqual([]);
    expect(check('plain-language-readability', zh('收集', '我们接入了SDK（软件开发工具包）。')).kinds).toEqual([]);
    expect(check('plain-language-readability', zh('收集', '我们接入了第三方SDK。')).kinds).toEqual(['undefined-jargon']);
  });
});

describe('vague-language', () => {
  it('escalates an open list of recipients or functions, not examples in narrative text', () => {
    expect(check('vague-language', zh('共享', '我们会与关联公司、广告合作伙伴、支付机构等第三方共享您的订单信息。')).kinds).toEqual(['open-enumeration']);
    expect(check('vague-language', zh('使用', '当您使用发布、评论、收藏等功能时，我们会展示您的昵称。')).kinds).toEqual(['open-enumeration']);
    expect(check('vague-language', zh('安全', '我们采取加密、访问控制、安全审计等措施保护您的信息。')).kinds).toEqual([]);
  });

  it('leaves open lists of data types to data-categories', () => {
    expect(check('vague-language', zh('我们收集的信息', '我们会收集您的手机号、设备信息、位置信息等个人信息。')).kinds).toEqual([]);
  });

  it('does not treat a definition or a law cited as an example as an open list', () => {
    expect(check('vague-language', zh('定义', '敏感个人信息是指身份证件号码、银行账户、行踪轨迹等信息。')).kinds).toEqual([]);
  });

  it('reports catch-all grounds, except further purposes subject to consent', () => {
    expect(check('vague-language', zh('使用', '我们还会将您的信息用于我们认为必要的其他用途。')).kinds).toEqual(['catch-all']);
    expect(check('vague-language', en('Use', 'We may use your information for any other purpose disclosed to you with your consent.')).kinds).toEqual([]);
  });

  it('downgrades hedges to information', () => {
    const result = lint(zh('共享', '必要时，我们会向第三方提供您的个人信息。'));
    expect(result.findings.find((f) => f.ruleId === 'vague-language')?.severity).toBe('info');
  });
});
