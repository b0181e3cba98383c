import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { affirmed, sentencesWith, uniqueSentences } from './evidence';

/**
 * What the consent, sharing, retention, storage and cross-border requirements (catalogue §§3–5)
 * share: consent and separate-consent wording, sensitive data, and named recipients.
 */

/** Consent words. */
export const consentCues = defineCues('cs-consent', {
  zh: ['同意', '授权', '许可'],
  en: ['consent*', 'permission*', 'authoriz*', 'authoris*', 'agree*', 'opt in', 'opt-in'],
});

/** Separate (specific, stand-alone) consent: PIPL Arts. 23, 25, 29, 39; GB/T 42574-2023. */
export const separateConsentCues = defineCues('cs-separate-consent', {
  zh: ['单独同意', '单独的同意', '单独征得', '单独征求', '单独取得', '单独获得', '单独获取', '单独请求', '单独授权', '单独明示', '单独的授权', '单独确认', '单独提示', '单独弹窗', '另行征得', '另行征求', '另行取得', '另行获得', '另行获取', '另行单独', '逐项同意', '逐项授权', '逐项征得', '逐项取得', '书面同意', '特别授权', '专门的同意'],
  en: ['separate consent', 'separately consent', 'specific consent', 'explicit consent', 'express consent', 'separately ask', 'ask for your consent separately', 'separate permission', 'express permission', 'explicit permission', 'explicitly consent', 'expressly consent', 'opt-in consent'],
});

/** A pop-up asking for consent is separate consent; a pop-up announcing an update is not. */
const popupCues = defineCues('cs-popup', {
  zh: ['弹窗', '弹框', '弹出窗口', '单独页面', '单独的页面'],
  en: ['pop-up', 'popup', 'dedicated screen', 'separate screen'],
});

/** Sentences that say a separate consent is obtained (not "无需单独同意"). */
export function separateConsentSentences(model: DocumentModel): Sentence[] {
  const strong = sentencesWith(model, separateConsentCues).filter((s) => affirmed(model, s, separateConsentCues));
  const popups = sentencesWith(model, popupCues).filter((s) => model.has(consentCues, s) && affirmed(model, s, popupCues));
  return uniqueSentences([...strong, ...popups]);
}

/** Sensitive personal information: PIPL Art. 28 and its usual examples. */
export const sensitiveCues = defineCues('cs-sensitive', {
  zh: ['敏感个人信息', '个人敏感信息', '敏感信息', '生物识别', '人脸', '面部识别', '面部特征', '指纹', '声纹', '虹膜', '医疗健康', '健康信息', '病历', '金融账户', '银行卡号', '银行账户', '行踪轨迹', '精确位置', '精准位置', '身份证件号码', '身份证号', '宗教信仰', '特定身份', '不满十四周岁', '不满14周岁', '未满十四周岁', '未满14周岁', '十四周岁以下', '14周岁以下'],
  en: ['sensitive personal', 'sensitive data', 'sensitive information', 'special categor*', 'biometric*', 'face data', 'facial', 'fingerprint*', 'health data', 'health information', 'medical', 'precise location', 'precise geolocation', 'financial account*', 'religious', 'ethnic*',
    'under 14', 'under the age of 14', 'under age 14', 'below the age of 14', 'younger than 14', 'under fourteen', 'under the age of fourteen'],
});

/** Verbs that make a sentence about processing (not a definition or a heading). */
export const processingVerbCues = defineCues('cs-processing-verb', {
  zh: ['收集', '使用', '处理', '获取', '采集', '读取', '调用', '存储', '保存', '提供', '上传', '共享', '申请', '开启', '验证', '识别'],
  en: ['collect*', 'use', 'uses', 'process*', 'store*', 'obtain*', 'access', 'share*', 'upload*', 'verify', 'scan*'],
});

/** Named organisations: 某某有限公司, 某某集团, Foo Inc., Bar Ltd. */
const COMPANY_ZH = /[\u4e00-\u9fff)]{2,30}(?:有限公司|有限责任公司|股份公司)/;
const COMPANY_EN = /\b[a-z][a-z0-9&.-]{1,30},? (?:inc|ltd|llc|gmbh|limited|corporation|corp|co\.|plc|s\.a|b\.v|pte)\b/;

/** Well-known processors and SDK vendors, so a list of them counts as naming recipients. */
export const namedVendorCues = defineCues('cs-named-vendor', {
  zh: ['微信', '支付宝', '银联', '腾讯', '阿里', '百度', '高德', '友盟', '极光', '个推', '穿山甲', '广点通', '华为', '小米', 'oppo', 'vivo', '魅族', '新浪', '微博', 'qq', 'bugly', '字节跳动', '巨量', '快手', '京东', '美团', '顺丰', '数美', '网易', '移动安全联盟', '闪验', '中国移动', '中国联通', '中国电信', '七牛', '融云', '环信', '声网', '科大讯飞', '讯飞', '神策', '诸葛io', 'talkingdata', '热云', 'mob', 'sharesdk', 'tbs', '云闪付', '建设银行', '招商银行'],
  en: ['google', 'firebase', 'admob', 'crashlytics', 'facebook', 'meta platforms', 'apple', 'amazon web services', 'aws', 'microsoft', 'azure', 'stripe', 'paypal', 'twilio', 'sendgrid', 'mailchimp', 'mixpanel', 'amplitude', 'segment', 'appsflyer', 'adjust', 'branch', 'onesignal', 'sentry', 'unity ads', 'applovin', 'ironsource', 'vungle', 'chartboost', 'mopub', 'inmobi', 'flurry', 'hotjar', 'intercom', 'zendesk', 'cloudflare', 'twitter', 'linkedin', 'tiktok', 'bugsnag', 'revenuecat', 'braintree', 'shopify'],
});

/** Whether a span names an organisation (company name or a well-known vendor); regexes run block by block. */
export function namesOrganisation(model: DocumentModel, span: Span): boolean {
  if (span.end <= span.start) return false;
  if (model.hitsIn(namedVendorCues, span.start, span.end).length > 0) return true;
  const last = model.blockAt(span.end - 1);
  for (let b = model.blockAt(span.start); b <= last; b++) {
    const block = model.blocks[b]!;
    const text = model.plain.slice(Math.max(block.plainStart, span.start), Math.min(block.plainEnd, span.end));
    if (COMPANY_ZH.test(text) || COMPANY_EN.test(text)) return true;
  }
  return false;
}
