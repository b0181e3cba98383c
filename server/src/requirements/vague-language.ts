import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CAC_METHODS, CCPA, COPPA, GBT35273, GDPR, gdprBasis, SELF_ASSESSMENT } from '../profiles/citations';
import { dataTypeCues, openDataList } from './data-categories';
import { definitionCues, listWindow, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/**
 * The vagueness lexicon of catalogue §15, minus what other requirements already report: open lists of
 * data types (data-categories), vague purposes (purpose-of-processing), reply times (the response-time
 * requirements), retention periods (retention-period) and deemed consent (no-bundled-or-deemed-consent).
 */

/** Markers that leave an enumeration open. */
const openMarkerCues = defineCues('vague-open-marker', {
  zh: ['包括但不限于', '不限于', '等等', '等信息', '等个人信息', '等数据', '等资料', '等第三方', '等合作方', '等合作伙伴', '等功能', '等服务', '等业务', '等目的', '等用途', '等。', '等,', '等;', '等)', '等]', '等】', '例如', '比如', '诸如'],
  en: ['including but not limited to', 'including without limitation', 'such as', 'e.g.', 'for example', 'etc', 'and more', 'among other things'],
});

/** Categories that name nothing in particular. */
const unspecificCues = defineCues('vague-unspecific', {
  zh: ['相关信息', '其他信息', '有关信息', '必要信息', '部分信息', '一些信息', '其他相关信息', '其他个人信息', '相关数据', '其他数据'],
  en: ['other information', 'related information', 'certain information', 'some information', 'relevant information', 'other data', 'other personal information', 'other personal data'],
});

/** Grounds that leave the processing open to whatever the operator decides. */
const catchAllCues = defineCues('vague-catch-all', {
  zh: ['法律法规允许的其他情形', '法律允许的其他情形', '其他合理用途', '其他合理目的', '其他正当目的', '其他商业目的', '我们认为必要', '我们认为有必要', '我们认为合适', '我们认为适当', '我们认为需要'],
  en: ['any other purpose', 'other purposes we', 'as we deem', 'we deem necessary', 'we deem appropriate', 'we consider necessary', 'we consider appropriate', 'any other lawful purpose', 'for other purposes', 'our sole discretion', 'we see fit'],
});

/** Hedges that leave open whether data is shared or used at all. */
const hedgeCues = defineCues('vague-hedge', {
  zh: ['可能会共享', '可能共享', '可能会向', '可能向', '可能会将', '可能将', '可能会与', '可能与', '可能会提供', '可能提供给', '可能会披露', '可能披露', '可能会转让', '必要时', '视情况', '根据需要', '在某些情况下', '适当时'],
  en: ['may share', 'may disclose', 'may transfer', 'may sell', 'may provide your', 'might share', 'might disclose', 'could share', 'could disclose', 'from time to time', 'in some cases', 'where appropriate', 'as needed'],
});

/** A further purpose subject to the user's consent is not a catch-all. */
const consentCues = defineCues('vague-consent', {
  zh: ['同意', '授权', '告知您', '告知你'],
  en: ['consent', 'disclosed to you', 'you agree', 'you authori*', 'notify you'],
});

/** Processing verbs: a hedge or a catch-all only matters in a sentence about processing. */
const processingCues = defineCues('vague-processing', {
  zh: ['收集', '使用', '用于', '共享', '提供给', '提供您的', '披露', '转让', '处理', '获取', '传输', '分享', '存储', '保存'],
  en: ['collect*', 'use', 'uses', 'using', 'share', 'sharing', 'disclose*', 'transfer*', 'process*', 'sell', 'store', 'retain'],
});

/** What an enumeration lists: data, recipients, functions or purposes. */
const recipientCues = defineCues('vague-recipient', {
  zh: ['第三方', '合作伙伴', '合作方', '关联公司', '关联方', '服务提供商', '供应商', 'sdk', '广告主', '服务商'],
  en: ['third part*', 'partner*', 'affiliate*', 'service provider*', 'vendor*', 'advertiser*', 'sdk*', 'processors'],
});


/**
 * Whether a list names data, recipients, functions or purposes (not security measures, principles or
 * events): the marker says so (等信息, 等第三方, 等功能, 等目的) or the items include a known data type or
 * recipient.
 */
function listsWhatMatters(model: DocumentModel, window: { start: number; end: number }, marker: string): boolean {
  if (/(信息|数据|资料|第三方|合作方|合作伙伴|功能|服务|业务|目的|用途)$/.test(marker)) return true;
  return model.hitsIn(dataTypeCues, window.start, window.end).length > 0 || model.hitsIn(recipientCues, window.start, window.end).length > 0;
}

/** The first open list of data, recipients, functions or purposes in a sentence: its marker. */
function openEnumeration(model: DocumentModel, sentence: Sentence): { start: number; end: number } | undefined {
  // A definition lists examples of a category (敏感个人信息是指……等), it does not disclose processing.
  if (model.has(definitionCues, sentence)) return undefined;
  for (const hit of model.hitsIn(openMarkerCues, sentence.plainStart, sentence.plainEnd)) {
    // "例如《电子商务法》规定……": an example of a law, not of data.
    if (/^[:： ]{0,2}《/.test(model.plain.slice(hit.end, hit.end + 3))) continue;
    const window = listWindow(model, sentence, hit);
    if (window && listsWhatMatters(model, window, model.plain.slice(hit.start, hit.end).replace(/[。,;)]$/, ''))) return hit;
  }
  for (const hit of model.hitsIn(unspecificCues, sentence.plainStart, sentence.plainEnd)) {
    // "手机号、设备信息及其他信息": a vague category as the last item of a list.
    const before = model.plain.slice(Math.max(sentence.plainStart, hit.start - 24), hit.start);
    if (/、/.test(before) && /(、|及|和|以及|或|, |and |or )$/.test(before)) return hit;
  }
  return undefined;
}


