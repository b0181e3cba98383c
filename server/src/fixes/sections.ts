import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section } from '../document/model';

/**
 * The canonical section order of a privacy policy (requirements catalogue §18, after the GB/T
 * 35273-2020 Appendix D template and market practice). A clause for a missing disclosure goes into
 * the section of its kind, or into a new section at this place in the order.
 */
export const CANONICAL_SECTIONS = ['scope', 'collection', 'cookies', 'sharing', 'storage', 'rights', 'children', 'cross-border', 'updates', 'contact'] as const;
export type CanonicalSection = (typeof CANONICAL_SECTIONS)[number];

/** Heading cues per section, tried in this order (the most specific first). */
const HEADING_CUES: ReadonlyArray<[CanonicalSection, CueSet]> = [
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

/** The canonical kind of a section, from its heading; null when the heading says nothing known. */
export function canonicalKind(model: DocumentModel, section: Section): CanonicalSection | null {
  const heading = model.blocks[section.block]!;
  for (const [kind, cues] of HEADING_CUES) if (model.has(cues, heading)) return kind;
  return null;
}

export function canonicalIndex(kind: CanonicalSection): number {
  return CANONICAL_SECTIONS.indexOf(kind);
}
