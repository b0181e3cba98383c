import { defineCues } from '../document/cues';
import { findDurations } from '../document/entities';
import type { DocumentModel, Section, Sentence } from '../document/model';
import { CCPA, CHILDREN_PROVISIONS, COPPA, GBT35273, GDPR, gdprBasis, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { affirmedHits, bodySentences, cueText, negatedBefore, sectionsTitled, sentencesIn, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Headings that name the retention period itself. */
export const retentionHeadingCues = defineCues('retention-heading', {
  zh: ['期限', '保存时间', '存储时间', '保留时间', '保存时长', '存储时长', '保留时长', '保存周期', '存储周期', '保存期间', '存储期间', '保留期间'],
  en: ['retention', 'how long', 'retain*', 'storage period', 'storage duration', 'storage limitation', 'keeping your', 'how we keep', 'keep your', 'data storage'],
});

/** Headings about storing in general ("我们如何存储和保护"): they count only with a retention sentence in the body. */
const storageHeadingCues = defineCues('retention-storage-heading', {
  zh: ['存储', '保存', '保留', '储存', '留存', '存放'],
  en: ['storage', 'store', 'storing', 'keep', 'kept'],
});

/** Nouns that name the retention period. */
const retentionNounCues = defineCues('retention-noun', {
  zh: ['保存期限', '存储期限', '保留期限', '留存期限', '储存期限', '保存时间', '存储时间', '保留时间', '储存时间', '保存期间', '保留期间', '存储期间', '留存期间', '储存期间', '保存时长', '存储时长', '保留时长', '保存周期', '存储周期', '保存时限', '存储时限', '保留时限', '储存时限', '保存期'],
  en: ['retention period*', 'period of retention', 'periods of retention', 'data retention', 'retention polic*', 'retention schedule*', 'retention time*', 'storage period*', 'retention'],
});

/** "Kept until ...": followed by an objective event it is a retention rule. */
const untilCues = defineCues('retention-until', {
  zh: ['保存至', '保留至', '存储至', '储存至', '保存到', '保留到', '存储到'],
  en: ['while your account', 'as long as your account', 'for the duration of', 'for the lifetime of'],
});

/** "Kept until" that needs no named event to be a retention rule: 保存……直至, 持续保存. */
const strongUntilCues = defineCues('retention-strong-until', {
  zh: ['直至', '直到', '持续保存', '持续为您保存', '持续存储', '持续保留', '期间内保存', '期间内存储', '期间内保留'],
  en: ['until'],
});

/** Retention ended by a criterion: deleted once no longer needed. */
const noLongerNeededCues = defineCues('retention-no-longer-needed', {
  en: ['no longer needed', 'no longer necessary', 'no longer required', 'no longer need', 'no longer useful', 'no longer have a', 'no longer has a'],
});

/** Nothing is kept, or it is deleted at once: a retention statement that needs no period. */
const notKeptCues = defineCues('retention-not-kept', {
  zh: ['不会保存任何', '不保存任何', '不会存储任何', '不存储任何', '不会留存任何', '不留存任何', '不会保留任何', '不保留任何'],
  en: ['do not retain', 'does not retain', "don't retain", 'will not retain', 'never retain', 'do not keep', 'does not keep', 'not be retained', 'not retained', 'immediately deleted', 'deleted immediately', 'immediately anonymi*', 'anonymized immediately', 'anonymised immediately'],
});

const exceedCues = defineCues('retention-exceed', { zh: ['超出', '超过'], en: ['exceed*', 'beyond'] });

/** Sections about rights, where 保存期限已届满 is a condition for deletion, not a retention rule. */
const rightsHeadingCues = defineCues('retention-rights-heading', {
  zh: ['删除', '注销', '更正', '访问', '权利', '撤回', '查阅', '复制'],
  en: ['right to', 'your rights', 'delete', 'deletion', 'erasure', 'access to', 'correct'],
});

/** Keeping verbs: a period next to one of them is a retention period. */
const keepVerbCues = defineCues('retention-keep-verb', {
  zh: ['保存', '保留', '存储', '储存', '留存', '存放', '保管'],
  en: ['retain*', 'keep', 'keeps', 'kept', 'store', 'stored', 'stores', 'hold', 'held', 'maintain*', 'preserv*'],
});

/** What happens at the end: deletion or anonymisation. */
const disposalCues = defineCues('retention-disposal', {
  zh: ['删除', '匿名化', '销毁', '清除', '去标识化', '清理'],
  en: ['delete*', 'deletion', 'anonymi*', 'anonymous', 'destroy*', 'destruction', 'erase*', 'erasure', 'de-identif*', 'deidentif*', 'dispose*', 'purge*', 'remove*'],
});

/** Objective events that end retention (an account closed, a service ended, a transaction completed). */
const triggerCues = defineCues('retention-trigger', {
  zh: ['注销', '服务结束', '合同终止', '协议终止', '交易完成', '撤回同意', '撤回授权', '您删除', '你删除', '主动删除', '关闭账号', '删除账号', '账号被删除', '使用期间', '使用本服务期间', '不再使用'],
  en: ['account is active', 'account remains active', 'account is open', 'close your account', 'delete your account', 'deletion of your account', 'account deletion', 'account closure', 'you delete', 'until you ask', 'until you request', 'until you withdraw', 'withdraw your consent', 'termination of', 'terminate your', 'end of the contract', 'end of your', 'after you stop', 'you unsubscribe', 'uninstall', 'account is removed', 'account is deleted', 'account is closed', 'account has been deleted', 'account has been closed', 'account is terminated'],
});

/** Retention without a period or criteria (catalogue §15). */
const vagueRetentionCues = defineCues('retention-vague', {
  zh: ['最短', '必需期间', '规定的期限', '要求的期限', '规定期限', '必要期间内', '所需期间', '一定期限', '一定期间', '一定的期限', '一定时间', '合理期限', '合理的期限', '合理期间', '合理时间', '必要期限', '必要的期限', '必要期间', '必要的期间', '必要的时间', '所需的期限', '所需期限', '所必需的期限', '最长期限', '最短时间', '最短期限', '最短的时间', '最短的期限', '所需的时间', '所必需的时间', '所必要的时间'],
  en: ['as long as necessary', 'as long as is necessary', 'as long as it is necessary', 'as long as needed', 'as long as required', 'as long as we need', 'as long as reasonably', 'as long as is reasonably', 'for as long as', 'reasonable period', 'reasonable time', 'as permitted by law', 'permitted by applicable law', 'necessary period', 'no longer than necessary', 'no longer than is necessary', 'longer than necessary', 'longer than is necessary', 'period necessary', 'period that is necessary', 'period required', 'time necessary', 'only as long as', 'no longer needed', 'no longer necessary', 'no longer required', 'longer than needed', 'as necessary to comply', 'as necessary for', 'as required by law', 'as required by applicable law', 'as long as is required'],
});

const indefiniteCues = defineCues('retention-indefinite', {
  zh: ['永久保存', '永久保留', '永久存储', '永久储存', '长期保存', '长期保留', '长期存储', '无限期', '永久地保存', '永久性保存'],
  en: ['indefinitely', 'permanently', 'forever', 'unlimited period', 'unlimited time'],
});

/** Periods in a sentence: numbers with a unit, longer than hours (findDurations already leaves ages out). */
function periodsIn(model: DocumentModel, s: Sentence) {
  return findDurations(model.textOf(s), s.plainStart).filter((d) => d.unit !== 'hour');
}

/**
 * A sentence states a retention rule when a keeping verb meets a period (保存6个月, 最短时间内保存,
 * kept until you close your account), or when the period noun meets a value or what happens at the
 * end (保存期限为三年, 超出保存期限后删除). A bare mention (目的、方式和保存期限) does not count.
 */
function isRetentionSentence(model: DocumentModel, s: Sentence): boolean {
  // "超出必要期限收集、存储" lists a breach (a ground for deletion), not a rule; "超出期限后删除" is a rule.
  if (model.has(exceedCues, s) && !model.has(disposalCues, s)) return false;
  const keep = model.has(keepVerbCues, s);
  const period = periodsIn(model, s).length > 0;
  const vague = model.has(vagueRetentionCues, s) || model.has(indefiniteCues, s);
  if (keep && (period || vague)) return true;
  if (model.has(retentionNounCues, s) && (period || vague || model.has(disposalCues, s))) return true;
  if (model.has(notKeptCues, s)) return true;
  // "注销账号后15日内删除": a period after an objective event, then deletion.
  if (period && model.has(disposalCues, s) && model.has(triggerCues, s)) return true;
  if (model.has(disposalCues, s) && model.has(noLongerNeededCues, s)) return true;
  return keep && (model.has(strongUntilCues, s) || (model.has(untilCues, s) && model.has(triggerCues, s)));
}


/** A retention statement is concrete when it gives a number and unit or an objective end. */
function isConcrete(model: DocumentModel, s: Sentence): boolean {
  if (!(model.has(keepVerbCues, s) || model.has(disposalCues, s) || model.has(retentionNounCues, s))) return false;
  if (periodsIn(model, s).length > 0 || model.has(notKeptCues, s)) return true;
  // "注销后在法律规定的最短期限内保存": the event starts a vague period, it does not end one.
  return model.has(triggerCues, s) && !model.has(vagueRetentionCues, s);
}

/** The longest of the hits that start first (最短时间 rather than 最短). */
function longestHit<T extends { start: number; end: number }>(hits: readonly T[]): T {
  return hits.reduce((best, hit) => (hit.start < best.start || (hit.start === best.start && hit.end > best.end) ? hit : best));
}

/** Retention sentences outside rights sections (unless a retention heading is nearer). */
function inRightsSection(model: DocumentModel, s: Sentence): boolean {
  for (const section of model.sectionChain(s.plainStart)) {
    const heading = model.blocks[section.block]!;
    if (model.has(retentionHeadingCues, heading)) return false;
    if (model.has(rightsHeadingCues, heading)) return true;
  }
  return false;
}

export const retentionPeriod: Requirement = {
  id: 'retention-period',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', vague: 'warning', indefinite: 'warning', 'no-period': 'warning', 'no-disposal': 'warning' },
  basis: {
    pipl: [PIPL.art17_1_ii, PIPL.art19, PIPL.art47, NDSR.art21, GBT35273.s6_1, SELF_ASSESSMENT.guide],
    'cn-minors': [CHILDREN_PROVISIONS.art10_2],
    ...gdprBasis([GDPR.art13_2_a]),
    ccpa: [CCPA.s100_a_3],
    coppa: [COPPA.s312_10],
  },
  primaryCues: retentionNounCues,
  detect({ model }) {
    const specific = sectionsTitled(model, retentionHeadingCues);
    const general = sectionsTitled(model, storageHeadingCues).filter((section) => !specific.includes(section));
    const loose = sentencesWith(model, keepVerbCues)
      .concat(sentencesWith(model, retentionNounCues), sentencesWith(model, notKeptCues), sentencesWith(model, noLongerNeededCues))
      .filter((s, i, all) => all.indexOf(s) === i && isRetentionSentence(model, s) && !inRightsSection(model, s));

    const statements = new Map<number, Sentence>();
    const add = (s: Sentence) => statements.set(s.plainStart, s);
    const sectionsUsed: Section[] = [];
    for (const section of specific) {
      const body = bodySentences(model, [model.body(section)]);
      if (body.some((s) => isRetentionSentence(model, s))) {
        sectionsUsed.push(section);
        for (const s of body) if (model.has(keepVerbCues, s) || model.has(disposalCues, s) || model.has(retentionNounCues, s)) add(s);
      }
    }
    for (const section of general) {
      const body = sentencesIn(model, model.body(section));
      if (body.some((s) => isRetentionSentence(model, s))) {
        sectionsUsed.push(section);
        for (const s of body) if (isRetentionSentence(model, s)) add(s);
      }
    }
    for (const s of loose) add(s);
    const ordered = [...statements.values()].sort((a, b) => a.plainStart - b.plainStart);
    if (ordered.length === 0) return { evidence: [], issues: [] };

    const evidence = [...sectionsUsed.map((section) => model.body(section)), ...loose.map(spanOf)];
    const issues: Issue[] = [];
    for (const s of ordered) {
      for (const hit of affirmedHits(model, indefiniteCues, s)) {
        const cue = cueText(model, hit);
        issues.push({ kind: 'indefinite', span: spanOf(s), args: { cue }, cue });
        break;
      }
    }
    const concrete = ordered.some((s) => isConcrete(model, s));
    if (!concrete) {
      const vague = ordered.find((s) => model.has(vagueRetentionCues, s));
      if (vague) {
        const cue = cueText(model, longestHit(model.hitsIn(vagueRetentionCues, vague.plainStart, vague.plainEnd)));
        issues.push({ kind: 'vague', span: spanOf(vague), args: { cue }, cue });
      } else if (issues.length === 0) {
        issues.push({ kind: 'no-period', span: spanOf(ordered[0]!) });
      }
    }
    const disposal = ordered.some((s) => model.hitsIn(disposalCues, s.plainStart, s.plainEnd).some((hit) => !negatedBefore(model, s, hit.start)));
    if (!disposal) issues.push({ kind: 'no-disposal', span: spanOf(ordered[0]!) });
    issues.sort((a, b) => a.span.start - b.span.start);
    return { evidence, issues, matched: model.firstHit(retentionNounCues, ordered[0]!.plainStart, ordered[0]!.plainEnd)?.phrase };
  },
  fix: { section: 'storage' },
  examples: [
    {
      name: 'a period per category and deletion afterwards',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 个人信息的保存期限\n\n您的账号信息在您注销账号后15日内删除；订单信息自交易完成之日起保存三年，期满后删除或匿名化处理。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only "the shortest time necessary"',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 个人信息的保存期限\n\n我们仅在实现目的所必需的最短时间内保存您的个人信息，超出保存期限后删除或匿名化处理。\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'kept permanently',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 存储\n\n您发布的内容将永久保存在我们的服务器上，账号信息保存至您注销账号后30日，届时删除。\n',
      status: 'weak',
      findings: [{ kind: 'indefinite', line: 4 }],
    },
    {
      name: 'a period without what happens afterwards',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 保存期限\n\n我们将您的浏览记录保存6个月。\n',
      status: 'weak',
      findings: [{ kind: 'no-disposal', line: 4 }],
    },
    {
      name: 'nothing on retention',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'retention tied to the account, then deletion',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data retention\n\nWe keep your profile while your account is active and delete it within 30 days after you close your account.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'as long as necessary, without criteria',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data retention\n\nWe retain your personal data for as long as necessary and then delete it.\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'nothing on retention',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
