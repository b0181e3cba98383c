import { defineCues } from '../document/cues';
import { channelsIn } from '../document/entities';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { blockWithItsList, followingBlocks, introductionOf, sectionSpan, sectionsTitled, spanOf } from './evidence';

/** Contact channels: where the operator can be reached, and what makes a way to reach it concrete. */

// ---------------------------------------------------------------------------------------------
// Contact sections
// ---------------------------------------------------------------------------------------------

const CONTACT_HEADINGS = {
  zh: ['联系我们', '如何联系', '联系方式', '联系与反馈', '联系信息', '联络我们', '与我们联系', '联系本行', '联系我行', '联系本公司'],
  en: ['contact us', 'contact information', 'contact details', 'how to contact', 'contacting us', 'how can you contact', 'how you can contact', 'contact', 'get in touch', 'reach us'],
};

/** Headings of the operator's contact section ("联系我们", "Contact us"), without complaint headings. */
export const operatorContactHeadingCues = defineCues('operator-contact-heading', CONTACT_HEADINGS);

/** Headings of the sections where contact and complaint channels are usually published. */
export const contactHeadingCues = defineCues('contact-heading', {
  zh: ['投诉', '举报', ...CONTACT_HEADINGS.zh],
  en: ['complaint*', 'questions', ...CONTACT_HEADINGS.en],
});

/** Sections where the operator publishes its contact details (complaint headings included). */
export function contactSections(model: DocumentModel): Section[] {
  return sectionsTitled(model, contactHeadingCues, 6);
}

/** Whether a sentence lies in a contact or complaint section. */
export function inContactSection(model: DocumentModel, sentence: Sentence): boolean {
  return model.sectionChain(sentence.plainStart).some((section) => model.has(contactHeadingCues, model.blocks[section.block]!));
}

/**
 * A section's span, but only its own text when it swallows much of the document (a short heading
 * the outline nests everything under).
 */
export function boundedSectionSpan(model: DocumentModel, section: Section, limit = 4000): Span {
  const span = sectionSpan(model, section);
  if (span.end - span.start <= limit) return span;
  const child = model.sections.find((s) => s.parent === model.sections.indexOf(section));
  const end = child ? model.blocks[child.block]!.plainStart : span.end;
  return { start: span.start, end: Math.min(end, span.start + limit) };
}

// ---------------------------------------------------------------------------------------------
// Invitations and pointers
// ---------------------------------------------------------------------------------------------

/** Words that make a sentence an invitation to get in touch (verbs, not the noun 联系方式). */
export const contactOfferCues = defineCues('contact-offer', {
  zh: ['联系我们', '与我们联系', '同我们联系', '和我们联系', '与我们取得联系', '联系到我们', '联络我们', '与我们联络', '联系本公司', '与本公司联系', '联系我司', '与我司联系', '联系我行', '与我行联系', '联系本行', '与本行联系', '联系本平台', '联系客服', '与客服联系', '联系我们的', '向我们反馈', '反馈给我们', '向我们咨询', '向我们提出', '发送邮件', '发邮件', '发送电子邮件', '发送至', '来信', '来函', '致电', '拨打', '邮寄至', '邮寄到', '寄送至', '寄至', '写信', '与其联系', '联系他们', '联系该'],
  en: ['contact us', 'contact me', 'contact our', 'contact the', 'drop us', 'reach out', 'hear from you', 'write us', 'message us', 'reach us', 'reach me', 'reach our', 'write to', 'email us', 'e-mail us', 'email me', 'call us', 'get in touch', 'send us', 'send an email', 'send an e-mail', 'mail us', 'by email', 'by e-mail', 'by mail', 'by post', 'by phone', 'by telephone', 'at the following', 'contact them', 'please contact', 'you can contact', 'you may contact', 'feel free to contact', 'do not hesitate to contact'],
});

/** Verbs that make a postal address a way to write in. */
export const mailOfferCues = defineCues('mail-offer', {
  zh: ['邮寄', '寄送', '寄至', '来信', '来函', '写信', '信函'],
  en: ['write to', 'by mail', 'by post', 'mail us', 'postal', 'mailing address', 'letter'],
});

/** Words that send the reader to the contact details published elsewhere ("请通过本政策“联系我们”所列方式"). */
export const contactPointerCues = defineCues('contact-pointer', {
  zh: ['联系我们', '联系方式', '以下方式', '如下方式', '下列方式', '下述方式', '上述方式', '以下', '如下', '下列', '下述', '上述', '前述', '文末', '本政策第', '本指引第', '所列', '所载', '载明', '公示的', '公布的'],
  en: ['contact us', 'contacting us', 'contact details', 'contact information', 'below', 'following', 'above', 'set out', 'listed', 'at the end'],
});

// ---------------------------------------------------------------------------------------------
// Concrete channels
// ---------------------------------------------------------------------------------------------

