import { defineCues } from '../document/cues';
import type { Sentence } from '../document/model';
import { CHILDREN_PROVISIONS } from '../profiles/citations';
import { channelNearOrPointed } from './channels';
import { sectionsTitled, sentencesWith, spanOf, titleSpan, within } from './evidence';
import { minorsContext, minorsSubjectCues, statutoryChildrenCues } from './minors-support';
import type { Requirement } from './requirement';

/** A person or team named for children's personal information. */
export const childrenOfficerCues = defineCues('children-officer', {
  zh: [
    '儿童个人信息保护专员', '儿童个人信息保护负责人', '儿童个人信息保护专职', '儿童个人信息保护专人', '儿童信息保护专员', '儿童信息保护负责人',
    '儿童隐私保护专员', '儿童隐私保护负责人', '未成年人个人信息保护专员', '未成年人个人信息保护负责人', '未成年人信息保护专员', '未成年人保护专员',
    '未成年人保护负责人', '负责儿童个人信息保护', '负责未成年人个人信息保护', '负责儿童信息保护',
  ],
  en: ["children's privacy officer", 'child privacy officer', "children's data protection officer", "children's privacy coordinator", 'responsible for children'],
});

/** A designation that names children only through its context (专人负责 in a children's section). */
const designationCues = defineCues('designated-person', {
  zh: ['专人负责', '指定专人', '专门人员', '专人', '专员', '专职人员', '专门负责'],
  en: ['designated person', 'designated a person', 'designated individual', 'designated staff', 'designated an individual', 'designated employee'],
});

/** The general personal-information protection officer, not one for children. */
const generalOfficerCues = defineCues('general-pi-officer', {
  zh: ['个人信息保护负责人', '个人信息保护专职部门', '个人信息保护官', '数据保护官', '个人信息保护部门', '隐私保护负责人', '个人信息保护专员', '隐私专员', '隐私保护专员'],
  en: ['data protection officer', 'privacy officer', 'dpo'],
});

export const minorsDesignatedPerson: Requirement = {
  id: 'minors-designated-person',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-contact': 'warning', 'general-officer': 'info' },
  basis: { 'cn-minors': [CHILDREN_PROVISIONS.art8] },
  primaryCues: childrenOfficerCues,
  trigger: 'The document is a children’s policy or has a section titled for children (儿童, under 14, children’s privacy).',
  detect({ model, documentType }) {
    const childrenSections = sectionsTitled(model, statutoryChildrenCues, 20);
    const childrenPolicy = documentType === 'children-policy';
    if (!childrenPolicy && childrenSections.length === 0) return { applicable: false, evidence: [], issues: [] };
    const minorsSections = [...childrenSections, ...minorsContext(model).sections];
    const inChildrenContext = (s: Sentence) => childrenPolicy || model.has(minorsSubjectCues, s) || within(model, s, minorsSections);

    const named = [...sentencesWith(model, childrenOfficerCues), ...sentencesWith(model, designationCues).filter(inChildrenContext)].sort((a, b) => a.plainStart - b.plainStart);
    if (named.length > 0) {
      const evidence = named.map(spanOf);
      if (named.some((s) => channelNearOrPointed(model, s))) return { evidence, issues: [] };
      return { evidence, issues: [{ kind: 'no-contact', span: spanOf(named[0]!), cue: model.sourceTextOf(named[0]!).slice(0, 40) }] };
    }
    const general = sentencesWith(model, generalOfficerCues).filter(inChildrenContext);
    if (general.length > 0) {
      const first = general[0]!;
      return { evidence: general.map(spanOf), issues: [{ kind: 'general-officer', span: spanOf(first), cue: model.firstHit(generalOfficerCues, first.plainStart, first.plainEnd)?.phrase }] };
    }
    return { evidence: [], issues: [], matched: childrenPolicy ? model.textOf(titleSpan(model)) : undefined };
  },
  fix: { section: 'children' },
  examples: [
    {
      name: 'a children’s officer with an e-mail address',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 儿童个人信息保护\n\n我们设立了儿童个人信息保护负责人，您可以通过 kids@example.cn 与其联系。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a children’s section without a designated person',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 儿童个人信息保护\n\n我们处理不满十四周岁儿童的个人信息前，会征得其监护人的同意。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'only the general officer is named',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 儿童个人信息保护\n\n如您对儿童个人信息有疑问，请与我们的个人信息保护负责人联系：dpo@example.cn。\n',
      status: 'weak',
      findings: [{ kind: 'general-officer', line: 4 }],
    },
    {
      name: 'no children’s section',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'a designated person without a contact',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nWe have appointed a children's privacy officer to oversee how we handle information about children.\n",
      status: 'weak',
      findings: [{ kind: 'no-contact', line: 4 }],
    },
    {
      name: 'a designated person with an e-mail',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nOur children's privacy officer can be reached at kids@example.com.\n",
      status: 'present',
      findings: [],
    },
    {
      name: 'parental consent asked, no one designated',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nWe ask a parent or guardian for consent before we collect personal information from a child under 14.\n",
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
