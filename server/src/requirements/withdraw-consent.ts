import { defineCues } from '../document/cues';
import { channelsIn } from '../document/entities';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CAC_METHODS, COPPA, GBT35273, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import { hasInAppPath } from './channels';
import { blockOf, sentencesWithAll, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { anchorOf, findRight, type RightSpec } from './rights-support';

export const withdrawHeadingCues = defineCues('withdraw-heading', {
  zh: ['撤回', '撤销同意', '撤销授权', '收回授权', '收回同意', '取消授权', '改变授权', '改变您授权', '改变你授权', '改变同意', '授权范围', '同意范围', '授权管理', '权限管理'],
  en: ['withdraw*', 'revok*', 'revocation', 'opt out', 'opt-out', 'opting out', 'your choices', 'your consent', 'managing consent', 'manage your consent'],
});

/** Taking consent back. */
export const withdrawCues = defineCues('withdraw', {
  zh: ['撤回', '撤销', '收回', '取消授权', '解除授权', '取消同意', '停止授权', '关闭权限', '关闭相应权限', '关闭相关权限', '关闭对应权限', '关闭该权限', '关闭上述权限', '关闭这些权限', '关闭此权限', '关闭授权', '改变授权范围', '改变同意范围', '改变您授权', '改变你授权', '改变授权同意', '改变您的授权', '停止分享', '关闭定位', '关闭位置'],
  en: ['withdraw*', 'revok*', 'revocation', 'opt out', 'opt-out', 'opting out', 'unsubscrib*', 'change your consent', 'change your mind', 'turn off', 'switch off', 'disable', 'deny access', 'stop receiving', 'stop the delivery', 'no longer receive'],
});

/** What is withdrawn: consent, an authorisation, a permission. */
const consentObjectCues = defineCues('withdraw-object', {
  zh: ['同意', '授权', '权限', '许可', '定位', '地理位置', '位置信息'],
  en: ['consent*', 'permission*', 'authoriz*', 'authoris*', 'marketing', 'promotional', 'newsletter*', 'notifications', 'location', 'communications', 'emails', 'e-mails', 'correspondence', 'withdrawing the information', 'withdraw the information', 'withdrawal of information', 'withdrawal of the information'],
});

/**
 * A way the user can act on their own: a settings screen, a switch, a link. "your account" alone is
 * no way ("the address linked to your account", "we may close your account"); a place in it is.
 */
const selfServiceCues = defineCues('withdraw-self-service', {
  zh: ['设置', '开关', '关闭', '开通或关闭', '开启或关闭', '权限管理', '隐私管理', '授权管理', '系统权限', '操作系统', '设备的', '设备本身', '设备系统', '设备功能', '页面', '界面', '入口', '点击', '路径', '功能中', '中心', '管理'],
  en: ['settings', 'setting', 'toggle', 'switch', 'unsubscribe', 'instructions', 'unsubscribe link', 'link in', 'link at the bottom', 'click', 'preferences', 'preference center', 'preference centre', 'dashboard', 'in your account', 'your account settings', 'your account page', 'log in to your account', 'logging in to your account', 'log into your account', 'sign in to your account', 'signing in to your account', 'app settings', 'device settings', 'browser', 'in the app', 'opt-out link', 'tap', 'menu'],
});

/** Only by asking the operator. */
const contactCues = defineCues('withdraw-contact', {
  zh: ['联系我们', '联系方式', '客服', '与我们联系', '联络我们', '致电', '发送邮件', '来信', '来函'],
  en: ['contact us', 'contacting us', 'contact information', 'contact details', 'write to us', 'email us', 'e-mail us', 'emailing us', 'writing to us', 'let us know', 'notify us', 'by contacting'],
});

/** Withdrawal works for the future only (PIPL Art. 15 para. 2). */
const effectCues = defineCues('withdraw-effect', {
  zh: ['不会影响', '不影响', '不溯及', '之前基于', '此前基于', '撤回前', '撤回之前'],
  en: ['not affect the lawfulness', 'not affect the legality', 'not affect any processing', 'not affect processing', 'not affect the processing', 'prior to your withdrawal', 'before your withdrawal', 'before you withdrew', 'before the withdrawal', 'prior to withdrawal', 'before withdrawal'],
});

/** Taking back consent itself (or marketing), as opposed to switching a permission off. */
const withdrawConsentCues = defineCues('withdraw-consent-itself', {
  zh: ['撤回同意', '撤回您的同意', '撤回你的同意', '撤回已同意', '撤回相应的同意', '撤回对', '撤销同意', '撤销您的同意', '收回同意', '收回您的同意', '取消同意'],
  en: ['withdraw your consent', 'withdraw consent', 'withdraw the consent', 'withdraw this consent', 'withdraw such consent', 'withdraw any consent', 'withdraw that consent', 'revoke your consent', 'revoke consent', 'opt out', 'opt-out', 'opting out', 'unsubscrib*', 'change your consent', 'stop receiving', 'no longer receive'],
});

/** "详见第六部分": the sentence points to the section that explains withdrawal. */
const pointerCues = defineCues('withdraw-pointer', { zh: ['详见', '参见', '见第', '请见', '请参阅'], en: ['see section', 'see the section', 'see below', 'described below'] });

/** "更正、删除、撤回同意、注销" lists the right among others; it says nothing about how. */
function listedOnly(model: DocumentModel, s: Sentence): boolean {
  const hits = model.hitsIn(withdrawCues, s.plainStart, s.plainEnd);
  return hits.length > 0 && !concreteWay(model, spanOf(s)) && hits.every((hit) => model.plain.charAt(hit.start - 1) === '、' || model.plain.slice(hit.end, hit.end + 5).includes('、'));
}

/**
 * Withdrawal is a right like the others: offered in a section about it or among the rights. Elsewhere
 * an offer to take consent itself back counts anywhere ("您可以随时撤回同意", "you may opt out of
 * marketing"); switching a permission off counts only with a route or a right ("您可以在设置中撤回授权"):
 * a note in a permissions list ("您也可以撤回授权") does not tell the user about the right.
 */
const withdrawalSpec: RightSpec = {
  verbs: withdrawCues,
  headings: withdrawHeadingCues,
  objects: consentObjectCues,
  unmistakable: withdrawConsentCues,
  sentenceExclusions: pointerCues,
};

function concreteWay(model: DocumentModel, span: Span): boolean {
  const text = model.plain.slice(span.start, span.end);
  return hasInAppPath(text) || model.hitsIn(selfServiceCues, span.start, span.end).length > 0;
}

function contactWay(model: DocumentModel, span: Span): boolean {
  return model.hitsIn(contactCues, span.start, span.end).length > 0 || channelsIn(model, span).length > 0;
}

export const withdrawConsent: Requirement = {
  id: 'withdraw-consent',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-path': 'warning', 'contact-only': 'warning', 'no-effect': 'info' },
  basis: {
    pipl: [PIPL.art15, CAC_METHODS.s3_8, NDSR.art21, GBT35273.s8_4],
    ...gdprBasis([GDPR.art13_2_c, GDPR.art7_3]),
    coppa: [COPPA.s312_4_d_5, COPPA.s312_6],
  },
  primaryCues: withdrawCues,
  detect({ model }) {
    const found = findRight(model, withdrawalSpec);
    const statements = found.statements.filter((s) => !listedOnly(model, s));
    if (found.sections.length === 0 && statements.length === 0) return { evidence: [], issues: [] };
    const sections = found.sections.map((section) => model.body(section));
    const evidence = [...sections, ...statements.map(spanOf)];
    const anchor = anchorOf(model, { ...found, statements });
    const issues: Issue[] = [];

    const scopes = [...statements.map((s) => blockOf(model, s)), ...sections];
    if (!scopes.some((span) => concreteWay(model, span))) {
      issues.push({ kind: scopes.some((span) => contactWay(model, span)) ? 'contact-only' : 'no-path', span: anchor });
    }
    const effectScopes = [...scopes, ...sentencesWithAll(model, withdrawCues, effectCues).map(spanOf)];
    if (!effectScopes.some((span) => model.hitsIn(effectCues, span.start, span.end).length > 0)) issues.push({ kind: 'no-effect', span: anchor });
    return { evidence, issues, matched: model.firstHit(withdrawCues, anchor.start, anchor.end)?.phrase };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'a settings path and the effect of withdrawal',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 改变或撤回授权\n\n您可以通过“我的-设置-隐私-权限管理”关闭相应权限，撤回您的授权。撤回授权不影响撤回前基于您的同意已进行的处理。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'withdrawal only by contacting customer service',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n如您希望撤回同意，请联系我们的客服。撤回同意不影响此前基于您的同意进行的处理。\n',
      status: 'weak',
      findings: [{ kind: 'contact-only', line: 4 }],
    },
    {
      name: 'withdrawal mentioned without any way to do it',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权随时撤回您的授权同意，撤回后不影响此前基于您的授权开展的处理。\n',
      status: 'weak',
      findings: [{ kind: 'no-path', line: 4 }],
    },
    {
      name: 'nothing on withdrawal',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a switch in the settings',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Withdrawing consent\n\nYou can withdraw your consent to location tracking at any time in Settings > Privacy. Withdrawal does not affect the lawfulness of processing before your withdrawal.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'withdrawal only by e-mail, effect not stated',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou may withdraw your consent by emailing us at privacy@example.com.\n',
      status: 'weak',
      findings: [{ kind: 'contact-only', line: 4 }, { kind: 'no-effect', line: 4 }],
    },
    {
      name: 'withdrawing the information given, by e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your choices\n\nUsers who wish to withdraw the information they provided can request the withdrawal by e-mail to privacy@example.com.\n',
      status: 'weak',
      findings: [{ kind: 'contact-only', line: 4 }, { kind: 'no-effect', line: 4 }],
    },
    {
      name: 'nothing on withdrawal',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
