import { defineCues } from '../document/cues';
import type { CueSet } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { GDPR, gdprBasis, PIPL, UK_GDPR } from '../profiles/citations';
import { channelFor, hasWritableChannel } from './channels';
import { linesWith, spanOf } from './evidence';
import type { Detection, Requirement } from './requirement';

/** The representative or dedicated agency a foreign processor names in China (PIPL Art. 53). */
export const representativeCues = defineCues('local-representative', {
  zh: ['境内代表', '境内专门机构', '境内的专门机构', '指定代表', '境内指定代表', '中国境内的代表', '在中国境内设立的专门机构', '在中华人民共和国境内设立专门机构', '驻华代表', '中国代表', '境内联系人', '境内代理人'],
  en: ['representative in china', 'china representative', 'representative in the prc', 'prc representative', 'representative in mainland china', 'designated representative', 'local representative'],
});

/** The representative in the Union of a controller established outside it (GDPR Art. 27). */
const euRepresentativeCues = defineCues('eu-representative', {
  zh: ['欧盟代表', '在欧盟的代表', '欧盟境内的代表'],
  en: ['eu representative', 'eu-representative', 'representative in the eu', 'representative in the european union', 'representative in the union', 'representative in the eea', 'eea representative', 'article 27', 'art. 27', 'designated representative', 'local representative'],
});

/** The representative in the United Kingdom (UK GDPR Art. 27(1)). */
const ukRepresentativeCues = defineCues('uk-representative', {
  zh: ['英国代表', '在英国的代表'],
  en: ['uk representative', 'uk-representative', 'representative in the uk', 'representative in the united kingdom', 'article 27', 'art. 27', 'designated representative', 'local representative'],
});

/** Where the operator says it is established. */
const establishmentCues = defineCues('establishment', {
  zh: ['注册于', '注册在', '注册地为', '注册地位于', '注册地址位于', '注册地在', '注册地', '设立于', '设立在', '成立于', '总部位于', '总部设在', '法律成立', '法律设立', '法律注册', '是一家', '一家位于'],
  en: ['incorporated in', 'incorporated under', 'registered in', 'established in', 'established outside', 'organized under', 'organised under', 'headquartered in', 'based in', 'located in', 'a company registered', 'company established'],
});

/** Places outside mainland China. */
const abroadCues = defineCues('abroad', {
  zh: ['境外', '中国大陆以外', '中国大陆地区以外', '中华人民共和国境外', '中国境外', '海外', '新加坡', '美国', '日本', '韩国', '英国', '德国', '法国', '荷兰', '爱尔兰', '瑞典', '瑞士', '加拿大', '澳大利亚', '开曼群岛', '英属维尔京群岛', '香港', '澳门', '台湾', '卢森堡', '以色列', '芬兰', '马来西亚'],
  en: ['outside china', 'outside mainland china', 'outside the prc', "outside the people's republic of china", 'singapore', 'united states', 'delaware', 'california', 'japan', 'korea', 'united kingdom', 'england', 'germany', 'france', 'netherlands', 'ireland', 'sweden', 'switzerland', 'canada', 'australia', 'cayman islands', 'british virgin islands', 'hong kong', 'luxembourg', 'israel', 'finland'],
});

/** Places outside the European Union and the EEA. */
const outsideEuCues = defineCues('outside-eu', {
  zh: ['美国', '中国', '新加坡', '日本', '韩国', '英国', '加拿大', '澳大利亚', '以色列', '瑞士', '香港'],
  en: ['outside the eu', 'outside the european union', 'outside the eea', 'united states', 'usa', 'u.s.', 'delaware', 'california', 'new york', 'china', 'singapore', 'japan', 'korea', 'united kingdom', 'england', 'canada', 'australia', 'israel', 'switzerland', 'hong kong', 'india', 'turkey', 'russia', 'brazil', 'vietnam'],
});

/** Places outside the United Kingdom. */
const outsideUkCues = defineCues('outside-uk', {
  zh: ['美国', '中国', '新加坡', '日本', '韩国', '德国', '法国', '荷兰', '爱尔兰', '加拿大', '澳大利亚', '香港'],
  en: ['outside the uk', 'outside the united kingdom', 'united states', 'usa', 'u.s.', 'delaware', 'california', 'new york', 'china', 'singapore', 'japan', 'korea', 'germany', 'france', 'netherlands', 'ireland', 'sweden', 'spain', 'italy', 'canada', 'australia', 'israel', 'hong kong', 'india'],
});

/** The operator as subject. */
const operatorSubjectCues = defineCues('operator-subject', {
  zh: ['我们', '本公司', '我司', '公司', '运营者', '运营方', '运营主体', '服务提供者', '开发者', '个人信息处理者', '有限公司'],
  en: ['we are', 'we', 'our company', 'the company', 'operator', 'controller', 'inc', 'ltd', 'llc', 'limited', 'pte', 'gmbh'],
});

