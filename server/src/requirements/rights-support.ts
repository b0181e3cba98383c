import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { contactOfferCues, contactPointerCues, contactSections, hasConcreteChannel } from './channels';
import { isHeading, offerCues, sectionSpan, sentencesIn, spanOf } from './evidence';

/**
 * Shared building blocks of the `rights` group: where a policy states the rights of the individual
 * (catalogue §6), what makes a statement an offer of a right rather than a passing mention, and what
 * tells the reader how to use it (a menu path, a channel, a pointer to the contact section).
 */

/** Headings of the section that lists the individual's rights. */
export const rightsHeadingCues = defineCues('rights-heading', {
  zh: [
    '您的权利', '你的权利', '用户权利', '个人信息权利', '相关权利', '主体权利', '享有的权利', '享有以下权利', '您享有', '权利行使', '行使权利',
    '行使您的', '行使你的', '如何行使', '管理您的个人信息', '管理你的个人信息', '管理您的信息', '管理你的信息', '管理自己的信息', '管理自己的个人信息', '管理个人信息', '管理您个人信息',
    '管理你个人信息', '管理其信息', '管理您的数据', '管理你的数据', '访问和控制', '访问和管理',
    '控制您的个人信息', '控制你的个人信息', '用户权益', '您的权益', '权利保障', '对个人信息的权利', '个人信息的权利', '下列权利', '以下权利', '如下权利',
  ],
  en: [
    'your rights', 'your right', 'your privacy rights', 'data protection rights', 'data subject rights', 'rights of users', 'rights of the user*', 'rights of data subject*',
    'user rights', 'privacy rights', 'gdpr rights', 'your choices', 'rights and choices', 'rights & choices', 'exercising your', 'exercise your', 'exercising of your',
    'how to exercise', 'controlling your personal', 'controlling your data', 'controlling your information', 'control your personal', 'control your data', 'control your information',
    'managing your personal', 'managing your data', 'managing your information', 'manage your personal', 'manage your data', 'manage your information', 'your data protection', 'accessing your', 'accessing and',
    'access to and correction',
    'general rights', 'enforcement of rights', 'summary of your rights',
  ],
});

/** Outside a rights section, what makes a sentence the statement of a right rather than a mention. */
export const strongRightCues = defineCues('rights-strong', {
  zh: ['您有权', '你有权', '用户有权', '权利', '要求我们', '请求我们', '向我们提出', '提出请求', '申请'],
  en: ['right to', 'right of', 'you have the right', 'you have a right', 'request', 'entitled', 'rights'],
});

/** Rights of other people (a deceased user's next of kin): PIPL Art. 49, not the user's own rights. */
export const otherPersonCues = defineCues('rights-other-person', {
  zh: ['近亲属', '去世', '离世', '逝者', '死者', '继承人'],
  en: ['deceased', 'next of kin', 'estate of'],
});

/** Children's and minors' sections: their rights are a separate requirement (minors-correction-deletion). */
export const childScopeCues = defineCues('rights-child-scope', {
  zh: ['儿童', '未成年', '不满十四', '不满14', '监护人', '青少年'],
  en: ['child', 'children', "children's", 'minor', 'minors', 'kids', 'parent*', 'guardian*'],
});

/** The object of a right: the individual's information or account. */
export const objectCues = defineCues('rights-object', {
  zh: ['个人信息', '信息', '资料', '数据', '账号', '帐号', '账户', '帐户', '记录', '内容', '您的', '你的'],
  en: ['personal data', 'personal information', 'your data', 'your information', 'information', 'data', 'account', 'profile', 'your details', 'your personal', 'pii', 'personally identifiable', 'about you', 'your'],
});

/** Words that name a right (有权, right to) or a request to use one. */
export const rightWordCues = defineCues('right-word', {
  zh: ['有权', '权利', '请求', '申请', '要求'],
  en: ['right', 'rights', 'request*', 'entitled'],
});

