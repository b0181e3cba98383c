import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { ADVERTISING_LAW_ART43, CONSUMER_PROTECTION, MIIT, ONLINE_TRANSACTIONS_MEASURES } from '../profiles/citations';
import { affirmed, linesWith, sectionsTitled, sentencesIn, spanOf, uniqueSentences } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Marketing messages as such. */
export const marketingCues = defineCues('marketing-message', {
  zh: ['营销短信', '营销信息', '营销消息', '营销邮件', '营销推送', '营销活动信息', '营销类', '商业性信息', '商业信息', '商业性短信', '商业性电子信息', '推广信息', '推广短信', '推广消息', '促销信息', '促销短信', '优惠信息', '广告信息', '广告短信', '电话营销', '商业广告', '营销电话', '推广'],
  en: ['marketing communication*', 'marketing email*', 'marketing e-mail*', 'marketing message*', 'marketing material*', 'promotional email*', 'promotional e-mail*', 'promotional message*', 'promotional communication*', 'promotional offers', 'promotional material*', 'newsletter*', 'direct marketing', 'special offers', 'marketing purposes', 'send you marketing', 'marketing and promotional', 'commercial communication*', 'commercial messages'],
});

/** Channels the messages come through. */
const channelCues = defineCues('marketing-channel', {
  zh: ['短信', '邮件', '推送', '电话', '消息', '通知', '站内信', '彩信', '私信'],
  en: ['email*', 'e-mail*', 'sms', 'text message*', 'push', 'notification*', 'call*', 'newsletter*', 'messages', 'send you'],
});

/** Headings of a marketing section. */
const marketingHeadingCues = defineCues('marketing-heading', {
  zh: ['营销', '推送', '推广', '商业信息', '邮件和信息', '信息推送', '消息推送'],
  en: ['marketing', 'newsletter*', 'communications', 'promotional'],
});

/** A free way to stop them. */
const optOutCues = defineCues('marketing-opt-out', {
  zh: ['退订', '回复td', '回复"td"', '回复t', '取消订阅', '拒收', '拒绝接收', '不再接收', '不希望接收', '不希望接受', '不想接收', '不想接受', '不愿接收', '停止接收', '停止推送', '关闭推送', '关闭通知', '关闭消息', '取消推送', '退出', '关闭', '拒绝'],
  en: ['unsubscrib*', 'opt out', 'opt-out', 'opting out', 'stop receiving', 'withdraw*', 'reply stop', 'text stop', 'manage your preferences', 'turn off', 'no longer wish', 'no longer want', 'object to', 'change your preferences'],
});

/** Opt-out words specific enough to show anywhere in the document that messages can be refused. */
const strongOptOutCues = defineCues('marketing-opt-out-strong', {
  zh: ['退订', '回复td', '回复"td"', '取消订阅', '拒收', '不希望接收', '不希望接受', '不想接收', '不想接受', '不愿接收', '不再接收', '停止接收', '关闭推送', '取消推送', '拒绝接收', '拒绝接受'],
  en: ['unsubscrib*', 'opt out of', 'opt-out of', 'stop receiving', 'reply stop', 'text stop'],
});

/** Consent or request: the condition for sending them. */
const consentCues = defineCues('marketing-consent', {
  zh: ['同意', '授权', '订阅', '选择接收', '您选择', '主动选择', '许可'],
  en: ['consent*', 'agree*', 'opt in', 'opt-in', 'subscrib*', 'choose to receive', 'permission', 'sign up', 'signed up', 'request'],
});

/** "注册即视为同意接收营销短信": consent presumed from something else. */
const deemedCues = defineCues('marketing-deemed', {
  zh: ['即视为', '视为您同意', '视为同意', '即表示您同意', '即表示同意', '即代表您同意', '即代表同意', '默认同意', '默认接收', '默认订阅', '自动订阅', '即同意'],
  en: ['by registering', 'by signing up', 'by creating an account', 'by using', 'you agree to receive', 'you consent to receive', 'deemed', 'automatically subscribed', 'automatically receive', 'by default'],
});

function marketingSentences(model: DocumentModel): Sentence[] {
  return linesWith(model, marketingCues).filter((s) => model.has(channelCues, s) || /营销短信|营销邮件|营销消息|推广短信|促销短信|newsletter|email|e-mail/.test(model.textOf(s)));
}

export const commercialMessagingConsent: Requirement = {
  id: 'commercial-messaging-consent',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'warning', 'no-opt-out': 'warning', 'deemed-consent': 'warning' },
  basis: {
    pipl: [CONSUMER_PROTECTION.regs_art24, CONSUMER_PROTECTION.law_art29_3, ADVERTISING_LAW_ART43, MIIT.order31],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
  },
  primaryCues: marketingCues,
  trigger: 'The document says the operator sends marketing or promotional messages (SMS, e-mail, push, calls).',
  detect({ model }) {
    const sentences = marketingSentences(model);
    if (sentences.length === 0) return { evidence: [], issues: [], applicable: false };
    const sections = sectionsTitled(model, marketingHeadingCues).filter((section) => model.hitsIn(channelCues, model.body(section).start, model.body(section).end).length > 0);

    // Where the marketing is discussed: the paragraphs of its sentences and marketing sections.
    const candidates = uniqueSentences([...sentencesIn(model, sections.map((section) => model.body(section))), ...sentences.flatMap((s) => model.sentencesOfBlock(s.block))]);
    const disclosures = candidates.filter((s) => model.has(optOutCues, s) || model.has(consentCues, s));
    // "如您不想接受短信推送，可回复退订" elsewhere in the document also tells users how to stop.
    const optOuts = linesWith(model, strongOptOutCues).filter((s) => model.has(channelCues, s) || model.has(marketingCues, s));
    if (disclosures.length === 0 && optOuts.length === 0) return { evidence: [], issues: [] };

    const issues: Issue[] = [];
    for (const sentence of candidates) {
      if (!model.has(deemedCues, sentence) || !affirmed(model, sentence, deemedCues)) continue;
      const hit = model.firstHit(deemedCues, sentence.plainStart, sentence.plainEnd)!;
      const cue = model.sourceTextOf(hit);
      issues.push({ kind: 'deemed-consent', span: spanOf(sentence), args: { cue }, cue });
    }
    if (optOuts.length === 0 && !candidates.some((s) => model.has(optOutCues, s))) issues.push({ kind: 'no-opt-out', span: spanOf(disclosures[0]!) });
    return { evidence: [...disclosures, ...optOuts].map(spanOf), issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'marketing SMS with consent and a way to unsubscribe',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 营销信息\n\n经您同意后，我们会向您发送营销短信。如您不希望接收，可回复“TD”退订。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'registration deemed consent to marketing SMS',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 营销信息\n\n您注册账号即视为同意接收我们的营销短信，您可回复“TD”退订。\n',
      status: 'weak',
      findings: [{ kind: 'deemed-consent', line: 4 }],
    },
    {
      name: 'marketing SMS without consent or opt-out',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n我们会不定期向您发送营销短信。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no marketing messages',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码用于登录。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'newsletter with consent and unsubscribe link',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Marketing\n\nWith your consent we send you our newsletter by email. You can unsubscribe with the link in every email.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'consent without a way to stop',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Marketing\n\nIf you agree, we will send you marketing emails.\n',
      status: 'weak',
      findings: [{ kind: 'no-opt-out', line: 4 }],
    },
    {
      name: 'promotional e-mails without consent or opt-out',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Other\n\nWe send promotional e-mails about new products.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
