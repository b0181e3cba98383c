import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CHILDREN_PROVISIONS, GBT35273, SELF_ASSESSMENT } from '../profiles/citations';
import { sectionsTitled, sentencesIn, sentencesWithAll, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

export const storageLocationHeadingCues = defineCues('storage-location-heading', {
  zh: ['存储地点', '存储地域', '存放地点', '存放地域', '保存地点', '保存地域', '储存地点', '储存地域', '存储位置', '存储区域', '存储的地点', '存储的地域', '存储地', '存放地', '信息存储的地', '存储的位置'],
  en: ['where we store', 'where your data is stored', 'where your information is stored', 'where we keep', 'storage location', 'data location', 'location of data', 'location of your', 'data localisation', 'data localization', 'where we process', 'where data is stored'],
});

/** Places: the mainland, abroad, or a named country or region. */
export const placeCues = defineCues('storage-place', {
  zh: ['境内', '境外', '中华人民共和国', '中国', '大陆', '国内', '国外', '海外', '美国', '新加坡', '欧盟', '欧洲', '爱尔兰', '德国', '日本', '韩国', '香港', '澳门', '台湾', '英国', '印度', '加拿大', '澳大利亚', '俄罗斯', '马来西亚', '印度尼西亚', '泰国', '越南', '菲律宾'],
  en: ['china', 'mainland', 'prc', 'united states', 'usa', 'u.s.', 'us-based', 'america', 'european union', 'european economic area', 'eea', 'the eu', 'europe', 'ireland', 'germany', 'france', 'netherlands', 'united kingdom', 'the uk', 'singapore', 'japan', 'india', 'canada', 'australia', 'hong kong', 'switzerland', 'brazil', 'in your country', 'your country of residence', 'your jurisdiction'],
});

/** Storing, and where servers are. */
export const storeVerbCues = defineCues('storage-verb', {
  zh: ['存储', '存放', '储存', '保存', '存于', '服务器位于', '服务器设在', '服务器所在', '数据中心'],
  en: ['stored', 'store', 'stores', 'storing', 'hosted', 'hosts', 'hosting', 'kept', 'keep', 'reside*', 'servers located', 'servers are located', 'server is located', 'servers in', 'data center*', 'data centre*'],
});

export const storageLocation: Requirement = {
  id: 'storage-location',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-place': 'warning' },
  basis: {
    pipl: [SELF_ASSESSMENT.guide, GBT35273.s5_5],
    'cn-minors': [CHILDREN_PROVISIONS.art10_2],
  },
  primaryCues: storageLocationHeadingCues,
  detect({ model }) {
    const statements = sentencesWithAll(model, storeVerbCues, placeCues).filter((s) => !isPermissionLine(model, s));
    if (statements.length > 0) {
      return { evidence: statements.map(spanOf), issues: [], matched: model.firstHit(placeCues, statements[0]!.plainStart, statements[0]!.plainEnd)?.phrase };
    }
    const sections = sectionsTitled(model, storageLocationHeadingCues);
    if (sections.length === 0) return { evidence: [], issues: [] };
    const issues: Issue[] = [];
    const first: Sentence | undefined = sentencesIn(model, model.body(sections[0]!))[0];
    if (first) issues.push({ kind: 'no-place', span: spanOf(first) });
    return { evidence: sections.map((s) => model.body(s)), issues };
  },
  fix: { section: 'storage' },
  examples: [
    {
      name: 'stored in mainland China',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 存储地点\n\n我们在中华人民共和国境内收集和产生的个人信息，存储于中华人民共和国境内。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a storage section that names no place',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 存储地点\n\n您的个人信息将存储在我们的服务器上，我们采取加密措施保护。\n',
      status: 'weak',
      findings: [{ kind: 'no-place', line: 4 }],
    },
    {
      name: 'nothing on where data are stored',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'servers in Singapore',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Where we store your data\n\nYour data is stored on servers located in Singapore.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'nothing on where data are stored',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};

/** "存储权限：用于保存图片" describes a device permission, not where the operator stores data. */
const permissionCues = defineCues('storage-permission', { zh: ['权限', '相册', 'sd卡', '本地存储', '手机存储', '设备存储', '存储空间'], en: ['permission', 'sd card', 'local storage', 'on your device'] });

/** A place that is unambiguous even in a permission line (not 中国 of 中国移动). */
const definitePlaceCues = defineCues('storage-definite-place', { zh: ['境内', '境外', '中华人民共和国', '中国大陆', '中国境内', '国内', '国外', '海外'] });

function isPermissionLine(model: DocumentModel, s: Sentence): boolean {
  return model.has(permissionCues, s) && !model.has(definitePlaceCues, s) && model.language === 'zh';
}
