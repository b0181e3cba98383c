import { defineCues } from '../document/cues';
import { CAC_METHODS, CCPA, CCPA_REGS, GBT35273, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import { sentencesWith } from './evidence';
import { assessReplyTimes } from './reply-times';
import type { Requirement } from './requirement';
import { inRightsSection } from './rights-support';

/** Answering a request: the verb a reply time goes with. */
const answerCues = defineCues('rights-answer', {
  zh: ['答复', '回复', '反馈', '处理', '响应', '受理', '回应', '予以', '完成', '办理'],
  en: ['respond*', 'reply', 'replies', 'response', 'answer*', 'handle', 'process your', 'processing your', 'fulfil*', 'fulfill*', 'complete', 'get back to you', 'action your'],
});

/** A rights request, as opposed to a complaint or a question. */
const rightsRequestCues = defineCues('rights-request', {
  zh: ['请求', '申请', '权利', '更正', '删除', '注销', '查阅', '复制', '访问', '转移', '撤回'],
  en: ['request*', 'rights', 'right of access', 'access request*', 'deletion', 'erasure', 'correction', 'rectification'],
});

export const rightsResponseTime: Requirement = {
  id: 'rights-response-time',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', vague: 'warning', 'too-slow': 'error' },
  basis: {
    pipl: [CAC_METHODS.s6_3, PIPL.art45_2, PIPL.art46, NDSR.art23, GBT35273.s8_7],
    ...gdprBasis([GDPR.art12_3]),
    ccpa: [CCPA.s130_a_2, CCPA_REGS.s7021],
  },
  primaryCues: answerCues,
  detect({ model, params }) {
    const limit = params.responseWorkingDays;
    const candidates = sentencesWith(model, answerCues).filter(
      (sentence) => inRightsSection(model, sentence.plainStart) || model.has(rightsRequestCues, sentence),
    );
    return assessReplyTimes(model, candidates, limit);
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'fifteen working days after verification',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n我们将在验证您的身份后十五个工作日内答复您的更正、删除请求。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'thirty days is too slow',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n我们将在三十天内响应您的请求。\n',
      status: 'weak',
      findings: [{ kind: 'too-slow', line: 4 }],
    },
    {
      name: 'only 尽快',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n收到您的请求后，我们会尽快处理。\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'a cooling-off period is not a reply time',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 注销账号\n\n提交注销申请后有15天冷静期。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'within 10 business days',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nWe respond to every request within 10 business days.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'one month is longer than the PIPL limit',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nWe will respond to your request within one month.\n',
      status: 'weak',
      findings: [{ kind: 'too-slow', line: 4 }],
    },
    {
      name: 'nothing on reply times',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou can delete your account in the settings.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
