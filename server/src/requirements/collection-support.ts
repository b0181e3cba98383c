import { defineCues, type CueSet } from '../document/cues';
import { channelsIn } from '../document/entities';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { contactHeadingCues, hasConcreteChannel } from './channels';
import { sectionSpan, sectionsTitled, sentencesIn, spanOf } from './evidence';

/**
 * Helpers shared by the `collection` group (identity, officer, collection methods, sensitive data,
 * permissions, cookies, marketing). Candidates for evidence.ts / channels.ts once a second group
 * needs them; see the proposal in the group's hand-over notes.
 */

/** Headings of the operator's contact section ("联系我们", "Contact us"), without complaint headings. */
export const operatorContactHeadingCues = defineCues('operator-contact-heading', {
  zh: ['联系我们', '如何联系', '联系方式', '联系与反馈', '联系信息', '联络我们', '与我们联系', '联系本行', '联系我行', '联系本公司'],
  en: ['contact us', 'contact information', 'contact details', 'how to contact', 'contacting us', 'how can you contact', 'how you can contact', 'contact', 'get in touch', 'reach us'],
});

/** Headings of sections where the operator introduces itself. */
export const identityHeadingCues = defineCues('identity-heading', {
  zh: ['关于我们', '我们是谁', '运营者信息', '经营者信息', '公司信息', '个人信息处理者', '基本信息', '主体信息'],
  en: ['who we are', 'about us', 'data controller', 'controller', 'identity of', 'who is responsible', 'responsible party', 'operator'],
});

/** Words that point the reader to a contact section or to what follows. */
export const pointerCues = defineCues('collection-pointer', {
  zh: ['联系我们', '联系方式', '以下方式', '如下方式', '下列方式', '下述方式', '以下', '如下', '下列', '上述', '前述', '文末', '本政策第', '本指引第', '所列', '所载', '载明'],
  en: ['contact us', 'contact details', 'contact information', 'below', 'following', 'above', 'set out', 'listed', 'at the end'],
});

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