/** How to use a right: a menu, a feature, a channel or a pointer to the contact section. */
export const routeCues = defineCues('rights-route', {
  zh: [
    '设置', '我的', '个人中心', '个人主页', '账号管理', '帐号管理', '账户管理', '帐户管理', '账号与安全', '帐号与安全', '安全中心', '点击', '进入', '路径', '联系我们',
    '联系方式', '客服', '邮件', '邮箱', '电话', '页面', '入口', '按钮', '选项', '菜单', 'app内', 'app中', '应用内', '客户端', '所列',
    '以下方式', '如下方式', '上述方式', '以下途径', '如下途径', '上述途径', '公示的', '公布的',
  ],
  en: [
    'settings', 'setting', 'your account', 'account page', 'profile', 'contact us', 'contacting us', 'email', 'e-mail', 'emailing', 'write to', 'writing to', 'submit',
    'form', 'sign in', 'log in', 'logging in', 'signing in', 'send us', 'send an', 'dashboard', 'menu', 'tap', 'click', 'in the app', 'within the app',
    'contact details', 'contact information', 'mail to', 'by contacting', 'reach us', 'reach out', 'support', 'uninstall*', 'following', 'my account', 'log into', 'logging into',
    'sign into', 'signing into', 'log on', 'account settings', 'customer service', 'call us', 'calling',
  ],
});

/** One right: its cue words, the headings of its own section, and what excludes a look-alike. */
export interface RightSpec {
  /** Words that name the right in a sentence (删除, delete). */
  verbs: CueSet;
  /** Words that name the right in a heading. */
  headings: CueSet;
  /** Headings that look alike but are about something else (访问体验, retention and deletion). */
  headingExclusions?: CueSet;
  /** Sentences that look alike but are about something else (转移 in a merger). */
  sentenceExclusions?: CueSet;
  /** Headings of enclosing sections whose sentences are about something else (automated decisions). */
  scopeExclusions?: CueSet;
  /** Outside the rights section: paragraphs about something else (a retention rule listing deletion triggers). */
  paragraphExclusions?: CueSet;
  /** What the right acts on (consent, an authorisation, a permission). Default: the individual's data or account. */
  objects?: CueSet;
  /**
   * Outside a rights section, the words that name the right unambiguously (更正, 删除您的个人信息,
   * right of access); broad verbs such as 补充 or 查看 count only among the rights. Default: `verbs`.
   */
  anchors?: CueSet;
  /**
   * Words that name the right so plainly (撤回同意, withdraw your consent, opt out) that an offer of
   * them, with the right's object anywhere in the sentence, is a disclosure anywhere, without a route
   * or the word "right".
   */
  unmistakable?: CueSet;
}

export interface RightFinding {
  /** Sections devoted to the right. */
  sections: Section[];
  /** Sentences that offer the right. */
  statements: Sentence[];
  evidence: Span[];
}

const rightsSectionCache = new WeakMap<DocumentModel, Section[]>();

/** Longest heading that is a real heading; longer "headings" are numbered paragraphs and read as sentences. */
const MAX_HEADING_LENGTH = 40;

function headingOf(model: DocumentModel, section: Section) {
  return model.blocks[section.block]!;
}

function isShortHeading(model: DocumentModel, section: Section): boolean {
  const heading = headingOf(model, section);
  return heading.plainEnd - heading.plainStart <= MAX_HEADING_LENGTH;
}

/** Whether the document is itself about children (its title says so). */
function isChildrenDocument(model: DocumentModel): boolean {
  return model.titleBlock >= 0 && model.has(childScopeCues, model.blocks[model.titleBlock]!);
}

/** An offset inside a children's section of a general policy: rights there cover only children's data. */
export function inChildrenScope(model: DocumentModel, offset: number): boolean {
  if (isChildrenDocument(model)) return false;
  return model.sectionChain(offset).some((section) => model.has(childScopeCues, headingOf(model, section)));
}

/** Sections whose heading announces the individual's rights (not only children's). */
export function rightsSections(model: DocumentModel): Section[] {
  let sections = rightsSectionCache.get(model);
  if (!sections) {
    sections = model.sections.filter((section) => {
      const heading = headingOf(model, section);
      return isShortHeading(model, section) && model.has(rightsHeadingCues, heading) && model.bodyLength(section) >= 12 && !inChildrenScope(model, heading.plainStart);
    });
    rightsSectionCache.set(model, sections);
  }
  return sections;
}

