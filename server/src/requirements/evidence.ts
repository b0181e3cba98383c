import { defineCues, type CueSet } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';

/** Building blocks that detectors share: where a disclosure can be, read from the document model. */

// ---------------------------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------------------------

export function spanOf(item: Sentence | { plainStart: number; plainEnd: number }): Span {
  return { start: item.plainStart, end: item.plainEnd };
}

/** The span of the block a sentence belongs to (its paragraph, list item or table cell). */
export function blockOf(model: DocumentModel, sentence: Sentence): Span {
  return spanOf(model.blocks[sentence.block]!);
}

/** The span from the first to the last of a run of blocks. */
export function blocksSpan(model: DocumentModel, blocks: readonly number[]): Span {
  return { start: model.blocks[blocks[0]!]!.plainStart, end: model.blocks[blocks[blocks.length - 1]!]!.plainEnd };
}

/** The section's heading and body. */
export function sectionSpan(model: DocumentModel, section: Section): Span {
  return { start: model.blocks[section.block]!.plainStart, end: model.body(section).end };
}

/** Where a document-level note goes: the title block, else the first block. */
export function titleSpan(model: DocumentModel): Span {
  const block = model.blocks[model.titleBlock >= 0 ? model.titleBlock : 0];
  return block ? spanOf(block) : { start: 0, end: 0 };
}

const TRAILING_PUNCTUATION = new Set('。，；,;:：)）');

