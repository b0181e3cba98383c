import { defineCues } from '../document/cues';
import { GDPR, gdprBasis, PIPL } from '../profiles/citations';
import type { Issue, Requirement } from './requirement';
import { anchorOf, findRight, rightHasRoute, type RightSpec } from './rights-support';

/** Restricting or refusing processing (PIPL Art. 44). */
export const restrictionCues = defineCues('right-restriction', {
  zh: ['限制处理', '拒绝处理', '限制或拒绝', '限制、拒绝', '限制和拒绝', '限制或者拒绝', '拒绝我们', '限制我们', '限制对', '反对', '限制个人信息', '限制您的个人信息', '限制你的个人信息'],
  en: [
    'object', 'objection', 'objecting', 'oppose', 'opposed', 'opposition', 'restrict', 'restriction', 'restricting', 'limitation of processing', 'limitation right', 'limit the processing',
    'limit our processing', 'limit our use', 'limit the use', 'stop processing', 'stop using', 'opt-out of direct marketing', 'opt out of direct marketing', 'opt-out of receiving direct marketing',
    'opt out of receiving direct marketing', 'opt-out of the collection', 'opt out of the collection', 'opt-out of the processing', 'opt out of the processing',
  ],
});

/** Explaining the processing rules (PIPL Art. 48). */
export const explanationCues = defineCues('right-explanation', {
  zh: ['解释说明', '予以解释', '作出解释', '做出解释', '进行解释', '要求解释', '解释权', '解释和说明', '说明和解释', '加以解释', '给予解释'],
  en: ['explanation', 'explain'],
});

const restrictExplainCues = defineCues('right-restrict-explain', {
  zh: [...restrictionCues.phrases, ...explanationCues.phrases].filter((p) => /[\u4e00-\u9fff]/.test(p)),
  en: [...restrictionCues.phrases, ...explanationCues.phrases].filter((p) => !/[\u4e00-\u9fff]/.test(p)),
});

const restrictHeadingCues = defineCues('right-restrict-heading', {
  zh: ['限制', '拒绝', '解释', '反对'],
  en: ['object*', 'restrict*', 'restriction', 'limit*', 'explanation'],
});

/** Automated decisions (automated-decision-making), permissions and cookies have their own requirements. */
const restrictHeadingExclusions = defineCues('right-restrict-heading-exclusion', {
  zh: ['自动', '设备权限', '系统权限', '年龄', '儿童', '未成年'],
  en: ['automated', 'permission*', 'age', 'cookie*', 'access'],
});

const restrictExclusions = defineCues('right-restrict-exclusion', {
  zh: ['自动化决策', '自动决策', '自动化决定', '决定', '显著影响', '重大影响', '设备权限', '系统权限', '权限设置', '相关权限', '访问权限', '拒绝提供', '最终解释权', '解释权归'],
  en: ['automated', 'decision*', 'cookie*', 'browser', 'permission*', 'restrict access', 'restricted access', 'restricts access', 'access is restricted', 'objectionable', 'object code'],
});

/** Sections on automated decisions: their right to an explanation is automated-decision-making's. */
const restrictScopeExclusions = defineCues('right-restrict-scope-exclusion', {
  zh: ['自动化决策', '自动决策', '自动化决定', '个性化', '推荐', '定向推送'],
  en: ['automated decision*', 'automated individual', 'profiling', 'personali*', 'recommend*'],
});

const restrictSpec: RightSpec = {
  verbs: restrictExplainCues,
  scopeExclusions: restrictScopeExclusions,
  headings: restrictHeadingCues,
  headingExclusions: restrictHeadingExclusions,
  sentenceExclusions: restrictExclusions,
};

export const rightRestrictObjectExplain: Requirement = {
  id: 'right-restrict-object-explain',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-route': 'info', 'no-restriction': 'info', 'no-explanation': 'info' },
  basis: {
    pipl: [PIPL.art44, PIPL.art48],
    ...gdprBasis([GDPR.art21_4, GDPR.art21, GDPR.art18, GDPR.art13_2_b]),
  },
  primaryCues: restrictExplainCues,
  detect({ model }) {
    const found = findRight(model, restrictSpec);
    if (found.evidence.length === 0) return { evidence: [], issues: [] };
    const anchor = anchorOf(model, found);
    const cue = model.firstHit(restrictExplainCues, anchor.start, anchor.end)?.phrase;
    const issues: Issue[] = [];
    const covers = (cues: typeof restrictionCues) => found.evidence.some((span) => model.hitsIn(cues, span.start, span.end).length > 0);
    if (!covers(restrictionCues)) issues.push({ kind: 'no-restriction', span: anchor, cue });
    if (!covers(explanationCues)) issues.push({ kind: 'no-explanation', span: anchor, cue });
    if (!rightHasRoute(model, found)) issues.push({ kind: 'no-route', span: anchor, cue });
    return { evidence: found.evidence, issues, matched: cue };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'restriction, refusal and explanation with a channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权限制或拒绝我们处理您的个人信息，也可以要求我们对个人信息处理规则进行解释说明，请发送邮件至 privacy@example.cn。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'explanation is not offered',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权限制或拒绝我们处理您的个人信息，请通过“联系我们”所列方式提出。\n',
      status: 'weak',
      findings: [{ kind: 'no-explanation', line: 4 }],
    },
    {
      name: 'the final right of interpretation is not an explanation',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n本政策的最终解释权归本公司所有。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'objection and restriction, with an explanation on request',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Your rights\n\nYou have the right to object to or restrict our processing of your personal data, and to ask us to explain how we process it. Write to privacy@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'objection without a route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to object to the processing of your personal data and to request an explanation of it.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'restricted access for staff is not the right',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Security\n\nWe restrict access to personal data to staff who need it.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