const introducedRegionCache = new WeakMap<DocumentModel, Span[]>();

/**
 * Rights introduced by a short paragraph rather than a heading ("关于您的个人信息，您有下列权利："):
 * they run to the next heading.
 */
function introducedRightsRegions(model: DocumentModel): Span[] {
  let regions = introducedRegionCache.get(model);
  if (regions) return regions;
  regions = [];
  const headingBlocks = new Set(model.sections.map((section) => section.block));
  for (let b = 0; b < model.blocks.length; b++) {
    const block = model.blocks[b]!;
    const text = model.textOf(block);
    if (block.inList || headingBlocks.has(b) || text.length > 30 || !/(?:权利|rights)[^。.]{0,6}[:：]$/.test(text)) continue;
    if (!model.has(rightsHeadingCues, block) || inChildrenScope(model, block.plainStart)) continue;
    let end = b + 1;
    while (end < model.blocks.length && !headingBlocks.has(end) && end < b + 60) end++;
    const span = { start: block.plainEnd, end: model.blocks[end - 1]!.plainEnd };
    if (end > b + 1 && span.end - span.start >= 12) regions.push(span);
  }
  introducedRegionCache.set(model, regions);
  return regions;
}

/** Whether an offset lies in a rights section (or a section nested in one). */
export function inRightsSection(model: DocumentModel, offset: number): boolean {
  const rights = new Set(rightsSections(model));
  const inSpan = (span: Span) => offset >= span.start && offset < span.end;
  return model.sectionChain(offset).some((section) => rights.has(section)) || introducedRightsRegions(model).some(inSpan);
}

/** The bodies of all rights sections and regions. */
export function rightsSpans(model: DocumentModel): Span[] {
  return [...rightsSections(model).map((section) => model.body(section)), ...introducedRightsRegions(model)];
}

/**
 * Sections devoted to one right: a short heading names it, a sentence of the body offers it, and
 * the section sits among the rights or its heading names the individual's data or a right.
 */
export function sectionsOfRight(model: DocumentModel, spec: RightSpec): Section[] {
  return model.sections.filter((section) => {
    const heading = headingOf(model, section);
    if (!isShortHeading(model, section) || !model.has(spec.headings, heading) || model.bodyLength(section) < 12) return false;
    if (spec.headingExclusions && model.has(spec.headingExclusions, heading)) return false;
    if (inChildrenScope(model, heading.plainStart)) return false;
    if (!inRightsSection(model, heading.plainStart) && !namesObject(model, spec, heading.plainStart, heading.plainEnd) && !model.has(rightWordCues, heading)) return false;
    const body = sentencesIn(model, model.body(section));
    const offers = (sentence: Sentence) => model.has(offerCues, sentence) || (model.has(rightWordCues, sentence) && hasRoute(model, spanOf(sentence)));
    if (body.some((sentence) => model.has(spec.verbs, sentence) && !isExcluded(model, spec, sentence) && offers(sentence))) return true;
    // "访问、删除、更正你的个人信息" among the rights, with a body that offers something: the heading names the right.
    if (rightsSections(model).includes(section) || !inRightsSection(model, heading.plainStart) || !model.has(dataObjectCues, heading)) return false;
    return body.some((sentence) => model.has(offerCues, sentence) && hasRoute(model, spanOf(sentence)) && !announcesMissingList(model, sentence));
  });
}

function isExcluded(model: DocumentModel, spec: RightSpec, sentence: Sentence): boolean {
  return (
    (spec.sentenceExclusions !== undefined && model.has(spec.sentenceExclusions, sentence)) ||
    (spec.scopeExclusions !== undefined && model.sectionChain(sentence.plainStart).some((section) => model.has(spec.scopeExclusions!, headingOf(model, section)))) ||
    model.has(otherPersonCues, sentence) ||
    inChildrenScope(model, sentence.plainStart) ||
    announcesMissingList(model, sentence)
  );
}

