import { defineCues } from '../document/cues';
import { findAgeThresholds } from '../document/entities';
import { sameNumerals } from '../fixes/numerals';
import type { Sentence, Span } from '../document/model';
import { CCPA, CHILDREN_PROVISIONS, COPPA, GDPR, MINORS_PROTECTION_LAW, NDSR, PIPL, UK_GDPR } from '../profiles/citations';
import { sectionsTitled, sentencesIn, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

export const minorsHeadingCues = defineCues('minors-heading', {
  zh: ['未成年人', '儿童', '青少年', '未满', '不满'],
  en: ['children', "children's", 'child', "child's", 'minors', 'kids', 'coppa', 'age limit*', 'age restriction*', 'age requirement*', 'under the age'],
});

/** Parents and guardians; an explicit list, since parent* would also match "parent company". */
export const guardianCues = defineCues('guardian', {
  zh: ['监护人', '父母', '家长'],
  en: ['parent', 'parents', "parent's", "parents'", 'parental', 'guardian*'],
});

/** Consent words: reading "with a guardian" (陪同阅读) or guidance (指导) is not consent. */
const consentCues = defineCues('guardian-consent', {
  zh: ['同意', '授权', '许可'],
  en: ['consent*', 'permission', 'approv*', 'authoriz*', 'authoris*'],
});

export const minorCues = defineCues('minor', {
  zh: ['未成年', '儿童', '未满', '不满', '周岁', '青少年'],
  en: ['child*', 'minor*', 'kids', 'under the age', 'years of age', 'years old', 'under 1*'],
});

/** 儿童 is the statutory term for children under 14 (Children's Personal Information Provisions Art. 2). */
const statutoryChildCues = defineCues('statutory-child', { zh: ['儿童'] });

export const minorsAgeAndGuardianConsent: Requirement = {
  id: 'minors-age-and-guardian-consent',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'wrong-age': 'error', 'no-age': 'error' },
  basis: {
    pipl: [PIPL.art31, PIPL.art28, NDSR.art22_3],
    'cn-minors': [MINORS_PROTECTION_LAW.art72, CHILDREN_PROVISIONS.art9],
    gdpr: [GDPR.art8],
    'uk-gdpr': [UK_GDPR.art8_1],
    ccpa: [CCPA.s120_c],
    coppa: [COPPA.s312_5, COPPA.s312_2],
  },
  primaryCues: minorsHeadingCues,
  detect({ model, params }) {
    // A minors section counts when it ties guardians to consent, or names guardians and an age limit;
    // elsewhere a sentence must tie guardians, consent and minors together (a preamble asking minors
    // to read "with a guardian" does not, nor does a section that only tells guardians whom to contact).
    const sections = sectionsTitled(model, minorsHeadingCues).filter((section) => {
      const body = model.body(section);
      if (sentencesIn(model, body).some((s) => model.has(guardianCues, s) && model.has(consentCues, s))) return true;
      return model.hitsIn(guardianCues, body.start, body.end).length > 0 && findAgeThresholds(model.textOf(body), body.start).length > 0;
    });
    const consentSentences = sentencesWith(model, guardianCues).filter((s) => model.has(consentCues, s) && model.has(minorCues, s));
    if (sections.length === 0 && consentSentences.length === 0) return { evidence: [], issues: [] };

    const sentences = new Map<number, Sentence>();
    for (const section of sections) for (const s of sentencesIn(model, model.body(section))) sentences.set(s.plainStart, s);
    for (const s of consentSentences) sentences.set(s.plainStart, s);
    const ordered = [...sentences.values()].sort((a, b) => a.plainStart - b.plainStart);
    const evidence: Span[] = [...sections.map((s) => model.body(s)), ...consentSentences.map(spanOf)];

    const required = params.minorsAge;
    const thresholds = ordered.flatMap((s) => findAgeThresholds(model.textOf(s), s.plainStart).map((t) => ({ ...t, sentence: s })));
    if (thresholds.some((t) => t.age === required)) return { evidence, issues: [] };
    const childConsent = ordered.some((s) => model.has(statutoryChildCues, s) && model.has(guardianCues, s));
    if (required === 14 && thresholds.length === 0 && childConsent) return { evidence, issues: [] };

    const issues: Issue[] = [];
    const wrong = thresholds[0];
    if (wrong) {
      const stated = model.sourceTextOf(wrong);
      // Raising a lower threshold to the statutory one is clearly right; lowering a stricter one is a choice.
      const fix = wrong.age < required ? { span: wrong.number, replacement: sameNumerals(model.textOf(wrong.number), required) } : undefined;
      issues.push({ kind: 'wrong-age', span: spanOf(wrong.sentence), args: { stated, required }, cue: stated, fix });
    } else {
      const anchor = consentSentences[0] ?? ordered.find((s) => model.has(guardianCues, s)) ?? ordered[0]!;
      issues.push({ kind: 'no-age', span: spanOf(anchor), args: { required }, cue: model.firstHit(guardianCues, anchor.plainStart, anchor.plainEnd)?.phrase });
    }
    return { evidence, issues };
  },
  fix: { section: 'children' },
  examples: [
    {
      name: 'under 14 needs guardian consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n若您是不满十四周岁的未成年人，请在取得父母或其他监护人同意后使用我们的服务。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only 未成年人, no age',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n未成年人使用我们的服务前应取得监护人的同意。\n',
      status: 'weak',
      findings: [{ kind: 'no-age', line: 4 }],
    },
    {
      name: '儿童 is the statutory term for under 14',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 儿童个人信息保护\n\n我们处理儿童个人信息前，会征得其父母或其他监护人的同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a definition of sensitive data is not a minors section',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 定义\n\n敏感个人信息包括不满十四周岁未成年人的个人信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'under 13 is the wrong threshold under PIPL',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nWe do not knowingly collect data from children under 13 without verifiable parental consent.\n",
      status: 'weak',
      findings: [{ kind: 'wrong-age', line: 4 }],
    },
    {
      name: 'under 14 with guardian consent',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Children\n\nIf you are under 14, a parent or guardian must consent before you use the service.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'nothing about children',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your data\n\nWe keep your data safe.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