/** The source text of a cue hit, trimmed of trailing punctuation, for messages. */
export function cueText(model: DocumentModel, hit: Span): string {
  const text = model.sourceTextOf(hit);
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

/** Sections whose heading matches a cue and whose body has real text (not a table-of-contents line). */
export function sectionsTitled(model: DocumentModel, cues: CueSet, minBodyLength = 12): Section[] {
  return model.sections.filter((section) => {
    const heading = model.blocks[section.block]!;
    return model.has(cues, heading) && model.bodyLength(section) >= minBodyLength;
  });
}

/** Whether a sentence lies inside any of the given sections. */
export function within(model: DocumentModel, sentence: Sentence, sections: readonly Section[]): boolean {
  return sections.some((section) => {
    const span = sectionSpan(model, section);
    return sentence.plainStart >= span.start && sentence.plainEnd <= span.end;
  });
}

/** Whether any section enclosing the offset has a heading that matches the cues. */
export function inSectionTitled(model: DocumentModel, offset: number, cues: CueSet): boolean {
  return model.sectionChain(offset).some((section) => model.has(cues, model.blocks[section.block]!));
}

export function isHeading(model: DocumentModel, sentence: Sentence): boolean {
  const section = model.sectionOf(sentence.plainStart);
  return model.blocks[sentence.block]!.kind === 'heading' || (section !== undefined && section.block === sentence.block);
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/** Sentences outside headings that contain a cue, in document order, each once. */
export function sentencesWith(model: DocumentModel, cues: CueSet): Sentence[] {
  return sentencesHit(model, cues, (sentence) => isHeading(model, sentence));
}

/**
 * Sentences with a cue, including short lines the outline takes for headings ("Email: a@b.com",
 * "个人信息保护负责人"), but not Markdown headings.
 */
export function linesWith(model: DocumentModel, cues: CueSet): Sentence[] {
  return sentencesHit(model, cues, (sentence) => model.blocks[sentence.block]!.kind === 'heading');
}

function sentencesHit(model: DocumentModel, cues: CueSet, skip: (sentence: Sentence) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  for (const hit of model.hits(cues)) {
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || sentence === sentences[sentences.length - 1] || skip(sentence)) continue;
    sentences.push(sentence);
  }
  return sentences;
}

/** Sentences outside headings that have a hit of every cue set, in document order. */
export function sentencesWithAll(model: DocumentModel, first: CueSet, ...others: CueSet[]): Sentence[] {
  return sentencesWith(model, first).filter((sentence) => others.every((set) => model.has(set, sentence)));
}

/** Sentences (headings included) of a span or of several spans, each once, in document order. */
export function sentencesIn(model: DocumentModel, spans: Span | readonly Span[]): Sentence[] {
  const list: readonly Span[] = 'start' in spans ? [spans] : spans;
  const sentences: Sentence[] = [];
  for (const span of list) {
    if (span.end <= span.start) continue;
    const last = model.blockAt(Math.max(span.start, span.end - 1));
    for (let b = model.blockAt(span.start); b <= last; b++) {
      for (const sentence of model.sentencesOfBlock(b)) {
        if (sentence.plainStart >= span.start && sentence.plainEnd <= span.end) sentences.push(sentence);
      }
    }
  }
  return list.length > 1 ? uniqueSentences(sentences) : sentences;
}

/** Sentences of a span or spans that are not headings, each once, in document order. */
export function bodySentences(model: DocumentModel, spans: Span | readonly Span[]): Sentence[] {
  return sentencesIn(model, spans).filter((sentence) => !isHeading(model, sentence));
}

/** Distinct sentences in document order. */
export function uniqueSentences(sentences: Iterable<Sentence>): Sentence[] {
  const byStart = new Map<number, Sentence>();
  for (const sentence of sentences) byStart.set(sentence.plainStart, sentence);
  return [...byStart.values()].sort((a, b) => a.plainStart - b.plainStart);
}

// ---------------------------------------------------------------------------------------------
// Scopes: where the rest of a statement is (its paragraph, the list it introduces)
// ---------------------------------------------------------------------------------------------

/** The sentence's block and the next `count` blocks. */
export function followingBlocks(model: DocumentModel, sentence: Sentence, count = 1): Span {
  const last = model.blocks[Math.min(sentence.block + count, model.blocks.length - 1)]!;
  return { start: model.blocks[sentence.block]!.plainStart, end: Math.max(last.plainEnd, model.blocks[sentence.block]!.plainEnd) };
}

/** Words that announce what follows ("如下：", "the following"). */
export const forwardCues = defineCues('forward', {
  zh: ['以下', '如下', '下列', '下述', '下表', '附表'],
  en: ['below', 'following', 'as follows'],
});

/** The sentence's block, and the next few blocks when it introduces a list ("如下：", "the following"). */
export function blockWithItsList(model: DocumentModel, sentence: Sentence, maxItems = 4): Span {
  const block = model.blocks[sentence.block]!;
  const introduces = /[:：]\s{0,2}$/.test(model.textOf(block)) || model.has(forwardCues, block);
  if (!introduces) return spanOf(block);
  // Stop at the next heading: what follows it belongs to another topic.
  let last = sentence.block;
  for (let b = sentence.block + 1; b <= Math.min(sentence.block + maxItems, model.blocks.length - 1); b++) {
    if (model.blocks[b]!.kind === 'heading' || model.sectionOfBlock[b] !== model.sectionOfBlock[sentence.block]) break;
    last = b;
  }
  return { start: block.plainStart, end: model.blocks[last]!.plainEnd };
}

/** The sentence that introduces the list a line belongs to ("请邮寄至下列地址："), if any. */
export function introductionOf(model: DocumentModel, sentence: Sentence): Sentence | undefined {
  for (let b = sentence.block - 1; b >= Math.max(0, sentence.block - 3); b--) {
    const intro = model.sentencesOfBlock(b).at(-1);
    if (!intro || model.blocks[b]!.kind === 'heading') return undefined;
    if (blockWithItsList(model, intro).end >= sentence.plainEnd) return intro;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Offers: what makes a sentence something the user can do rather than a mention
// ---------------------------------------------------------------------------------------------

/** Words that make a sentence an offer or a rule the user can act on (您可以, 您有权, you can, please). */
export const offerCues = defineCues('offer', {
  zh: [
    '您可以', '你可以', '您可通过', '你可通过', '您可在', '你可在', '您可向', '你可向', '您可随时', '你可随时', '您可自行', '你可自行', '您可直接', '你可直接', '您可申请', '你可申请', '您可对', '你可对', '您有权', '你有权', '用户有权', '您也有权',
    '你也有权', '可以通过', '可通过', '可以在', '可以向', '可向', '请您通过', '请你通过', '请您联系', '请你联系', '请通过', '请联系', '要求我们', '请求我们', '向我们提出', '如您需要', '如你需要', '如您希望', '如你希望', '如您想', '如你想',
    '如果您希望', '如果你希望', '如果您需要', '如果你需要', '若您希望', '若你希望', '若您需要', '若你需要', '您将有权', '你将有权', '中可以', '内可以', '里可以', '均可以', '页面可以', '都可以', '也可以', '还可以', '您还可', '你还可', '您也可',
    '你也可', '可随时', '可以随时', '可直接', '可以直接', '可自行', '可以自行', '您亦有权', '你亦有权', '亦有权', '您亦可', '你亦可', '您也可以', '用户可以', '用户可', '您能够',
    '如需', '如您需', '如你需', '请致电', '请拨打', '请发送', '请登录', '请进入', '请前往', '请点击', '请在',
  ],
  en: [
    'you can', 'you may', 'you have the right', 'you have a right', 'you are entitled', 'right to', 'right of', 'to request', 'request that', 'submit a request', 'please', 'to exercise',
    'you will be able', 'you are able', 'allows you', 'allow you', 'allowing you', 'permitting you', 'enable you', 'enables you', 'users can', 'users may', 'user can', 'user may', 'you have the ability', 'you have the option',
    'you will have the option', 'option to', 'has the right', 'have the right', 'wish to', 'would like to', 'want to', 'you might', 'ask us', 'ask that', 'to ask', 'you should contact', 'may request', 'can request', 'may ask', 'can ask',
    'to correct', 'to update', 'to delete', 'to review', 'to change your', 'to modify', 'to edit', 'if you would like', 'if you wish', 'should you wish', 'if you want', 'you will have the opportunity',
    'gives you', 'give you', 'provides you', 'you would like', "you'd like", 'you would want', "you'd want",
  ],
});

// ---------------------------------------------------------------------------------------------
// Negation
// ---------------------------------------------------------------------------------------------

/** Negations that turn a statement of a practice into a statement that it does not happen. */
const NEGATION_ZH = /(?:不会|不得|不再|不存在|不涉及|不向|不将|不把|不对|不以|不做|不进行|不予|并不|并未|不|未|无|非|没有|禁止|暂无|暂不|避免|绝不|从不)[^,。;，；:]{0,20}$/;
const NEGATION_EN = /\b(?:not|never|no|neither|nor|without|don't|doesn't|won't|cannot|can't)\b[^,.;:]{0,40}$/;

/** Whether the text before an offset, in the same clause of the sentence, negates what follows. */
export function negatedBefore(model: DocumentModel, sentence: Sentence, offset: number): boolean {
  const before = model.plain.slice(Math.max(sentence.plainStart, offset - 60), offset);
  return model.language === 'zh' || /[\u4e00-\u9fff]/.test(before) ? NEGATION_ZH.test(before) : NEGATION_EN.test(before);
}

/** Hits of a cue set in a sentence that are not negated in their clause. */
export function affirmedHits(model: DocumentModel, set: CueSet, sentence: Sentence): Array<{ start: number; end: number; phrase: string }> {
  return model.hitsIn(set, sentence.plainStart, sentence.plainEnd).filter((hit) => !negatedBefore(model, sentence, hit.start));
}

/** Whether a sentence has a hit of the set that is not negated in its clause. */
export function affirmed(model: DocumentModel, sentence: Sentence, set: CueSet): boolean {
  return affirmedHits(model, set, sentence).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Tables, links and emphasis
// ---------------------------------------------------------------------------------------------

/** Table rows: the cells of each source line of a table, in order. */
export function tableRows(model: DocumentModel, span?: Span): number[][] {
  const rows = new Map<number, number[]>();
  model.blocks.forEach((block, index) => {
    if (block.kind !== 'tableCell') return;
    if (span && (block.plainStart < span.start || block.plainEnd > span.end)) return;
    const line = model.lines.positionAt(block.srcStart).line;
    const row = rows.get(line);
    if (row) row.push(index);
    else rows.set(line, [index]);
  });
  return [...rows.values()];
}

/** Whether any block of the section's subtree is a table cell. */
export function sectionHasTable(model: DocumentModel, section: Section): boolean {
  for (let b = section.firstBlock; b < section.endBlock; b++) if (model.blocks[b]!.inTable) return true;
  return false;
}

/** Whether a span contains a Markdown link. */
export function hasLink(model: DocumentModel, span: Span): boolean {
  return model.links.some((link) => link.plainStart >= span.start && link.plainEnd <= span.end);
}

/** Whether a plain span lies inside text the author rendered bold, italic or underlined. */
export function isEmphasised(model: DocumentModel, start: number, end: number): boolean {
  const block = model.blocks[model.blockAt(start)]!;
  return block.allStrong || block.emphasis.some(([s, e]) => s <= start && end <= e);
}

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

/** A definition: its examples (敏感个人信息是指……等) are not an open list of what is processed. */
export const definitionCues = defineCues('definition', {
  zh: ['是指', '指的是', '系指', '即指'],
  en: ['means', 'refers to', 'is defined as'],
});

/** Markers that open a list forward ("包括但不限于 A、B", "such as A, B"); the others close one ("A、B等"). */
const FORWARD_MARKER = /^(包括但不限于|不限于|例如|比如|诸如|including|such as|e\.g\.|for example)/;

/**
 * The clause an open-list marker governs: forward markers the text up to the end of the clause,
 * closing markers the text back to its start. A bracket bounds the clause too: a list inside 【】 or
 * [] ends at its closing bracket and starts at its opening one.
 */
export function markedClause(model: DocumentModel, sentence: Sentence, hit: { start: number; end: number }): Span {
  const text = model.plain;
  let start: number;
  let end: number;
  if (FORWARD_MARKER.test(text.slice(hit.start, hit.end))) {
    start = hit.end;
    end = start;
    while (end < sentence.plainEnd && end - start < 160 && !/[。;；)）\]】]/.test(text[end]!)) end++;
  } else {
    end = hit.end;
    start = hit.start;
    while (start > sentence.plainStart && hit.start - start < 160 && !/[。;；:：,，(（[【]/.test(text[start - 1]!)) start--;
  }
  return { start, end };
}

/** The list an open-list marker belongs to: its clause, when that has at least two items separated by 、 or commas. */
export function listWindow(model: DocumentModel, sentence: Sentence, hit: { start: number; end: number }): Span | null {
  const clause = markedClause(model, sentence, hit);
  const window = model.plain.slice(clause.start, clause.end);
  const separators = model.language === 'zh' ? window.split('、').length - 1 : (window.match(/,/g) ?? []).length;
  const conjunction = /和|及|或|与| and | or /.test(window);
  return separators >= 2 || (separators >= 1 && conjunction) ? clause : null;
}