const ANNOUNCES_LIST = /(?:以下|如下|下列|下述|following|below|as follows)[^。.]{0,30}[:：]$/;

/**
 * "您可以通过以下方式申请注销：" followed directly by the next heading: the announced list is not
 * there, so the sentence says nothing about how.
 */
function announcesMissingList(model: DocumentModel, sentence: Sentence): boolean {
  const text = model.textOf(sentence).trimEnd();
  if (!ANNOUNCES_LIST.test(text.slice(-40))) return false;
  const block = model.blocks[sentence.block]!;
  if (sentence.plainEnd < block.plainEnd - 1) return false;
  const next = model.blocks[sentence.block + 1];
  if (!next) return true;
  const nextText = model.textOf(next);
  const isHeadingBlock = next.kind === 'heading' || model.sections.some((section) => section.block === sentence.block + 1);
  const looksLikeHeading = !next.inList && nextText.length <= 20 && !/[。;；,，.:：]$/.test(nextText);
  // Numbered steps ("1、进入……点击“我的”") look like headings but are the announced list.
  return (isHeadingBlock || looksLikeHeading) && !hasRoute(model, spanOf(next));
}

/** Chinese offers reach the verb within this many characters ("您可以通过客服删除"); English ones need more. */
function offerReach(model: DocumentModel): number {
  return model.language === 'zh' ? 30 : 120;
}

/** Whether a plain span names what the right acts on. */
function namesObject(model: DocumentModel, spec: RightSpec, start: number, end: number): boolean {
  return model.hitsIn(spec.objects ?? objectCues, start, end).length > 0;
}

/** An offer to the user (您可以, you can) that governs the right's verb: it comes shortly before it, or introduces the list the sentence is in. */
function offerGoverns(model: DocumentModel, sentence: Sentence, verb: { start: number; end: number }): boolean {
  const reach = offerReach(model);
  return (
    model.hitsIn(offerCues, sentence.plainStart, verb.end).some((offer) => offer.start <= verb.start && (verb.start - offer.end <= reach || introducesList(model, offer.end))) ||
    listIntroOffers(model, sentence)
  );
}

/**
 * How far before the verb what the right acts on may be named: Chinese puts it after the verb; English
 * passives name it before a list of verbs ("ask that your personal information be corrected, updated, or deleted").
 */
function objectLookBack(model: DocumentModel): number {
  return model.language === 'zh' ? 20 : 60;
}

/** An offer that governs the right's verb, with what the right acts on named next to the verb. */
function offersVerb(model: DocumentModel, spec: RightSpec, sentence: Sentence, verb: { start: number; end: number }): boolean {
  return offerGoverns(model, sentence, verb) && namesObject(model, spec, Math.max(sentence.plainStart, verb.start - objectLookBack(model)), Math.min(sentence.plainEnd, verb.end + offerReach(model)));
}

/** The individual's data, named explicitly: the object that makes a broad verb (访问, 补充) a right. */
export const dataObjectCues = defineCues('rights-data-object', {
  zh: ['个人信息', '您的信息', '你的信息', '个人资料', '账号信息', '帐号信息', '账户信息', '帐户信息', '您的数据', '你的数据', '账号资料', '帐号资料'],
  en: ['personal data', 'personal information', 'your data', 'your information', 'your personal'],
});

/** Verbs of the right followed closely by the individual's data ("访问、获取、更正和删除相关个人信息"). */
function verbsOnData(model: DocumentModel, spec: RightSpec, sentence: Sentence): Array<{ start: number; end: number }> {
  if (!spec.anchors) return [];
  const reach = model.language === 'zh' ? 20 : 40;
  return model
    .hitsIn(spec.verbs, sentence.plainStart, sentence.plainEnd)
    .filter((verb) => model.hitsIn(dataObjectCues, verb.end, Math.min(sentence.plainEnd, verb.end + reach)).length > 0);
}

/** An offer followed by a colon ("has the right to: a) … b) …") governs the whole enumeration after it. */
function introducesList(model: DocumentModel, offset: number): boolean {
  return /^ {0,2}[:：]/.test(model.plain.slice(offset, offset + 4));
}

