import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CAC_METHODS, CCPA_REGS, COPPA, GBT35273, GDPR, gdprBasis, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { boundedSectionSpan, contactOfferCues, contactSections, hasBlank, hasConcreteChannel, hasMailOrPhone, hasPostalAddress, hasSectionChannel, hasWritableChannel, operatorContactHeadingCues } from './channels';
import { blockWithItsList, bodySentences, isHeading, linesWith, sectionsTitled, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Headings of sections where the operator introduces itself. */
const identityHeadingCues = defineCues('identity-heading', {
  zh: ['关于我们', '我们是谁', '运营者信息', '经营者信息', '公司信息', '个人信息处理者', '基本信息', '主体信息'],
  en: ['who we are', 'about us', 'data controller', 'controller', 'identity of', 'who is responsible', 'responsible party', 'operator'],
});

/** Field labels that introduce the operator's contact details ("邮箱：", "Email:"). */
const contactLabelCues = defineCues('contact-label', {
  zh: ['联系电话:', '客服电话:', '服务电话:', '服务热线:', '客服热线:', '热线电话:', '联系邮箱:', '电子邮箱:', '邮箱:', '电子邮件:', '邮件地址:', '邮箱地址:', '电话:', '联系方式:', '联系方式为', '联系方式是', '客服电话', '客服热线', '服务热线', '联系邮箱', '个人信息保护邮箱', '隐私邮箱'],
  en: ['email:', 'e-mail:', 'email address:', 'e-mail address:', 'phone:', 'telephone:', 'tel:', 'tel.', 'phone number:', 'contact:', 'contact details:'],
});

/** Company suffixes and other names of legal persons. */
const ZH_ENTITY = /[\u4e00-\u9fffa-z0-9()·]{2,40}?(?:有限责任公司|股份有限公司|有限公司|股份公司|集团公司|合伙企业|工作室|研究院|研究所|事务所|银行(?![卡账])|委员会|协会|基金会|大学|学院)/;
const enEntityCues = defineCues('entity-suffix-en', {
  en: ['inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'gmbh', 'plc', 'corp', 'corp.', 'corporation', 'pty', 's.a.', 's.l.', 's.r.l.', 'srl', 'b.v.', 'n.v.', 'llp', 'sarl', 'sas', 'a/s', 'oy', 'kft', 'ug', 'co., ltd', 'pte', 'pvt'],
});

/** Words that tie a named legal person to the operator (not to a partner it shares data with). */
const operatorCues = defineCues('operator-role', {
  zh: ['以下简称', '简称', '以下称', '运营者', '运营方', '运营主体', '经营者', '服务提供者', '服务提供方', '提供者', '开发者', '个人信息处理者', '公司名称', '企业名称', '注册地址', '办公地址', '我司', '我行', '本公司', '主体', '由', '是指', '指', '我们'],
  en: ['we', 'us', 'our', 'operated by', 'provided by', 'developed by', 'owned by', 'published by', 'controller', 'referred to as', 'operator', 'company name', 'registered office'],
});

/** Sentences that name a partner rather than the operator. */
const partnerCues = defineCues('partner-context', {
  zh: ['共享', '第三方', 'sdk', '合作', '委托', '接收方', '提供给', '转让', '关联公司', '支付机构', '授权登录'],
  en: ['share', 'third part*', 'partner*', 'sdk', 'service provider*', 'processor*', 'advertis*', 'analytics'],
});

/** "Developed by <a person>" names an individual operator, which is a name too. */
const personOperatorCues = defineCues('person-operator', {
  en: ['developed by', 'provided by', 'operated by', 'owned by', 'published by', 'built', 'as a free app', 'as a commercial app', 'as an open source app', 'as an ad supported app', 'i am', 'my name'],
});

export const controllerIdentityCues = defineCues('controller-identity', {
  zh: ['联系我们', '联系方式', '运营者', '个人信息处理者', '公司名称', '注册地址', '有限公司', '邮箱', '电话'],
  en: ['contact us', 'who we are', 'data controller', 'operator', 'registered office', 'ltd', 'inc', 'email'],
});

interface Contact {
  span: Span;
  concrete: boolean;
}

/** Where the operator says how to reach it: contact sections and contact sentences with their channel. */
function findContacts(model: DocumentModel): Contact[] {
  const contacts: Contact[] = [];
  for (const section of contactSections(model)) {
    const span = boundedSectionSpan(model, section);
    contacts.push({ span, concrete: hasSectionChannel(model, span) });
  }
  const sentences = new Map<number, Sentence>();
  for (const s of linesWith(model, contactOfferCues)) sentences.set(s.plainStart, s);
  for (const s of linesWith(model, contactLabelCues)) sentences.set(s.plainStart, s);
  for (const sentence of [...sentences.values()].sort((a, b) => a.plainStart - b.plainStart)) {
    if (contacts.some((c) => c.span.start <= sentence.plainStart && sentence.plainEnd <= c.span.end)) continue;
    const scope = blockWithItsList(model, sentence, 3);
    if (hasWritableChannel(model, scope)) contacts.push({ span: spanOf(sentence), concrete: true });
    else if (model.has(contactOfferCues, sentence) && hasConcreteChannel(model, scope)) contacts.push({ span: spanOf(sentence), concrete: false });
  }
  // A letterhead or signature: name, address and phone or e-mail in the first or last lines.
  const n = model.blocks.length;
  for (const [from, to] of [[0, Math.min(6, n)], [Math.max(0, n - 6), n]] as const) {
    if (to <= from) continue;
    const span = { start: model.blocks[from]!.plainStart, end: model.blocks[to - 1]!.plainEnd };
    if (contacts.some((c) => c.span.start < span.end && span.start < c.span.end)) continue;
    if (hasMailOrPhone(model, span) && (hasPostalAddress(model, span) || ZH_ENTITY.test(model.textOf(span)) || model.has(enEntityCues, span))) contacts.push({ span, concrete: true });
  }
  return contacts.sort((a, b) => a.span.start - b.span.start);
}

interface IdentityScope extends Span {
  /** Contact and about-us sections: any legal name there is the operator's. */
  strong: boolean;
}

/** Spans where the operator names itself: its contact/about sections, the opening and closing lines. */
function identityScopes(model: DocumentModel, contacts: readonly Contact[]): IdentityScope[] {
  const scopes: IdentityScope[] = contacts.map((c) => ({ ...localScopeOfSpan(model, c.span), strong: true }));
  for (const section of sectionsTitled(model, identityHeadingCues, 6)) scopes.push({ ...boundedSectionSpan(model, section), strong: true });
  const blocks = model.blocks;
  if (blocks.length > 0) {
    scopes.push({ start: blocks[0]!.plainStart, end: blocks[Math.min(7, blocks.length - 1)]!.plainEnd, strong: false });
    scopes.push({ start: blocks[Math.max(0, blocks.length - 6)]!.plainStart, end: blocks[blocks.length - 1]!.plainEnd, strong: false });
  }
  return scopes;
}

function localScopeOfSpan(model: DocumentModel, span: Span): Span {
  const sentence = model.sentenceAt(span.start);
  if (!sentence || span.end > sentence.plainEnd + 1) return span;
  const block = model.blocks[sentence.block]!;
  return { start: block.plainStart, end: block.plainEnd };
}

function namesEntity(model: DocumentModel, sentence: Sentence, scope: IdentityScope | undefined): boolean {
  const text = model.textOf(sentence);
  const named = ZH_ENTITY.test(text) || model.has(enEntityCues, sentence) || hasBlank(text, 'entity') || (model.language === 'en' && model.has(personOperatorCues, sentence));
  if (!named) return false;
  if (scope?.strong) return true;
  const role = scope !== undefined || model.has(operatorCues, sentence);
  return role && (!model.has(partnerCues, sentence) || /以下简称|简称|以下称|运营|个人信息处理者|referred to as|operated by|controller/.test(text));
}

function findEntity(model: DocumentModel, scopes: readonly IdentityScope[]): Sentence | undefined {
  const scopeOf = (s: Sentence) => {
    const containing = scopes.filter((scope) => scope.start <= s.plainStart && s.plainEnd <= scope.end);
    return containing.find((scope) => scope.strong) ?? containing[0];
  };
  for (const sentence of model.sentences) {
    if (isHeading(model, sentence) && sentence.block !== model.titleBlock) continue;
    if (namesEntity(model, sentence, scopeOf(sentence))) return sentence;
  }
  // The title often names the company ("XX有限公司隐私政策").
  if (model.titleBlock >= 0 && ZH_ENTITY.test(model.textOf(model.blocks[model.titleBlock]!))) return model.sentencesOfBlock(model.titleBlock)[0];
  return undefined;
}

export const controllerIdentity: Requirement = {
  id: 'controller-identity',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'no-entity': 'warning', 'no-address': 'warning' },
  basis: {
    pipl: [PIPL.art17_1_i, NDSR.art21_1, SELF_ASSESSMENT.item9, GBT35273.s5_5, CAC_METHODS.s1],
    ...gdprBasis([GDPR.art13_1_a]),
    ccpa: [CCPA_REGS.s7011_e_3_J],
    coppa: [COPPA.s312_4_d_1],
  },
  primaryCues: controllerIdentityCues,
  detect({ model }) {
    const contacts = findContacts(model);
    const concrete = contacts.filter((c) => c.concrete);
    // Only "contact customer service in the app" is not enough (Self-Assessment Guide item 9): nothing to write to.
    if (concrete.length === 0) return { evidence: [], issues: [] };
    const evidence = concrete.map((c) => c.span);
    const first = model.sentenceAt(concrete[0]!.span.start);
    const firstBody = bodySentences(model, concrete[0]!.span)[0];
    const anchor = first && !isHeading(model, first) ? spanOf(first) : firstBody ? spanOf(firstBody) : concrete[0]!.span;
    const issues: Issue[] = [];
    const scopes = identityScopes(model, concrete);
    const entity = findEntity(model, scopes);
    if (!entity) issues.push({ kind: 'no-entity', span: anchor });
    const addressScopes = [...scopes, ...(entity ? [localScopeOfSpan(model, spanOf(entity))] : [])];
    if (!addressScopes.some((scope) => hasPostalAddress(model, scope))) issues.push({ kind: 'no-address', span: anchor });
    return { evidence, issues, matched: model.firstHit(operatorContactHeadingCues, concrete[0]!.span.start, concrete[0]!.span.end)?.phrase };
  },
  fix: { section: 'scope' },
  examples: [
    {
      name: 'company, address and e-mail in the contact section',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n本应用由示例科技有限公司运营，注册地址：北京市海淀区中关村大街1号。\n\n个人信息保护事宜请发送邮件至 privacy@example.cn。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an e-mail address but no company name or address',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n如您有任何疑问，请发送邮件至 privacy@example.cn。\n',
      status: 'weak',
      findings: [{ kind: 'no-entity', line: 4 }, { kind: 'no-address', line: 4 }],
    },
    {
      name: 'only the in-app customer service is not a contact channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n示例科技有限公司提供本服务。如有疑问，请通过“我的-设置-帮助与反馈”联系客服。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no way to reach the operator',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码用于登录。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'who we are, with address and e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Who we are\n\nExample Apps Ltd, 10 Downing Street, London SW1A 2AA, is the controller of your data.\n\nYou can contact us at privacy@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an e-mail address only',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact us\n\nIf you have questions, email privacy@example.com.\n',
      status: 'weak',
      findings: [{ kind: 'no-entity', line: 4 }, { kind: 'no-address', line: 4 }],
    },
    {
      name: 'no contact details',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data we collect\n\nWe collect your e-mail address to create your account.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
