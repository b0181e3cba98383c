import { defineCues } from '../document/cues';
import type { Sentence } from '../document/model';
import { CAC_METHODS, CCPA, COPPA, GBT35273, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import { consentCues } from './consent-sharing-support';
import { bodySentences, sectionsTitled, sentencesWithAll, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Headings of the section on changes to the policy. */
export const changesHeadingCues = defineCues('policy-changes-heading', {
  zh: ['更新', '变更', '修订', '修改', '变动'],
  en: ['changes to', 'changes in', 'update*', 'amendment*', 'revision*', 'modification*', 'changes'],
});

/** A new purpose, method or kind of data (PIPL Art. 14 para. 2). */
const purposeChangeCues = defineCues('purpose-change', {
  zh: ['其他用途', '其他目的', '其它用途', '其它目的', '未载明', '超出', '处理目的、处理方式', '目的、方式', '发生变更', '发生变化', '变更的', '变更时', '重大变更', '新的目的', '直接或合理关联', '额外用途', '改变处理目的', '改变个人信息处理目的', '变更处理目的', '目的变更', '用于其他', '另作他用'],
  en: ['new purpose*', 'different purpose*', 'other purpose*', 'another purpose', 'incompatible', 'material change*', 'change the purpose', 'changes to the purpose', 'not described in this', 'not compatible', 'purpose other than', 'purposes other than', 'significant change*', 'substantial change*', 'materially change'],
});

/** Asking again: 重新取得/再次征得/事先征求……同意. */
const askAgainCues = defineCues('reconsent-ask', {
  zh: ['征得', '征求', '取得', '获得', '获取', '重新', '再次', '另行', '事先'],
  en: ['ask*', 'obtain*', 'seek', 'request', 'get your', 'opt-in', 'opt in', 'prior'],
});

/** Telling people before a new purpose, which is what the GDPR (Art. 13(3)) and the CCPA ask. */
const priorNoticeCues = defineCues('purpose-change-notice', {
  en: ['notify you', 'notify users', 'inform you', 'let you know', 'tell you', 'provide you with information', 'give you notice', 'notice to you', 'advance notice', 'prior notice', 'notice before'],
});

/** Consent again for a new purpose is the rule under PIPL and COPPA; elsewhere telling people first is enough. */
function consentRequired(groups: ReadonlySet<string>): boolean {
  return groups.has('pipl') || groups.has('coppa');
}

export const purposeChangeReconsent: Requirement = {
  id: 'purpose-change-reconsent',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-reconsent': 'warning' },
  basis: {
    pipl: [PIPL.art14_2, PIPL.art17_2, NDSR.art22_6, CAC_METHODS.s2_2, GBT35273.s5_5],
    ...gdprBasis([GDPR.art13_3]),
    ccpa: [CCPA.s100_a],
    coppa: [COPPA.s312_4_b, COPPA.s312_5],
  },
  primaryCues: purposeChangeCues,
  detect({ model, groups }) {
    const consentAsked = sentencesWithAll(model, purposeChangeCues, consentCues, askAgainCues);
    const reconsent = consentRequired(groups) ? consentAsked : [...consentAsked, ...sentencesWithAll(model, purposeChangeCues, priorNoticeCues)];
    const sections = sectionsTitled(model, changesHeadingCues, 20);
    if (reconsent.length > 0) return { evidence: reconsent.map(spanOf), issues: [], matched: model.firstHit(purposeChangeCues, reconsent[0]!.plainStart, reconsent[0]!.plainEnd)?.phrase };
    if (sections.length === 0) return { evidence: [], issues: [] };
    const body = bodySentences(model, sections.map((s) => model.body(s)));
    const anchor: Sentence | undefined = body.find((s) => model.has(consentCues, s)) ?? body[0];
    const issues: Issue[] = anchor ? [{ kind: 'no-reconsent', span: spanOf(anchor) }] : [];
    return { evidence: sections.map((s) => model.body(s)), issues };
  },
  fix: { section: 'updates' },
  examples: [
    {
      name: 'new consent before a new purpose',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策如何更新\n\n如我们将您的个人信息用于本政策未载明的其他用途，或处理目的、处理方式发生变更，我们会事先重新取得您的同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'changes announced, continued use taken as acceptance',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策如何更新\n\n我们会在本页面发布更新后的政策。若您继续使用我们的服务，即表示您同意更新后的政策。\n',
      status: 'weak',
      findings: [{ kind: 'no-reconsent', line: 4 }],
    },
    {
      name: 'nothing on changes',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'consent asked for a new purpose',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Changes to this policy\n\nBefore we use your data for a new purpose, we will ask for your consent in the app.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'changes posted on this page only',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Changes to this policy\n\nWe may update this policy from time to time and will post the new version on this page.\n',
      status: 'weak',
      findings: [{ kind: 'no-reconsent', line: 4 }],
    },
    {
      name: 'nothing on changes',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
