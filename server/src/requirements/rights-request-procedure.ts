import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CCPA, CCPA_REGS, GBT35273, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import { inSectionTitled, sectionsTitled, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { cancellationSpec } from './account-cancellation';
import { crossBorderCues, crossBorderHeadingCues } from './cross-border-transfer';
import { accessSpec } from './right-access-copy';
import { correctionSpec } from './right-correction';
import { deletionSpec } from './right-deletion';
import { findRight, hasRoute, inRightsSection, rightsHaveChannel, rightsSpans } from './rights-support';

/** Headings of the section on how requests are made and answered. */
const procedureHeadingCues = defineCues('rights-procedure-heading', {
  zh: ['如何行使', '行使权利', '权利行使', '行使您的', '行使你的', '响应您的', '响应你的', '响应请求', '响应上述', '请求的响应', '处理您的请求', '如何响应', '权利请求'],
  en: ['how to exercise', 'exercising your', 'exercise your', 'exercising of your', 'making a request', 'submit a request', 'submitting a request', 'responding to', 'requests to exercise'],
});

/** What makes a statement about the procedure: verification, fees, refusals, the request itself. */
const procedureCues = defineCues('rights-procedure', {
  zh: [
    '验证您的身份', '验证你的身份', '验证身份', '身份验证', '核实您的身份', '核实你的身份', '核验身份', '核实身份', '证明您的身份', '证明你的身份', '身份核验', '不收取费用', '免费', '收取一定',
    '合理费用', '成本费用', '拒绝的理由', '说明理由', '拒绝理由', '提起诉讼', '人民法院', '响应您的', '响应你的', '处理您的请求', '处理你的请求', '行使上述权利', '行使您的权利', '行使你的权利',
    '行使权利', '书面请求', '提出请求', '权利请求', '行使相关权利', '权利的行使', '行使上述', '行使前述', '用户身份', '验证您的', '验证你的', '核验您的', '核验你的', '核实您的', '核实你的',
  ],
  en: [
    'verify your identity', 'verification', 'verifiable', 'submit a request', 'exercise your rights', 'exercise these rights', 'exercise any of', 'exercise this right', 'exercise your right',
    'authorized agent', 'authorised agent', 'free of charge', 'no fee', 'toll-free', 'toll free', 'respond to your request', 'make a request', 'making a request', 'your identity', 'submit your request',
  ],
});

/** The request itself: a procedure sentence outside the rights section must be about requests. */
const requestCues = defineCues('rights-procedure-request', {
  zh: ['请求', '申请', '权利'],
  en: ['request*', 'rights', 'right'],
});

const verificationCues = defineCues('rights-procedure-verification', {
  zh: ['验证您的身份', '验证你的身份', '验证身份', '身份验证', '核实您的身份', '核实你的身份', '核验身份', '核实身份', '证明您的身份', '证明你的身份', '身份核验', '身份证明', '用户身份', '验证您的', '验证你的', '核验您的', '核验你的', '核实您的', '核实你的'],
  en: ['verify your identity', 'verification', 'verifiable', 'verify that', 'confirm your identity', 'proof of identity', 'your identity', 'verify the identity'],
});

/** How a refusal is handled: its reasons or the grounds on which a request is turned down. */
const refusalCues = defineCues('rights-procedure-refusal', {
  zh: ['拒绝的理由', '拒绝理由', '说明理由', '告知理由', '说明原因', '告知原因', '无法响应', '不予响应', '不能响应', '拒绝您的请求', '拒绝你的请求', '驳回', '予以拒绝', '拒绝响应'],
  en: ['reason for', 'reasons for', 'explain why', 'deny your request', 'decline your request', 'refuse your request', 'unable to comply', 'may refuse', 'may decline', 'may deny', 'deny a request', 'refuse a request', 'decline a request', 'cannot comply'],
});

/** Rights against someone else: the foreign recipient of a transfer abroad (PIPL Art. 39). */
const otherPartyCues = defineCues('rights-procedure-other-party', {
  zh: ['接收方', '接收者', '受让方', '受托方'],
  en: ['recipient*', 'the receiving party', 'the transferee'],
});

/** A sentence on rights against a transfer's recipient belongs to the transfer, not to the operator's procedure. */
function aboutOtherParty(model: DocumentModel, sentence: Sentence): boolean {
  const transfer = model.has(crossBorderCues, sentence) || inSectionTitled(model, sentence.plainStart, crossBorderHeadingCues);
  return transfer && model.has(otherPartyCues, sentence);
}

/**
 * Statements of the procedure: verification, fees, refusals and requests in the rights section or
 * about requests; and statements of a right that say where to send the request (您可以通过邮箱……
 * 删除, you can access your data from your account page).
 */
function procedureSentences(model: DocumentModel): Sentence[] {
  const sentences = sentencesWith(model, procedureCues).filter(
    (sentence) => !aboutOtherParty(model, sentence) && (inRightsSection(model, sentence.plainStart) || model.has(requestCues, sentence)),
  );
  for (const spec of [accessSpec, correctionSpec, deletionSpec, cancellationSpec]) {
    for (const statement of findRight(model, spec).statements) if (hasRoute(model, spanOf(statement))) sentences.push(statement);
  }
  return [...new Map(sentences.map((s) => [s.plainStart, s])).values()].sort((a, b) => a.plainStart - b.plainStart);
}

export const rightsRequestProcedure: Requirement = {
  id: 'rights-request-procedure',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-channel': 'warning', 'no-verification': 'info', 'no-refusal-reasons': 'info' },
  basis: {
    pipl: [PIPL.art17_1_iii, PIPL.art50, NDSR.art21_4, NDSR.art23, GBT35273.s8_7],
    ...gdprBasis([GDPR.art12_2to6]),
    ccpa: [CCPA.s130_a_1, CCPA_REGS.s7011],
  },
  primaryCues: procedureHeadingCues,
  detect({ model }) {
    const sections = sectionsTitled(model, procedureHeadingCues);
    const sentences = procedureSentences(model);
    if (sections.length === 0 && sentences.length === 0) return { evidence: [], issues: [] };
    const evidence: Span[] = [...sections.map((s) => model.body(s)), ...sentences.map(spanOf)].sort((a, b) => a.start - b.start);
    const firstOfSection = sections[0] ? model.sentencesOfBlock(Math.min(sections[0].firstBlock, model.blocks.length - 1))[0] : undefined;
    const inRights = sentences.find((sentence) => inRightsSection(model, sentence.plainStart));
    const anchor = spanOf(inRights ?? firstOfSection ?? sentences[0] ?? model.blocks[sections[0]!.block]!);
    const scope: Span[] = [...evidence, ...rightsSpans(model), ...sentences.map((s) => spanOf(model.blocks[s.block]!))];
    const issues: Issue[] = [];
    if (!rightsHaveChannel(model, scope)) issues.push({ kind: 'no-channel', span: anchor });
    const has = (cues: typeof verificationCues) => scope.some((span) => model.hitsIn(cues, span.start, span.end).length > 0);
    if (!has(verificationCues)) issues.push({ kind: 'no-verification', span: anchor });
    if (!has(refusalCues)) issues.push({ kind: 'no-refusal-reasons', span: anchor });
    return { evidence, issues };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'channel, verification and refusals',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 如何行使您的权利\n\n您可以发送邮件至 privacy@example.cn 行使上述权利。为保障安全，我们会先验证您的身份。如我们无法响应您的请求，会告知拒绝的理由。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no channel to send requests to',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 如何行使您的权利\n\n行使上述权利时，我们会先验证您的身份；如拒绝您的请求，我们会说明理由。\n',
      status: 'weak',
      findings: [{ kind: 'no-channel', line: 4 }],
    },
    {
      name: 'nothing on how requests are made',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'how to exercise rights',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## How to exercise your rights\n\nSend your request to privacy@example.com. We will verify your identity first, and if we refuse a request we will tell you the reasons for the refusal.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no verification or refusal handling',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How to exercise your rights\n\nSend your request to privacy@example.com.\n',
      status: 'weak',
      findings: [
        { kind: 'no-verification', line: 4 },
        { kind: 'no-refusal-reasons', line: 4 },
      ],
    },
    {
      name: 'no procedure',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
