import { defineCues } from '../document/cues';
import { findDurations, type Duration } from '../document/entities';
import type { DocumentModel, Sentence } from '../document/model';
import { ECOMMERCE_LAW, PIPL } from '../profiles/citations';
import { spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { agreementObjectCues, bodySentencesOf, changeSectionCues, changeVerbCues, isUnfair, noticeCues } from './user-agreement-support';


/** When changes take effect. */
const effectCues = defineCues('ua-change-effect', {
  zh: ['生效', '施行', '适用'],
  en: ['take effect', 'takes effect', 'effective', 'apply', 'in force'],
});

/** Changes in force as soon as they are posted. */
const IMMEDIATE_ZH = /(?:一经|公布|发布|公示|张贴|上线)[^。;]{0,12}?(?:即|立即|即行|即时)(?:生效|适用|施行)|(?:即时|立即|即行)生效|(?:公布|发布|公示)之日起(?:生效|施行)|(?:公布|发布|公示)时(?:生效|起生效)/;
const immediateEnCues = defineCues('ua-change-immediate', {
  en: ['effective immediately', 'immediately effective', 'effective upon posting', 'effective on posting', 'effective when posted', 'effective when we post', 'take effect immediately', 'takes effect immediately', 'effective as of the date posted', 'immediately upon posting', 'as soon as they are posted', 'as soon as we post', 'upon posting', 'effective upon publication'],
});

export const agreementChangesCues = defineCues('ua-agreement-changes', {
  zh: ['协议修改', '协议变更', '公示', '生效前', '七日', '7日'],
  en: ['changes to these terms', 'notify you', 'before changes take effect', '30 days', 'seven days'],
});

/** Seven calendar days (E-Commerce Law Art. 34), or five working days. */
const REQUIRED_DAYS = 7;

function days(duration: Duration): number {
  switch (duration.unit) {
    case 'working-day':
      return (duration.value * 7) / 5;
    case 'hour':
      return duration.value / 24;
    case 'day':
      return duration.value;
    case 'week':
      return duration.value * 7;
    case 'month':
      return duration.value * 30;
    case 'year':
      return duration.value * 365;
  }
}

function isImmediate(model: DocumentModel, s: Sentence): boolean {
  return IMMEDIATE_ZH.test(model.textOf(s)) || model.has(immediateEnCues, s);
}

/**
 * Sentences on changing the agreement that say how or when users learn of them: a change of the
 * agreement with a notice or an effective date, or such a sentence in a section on changes. A clause
 * that waives notice ("无需另行通知") is ua-unfair-standard-terms' finding, not a disclosure.
 */
function changeClauses(model: DocumentModel): { clauses: Sentence[]; notices: Sentence[] } {
  const clauses = bodySentencesOf(model).filter((s) => {
    if (isUnfair(model, s, ['change-without-notice']) || !model.has(changeVerbCues, s)) return false;
    return model.has(agreementObjectCues, s) || model.sectionChain(s.plainStart).some((section) => model.has(changeSectionCues, model.blocks[section.block]!));
  });
  return { clauses, notices: clauses.filter((s) => model.has(noticeCues, s) || model.has(effectCues, s)) };
}

export const uaAgreementChanges: Requirement = {
  id: 'ua-agreement-changes',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning', 'no-notice': 'warning', 'immediate-effect': 'warning', 'no-advance-period': 'warning', 'short-notice': 'warning' },
  basis: {
    'cn-ecommerce': [ECOMMERCE_LAW.art34, ECOMMERCE_LAW.art33],
    pipl: [PIPL.art14_2],
  },
  primaryCues: agreementChangesCues,
  detect({ model }) {
    const { clauses, notices: sentences } = changeClauses(model);
    // The operator may change the agreement, but nothing says how or when users learn of it.
    const reserved = clauses.find((s) => model.has(agreementObjectCues, s));
    if (sentences.length === 0 && reserved) {
      return { evidence: [spanOf(reserved)], issues: [{ kind: 'no-notice', span: spanOf(reserved), cue: model.firstHit(changeVerbCues, reserved.plainStart, reserved.plainEnd)?.phrase }] };
    }
    if (sentences.length === 0) return { evidence: [], issues: [] };
    const evidence = sentences.map(spanOf);
    const periods = sentences.flatMap((s) => findDurations(model.textOf(s), s.plainStart));
    if (periods.some((d) => days(d) >= REQUIRED_DAYS)) return { evidence, issues: [] };
    const issues: Issue[] = [];
    const immediate = sentences.find((s) => isImmediate(model, s));
    const short = periods[0];
    if (immediate) issues.push({ kind: 'immediate-effect', span: spanOf(immediate), cue: model.textOf(immediate).slice(0, 40) });
    else if (short) issues.push({ kind: 'short-notice', span: spanOf(model.sentenceAt(short.start)!), args: { stated: model.sourceTextOf(short) }, cue: model.sourceTextOf(short) });
    else issues.push({ kind: 'no-advance-period', span: evidence[0]!, cue: model.firstHit(changeVerbCues, sentences[0]!.plainStart, sentences[0]!.plainEnd)?.phrase });
    return { evidence, issues };
  },
  fix: { section: 'changes' },
  examples: [
    {
      name: 'changes published seven days ahead',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 协议的变更\n\n我们修改本协议的，将在修改后的协议生效前七日通过应用内公告通知您。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'changes effective on posting',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 协议的变更\n\n我们可以修改本协议，修改后的协议一经公布即生效。\n',
      status: 'weak',
      findings: [{ kind: 'immediate-effect', line: 4 }],
    },
    {
      name: 'three days is too short',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 协议的变更\n\n我们修改本协议的，将在生效前3日在网站公告。\n',
      status: 'weak',
      findings: [{ kind: 'short-notice', line: 4 }],
    },
    {
      name: 'changes reserved, users not told',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 其他\n\n我们有权在必要时修改本协议条款，您可以在网站上查阅最新版本。\n',
      status: 'weak',
      findings: [{ kind: 'no-notice', line: 4 }],
    },
    {
      name: 'nothing on changes',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n我们为您提供在线记账服务。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'thirty days notice by e-mail',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Changes to these Terms\n\nWe will notify you by e-mail at least 30 days before changes to these Terms take effect.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'we will post changes, no period',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Changes\n\nWe may update these Terms and will post the updated Terms on this page.\n',
      status: 'weak',
      findings: [{ kind: 'no-advance-period', line: 4 }],
    },
    {
      name: 'no change clause',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Service\n\nWe provide an online diary.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
