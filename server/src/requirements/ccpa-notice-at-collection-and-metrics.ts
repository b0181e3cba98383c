import { defineCues } from '../document/cues';
import { CCPA, CCPA_REGS } from '../profiles/citations';
import { saleCues } from './ccpa-support';
import { bodySentences, sectionSpan, sectionsTitled, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** The notice at collection: its title, or the categories of personal information collected. */
const noticeCues = defineCues('notice-at-collection', {
  zh: ['收集时告知', '收集时的告知', '我们收集的个人信息类别'],
  en: ['notice at collection', 'categories of personal information we collect', 'categories of personal information collected', 'personal information we collect'],
});

const retentionCues = defineCues('notice-retention', {
  zh: ['保存期限', '保留期限', '保存', '保留'],
  en: ['retain', 'retention', 'keep', 'kept', 'stored for'],
});

export const ccpaNoticeAtCollectionAndMetrics: Requirement = {
  id: 'ccpa-notice-at-collection-and-metrics',
  appliesTo: ['privacy-policy'],
  severities: { missing: 'warning', 'no-retention': 'warning', 'no-sale-status': 'warning' },
  basis: { ccpa: [CCPA.s100_a, CCPA_REGS.s7012_a, CCPA_REGS.s7011_e_5, CCPA_REGS.s7102_a] },
  primaryCues: noticeCues,
  detect({ model }) {
    const sections = sectionsTitled(model, noticeCues);
    const spans = sections.length > 0 ? sections.map((s) => sectionSpan(model, s)) : sentencesWith(model, noticeCues).map(spanOf);
    if (spans.length === 0) return { evidence: [], issues: [] };
    // Per category: how long it is kept, and whether it is sold or shared (§1798.100(a)(1)–(3)).
    const sentences = bodySentences(model, spans);
    const issues: Issue[] = [];
    const anchor = spans[0]!;
    const head = sentences[0] ? spanOf(sentences[0]) : anchor;
    if (!sentences.some((s) => model.has(retentionCues, s))) issues.push({ kind: 'no-retention', span: head });
    if (!sentences.some((s) => model.has(saleCues, s))) issues.push({ kind: 'no-sale-status', span: head });
    return { evidence: spans, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'categories with retention and sale status',
      lang: 'en',
      profiles: ['ccpa'],
      markdown:
        '# Privacy Policy\n\n## Notice at collection\n\n| Category | Purpose | Sold or shared | Retention |\n| --- | --- | --- | --- |\n| Identifiers | Your account | Not sold or shared | We retain them until you close your account |\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'categories without retention or sale status',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Notice at collection\n\nWe collect identifiers and commercial information to run your account.\n',
      status: 'weak',
      findings: [
        { kind: 'no-retention', line: 4 },
        { kind: 'no-sale-status', line: 4 },
      ],
    },
    {
      name: 'no notice at collection',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: '收集时告知：类别、期限与是否出售',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 收集时告知\n\n我们收集标识符用于管理您的账号，不会出售或共享，保存期限至您注销账号为止。\n',
      status: 'present',
      findings: [],
    },
    {
      name: '没有收集时告知',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 联系我们\n\n请发送邮件至 privacy@example.com。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
