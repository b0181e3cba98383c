import { GBT35273, CHILDREN_PROVISIONS, NDSR, PIPL } from '../profiles/citations';
import { spanOf, titleSpan } from './evidence';
import { guardianCues } from './minors-age-and-guardian-consent';
import { childrenDocumentReferences, childrenRulesDocumentCues, minorsContext } from './minors-support';
import type { Issue, Requirement } from './requirement';

export const minorsDedicatedRules: Requirement = {
  id: 'minors-dedicated-rules',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'warning', 'no-guardian': 'warning' },
  basis: {
    pipl: [PIPL.art31_2, NDSR.art21_last, GBT35273.appendixD],
    'cn-minors': [CHILDREN_PROVISIONS.art8],
  },
  primaryCues: childrenRulesDocumentCues,
  trigger: 'The document speaks of minors or children as users (未成年人, 儿童, under 14 …), other than in a definition of sensitive data.',
  detect({ model, documentType }) {
    if (documentType === 'children-policy') return { evidence: [titleSpan(model)], issues: [] };
    const references = childrenDocumentReferences(model);
    const context = minorsContext(model);
    if (references.length === 0 && context.sections.length === 0 && context.sentences.length === 0) return { applicable: false, evidence: [], issues: [] };
    // A separate children's document, referred to by name, is the strongest form of dedicated rules.
    if (references.length > 0) {
      return { evidence: references.map(spanOf), issues: [], matched: model.firstHit(childrenRulesDocumentCues, references[0]!.plainStart, references[0]!.plainEnd)?.phrase };
    }
    const bodies = context.sections.map((section) => model.body(section));
    if (bodies.length === 0) return { evidence: [], issues: [] };
    const issues: Issue[] = [];
    if (!bodies.some((body) => model.has(guardianCues, body))) {
      const heading = spanOf(model.blocks[context.sections[0]!.block]!);
      issues.push({ kind: 'no-guardian', span: heading, cue: model.textOf(heading) });
    }
    return { evidence: bodies, issues };
  },
  fix: { section: 'children' },
  examples: [
    {
      name: 'a section for minors addressed to guardians',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 六、未成年人个人信息保护\n\n若您是不满十四周岁的儿童，请在父母或其他监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a separate children’s document referred to by name',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n如您是儿童的监护人，请阅读我们专门制定的《儿童个人信息保护规则》。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'minors mentioned only in the introduction',
      lang: 'zh',
      markdown: '# 隐私政策\n\n如果您是未成年人，请在监护人陪同下阅读本政策。\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a minors section that never addresses guardians',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n我们非常重视未成年人的个人信息保护，会采取措施保护未成年人的信息安全。\n',
      status: 'weak',
      findings: [{ kind: 'no-guardian', line: 2 }],
    },
    {
      name: 'sensitive data defined, minors never addressed',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 定义\n\n敏感个人信息包括不满十四周岁未成年人的个人信息。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'a children’s privacy section for parents',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nOur service is not directed to children under 14. A parent or guardian who believes that their child has given us personal information can contact us.\n",
      status: 'present',
      findings: [],
    },
    {
      name: 'children mentioned only in passing',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your data\n\nChildren should ask a parent before they use the app.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
