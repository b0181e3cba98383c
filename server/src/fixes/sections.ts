import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section } from '../document/model';
import type { DocumentType } from '../types';

/**
 * The canonical section order of a privacy policy (requirements catalogue §18, after the GB/T
 * 35273-2020 Appendix D template and market practice). A clause for a missing disclosure goes into
 * the section of its kind, or into a new section at this place in the order.
 */
export const POLICY_SECTIONS = ['scope', 'collection', 'cookies', 'sharing', 'storage', 'rights', 'children', 'cross-border', 'updates', 'contact'] as const;

/**
 * The canonical section order of a user agreement (用户协议 / terms of service), after common
 * Chinese and international practice: who contracts and what the agreement covers, then the account,
 * minors, services and fees, conduct, intellectual property, privacy, liability, changes,
 * suspension and termination, disputes, and contact.
 */
export const AGREEMENT_SECTIONS = ['parties', 'account', 'minors', 'services', 'conduct', 'ip', 'privacy', 'liability', 'changes', 'termination', 'disputes', 'contact'] as const;

export type PolicySection = (typeof POLICY_SECTIONS)[number];
export type AgreementSection = (typeof AGREEMENT_SECTIONS)[number];
export type CanonicalSection = PolicySection | AgreementSection;

/** Every section kind, policy kinds first (the coverage report lists groups in this order). */
export const CANONICAL_SECTIONS: readonly CanonicalSection[] = [...POLICY_SECTIONS, ...AGREEMENT_SECTIONS.filter((kind) => !(POLICY_SECTIONS as readonly string[]).includes(kind))];

/**
 * Where a privacy-policy section kind goes in an agreement, for requirements that apply to both
 * (controller-identity, complaint-channel, minors, account cancellation …): the agreement keeps
 * privacy details in its privacy section, which points to the privacy policy.
 */
const AGREEMENT_HOME: Readonly<Record<PolicySection, AgreementSection>> = {
  scope: 'parties',
  collection: 'privacy',
  cookies: 'privacy',
  sharing: 'privacy',
  storage: 'privacy',
  rights: 'account',
  children: 'minors',
  'cross-border': 'privacy',
  updates: 'changes',
  contact: 'contact',
};

function isAgreementSection(kind: CanonicalSection): kind is AgreementSection {
  return (AGREEMENT_SECTIONS as readonly string[]).includes(kind);
}

function isPolicySection(kind: CanonicalSection): kind is PolicySection {
  return (POLICY_SECTIONS as readonly string[]).includes(kind);
}

/** The section order of a document type. */
export function sectionOrder(type: DocumentType): readonly CanonicalSection[] {
  return type === 'user-agreement' ? AGREEMENT_SECTIONS : POLICY_SECTIONS;
}

/** The section a requirement's clause goes to in a document of this type. */
export function sectionFor(type: DocumentType, kind: CanonicalSection): CanonicalSection {
  if (type === 'user-agreement') return isAgreementSection(kind) ? kind : AGREEMENT_HOME[kind as PolicySection];
  // An agreement-only kind in a policy (not used today): the nearest policy section.
  return isPolicySection(kind) ? kind : kind === 'privacy' ? 'collection' : kind === 'changes' ? 'updates' : kind === 'minors' ? 'children' : kind === 'parties' ? 'scope' : 'contact';
}

/**
 * A requirement whose clause belongs in the privacy policy rather than in the agreement: its section
 * is a policy kind that an agreement keeps in its privacy section (collection, cookies, sharing …).
 */
export function belongsInPolicy(kind: CanonicalSection): boolean {
  return isPolicySection(kind) && AGREEMENT_HOME[kind] === 'privacy';
}

/** Heading cues per section, tried in this order (the most specific first). */
const POLICY_HEADING_CUES: ReadonlyArray<[CanonicalSection, CueSet]> = [
  ['children', defineCues('section-children', { zh: ['未成年', '儿童', '青少年'], en: ['children', "children's", 'child', "child's", 'minors', 'kids'] })],
  ['cross-border', defineCues('section-cross-border', { zh: ['全球范围', '跨境', '出境', '境外'], en: ['international', 'cross-border', 'overseas', 'outside the'] })],
  ['cookies', defineCues('section-cookies', { zh: ['cookie', '同类技术', '类似技术'], en: ['cookie*', 'tracking technolog*', 'similar technolog*'] })],
  ['updates', defineCues('section-updates', { zh: ['政策更新', '如何更新', '政策的更新', '变更', '修订', '修改'], en: ['changes to', 'updates to', 'update*', 'amendment*', 'revision*'] })],
  ['contact', defineCues('section-contact', { zh: ['联系我们', '如何联系', '联系方式', '投诉'], en: ['contact*', 'complaint*', 'questions'] })],
  ['sharing', defineCues('section-sharing', { zh: ['共享', '转让', '公开披露', '委托处理', '对外提供', '第三方'], en: ['shar*', 'disclos*', 'third part*', 'recipients'] })],
  ['rights', defineCues('section-rights', { zh: ['权利', '管理您的', '访问', '控制', '注销'], en: ['rights', 'your choices', 'access', 'control'] })],
  ['storage', defineCues('section-storage', { zh: ['存储', '保存', '保护', '安全'], en: ['retention', 'retain', 'storage', 'store', 'security', 'protect*'] })],
  ['collection', defineCues('section-collection', { zh: ['收集', '使用'], en: ['collect*', 'use', 'using', 'information we'] })],
  ['scope', defineCues('section-scope', { zh: ['适用范围', '关于我们', '引言', '前言', '定义', '总则'], en: ['about', 'who we are', 'introduction', 'scope', 'definitions'] })],
];

