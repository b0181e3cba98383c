import { defineCues } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { GBT35273, NDSR, ONLINE_TRANSACTIONS_MEASURES, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { affirmed, isEmphasised, isHeading, linesWith, sectionsTitled, sentencesIn, sentencesWith, spanOf, uniqueSentences, within } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Words that label information as sensitive. */
export const sensitiveMarkerCues = defineCues('sensitive-marker', {
  zh: ['敏感个人信息', '个人敏感信息', '敏感信息', '敏感数据', '敏感的个人信息', '敏感权限', '特殊类别'],
  en: ['sensitive personal', 'sensitive information', 'sensitive data', 'sensitive categor*', 'special categor*', 'special category'],
});

/** Kinds of information PIPL Art. 28 (and GDPR Art. 9) treat as sensitive. */
export const sensitiveTypeCues = defineCues('sensitive-type', {
  zh: [
    '生物识别', '人脸', '面部识别', '面部特征', '面部信息', '脸部', '指纹', '声纹', '虹膜', '掌纹', '步态', '身份证', '证件号', '护照号', '银行卡', '银行账户', '银行账号',
    '金融账户', '信用卡', '征信', '医疗', '健康信息', '健康状况', '健康数据', '病历', '病史', '体检', '宗教', '特定身份', '精确位置', '精确地理位置', '精准位置', '精准定位',
    '精确定位', '行踪轨迹', '行踪信息', '性取向', '犯罪记录',
  ],
  en: ['biometric*', 'facial', 'face recognition', 'face data', 'fingerprint*', 'voiceprint*', 'health data', 'health information', 'medical', 'religio*', 'precise location', 'precise geolocation', 'financial account*', 'bank account*', 'credit card*', 'social security', 'passport number*', 'government id*', 'government-issued', 'sexual orientation', 'racial', 'ethnic origin', 'political opinion*', 'trade union', 'genetic'],
});

/** Separate consent (单独同意) for sensitive data. */
const separateConsentCues = defineCues('separate-consent', {
  zh: ['单独同意', '单独的同意', '单独征得', '单独征求', '单独取得', '单独获得', '单独获取', '单独授权', '单独的授权', '单独明示', '单独请求', '单独询问', '单独弹窗', '单独提示', '单独确认', '单独勾选', '另行征得', '另行获得', '另行取得', '另行征求'],
  en: ['separate consent', 'separately consent', 'consent separately', 'explicit consent', 'express consent', 'specific consent', 'opt-in consent', 'ask for your consent', 'ask for consent', 'ask your consent', 'ask you for consent', 'ask for your permission', 'with your consent', 'only with your consent', 'your explicit', 'explicitly consent'],
});

/** Explicit consent words: they count for sensitive data unless they are about sharing or publishing it. */
const explicitConsentCues = defineCues('explicit-consent', {
  zh: ['明示同意', '明确同意', '明示授权', '明确授权', '明确的同意', '明确的授权', '明示的同意', '弹窗'],
  en: ['explicit', 'explicitly', 'express', 'expressly', 'opt in', 'opt-in'],
});

/** Onward transfers: explicit consent there is not consent to collecting sensitive data. */
const onwardCues = defineCues('onward-transfer', {
  zh: ['转让', '公开披露', '共享', '对外提供', '披露', '第三方', '合作方', '境外'],
  en: ['share', 'sharing', 'disclose', 'transfer', 'third part*', 'sell'],
});

/** Why the data is needed (PIPL Art. 30: necessity). */
const necessityCues = defineCues('sensitive-necessity', {
  zh: ['必要性', '必要', '必需', '所需', '需要', '为了', '用于', '以便', '为实现', '为向您提供', '目的'],
  en: ['necessary', 'necessity', 'required', 'require', 'need', 'needed', 'in order to', 'so that', 'purpose*', 'to provide', 'used to', 'used for', 'we use'],
});

/** What it means for the person (PIPL Art. 30: impact on rights and interests). */
const impactCues = defineCues('sensitive-impact', {
  zh: ['对您的个人权益', '对个人权益', '个人权益的影响', '对您的影响', '对您的权益', '一旦泄露', '泄露或者非法使用', '泄露或非法使用', '泄露、非法提供', '人格尊严', '人身、财产安全', '人身和财产安全', '人身财产安全', '人身安全', '财产安全', '歧视', '受到危害', '造成损害', '重大影响', '较大影响', '不利影响', '风险'],
  en: ['impact on you', 'impact on your', 'affect you', 'affect your', 'risk*', 'harm*', 'adverse', 'discriminat*', 'consequences for you', 'damage to you', 'could be used to'],
});

/** Headings of a section on sensitive data. */
const sensitiveHeadingCues = defineCues('sensitive-heading', {
  zh: ['敏感个人信息', '个人敏感信息', '敏感信息'],
  en: ['sensitive', 'special categor*'],
});

/** "同意本政策即视为同意处理敏感信息": treating acceptance of the policy as the separate consent. */
const deemedCues = defineCues('sensitive-deemed', {
  zh: ['即视为', '视为您', '视为同意', '即表示您同意', '即表示同意', '即代表您同意', '即代表同意', '意味着您同意', '即同意', '默认同意', '即您已同意'],
  en: ['you agree', 'you consent', 'deemed', 'constitutes consent', 'constitutes your consent', 'by using', 'by accepting'],
});
const policyCues = defineCues('sensitive-policy', {
  zh: ['本政策', '本隐私政策', '本指引', '隐私政策', '本协议', '使用我们的', '使用本'],
  en: ['this policy', 'this privacy policy', 'privacy policy', 'these terms', 'using the', 'using our'],
});

/** Verbs of collecting: a sensitive kind named with one of them is a practice, not a passing word. */
const collectVerbCues = defineCues('sensitive-collect', {
  zh: ['收集', '获取', '采集', '读取', '上传', '提供', '填写', '录入', '识别', '验证', '核验', '调用', '访问'],
  en: ['collect*', 'obtain*', 'gather*', 'receive', 'we process', 'we use', 'you provide', 'you enter', 'you submit', 'you give', 'access your', 'store your', 'upload*'],
});

/** Where sensitive data is identified: sections headed so, and sentences that label data as sensitive. */
export function identification(model: DocumentModel): { sections: Section[]; sentences: Sentence[] } {
  const sections = sectionsTitled(model, sensitiveHeadingCues);
  return { sections, sentences: uniqueSentences([...sentencesIn(model, sections.map((section) => model.body(section))), ...linesWith(model, sensitiveMarkerCues)]) };
}

/** A sentence that labels data as sensitive, sits in the sensitive section, or follows a sentence that does. */
function namesSensitive(model: DocumentModel, sentence: Sentence, sections: readonly Section[]): boolean {
  if (model.has(sensitiveMarkerCues, sentence) || within(model, sentence, sections)) return true;
  const siblings = model.sentencesOfBlock(sentence.block);
  const previous = siblings[siblings.indexOf(sentence) - 1];
  return previous !== undefined && model.has(sensitiveMarkerCues, previous);
}

export function aboutSensitive(model: DocumentModel, sentence: Sentence, sections: readonly Section[]): boolean {
  if (model.has(sensitiveMarkerCues, sentence) || model.has(sensitiveTypeCues, sentence) || within(model, sentence, sections)) return true;
  // "这些信息属于敏感个人信息。我们会单独征得您的同意。": the sentence just before names it.
  const siblings = model.sentencesOfBlock(sentence.block);
  const previous = siblings[siblings.indexOf(sentence) - 1];
  if (previous && model.has(sensitiveMarkerCues, previous)) return true;
  // A subsection such as "面部识别信息" whose heading names a sensitive kind of data.
  return model.sectionChain(sentence.plainStart).some((section) => {
    const heading = model.blocks[section.block]!;
    return model.has(sensitiveTypeCues, heading) || model.has(sensitiveMarkerCues, heading);
  });
}

function hasSeparateConsent(model: DocumentModel, sections: readonly Section[]): boolean {
  for (const sentence of sentencesWith(model, separateConsentCues)) {
    if (aboutSensitive(model, sentence, sections) && affirmed(model, sentence, separateConsentCues)) return true;
  }
  for (const sentence of sentencesWith(model, explicitConsentCues)) {
    if (!aboutSensitive(model, sentence, sections) || model.has(onwardCues, sentence)) continue;
    if (/同意|授权|consent|permission/.test(model.textOf(sentence))) return true;
  }
  return false;
}

/** Sensitive types named where data is collected but never identified as sensitive. */
function unmarkedTypes(model: DocumentModel, identified: readonly Sentence[], sections: readonly Section[]): Issue[] {
  const identifiedTypes = new Set<string>();
  for (const s of identified) for (const hit of model.hitsIn(sensitiveTypeCues, s.plainStart, s.plainEnd)) identifiedTypes.add(hit.phrase);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const hit of model.hits(sensitiveTypeCues)) {
    if (identifiedTypes.has(hit.phrase) || reported.has(hit.phrase) || isEmphasised(model, hit.start, hit.end)) continue;
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || isHeading(model, sentence) || within(model, sentence, sections) || !model.has(collectVerbCues, sentence)) continue;
    reported.add(hit.phrase);
    const cue = model.sourceTextOf(hit);
    issues.push({ kind: 'not-marked', span: spanOf(sentence), args: { cue }, cue });
    if (issues.length >= 3) break;
  }
  return issues;
}