export const vagueLanguage: Requirement = {
  id: 'vague-language',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { 'open-enumeration': 'error', 'catch-all': 'warning', hedge: 'info' },
  basis: {
    pipl: [SELF_ASSESSMENT.items5to6, SELF_ASSESSMENT.item7, GBT35273.s5_5, CAC_METHODS.s4_5],
    ...gdprBasis([GDPR.art12_1]),
    ccpa: [CCPA.s130_a_5],
    coppa: [COPPA.s312_4_a],
  },
  primaryCues: openMarkerCues,
  kind: 'pattern',
  detect({ model }) {
    const issues: Issue[] = [];
    for (const sentence of model.sentences) {
      const block = model.blocks[sentence.block]!;
      if (block.kind === 'heading') continue;
      const report = (kind: string, hit: { start: number; end: number }) => {
        const cue = model.sourceTextOf(hit).replace(/[。，；,;)）]$/, '');
        issues.push({ kind, span: spanOf(sentence), args: { cue }, cue });
      };
      const catchAll = model.firstHit(catchAllCues, sentence.plainStart, sentence.plainEnd);
      if (catchAll && model.has(processingCues, sentence) && !model.has(consentCues, sentence)) {
        report('catch-all', catchAll);
        continue;
      }
      if (!block.inTable && !openDataList(model, sentence)) {
        const open = openEnumeration(model, sentence);
        if (open) {
          report('open-enumeration', open);
          continue;
        }
      }
      const hedge = model.firstHit(hedgeCues, sentence.plainStart, sentence.plainEnd);
      if (hedge && model.has(processingCues, sentence)) report('hedge', hedge);
    }
    return { evidence: [], issues };
  },
  examples: [
    {
      name: 'closed lists, no hedges',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 共享\n\n我们仅向物流公司顺丰速运提供您的姓名、电话和收货地址，用于配送订单。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an open list of recipients',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 共享\n\n我们会向关联公司、广告合作伙伴、支付机构等第三方共享您的订单信息。\n',
      status: 'weak',
      findings: [{ kind: 'open-enumeration', line: 4 }],
    },
    {
      name: 'a catch-all purpose',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 使用\n\n我们还会将您的信息用于我们认为必要的其他用途。\n',
      status: 'weak',
      findings: [{ kind: 'catch-all', line: 4 }],
    },
    {
      name: 'a hedged disclosure',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 共享\n\n必要时，我们会向第三方提供您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'hedge', line: 4 }],
    },
    {
      name: 'a closed list of recipients',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe share your delivery address with our courier, DHL, and nobody else.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'recipients left open',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe share your data with third parties such as advertisers, analytics providers, and partners.\n',
      status: 'weak',
      findings: [{ kind: 'open-enumeration', line: 4 }],
    },
    {
      name: 'we may share from time to time',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe may share your information with selected companies.\n',
      status: 'weak',
      findings: [{ kind: 'hedge', line: 4 }],
    },
  ],
};
