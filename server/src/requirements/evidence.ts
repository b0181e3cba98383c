import type { CueSet } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';

/** Building blocks that detectors share: where a disclosure can be, read from the document model. */

/** Sections whose heading matches a cue and whose body has real text (not a table-of-contents line). */
export function sectionsTitled(model: DocumentModel, cues: CueSet, minBodyLength = 12): Section[] {
  return model.sections.filter((section) => {
    const heading = model.blocks[section.block]!;
    return model.has(cues, heading) && model.bodyLength(section) >= minBodyLength;
  });
}

/** Sentences outside headings that contain a cue, in document order, each once. */
export function sentencesWith(model: DocumentModel, cues: CueSet): Sentence[] {
  const sentences: Sentence[] = [];
  for (const hit of model.hits(cues)) {
    const sentence = model.sentenceAt(hit.start);
    if (!sentence || sentence === sentences[sentences.length - 1] || isHeading(model, sentence)) continue;
    sentences.push(sentence);
  }
  return sentences;
}

export function isHeading(model: DocumentModel, sentence: Sentence): boolean {
  const section = model.sectionOf(sentence.plainStart);
  return model.blocks[sentence.block]!.kind === 'heading' || (section !== undefined && section.block === sentence.block);
}

/** Sentences of every block in a span. */
export function sentencesIn(model: DocumentModel, span: Span): Sentence[] {
  const sentences: Sentence[] = [];
  if (span.end <= span.start) return sentences;
  const first = model.blockAt(span.start);
  const last = model.blockAt(Math.max(span.start, span.end - 1));
  for (let b = first; b <= last; b++) {
    for (const sentence of model.sentencesOfBlock(b)) {
      if (sentence.plainStart >= span.start && sentence.plainEnd <= span.end) sentences.push(sentence);
    }
  }
  return sentences;
}

export function spanOf(item: Sentence | { plainStart: number; plainEnd: number }): Span {
  return { start: item.plainStart, end: item.plainEnd };
}

/** The section's heading and body. */
export function sectionSpan(model: DocumentModel, section: Section): Span {
  return { start: model.blocks[section.block]!.plainStart, end: model.body(section).end };
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
