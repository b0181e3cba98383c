import { defineCues } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { CCPA, CCPA_REGS, COPPA, GBT35273, GDPR, gdprBasis, PIPL } from '../profiles/citations';
import { bodySentences, followingBlocks, sectionSpan, sentencesWith, spanOf, uniqueSentences, within } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Changing the document. */
const changeCues = defineCues('policy-change', {
  zh: ['更新', '修改', '变更', '修订', '调整', '更改', '变化'],
  en: ['update*', 'change*', 'modif*', 'amend*', 'revis*', 'alter', 'altered', 'alteration*'],
});

/** The document itself (not a change of the user's settings, of a business or of a partner's policy). */
const policyCues = defineCues('policy-self', {
  zh: ['本政策', '本隐私政策', '本指引', '本声明', '本规则', '本个人信息保护政策', '本隐私权政策', '本隐私保护政策', '本《', '本协议', '本隐私协议', '本隐私声明', '本隐私权声明', '本个人信息处理规则', '本隐私保护指引', '本保护政策', '本通知', '本隐私通知', '隐私通知', '我们的隐私政策', '我们的个人信息保护政策', '我们的隐私权政策', '隐私政策的修订', '隐私政策的更新', '政策的变更', '政策内容'],
  en: ['this policy', 'this privacy policy', 'this notice', 'this privacy notice', 'this statement', 'this privacy statement', 'our privacy policy', 'our privacy notice', 'our policy', 'these terms', 'the policy', 'the privacy policy', 'privacy policy', 'privacy notice', 'privacy statement'],
});

/** Sentences about something else that happens to name the policy: M&A, processors, new features announced by an update. */
const otherChangeCues = defineCues('policy-change-other', {
  zh: ['收购', '兼并', '合并', '重组', '破产', '继受方', '接收方', '受托', '通过更新', '联系方式更新', '联系方式变更', '建议您在', '您修改', '您更新', '您变更'],
  en: ['merger', 'acquisition', 'bankruptcy', 'successor', 'processor*', 'your contact details change'],
});

/** A statement about what will or may happen (not a definition such as "重大变更包括"). */
const modalCues = defineCues('policy-change-modal', {
  zh: ['可能', '会', '将', '适时', '不时', '有权对', '有权修改', '有权更新', '有权变更', '保留', '定期', '需要'],
  en: ['may', 'will', 'might', 'from time to time', 'periodically', 'reserve the right', 'at any time', 'occasionally', 'can'],
});

/** How users are told. */
const noticeCues = defineCues('policy-change-notice', {
  zh: ['通知', '告知', '公告', '公布', '发布', '公示', '弹窗', '弹出', '站内信', '推送', '提示', '邮件', '短信', '显著'],
  en: ['notify*', 'notice', 'inform*', 'post*', 'publish*', 'email', 'e-mail', 'pop-up*', 'banner', 'let you know', 'alert', 'communicat*', 'this page', 'this web page', 'this website', 'our website', 'in the app', 'in-app'],
});

/** Change-section headings: "本政策如何更新", "Changes to this policy", or a bare "变更". */
const changeHeadingCues = defineCues('policy-change-heading', {
  zh: ['更新', '修改', '变更', '修订'],
  en: ['update*', 'change*', 'amendment*', 'revision*', 'modification*'],
});

const dateLabelCues = defineCues('policy-change-date-label', {
  zh: ['日期', '时间', '生效'],
  en: ['date', 'last updated', 'effective'],
});

/** "We may change this policy at any time without notice." */
const withoutNoticeCues = defineCues('without-notice', {
  zh: ['不另行通知', '无需另行通知', '无须另行通知', '恕不另行通知', '不再另行通知', '不会另行通知', '无需通知', '无须通知', '不经通知', '不再通知', '不另行告知', '无需事先通知', '无须事先通知', '无需告知', '无须告知', '不再另行告知', '不另外通知'],
  en: ['without notice', 'without prior notice', 'without further notice', 'without notifying', 'without notification', 'without any notice', 'without giving notice', 'with no notice', 'without advance notice'],
});

/** Minor changes may go without individual notice; that is not the flagged wording. */
const minorChangeCues = defineCues('minor-change', {
  zh: ['非重大', '轻微', '细微', '非实质'],
  en: ['minor change*', 'non-material', 'immaterial', 'insignificant'],
});

