import { describe, expect, it } from 'vitest';
import { check, en, zh } from '../support/requirement';

describe('controller-identity', () => {
  it('needs a legal name, an address and a channel', () => {
    const full = zh('联系我们', '示例科技有限公司（注册地址：广东省深圳市南山区科技园路1号）。', '邮箱：privacy@example.cn');
    expect(check('controller-identity', full)).toEqual({ status: 'present', kinds: [] });
    expect(check('controller-identity', zh('联系我们', '示例科技有限公司。', '邮箱：privacy@example.cn')).kinds).toEqual(['no-address']);
    expect(check('controller-identity', zh('联系我们', '注册地址：广东省深圳市南山区科技园路1号。', '邮箱：privacy@example.cn')).kinds).toEqual(['no-entity']);
  });

  it('does not take a partner named in a sharing clause for the operator', () => {
    const markdown = zh('联系我们', '邮箱：privacy@example.cn，地址：北京市朝阳区建国路88号。') + '\n## 共享\n\n我们会与支付宝（中国）网络技术有限公司共享订单信息。\n';
    expect(check('controller-identity', markdown).kinds).toEqual(['no-entity']);
  });

  it('counts hotlines such as 95516 and a company in the letterhead', () => {
    expect(check('controller-identity', zh('联系我们', '您可以拨打客服热线95516联系我们。')).status).toBe('weak');
    const letterhead = '# Privacy Policy\n\nExample Media Ltd\n\n366 3rd Ave, S.\n\n3062449175\n\nWe respect your privacy.\n';
    expect(check('controller-identity', letterhead)).toEqual({ status: 'present', kinds: [] });
  });

  it('does not read contact details out of a list of collected data', () => {
    const markdown = zh('我们收集的信息', '参加活动时，您需要提供姓名、联系地址、联系电话和电子邮箱。');
    expect(check('controller-identity', markdown).status).toBe('missing');
  });

  it('treats an in-app customer-service entry alone as no channel', () => {
    expect(check('controller-identity', zh('联系我们', '如有疑问，请通过“我的-设置-帮助与反馈”联系我们。')).status).toBe('missing');
  });

  it('follows "如下方式" to the lines that carry the channel, but stops at the next heading', () => {
    expect(check('controller-identity', zh('其他', '您还可以通过如下方式与我们联系：', '邮寄地址：上海市徐汇区漕河泾路2号 示例有限公司')).status).toBe('present');
    const split = '# 隐私政策\n\n## 权利\n\n请通过以下方式联系我们：\n\n## 其他\n\n订单确认会发送到 orders@example.cn。\n';
    expect(check('controller-identity', split).status).toBe('missing');
  });
});

describe('pi-protection-officer', () => {
  it('accepts a named department with a direct channel, in any section', () => {
    expect(check('pi-protection-officer', zh('其他', '您可以通过 dpo@example.cn 联系我们的个人信息保护专职部门。')).status).toBe('present');
    expect(check('pi-protection-officer', zh('其他', '如有问题，请邮寄至下列地址：', '北京市海淀区示例大厦 法务部 数据安全与隐私保护中心')).status).toBe('present');
  });

  it('follows a pointer to the contact section', () => {
    const markdown = zh('安全', '如您有疑问，可以通过本政策“联系我们”所列方式联系个人信息保护负责人。') + '\n## 联系我们\n\n邮箱：privacy@example.cn\n';
    expect(check('pi-protection-officer', markdown).status).toBe('present');
  });

  it('reports an officer without a channel, and ignores a bare mention', () => {
    expect(check('pi-protection-officer', zh('其他', '如您有疑问，请联系我们的个人信息保护负责人。'))).toEqual({ status: 'weak', kinds: ['no-contact'] });
    expect(check('pi-protection-officer', zh('政策更新', '我们负责个人信息安全的责任部门及其联系方式发生变化时，我们会更新本政策。')).status).toBe('missing');
  });
});

describe('sensitive-pi', () => {
  it('is not applicable without sensitive data', () => {
    expect(check('sensitive-pi', zh('收集', '我们收集您的昵称。')).status).toBe('not-applicable');
  });

  it('does not take consent to cross-border transfer or publication for separate consent to sensitive data', () => {
    const markdown = zh('敏感个人信息', '身份证号码属于敏感个人信息，为完成实名认证所必需，一旦泄露可能危害您的财产安全。', '如需跨境传输，我们会单独征得您的同意。');
    expect(check('sensitive-pi', markdown).kinds).toEqual([]);
    const published = zh('公开披露', '我们收集您的身份证号码（敏感个人信息）用于实名认证，一旦泄露可能危害您的财产安全。如需公开披露敏感信息，我们会征得您的明示同意。');
    expect(check('sensitive-pi', published).kinds).toEqual(['no-separate-consent']);
  });

  it('reads a negation only close to the cue', () => {
    const markdown = zh('授权', '同意本政策并不代表您已单独同意处理敏感个人信息，处理敏感个人信息前我们会单独征求您的同意；这些信息为实现相应功能所必需，一旦泄露可能危害您的人身、财产安全。');
    expect(check('sensitive-pi', markdown).kinds).toEqual([]);
  });

  it('flags accepting the policy as the separate consent', () => {
    const markdown = zh('敏感个人信息', '若您主动提供您的个人敏感信息，即表示您同意我们按本政策所述目的和方式处理，这些信息为提供服务所必需，一旦泄露可能危害您的财产安全。');
    expect(check('sensitive-pi', markdown).kinds).toEqual(['deemed-separate-consent']);
  });

  it('flags sensitive items collected elsewhere unless marked or identified', () => {
    const base = '## 敏感个人信息\n\n身份证号码属于敏感个人信息，为实名认证所必需，一旦泄露可能危害您的财产安全，我们会单独征得您的同意。\n';
    const unmarked = `# 隐私政策\n\n${base}\n## 支付\n\n绑卡时我们会收集您的银行卡号。\n`;
    expect(check('sensitive-pi', unmarked).kinds).toEqual(['not-marked']);
    const bold = `# 隐私政策\n\n${base}\n## 支付\n\n绑卡时我们会收集您的**银行卡号**。\n`;
    expect(check('sensitive-pi', bold).kinds).toEqual([]);
  });
});

