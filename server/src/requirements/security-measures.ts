import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section, Sentence } from '../document/model';
import { CHILDREN_PROVISIONS, GBT35273, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { bodySentences, sentencesWith, spanOf, uniqueSentences, within } from './evidence';
import { minorsSubjectCues } from './minors-support';
import type { Requirement } from './requirement';

export const securityHeadingCues = defineCues('security-heading', {
  zh: [
    '保护您的个人信息', '保护你的个人信息', '保护您的信息', '保护用户个人信息', '保护个人信息', '保护您个人信息', '如何保护', '安全地保护', '和保护', '及保护', '与保护', '保护和', '保护及',
    '信息安全', '数据安全', '安全措施', '安全保护', '存储安全', '保护措施', '安全防护', '信息的保护', '个人信息的保护', '个人信息安全', '安全管理', '的安全', '和安全', '安全资质',
  ],
  en: ['how we protect', 'how do we protect', 'protecting your', 'protection of your', 'protection of information', 'protection of personal', 'security', 'safeguard*', 'keeping your information safe', 'keeping your data safe', 'data protection measures'],
});

/** Headings that name security but are about something else: a purpose ("为您提供安全保障"), minors, deceased users, officers. */
const notSecurityHeadingCues = defineCues('not-security-heading', {
  zh: ['为您提供', '为你提供', '功能', '运营', '去世', '已故', '死亡', '负责人', '原则', '影响评估'],
  en: ['providing', 'officer', 'principles'],
});

const BARE_SECURITY_HEADING = /^(?:保护|安全|信息保护|数据保护|个人信息的保护|security|data security|data protection)$/;

function securitySections(model: DocumentModel): Section[] {
  return model.sections.filter((section) => {
    const heading = model.blocks[section.block]!;
    if (section.block === model.titleBlock || model.bodyLength(section) < 20 || model.has(notSecurityHeadingCues, heading) || model.has(minorsSubjectCues, heading)) return false;
    const bare = model.textOf(heading).replace(/^[\d一二三四五六七八九十()（）、.:\s第章节条]{0,10}/, '').trim();
    return model.has(securityHeadingCues, heading) || BARE_SECURITY_HEADING.test(bare);
  });
}

/** Named technical and organisational measures. */
export const concreteSecurityCues = defineCues('security-concrete', {
  zh: [
    '加密', 'ssl', 'https', 'tls', '访问控制', '访问限制', '限制访问', '权限控制', '权限管理', '访问权限', '安全认证', '等级保护', '等保', '27001', '27701',
    '防火墙', '入侵检测', '安全审计', '审计', '容灾', '身份鉴别', '双因素', '多因素', '隔离', '安全培训', '保密协议', '保密义务', '保密责任', '最小授权', '最小权限',
    '漏洞', '恶意代码', '安全管理体系', '安全管理制度', '管理制度', '应急预案', '应急响应', '安全评估', '安全检测', '签署保密',
  ],
  en: [
    'encrypt*', 'ssl', 'tls', 'https', 'access control*', 'access restriction*', 'restrict access', 'restricted access', 'limit access', 'limited access', 'password-protected', 'secured by', 'firewall*', 'two-factor', 'multi-factor', '2fa', 'audit*',
    'iso 27001', 'iso/iec 27001', '27001', 'soc 2', 'penetration test*', 'intrusion detection', 'confidentiality', 'need-to-know', 'need to know', 'secure server*',
    'security training', 'vulnerabilit*', 'malware', 'antivirus', 'authentication', 'restricted database*', 'restricted server*', 'monitor network', 'network monitoring', 'intrusion*', 'secure sockets layer', 'password-protected', 'hashed', 'hashing',
  ],
});

/**
 * De-identification and backups: measures when the operator applies them to protect data, but also the
 * usual end of a retention period ("到期后删除或匿名化处理"), so they count only in a security section,
 * in our own words, outside retention and deletion sentences.
 */
const deidentificationCues = defineCues('security-deidentification', {
  zh: ['去标识化', '匿名化', '脱敏', '备份', '假名化'],
  en: ['pseudonymi*', 'anonymi*', 'de-identif*', 'backup*', 'back up'],
});

/** Retention, deletion and closing down: where de-identification is a way to end storage, not a safeguard. */
const retentionContextCues = defineCues('security-retention-context', {
  zh: ['删除', '销毁', '期限', '保存期', '保存时间', '超出', '注销', '停止运营', '终止服务', '终止运营', '保留', '留存', '不属于个人信息', '科研', '研究', '统计'],
  en: ['delete*', 'deletion', 'retention', 'retain*', 'expire*', 'no longer', 'research', 'statistic*'],
});

/** A commitment to protect without naming the measures. */
const genericSecurityCues = defineCues('security-generic', {
  zh: ['安全措施', '安全保护措施', '安全防护措施', '保护措施', '安全技术', '技术措施', '管理措施', '防护措施', '安全机制', '保护机制', '安全标准', '合理可行', '安全保障'],
  en: ['security measures', 'safeguards', 'commercially acceptable', 'reasonable security', 'security standards', 'security technolog*', 'precautions', 'physical, electronic', 'administrative, technical', 'technical and organizational measures', 'technical and organisational measures', 'organizational measures', 'organisational measures', 'technical measures', 'reasonable measures', 'appropriate measures', 'security practices', 'security procedures', 'industry standard', 'industry-standard', 'commercially reasonable', 'protect your'],
});

/** What makes a sentence about protecting personal information (not a mention of a technique in passing). */
const protectionPurposeCues = defineCues('security-purpose', {
  zh: ['保护', '防止', '确保', '免遭', '未经授权', '未授权', '防范', '保障'],
  en: ['protect*', 'safeguard*', 'prevent*', 'secure', 'unauthori*', 'against'],
});

/** Measures described by us, about our own processing. */
const firstPersonCues = defineCues('security-first-person', {
  zh: ['我们', '我行', '本公司', '我司', '本平台'],
  en: ['we', 'our'],
});

/** Sharing and entrusting: the measures of a recipient are not the operator's own. */
const recipientContextCues = defineCues('security-recipient', {
  zh: ['第三方', '合作伙伴', '合作方', '合作的', '共享', '委托', '转让', '公开披露', '接收方', '受托', 'sdk'],
  en: ['third part*', 'partner*', 'share', 'sharing', 'vendor*', 'service provider*', 'sdk'],
});

/** "No measure is perfectly safe", "these measures apply only to…", data minimisation: not a description of safeguards. */
const disclaimerCues = defineCues('security-disclaimer', {
  zh: ['无法始终保证', '无法保证', '不能保证', '无法完全', '百分之百', '不存在', '尽管有前述', '尽管已经', '即便我们', '无法确保', '并非绝对', '请您理解', '请你理解', '仅适用于', '避免收集', '无关的个人信息', '未收集无关'],
  en: ['cannot guarantee', "can't guarantee", 'no method', '100%', 'no system', 'not completely secure', 'cannot ensure', 'absolute security', 'applies only'],
});

/** What the safeguards are against: a promise that names the threats describes the protection, if vaguely. */
const threatCues = defineCues('security-threat', {
  zh: ['未经授权', '未授权', '泄露', '泄漏', '丢失', '篡改', '毁损', '损坏', '滥用', '不当使用', '非法访问', '非法获取', '恶意攻击', '破坏'],
  en: ['unauthori*', 'loss', 'misuse', 'alteration', 'destruction', 'accidental', 'unlawful access', 'tamper*'],
});

/** Kinds of safeguards (physical, technical, administrative): naming two describes the protection, if vaguely. */
const safeguardKindCues = defineCues('security-safeguard-kind', {
  zh: ['物理', '技术', '管理', '组织', '制度', '人员'],
  en: ['physical', 'electronic', 'technical', 'administrative', 'managerial', 'organizational', 'organisational', 'procedural'],
});

/** Collecting data for security purposes (fraud checks, account safety) is a purpose, not a safeguard. */
const collectionContextCues = defineCues('security-collection-context', {
  zh: ['收集', '用途', '用于', '目的'],
  en: ['collect*', 'we use your', 'purpose*'],
});

/** A short line that only names a topic: a sub-heading the outline missed ("（三）安全保护措施。"). */
function isLabelLine(model: DocumentModel, sentence: Sentence): boolean {
  const text = model.textOf(sentence);
  if (text.length > 30) return false;
  return !/[。.;;!?]$/.test(text) || (/^[(（]?[\d一二三四五六七八九十]{1,3}[)）、.]/.test(text) && !model.has(concreteSecurityCues, sentence));
}

/** A residual-risk warning without a named measure ("we use SSL, although no method is 100% secure" still names one). */
function isDisclaimer(model: DocumentModel, sentence: Sentence): boolean {
  const disclaimer = model.firstHit(disclaimerCues, sentence.plainStart, sentence.plainEnd);
  if (!disclaimer) return false;
  // The measure must come first, stated by us: "we use SSL …, although no method is 100% secure".
  const measure = model.firstHit(concreteSecurityCues, sentence.plainStart, disclaimer.start);
  const we = model.firstHit(firstPersonCues, sentence.plainStart, measure ? measure.start : sentence.plainStart);
  return !(measure && we);
}

function isMeasure(model: DocumentModel, sentence: Sentence): boolean {
  if (model.has(concreteSecurityCues, sentence) || model.has(genericSecurityCues, sentence)) return !model.has(retentionContextCues, sentence) || model.has(concreteSecurityCues, sentence);
  return model.has(deidentificationCues, sentence) && model.has(firstPersonCues, sentence) && !model.has(retentionContextCues, sentence);
}

/** The sentences just before and after this one (same or adjacent block), unless they are disclaimers. */
function neighbourHas(model: DocumentModel, sentence: Sentence, cues: CueSet): boolean {
  const index = model.sentences.indexOf(sentence);
  return [model.sentences[index - 1], model.sentences[index + 1]].some(
    (other) => other !== undefined && Math.abs(other.block - sentence.block) <= 1 && model.has(cues, other) && !model.has(disclaimerCues, other),
  );
}

function distinctConcrete(model: DocumentModel, sentence: Sentence): number {
  return new Set(model.hitsIn(concreteSecurityCues, sentence.plainStart, sentence.plainEnd).map((h) => h.phrase)).size;
}

/** The sentences that describe security measures, and whether any names a concrete measure. */
export function securityStatements(model: DocumentModel): { statements: Sentence[]; concrete: Sentence[] } {
  const sections = securitySections(model);
  const inSection = sections
    .flatMap((section) => bodySentences(model, model.body(section)))
    .filter((s) => isMeasure(model, s) && !isDisclaimer(model, s) && !isLabelLine(model, s));
  // Outside a security section: our own named measures, stated to protect data, not a recipient's and not a purpose of collection.
  const elsewhere = sentencesWith(model, concreteSecurityCues).filter(
    (s) =>
      !within(model, s, sections) &&
      model.has(firstPersonCues, s) &&
      model.has(protectionPurposeCues, s) &&
      !model.has(recipientContextCues, s) &&
      !model.has(collectionContextCues, s) &&
      !isDisclaimer(model, s) &&
      (distinctConcrete(model, s) >= 2 || model.has(genericSecurityCues, s)),
  );
  // A promise outside a security section counts only when it is ours, names what it protects against and is not a disclaimer.
  const promises = sentencesWith(model, genericSecurityCues).filter(
    (s) =>
      !within(model, s, sections) &&
      model.has(firstPersonCues, s) &&
      model.has(protectionPurposeCues, s) &&
      model.has(threatCues, s) &&
      !model.has(recipientContextCues, s) &&
      !model.has(retentionContextCues, s) &&
      !model.has(disclaimerCues, s),
  );
  const statements = uniqueSentences([...inSection, ...elsewhere, ...promises]);
  return { statements, concrete: statements.filter((s) => model.has(concreteSecurityCues, s) || model.has(deidentificationCues, s)) };
}

export const securityMeasures: Requirement = {
  id: 'security-measures',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'not-concrete': 'warning' },
  basis: {
    pipl: [SELF_ASSESSMENT.item13, GBT35273.s5_5, PIPL.art51],
    'cn-minors': [CHILDREN_PROVISIONS.art10_3],
  },
  primaryCues: securityHeadingCues,
  detect({ model }) {
    const { statements, concrete } = securityStatements(model);
    if (concrete.length > 0) return { evidence: statements.map(spanOf), issues: [], matched: model.firstHit(concreteSecurityCues, concrete[0]!.plainStart, concrete[0]!.plainEnd)?.phrase };
    // A promise that names the threats (unauthorised access, loss, alteration) or the kinds of safeguards
    // (physical, technical, administrative) describes the protection vaguely:
    // weak. A bare promise ("we take all reasonable measures") describes nothing (Self-Assessment Guide item 13):
    // the disclosure is missing, and the promise is pointed out so the author knows where to add the measures.
    const kinds = (s: Sentence) => new Set(model.hitsIn(safeguardKindCues, s.plainStart, s.plainEnd).map((h) => h.phrase)).size;
    const described = statements.find((s) => model.has(threatCues, s) || neighbourHas(model, s, threatCues) || kinds(s) >= 2);
    const first = described ?? statements[0];
    if (!first) return { evidence: [], issues: [] };
    const cue = model.firstHit(genericSecurityCues, first.plainStart, first.plainEnd);
    const issues = [{ kind: 'not-concrete', span: spanOf(first), args: { cue: cue ? model.sourceTextOf(cue) : '' }, cue: cue?.phrase }];
    return { evidence: described ? [spanOf(described)] : [], issues };
  },
  fix: { section: 'storage' },
  examples: [
    {
      name: 'named measures',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何保护您的个人信息\n\n我们采用传输加密、访问控制和安全审计等措施保护您的个人信息，防止未经授权的访问。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only "reasonable security measures"',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何保护您的个人信息\n\n我们会采取合理可行的安全措施保护您的个人信息。\n',
      status: 'missing',
      findings: [
        { kind: 'missing', line: 0 },
        { kind: 'not-concrete', line: 4 },
      ],
    },
    {
      name: 'anonymisation mentioned in passing is not a security section',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 存储期限\n\n超出保存期限后，我们会删除或匿名化处理您的个人信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'encryption and access controls',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we protect your information\n\nWe encrypt data in transit with TLS and restrict access to staff who need it.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only "appropriate measures"',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Security\n\nWe take appropriate measures to keep your information safe.\n',
      status: 'missing',
      findings: [
        { kind: 'missing', line: 0 },
        { kind: 'not-concrete', line: 4 },
      ],
    },
    {
      name: 'nothing about security',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
