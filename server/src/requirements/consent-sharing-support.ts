import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { isHeading, sectionSpan, sentencesIn, sentencesWith } from './evidence';

/**
 * Building blocks shared by the consent, sharing, retention, storage and cross-border requirements
 * (catalogue §§3–5). Candidates for evidence.ts once other groups need them.
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
export const popupCues = defineCues('cs-popup', {
  zh: ['弹窗', '弹框', '弹出窗口', '单独页面', '单独的页面'],
  en: ['pop-up', 'popup', 'dedicated screen', 'separate screen'],
});

/** Sentences that say a separate consent is obtained (not "无需单独同意"). */
export function separateConsentSentences(model: DocumentModel): Sentence[] {
  const strong = sentencesWith(model, separateConsentCues).filter((s) => affirmedHits(model, separateConsentCues, s).length > 0);
  const popups = sentencesWith(model, popupCues).filter((s) => model.has(consentCues, s) && affirmedHits(model, popupCues, s).length > 0);
  return [...new Map([...strong, ...popups].map((s) => [s.plainStart, s])).values()].sort((a, b) => a.plainStart - b.plainStart);
}

/** Sensitive personal information: PIPL Art. 28 and its usual examples. */
export const sensitiveCues = defineCues('cs-sensitive', {
  zh: ['敏感个人信息', '个人敏感信息', '敏感信息', '生物识别', '人脸', '面部识别', '面部特征', '指纹', '声纹', '虹膜', '医疗健康', '健康信息', '病历', '金融账户', '银行卡号', '银行账户', '行踪轨迹', '精确位置', '精准位置', '身份证件号码', '身份证号', '宗教信仰', '特定身份', '不满十四周岁'],
  en: ['sensitive personal', 'sensitive data', 'sensitive information', 'special categor*', 'biometric*', 'face data', 'facial', 'fingerprint*', 'health data', 'health information', 'medical', 'precise location', 'precise geolocation', 'financial account*', 'religious', 'ethnic*'],
});

/** Verbs that make a sentence about processing (not a definition or a heading). */
export const processingVerbCues = defineCues('cs-processing-verb', {
  zh: ['收集', '使用', '处理', '获取', '采集', '读取', '调用', '存储', '保存', '提供', '上传', '共享', '申请', '开启', '验证', '识别'],
  en: ['collect*', 'use', 'uses', 'process*', 'store*', 'obtain*', 'access', 'share*', 'upload*', 'verify', 'scan*'],
});

/** Words that make a sentence an offer or a rule the user can act on. */
export const offerCues = defineCues('cs-offer', {
  zh: ['您可以', '您可通过', '您可在', '您可随时', '您可自行', '您可直接', '你可以', '你可通过', '你可在', '你可随时', '你可自行', '可以通过', '可通过', '可在', '可以在', '请通过', '您有权', '你有权', '如您希望', '如您需要', '如您想', '若您希望', '如你希望', '您也可以', '用户可以', '用户可', '您能够', '操作路径', '撤回路径', '路径为', '路径:', '方式:'],
  en: ['you can', 'you may', 'users may', 'users can', 'you will be able', 'you are able', 'permitting you', 'allowing you', 'allow you', 'you will have the option', 'you have the option', 'option to', 'you have the right', 'you are entitled', 'you have a right', 'please', 'by contacting', 'by emailing', 'by e-mailing', 'by writing', 'through the', 'via the', 'using the', 'in the settings', 'in your settings', 'at any time'],
});

/** Negations that turn a statement of a practice into a statement that it does not happen. */
const NEGATION_ZH = /(?:不会|不得|不再|不存在|不涉及|不向|不将|不把|不对|不以|不做|不进行|不予|并不|并未|不|未|无|非|没有|禁止|暂无|暂不|避免|绝不|从不)[^,。;，；:]{0,20}$/;
const NEGATION_EN = /\b(?:not|never|no|neither|nor|without|don't|doesn't|won't|cannot|can't)\b[^,.;:]{0,40}$/;

/** Whether the text before a cue (in the same clause) negates it. */
export function negatedBefore(model: DocumentModel, sentence: Sentence, offset: number): boolean {
  const before = model.plain.slice(Math.max(sentence.plainStart, offset - 60), offset);
  return model.language === 'zh' || /[\u4e00-\u9fff]/.test(before) ? NEGATION_ZH.test(before) : NEGATION_EN.test(before);
}

/** Hits of a cue set in a span that are not negated in their clause. */
export function affirmedHits(model: DocumentModel, set: CueSet, sentence: Sentence): Array<{ start: number; end: number; phrase: string }> {
  return model.hitsIn(set, sentence.plainStart, sentence.plainEnd).filter((hit) => !negatedBefore(model, sentence, hit.start));
}

/** Sentences of several spans, each once, in document order, headings excluded. */
export function sentencesOfSpans(model: DocumentModel, spans: readonly Span[]): Sentence[] {
  const seen = new Map<number, Sentence>();
  for (const span of spans) for (const s of sentencesIn(model, span)) if (!isHeading(model, s)) seen.set(s.plainStart, s);
  return [...seen.values()].sort((a, b) => a.plainStart - b.plainStart);
}

/** Sentences outside headings that have a hit of every cue set, in document order. */
export function sentencesWithAll(model: DocumentModel, first: CueSet, ...others: CueSet[]): Sentence[] {
  const result: Sentence[] = [];
  for (const hit of model.hits(first)) {
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || sentence === result[result.length - 1] || isHeading(model, sentence)) continue;
    if (others.every((set) => model.has(set, sentence))) result.push(sentence);
  }
  return result;
}

/** The outermost section that contains an offset (the whole chapter), or undefined at top level. */
export function outermostSection(model: DocumentModel, offset: number): Section | undefined {
  const chain = model.sectionChain(offset);
  return chain[chain.length - 1];
}

/** Spans of the sections enclosing a sentence, innermost first. */
export function enclosingSpans(model: DocumentModel, sentence: Sentence): Span[] {
  return model.sectionChain(sentence.plainStart).map((section) => sectionSpan(model, section));
}

/** Whether any block of the section's subtree is a table cell. */
export function sectionHasTable(model: DocumentModel, section: Section): boolean {
  for (let b = section.firstBlock; b < section.endBlock; b++) if (model.blocks[b]!.inTable) return true;
  return false;
}

/** Whether a span contains a Markdown link or a 《document》 reference next to one of the cues. */
export function linksInSpan(model: DocumentModel, span: Span): boolean {
  return model.links.some((link) => link.plainStart >= span.start && link.plainEnd <= span.end);
}

/** Where a document-level note goes: the title block, else the first block. */
export function titleSpan(model: DocumentModel): Span {
  const block = model.blocks[model.titleBlock >= 0 ? model.titleBlock : 0];
  return block ? { start: block.plainStart, end: block.plainEnd } : { start: 0, end: 0 };
}

/** The source text of a cue hit, trimmed of trailing punctuation, for messages. */
export function cueText(model: DocumentModel, hit: Span): string {
  return model.sourceTextOf(hit).replace(/[。，；,;:：)）]+$/, '').trim();
}

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