/**
 * A list item whose introduction offers the rights ("You have the right to:" followed by "• Access
 * your data"): the offer of the introduction governs the item.
 */
function listIntroOffers(model: DocumentModel, sentence: Sentence): boolean {
  const block = model.blocks[sentence.block]!;
  // "has the right to: a) …; b) …": the items are sentences of the same paragraph.
  const offers = model.hitsIn(offerCues, block.plainStart, sentence.plainStart);
  if (offers.some((offer) => introducesList(model, offer.end))) return true;
  if (!block.inList) return false;
  // A bare title in a list ("2. 删除您的个人信息") is a heading whose text is missing, not an item.
  const item = model.textOf(sentence).trim();
  if (item.length <= 12 && !/[。.;；!！]$/.test(item)) return false;
  for (let b = sentence.block - 1; b >= Math.max(0, sentence.block - 12); b--) {
    const previous = model.blocks[b]!;
    if (previous.inList) continue;
    const text = model.textOf(previous).trimEnd();
    return /[:：]$/.test(text) && (model.has(offerCues, previous) || model.has(strongRightCues, previous));
  }
  return false;
}

/**
 * Finds where a right is offered: its own sections, and the sentences that offer it. In a rights
 * section a sentence naming the right and the user's data with an offer (您可以, 您有权, you can)
 * counts. Elsewhere the offer must govern the verb (您可以……删除您的个人信息) and the sentence must
 * name a right or a request (您有权, 要求我们, right to) or give a concrete path or channel: a user who
 * may fill in a nickname at sign-up has not been told about the right to correction.
 */
export function findRight(model: DocumentModel, spec: RightSpec): RightFinding {
  let cache = findingCache.get(model);
  if (!cache) findingCache.set(model, (cache = new Map()));
  let found = cache.get(spec);
  if (!found) cache.set(spec, (found = findRightUncached(model, spec)));
  return found;
}

const findingCache = new WeakMap<DocumentModel, Map<RightSpec, RightFinding>>();

function findRightUncached(model: DocumentModel, spec: RightSpec): RightFinding {
  const sections = sectionsOfRight(model, spec);
  const statements: Sentence[] = [];
  let last: Sentence | undefined;
  for (const hit of model.hits(spec.verbs)) {
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || sentence === last) continue;
    last = sentence;
    // A heading is a title, unless it is a numbered statement ("（三）删除……您可以向我们提出删除请求：").
    if (isHeading(model, sentence) && model.textOf(sentence).length <= MAX_HEADING_LENGTH && !model.has(offerCues, sentence)) continue;
    if (isExcluded(model, spec, sentence)) continue;
    const offer = model.has(offerCues, sentence);
    if (sections.some((section) => contains(sectionSpan(model, section), sentence))) {
      if (offer || (model.has(rightWordCues, sentence) && hasRoute(model, spanOf(sentence)))) statements.push(sentence);
      continue;
    }
    if (!namesObject(model, spec, sentence.plainStart, sentence.plainEnd)) continue;
    if (inRightsSection(model, sentence.plainStart)) {
      if (offer || listIntroOffers(model, sentence)) statements.push(sentence);
      continue;
    }
    const span = spanOf(sentence);
    if (spec.paragraphExclusions && model.has(spec.paragraphExclusions, model.blocks[sentence.block]!)) continue;
    const unmistakable = spec.unmistakable ? model.hitsIn(spec.unmistakable, sentence.plainStart, sentence.plainEnd) : [];
    if (unmistakable.some((verb) => offerGoverns(model, sentence, verb)) && namesObject(model, spec, sentence.plainStart, sentence.plainEnd)) {
      statements.push(sentence);
      continue;
    }
    if (!model.has(strongRightCues, sentence) && !hasRoute(model, span) && !listIntroOffers(model, sentence)) continue;
    const verbs = [...model.hitsIn(spec.anchors ?? spec.verbs, sentence.plainStart, sentence.plainEnd), ...verbsOnData(model, spec, sentence)];
    if (verbs.some((verb) => offersVerb(model, spec, sentence, verb))) statements.push(sentence);
  }
  const evidence = [...sections.map((section) => model.body(section)), ...statements.map(spanOf)].sort((a, b) => a.start - b.start);
  return { sections, statements, evidence };
}