const materialChangeCues = defineCues('material-change', {
  zh: ['重大变更', '重大变化', '实质性变更', '实质变更', '重大修改', '重大调整', '重要变更', '实质性修改', '目的、方式', '处理目的'],
  en: ['material change*', 'significant change*', 'substantial change*', 'material update*', 'material modification*', 'important change*'],
});

/** Asking for consent again. */
const reconsentCues = defineCues('renewed-consent', {
  zh: ['征得您的同意', '征得您同意', '征得你的同意', '征求您的同意', '征求您同意', '取得您的同意', '获得您的同意', '重新征得', '再次征得', '重新取得', '重新获得', '再次获得', '明确同意', '单独同意', '您的同意', '你的同意', '经您同意', '重新确认', '再次确认', '重新获取', '同意后'],
  en: ['your consent', 'obtain consent', 'seek consent', 'ask for consent', 'ask you to consent', 'request your consent', 'opt-in', 'opt in', 'consent again', 're-consent', 'renewed consent', 'ask you to agree', 'your agreement', 'prior consent', 'explicit consent', 'fresh consent'],
});

/** Deemed consent by continued use is not renewed consent. */
const deemedCues = defineCues('deemed-by-use', {
  zh: ['视为', '即表示', '即代表', '即视为', '表示您同意', '继续使用', '继续访问'],
  en: ['continued use', 'continuing to use', 'continue to use', 'deemed', 'constitutes', 'continued access'],
});

/** Bare change headings (after the numbering): "变更", "Changes". */
const BARE_CHANGE_HEADING = /^(?:变更|更新|修订|修改|政策变更|政策更新|政策修订|变更与更新|更新与修订|变更和更新|修订和更新|通知和修订|修订与通知|changes|updates|amendments|revisions|modifications|policy changes|policy updates)$/;

function isChangeHeading(model: DocumentModel, section: Section): boolean {
  const heading = model.blocks[section.block]!;
  if (!model.has(changeHeadingCues, heading) || model.has(dateLabelCues, heading)) return false;
  const bare = model.textOf(heading).replace(/^[\d一二三四五六七八九十()（）、.:\s第章节条]{0,10}/, '').replace(/[:：]$/, '').trim();
  return model.has(policyCues, heading) || BARE_CHANGE_HEADING.test(bare);
}

/** A change word close to the policy's name (ten characters in Chinese, 24 in English): "修订本政策", "本政策可能变更", "对本政策所作的任何变更". */
function changesThePolicy(model: DocumentModel, sentence: Sentence): boolean {
  const changes = model.hitsIn(changeCues, sentence.plainStart, sentence.plainEnd);
  const names = model.hitsIn(policyCues, sentence.plainStart, sentence.plainEnd);
  return changes.some((c) =>
    names.some((n) => {
      const [from, to] = c.start < n.start ? [c.end, n.start] : [n.end, c.start];
      // "功能更新说明等构成本隐私政策的一部分": the update is of something else that becomes part of the policy.
      // English needs more room ("change the terms of this privacy statement") than Chinese ("修订本政策").
      return to - from <= (model.language === 'en' ? 24 : 10) && !/构成|组成|成为/.test(model.plain.slice(from, to));
    }),
  );
}

/** A way of telling users, other than the word in the policy's name ("本隐私通知", "this privacy notice"). */
function tellsUsers(model: DocumentModel, sentence: Sentence): boolean {
  const names = model.hitsIn(policyCues, sentence.plainStart, sentence.plainEnd);
  return model.hitsIn(noticeCues, sentence.plainStart, sentence.plainEnd).some((hit) => !names.some((name) => name.start <= hit.start && hit.end <= name.end));
}

/** Whether a sentence says that the policy changes (and is not about something else). */
function isUpdateStatement(model: DocumentModel, sentence: Sentence, sections: readonly Section[]): boolean {
  if (!model.has(changeCues, sentence) || model.has(otherChangeCues, sentence)) return false;
  // "本政策所指的重大变更包括", "八、本政策如何更新" (a contents line): no statement of what will happen.
  if (!model.has(modalCues, sentence) && !tellsUsers(model, sentence)) return false;
  return changesThePolicy(model, sentence) || within(model, sentence, sections);
}

