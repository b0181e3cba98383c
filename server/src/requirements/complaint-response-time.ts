import { defineCues } from '../document/cues';
import { findDurations, workingDays } from '../document/entities';
import { sameNumerals } from '../fixes/numerals';
import type { Sentence } from '../document/model';
import { CAC_METHODS, MIIT } from '../profiles/citations';
import { contactHeadingCues } from './channels';
import { complaintCues } from './complaint-channel';
import { inSectionTitled, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

const replyCues = defineCues('reply', {
  // 处理 alone is any processing (匿名化处理); only its request-handling phrases count.
  zh: ['答复', '回复', '反馈', '响应', '受理', '回应', '处理您的', '予以处理', '处理完毕', '完成处理', '处理并', '尽快处理', '及时处理', '内处理'],
  en: ['respond*', 'reply', 'replies', 'response', 'answer*', 'handle', 'resolve', 'get back to you', 'process your', 'acknowledge'],
});

const requestCues = defineCues('request', {
  zh: ['投诉', '举报', '请求', '申请', '问题', '意见', '建议', '疑问', '咨询', '诉求'],
  en: ['request*', 'complaint*', 'inquir*', 'enquir*', 'question*', 'concern*', 'query', 'queries'],
});

const vagueTimeCues = defineCues('vague-time', {
  zh: ['及时', '尽快', '合理时间', '合理期限', '第一时间', '尽早', '尽速', '迅速'],
  en: ['promptly', 'as soon as possible', 'reasonable time', 'reasonable period', 'timely', 'without undue delay', 'as quickly as possible', 'in due course'],
});

/** Vague adverbs that a number can replace in place. */
const replaceableVagueTimeCues = defineCues('replaceable-vague-time', {
  zh: ['及时', '尽快', '尽早', '尽速', '迅速', '第一时间'],
  en: ['promptly', 'as soon as possible', 'as quickly as possible', 'without undue delay'],
});

export const complaintResponseTime: Requirement = {
  id: 'complaint-response-time',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', vague: 'warning', 'too-slow': 'error' },
  basis: { pipl: [CAC_METHODS.s6_5, MIIT.order24] },
  primaryCues: replyCues,
  detect({ model, params }) {
    const limit = params.responseWorkingDays;
    // A reply promise counts when its paragraph is about complaints or requests, or it sits in a contact section.
    const candidates = sentencesWith(model, replyCues).filter(
      (sentence) =>
        model.has(requestCues, model.blocks[sentence.block]!) ||
        inSectionTitled(model, sentence.plainStart, contactHeadingCues) ||
        inSectionTitled(model, sentence.plainStart, complaintCues),
    );
    const inTime: Sentence[] = [];
    const issues: Issue[] = [];
    const evidence = [];
    let vague: Sentence | undefined;
    for (const sentence of candidates) {
      const durations = findDurations(model.textOf(sentence), sentence.plainStart).filter((d) => d.unit !== 'year' || d.value <= 1);
      const slow = durations.filter((d) => workingDays(d) > limit);
      if (durations.length > slow.length) inTime.push(sentence);
      for (const duration of slow) {
        const stated = model.sourceTextOf(duration);
        const replacement = model.language === 'zh' ? `${sameNumerals(stated, limit)}个工作日` : `${limit} working days`;
        issues.push({ kind: 'too-slow', span: spanOf(sentence), args: { stated, limit }, cue: stated, fix: { span: duration, replacement } });
      }
      if (durations.length > 0) evidence.push(spanOf(sentence));
      else if (!vague && model.has(vagueTimeCues, sentence)) vague = sentence;
    }
    if (inTime.length > 0 || issues.length > 0) return { evidence, issues };
    if (vague) {
      const hit = model.firstHit(vagueTimeCues, vague.plainStart, vague.plainEnd)!;
      const cue = model.sourceTextOf(hit);
      const replacement = model.language === 'zh' ? `在${limit}个工作日内` : `within ${limit} working days`;
      // "尽快处理" reads well as "在15个工作日内处理"; "在合理时间内" would not, so only adverbs are replaced.
      const fix = model.has(replaceableVagueTimeCues, hit) ? { span: hit, replacement } : undefined;
      return { evidence: [spanOf(vague)], issues: [{ kind: 'vague', span: spanOf(vague), args: { cue, limit }, cue, fix }] };
    }
    return { evidence: [], issues: [] };
  },
  fix: { section: 'contact' },
  examples: [
    {
      name: 'fifteen working days',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n我们将在收到您的投诉后十五个工作日内予以答复。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'thirty days is too slow',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n我们将在30天内回复您的请求。\n',
      status: 'weak',
      findings: [{ kind: 'too-slow', line: 4 }],
    },
    {
      name: 'only "as soon as possible"',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n收到您的投诉后，我们会尽快处理。\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'no reply time',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'within 15 business days',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact us\n\nWe will respond to your complaint within 15 business days.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'one month is too slow under PIPL',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact us\n\nWe will reply to your request within one month.\n',
      status: 'weak',
      findings: [{ kind: 'too-slow', line: 4 }],
    },
    {
      name: 'no reply time',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact us\n\nE-mail: privacy@example.com\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'promptly, without a number',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact us\n\nWe handle every complaint promptly.\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
  ],
};