/** Words that show the sentence is about servers or transfers, not the operator's seat. */
const storageCues = defineCues('storage-not-seat', {
  zh: ['服务器', '存储', '储存', '数据中心', '传输', '传至', '传送', '出境', '接收方', '第三方', '合作方', '关联公司'],
  en: ['server*', 'stor*', 'data center*', 'data centre*', 'transfer*', 'recipient*', 'third part*', 'processor*', 'partner*'],
});

/** Signs that the policy addresses people in China (for English policies under PIPL). */
const chinaCues = defineCues('china-audience', {
  en: ['china', 'prc', 'pipl', 'mainland', "people's republic"],
});

/** Where a representative is owed: the profile group, the places outside it and the representative's cues. */
interface Jurisdiction {
  group: string;
  outside: CueSet;
  representative: CueSet;
  /** Whether the policy addresses people there at all. */
  addressed(model: DocumentModel): boolean;
}

const JURISDICTIONS: readonly Jurisdiction[] = [
  { group: 'pipl', outside: abroadCues, representative: representativeCues, addressed: (model) => model.language === 'zh' || model.hits(chinaCues).length > 0 },
  // A GDPR or UK GDPR profile is chosen for policies that address people there.
  { group: 'gdpr', outside: outsideEuCues, representative: euRepresentativeCues, addressed: () => true },
  { group: 'uk-gdpr', outside: outsideUkCues, representative: ukRepresentativeCues, addressed: () => true },
];

function seatOutside(model: DocumentModel, jurisdiction: Jurisdiction): Sentence | undefined {
  if (!jurisdiction.addressed(model)) return undefined;
  return linesWith(model, establishmentCues).find(
    (s) => model.has(jurisdiction.outside, s) && model.has(operatorSubjectCues, s) && !model.has(storageCues, s),
  );
}

/** One jurisdiction's representative: its evidence, a finding without contact details, or missing. */
function assess(model: DocumentModel, jurisdiction: Jurisdiction): Detection {
  const mentions = linesWith(model, jurisdiction.representative);
  if (mentions.length === 0) return { evidence: [], issues: [], applicable: seatOutside(model, jurisdiction) !== undefined };
  for (const sentence of mentions) {
    if (channelFor(model, sentence, (span) => hasWritableChannel(model, span))) return { evidence: [spanOf(sentence)], issues: [] };
  }
  const first = mentions[0]!;
  const cue = model.sourceTextOf(model.firstHit(jurisdiction.representative, first.plainStart, first.plainEnd)!);
  return { evidence: [spanOf(first)], issues: [{ kind: 'no-contact', span: spanOf(first), args: { cue }, cue }] };
}

export const localRepresentative: Requirement = {
  id: 'local-representative',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-contact': 'warning' },
  basis: {
    pipl: [PIPL.art53],
    ...gdprBasis([GDPR.art27, GDPR.art13_1_a], [UK_GDPR.art27_1]),
  },
  primaryCues: representativeCues,
  trigger: 'The operator says it is established outside the jurisdiction of an active profile (mainland China for pipl, the EU for gdpr, the UK for uk-gdpr).',
  detect({ model, groups }) {
    // Each active jurisdiction that needs a representative must have one; one missing makes the disclosure missing.
    const results = JURISDICTIONS.filter((j) => groups.has(j.group)).map((j) => assess(model, j));
    const owed = results.filter((r) => r.applicable !== false);
    if (owed.length === 0) return { evidence: [], issues: [], applicable: false };
    if (owed.some((r) => r.evidence.length === 0)) return { evidence: [], issues: [] };
    return { evidence: owed.flatMap((r) => r.evidence), issues: owed.flatMap((r) => r.issues) };
  },
  fix: { section: 'scope' },
  examples: [
    {
      name: 'a foreign operator with a representative in China',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 关于我们\n\n本应用由示例有限公司运营，该公司注册于新加坡。\n\n我们的境内代表为示例（上海）信息咨询有限公司，联系邮箱：rep@example.cn。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a representative without contact details',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 关于我们\n\n本公司注册于新加坡，已在中国境内指定代表处理个人信息保护事务。\n',
      status: 'weak',
      findings: [{ kind: 'no-contact', line: 4 }],
    },
    {
      name: 'a foreign operator without a representative',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 关于我们\n\n本应用由示例有限公司运营，该公司注册于新加坡。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a domestic operator needs no representative',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 关于我们\n\n本应用由北京示例科技有限公司运营。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'a foreign company serving users in China, with its representative',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Who we are\n\nExample Inc. is incorporated in Delaware and offers the app to users in mainland China.\n\nOur representative in China can be reached at rep@example.cn.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a foreign company serving users in China without a representative',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Who we are\n\nExample Inc. is incorporated in Delaware and offers the app to users in mainland China.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: a US company with its EU representative',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Who we are\n\nExample Inc. is incorporated in Delaware, United States.\n\nOur EU representative is Example Rep GmbH, eu-rep@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'GDPR: a US company without an EU representative',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Who we are\n\nExample Inc. is incorporated in Delaware, United States.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