export const sensitivePi: Requirement = {
  id: 'sensitive-pi',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-separate-consent': 'error', 'deemed-separate-consent': 'error', 'no-necessity': 'warning', 'no-impact': 'warning', 'not-marked': 'warning' },
  basis: {
    pipl: [PIPL.art28, PIPL.art29, PIPL.art30, NDSR.art21, NDSR.art22_2, SELF_ASSESSMENT.item8, GBT35273.s5_5],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
  },
  primaryCues: sensitiveMarkerCues,
  trigger: 'The document mentions sensitive personal information or collects a sensitive kind of data (biometrics, ID numbers, financial accounts, precise location, health, religion).',
  detect({ model }) {
    const { sections, sentences } = identification(model);
    if (sentences.length === 0) {
      const practised = linesWith(model, sensitiveTypeCues).some((s) => model.has(collectVerbCues, s));
      return { evidence: [], issues: [], applicable: practised };
    }
    const evidence: Span[] = [...sections.map((s) => model.body(s)), ...sentences.filter((s) => !within(model, s, sections)).map(spanOf)];
    const anchor = spanOf(sentences[0]!);
    const issues: Issue[] = [];
    const context = model.sentences.filter((s) => !isHeading(model, s) && aboutSensitive(model, s, sections));

    for (const sentence of sentencesWith(model, deemedCues)) {
      if (!model.has(sensitiveMarkerCues, sentence) || !model.has(policyCues, sentence) || !affirmed(model, sentence, deemedCues)) continue;
      const hit = model.firstHit(deemedCues, sentence.plainStart, sentence.plainEnd)!;
      issues.push({ kind: 'deemed-separate-consent', span: spanOf(sentence), args: { cue: model.sourceTextOf(hit) }, cue: model.sourceTextOf(hit) });
    }
    if (issues.length === 0 && !hasSeparateConsent(model, sections)) issues.push({ kind: 'no-separate-consent', span: anchor });
    const inContext = (cues: typeof necessityCues) => context.some((s) => namesSensitive(model, s, sections) && model.has(cues, s));
    if (!inContext(necessityCues)) issues.push({ kind: 'no-necessity', span: anchor });
    if (!inContext(impactCues)) issues.push({ kind: 'no-impact', span: anchor });
    issues.push(...unmarkedTypes(model, sentences, sections));
    return { evidence, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'identified, justified, with separate consent',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 敏感个人信息\n\n为完成实名认证，我们需要收集您的身份证号码，该信息属于敏感个人信息，一旦泄露可能危害您的人身、财产安全。我们会在收集前单独征得您的同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'sensitive data identified without separate consent, necessity or impact',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n您的身份证号码属于敏感个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-separate-consent', line: 4 }, { kind: 'no-necessity', line: 4 }, { kind: 'no-impact', line: 4 }],
    },
    {
      name: 'accepting the policy treated as the separate consent',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 敏感个人信息\n\n为实现刷脸登录，我们需要收集您的人脸信息，一旦泄露可能危害您的人身、财产安全。您同意本政策即视为同意我们处理上述敏感个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'deemed-separate-consent', line: 4 }],
    },
    {
      name: 'collects ID numbers but never says they are sensitive',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n实名认证时，我们会收集您的姓名和身份证号码。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no sensitive data at all',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n注册时，我们收集您的手机号码。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'special categories with explicit consent',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Sensitive personal information\n\nWe need your health data to provide the coaching feature. This is sensitive information and misuse could harm you, so we only process it with your explicit consent.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'health data collected, never marked as sensitive',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data we collect\n\nWe collect health data you enter in the app.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'sensitive data named without consent',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sensitive personal information\n\nWe need your precise location, which is sensitive personal information, to show nearby stores. Misuse could harm you.\n',
      status: 'weak',
      findings: [{ kind: 'no-separate-consent', line: 4 }],
    },
  ],
};
