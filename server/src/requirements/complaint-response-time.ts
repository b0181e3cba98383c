import { defineCues } from '../document/cues';
import { CAC_METHODS, MIIT } from '../profiles/citations';
import { contactHeadingCues } from './channels';
import { complaintCues } from './complaint-channel';
import { inSectionTitled, sentencesWith } from './evidence';
import { assessReplyTimes } from './reply-times';
import type { Requirement } from './requirement';

const replyCues = defineCues('reply', {
  // 处理 alone is any processing (匿名化处理); only its request-handling phrases count.
  zh: ['答复', '回复', '反馈', '响应', '受理', '回应', '处理您的', '予以处理', '处理完毕', '完成处理', '处理并', '尽快处理', '及时处理', '内处理'],
  en: ['respond*', 'reply', 'replies', 'response', 'answer*', 'handle', 'resolve', 'get back to you', 'process your', 'acknowledge'],
});

const requestCues = defineCues('request', {
  zh: ['投诉', '举报', '请求', '申请', '问题', '意见', '建议', '疑问', '咨询', '诉求'],
  en: ['request*', 'complaint*', 'inquir*', 'enquir*', 'question*', 'concern*', 'query', 'queries'],
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
    return assessReplyTimes(model, candidates, limit);
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

