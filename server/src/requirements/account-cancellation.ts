import { defineCues } from '../document/cues';
import { workingDays } from '../document/entities';
import type { DocumentModel, Span } from '../document/model';
import { CAC_METHODS, ECOMMERCE_LAW, GBT35273, MIIT, NDSR } from '../profiles/citations';
import { hasConcreteChannel, hasInAppPath } from './channels';
import { sentencesIn, spanOf } from './evidence';
import { replyPeriods, tooSlow } from './reply-times';
import type { Issue, Requirement } from './requirement';
import { anchorOf, findRight, type RightSpec } from './rights-support';

export const cancellationCues = defineCues('account-cancellation', {
  zh: ['注销'],
  en: [
    'delete your account', 'delete my account', 'deleting your account', 'delete the account', 'delete an account', 'delete their account', 'close your account', 'closing your account',
    'account deletion', 'account closure', 'deactivate your account', 'deactivating your account', 'cancel your account', 'terminate your account', 'remove your account', 'account removal',
    'deletion of your account', 'closure of your account',
  ],
});

const cancellationHeadingCues = defineCues('account-cancellation-heading', {
  zh: ['注销'],
  en: ['account deletion', 'delete your account', 'deleting your account', 'delete account', 'deletion of your account', 'close your account', 'closing your account', 'account closure', 'deactivat*', 'delete my account'],
});

/** A concrete way to cancel: a menu, a page, a form or a channel (申请注销 alone does not say where). */
const cancellationRouteCues = defineCues('account-cancellation-route', {
  zh: [
    '设置', '我的', '个人中心', '账号管理', '帐号管理', '账户管理', '帐户管理', '账号与安全', '帐号与安全', '账号安全', '帐号安全', '安全中心', '点击', '进入', '路径', '联系我们',
    '联系方式', '客服', '邮件', '邮箱', '电话', '在线', '反馈', '页面', '入口', '按钮', '菜单', 'app内', 'app中', '应用内', '客户端', '所列', '以下方式', '如下方式', '官网', '网页',
  ],
  en: ['settings', 'account page', 'profile', 'contact us', 'email', 'e-mail', 'write to', 'send us', 'form', 'menu', 'tap', 'click', 'dashboard', 'in the app', 'within the app', 'support', 'sign in', 'log in', 'link'],
});

/** Conditions the CAC 2019 Methods and MIIT notices treat as unreasonable obstacles to cancelling. */
const unreasonableConditionCues = defineCues('account-cancellation-unreasonable', {
  zh: [
    '手持身份证', '手持证件', '手持本人身份证', '手持有效证件', '身份证复印件', '公证', '结清', '不得再次注册', '不能再次注册', '无法再次注册', '不可再注册', '不得重新注册', '不能重新注册',
    '无法重新注册', '仅限电话', '仅支持电话', '只能通过电话', '仅能邮寄', '只能邮寄', '仅限线下', '只能线下',
  ],
  en: ['notarized', 'notarised', 'copy of your passport', 'copy of your id', 'holding your id', 'by post only', 'by mail only', 'only by phone', 'only by telephone', 'never register again', 'cannot register again'],
});

/** Offline procedures: an obstacle only when no online way to cancel is offered. */
const offlineCues = defineCues('account-cancellation-offline', {
  zh: ['线下办理', '到店办理', '营业厅办理', '现场办理', '窗口办理', '身份证原件', '前往营业厅', '到营业厅'],
  en: ['in person', 'visit our office', 'visit a store'],
});

/** An online way to cancel: an in-app menu, a page, a form. */
const onlineRouteCues = defineCues('account-cancellation-online', {
  zh: ['设置', '我的', '个人中心', '账号管理', '帐号管理', '账号与安全', '帐号与安全', '安全中心', 'app内', '应用内', '客户端', '在线', '网页', '官网', '页面', '点击'],
  en: ['settings', 'account page', 'online', 'in the app', 'within the app', 'form', 'tap', 'click', 'dashboard', 'profile'],
});

/** How much of a cancellation section is read: outlines sometimes let it run into the next chapter. */
const MAX_SECTION_TEXT = 2500;

/** What happens to the data once the account is closed. */
const deletionAfterCues = defineCues('account-cancellation-deletion', {
  zh: ['删除', '匿名化', '清除', '销毁', '清空'],
  en: ['delet*', 'erase*', 'erasure', 'anonymi*', 'anonymous', 'remove*', 'destroy*', 'purge*'],
});

/** Processing verbs: a duration near one of these is the time to complete the cancellation. */
const processingCues = defineCues('account-cancellation-processing', {
  zh: ['完成', '处理', '审核', '核验', '办理', '注销', '删除', '答复', '回复', '反馈', '生效'],
  en: ['complete*', 'process*', 'handle*', 'respond*', 'reply', 'delete*', 'within', 'take effect'],
});

/** Outside the rights section only these name cancelling the account itself. */
const cancellationAnchorCues = defineCues('account-cancellation-anchor', {
  zh: ['注销账号', '注销帐号', '注销账户', '注销帐户', '注销您的', '注销你的', '注销用户', '注销本', '注销该'],
  en: ['delete your account', 'delete my account', 'close your account', 'deactivate your account', 'cancel your account', 'terminate your account', 'remove your account'],
});