describe('collection-method-and-source', () => {
  it('needs more than one passing mention', () => {
    expect(check('collection-method-and-source', zh('其他', '您提供的信息将受到保护。')).status).toBe('missing');
    expect(check('collection-method-and-source', zh('其他', '您主动提供手机号码。', '我们会自动收集日志信息。')).status).toBe('present');
  });

  it('accepts named sources and what was introduced before', () => {
    expect(check('collection-method-and-source', zh('信息来源', '您使用微信登录时，我们从微信获取您的昵称和头像。')).kinds).toEqual([]);
    expect(check('collection-method-and-source', zh('信息来源', '我们与广告平台合作。我们还会从上述第三方获取您的设备信息。')).kinds).toEqual([]);
    expect(check('collection-method-and-source', en('Information from other sources', 'We may receive information about you from third parties.')).kinds).toEqual(['unnamed-source']);
  });
});

describe('device-permissions-list', () => {
  it('is not applicable to a website policy without permissions', () => {
    expect(check('device-permissions-list', zh('收集', '您在网站注册时，我们收集您的邮箱。')).status).toBe('not-applicable');
  });

  it('reads a permission heading line together with the text under it', () => {
    const markdown = zh('系统权限', '摄像头权限', '用于扫描二维码。', '麦克风权限', '在您使用语音搜索时调用。', '您可以在系统设置中关闭上述权限。');
    expect(check('device-permissions-list', markdown)).toEqual({ status: 'present', kinds: [] });
  });

  it('checks each table row for a purpose', () => {
    const markdown = zh('应用权限', '| 权限 | 用途 |\n|---|---|\n| 相机 | 用于拍摄头像 |\n| 通讯录 | |', '您可以在手机设置中关闭权限。');
    expect(check('device-permissions-list', markdown).kinds).toEqual(['no-purpose']);
  });

  it('leaves SDK tables, titles and change logs to their own checks', () => {
    const markdown = zh('系统权限', '相机权限：用于扫码。', '位置权限：用于推荐附近门店，您可以在设置中关闭。', '本次更新了《应用权限清单》，增加了剪切板权限说明。');
    expect(check('device-permissions-list', markdown).kinds).toEqual([]);
  });
});

describe('cookies-and-tracking', () => {
  it('wants a purpose and a way to refuse', () => {
    expect(check('cookies-and-tracking', en('Cookies', 'We use cookies to keep you signed in. You can delete cookies in your browser.')).kinds).toEqual([]);
    expect(check('cookies-and-tracking', zh('Cookie', '我们使用Cookie以便记住您的偏好。')).kinds).toEqual(['no-control']);
  });

  it('does not take local storage of data for tracking', () => {
    expect(check('cookies-and-tracking', zh('存储', '我们会通过本地存储、数据库和服务器日志安全地保存您的信息。')).status).toBe('missing');
  });
});

describe('function-data-mapping', () => {
  it('flags a function that collects unnamed information, not one that only notifies', () => {
    const markdown =
      '# 隐私政策\n\n## 我们如何收集和使用您的个人信息\n\n### 1. 注册登录\n\n您需要提供手机号码。\n\n### 2. 搜索功能\n\n我们会保留您的搜索内容。\n\n### 3. 消息通知\n\n我们会向您发送服务通知。\n\n### 4. 安全保障功能\n\n为实现安全保障功能所收集的信息是必要信息。\n';
    expect(check('function-data-mapping', markdown).kinds).toEqual(['function-without-data']);
  });
});

describe('legal-basis', () => {
  it('accepts one described legitimate interest anywhere', () => {
    const markdown = en('Legal basis', 'We rely on our legitimate interests.', 'Our legitimate interests include preventing fraud.');
    expect(check('legal-basis', markdown).kinds).toEqual([]);
  });

  it('does not read the right to object as a reliance on legitimate interests', () => {
    expect(check('legal-basis', en('Your rights', 'You can object to processing based on legitimate interests.', 'We process data to perform our contract with you.')).kinds).toEqual([]);
  });
});

describe('commercial-messaging-consent', () => {
  it('is not applicable when no marketing is sent', () => {
    expect(check('commercial-messaging-consent', zh('通知', '我们会向您发送订单状态通知。')).status).toBe('not-applicable');
  });

  it('finds an opt-out elsewhere in the document', () => {
    const markdown = zh('营销', '经您同意，我们会通过短信向您发送营销信息。') + '\n## 您的权利\n\n如您不想接收短信推送，可回复TD退订。\n';
    expect(check('commercial-messaging-consent', markdown)).toEqual({ status: 'present', kinds: [] });
  });

  it('does not flag a negated presumption', () => {
    const markdown = zh('营销', '注册账号不视为同意接收营销短信，我们会另行征得您的同意，您可随时回复TD退订。');
    expect(check('commercial-messaging-consent', markdown).kinds).toEqual([]);
  });
});

describe('local-representative', () => {
  it('is not triggered by servers abroad', () => {
    expect(check('local-representative', zh('存储', '我们的服务器位于新加坡，我们会将数据传输至境外。')).status).toBe('not-applicable');
  });

  it('needs an audience in China for an English policy', () => {
    expect(check('local-representative', en('Who we are', 'Example Inc. is incorporated in Delaware.')).status).toBe('not-applicable');
  });
});
