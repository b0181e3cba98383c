import { defineCues, type CueHit } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { isHeading, negatedBefore, spanOf } from './evidence';

/**
 * Helpers shared by the user-agreement requirements (ua-*): who contracts, accounts, agreement
 * changes, unfair standard terms and the terms that must be brought to the user's attention. The
 * unfair-term and key-term scans are computed once per document model and shared, so that a
 * sentence flagged as unfair is not reported again by ua-prominence or ua-agreement-changes.
 */

// ---------------------------------------------------------------------------------------------
// Small text utilities
// ---------------------------------------------------------------------------------------------

/** The text of a sentence before an offset (at most `max` characters). */
function textBefore(model: DocumentModel, sentence: Sentence, offset: number, max: number): string {
  return model.plain.slice(Math.max(sentence.plainStart, offset - max), offset);
}

function isZh(model: DocumentModel, sentence: Sentence): boolean {
  return model.language === 'zh' || /[\u4e00-\u9fff]/.test(model.textOf(sentence));
}

/** Sentences outside headings, in document order. */
export function bodySentencesOf(model: DocumentModel): Sentence[] {
  return model.sentences.filter((s) => !isHeading(model, s) && s.block !== model.titleBlock);
}

/** The blocks after a sentence's block in the same section (at most `count`), for a local scope. */
export function localScope(model: DocumentModel, sentence: Sentence, count = 1): Span {
  const block = model.blocks[sentence.block]!;
  const section = model.sectionOf(sentence.plainStart);
  let end = block.plainEnd;
  for (let b = sentence.block + 1; b <= sentence.block + count && b < model.blocks.length; b++) {
    const next = model.blocks[b]!;
    if (next.kind === 'heading' || model.sections.some((s) => s.block === b)) break;
    if (section && b >= section.endBlock) break;
    end = next.plainEnd;
  }
  return { start: block.plainStart, end };
}

// ---------------------------------------------------------------------------------------------
// Cues shared by several requirements
// ---------------------------------------------------------------------------------------------

/** Accounts: the agreement provides registration or sign-in. */
export const accountCues = defineCues('ua-account', {
  zh: ['账号', '帐号', '账户', '帐户', '注册', '登录', '登陆'],
  en: ['account', 'accounts', 'sign up', 'sign-up', 'register', 'registration', 'log in', 'login', 'sign in'],
});

/** Words that contain an account word but are not about accounts ("注册地址", "registered office"). */
const notAccountCues = defineCues('ua-not-account', {
  zh: ['注册地址', '注册地', '注册资本', '注册商标', '注册号', '注册于', '注册在', '工商注册', '银行账户', '对公账户', '支付账户'],
  en: ['registered office', 'registered address', 'registered in', 'registration number', 'company registration', 'bank account', 'payment account'],
});

/** Whether the agreement provides user accounts: an account word that is not a registered address or a bank account. */
export function mentionsAccounts(model: DocumentModel): boolean {
  const excluded = model.hits(notAccountCues);
  return model.hits(accountCues).some((hit) => !excluded.some((x) => x.start <= hit.start && hit.end <= x.end));
}

/** The agreement itself (or the platform's rules) as the object of a change. */
export const agreementObjectCues = defineCues('ua-agreement-object', {
  zh: ['本协议', '协议', '条款', '规则', '本条款'],
  en: ['these terms', 'this agreement', 'the terms', 'terms of service', 'terms of use', 'the agreement', 'this user agreement', 'revised version', 'revised terms', 'updated terms', 'amended terms', 'new terms', 'the revised', 'the updated'],
});

export const changeVerbCues = defineCues('ua-change-verb', {
  zh: ['修改', '修订', '变更', '更新', '调整', '更改', '修正'],
  en: ['modif*', 'chang*', 'revis*', 'updat*', 'amend*', 'alter*'],
});

/** "无需另行通知", "without notice": the operator need not tell the user. */
export const noNoticeCues = defineCues('ua-no-notice', {
  zh: [
    '不另行通知', '无需另行通知', '无须另行通知', '恕不另行通知', '不再另行通知', '不会另行通知', '不另外通知', '无需通知', '无须通知', '不需通知', '不必通知', '不予通知', '无需事先通知', '无须事先通知', '无需提前通知', '无须提前通知',
    '不经通知', '未经通知', '不经事先通知', '未经事先通知', '无需告知', '无须告知', '不另行告知', '无需另行告知', '无须另行告知', '不通知您',
  ],
  en: ['without notice', 'without prior notice', 'without further notice', 'without any notice', 'without advance notice', 'without notifying you', 'without giving notice', 'without giving you notice', 'without notification', 'with or without notice', 'without notice to you', 'without telling you', 'without informing you'],
});

/** Ways of telling the user. */
export const noticeCues = defineCues('ua-notice', {
  zh: ['通知', '公告', '公示', '公布', '提示', '告知', '提醒', '站内信', '弹窗', '短信', '邮件', '推送', '发布'],
  en: ['notify*', 'notice', 'notif*', 'post', 'posted', 'posting', 'publish*', 'announce*', 'e-mail', 'email', 'inform you', 'informed', 'tell you', 'let you know', 'remind*', 'warn*', 'in the app', 'in-app'],
});

/** An appeal or review of a decision. */
export const appealCues = defineCues('ua-appeal', {
  zh: ['申诉', '复核', '异议', '复议', '申辩', '反馈意见'],
  en: ['appeal*', 'review the decision', 'review of the decision', 'review our decision', 'ask us to review', 'dispute a', 'dispute the', 'contest', 'reconsider*', 'challenge the decision'],
});

