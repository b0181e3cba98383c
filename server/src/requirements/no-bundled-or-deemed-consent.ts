import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CAC_METHODS, CONSUMER_PROTECTION, GBT35273, GBT42574, ONLINE_TRANSACTIONS_MEASURES, PIPL } from '../profiles/citations';
import { cueText, isHeading, negatedBefore, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Acts that are not consent: using, opening, registering, buying, staying silent. */
const useActCues = defineCues('deemed-use-act', {
  zh: ['使用', '访问', '浏览', '注册', '登录', '登陆', '下载', '安装', '打开', '订购', '购买', '进入', '未选择', '未勾选', '未提出', '未表示', '未拒绝', '不拒绝', '未删除', '未取消', '未关闭', '未反对', '沉默'],
  en: ['by using', 'by accessing', 'by visiting', 'by downloading', 'by installing', 'by registering', 'by continuing', 'by signing up', 'by creating', 'by browsing', 'by submitting', 'by providing', 'by launching', 'by opening', 'continued use', 'continue to use', 'continuing to use', 'continue using', 'your use of', 'use of the app', 'use of the service*', 'use of our', 'if you use', 'when you use', 'once you use', 'failure to object', 'do not object', 'silence'],
});

/** Acts that are real (explicit) consent: clicking or ticking "I agree". */
const explicitActCues = defineCues('deemed-explicit-act', {
  zh: ['点击', '勾选', '选择同意', '明示同意', '签署', '确认同意', '主动同意', '书面同意', '单独同意', '开启', '打开该权限', '开启该权限'],
  en: ['by clicking', 'by checking', 'by ticking', 'by tapping', 'by selecting', 'click "i agree"', 'check the box', 'tick the box', 'explicit consent', 'express consent'],
});

/** "视为……同意", "by using ... you agree". Runs on one sentence; starts with a literal, bounded. */
const DEEM_ZH = /(?:视为|即表示|即代表|即意味着|则表示|则代表|表示您|表示你|代表您|代表你|意味着您|意味着你|即为您|默认您|默认你|默认为|即是)[^。;]{0,30}?(?:同意|接受|授权|认可|许可)/;
const deemEnCues = defineCues('deemed-en', {
  en: ['you agree', 'you consent', 'you accept', 'you are agreeing', 'you are consenting', 'you are accepting', 'you acknowledge and agree', 'you signify', 'you hereby agree', 'you hereby consent', 'you expressly consent', 'constitutes acceptance', 'constitutes your acceptance', 'constitutes your agreement', 'constitutes your consent', 'constitute acceptance', 'constitute your acceptance', 'deemed to have', 'deemed to accept', 'deemed to agree', 'deemed to consent', 'deemed acceptance', 'deemed consent', 'will be deemed', 'shall be deemed', 'indicates your acceptance', 'indicates your agreement', 'indicates your consent', 'signifies your', 'means that you agree', 'means you agree', 'means you accept', 'means that you accept', 'means you consent', 'signify your'],
});

/** The clause is about changes to the policy (PIPL Art. 14 para. 2: material changes need new consent). */
const changeCues = defineCues('deemed-change', {
  zh: ['修订', '更新', '变更', '修改', '变动', '更改'],
  en: ['change*', 'update*', 'revis*', 'modif*', 'amend*'],
});

/** One-off, default or bundled consent. */
const bundledCues = defineCues('bundled-consent', {
  zh: ['一揽子', '一次性授权', '一次性同意', '一次性概括', '概括授权', '概括性授权', '概括同意', '概括性同意', '默认勾选', '默认同意', '默认已同意', '默认授权', '捆绑', '同意本协议即', '同意用户协议即', '同意本协议即视为', '同意服务协议即'],
  en: ['pre-checked', 'pre-ticked', 'pre-selected', 'checked by default', 'ticked by default', 'selected by default', 'opted in by default', 'bundled consent', 'blanket consent', 'consent to all purposes', 'consent to everything'],
});

/** "本政策是用户协议不可分割的一部分": bundling only when acceptance of one means consent to the other. */
const inseparableCues = defineCues('bundled-inseparable', {
  zh: ['不可分割的一部分', '不可分割的组成部分'],
  en: ['integral part', 'incorporated by reference', 'forms part of the terms', 'form part of the terms', 'part of our terms'],
});
const acceptanceCues = defineCues('bundled-acceptance', {
  zh: ['同意', '接受'],
  en: ['agree*', 'accept*', 'consent*'],
});

function deemedAt(model: DocumentModel, s: Sentence): { start: number; end: number } | undefined {
  const text = model.textOf(s);
  if (model.language === 'zh' || /[\u4e00-\u9fff]/.test(text)) {
    const m = DEEM_ZH.exec(text);
    if (!m) return undefined;
    const start = s.plainStart + m.index;
    // The act must come before the deeming ("继续使用……即视为同意"), not be an explicit click or tick.
    const acts = model.hitsIn(useActCues, s.plainStart, start);
    if (acts.length === 0 || model.hitsIn(explicitActCues, s.plainStart, start).length > 0) return undefined;
    if (negatedBefore(model, s, start)) return undefined;
    return { start, end: start + m[0].length };
  }
  const deem = model.firstHit(deemEnCues, s.plainStart, s.plainEnd);
  if (!deem || !model.has(useActCues, s) || model.has(explicitActCues, s)) return undefined;
  if (negatedBefore(model, s, deem.start)) return undefined;
  return deem;
}

export const noBundledOrDeemedConsent: Requirement = {
  id: 'no-bundled-or-deemed-consent',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { deemed: 'error', 'deemed-change': 'error', bundled: 'error' },
  basis: {
    pipl: [PIPL.art14, PIPL.art16, CAC_METHODS.s3_4, CAC_METHODS.s4_6, CONSUMER_PROTECTION.regs_art23, GBT35273.s5_3, GBT42574],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
  },
  primaryCues: bundledCues,
  kind: 'pattern',
  detect({ model, documentType }) {
    const issues: Issue[] = [];
    // An agreement is a contract that use may accept ("By using the Service you agree to these Terms");
    // consent to personal-information processing inferred there is ua-unfair-standard-terms' deemed-privacy-consent.
    const agreement = documentType === 'user-agreement';
    for (const s of model.sentences) {
      if (isHeading(model, s)) continue;
      const deemed = agreement ? undefined : deemedAt(model, s);
      if (deemed) {
        const cue = cueText(model, deemed);
        issues.push({ kind: model.has(changeCues, s) ? 'deemed-change' : 'deemed', span: spanOf(s), args: { cue }, cue });
        continue;
      }
      const bundled = model.hitsIn(bundledCues, s.plainStart, s.plainEnd).find((hit) => !negatedBefore(model, s, hit.start));
      const inseparable = model.hitsIn(inseparableCues, s.plainStart, s.plainEnd)[0];
      const hit = bundled ?? (inseparable && model.has(acceptanceCues, s) && !negatedBefore(model, s, inseparable.start) ? inseparable : undefined);
      if (hit) {
        const cue = cueText(model, hit);
        issues.push({ kind: 'bundled', span: spanOf(s), args: { cue }, cue });
      }
    }
    return { evidence: issues.map((issue) => issue.span), issues };
  },
  examples: [
    {
      name: 'using the service is taken as consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 引言\n\n当您使用本应用的任一服务时，即表示您已同意我们按照本政策收集、使用和共享您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'deemed', line: 4 }],
    },
    {
      name: 'continued use after a change is taken as acceptance',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策如何更新\n\n如您在本政策更新后继续使用我们的服务，即视为您同意更新后的政策。\n',
      status: 'weak',
      findings: [{ kind: 'deemed-change', line: 4 }],
    },
    {
      name: 'permissions granted all at once',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 权限\n\n安装本应用即一次性授权我们使用相机、通讯录和位置权限。\n',
      status: 'weak',
      findings: [{ kind: 'bundled', line: 4 }],
    },
    {
      name: 'consent by ticking, permissions off by default',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 引言\n\n请您在勾选“同意”后开始使用。上述权限均不会默认开启，我们不会以默认勾选的方式取得您的同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'by using the app you agree',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Introduction\n\nBy using the app, you agree to the collection and use of information in accordance with this policy.\n',
      status: 'weak',
      findings: [{ kind: 'deemed', line: 4 }],
    },
    {
      name: 'consent asked in the app',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Consent\n\nWe ask for your consent in the app before we collect your location, and you can refuse.\n',
      status: 'present',
      findings: [],
    },
  ],
};
