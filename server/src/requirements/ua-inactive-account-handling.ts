import { defineCues } from '../document/cues';
import { findDurations } from '../document/entities';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CIVIL_CODE, ECOMMERCE_LAW, INTERNET_INFORMATION_SERVICES_DRAFT, NDSR, PIPL } from '../profiles/citations';
import { sectionsTitled, sentencesIn, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { accountCues, bodySentencesOf, inactivityCues, localScope, mentionsAccounts, noNoticeCues, personalNoticeCues, strongInactivityCues } from './user-agreement-support';

const inactiveHeadingCues = defineCues('ua-inactive-heading', {
  zh: ['长期未登录', '长期未使用', '未登录', '未使用', '不活跃', '闲置', '休眠', '账号回收', '回收'],
  en: ['inactive', 'inactivity', 'dormant', 'unused account*'],
});

/** "连续六个月", "长期", "for 12 months": a stretch of time without use. */
const stretchCues = defineCues('ua-inactive-stretch', {
  zh: ['长期', '连续', '超过', '满'],
  en: ['for a period', 'extended period', 'long period', 'for more than', 'for over', 'in a row', 'consecutive*', 'continuous*'],
});

/** What happens to the user's data and assets. */
const dataCues = defineCues('ua-inactive-data', {
  zh: ['数据', '信息', '内容', '文件', '资料', '照片', '余额', '虚拟', '资产', '财产', '道具', '积分', '权益', '删除', '清理', '清除', '清空', '匿名化', '导出', '备份', '保留', '退还'],
  en: ['data', 'content', 'history', 'notes', 'files', 'photos', 'balance', 'credit', 'items', 'delete*', 'export*', 'refund*', 'personal information'],
});

const reclaimCues = defineCues('ua-reclaim', {
  zh: ['回收'],
  en: ['reclaim*', 'recycle*'],
});

export const inactiveAccountCues = defineCues('ua-inactive-account', {
  zh: ['长期未登录', '连续六个月', '账号回收', '回收账号', '提前通知'],
  en: ['inactive accounts', 'dormant account', 'not logged in for', 'notice before closing'],
});

/** Sentences that say what happens to accounts nobody uses. */
function inactivitySentences(model: DocumentModel): Sentence[] {
  const found = new Map<number, Sentence>();
  for (const s of bodySentencesOf(model)) {
    if (!model.has(inactivityCues, s)) continue;
    if (model.has(strongInactivityCues, s)) {
      found.set(s.plainStart, s);
      continue;
    }
    // "未登录", "not used": about the account, for a stretch of time ("玩家未使用的星钻" is not).
    if (!model.has(accountCues, s)) continue;
    const stretch = findDurations(model.textOf(s), s.plainStart).length > 0 || model.has(stretchCues, s);
    if (stretch || model.has(reclaimCues, s)) found.set(s.plainStart, s);
  }
  for (const section of sectionsTitled(model, inactiveHeadingCues)) {
    for (const s of sentencesIn(model, model.body(section))) found.set(s.plainStart, s);
  }
  return [...found.values()].sort((a, b) => a.plainStart - b.plainStart);
}

function noticeIn(model: DocumentModel, span: Span): boolean {
  const waived = model.hitsIn(noNoticeCues, span.start, span.end);
  if (waived.length > 0) return false;
  return model.hitsIn(personalNoticeCues, span.start, span.end).length > 0;
}

export const uaInactiveAccountHandling: Requirement = {
  id: 'ua-inactive-account-handling',
  appliesTo: ['user-agreement'],
  severities: { missing: 'info', 'no-period': 'warning', 'no-notice': 'warning', 'no-data-handling': 'info' },
  basis: {
    pipl: [CIVIL_CODE.art496, INTERNET_INFORMATION_SERVICES_DRAFT, PIPL.art47_1_ii, NDSR.art24],
    'cn-ecommerce': [ECOMMERCE_LAW.art33],
  },
  primaryCues: inactiveAccountCues,
  trigger: 'The agreement provides user accounts (账号, 注册, account, sign up).',
  detect({ model }) {
    if (!mentionsAccounts(model)) return { applicable: false, evidence: [], issues: [] };
    const sentences = inactivitySentences(model);
    if (sentences.length === 0) return { evidence: [], issues: [] };
    const evidence = sentences.map(spanOf);
    const first = sentences[0]!;
    // Each rule and what follows it in its paragraph or the next one.
    const scopes: Span[] = sentences.map((s) => ({ start: s.plainStart, end: localScope(model, s, 1).end }));
    const cue = model.firstHit(inactivityCues, first.plainStart, first.plainEnd)?.phrase;
    const issues: Issue[] = [];
    if (!scopes.some((scope) => findDurations(model.plain.slice(scope.start, scope.end), scope.start).length > 0)) issues.push({ kind: 'no-period', span: spanOf(first), cue });
    if (!scopes.some((scope) => noticeIn(model, scope))) issues.push({ kind: 'no-notice', span: spanOf(first), cue });
    if (!scopes.some((scope) => model.hitsIn(dataCues, scope.start, scope.end).length > 0)) issues.push({ kind: 'no-data-handling', span: spanOf(first), cue });
    return { evidence, issues, matched: cue };
  },
  fix: { section: 'account' },
  examples: [
    {
      name: 'six months, a reminder, and what happens to the data',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 账号\n\n您可以使用手机号码注册账号。账号连续六个月未登录的，我们会提前三十日通过短信提醒您；期满仍未登录的，我们可以注销该账号并删除其中的个人信息。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'accounts reclaimed without notice',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 账号\n\n您可以使用手机号码注册账号。\n\n账号连续十二个月未登录的，我们有权回收该账号，无需通知。\n',
      status: 'weak',
      findings: [{ kind: 'no-notice', line: 6 }, { kind: 'no-data-handling', line: 6 }],
    },
    {
      name: 'accounts, but nothing on unused ones',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 账号\n\n您可以使用手机号码注册账号。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'inactive accounts closed after a warning',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Inactive accounts\n\nIf you do not sign in to your account for 24 months, we will e-mail you 60 days before we close it; you can export your notes until then.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'inactive accounts deleted, no period or notice',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Accounts\n\nYou sign up with an e-mail address. We may delete inactive accounts and their data.\n',
      status: 'weak',
      findings: [{ kind: 'no-period', line: 4 }, { kind: 'no-notice', line: 4 }],
    },
    {
      name: 'accounts without an inactivity rule',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Accounts\n\nYou sign up with an e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