/**
 * Agreement headings. Tried in this order: "账号的暂停与终止" is termination, "账号注册" is the
 * account, "协议的变更" is changes, "服务的变更与终止" is termination, "免责声明" is liability.
 */
const AGREEMENT_HEADING_CUES: ReadonlyArray<[CanonicalSection, CueSet]> = [
  ['contact', defineCues('ua-section-contact', { zh: ['联系我们', '联系方式', '如何联系', '投诉', '通知与送达'], en: ['contact*', 'complaint*', 'questions', 'notices'] })],
  ['minors', defineCues('ua-section-minors', { zh: ['未成年', '儿童', '青少年'], en: ['children', 'minors', 'age requirement*', 'eligibility'] })],
  ['privacy', defineCues('ua-section-privacy', { zh: ['隐私', '个人信息'], en: ['privacy', 'personal data', 'personal information', 'data protection'] })],
  ['ip', defineCues('ua-section-ip', { zh: ['知识产权', '著作权', '版权', '商标', '用户内容', '您的内容', '软件许可', '使用许可'], en: ['intellectual property', 'copyright*', 'trademark*', 'your content', 'user content', 'licen*', 'ownership'] })],
  ['disputes', defineCues('ua-section-disputes', { zh: ['争议', '纠纷', '法律适用', '适用法律', '管辖', '仲裁'], en: ['dispute*', 'governing law', 'applicable law', 'arbitration', 'jurisdiction', 'law and'] })],
  ['termination', defineCues('ua-section-termination', { zh: ['终止', '中止', '暂停', '中断', '封禁', '冻结', '违规处理', '处理措施'], en: ['terminat*', 'suspen*', 'closing your account', 'account closure'] })],
  ['changes', defineCues('ua-section-changes', { zh: ['协议的变更', '协议变更', '协议的修改', '协议修改', '协议的修订', '变更', '修改', '修订', '更新'], en: ['changes to', 'changes', 'modification*', 'amendment*', 'updates to', 'revision*'] })],
  ['account', defineCues('ua-section-account', { zh: ['账号', '帐号', '账户', '帐户', '注册', '实名', '登录'], en: ['account*', 'registration', 'registering', 'sign up', 'signing up'] })],
  ['services', defineCues('ua-section-services', { zh: ['付费', '收费', '费用', '会员', '订阅', '充值', '虚拟货币', '服务内容', '服务说明', '服务的提供', '交易', '购买'], en: ['fees', 'payment*', 'pricing', 'billing', 'subscription*', 'paid', 'purchases', 'plans', 'the service', 'our services', 'virtual items'] })],
  ['conduct', defineCues('ua-section-conduct', { zh: ['行为规范', '使用规范', '用户行为', '使用规则', '用户义务', '用户承诺', '禁止', '社区规范'], en: ['acceptable use', 'conduct', 'prohibited', 'your obligations', 'rules', 'restrictions'] })],
  ['liability', defineCues('ua-section-liability', { zh: ['免责', '责任限制', '责任', '违约', '赔偿', '保证'], en: ['disclaimer*', 'liabilit*', 'warrant*', 'indemn*'] })],
  ['parties', defineCues('ua-section-parties', { zh: ['总则', '协议的范围', '协议范围', '适用范围', '协议主体', '定义', '引言', '导言', '前言', '关于我们', '服务提供者'], en: ['scope', 'introduction', 'acceptance', 'definitions', 'about', 'who we are', 'parties', 'agreement to'] })],
];

function headingCues(type: DocumentType): ReadonlyArray<[CanonicalSection, CueSet]> {
  return type === 'user-agreement' ? AGREEMENT_HEADING_CUES : POLICY_HEADING_CUES;
}

/** The canonical kind of a section, from its heading; null when the heading says nothing known. */
export function canonicalKind(model: DocumentModel, section: Section, type: DocumentType = 'privacy-policy'): CanonicalSection | null {
  const heading = model.blocks[section.block]!;
  for (const [kind, cues] of headingCues(type)) if (model.has(cues, heading)) return kind;
  return null;
}

/** Position of a kind in the order of a document type (-1 when the type has no such section). */
export function canonicalIndex(kind: CanonicalSection, type: DocumentType = 'privacy-policy'): number {
  return sectionOrder(type).indexOf(kind);
}
