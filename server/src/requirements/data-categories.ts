import { defineCues, type CueHit } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CAC_METHODS, CCPA, COPPA, GDPR, gdprBasis, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { definitionCues, markedClause, sectionsTitled, sentencesIn, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { minorsSubjectCues } from './minors-support';

export const dataHeadingCues = defineCues('data-heading', {
  zh: ['收集的信息', '收集的个人信息', '收集哪些', '收集的数据', '个人信息的类型', '个人信息类型', '个人信息种类', '个人信息的种类', '个人信息范围', '收集范围', '信息收集', '收集和使用', '收集、使用', '如何收集', '收集您的'],
  en: ['information we collect', 'data we collect', 'information collected', 'data collected', 'types of data', 'types of information', 'types of personal', 'categories of personal', 'categories of data', 'personal data we', 'personal information we', 'what we collect', 'what information', 'what data', 'collection of information', 'collection of personal', 'information you provide', 'collecting and using', 'how we collect', 'information we gather', 'data we gather'],
});

/** Headings that may head a section on data types or only on collection in general: the body must name a type. */
const broadDataHeadingCues = defineCues('data-heading-broad', {
  en: ['data collection', 'information collection', 'collection and use', 'collection, use', 'gather your'],
});

/** "We do not collect any personal data": the categories are disclosed, and there are none. */
const noCollectionCues = defineCues('no-collection', {
  zh: ['不收集任何', '不会收集任何', '不收集您的任何', '不会收集您的任何'],
  en: ['do not collect any', "don't collect any", 'does not collect any', "doesn't collect any", 'will not collect any', 'collect no personal', 'not collect any personal', 'no personal data is collected', 'no personal information is collected', 'no personal data are collected'],
});

/** Named kinds of personal information. */
export const dataTypeCues = defineCues('data-type', {
  zh: ['姓名', '手机号', '电话号码', '身份证', '证件号', '证件信息', '邮箱', '电子邮件', '邮件地址', '收货地址', '联系地址', '位置信息', '地理位置', '精确位置', '设备信息', '设备型号', '设备标识', '操作系统', '系统版本', '崩溃日志', '网络类型', '运营商', 'imei', 'mac地址', 'ip地址', 'oaid', 'idfa', 'android id', '日志信息', '银行卡', '支付信息', '账号信息', '昵称', '头像', '生日', '出生日期', '性别', '通讯录', '照片', '相册', '浏览记录', '搜索记录', '订单信息', '交易信息', '人脸', '指纹', '声纹', '生物识别', '健康信息', '职业', '学历'],
  en: ['name', 'names', 'email address*', 'e-mail address*', 'phone number*', 'telephone number*', 'postal address*', 'mailing address*', 'home address', 'ip address*', 'device identifier*', 'device id', 'advertising id*', 'location data', 'geolocation', 'precise location', 'date of birth', 'birthday', 'gender', 'payment information', 'credit card', 'bank account', 'usage data', 'device information', 'device model', 'device type', 'operating system', 'crash report*', 'crash log*', 'app version', 'browser type', 'browsing history', 'search history', 'contacts', 'photos', 'cookie*', 'log data', 'log files', 'username', 'password*', 'biometric*', 'health information', 'purchase history'],
});

const collectionCues = defineCues('collection-verb', {
  zh: ['收集', '获取', '采集', '读取', '记录', '提供', '填写', '上传', '授权'],
  en: ['collect*', 'gather*', 'obtain*', 'receive*', 'provide', 'record*', 'access', 'store', 'process'],
});

/** Markers that leave a list of data open-ended (Self-Assessment Guide item 7: no 等、例如). */
export const openListCues = defineCues('open-list', {
  zh: ['包括但不限于', '不限于', '等等', '等信息', '等个人信息', '等数据', '等资料', '等内容', '等。', '等,', '等;', '等)', '等]', '等】', '例如', '比如', '诸如'],
  en: ['including but not limited to', 'including without limitation', 'such as', 'e.g.', 'for example', 'etc', 'and more', 'among other things', 'and other information', 'or other information'],
});

/**
 * The marker of an open list of data types in a sentence that names two or more of them: the clause
 * the marker closes or opens names a data type. A definition (敏感个人信息是指……等) lists examples of
 * a category, not what is collected.
 */
export function openDataList(model: DocumentModel, sentence: Sentence): CueHit | undefined {
  if (model.hitsIn(dataTypeCues, sentence.plainStart, sentence.plainEnd).length < 2 || model.has(definitionCues, sentence)) return undefined;
  return model.hitsIn(openListCues, sentence.plainStart, sentence.plainEnd).find((hit) => {
    const clause = markedClause(model, sentence, hit);
    return model.hitsIn(dataTypeCues, clause.start, clause.end).length > 0;
  });
}

export const dataCategories: Requirement = {
  id: 'data-categories',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'open-list': 'warning' },
  basis: {
    pipl: [PIPL.art17_1_ii, NDSR.art21, SELF_ASSESSMENT.item7, CAC_METHODS.s2_1],
    ...gdprBasis([GDPR.art14_1_d]),
    ccpa: [CCPA.s110_c, CCPA.s130_a_5_B],
    coppa: [COPPA.s312_4_d_2],
  },
  primaryCues: dataHeadingCues,
  detect({ model }) {
    const broad = sectionsTitled(model, broadDataHeadingCues).filter((section) => model.has(dataTypeCues, model.body(section)));
    const sections = [...new Set([...sectionsTitled(model, dataHeadingCues), ...broad])].sort((a, b) => a.block - b.block);
    const listing = sentencesWith(model, dataTypeCues).filter((s) => model.has(collectionCues, s));
    const richest = Math.max(0, ...listing.map((s) => model.hitsIn(dataTypeCues, s.plainStart, s.plainEnd).length));
    if (sections.length === 0 && listing.length < 2 && richest < 3) {
      // "We do not collect any personal information from children under 13" is a minors clause.
      const none = sentencesWith(model, noCollectionCues).filter((sentence) => !model.has(minorsSubjectCues, sentence));
      return { evidence: none.map(spanOf), issues: [] };
    }

    const lists = new Map<number, Sentence>();
    for (const section of sections) for (const s of sentencesIn(model, model.body(section))) lists.set(s.plainStart, s);
    for (const s of listing) lists.set(s.plainStart, s);
    const issues: Issue[] = [];
    for (const sentence of [...lists.values()].sort((a, b) => a.plainStart - b.plainStart)) {
      const marker = openDataList(model, sentence);
      if (!marker) continue;
      const cue = model.sourceTextOf(marker).replace(/[。，；,;)）]$/, '');
      issues.push({ kind: 'open-list', span: spanOf(sentence), args: { cue }, cue });
    }
    return { evidence: [...sections.map((s) => model.body(s)), ...listing.map(spanOf)], issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'a closed list of data',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的个人信息\n\n注册时，我们收集您的手机号码和昵称。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an open-ended list',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的个人信息\n\n我们会收集您的设备信息、位置信息等个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'open-list', line: 4 }],
    },
    {
      name: '包括但不限于',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的个人信息\n\n我们收集的信息包括但不限于姓名、手机号码、收货地址。\n',
      status: 'weak',
      findings: [{ kind: 'open-list', line: 4 }],
    },
    {
      name: 'nothing on what is collected',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a closed list',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your name, e-mail address and phone number when you register.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'including but not limited to',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect information including but not limited to your name, e-mail address and location data.\n',
      status: 'weak',
      findings: [{ kind: 'open-list', line: 4 }],
    },
    {
      name: 'no personal data collected, said plainly',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Privacy\n\nThis app does not collect any personal data; everything you enter stays on your phone.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'nothing on what is collected',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