export function contains(span: Span, sentence: Sentence): boolean {
  return sentence.plainStart >= span.start && sentence.plainEnd <= span.end;
}

/** A route in a span: a concrete channel, an in-app path or the words that name a way to act. */
export function hasRoute(model: DocumentModel, span: Span): boolean {
  return model.hitsIn(routeCues, span.start, span.end).length > 0 || hasConcreteChannel(model, span);
}

/**
 * Whether the reader is told how to use the right found: a route in a statement's paragraph, in the
 * right's own section or in the rights section around it; or, failing that, a rights section that
 * points to the contact details.
 */
export function rightHasRoute(model: DocumentModel, found: RightFinding): boolean {
  const scopes: Span[] = [];
  for (const section of found.sections) scopes.push(model.body(section));
  for (const sentence of found.statements) {
    scopes.push(spanOf(model.blocks[sentence.block]!));
    for (const section of model.sectionChain(sentence.plainStart)) {
      if (rightsSections(model).includes(section)) scopes.push(model.body(section));
    }
    for (const region of introducedRightsRegions(model)) if (contains(region, sentence)) scopes.push(region);
  }
  return scopes.some((scope) => hasRoute(model, scope));
}

/** The first statement (or section body) of a finding, where an issue about the right goes. */
export function anchorOf(model: DocumentModel, found: RightFinding): Span {
  const first = found.statements[0];
  const section = found.sections[0];
  if (section && (!first || model.blocks[section.block]!.plainStart < first.plainStart)) {
    const firstBody = model.sentencesOfBlock(Math.min(section.firstBlock, model.blocks.length - 1))[0];
    return firstBody ? spanOf(firstBody) : spanOf(model.blocks[section.block]!);
  }
  return spanOf(first ?? model.blocks[section!.block]!);
}

/** Concrete channels in the rights sections, or in the contact section they point to. */
export function rightsHaveChannel(model: DocumentModel, spans: readonly Span[]): boolean {
  if (spans.some((span) => hasConcreteChannel(model, span))) return true;
  const pointsToContact = spans.some((span) => model.hitsIn(contactPointerCues, span.start, span.end).length > 0 || model.hitsIn(contactOfferCues, span.start, span.end).length > 0);
  return pointsToContact && contactSections(model).some((section) => hasConcreteChannel(model, sectionSpan(model, section)));
}

/**
 * The detector of a right-* requirement: the right is disclosed when a section is devoted to it or a
 * sentence offers it; it is weak (`no-route`) when nothing says how to use it.
 */
export function detectRight(model: DocumentModel, spec: RightSpec): { evidence: Span[]; issues: Array<{ kind: string; span: Span; cue?: string }>; matched?: string } {
  const found = findRight(model, spec);
  if (found.evidence.length === 0) return { evidence: [], issues: [] };
  const anchor = anchorOf(model, found);
  const cue = model.firstHit(spec.verbs, anchor.start, anchor.end)?.phrase;
  if (rightHasRoute(model, found)) return { evidence: found.evidence, issues: [], matched: cue };
  return { evidence: found.evidence, issues: [{ kind: 'no-route', span: anchor, cue }], matched: cue };
}

/** Names of the policy and agreements: a right's verb followed by one of these is about the document, not the user's data. */
export const DOCUMENT_NAMES_ZH = [
  '本政策', '本隐私', '本个人信息保护', '本指引', '本协议', '本声明', '本规则', '本条款', '隐私政策', '隐私权', '隐私保护政策', '隐私保护指引', '个人信息保护政策', '个人信息保护指引',
  '用户协议', '服务协议', '政策', '协议', '条款', '《',
];

/** Every verb followed by every object, for cue sets of verb-object look-alikes (查看本政策, 修改本协议). */
export function verbObjectPhrases(verbs: readonly string[], objects: readonly string[]): string[] {
  return verbs.flatMap((verb) => objects.map((object) => verb + object));
}

