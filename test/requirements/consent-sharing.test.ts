import { describe, expect, it } from 'vitest';
import { check, en, zh } from '../support/requirement';

describe('retention-period', () => {
  it('accepts a period with a unit, including Chinese numerals and law-mandated periods', () => {
    expect(check('retention-period', zh('保存期限', '交易信息自交易完成之日起保存三年，期满后删除。'))).toEqual({ status: 'present', kinds: [] });
    expect(check('retention-period', zh('保存期限', '日志信息保存六个月，到期后匿名化处理。'))).toEqual({ status: 'present', kinds: [] });
  });

  it('accepts an objective end such as account closure', () => {
    expect(check('retention-period', zh('保存期限', '我们在您使用服务期间保存您的信息，直至您注销账号，注销后删除。'))).toEqual({ status: 'present', kinds: [] });
  });

  it('flags "the shortest time necessary" and "as long as necessary" without criteria', () => {
    expect(check('retention-period', zh('存储期限', '我们仅在实现目的所需的最短期限内保留您的个人信息，超出保存期限后删除。')).kinds).toEqual(['vague']);
    expect(check('retention-period', en('Retention', 'We keep your data for as long as necessary and delete it afterwards.')).kinds).toEqual(['vague']);
  });

  it('does not take an age for a period (十四周岁 is not fourteen weeks)', () => {
    const result = check('retention-period', zh('存储', '我们对不满十四周岁的儿童的个人信息，在实现目的所必需的最短时间内保存，之后删除。'));
    expect(result.kinds).toEqual(['vague']);
  });

  it('requires deletion or anonymisation at the end', () => {
    expect(check('retention-period', zh('保存期限', '浏览记录保存30天。')).kinds).toEqual(['no-disposal']);
  });

  it('flags permanent retention even when other periods are concrete', () => {
    expect(check('retention-period', zh('保存期限', '聊天记录将永久保存；订单信息保存三年后删除。')).kinds).toEqual(['indefinite']);
  });

  it('ignores 保存期限已届满 as a ground for deletion in the rights section', () => {
    expect(check('retention-period', zh('删除您的个人信息', '如果您注销了账号，或者个人信息保存期限已届满，您可以要求我们删除。')).status).toBe('missing');
  });

  it('ignores a bare mention of the period among other items', () => {
    expect(check('retention-period', zh('引言', '本政策说明处理的目的、方式、范围和保存期限等内容。')).status).toBe('missing');
  });
});

describe('third-party-sharing', () => {
  it('flags partners without a list, accepts a published list or a named company', () => {
    expect(check('third-party-sharing', zh('共享', '我们会与广告合作伙伴共享您的设备标识符。')).kinds).toEqual(['unnamed-recipients']);
    expect(check('third-party-sharing', zh('共享', '我们会与广告合作伙伴共享您的设备标识符，详见《第三方共享清单》。')).kinds).toEqual([]);
    expect(check('third-party-sharing', zh('共享', '我们会将收货信息提供给顺丰速运有限公司，用于配送。')).kinds).toEqual([]);
  });

  it('does not count a copy sent to a third party the user names', () => {
    expect(check('third-party-sharing', zh('获取个人信息副本', '我们可按您的要求，将您的个人信息副本传输给您指定的第三方。')).status).toBe('missing');
  });
});

describe('withdraw-consent', () => {
  it('accepts a device or app settings path', () => {
    expect(check('withdraw-consent', zh('撤回授权', '您可以在设备的系统设置中关闭相应权限，撤回您的授权。撤回不影响此前基于授权进行的处理。')).kinds).toEqual([]);
  });

  it('flags "contact us" as the only way', () => {
    expect(check('withdraw-consent', zh('撤回同意', '如您需要撤回同意，请联系我们，撤回不影响此前的处理。')).kinds).toEqual(['contact-only']);
  });

  it('does not take a list of rights for an offer to withdraw', () => {
    expect(check('withdraw-consent', zh('例外', '在以下情形中，我们可能无法响应您提出的更正、删除、撤回同意、注销账号的请求。')).status).toBe('missing');
  });

  it('does not take a note in a permissions list for the right, unless it gives a route', () => {
    expect(check('withdraw-consent', zh('权限说明', '相机、麦克风权限均不会默认开启，只有经过您的明示授权才会使用，您也可以撤回授权。')).status).toBe('missing');
    expect(check('withdraw-consent', zh('权限说明', '相机、麦克风权限均不会默认开启，您可以在手机设置中撤回授权。')).status).not.toBe('missing');
  });

  it('accepts an offer to take consent itself back anywhere', () => {
    expect(check('withdraw-consent', zh('其他', '对于额外收集的个人信息，您可以随时撤回同意。')).status).not.toBe('missing');
    expect(check('withdraw-consent', en('Marketing', 'If you have agreed to receive marketing, you may always opt out at a later date.')).status).not.toBe('missing');
  });
});

