import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CIVIL_CODE, CONSUMER_PROTECTION, ONLINE_TRANSACTIONS_MEASURES_ART18 } from '../profiles/citations';
import { hasInAppPath } from './channels';
import { affirmedHits, negatedBefore, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { autoRenewalCues, bodySentencesOf, emphasisMetaCues } from './user-agreement-support';

/** Paid services: the practice that makes this requirement apply. */
const paidCues = defineCues('ua-paid', {
  zh: ['付费', '收费', '费用', '价格', '会员', '订阅', '充值', '购买', '支付', '续费', '增值服务', '虚拟货币', '虚拟币', '套餐', '资费', '计费', '扣费'],
  en: ['paid', 'fee', 'fees', 'price', 'prices', 'pricing', 'subscription*', 'subscribe*', 'purchase*', 'billing', 'billed', 'charge', 'charges', 'charged', 'payment*', 'premium', 'in-app purchase*', 'auto-renew*', 'renewal', 'cost', 'costs'],
});

/** Charges of the carrier, not of the service ("流量费用由您向电信运营商支付"), and free-of-charge statements. */
const notOurChargeCues = defineCues('ua-not-our-charge', {
  zh: ['流量', '通信费', '通讯费', '上网费', '电信运营商', '运营商'],
  en: ['data charges', 'carrier', 'network operator', 'mobile data', 'free of charge', 'at no charge', 'no charge'],
});

/** Where the price is stated or shown. */
const priceShownCues = defineCues('ua-price-shown', {
  zh: ['页面', '公示', '显示', '标明', '列明', '展示', '为准', '价目', '标价', '收费标准', '资费标准', '价格说明'],
  en: ['shown', 'displayed', 'listed', 'set out', 'stated', 'posted', 'presented', 'disclosed', 'pricing page', 'price list', 'fees page', 'at checkout', 'before you', 'before purchase', 'in the store'],
});
const AMOUNT = /(?:\d{1,7}(?:\.\d{1,2})? {0,2}(?:元|块|美元|欧元)|[¥￥$€£] {0,2}\d|\d(?:\.\d{1,2})? {0,2}(?:usd|eur|rmb|cny|gbp|aud)\b|人民币 {0,2}\d)/;

/** A way to stop the renewal. */
const cancelCues = defineCues('ua-cancel-renewal', {
  zh: ['取消自动续费', '关闭自动续费', '取消续费', '关闭续费', '退订', '取消订阅', '取消连续包月', '关闭连续包月', '管理自动续费', '自动续费管理', '取消自动续订', '关闭自动续订', '解约', '取消', '关闭'],
  en: ['cancel*', 'turn off', 'unsubscribe', 'disable auto-renew*', 'switch off', 'stop the renewal', 'stop your subscription'],
});
/** Where or when it can be done: a menu, a channel, at any time. */
const cancelRouteCues = defineCues('ua-cancel-route', {
  zh: ['随时', '设置', '页面', '会员中心', '我的', '客服', '管理', '应用商店', '联系我们', '路径', '入口'],
  en: ['at any time', 'anytime', 'settings', 'account page', 'app store', 'google play', 'your account', 'billing page', 'contact us', 'support@', 'by e-mail', 'by email', 'in the app'],
});

/** A reminder before each renewal. */
const REMINDER_ZH = /(?:扣费|续费|到期|续订|扣款|续期|自动续费|下一周期)(?:日)?前[^。;]{0,24}?(?:通知|提醒|告知|提示|短信|邮件|站内信)|(?:通知|提醒|告知|提示)[^。;]{0,16}?(?:扣费|续费|续订|扣款)/;
const reminderEnCues = defineCues('ua-renewal-reminder', {
  en: ['remind*', 'notify*', 'notice', 'e-mail you', 'email you', 'let you know', 'tell you', 'send you'],
});
const beforeRenewalEnCues = defineCues('ua-before-renewal', {
  en: ['before each', 'before the renewal', 'before your subscription renews', 'before renewal', 'before it renews', 'before we charge', 'before each renewal', 'prior to renewal', 'prior to each', 'in advance of', 'days before', 'before the end of', 'before charging'],
});

export const paidServicesCues = defineCues('ua-paid-services', {
  zh: ['付费服务', '价格', '收费标准', '自动续费', '取消自动续费', '扣费前提醒'],
  en: ['price', 'fees', 'subscription', 'auto-renewal', 'cancel', 'renewal reminder'],
});

function paidSentences(model: DocumentModel, sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => !model.has(notOurChargeCues, s) && affirmedHits(model, paidCues, s).length > 0);
}

function statesPrice(model: DocumentModel, s: Sentence): boolean {
  return AMOUNT.test(model.textOf(s)) || model.has(priceShownCues, s);
}