/** In-app features and channels with a name a user can find. */
export const namedChannelCues = defineCues('named-channel', {
  zh: ['在线客服', '意见反馈', '帮助与反馈', '反馈入口', '投诉入口', '举报入口', '客服中心', '帮助中心', '投诉专线', '举报专线', '举报中心'],
  en: ['online form', 'web form', 'contact form', 'help center', 'help centre', 'in-app chat', 'live chat'],
});

/** In-app paths: three steps (我的-设置-帮助与反馈, 【我的】>【客服】>【投诉】), two quoted or arrowed steps ("设置"-"隐私", 设置->隐私), English menus (Settings > Privacy). */
const IN_APP_PATH_ZH = /[\u4e00-\u9fff]{1,10}[】」"']? {0,2}[->→»] {0,2}[【「"']?[\u4e00-\u9fff]{1,10}[】」"']? {0,2}[->→»] {0,2}[【「"']?[\u4e00-\u9fff]{1,10}/;
const TWO_QUOTED_STEPS = /[【「"'][\u4e00-\u9fff a-z]{1,12}[】」"'] {0,2}(?:->|=>|[->→»]) {0,2}[【「"'][\u4e00-\u9fff a-z]{1,12}[】」"']/;
const TWO_ARROWED_STEPS = /[\u4e00-\u9fff]{1,10}[】」"']? {0,2}(?:->|=>|,-,|, -,) {0,2}[【「"']?[\u4e00-\u9fff]{1,10}/;
const IN_APP_PATH_EN = /[a-z]{2,20} {1,2}[>→»] {1,2}[a-z]{2,20}|\b(?:settings|preferences|account|profile|privacy|menu) {0,2}(?:>|->|→|»|\/) {0,2}[a-z]{2,20}/;

export function hasInAppPath(text: string): boolean {
  return IN_APP_PATH_ZH.test(text) || TWO_QUOTED_STEPS.test(text) || TWO_ARROWED_STEPS.test(text) || IN_APP_PATH_EN.test(text);
}

/**
 * Template blanks ([投诉邮箱], [privacy e-mail address], [注册地址], [Company name]) count as what
 * they stand for: the structure is right, and placeholder-unfilled reports the blank itself, once.
 */
const BLANK = /\[([^\[\]\n]{1,60})\]/g;
const BLANK_KINDS = {
  channel: /邮箱|电话|网址|表单|路径|e-?mail|phone|address|form|url|menu/,
  mailOrPhone: /邮箱|电话|e-?mail|phone/,
  address: /地址|address/,
  entity: /公司|名称|company|name of/,
} as const;

/** Whether the text holds a blank of the given kind (a postal-address blank is not an e-mail address blank). */
export function hasBlank(text: string, kind: keyof typeof BLANK_KINDS): boolean {
  for (const match of text.matchAll(BLANK)) {
    const content = match[1]!;
    if (!BLANK_KINDS[kind].test(content)) continue;
    if (kind === 'address' && BLANK_KINDS.mailOrPhone.test(content)) continue;
    return true;
  }
  return false;
}

/** An e-mail, phone, URL or link, a named in-app channel, an in-app path or a channel blank. */
export function hasConcreteChannel(model: DocumentModel, span: Span): boolean {
  const text = model.plain.slice(span.start, span.end);
  return channelsIn(model, span).length > 0 || model.hitsIn(namedChannelCues, span.start, span.end).length > 0 || hasInAppPath(text) || hasBlank(text, 'channel');
}

/** E-mail addresses and phone numbers in a span. */
export function hasMailOrPhone(model: DocumentModel, span: Span): boolean {
  return channelsIn(model, span).some((c) => c.kind === 'email' || c.kind === 'phone') || hasBlank(model.plain.slice(span.start, span.end), 'mailOrPhone');
}

/** Address labels: 注册地址 / 办公地址 / 地址: / registered office. */
const addressLabelCues = defineCues('address-label', {
  zh: ['注册地址', '办公地址', '联系地址', '通讯地址', '通信地址', '公司地址', '经营地址', '邮寄地址', '住所地', '住所:', '地址:', '地址为', '地址是', '地址位于', '注册地', '邮编', '邮政编码'],
  en: ['registered office', 'registered address', 'office address', 'business address', 'postal address', 'mailing address', 'address:', 'our address', 'located at', 'p.o. box', 'po box', 'attn', 'attention:'],
});

/** A Chinese street address: 省/市/区 … 路/街/道 … 号/楼/层/室, with bounded gaps. */
const ZH_ADDRESS = /[省市区县州旗][\u4e00-\u9fff\d\-a-z()]{0,24}?(?:路|街|道|巷|弄|村|镇|园|大厦|广场|中心|大楼)[\u4e00-\u9fff\d\-a-z()]{0,16}?(?:号|楼|层|室|座|栋|幢|单元)/;
/** A short Chinese address ending in a building: 北京市海淀区示例大厦. */
const ZH_BUILDING = /[市区县][\u4e00-\u9fff\d]{1,12}?(?:大厦|大楼|广场|园区)|[区县][\u4e00-\u9fff]{1,16}\d{1,5}号/;
/** An English street address or postal code line. */
const EN_ADDRESS = /\b\d{1,5}[a-z]? {1,2}[a-z0-9][a-z0-9.' -]{1,40}? (?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|place|pl\.?|square|sq\.?|parkway|court|ct\.?|highway|hwy\.?|strasse|straße|straat|rue|via|calle)\b|\b(?:suite|floor|level|unit) {1,2}\d{1,4}\b|\b[a-z]{1,2}\d[a-z\d]? {0,1}\d[a-z]{2}\b|\b(?:ca|ny|tx|wa|fl|il|ma|de|nj|va|ga|co|or|az|pa|oh|mi|nc|ut|mn|md) {1,2}\d{5}\b/;

export function hasPostalAddress(model: DocumentModel, span: Span): boolean {
  const text = model.plain.slice(span.start, span.end);
  if (ZH_ADDRESS.test(text) || ZH_BUILDING.test(text) || EN_ADDRESS.test(text) || hasBlank(text, 'address')) return true;
  for (const hit of model.hitsIn(addressLabelCues, span.start, span.end)) {
    // A label counts when it introduces text ("注册地址：…"), not inside a list of data ("注册地址、注册电话").
    const block = model.blocks[model.blockAt(hit.start)]!;
    const rest = model.plain.slice(hit.end, Math.min(block.plainEnd, hit.end + 40));
    if (!/[:为是于]$/.test(hit.phrase) && !/^ {0,2}(?:[:为是]|位于)/.test(rest)) continue;
    if (/[\u4e00-\u9fffa-z0-9]{4}/.test(rest.replace(/^[\s:为是位于]{0,4}/, ''))) return true;
  }
  return false;
}

/**
 * A contact channel a user can write to or call: e-mail or phone anywhere in the span; a URL or a
 * named in-app channel next to an invitation to get in touch; a postal address next to "write to".
 */
export function hasWritableChannel(model: DocumentModel, span: Span): boolean {
  if (hasMailOrPhone(model, span)) return true;
  for (let b = model.blockAt(span.start); b < model.blocks.length && model.blocks[b]!.plainStart < span.end; b++) {
    for (const sentence of model.sentencesOfBlock(b)) {
      if (!model.has(contactOfferCues, sentence) && !model.has(mailOfferCues, sentence)) continue;
      // The invitation itself, or what it introduces ("您还可以通过如下方式与我们联系：" + the address).
      const scope = blockWithItsList(model, sentence, 3);
      const local = scope.end > model.blocks[b]!.plainEnd ? { start: sentence.plainStart, end: Math.min(span.end, scope.end) } : spanOf(sentence);
      if (channelsIn(model, local).length > 0 || hasPostalAddress(model, local)) return true;
    }
  }
  return false;
}

/** In a contact section, an address on a line of its own ("北京市海淀区…14号楼四层") is a place to write to. */
export function hasSectionChannel(model: DocumentModel, span: Span): boolean {
  if (hasWritableChannel(model, span)) return true;
  const first = model.blockAt(span.start);
  for (let b = first; b < Math.min(model.blocks.length, first + 8) && model.blocks[b]!.plainStart < span.end; b++) {
    const block = spanOf(model.blocks[b]!);
    if (block.end - block.start <= 80 && hasPostalAddress(model, block)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Channel lookups
// ---------------------------------------------------------------------------------------------

/** Where the document gives a concrete channel for a mention: nearby, in its section, or where it points. */
export function channelFor(model: DocumentModel, sentence: Sentence, concrete: (span: Span) => boolean = (span) => hasConcreteChannel(model, span)): Span | undefined {
  const local = blockWithItsList(model, sentence);
  if (concrete(local)) return local;
  // A line of a list introduced just above ("请邮寄至下列地址：" + "…路1号 隐私保护中心").
  const intro = introductionOf(model, sentence);
  if (intro) {
    const scope = blockWithItsList(model, intro);
    if (concrete(scope)) return scope;
  }
  for (const section of model.sectionChain(sentence.plainStart)) {
    if (model.has(contactHeadingCues, model.blocks[section.block]!)) {
      const span = boundedSectionSpan(model, section);
      if (concrete(span)) return span;
    }
  }
  if (model.has(contactPointerCues, sentence) || model.has(contactOfferCues, sentence)) {
    for (const section of contactSections(model)) {
      const span = boundedSectionSpan(model, section);
      if (concrete(span)) return span;
    }
  }
  return undefined;
}

/** A channel in the sentence's paragraph or the next two, or a pointer (of the given cues) to one elsewhere. */
export function channelNearOrPointed(model: DocumentModel, sentence: Sentence, pointers: typeof contactPointerCues = contactPointerCues): boolean {
  return hasConcreteChannel(model, followingBlocks(model, sentence, 2)) || model.has(pointers, sentence);
}