describe('cross-border-transfer', () => {
  it('treats an explicit "not transferred abroad" as a disclosure', () => {
    expect(check('cross-border-transfer', zh('存储', '我们不会将您的个人信息传输至境外。'))).toEqual({ status: 'present', kinds: [] });
  });

  it('requires separate consent for a future transfer, not "或征求您的同意"', () => {
    expect(check('cross-border-transfer', zh('存储', '目前我们不会向境外传输，如果我们向境外传输，将遵循相关规定或者征求您的同意。')).kinds).toEqual(['no-separate-consent']);
    expect(check('cross-border-transfer', zh('存储', '如需跨境传输，我们将单独征得您的授权同意。')).kinds).toEqual([]);
  });

  it('checks the Art. 39 items of a transfer that happens', () => {
    const kinds = check('cross-border-transfer', zh('跨境', '为完成跨境汇款，我们会将您的姓名、账号和收款人地址传输至境外收款银行XYZ Bank Ltd.，并在传输前取得您的单独同意。')).kinds;
    expect(kinds).toEqual(['no-recipient', 'no-rights-route']);
  });

  it('is not applicable without any sign of a transfer, with a note recommending a statement', () => {
    expect(check('cross-border-transfer', zh('联系我们', '邮箱：privacy@example.cn'))).toEqual({ status: 'not-applicable', kinds: ['no-statement'] });
  });

  it('is missing when foreign processors are used but transfers are not explained', () => {
    expect(check('cross-border-transfer', zh('第三方SDK', '我们接入了Firebase Crashlytics SDK，用于收集崩溃日志。')).status).toBe('missing');
  });
});

describe('storage-location', () => {
  it('does not take a device storage permission for a storage location', () => {
    expect(check('storage-location', zh('权限', '存储权限：用于将图片保存至您的手机存储。')).status).toBe('missing');
  });
});

describe('third-party-sdk-disclosure', () => {
  it('is not applicable to a website policy that embeds no code', () => {
    expect(check('third-party-sdk-disclosure', en('Contact', 'Write to privacy@example.com about this website.')).status).toBe('not-applicable');
  });

  it('accepts a pointer to a list even when the link text was lost', () => {
    expect(check('third-party-sdk-disclosure', zh('第三方SDK', '我们对接入的第三方SDK进行了逐项列举（点击查阅）。')).kinds).toEqual([]);
  });
});

describe('no-bundled-or-deemed-consent', () => {
  it('flags consent deemed from use, not consent by clicking', () => {
    expect(check('no-bundled-or-deemed-consent', zh('引言', '您使用或继续使用我们的服务，即表示您同意本政策。')).kinds).toEqual(['deemed']);
    expect(check('no-bundled-or-deemed-consent', zh('引言', '如您点击“同意”并确认提交，即视为您同意本政策。')).kinds).toEqual([]);
  });

  it('flags silence taken as consent', () => {
    expect(check('no-bundled-or-deemed-consent', zh('内容', '如未选择删除的，将视为同意该等视频继续授权我方传播。')).kinds).toEqual(['deemed']);
  });

  it('does not flag a promise not to bundle', () => {
    expect(check('no-bundled-or-deemed-consent', zh('引言', '我们不会仅因您同意本隐私政策而采用强制捆绑的方式一揽子收集个人信息。')).kinds).toEqual([]);
  });

  it('flags continued use after changes in English', () => {
    expect(check('no-bundled-or-deemed-consent', en('Changes', 'Your continued use of the app after we post changes signifies your acceptance of the revised policy.')).kinds).toEqual(['deemed-change']);
  });
});

describe('separate-consent-triggers', () => {
  it('accepts a separate-consent statement that names the processing anywhere', () => {
    const markdown = '# 隐私政策\n\n## 一、收集\n\n我们会收集您的人脸信息用于登录。\n\n## 二、其他\n\n处理敏感个人信息前，我们会通过弹窗单独征得您的同意。\n';
    expect(check('separate-consent-triggers', markdown)).toEqual({ status: 'present', kinds: [] });
  });

  it('does not count a pop-up that only announces an update', () => {
    const markdown = zh('共享', '我们会与合作伙伴共享您的订单信息。本政策更新时，我们会通过弹窗通知您。');
    expect(check('separate-consent-triggers', markdown).status).toBe('missing');
  });
});

describe('refusal-consequences', () => {
  it('flags a blanket refusal of the whole service but not a refusal limited to one function', () => {
    expect(check('refusal-consequences', zh('引言', '如拒绝提供位置信息，将无法使用附近功能。如果您不同意本政策的任何内容，您应立即停止使用我们的服务。')).kinds).toEqual(['blanket-refusal']);
    expect(check('refusal-consequences', zh('引言', '如您不同意本政策，您仍可使用浏览等基本功能，但无法使用个性化推荐。')).kinds).toEqual([]);
  });
});

describe('cross-border-transfer: storage abroad', () => {
  it('takes servers in another country for a transfer abroad', () => {
    expect(check('cross-border-transfer', zh('存储地点', '我们的服务器位于新加坡，您的个人信息存储于新加坡。')).status).toBe('weak');
  });
});