/** Address labels: 注册地址 / 办公地址 / 地址: / registered office. */
export const addressLabelCues = defineCues('address-label', {
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
  if (ZH_ADDRESS.test(text) || ZH_BUILDING.test(text) || EN_ADDRESS.test(text)) return true;
  for (const hit of model.hitsIn(addressLabelCues, span.start, span.end)) {
    // A label counts when it introduces text ("注册地址：…"), not inside a list of data ("注册地址、注册电话").
    const block = model.blocks[model.blockAt(hit.start)]!;
    const rest = model.plain.slice(hit.end, Math.min(block.plainEnd, hit.end + 40));
    if (!/[:为是于]$/.test(hit.phrase) && !/^ {0,2}(?:[:为是]|位于)/.test(rest)) continue;
    if (/[\u4e00-\u9fffa-z0-9]{4}/.test(rest.replace(/^[\s:为是位于]{0,4}/, ''))) return true;
  }
  return false;
}

/** Short service numbers such as 95516 or 10086 introduced as a hotline. */
const SERVICE_NUMBER = /(?:热线|电话|拨打|致电|hotline|call)[\s:【\[(]{0,4}\d{5,6}(?!\d)/;
/**
 * Phone numbers the shared scanner misses: one ending a sentence ("call (310) 369-1350.") or
 * written with dots ("1.888.341.5000"), when introduced as a phone number.
 */
const INTRODUCED_PHONE = /(?:call|phone|telephone|tel\.?|电话|热线|致电|拨打)[^\d\n]{0,12}\+?[\d(][\d ().-]{6,18}\d/;

/** E-mail addresses and phone numbers (with hotlines) in a span. */
export function hasMailOrPhone(model: DocumentModel, span: Span): boolean {
  if (channelsIn(model, span).some((c) => c.kind === 'email' || (c.kind === 'phone' && !isRegistrationNumber(model, c)))) return true;
  const text = model.plain.slice(span.start, span.end);
  return SERVICE_NUMBER.test(text) || INTRODUCED_PHONE.test(text);
}

/** ICP and public-security filing numbers (京ICP备17027026号) look like phone numbers to the scanner. */
function isRegistrationNumber(model: DocumentModel, span: Span): boolean {
  return model.plain.charAt(span.end) === '号' || /备\s{0,2}$|icp\s{0,2}$|证\s{0,2}:?\s{0,2}$/.test(model.plain.slice(Math.max(0, span.start - 6), span.start));
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
      const scope = localScope(model, sentence, 3);
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
    const block = blockSpan(model, b);
    if (block.end - block.start <= 80 && hasPostalAddress(model, block)) return true;
  }
  return false;
}

/** A block's span. */
export function blockSpan(model: DocumentModel, index: number): Span {
  const block = model.blocks[index]!;
  return { start: block.plainStart, end: block.plainEnd };
}

/** Words that announce what follows ("如下：", "the following"). */
export const forwardCues = defineCues('collection-forward', {
  zh: ['以下', '如下', '下列', '下述', '下表', '附表'],
  en: ['below', 'following', 'as follows'],
});

/** The sentence's block, and the next few blocks when it introduces a list ("如下：", "the following"). */
export function localScope(model: DocumentModel, sentence: Sentence, following = 4): Span {
  const block = model.blocks[sentence.block]!;
  const text = model.textOf(block);
  const introduces = /[:：]\s{0,2}$/.test(text) || model.has(forwardCues, block);
  if (!introduces) return { start: block.plainStart, end: block.plainEnd };
  // Stop at the next heading: what follows it belongs to another topic.
  let last = sentence.block;
  for (let b = sentence.block + 1; b <= Math.min(sentence.block + following, model.blocks.length - 1); b++) {
    if (model.blocks[b]!.kind === 'heading' || model.sectionOfBlock[b] !== model.sectionOfBlock[sentence.block]) break;
    last = b;
  }
  return { start: block.plainStart, end: model.blocks[last]!.plainEnd };
}

/** The sentence that introduces the list a line belongs to ("请邮寄至下列地址："), if any. */
export function introductionOf(model: DocumentModel, sentence: Sentence): Sentence | undefined {
  for (let b = sentence.block - 1; b >= Math.max(0, sentence.block - 3); b--) {
    const intro = model.sentencesOfBlock(b).at(-1);
    if (!intro || model.blocks[b]!.kind === 'heading') return undefined;
    if (localScope(model, intro).end >= sentence.plainEnd) return intro;
  }
  return undefined;
}

/** Sections where the operator publishes its contact details (complaint headings included). */
export function contactSections(model: DocumentModel): Section[] {
  const seen = new Set<Section>();
  for (const section of sectionsTitled(model, operatorContactHeadingCues, 6)) seen.add(section);
  for (const section of sectionsTitled(model, contactHeadingCues, 6)) seen.add(section);
  return [...seen].sort((a, b) => a.block - b.block);
}

/**
 * A section's span, but only its own text when it swallows the document (a table-of-contents line
 * parsed as the parent of every later heading).
 */
export function boundedSectionSpan(model: DocumentModel, section: Section, limit = 4000): Span {
  const span = sectionSpan(model, section);
  if (span.end - span.start <= limit) return span;
  const child = model.sections.find((s) => s.parent === model.sections.indexOf(section));
  const end = child ? model.blocks[child.block]!.plainStart : span.end;
  return { start: span.start, end: Math.min(end, span.start + limit) };
}

/** Whether a sentence lies in a contact or complaint section. */
export function inContactSection(model: DocumentModel, sentence: Sentence): boolean {
  return model.sectionChain(sentence.plainStart).some((section) => {
    const heading = model.blocks[section.block]!;
    return model.has(operatorContactHeadingCues, heading) || model.has(contactHeadingCues, heading);
  });
}

/** Whether the document gives a concrete channel for a mention: nearby, in its section, or where it points. */
export function channelFor(model: DocumentModel, sentence: Sentence, concrete: (span: Span) => boolean = (span) => hasConcreteChannel(model, span)): Span | undefined {
  const local = localScope(model, sentence);
  if (concrete(local)) return local;
  // A line of a list introduced just above ("请邮寄至下列地址：" + "…路1号 隐私保护中心").
  const intro = introductionOf(model, sentence);
  if (intro) {
    const scope = localScope(model, intro);
    if (concrete(scope)) return scope;
  }
  for (const section of model.sectionChain(sentence.plainStart)) {
    if (model.has(operatorContactHeadingCues, model.blocks[section.block]!) || model.has(contactHeadingCues, model.blocks[section.block]!)) {
      const span = boundedSectionSpan(model, section);
      if (concrete(span)) return span;
    }
  }
  if (model.has(pointerCues, sentence) || model.has(contactOfferCues, sentence)) {
    for (const section of contactSections(model)) {
      const span = boundedSectionSpan(model, section);
      if (concrete(span)) return span;
    }
  }
  return undefined;
}

/**
 * Sentences with a cue, including short lines the outline takes for headings ("Email: a@b.com"),
 * but not Markdown headings.
 */
export function linesWith(model: DocumentModel, cues: CueSet): Sentence[] {
  const sentences: Sentence[] = [];
  for (const hit of model.hits(cues)) {
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || sentence === sentences[sentences.length - 1] || model.blocks[sentence.block]!.kind === 'heading') continue;
    sentences.push(sentence);
  }
  return sentences;
}

/** Sentences of the bodies of the given sections, in order, each once. */
export function sentencesOfSections(model: DocumentModel, sections: readonly Section[]): Sentence[] {
  const byStart = new Map<number, Sentence>();
  for (const section of sections) for (const s of sentencesIn(model, model.body(section))) byStart.set(s.plainStart, s);
  return [...byStart.values()].sort((a, b) => a.plainStart - b.plainStart);
}

/** Whether a plain span lies inside text the author rendered bold, italic or underlined. */
export function isEmphasised(model: DocumentModel, start: number, end: number): boolean {
  const block = model.blocks[model.blockAt(start)]!;
  return block.allStrong || block.emphasis.some(([s, e]) => s <= start && end <= e);
}

/** Negations that turn "视为同意" into its opposite ("并不代表您已同意"). */
export const negationCues = defineCues('collection-negation', {
  zh: ['不会', '不视为', '不代表', '并不', '不意味', '不等于', '不构成', '不得', '不会视为', '不会被视为', '不作为', '不以'],
  en: ['not', 'never', "doesn't", "don't", 'does not', 'do not', 'will not', "won't", 'cannot', 'no longer'],
});

/** Whether a sentence has a cue of `set` that is not preceded by a negation in the same sentence. */
export function affirmed(model: DocumentModel, sentence: Sentence, set: CueSet, window = 12): boolean {
  for (const hit of model.hitsIn(set, sentence.plainStart, sentence.plainEnd)) {
    // Only a negation shortly before the cue counts ("并不代表您已单独同意", not a clause earlier on).
    const negation = model.hitsIn(negationCues, Math.max(sentence.plainStart, hit.start - window), hit.end).filter((n) => n.start < hit.start);
    if (negation.length === 0) return true;
  }
  return false;
}

/** Table rows: the cells of each source line of a table, in order. */
export function tableRows(model: DocumentModel, span?: Span): number[][] {
  const rows = new Map<number, number[]>();
  model.blocks.forEach((block, index) => {
    if (block.kind !== 'tableCell') return;
    if (span && (block.plainStart < span.start || block.plainEnd > span.end)) return;
    const line = model.lines.positionAt(block.srcStart).line;
    const row = rows.get(line);
    if (row) row.push(index);
    else rows.set(line, [index]);
  });
  return [...rows.values()];
}

/** The span of a run of blocks. */
export function blocksSpan(model: DocumentModel, blocks: readonly number[]): Span {
  return { start: model.blocks[blocks[0]!]!.plainStart, end: model.blocks[blocks[blocks.length - 1]!]!.plainEnd };
}

/** First sentence of a span, for anchoring a document-level quality finding. */
export function firstSentence(model: DocumentModel, span: Span): Span {
  const sentence = sentencesIn(model, span)[0];
  return sentence ? spanOf(sentence) : span;
}