/** Sentences that renew automatically ("自动续费条款已加粗" speaks of the clause, not of a renewal). */
function renewalSentences(model: DocumentModel, sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => !model.has(emphasisMetaCues, s) && model.hitsIn(autoRenewalCues, s.plainStart, s.plainEnd).some((hit) => !negatedBefore(model, s, hit.start)));
}

/** A way to cancel, with where or when in its paragraph ("… unless you cancel. You can manage it in Settings."). */
function offersCancellation(model: DocumentModel, s: Sentence): boolean {
  if (affirmedHits(model, cancelCues, s).length === 0) return false;
  const block = model.blocks[s.block]!;
  return model.has(cancelRouteCues, block) || hasInAppPath(model.textOf(block));
}

/** What the reminder is about: the renewal or the charge ("before any price change" is another notice). */
const renewalWordEnCues = defineCues('ua-renewal-word', {
  en: ['renew*', 'charge*', 'billing', 'billed', 'debit*', 'payment'],
});

function remindsBeforeRenewal(model: DocumentModel, s: Sentence): boolean {
  if (model.language === 'zh' || /[\u4e00-\u9fff]/.test(model.textOf(s))) return REMINDER_ZH.test(model.textOf(s));
  return model.has(reminderEnCues, s) && model.has(beforeRenewalEnCues, s) && model.has(renewalWordEnCues, s);
}

export const uaPaidServicesAndAutoRenewal: Requirement = {
  id: 'ua-paid-services-and-auto-renewal',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning', 'no-cancellation': 'error', 'no-renewal-notice': 'error' },
  basis: {
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES_ART18],
    pipl: [CONSUMER_PROTECTION.law_art26, CIVIL_CODE.art496],
  },
  primaryCues: paidServicesCues,
  trigger: 'The agreement offers paid services, purchases, memberships or subscriptions (付费, 会员, 订阅, 充值, price, subscription).',
  detect({ model }) {
    const sentences = bodySentencesOf(model);
    const paid = paidSentences(model, sentences);
    if (paid.length === 0) return { applicable: false, evidence: [], issues: [] };
    const priced = paid.filter((s) => statesPrice(model, s));
    const renewals = renewalSentences(model, sentences);
    const evidence: Span[] = [...priced, ...renewals].map(spanOf);
    if (priced.length === 0) return { evidence: [], issues: [] };

    const issues: Issue[] = [];
    const first = renewals[0];
    if (first) {
      const cue = model.sourceTextOf(model.firstHit(autoRenewalCues, first.plainStart, first.plainEnd)!);
      if (!sentences.some((s) => offersCancellation(model, s) && (model.has(autoRenewalCues, s) || model.has(paidCues, s)))) issues.push({ kind: 'no-cancellation', span: spanOf(first), cue });
      if (!sentences.some((s) => remindsBeforeRenewal(model, s))) issues.push({ kind: 'no-renewal-notice', span: spanOf(first), cue });
    }
    return { evidence, issues, matched: model.firstHit(paidCues, priced[0]!.plainStart, priced[0]!.plainEnd)?.phrase };
  },
  fix: { section: 'services' },
  examples: [
    {
      name: 'price, renewal reminder and how to cancel',
      lang: 'zh',
      markdown: '# 会员服务协议\n\n## 会员费用\n\n会员价格以开通页面显示的为准。开通连续包月的，我们会在每次扣费前五日通过短信提醒您；您可以随时在“我的-会员-自动续费管理”中取消自动续费。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'automatic renewal without a way out or a reminder',
      lang: 'zh',
      markdown: '# 会员服务协议\n\n## 会员费用\n\n会员价格为每月15元。\n\n会员到期后将自动续费，从您的支付账户扣除下一周期的费用。\n',
      status: 'weak',
      findings: [{ kind: 'no-cancellation', line: 6 }, { kind: 'no-renewal-notice', line: 6 }],
    },
    {
      name: 'paid features without any terms',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n部分高级功能需要付费后使用。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a free service',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n本软件的全部功能免费提供，使用时产生的流量费用由电信运营商收取。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'subscription with price, reminder and cancellation',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Subscriptions\n\nPremium costs $4.99 per month and renews automatically. We e-mail you 3 days before each renewal, and you can cancel at any time in Settings > Subscription.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'automatic renewal, nothing else',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Plans\n\nPlan prices are listed on our pricing page. All plans renew automatically for another year.\n',
      status: 'weak',
      findings: [{ kind: 'no-cancellation', line: 4 }, { kind: 'no-renewal-notice', line: 4 }],
    },
    {
      name: 'paid content, no terms',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Content\n\nSome stories are available only to paid members.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