/** A reference to the privacy policy as a document of its own. */
export const privacyPolicyNameCues = defineCues('ua-privacy-policy-name', {
  zh: ['隐私政策', '隐私权政策', '隐私保护政策', '个人信息保护政策', '隐私保护指引', '个人信息处理规则', '隐私协议', '隐私声明', '个人信息保护指引', '隐私条款', '个人信息保护规则', '隐私保护声明'],
  en: ['privacy policy', 'privacy notice', 'privacy statement', 'data protection policy', 'data protection notice', 'privacy and cookie policy'],
});

/** Telling the user about a decision on their account (narrower than `noticeCues`: posting is not telling). */
export const personalNoticeCues = defineCues('ua-personal-notice', {
  zh: ['通知', '告知', '提示', '提醒', '站内信', '短信', '邮件', '推送'],
  en: ['notify*', 'notice', 'notif*', 'inform you', 'informed', 'tell you', 'let you know', 'e-mail you', 'email you', 'by e-mail', 'by email', 'remind*', 'warn*', 'contact you', 'write to you', 'send you'],
});

/** Words that name inactivity on their own ("闲置账号", "dormant accounts"). */
export const strongInactivityCues = defineCues('ua-inactivity-strong', {
  zh: ['长期未登录', '长期未登陆', '长期未使用', '不活跃', '闲置', '休眠', '沉睡'],
  en: ['inactive', 'inactivity', 'dormant', 'unused account*', 'idle account*'],
});

/** Inactive accounts. */
export const inactivityCues = defineCues('ua-inactivity', {
  zh: ['长期未登录', '长期未登陆', '长期未使用', '未登录', '未登陆', '未使用', '不活跃', '闲置', '休眠', '沉睡', '回收'],
  en: ['inactive', 'inactivity', 'dormant', 'not logged in', 'not log in', 'not sign in', 'not signed in', "don't sign in", 'not been used', 'not used', "haven't logged", 'unused account*', 'idle account*', 'not accessed'],
});

/** Automatic renewal of a paid service. */
export const autoRenewalCues = defineCues('ua-auto-renewal', {
  zh: ['自动续费', '自动续订', '自动续期', '自动延期', '自动扣费', '自动扣款', '连续包月', '连续包季', '连续包年', '连续订阅', '自动订阅'],
  en: ['auto-renew*', 'autorenew*', 'automatically renew*', 'renew automatically', 'renews automatically', 'renewed automatically', 'automatic renewal', 'automatically be renewed', 'recurring billing', 'recurring subscription', 'recurring payment*', 'renews monthly', 'renews annually', 'renews each', 'renew each', 'renews at the end', 'renews until', 'will renew'],
});

/** Turning automatic renewal off (the cue right before a renewal word is the action, not the renewal). */
const renewalOffCues = defineCues('ua-renewal-off', {
  zh: ['取消', '关闭', '退订', '停止', '管理'],
  en: ['cancel*', 'turn off', 'disable', 'stop'],
});

// ---------------------------------------------------------------------------------------------
// Legal entities
// ---------------------------------------------------------------------------------------------

/** Chinese names of legal persons: 某某有限公司, 某某研究院 … */
const ZH_ENTITY = /[\u4e00-\u9fffa-z0-9()·]{2,40}?(?:有限责任公司|股份有限公司|有限公司|股份公司|集团公司|合伙企业|分公司|研究院|研究所|事务所|基金会|大学|学院)/;