function changeSections(model: DocumentModel): Section[] {
  return model.sections.filter((section) => isChangeHeading(model, section) && model.bodyLength(section) >= 12);
}

export const policyUpdates: Requirement = {
  id: 'policy-updates',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-notice-method': 'warning', 'without-notice': 'error', 'no-reconsent': 'warning' },
  basis: {
    pipl: [PIPL.art14_2, PIPL.art17_2, GBT35273.s5_5, GBT35273.appendixD],
    ...gdprBasis([GDPR.art13_3]),
    ccpa: [CCPA_REGS.s7011_e_4, CCPA.s130_a_5],
    coppa: [COPPA.s312_4_b],
  },
  primaryCues: changeHeadingCues,
  detect({ model, groups }) {
    const sections = changeSections(model);
    const inSection = sections.flatMap((s) => bodySentences(model, model.body(s)));
    const candidates = uniqueSentences([...inSection, ...sentencesWith(model, policyCues)]);
    const statements = candidates.filter((s) => isUpdateStatement(model, s, sections));
    if (statements.length === 0) return { evidence: [], issues: [] };

    const issues: Issue[] = [];
    const scopes: Span[] = [...sections.map((s) => sectionSpan(model, s)), ...statements.map((s) => followingBlocks(model, s))];
    const scopeSentences = uniqueSentences(scopes.flatMap((scope) => bodySentences(model, scope)));
    // "We may revise this policy" alone: the change is announced, but not how people will learn of it (PIPL Art. 14 para. 2).
    const notified = scopeSentences.some((s) => tellsUsers(model, s) && model.has(changeCues, s));
    for (const sentence of statements) {
      const hit = model.firstHit(withoutNoticeCues, sentence.plainStart, sentence.plainEnd);
      if (!hit || model.has(minorChangeCues, sentence)) continue;
      const cue = model.sourceTextOf(hit);
      issues.push({ kind: 'without-notice', span: spanOf(sentence), args: { cue }, cue });
    }

    if (!notified) {
      // Not a disclosure of how the policy is updated: reported as missing, with the sentence to complete.
      const first = statements[0]!;
      return { evidence: [], issues: [...issues, { kind: 'no-notice-method', span: spanOf(first), cue: model.firstHit(changeCues, first.plainStart, first.plainEnd)?.phrase }] };
    }
    // Consent again for material changes is PIPL's rule (Art. 14 para. 2); the GDPR and the CCPA ask for notice.
    const reconsent = scopeSentences.some((s) => model.has(reconsentCues, s) && !model.has(deemedCues, s));
    if (!reconsent && groups.has('pipl')) {
      const material = scopeSentences.find((s: Sentence) => model.has(materialChangeCues, s)) ?? statements[0]!;
      issues.push({ kind: 'no-reconsent', span: spanOf(material), cue: model.firstHit(materialChangeCues, material.plainStart, material.plainEnd)?.phrase });
    }
    return { evidence: statements.map(spanOf), issues };
  },
  fix: { section: 'updates' },
  examples: [
    {
      name: 'notice of changes and renewed consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策如何更新\n\n我们可能适时修订本政策，并会通过弹窗、站内信等方式通知您。对于重大变更，我们会在变更生效前重新征得您的同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'changes at any time without notice',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n我们有权随时修改本政策且不另行通知，未经您明确同意，我们不会削减您的权利。\n',
      status: 'weak',
      findings: [{ kind: 'without-notice', line: 4 }],
    },
    {
      name: 'material changes without renewed consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策如何更新\n\n我们可能适时更新本政策，并在本页面发布更新后的版本。发生重大变更时，您继续使用我们的服务即视为同意更新后的政策。\n',
      status: 'weak',
      findings: [{ kind: 'no-reconsent', line: 4 }],
    },
    {
      name: 'no word about changes',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'changes notified, consent asked for material ones',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Changes to this policy\n\nWe may update this policy from time to time and will notify you in the app. If we make material changes, we will ask for your consent before they apply.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'changes without notice',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Changes\n\nWe may change this privacy policy at any time without notice.\n',
      status: 'weak',
      findings: [
        { kind: 'without-notice', line: 4 },
        { kind: 'no-reconsent', line: 4 },
      ],
    },
    {
      name: 'no update clause',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
