import { defineCues } from '../document/cues';
import type { Sentence } from '../document/model';
import { GBT35273, GDPR, PIPL } from '../profiles/citations';
import { bodySentences, followingBlocks, sectionSpan, sectionsTitled, sentencesWith, spanOf, uniqueSentences } from './evidence';
import type { Requirement } from './requirement';

export const incidentCues = defineCues('security-incident', {
  zh: ['安全事件', '泄露', '泄漏', '数据泄露', '信息泄露', '篡改', '丢失', '毁损', '被盗', '非法获取'],
  en: ['breach*', 'security incident*', 'data incident*', 'privacy incident*', 'compromise*', 'leak*'],
});

const incidentHeadingCues = defineCues('security-incident-heading', {
  zh: ['安全事件', '泄露', '应急'],
  en: ['breach*', 'security incident*', 'incident response'],
});

/** Telling people: notice, push, announcement, report. Not inform*: it matches "information". */
const notifyCues = defineCues('incident-notify', {
  zh: ['告知', '通知', '推送', '公告', '上报', '报告', '邮件', '短信', '电话', '信函', '知会'],
  en: ['notify*', 'notification*', 'inform', 'informs', 'informed', 'informing', 'tell you', 'let you know', 'contact you', 'email you', 'e-mail you', 'alert you', 'report*'],
});

/** The people told: the user, not only the regulator. */
const userCues = defineCues('incident-user', {
  zh: ['您', '你', '用户', '个人信息主体', '受影响'],
  en: ['you', 'your', 'users', 'affected', 'individuals', 'data subjects', 'customers'],
});

/** What the notice says (PIPL Art. 57): what happened, likely harm, what was done, what the user can do. */
const noticeContentCues = defineCues('incident-notice-content', {
  zh: ['基本情况', '可能的影响', '可能造成的影响', '可能造成的危害', '处置措施', '补救措施', '补救', '降低风险', '防范', '原因', '已采取', '将要采取'],
  en: ['nature of the breach', 'what happened', 'likely consequences', 'possible consequences', 'possible harm', 'measures taken', 'measures we have taken', 'steps you can take', 'steps we', 'what we are doing', 'recommend*', 'mitigat*', 'remedial'],
});

export const breachNotification: Requirement = {
  id: 'breach-notification',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'info', incomplete: 'info' },
  basis: {
    pipl: [PIPL.art57, GBT35273.s10_2],
    gdpr: [GDPR.art34],
  },
  primaryCues: incidentCues,
  detect({ model }) {
    const sections = sectionsTitled(model, incidentHeadingCues, 20);
    const candidates = uniqueSentences([...sentencesWith(model, incidentCues), ...sections.flatMap((s) => bodySentences(model, model.body(s)))]);
    // A notice to the user: an incident sentence that tells someone, and the user is named in it or in the paragraph's next notice sentence.
    const notices = candidates.filter((s) => {
      if (!model.has(notifyCues, s)) return false;
      if (!model.has(incidentCues, s) && !sections.some((section) => s.plainStart >= model.body(section).start && s.plainEnd <= model.body(section).end)) return false;
      return model.has(userCues, s) || model.sentencesOfBlock(s.block).some((other: Sentence) => other.plainStart > s.plainStart && model.has(notifyCues, other) && model.has(userCues, other));
    });
    if (notices.length === 0) return { evidence: [], issues: [] };
    const scopes = [...notices.map((s) => followingBlocks(model, s)), ...sections.map((s) => sectionSpan(model, s))];
    if (scopes.some((scope) => model.hitsIn(noticeContentCues, scope.start, scope.end).length > 0)) return { evidence: notices.map(spanOf), issues: [] };
    const first = notices[0]!;
    return { evidence: notices.map(spanOf), issues: [{ kind: 'incomplete', span: spanOf(first), cue: model.firstHit(incidentCues, first.plainStart, first.plainEnd)?.phrase }] };
  },
  fix: { section: 'storage' },
  examples: [
    {
      name: 'what users are told after an incident',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 安全事件处置\n\n如发生个人信息安全事件，我们将及时以推送通知、邮件等方式告知您事件的基本情况和可能的影响、我们已采取的处置措施以及您可自主防范和降低风险的建议。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a promise to notify, with no content',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 信息安全\n\n如发生个人信息泄露，我们会通知您。\n',
      status: 'weak',
      findings: [{ kind: 'incomplete', line: 4 }],
    },
    {
      name: 'nothing about incidents',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 信息安全\n\n我们采用加密技术保护您的个人信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'breach notice with its content',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data breaches\n\nIf a data breach affects your information, we will notify you by e-mail, describe what happened and the steps you can take to protect yourself.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no incident handling',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Security\n\nWe encrypt your data.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