export const cancellationSpec: RightSpec = { verbs: cancellationCues, headings: cancellationHeadingCues, anchors: cancellationAnchorCues };

/** The text that describes cancelling: the sections devoted to it and the paragraphs that offer it. */
function cancellationText(model: DocumentModel, sections: Span[], statements: Span[]): Span[] {
  const spans: Span[] = [...sections];
  for (const statement of statements) {
    const block = model.blockAt(statement.start);
    if (!sections.some((span) => statement.start >= span.start && statement.end <= span.end)) {
      const text = model.textOf(model.blocks[block]!);
      // A paragraph that announces a list (以下/如下/:) continues in the next few blocks.
      const last = /(以下|如下|:|：) {0,3}$|as follows|below/.test(text) ? Math.min(block + 3, model.blocks.length - 1) : block;
      spans.push({ start: model.blocks[block]!.plainStart, end: model.blocks[last]!.plainEnd });
    }
  }
  return spans;
}

export const accountCancellation: Requirement = {
  id: 'account-cancellation',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'no-route': 'error', 'unreasonable-condition': 'warning', 'too-slow': 'error', 'no-deletion-after': 'warning', 'no-time': 'info' },
  basis: {
    pipl: [CAC_METHODS.s6_1to4, NDSR.art23, NDSR.art24, GBT35273.s8_5, MIIT.notice2019_item8, MIIT.order24],
    'cn-ecommerce': [ECOMMERCE_LAW.art24],
  },
  primaryCues: cancellationCues,
  detect({ model, params }) {
    const found = findRight(model, cancellationSpec);
    if (found.evidence.length === 0) return { evidence: [], issues: [] };
    const text = cancellationText(
      model,
      found.sections.map((s) => {
        const body = model.body(s);
        return { start: body.start, end: Math.min(body.end, body.start + MAX_SECTION_TEXT) };
      }),
      found.statements.map(spanOf),
    );
    const anchor = anchorOf(model, found);
    const cue = model.firstHit(cancellationCues, anchor.start, anchor.end)?.phrase;
    const issues: Issue[] = [];

    const hasRoute = text.some((span) => model.hitsIn(cancellationRouteCues, span.start, span.end).length > 0 || hasConcreteChannel(model, span));
    if (!hasRoute) issues.push({ kind: 'no-route', span: anchor, cue });

    const sentences = sentencesIn(model, text);
    const online = text.some((span) => model.hitsIn(onlineRouteCues, span.start, span.end).length > 0 || hasInAppPath(model.plain.slice(span.start, span.end)));
    for (const sentence of sentences) {
      const condition = model.firstHit(unreasonableConditionCues, sentence.plainStart, sentence.plainEnd) ?? (online ? undefined : model.firstHit(offlineCues, sentence.plainStart, sentence.plainEnd));
      if (condition) {
        const stated = model.sourceTextOf(condition);
        issues.push({ kind: 'unreasonable-condition', span: spanOf(sentence), args: { cue: stated }, cue: stated });
      }
    }

    let timed = false;
    for (const sentence of sentences) {
      if (!model.has(processingCues, sentence)) continue;
      const periods = replyPeriods(model, sentence);
      if (periods.length === 0) continue;
      timed = true;
      const slow = periods.find((d) => workingDays(d) > params.responseWorkingDays);
      if (slow) issues.push(tooSlow(model, sentence, slow, params.responseWorkingDays));
    }
    if (!timed) issues.push({ kind: 'no-time', span: anchor, cue });

    const cancelHits = model.hits(cancellationCues);
    const deletes = text.some((span) =>
      model.hitsIn(deletionAfterCues, span.start, span.end).some((hit) => !cancelHits.some((c) => c.start <= hit.start && hit.end <= c.end)),
    );
    if (!deletes) issues.push({ kind: 'no-deletion-after', span: anchor, cue });

    return { evidence: found.evidence, issues: issues.sort((a, b) => a.span.start - b.span.start), matched: cue };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'path, time and deletion after cancelling',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 注销账号\n\n您可以通过“我的-设置-账号与安全-注销账号”申请注销账号。我们将在15个工作日内完成审核并注销。注销后，我们将删除您的个人信息或作匿名化处理。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no way to cancel is given',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 注销账号\n\n您有权注销账号。我们将在15个工作日内完成注销，并删除您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'an unreasonable condition and a slow process',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 注销账号\n\n您可以联系客服申请注销，注销时需上传手持身份证照片。\n\n我们将在30个工作日内完成注销，注销后我们将删除您的个人信息。\n',
      status: 'weak',
      findings: [
        { kind: 'unreasonable-condition', line: 4 },
        { kind: 'too-slow', line: 6 },
      ],
    },
    {
      name: 'no cancellation at all',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'delete the account in the settings',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Deleting your account\n\nYou can delete your account in Settings > Account. We complete the deletion within 7 days and then erase your personal data.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'nothing happens to the data',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Deleting your account\n\nYou can delete your account in Settings > Account within 7 days of a request.\n',
      status: 'weak',
      findings: [{ kind: 'no-deletion-after', line: 4 }],
    },
    {
      name: 'no account deletion',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