const enEntityCues = defineCues('ua-entity-suffix-en', {
  en: ['inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'gmbh', 'plc', 'corp', 'corp.', 'corporation', 'pty', 's.a.', 's.l.', 's.r.l.', 'srl', 'b.v.', 'n.v.', 'llp', 'sarl', 'sas', 'a/s', 'oy', 'ag', 'kft', 'co., ltd', 'pte', 'pvt', 'company limited'],
});

/**
 * A template blank that stands for the company ([公司全称], [full legal name of the company]) counts
 * as its name: the structure is right, and placeholder-unfilled reports the blank itself.
 */
const ENTITY_BLANK = /\[[^\[\]\n]{0,20}(?:公司|全称|主体名称|company|legal name|entity)[^\[\]\n]{0,30}\]/;

/** Whether a span names a legal person (a company name with its legal form). */
export function namesLegalEntity(model: DocumentModel, span: Span): boolean {
  const text = model.plain.slice(span.start, span.end);
  return ZH_ENTITY.test(text) || ENTITY_BLANK.test(text) || model.hitsIn(enEntityCues, span.start, span.end).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Who may act: the operator's power or the user's option
// ---------------------------------------------------------------------------------------------

const OPERATOR_MODAL_ZH = /(?:有权|可以|可能|可视|将会|将|会|保留|得以|可(?=[暂中终冻封回删限注停下屏清采对根直随自]))/;
const USER_MODAL_ZH = /(?:您|你|用户)(?:也|还|均|亦|随时)?(?:可以|可|有权|能够|能|申请|主动|自行)/;
const OPERATOR_MODAL_EN = /\b(?:may|will|can|might|shall|reserves? the right to|is entitled to|are entitled to|could|would)\b/;
const USER_MODAL_EN = /\byou (?:may|can|could|might|are able to|have the right to|are free to|will be able to)\b/;

/**
 * Whether the words before `offset` in the sentence give the operator a power ("我们有权暂停",
 * "we may suspend") rather than the user an option ("您可以注销", "you may close your account").
 */
export function operatorPower(model: DocumentModel, sentence: Sentence, offset: number): boolean {
  const zh = isZh(model, sentence);
  const before = textBefore(model, sentence, offset, zh ? 30 : 80);
  const clause = zh ? before.slice(Math.max(before.lastIndexOf('。'), 0)) : before;
  if ((zh ? USER_MODAL_ZH : USER_MODAL_EN).test(clause.slice(-12 * (zh ? 1 : 3)))) return false;
  return (zh ? OPERATOR_MODAL_ZH : OPERATOR_MODAL_EN).test(clause);
}

// ---------------------------------------------------------------------------------------------
// Clauses inside a sentence (for targeted corrections)
// ---------------------------------------------------------------------------------------------

const CLAUSE_DELIMITERS = new Set([',', ';', ':', '、']);
const TERMINALS = new Set(['。', '.', '!', '?', '…']);
/** List numbering typed into the text: "7.1 ", "（三）", "第十条 ". */
const LEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.? {0,2}|[(]?[一二三四五六七八九十]{1,3}[)、.] {0,2}|第[一二三四五六七八九十百]{1,4}[条章] {0,2})/;

interface ClauseSpan extends Span {
  /** The sentence without its numbering and final punctuation. */
  contentStart: number;
  contentEnd: number;
  /** The clause is the whole sentence (apart from its numbering and final punctuation). */
  whole: boolean;
  /** Delimiter before the clause, if any. */
  delimiterBefore: number;
  /** Delimiter after the clause, if any. */
  delimiterAfter: number;
}

function clauseAround(model: DocumentModel, sentence: Sentence, hit: Span): ClauseSpan {
  const text = model.plain;
  let contentEnd = sentence.plainEnd;
  while (contentEnd > sentence.plainStart && (TERMINALS.has(text[contentEnd - 1]!) || text[contentEnd - 1] === ' ' || text[contentEnd - 1] === '"' || text[contentEnd - 1] === ')')) contentEnd--;
  const numbering = LEADING_NUMBER.exec(text.slice(sentence.plainStart, sentence.plainEnd));
  const contentStart = sentence.plainStart + (numbering ? numbering[0].length : 0);
  let delimiterBefore = -1;
  for (let i = hit.start - 1; i >= contentStart; i--) {
    if (CLAUSE_DELIMITERS.has(text[i]!)) {
      delimiterBefore = i;
      break;
    }
  }
  let delimiterAfter = -1;
  for (let i = hit.end; i < contentEnd; i++) {
    if (CLAUSE_DELIMITERS.has(text[i]!)) {
      delimiterAfter = i;
      break;
    }
  }
  let start = delimiterBefore >= 0 ? delimiterBefore + 1 : contentStart;
  while (start < hit.start && text[start] === ' ') start++;
  const end = delimiterAfter >= 0 ? delimiterAfter : contentEnd;
  return { start, end, contentStart, contentEnd, whole: delimiterBefore < 0 && delimiterAfter < 0, delimiterBefore, delimiterAfter };
}

// ---------------------------------------------------------------------------------------------
// Unfair standard terms (Civil Code Art. 497)
// ---------------------------------------------------------------------------------------------

export type UnfairKind = 'final-interpretation' | 'change-without-notice' | 'total-exclusion' | 'waiver-of-suit' | 'deemed-privacy-consent';

export interface UnfairTerm {
  kind: UnfairKind;
  sentence: Sentence;
  /** The words at fault. */
  cue: Span;
  fix?: { span: Span; replacement: string };
}

const finalInterpretationCues = defineCues('ua-final-interpretation', {
  zh: ['最终解释权', '解释权归', '解释权属于', '的解释权', '享有解释权', '拥有解释权', '保留解释权', '最终解释归', '享有最终解释', '拥有最终解释', '保留最终解释'],
  en: ['final interpretation', 'right of interpretation', 'right to interpret', 'interpretation right*', 'final right to interpret', 'sole right to interpret', 'final authority to interpret', 'final say on the interpretation', 'right of final interpretation', 'interpretation of these terms is final', 'interpretation is final', 'interpretation shall be final', 'interpretation will be final', 'decision on the interpretation'],
});

/** What the law says instead (Civil Code Art. 498): the usual meaning, and doubts against the drafter. */
const FAIR_INTERPRETATION_ZH = '对本协议条款的理解有争议的，应当按照通常理解予以解释；有两种以上解释的，应当作出不利于我们的解释';
const FAIR_INTERPRETATION_EN = 'Where a term of this agreement can reasonably be read in more than one way, the reading more favourable to you applies';

/** Unilateral changes or an end of the service (the object of "without notice"). */
const changeOrEndCues = defineCues('ua-change-or-end', {
  zh: ['修改', '修订', '变更', '更新', '调整', '更改', '中止', '终止', '中断', '停止', '暂停', '下线', '取消', '删除'],
  en: ['modif*', 'chang*', 'revis*', 'updat*', 'amend*', 'alter*', 'suspend*', 'terminat*', 'discontinu*', 'remov*', 'cancel*', 'withdraw*'],
});

/** Actions against the user's account: their notice and grounds are ua-account-rules' concern. */
export const accountActionCues = defineCues('ua-account-action', {
  zh: ['暂停', '中止', '终止', '冻结', '封禁', '封号', '回收', '黑名单', '限制登录', '限制功能', '限制使用', '限制您', '删除您', '删除相关', '删除内容', '删除该', '清空', '注销您的', '注销该', '注销其', '下架', '屏蔽', '停止提供', '停止向您', '停止您'],
  en: ['suspend*', 'terminat*', 'ban', 'bans', 'banned', 'close your account', 'close the account', 'close accounts', 'disable your', 'delete your account', 'remove your', 'remove any content', 'reset your', 'revoke*', 'discontinue*', 'block your', 'restrict your', 'limit your access', 'deactivate*'],
});

const accountObjectCues = defineCues('ua-account-object', {
  zh: ['账号', '帐号', '账户', '帐户'],
  en: ['your account', 'the account', 'accounts', 'your access', 'your profile'],
});

const totalExclusionCues = defineCues('ua-total-exclusion', {
  zh: ['概不负责', '概不承担', '一概不负责', '一概不承担', '不承担任何', '不负任何', '不承担一切', '免除一切', '免除全部', '免除任何', '不对任何', '不承担全部', '无需承担任何', '无须承担任何', '不负有任何', '不负担任何', '不承担所有'],
  en: [
    'no liability whatsoever', 'any liability whatsoever', 'not be liable for any', 'not liable for any', 'not be liable to you for any', 'not be responsible for any', 'not responsible for any', 'disclaim all liability', 'disclaims all liability', 'disclaim any liability',
    'disclaims any liability', 'exclude all liability', 'excludes all liability', 'damages whatsoever', 'under no circumstances will', 'under no circumstances shall', 'in no event shall', 'in no event will', 'no responsibility whatsoever', 'not be held liable for any',
    'bears no liability', 'no liability for any', 'not accept any liability', 'accept no liability', 'accepts no liability',
  ],
});

/** Exclusions limited to causes outside the operator's control or to what the law allows. */
const exclusionCarveOutCues = defineCues('ua-exclusion-carve-out', {
  zh: ['不可抗力', '第三方', '您自身', '您自己', '您本人', '您个人', '您的原因', '用户原因', '用户自身', '您自行', '因您', '由于您', '您违反', '故意', '重大过失', '法律另有规定', '法律法规另有规定', '另有约定', '法律规定', '法律允许', '除外', '黑客', '病毒', '电信', '政府行为', '停电'],
  en: ['to the extent permitted', 'to the maximum extent', 'to the fullest extent', 'permitted by law', 'permitted by applicable law', 'except', 'unless', 'gross negligence', 'wilful', 'willful', 'fraud', 'force majeure', 'beyond our reasonable control', 'third part*', 'caused by you', 'by you', 'your own', 'your device'],
});

const liabilityWordCues = defineCues('ua-liability-word', {
  zh: ['责任', '损失', '赔偿', '后果', '损害'],
  en: ['liab*', 'damage*', 'loss*', 'responsib*'],
});

const waiverEnCues = defineCues('ua-waiver-en', {
  en: ['right to sue', 'not to sue', 'waive any claim*', 'waive all claim*', 'waives any claim*', 'waives all claim*', 'not to bring any claim', 'not bring any claim', 'release us from all', 'release us from any', 'give up your right', 'give up any right', 'forfeit any right', 'waive any right to bring', 'waive your right to bring', 'waive the right to bring', 'right to take legal action', 'not take legal action', 'covenant not to sue', 'right to bring any claim', 'right to bring a claim', 'right to bring legal'],
});
const waiverWordEnCues = defineCues('ua-waiver-word-en', {
  en: ['waive*', 'give up', 'not to sue', 'not bring', 'not to bring', 'release us', 'forfeit*', 'relinquish*', 'not take legal action'],
});
const WAIVER_ZH = /放弃[^。;!?]{0,20}?(?:诉讼|起诉|诉权|索赔|追究|追偿|法律救济|权利主张|主张权利|申诉)|不得(?:以任何[^。;]{0,6})?(?:就[^。;]{0,20}?)?(?:向[^。;]{0,20}?)?(?:提起诉讼|起诉|提出索赔|追究)|(?:同意|承诺|保证)不(?:就[^。;]{0,20}?)?(?:向[^。;]{0,20}?)?(?:主张|提出|要求|追究|提起)[^。;]{0,8}?(?:赔偿|索赔|权利|责任|诉讼)/;

const arbitrationCues = defineCues('ua-arbitration', {
  zh: ['仲裁'],
  en: ['arbitrat*', 'jury', 'class action', 'small claims'],
});

/** "视为同意", "即表示您同意": a deeming construction. Runs on one sentence; starts with a literal, bounded. */
const DEEM_ZH = /(?:视为|即表示|即代表|即意味着|则表示|则代表|表示您|表示你|代表您|代表你|意味着您|意味着你|即为您|默认您|默认你|默认为)[^。;]{0,40}?(?:同意|接受|授权|认可|许可)|即(?:已)?同意/;
const deemEnCues = defineCues('ua-deem-en', {
  en: ['you agree', 'you consent', 'you accept', 'you also agree', 'you also consent', 'you also accept', 'you further agree', 'you further consent', 'you are agreeing', 'you are consenting', 'you acknowledge and agree', 'you hereby agree', 'you hereby consent', 'constitutes acceptance', 'constitutes your acceptance', 'constitutes your agreement', 'constitutes your consent', 'deemed to have', 'deemed to accept', 'deemed to agree', 'deemed to consent', 'deemed consent', 'will be deemed', 'shall be deemed', 'indicates your acceptance', 'indicates your agreement', 'indicates your consent', 'signifies your', 'means that you agree', 'means you agree', 'means you accept', 'means you consent'],
});
/** The act the consent is inferred from: using, registering, accepting the agreement, clicking. */
const inferredActCues = defineCues('ua-inferred-act', {
  zh: ['使用', '访问', '浏览', '注册', '登录', '登陆', '下载', '安装', '打开', '进入', '继续', '同意本协议', '接受本协议', '同意用户协议', '同意服务协议', '签署', '点击', '勾选', '确认'],
  en: ['by using', 'by accessing', 'by visiting', 'by downloading', 'by installing', 'by registering', 'by continuing', 'by signing up', 'by creating', 'by browsing', 'by accepting', 'by agreeing', 'by clicking', 'by checking', 'by ticking', 'by submitting', 'continued use', 'continue to use', 'continuing to use', 'your use of', 'if you use', 'when you use'],
});
/** Personal information as what is consented to. */
const privacyObjectCues = defineCues('ua-privacy-object', {
  zh: ['隐私政策', '隐私权政策', '隐私保护政策', '个人信息保护政策', '隐私保护指引', '个人信息处理规则', '隐私协议', '隐私声明', '个人信息保护指引', '隐私条款', '个人信息保护规则', '个人信息', '隐私'],
  en: ['privacy policy', 'privacy notice', 'privacy statement', 'personal information', 'personal data', 'your data', 'your information', 'collection and use', 'collection, use'],
});
/** Explicit consent given to the privacy policy itself ("勾选同意《隐私政策》"). */
const explicitPrivacyActCues = defineCues('ua-explicit-privacy-act', {
  zh: ['单独同意', '单独确认', '勾选', '单独阅读'],
  en: ['separately', 'separate consent', 'by ticking', 'by checking the box'],
});

function deemedPrivacyConsent(model: DocumentModel, s: Sentence): Span | undefined {
  let deem: Span | undefined;
  if (isZh(model, s)) {
    const m = DEEM_ZH.exec(model.textOf(s));
    if (m) deem = { start: s.plainStart + m.index, end: s.plainStart + m.index + m[0].length };
  } else {
    deem = model.firstHit(deemEnCues, s.plainStart, s.plainEnd);
  }
  if (!deem) return undefined;
  if (model.hitsIn(inferredActCues, s.plainStart, deem.start).length === 0) return undefined;
  if (model.hitsIn(privacyObjectCues, deem.start, s.plainEnd).length === 0) return undefined;
  if (negatedBefore(model, s, deem.start)) return undefined;
  // Ticking a box for the privacy policy itself is explicit consent to it.
  if (model.hitsIn(explicitPrivacyActCues, s.plainStart, deem.start).length > 0 && model.hitsIn(privacyObjectCues, s.plainStart, deem.start).length > 0) return undefined;
  return deem;
}

function finalInterpretation(model: DocumentModel, s: Sentence): UnfairTerm | undefined {
  const hit = model.hitsIn(finalInterpretationCues, s.plainStart, s.plainEnd).find((h) => !negatedBefore(model, s, h.start));
  if (!hit) return undefined;
  const clause = clauseAround(model, s, hit);
  const zh = isZh(model, s);
  if (clause.whole) return { kind: 'final-interpretation', sentence: s, cue: hit, fix: { span: { start: clause.start, end: clause.end }, replacement: zh ? FAIR_INTERPRETATION_ZH : FAIR_INTERPRETATION_EN } };
  // One clause of a longer sentence: delete it with the comma that joins it.
  const span = clause.delimiterBefore >= 0 ? { start: clause.delimiterBefore, end: clause.end } : { start: clause.start, end: clause.delimiterAfter + 1 };
  return { kind: 'final-interpretation', sentence: s, cue: hit, fix: { span, replacement: '' } };
}

/** The seven days of E-Commerce Law Art. 34, in place of the words that waive notice. */
function noticeWording(model: DocumentModel, s: Sentence, hit: CueHit): { span: Span; replacement: string } {
  const phrase = model.plain.slice(hit.start, hit.end);
  if (!isZh(model, s)) return { span: hit, replacement: "with at least seven days' notice" };
  if (phrase.startsWith('不经') || phrase.startsWith('未经')) return { span: hit, replacement: '经提前七日通知' };
  const joined = '且并而'.includes(model.plain[hit.start - 1] ?? '');
  const start = joined ? hit.start - 1 : hit.start;
  const object = model.plain[hit.end] === '您' || phrase.endsWith('您') ? '' : '您';
  return { span: { start, end: hit.end }, replacement: `${joined ? '并' : ''}提前七日通知${object}` };
}

/**
 * The correction of a change clause: the notice wording replaced, and the clause, which is a term
 * with major interests once it is fair, set in bold unless the sentence already carries emphasis.
 */
function noticeFix(model: DocumentModel, s: Sentence, hit: CueHit): { span: Span; replacement: string } {
  const wording = noticeWording(model, s, hit);
  const clause = clauseAround(model, s, hit);
  const sentenceSpan = { start: clause.contentStart, end: clause.contentEnd };
  const block = model.blocks[s.block]!;
  const marked = block.allStrong || block.emphasis.some(([a, b]) => a < sentenceSpan.end && sentenceSpan.start < b);
  const source = model.sourceTextOf(sentenceSpan);
  const cueSource = model.sourceTextOf(wording.span);
  if (marked || /[*_<>`\[\]]/.test(source) || source.split(cueSource).length !== 2) return wording;
  return { span: sentenceSpan, replacement: `**${source.replace(cueSource, wording.replacement)}**` };
}

function changeWithoutNotice(model: DocumentModel, s: Sentence): UnfairTerm | undefined {
  const hit = model.hitsIn(noNoticeCues, s.plainStart, s.plainEnd).find((h) => !negatedBefore(model, s, h.start));
  if (!hit || !model.has(changeOrEndCues, s)) return undefined;
  // Reclaiming an unused account is ua-inactive-account-handling's; actions against an account are ua-account-rules'.
  if (model.has(inactivityCues, s)) return undefined;
  // A change of the agreement itself ("修改本协议"), not "terminate your account if you breach these Terms".
  const aboutAgreement = model.has(agreementObjectCues, s) && model.has(changeVerbCues, s);
  const againstUser = model.hitsIn(accountActionCues, s.plainStart, s.plainEnd).some((h) => operatorPower(model, s, h.start));
  if (!aboutAgreement && (againstUser || (model.has(accountObjectCues, s) && model.has(accountActionCues, s)))) return undefined;
  return { kind: 'change-without-notice', sentence: s, cue: hit, fix: aboutAgreement ? noticeFix(model, s, hit) : undefined };
}

const USER_EXEMPT_ZH = /(?:您|你|用户)(?:将|均|亦|也|本人)?$/;

/** "任何损失，本公司均不承担赔偿责任": the universal word comes before the exclusion. Bounded, starts with a literal. */
const ANY_LOSS_ZH = /(?:任何|一切|所有)[^。;]{0,12}?(?:损失|损害|后果)[^。;]{0,20}?(?:均|都|概|一律)不(?:承担|负)/;

function totalExclusion(model: DocumentModel, s: Sentence): UnfairTerm | undefined {
  const zh = isZh(model, s);
  if (zh) {
    const m = ANY_LOSS_ZH.exec(model.textOf(s));
    if (m && model.hitsIn(exclusionCarveOutCues, s.plainStart, s.plainEnd).length === 0) return { kind: 'total-exclusion', sentence: s, cue: { start: s.plainStart + m.index, end: s.plainStart + m.index + m[0].length } };
  }
  for (const hit of model.hitsIn(totalExclusionCues, s.plainStart, s.plainEnd)) {
    if (negatedBefore(model, s, hit.start) && !zh) continue;
    if (zh && USER_EXEMPT_ZH.test(textBefore(model, s, hit.start, 4))) continue;
    const phrase = model.plain.slice(hit.start, hit.end);
    if (zh && !phrase.startsWith('概不') && !phrase.startsWith('一概') && model.hitsIn(liabilityWordCues, hit.end, Math.min(s.plainEnd, hit.end + 24)).length === 0) continue;
    const carve = model.hitsIn(exclusionCarveOutCues, s.plainStart, s.plainEnd);
    if (carve.length > 0) continue;
    if (!zh && /\b(?:indirect|consequential|incidental|special|punitive|exemplary)\b/.test(model.textOf(s)) && !/\bdirect\b/.test(model.textOf(s))) continue;
    return { kind: 'total-exclusion', sentence: s, cue: hit };
  }
  return undefined;
}

function waiverOfSuit(model: DocumentModel, s: Sentence): UnfairTerm | undefined {
  if (model.has(arbitrationCues, s)) return undefined;
  if (isZh(model, s)) {
    const m = WAIVER_ZH.exec(model.textOf(s));
    if (!m) return undefined;
    const start = s.plainStart + m.index;
    if (negatedBefore(model, s, start)) return undefined;
    return { kind: 'waiver-of-suit', sentence: s, cue: { start, end: start + m[0].length } };
  }
  const hit = model.firstHit(waiverEnCues, s.plainStart, s.plainEnd);
  if (!hit || !model.has(waiverWordEnCues, s)) return undefined;
  return { kind: 'waiver-of-suit', sentence: s, cue: hit };
}

const unfairCache = new WeakMap<DocumentModel, UnfairTerm[]>();

/** The unfair standard terms of a document, one per sentence, in document order. */
export function unfairTerms(model: DocumentModel): UnfairTerm[] {
  const cached = unfairCache.get(model);
  if (cached) return cached;
  const found: UnfairTerm[] = [];
  for (const s of bodySentencesOf(model)) {
    const deem = deemedPrivacyConsent(model, s);
    const term = finalInterpretation(model, s) ?? changeWithoutNotice(model, s) ?? totalExclusion(model, s) ?? waiverOfSuit(model, s) ?? (deem ? { kind: 'deemed-privacy-consent' as const, sentence: s, cue: deem } : undefined);
    if (term) found.push(term);
  }
  unfairCache.set(model, found);
  return found;
}

/** Whether a sentence holds an unfair term of the given kinds (all kinds when none are given). */
export function isUnfair(model: DocumentModel, sentence: Sentence, kinds?: readonly UnfairKind[]): boolean {
  return unfairTerms(model).some((t) => t.sentence.plainStart === sentence.plainStart && (!kinds || kinds.includes(t.kind)));
}

// ---------------------------------------------------------------------------------------------
// Terms with major interests that must be brought to the user's attention (Civil Code Art. 496)
// ---------------------------------------------------------------------------------------------

export type KeyTermCategory = 'liability' | 'rights' | 'termination' | 'change' | 'penalty' | 'renewal' | 'forum';

export interface KeyTerm {
  category: KeyTermCategory;
  sentence: Sentence;
  cue: Span;
}

const liabilityCues = defineCues('ua-key-liability', {
  zh: ['不承担', '不负责', '免责', '免除', '概不', '不保证', '不作任何保证', '不作保证', '不提供任何保证', '不作任何明示', '责任限制', '赔偿总额', '赔偿上限', '责任上限', '不予赔偿', '不负任何', '不提供任何担保', '不作担保', '现状', '不承诺'],
  en: ['not be liable', 'not liable', 'no liability', 'not be responsible', 'not responsible', 'disclaim*', 'as is', 'as available', 'limitation of liability', 'limitation on liability', 'in no event', 'without warrant*', 'no warrant*', 'total liability', 'aggregate liability', 'liability is limited', 'liability shall be limited', 'liability will be limited', 'make no warrant*', 'makes no warrant*', 'do not warrant', 'does not warrant', 'not guarantee', 'no guarantee', 'exclude liability', 'excludes liability', 'limit our liability', 'limits our liability', 'liable only', 'under no circumstances'],
});

const rightsCues = defineCues('ua-key-rights', {
  zh: ['不予退还', '不退还', '不予退款', '不退款', '不可退款', '不得退款', '概不退', '放弃', '不可撤销', '所有权归', '仅获得', '没收', '清零', '作废', '无权要求', '不享有'],
  en: ['non-refundable', 'nonrefundable', 'no refund*', 'not refundable', 'waive*', 'irrevocabl*', 'no cash value', 'not your property', 'forfeit*', 'you do not own', 'you have no right', 'no ownership', 'you acquire no', 'perpetual'],
});

const penaltyCues = defineCues('ua-key-penalty', {
  zh: ['违约金', '滞纳金', '罚款', '罚金', '赔偿我们', '赔偿本公司', '赔偿平台', '您应当赔偿', '您应赔偿', '由您赔偿', '您需赔偿', '向我们赔偿', '承担违约责任', '律师费', '扣除您', '扣除相应', '追究您的', '保证金', '全部损失', '一切损失'],
  en: ['indemnif*', 'indemnity', 'hold harmless', 'liquidated damages', 'penalt*', 'a fine', 'you will pay us', 'reimburse us', 'legal fees', "attorneys' fees", 'attorney fees', 'cancellation fee*', 'termination fee*', 'late fee*', 'late payment fee*', 'you will be liable', 'you shall be liable', 'you are liable', 'compensate us', 'you shall bear', 'you will bear'],
});

/** "您应当赔偿", "用户应独自承担一切法律责任": the user bears liability or pays damages. */
const USER_LIABILITY_ZH = /(?:您|用户|你)[^。;]{0,8}?(?:应当|应|须|需要|需|必须)[^。;]{0,8}?(?:赔偿|承担[^。;]{0,10}?(?:责任|损失))/;

function userLiability(model: DocumentModel, s: Sentence): Span | undefined {
  const m = USER_LIABILITY_ZH.exec(model.textOf(s));
  return m ? { start: s.plainStart + m.index, end: s.plainStart + m.index + m[0].length } : undefined;
}

const forumCues = defineCues('ua-key-forum', {
  zh: ['仲裁', '所在地人民法院', '所在地法院', '所在地有管辖权', '签订地', '我方所在地', '本公司所在地', '平台所在地', '公司所在地'],
  en: ['arbitrat*', 'exclusive jurisdiction', 'exclusively in', 'class action', 'jury trial', 'exclusive venue', 'sole jurisdiction'],
});
/** "由成都市高新技术产业开发区人民法院管辖": a named court, not the statutory defendant's domicile. */
const NAMED_COURT_ZH = /[\u4e00-\u9fff]{2,30}人民法院(?:管辖|诉讼|起诉|提起诉讼)/;
const DEFAULT_FORUM_ZH = /被告住所地|原告住所地|有管辖权的人民法院|被告所在地/;

/** Sentences about emphasis itself ("以粗体标出的条款"). */
export const emphasisMetaCues = defineCues('ua-emphasis-meta', {
  zh: ['粗体', '加粗', '黑体', '下划线', '特别提示', '重点阅读', '着重', '显著方式', '加黑', '字体', '审慎阅读', '仔细阅读', '免除或者限制', '免除或限制', '限制责任的条款', '免责条款'],
  en: ['bold', 'underline*', 'capital letters', 'in capitals', 'highlighted', 'all caps', 'read these terms carefully', 'read carefully', 'please read'],
});

/** A user's option in a change clause ("如您不同意修改，可以注销账号"): not a term against the user. */
const userOptionCues = defineCues('ua-user-option', {
  zh: ['如您不同意', '若您不同意', '如果您不同意', '您不同意', '你不同意', '您可以', '你可以', '您有权', '您可在', '您可随时'],
  en: ['if you do not agree', "if you don't agree", 'if you disagree', 'you do not agree', 'you can', 'you may', 'you are free to', 'you have the right'],
});

/** When a change takes effect. */
const takesEffectCues = defineCues('ua-takes-effect', {
  zh: ['生效', '施行'],
  en: ['take effect', 'takes effect', 'effective', 'in force'],
});

/** Headings of the section on changing the agreement ("软件的获取与更新" is about software, not the agreement). */
export const changeSectionCues = defineCues('ua-change-heading', {
  zh: ['协议的变更', '协议变更', '协议的修改', '协议修改', '协议的修订', '协议修订', '协议的更新', '协议更新', '条款的变更', '条款变更', '条款的修改', '条款修改', '条款的修订', '条款修订'],
  en: ['changes', 'changes to', 'modification*', 'amendment*', 'revision*', 'updates to these', 'updates to the terms', 'updates to this'],
});

const serviceChangeVerbCues = defineCues('ua-service-change-verb', {
  zh: ['修改', '变更', '调整', '更改', '取消'],
  en: ['modify', 'change', 'alter', 'remove', 'discontinue'],
});

/** Objects of a change that affects the user besides the agreement itself: the service, its prices. */
const serviceObjectCues = defineCues('ua-service-object', {
  zh: ['服务', '价格', '费用', '收费', '功能', '资费', '权益'],
  en: ['the service', 'our services', 'prices', 'fees', 'features', 'pricing', 'the price'],
});

function renewalHit(model: DocumentModel, s: Sentence): CueHit | undefined {
  // "您可以随时关闭自动续费", "you can cancel auto-renewal": the way out, not the renewal.
  if (model.has(userOptionCues, s) && model.has(renewalOffCues, s)) return undefined;
  for (const hit of model.hitsIn(autoRenewalCues, s.plainStart, s.plainEnd)) {
    if (negatedBefore(model, s, hit.start)) continue;
    // "关闭自动续费", "cancel auto-renewal": the way out, not the renewal.
    const before = textBefore(model, s, hit.start, isZh(model, s) ? 4 : 24);
    if (model.hitsIn(renewalOffCues, hit.start - before.length, hit.start).length > 0) continue;
    return hit;
  }
  return undefined;
}

function forumHit(model: DocumentModel, s: Sentence): Span | undefined {
  for (const hit of model.hitsIn(forumCues, s.plainStart, s.plainEnd)) {
    const before = textBefore(model, s, hit.start, 6);
    if (/non-? ?$/.test(before) || /(?:被告|原告)$/.test(before)) continue;
    return hit;
  }
  if (isZh(model, s)) {
    const text = model.textOf(s);
    const m = NAMED_COURT_ZH.exec(text);
    if (m && !DEFAULT_FORUM_ZH.test(text)) return { start: s.plainStart + m.index, end: s.plainStart + m.index + m[0].length };
  }
  return undefined;
}

function keyTermOf(model: DocumentModel, s: Sentence, inChangeSection: boolean): KeyTerm | undefined {
  const zh = isZh(model, s);
  const first = <T extends Span>(hits: readonly T[], keep: (hit: T) => boolean = () => true) => hits.find(keep);
  const liability = first(model.hitsIn(liabilityCues, s.plainStart, s.plainEnd), (h) => !(zh && USER_EXEMPT_ZH.test(textBefore(model, s, h.start, 4))));
  if (liability) return { category: 'liability', sentence: s, cue: liability };
  const penalty = first(model.hitsIn(penaltyCues, s.plainStart, s.plainEnd)) ?? (zh ? userLiability(model, s) : undefined);
  if (penalty) return { category: 'penalty', sentence: s, cue: penalty };
  const rights = first(model.hitsIn(rightsCues, s.plainStart, s.plainEnd));
  if (rights) return { category: 'rights', sentence: s, cue: rights };
  const renewal = renewalHit(model, s);
  if (renewal) return { category: 'renewal', sentence: s, cue: renewal };
  const forum = forumHit(model, s);
  if (forum) return { category: 'forum', sentence: s, cue: forum };
  // "您可以申请注销账号，我们会删除您的个人信息": carrying out the user's own request, not a power over the user.
  const userFirst = model.firstHit(userOptionCues, s.plainStart, s.plainEnd);
  // Deleting personal information (after cancellation, when the service ends) is a duty, not a sanction.
  const personalData = model.has(personalDataCues, s);
  const termination = first(
    model.hitsIn(accountActionCues, s.plainStart, s.plainEnd),
    (h) => operatorPower(model, s, h.start) && !(userFirst && userFirst.start < h.start) && !(personalData && /^(?:删除|清空|delete|remove)/.test(model.plain.slice(h.start, h.end))),
  );
  if (termination) return { category: 'termination', sentence: s, cue: termination };
  const change = model.firstHit(changeVerbCues, s.plainStart, s.plainEnd);
  if (change) {
    const agreement = model.has(agreementObjectCues, s);
    const userOption = model.has(userOptionCues, s);
    if (agreement && !(userOption && !operatorPower(model, s, change.start))) return { category: 'change', sentence: s, cue: change };
    // In a section on changes: "Revisions take effect seven days after posting", "we may update them".
    if (!agreement && !userOption && inChangeSection && (model.has(takesEffectCues, s) || operatorPower(model, s, change.start))) return { category: 'change', sentence: s, cue: change };
    // "我们有权调整服务内容和价格": a change of what the user gets ("为您提供软件更新" is not).
    const serviceChange = model.firstHit(serviceChangeVerbCues, s.plainStart, s.plainEnd);
    if (!agreement && serviceChange && model.has(serviceObjectCues, s) && operatorPower(model, s, serviceChange.start)) return { category: 'change', sentence: s, cue: serviceChange };
  }
  return undefined;
}

const personalDataCues = defineCues('ua-personal-data', {
  zh: ['个人信息', '个人数据'],
  en: ['personal information', 'personal data'],
});

const keyTermCache = new WeakMap<DocumentModel, KeyTerm[]>();

/**
 * Terms with major interests for the user: clauses that limit liability, exclude or restrict the
 * user's rights, let the operator change or end the service or the account, impose penalties,
 * renew paid services automatically, or fix the forum. Sentences about emphasis itself and the
 * unfair terms (which must go, not be emphasised) are left out.
 */
export function keyTerms(model: DocumentModel): KeyTerm[] {
  const cached = keyTermCache.get(model);
  if (cached) return cached;
  const found: KeyTerm[] = [];
  for (const s of bodySentencesOf(model)) {
    if (model.has(emphasisMetaCues, s) || isUnfair(model, s)) continue;
    const inChangeSection = model.sectionChain(s.plainStart).some((section) => model.has(changeSectionCues, model.blocks[section.block]!));
    const term = keyTermOf(model, s, inChangeSection);
    if (term) found.push(term);
  }
  keyTermCache.set(model, found);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Emphasis
// ---------------------------------------------------------------------------------------------

function countLetters(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return { upper, lower };
}

/** English text set in capitals ("THE SERVICE IS PROVIDED AS IS"), the conventional conspicuous form. */
export function inCapitals(model: DocumentModel, span: Span): boolean {
  const { upper, lower } = countLetters(model.sourceTextOf(span));
  return upper >= 12 && lower <= upper * 0.15;
}

/** Characters of a span rendered bold, italic, underlined or in capitals. */
export function emphasisedLength(model: DocumentModel, span: Span): number {
  const block = model.blocks[model.blockAt(span.start)]!;
  if (block.allStrong || inCapitals(model, span)) return span.end - span.start;
  let covered = 0;
  for (const [s, e] of block.emphasis) covered += Math.max(0, Math.min(e, span.end) - Math.max(s, span.start));
  return covered;
}

/** Whether a key term is brought to the reader's attention: its words or most of its sentence emphasised. */
export function isBroughtToAttention(model: DocumentModel, term: KeyTerm): boolean {
  const span = spanOf(term.sentence);
  const block = model.blocks[term.sentence.block]!;
  if (block.allStrong || inCapitals(model, span)) return true;
  if (block.emphasis.some(([s, e]) => s <= term.cue.start && term.cue.end <= e)) return true;
  return emphasisedLength(model, span) * 2 >= span.end - span.start;
}
