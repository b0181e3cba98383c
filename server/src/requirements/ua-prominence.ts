import { defineCues } from '../document/cues';
import type { DocumentModel } from '../document/model';
import { CIVIL_CODE, CONSUMER_PROTECTION, ONLINE_TRANSACTIONS_MEASURES_ART18 } from '../profiles/citations';
import { cueText, isHeading, spanOf, titleSpan } from './evidence';
import type { Issue, Requirement } from './requirement';
import { emphasisedLength, isBroughtToAttention, keyTerms } from './user-agreement-support';

export const prominenceCues = defineCues('ua-prominence', {
  zh: ['加粗', '下划线', '免除或者限制责任', '特别提示'],
  en: ['bold', 'underline', 'limitation of liability', 'disclaimer'],
});

/** Below this much prose (characters; an English word takes about three times a Chinese character) a document is too short to judge its overall emphasis. */
const MIN_PROSE = { zh: 300, en: 900 };
/** Emphasising more than this share of the prose emphasises nothing. */
const MAX_EMPHASIS_SHARE = 0.75;

/** Share of the body prose (section headings and the title excluded) that is emphasised. */
function emphasisShare(model: DocumentModel): { share: number; prose: number } {
  let prose = 0;
  let emphasised = 0;
  for (const sentence of model.sentences) {
    if (sentence.block === model.titleBlock || isHeading(model, sentence)) continue;
    const span = spanOf(sentence);
    prose += span.end - span.start;
    emphasised += emphasisedLength(model, span);
  }
  return { share: prose > 0 ? emphasised / prose : 0, prose };
}

export const uaProminence: Requirement = {
  id: 'ua-prominence',
  appliesTo: ['user-agreement'],
  severities: { 'not-emphasised': 'warning', 'over-emphasised': 'warning' },
  basis: {
    pipl: [CIVIL_CODE.art496, CONSUMER_PROTECTION.law_art26],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES_ART18],
  },
  primaryCues: prominenceCues,
  kind: 'pattern',
  detect({ model }) {
    const issues: Issue[] = [];
    const { share, prose } = emphasisShare(model);
    if (prose >= MIN_PROSE[model.language] && share >= MAX_EMPHASIS_SHARE) {
      issues.push({ kind: 'over-emphasised', span: titleSpan(model), args: { share: Math.round(share * 100) } });
    }
    for (const term of keyTerms(model)) {
      if (isBroughtToAttention(model, term)) continue;
      const cue = cueText(model, term.cue);
      issues.push({ kind: 'not-emphasised', span: spanOf(term.sentence), args: { cue }, cue });
    }
    issues.sort((a, b) => a.span.start - b.span.start);
    return { evidence: issues.map((issue) => issue.span), issues };
  },
  fix: { section: 'parties' },
  examples: [
    {
      name: 'a liability limit in plain text',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 责任限制\n\n因不可抗力导致服务中断的，我们不承担赔偿责任。\n',
      status: 'weak',
      findings: [{ kind: 'not-emphasised', line: 4 }],
    },
    {
      name: 'the liability limit in bold',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 责任限制\n\n**因不可抗力导致服务中断的，我们不承担赔偿责任。**\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'everything in bold',
      lang: 'zh',
      markdown: '# 用户协议\n\n**本协议是您与示例网络科技有限公司之间关于使用示例笔记应用及相关服务的协议，请您在注册前仔细阅读。**\n\n**您可以使用手机号码注册账号，注册时请按提示完成验证，并妥善保管您的账号和密码，不要告诉他人。**\n\n**您可以邀请家人和同事加入您的笔记本，受邀者需要注册自己的账号，并同意本协议后才能查看共享的内容。**\n\n**我们提供在线笔记服务，您可以在多台设备之间同步您的笔记，并与您选择的人共享笔记内容。**\n\n**您在本服务中创建的笔记归您所有，我们只在您请求协助时查看您的笔记，并且会事先征得您的同意。**\n\n**您可以随时在设置中导出全部笔记，导出文件采用通用的文本格式，可以在其他应用中打开使用。**\n\n**我们修改本协议的，会在修改后的协议生效前七日通过应用内公告通知您，您不同意的可以停止使用。**\n\n**如您对本协议有疑问，可以发送邮件至 help@example.cn 联系我们，我们会在十五个工作日内答复您。**\n',
      status: 'weak',
      findings: [{ kind: 'over-emphasised', line: 0 }],
    },
    {
      name: 'termination and indemnity in plain text',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Termination\n\nWe may suspend your account if you breach these Terms.\n\nYou agree to indemnify us against claims arising from your content.\n',
      status: 'weak',
      findings: [{ kind: 'not-emphasised', line: 4 }, { kind: 'not-emphasised', line: 6 }],
    },
    {
      name: 'disclaimers in capitals, termination in bold',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Disclaimers\n\nTHE SERVICE IS PROVIDED AS IS, WITHOUT WARRANTIES OF ANY KIND.\n\n**We may suspend your account if you breach these Terms.**\n',
      status: 'present',
      findings: [],
    },
  ],
};
