import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CIVIL_CODE, CONSUMER_PROTECTION, ECOMMERCE_LAW } from '../profiles/citations';
import { affirmedHits, sectionsTitled, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { accountActionCues, appealCues, bodySentencesOf, inactivityCues, localScope, mentionsAccounts, noNoticeCues, operatorPower, personalNoticeCues } from './user-agreement-support';

const accountHeadingCues = defineCues('ua-account-heading', {
  zh: ['账号', '帐号', '账户', '帐户', '注册', '实名', '登录'],
  en: ['account*', 'registration', 'registering', 'sign up', 'signing up', 'eligibility'],
});

/** Registration and sign-in rules: how an account is opened and kept. */
const registrationCues = defineCues('ua-registration', {
  zh: ['注册', '登录', '登陆', '实名', '开户', '妥善保管', '账号密码', '账户密码'],
  en: ['create an account', 'create a', 'register', 'registration', 'sign up', 'sign-up', 'signing up', 'sign in', 'log in', 'your password', 'credentials', 'account owner', 'responsible for all activit*'],
});

const credentialCues = defineCues('ua-credentials', {
  zh: ['账号', '帐号', '账户', '帐户', '手机号', '实名', '密码', '验证码', '身份信息'],
});

/** What the suspension is for: a breach, unpaid fees, a security risk, a legal requirement. */
const groundsCues = defineCues('ua-grounds', {
  zh: ['违反', '违规', '违法', '违约', '如您', '若您', '如果您', '一旦', '发现', '存在', '情形', '侵犯', '侵害', '欺诈', '外挂', '作弊', '盗号', '虚假', '未支付', '欠费', '逾期', '安全风险', '法律法规', '司法机关', '有关部门', '因您'],
  en: ['breach*', 'violat*', 'if you', 'in the event', 'unpaid', 'fraud*', 'illegal', 'unlawful', 'cheat*', 'abus*', 'security risk', 'required by law', 'misuse', 'infring*', 'when you', 'where you', 'for cause', 'due to'],
});

/** No reason needed: "在不说明理由的情况下", "for any reason", "at our sole discretion". */
const groundlessCues = defineCues('ua-groundless', {
  zh: ['不说明理由', '无需说明理由', '无须说明理由', '无需说明原因', '无须说明原因', '不需要说明理由', '无需任何理由', '无须任何理由', '任何理由', '任何原因', '自行判断', '自主判断', '单方判断', '独立判断', '自身判断', '自行决定', '自主决定', '单方决定', '自行认定', '单方认定', '无理由', '不附理由'],
  en: ['for any reason', 'for no reason', 'no reason', 'sole discretion', 'absolute discretion', 'without cause', 'without reason', 'without giving a reason', 'without giving any reason', 'without explanation', 'in our discretion', 'at our discretion', 'as we see fit', 'we deem appropriate'],
});

const accountRulesCues = defineCues('ua-account-rules', {
  zh: ['账号注册', '注册', '实名认证', '账号安全', '暂停', '终止', '申诉'],
  en: ['account', 'registration', 'suspension', 'termination', 'appeal'],
});

/** Sentences in which the operator may suspend, restrict or end the user's account or service. */
function suspensionSentences(model: DocumentModel, sentences: readonly Sentence[]): Array<{ sentence: Sentence; cue: Span }> {
  const found: Array<{ sentence: Sentence; cue: Span }> = [];
  for (const s of sentences) {
    if (model.has(inactivityCues, s)) continue;
    const hit = model.hitsIn(accountActionCues, s.plainStart, s.plainEnd).find((h) => operatorPower(model, s, h.start));
    if (hit) found.push({ sentence: s, cue: hit });
  }
  return found;
}

/** A notice or an appeal route in a span, not counting "without notice". */
function hasNoticeOrAppeal(model: DocumentModel, span: Span): boolean {
  if (model.hitsIn(appealCues, span.start, span.end).length > 0) return true;
  const waived = model.hitsIn(noNoticeCues, span.start, span.end);
  return model.hitsIn(personalNoticeCues, span.start, span.end).some((hit) => !waived.some((w) => w.start <= hit.start && hit.end <= w.end));
}

export const uaAccountRules: Requirement = {
  id: 'ua-account-rules',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning', 'no-grounds': 'warning', 'no-notice-or-appeal': 'warning' },
  basis: {
    pipl: [CIVIL_CODE.art496, CIVIL_CODE.art497, CONSUMER_PROTECTION.law_art26],
    'cn-ecommerce': [ECOMMERCE_LAW.art24, ECOMMERCE_LAW.art33],
  },
  primaryCues: accountRulesCues,
  trigger: 'The agreement mentions accounts, registration or signing in (账号, 注册, 登录, account, sign up).',
  detect({ model }) {
    if (!mentionsAccounts(model)) return { applicable: false, evidence: [], issues: [] };
    const sentences = bodySentencesOf(model);
    const sections = sectionsTitled(model, accountHeadingCues);
    // "请您在注册前仔细阅读本协议" is not a registration rule: a Chinese rule names the account or its credentials.
    const registration = sentences.filter((s) => affirmedHits(model, registrationCues, s).length > 0 && (model.language !== 'zh' || model.has(credentialCues, s)));
    const evidence: Span[] = [...sections.map((section) => model.body(section)), ...registration.map(spanOf)];
    if (evidence.length === 0) return { evidence, issues: [] };

    const issues: Issue[] = [];
    const suspensions = suspensionSentences(model, sentences);
    for (const { sentence } of suspensions) {
      const groundless = affirmedHits(model, groundlessCues, sentence)[0];
      if (groundless) issues.push({ kind: 'no-grounds', span: spanOf(sentence), cue: model.sourceTextOf(groundless) });
    }
    const first = suspensions[0];
    if (first && !issues.some((i) => i.kind === 'no-grounds') && !suspensions.some(({ sentence, cue }) => model.hitsIn(groundsCues, sentence.plainStart, cue.start).length > 0 || model.has(groundsCues, sentence))) {
      issues.push({ kind: 'no-grounds', span: spanOf(first.sentence), cue: model.sourceTextOf(first.cue) });
    }
    if (first && !suspensions.some(({ sentence }) => hasNoticeOrAppeal(model, localScope(model, sentence, 1)))) {
      issues.push({ kind: 'no-notice-or-appeal', span: spanOf(first.sentence), cue: model.sourceTextOf(first.cue) });
    }
    return { evidence, issues, matched: registration[0] ? model.firstHit(registrationCues, registration[0].plainStart, registration[0].plainEnd)?.phrase : undefined };
  },
  fix: { section: 'account' },
  examples: [
    {
      name: 'registration, suspension on stated grounds, notice and appeal',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 账号\n\n您可以使用手机号码注册账号。如您违反本协议，我们可以暂停您的账号，并通过站内信告知理由；您可以在十五日内提出申诉。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'suspension without reasons or appeal',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 账号\n\n您可以使用手机号码注册账号。\n\n我们有权在不说明理由的情况下暂停或终止您的账号。\n',
      status: 'weak',
      findings: [{ kind: 'no-grounds', line: 6 }, { kind: 'no-notice-or-appeal', line: 6 }],
    },
    {
      name: 'accounts mentioned, no account rules',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n本服务为您的账号提供云端备份。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no accounts at all',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n本网站提供天气预报查询服务。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'suspension for a breach, with notice and review',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Your account\n\nYou sign up with an e-mail address. We may suspend your account if you breach these Terms; we will tell you why by e-mail, and you can ask us to review the decision.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'termination for any reason',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Accounts\n\nYou must register for an account to post. We may terminate your account at any time for any reason.\n',
      status: 'weak',
      findings: [{ kind: 'no-grounds', line: 4 }, { kind: 'no-notice-or-appeal', line: 4 }],
    },
    {
      name: 'an account mentioned in passing',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Storage\n\nYour files are stored with your account in our data centre.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
