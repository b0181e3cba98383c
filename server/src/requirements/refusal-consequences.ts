import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CAC_METHODS, CHILDREN_PROVISIONS, COPPA, GBT35273, GDPR, gdprBasis, MINORS_ONLINE_REGULATIONS, PIPL } from '../profiles/citations';
import { cueText, isHeading, sentencesWithAll, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Declining to provide data or to grant a permission. */
export const refusalCues = defineCues('refusal', {
  zh: ['拒绝', '不提供', '不同意', '不授权', '不开启', '不允许', '未提供', '未授权', '关闭', '选择不', '不愿意提供', '不愿提供', '不接受'],
  en: ['do not provide', "don't provide", 'choose not to', 'declin*', 'refus*', 'do not agree', "don't agree", 'do not consent', 'do not grant', 'deny', 'not obliged', 'not required to provide', 'not obligated', 'fail to provide', 'opt not'],
});

/** What follows: a function that will not work, or that nothing else is affected. */
const consequenceCues = defineCues('refusal-consequence', {
  zh: ['无法', '不能', '不影响', '不会影响', '可能导致', '将导致', '会导致', '受到影响', '受影响', '无从', '不可用'],
  en: ['will not be able', 'may not be able', 'might not be able', 'unable to', 'cannot', "can't", "won't be able", 'not affect', 'affect your', 'limited', 'not work', 'not function', 'impossible', 'prevent', 'still use', 'continue to use'],
});

/** The policy sorts data into what a function needs and what is optional. */
const necessityCues = defineCues('refusal-necessity', {
  zh: ['必要个人信息', '必要信息', '非必要', '基本功能', '基本业务功能', '基础功能', '扩展功能', '附加功能', '扩展业务功能', '可选信息', '选填', '必填'],
  en: ['mandatory', 'optional', 'required fields', 'required information', 'necessary information', 'basic functions', 'basic features', 'additional features', 'not mandatory'],
});

/** "If you do not agree with this policy": the whole policy, not one item of data. */
const wholePolicyCues = defineCues('refusal-whole-policy', {
  zh: ['本政策', '本隐私政策', '本协议', '本指引', '本规则', '本声明', '隐私政策', '任何条款', '任何内容', '全部内容', '任何部分', '相关条款', '修改后的', '更新后的', '变更后的'],
  en: ['this policy', 'this privacy policy', 'these terms', 'any part', 'the terms', 'this privacy notice', 'this notice', 'this statement', 'the policy', 'our policy', 'this agreement'],
});

/** The service as a whole is refused. */
const blanketCues = defineCues('refusal-blanket', {
  zh: ['立即停止', '应停止', '应当停止', '请停止', '须停止', '必须停止', '停止访问', '请勿使用', '不要使用', '无法为您提供服务', '无法为你提供服务', '无法为您提供本', '无法为您提供任何', '无法为您提供完整', '无法使用我们的服务', '无法使用本服务', '无法继续使用', '不能使用我们的服务', '无法正常运行'],
  en: ['please do not use', 'do not use', 'must not use', 'should not use', 'may not use', 'stop using', 'discontinue', 'not be able to use', 'not access', 'not use the', 'not use our', 'refrain from using', 'cease using', 'leave'],
});

/** "不影响您使用其他功能": refusal is limited to one function. */
const limitedCues = defineCues('refusal-limited', {
  zh: ['不影响', '不会影响', '必要个人信息', '基本功能', '基本业务功能', '仅浏览', '基本模式'],
  en: ['not affect', 'basic functions', 'basic features', 'necessary for', 'required for'],
});

function isBlanket(model: DocumentModel, s: Sentence): boolean {
  return model.has(wholePolicyCues, s) && model.has(blanketCues, s) && !model.has(limitedCues, s);
}

export const refusalConsequences: Requirement = {
  id: 'refusal-consequences',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'blanket-refusal': 'error' },
  basis: {
    pipl: [PIPL.art16, CAC_METHODS.s4_2to3, GBT35273.s5_3],
    'cn-minors': [CHILDREN_PROVISIONS.art10_4, MINORS_ONLINE_REGULATIONS.art32],
    ...gdprBasis([GDPR.art13_2_e]),
    coppa: [COPPA.s312_7],
  },
  primaryCues: refusalCues,
  detect({ model }) {
    const refusals = sentencesWithAll(model, refusalCues, consequenceCues);
    const blanket = sentencesWithAll(model, refusalCues, wholePolicyCues, blanketCues).filter((s) => isBlanket(model, s));
    const disclosures = [...refusals.filter((s) => !blanket.includes(s)), ...model.sentences.filter((s) => !isHeading(model, s) && model.has(necessityCues, s) && model.has(consequenceCues, s))];
    const unique = [...new Map(disclosures.map((s) => [s.plainStart, s])).values()].sort((a, b) => a.plainStart - b.plainStart);
    const issues: Issue[] = blanket.map((s) => {
      const cue = cueText(model, model.firstHit(blanketCues, s.plainStart, s.plainEnd)!);
      return { kind: 'blanket-refusal', span: spanOf(s), args: { cue }, cue };
    });
    return { evidence: unique.map(spanOf), issues, matched: unique[0] ? model.firstHit(refusalCues, unique[0].plainStart, unique[0].plainEnd)?.phrase : undefined };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'what happens if a permission is refused',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n如您拒绝提供位置权限，将无法使用附近门店功能，但不影响您使用其他功能。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the whole service refused to those who disagree',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 引言\n\n如您拒绝提供手机号码，将无法注册账号，但不影响浏览。如果您不同意本政策的任何内容，您应立即停止使用我们的服务。\n',
      status: 'weak',
      findings: [{ kind: 'blanket-refusal', line: 4 }],
    },
    {
      name: 'no word on refusing',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码用于注册。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'optional data and what declining means',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nYour profile photo is optional; if you choose not to provide it, you can still use every feature.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no word on declining',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to create your account.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'do not use the service if you disagree',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Introduction\n\nIf you do not agree with this policy, please do not use our services.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }, { kind: 'blanket-refusal', line: 4 }],
    },
  ],
};
