import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { PIPL } from '../profiles/citations';
import { channelFor, hasWritableChannel } from './channels';
import { linesWith, spanOf } from './evidence';
import type { Requirement } from './requirement';

/** The representative or dedicated agency a foreign processor names in China (PIPL Art. 53). */
export const representativeCues = defineCues('local-representative', {
  zh: ['境内代表', '境内专门机构', '境内的专门机构', '指定代表', '境内指定代表', '中国境内的代表', '在中国境内设立的专门机构', '在中华人民共和国境内设立专门机构', '驻华代表', '中国代表', '境内联系人', '境内代理人'],
  en: ['representative in china', 'china representative', 'representative in the prc', 'prc representative', 'representative in mainland china', 'designated representative', 'local representative', 'eu representative', 'uk representative', 'representative in the eu', 'representative in the european union', 'representative in the union', 'article 27'],
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

function seatAbroad(model: DocumentModel): Sentence | undefined {
  const china = model.language === 'zh' || model.hits(chinaCues).length > 0;
  if (!china) return undefined;
  return linesWith(model, establishmentCues).find(
    (s) => model.has(abroadCues, s) && model.has(operatorSubjectCues, s) && !model.has(storageCues, s),
  );
}

export const localRepresentative: Requirement = {
  id: 'local-representative',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-contact': 'warning' },
  basis: { pipl: [PIPL.art53] },
  primaryCues: representativeCues,
  trigger: 'The operator says it is established outside mainland China.',
  detect({ model }) {
    const mentions = linesWith(model, representativeCues);
    const seat = seatAbroad(model);
    if (mentions.length === 0) return { evidence: [], issues: [], applicable: seat !== undefined };
    for (const sentence of mentions) {
      if (channelFor(model, sentence, (span) => hasWritableChannel(model, span))) return { evidence: [spanOf(sentence)], issues: [] };
    }
    const first = mentions[0]!;
    const cue = model.sourceTextOf(model.firstHit(representativeCues, first.plainStart, first.plainEnd)!);
    return { evidence: [spanOf(first)], issues: [{ kind: 'no-contact', span: spanOf(first), args: { cue }, cue }] };
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
  ],
};
