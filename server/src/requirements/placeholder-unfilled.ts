import type { DocumentModel, Span } from '../document/model';
import { isCjk } from '../document/text';
import { CCPA_REGS, COPPA, GDPR, gdprBasis, PIPL } from '../profiles/citations';
import { defineCues } from '../document/cues';
import type { Issue, Requirement } from './requirement';

/** Words that make bracketed text a template blank rather than an editorial insertion. */
export const BLANK_WORDS = [
  'insert', 'your ', 'company', 'name', 'e-mail', 'email', 'address', 'date', 'country', 'phone', 'number', 'website', 'url', 'details',
  'tbd', 'todo', 'feature', 'method', 'hours', 'period', 'purpose', 'type of', 'fill', 'settings', 'team',
  '公司', '名称', '填写', '邮箱', '电话', '地址', '日期', '网址', '请输入', '待定', '具体', '方式', '时间', '功能', '种类', '用途', '期限', '姓名', '团队', '设置',
];

/**
 * Template blanks left in the text: [公司名称], [Company name], [insert details], XX公司, and raw
 * snippet syntax such as ${1:…}. Clauses inserted by Disclose leave their blanks in brackets, so
 * they are reported here until the writer fills them in.
 */
export function findPlaceholders(model: DocumentModel): Span[] {
  const text = model.plain;
  const found: Span[] = [];
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    let close = open + 1;
    while (close < text.length && close - open <= 60 && text[close] !== ']' && text[close] !== '[' && text[close] !== '\n') close++;
    if (text[close] !== ']') continue;
    const content = text.slice(open + 1, close);
    if (BLANK_WORDS.some((word) => content.includes(word))) found.push({ start: open, end: close + 1 });
  }
  for (let at = text.indexOf('xx'); at >= 0; at = text.indexOf('xx', at + 1)) {
    let end = at;
    while (text[end] === 'x') end++;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(end);
    const standalone = !isLatin(before) && !isLatin(after) && (isCjk(before) || isCjk(after) || after === 0x40 || before === 0x40);
    if (standalone) found.push({ start: at, end });
    at = end;
  }
  // Only the braced form: "$5" is a price far more often than a tab stop.
  for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', at + 1)) {
    let end = at + 2;
    while (end < text.length && end - at < 80 && text[end] !== '}' && text[end] !== '\n') end++;
    found.push({ start: at, end: text[end] === '}' ? end + 1 : end });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

const placeholderCues = defineCues('placeholder', { zh: ['填写', '公司名称'], en: ['insert', 'company name'] });

export const placeholderUnfilled: Requirement = {
  id: 'placeholder-unfilled',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  kind: 'pattern',
  severities: { unfilled: 'warning' },
  basis: {
    pipl: [PIPL.art17],
    ...gdprBasis([GDPR.art12_1]),
    ccpa: [CCPA_REGS.s7011],
    coppa: [COPPA.s312_4_a],
  },
  primaryCues: placeholderCues,
  detect({ model }) {
    const issues: Issue[] = findPlaceholders(model).map((span) => {
      const cue = model.sourceTextOf(span);
      return { kind: 'unfilled', span, args: { cue }, cue };
    });
    return { evidence: [], issues };
  },
  examples: [
    {
      name: 'a blank left from a template',
      lang: 'zh',
      markdown: '# 隐私政策\n\n本政策由[公司名称]制定。\n',
      status: 'weak',
      findings: [{ kind: 'unfilled', line: 2 }],
    },
    {
      name: 'brackets that are not blanks',
      lang: 'zh',
      markdown: '# 隐私政策\n\n请在【我的】-【设置】中管理权限；本政策参考了[相关国家标准]。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an English template blank and raw snippet syntax',
      lang: 'en',
      markdown: '# Privacy Policy\n\nThis policy is issued by [Company name].\n\nContact us at ${1:email}.\n',
      status: 'weak',
      findings: [
        { kind: 'unfilled', line: 2 },
        { kind: 'unfilled', line: 4 },
      ],
    },
    {
      name: 'filled in',
      lang: 'en',
      markdown: '# Privacy Policy\n\nThis policy is issued by Lumen Software Ltd. See [our cookie notice](https://example.com/cookies).\n',
      status: 'present',
      findings: [],
    },
  ],
};
