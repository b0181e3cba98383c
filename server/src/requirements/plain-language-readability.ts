import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CAC_METHODS, CCPA_REGS, COPPA, GBT35273, GDPR, gdprBasis, PIPL } from '../profiles/citations';
import { sectionsTitled, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/**
 * Technical terms a reader cannot be expected to know. Each is reported once, at its first use, when
 * the policy never explains it (a definition sentence, a glossary, or a gloss in brackets).
 */
export const jargonCues = defineCues('jargon', {
  zh: ['去标识化', '匿名化', 'sdk', 'cookie', 'imei', 'imsi', 'oaid', 'idfa', 'idfv', 'android id', 'mac地址', '设备指纹', 'webview', 'api', '哈希', 'ssl', 'tls', 'token', '像素标签', '网络信标', 'web beacon'],
  en: ['pseudonymi*', 'de-identif*', 'anonymi*', 'sdk', 'sdks', 'imei', 'imsi', 'idfa', 'idfv', 'android id', 'mac address', 'device fingerprint*', 'web beacon*', 'pixel tag*', 'hash*', 'ssl', 'tls', 'api', 'apis'],
});

/** Words that explain a term in the sentence that uses it. */
const definitionCues = defineCues('definition', {
  zh: ['是指', '指的是', '系指', '即指', ':指', ': 指', '是一种', '是一项', '是一个', '是一些', '是由', '技术是', '定义为', '简称', '也称', '又称'],
  en: ['means', 'refers to', 'is a', 'are a', 'is an', 'are small', 'is the', 'which is', 'also known as', 'i.e.', 'defined as'],
});

/** Headings of a glossary. */
const glossaryHeadingCues = defineCues('glossary-heading', {
  zh: ['定义', '释义', '名词解释', '术语', '词语含义'],
  en: ['definitions', 'glossary', 'interpretation', 'key terms'],
});

/**
 * Limits in characters (catalogue §12): a Chinese sentence over 300 characters; an English one over
 * 400 characters (about 65 words; the catalogue's 40-word mark is the dense threshold below).
 */
const LONG_ZH = 300;
const LONG_EN = 400;
/** Dense: a Chinese sentence over 150 characters with a clause of 50 or more; an English one over 250 characters (about 40 words). */
const DENSE_ZH = 150;
const DENSE_CLAUSE_ZH = 50;
const DENSE_EN = 250;
/** Dense sentences reported per document: the worst ones, so the finding stays readable. */
const MAX_DENSE = 5;

function longestClause(text: string): number {
  return Math.max(...text.split(/[,，;；:：、()（）]/).map((clause) => clause.trim().length));
}

/** Sentences that are prose: not table cells (lists of data items, SDK tables) and not headings. */
function proseSentences(model: DocumentModel): Sentence[] {
  return model.sentences.filter((sentence) => {
    const block = model.blocks[sentence.block]!;
    return !block.inTable && block.kind !== 'heading';
  });
}

function isExplained(model: DocumentModel, phrase: string, glossaries: ReturnType<typeof sectionsTitled>): boolean {
  return model.hits(jargonCues).some((hit) => {
    if (hit.phrase !== phrase) return false;
    const sentence = model.sentenceAt(hit.start);
    const after = model.plain.slice(hit.end, hit.end + 2);
    if (/^ ?[(（]/.test(after)) return true;
    // Inside brackets after a plain-language name: 设备标识符（IMEI、OAID）.
    const before = sentence ? model.plain.slice(sentence.plainStart, hit.start) : '';
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
    if (sentence && model.has(definitionCues, sentence)) return true;
    return glossaries.some((section) => hit.start >= model.body(section).start && hit.end <= model.body(section).end);
  });
}

export const plainLanguageReadability: Requirement = {
  id: 'plain-language-readability',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { 'long-sentence': 'warning', 'dense-sentence': 'info', 'undefined-jargon': 'info' },
  basis: {
    pipl: [PIPL.art17, CAC_METHODS.s2_4, GBT35273.s5_5],
    ...gdprBasis([GDPR.art12_1]),
    ccpa: [CCPA_REGS.s7011],
    coppa: [COPPA.s312_4_a],
  },
  primaryCues: jargonCues,
  kind: 'pattern',
  detect({ model }) {
    const issues: Issue[] = [];
    const zh = model.language === 'zh';
    const dense: Array<{ sentence: Sentence; size: number }> = [];
    for (const sentence of proseSentences(model)) {
      const text = model.textOf(sentence);
      const size = text.length;
      if (size > (zh ? LONG_ZH : LONG_EN)) {
        issues.push({ kind: 'long-sentence', span: spanOf(sentence), args: { size, limit: zh ? LONG_ZH : LONG_EN } });
      } else if (zh ? size > DENSE_ZH && longestClause(text) >= DENSE_CLAUSE_ZH : size > DENSE_EN) {
        dense.push({ sentence, size });
      }
    }
    for (const { sentence, size } of dense.sort((a, b) => b.size - a.size).slice(0, MAX_DENSE)) {
      issues.push({ kind: 'dense-sentence', span: spanOf(sentence), args: { size } });
    }
    const glossaries = sectionsTitled(model, glossaryHeadingCues);
    const reported = new Set<string>();
    for (const hit of model.hits(jargonCues)) {
      const key = hit.phrase.replace(/s$/, '');
      if (reported.has(key)) continue;
      reported.add(key);
      const sentence = model.sentenceAt(hit.start);
      if (!sentence || model.blocks[sentence.block]!.inTable || isExplained(model, hit.phrase, glossaries)) continue;
      const term = model.sourceTextOf(hit);
      issues.push({ kind: 'undefined-jargon', span: spanOf(sentence), args: { term }, cue: term });
    }
    issues.sort((a, b) => a.span.start - b.span.start);
    return { evidence: [], issues };
  },
  examples: [
    {
      name: 'short sentences, terms explained',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 定义\n\n去标识化是指处理个人信息后，使其在不借助额外信息时无法识别特定个人的过程。\n\n## 我们如何保存信息\n\n我们会对您的信息进行去标识化处理。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a term used without explanation',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何保存信息\n\n我们会对您的信息进行去标识化处理。\n',
      status: 'weak',
      findings: [{ kind: 'undefined-jargon', line: 4 }],
    },
    {
      name: 'a sentence of more than 400 characters',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Sharing\n\n' +
        'We may share the information that we collect about you and your use of the service with our affiliates, partners, vendors, advertisers and other companies that help us operate the service or that offer products we think you will like, and with anyone else when we believe in good faith that the law requires it, that a court or a public authority has asked for it, or that doing so protects our rights, our property or the safety of our users and of the public.\n',
      status: 'weak',
      findings: [{ kind: 'long-sentence', line: 4 }],
    },
    {
      name: 'plain sentences',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe share your address with the courier who delivers your order. We share nothing else.\n',
      status: 'present',
      findings: [],
    },
  ],
};
