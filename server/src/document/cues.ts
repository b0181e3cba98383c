import { isAsciiWordCode, normalize } from './text';

/**
 * Cue sets are named lists of phrases (Chinese and English) that requirement modules declare at load
 * time. All phrases of all sets compile into one Aho-Corasick automaton, so a document is scanned
 * once, in linear time, whatever the number of cues.
 *
 * Phrase syntax: plain text, matched on normalised text (lower case, half-width punctuation).
 * A phrase that starts or ends with an ASCII letter or digit must sit on a word boundary there,
 * unless it ends with `*`, which allows any word continuation ("complain*" matches "complaints").
 */
export interface CueSet {
  readonly id: number;
  readonly name: string;
  readonly phrases: readonly string[];
}

export interface CueHit {
  /** Offsets into the model's normalised plain text. */
  start: number;
  end: number;
  phrase: string;
}

interface Pattern {
  text: string;
  prefixOnly: boolean;
  checkStart: boolean;
  checkEnd: boolean;
  cueSets: number[];
}

const cueSets: CueSet[] = [];
const patternIndex = new Map<string, number>();
const patterns: Pattern[] = [];
let automaton: Automaton | null = null;

export function defineCues(name: string, phrases: { zh?: readonly string[]; en?: readonly string[] }): CueSet {
  const all = [...(phrases.zh ?? []), ...(phrases.en ?? [])];
  const set: CueSet = { id: cueSets.length, name, phrases: all };
  cueSets.push(set);
  for (const raw of all) {
    const prefixOnly = raw.endsWith('*');
    const text = normalize(prefixOnly ? raw.slice(0, -1) : raw);
    if (text.length === 0) throw new Error(`empty cue in ${name}`);
    const key = `${text}\u0000${prefixOnly}`;
    let index = patternIndex.get(key);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(key, index);
      patterns.push({
        text,
        prefixOnly,
        checkStart: isAsciiWordCode(text.charCodeAt(0)),
        checkEnd: !prefixOnly && isAsciiWordCode(text.charCodeAt(text.length - 1)),
        cueSets: [],
      });
    }
    const pattern = patterns[index]!;
    if (!pattern.cueSets.includes(set.id)) pattern.cueSets.push(set.id);
  }
  automaton = null;
  return set;
}

export function cueSetCount(): number {
  return cueSets.length;
}

/** Finds every cue of every set in `text` (already normalised). Returns hits grouped by cue-set id. */
export function matchAllCues(text: string): CueHit[][] {
  if (!automaton) automaton = new Automaton(patterns);
  const byCueSet: CueHit[][] = cueSets.map(() => []);
  automaton.scan(text, (patternId, end) => {
    const pattern = patterns[patternId]!;
    const start = end - pattern.text.length;
    if (pattern.checkStart && start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) return;
    if (pattern.checkEnd && end < text.length && isAsciiWordCode(text.charCodeAt(end))) return;
    const hit = { start, end, phrase: pattern.text };
    for (const id of pattern.cueSets) byCueSet[id]!.push(hit);
  });
  return byCueSet;
}

class Automaton {
  /** Transitions of the root state, by UTF-16 code unit: most characters of a text start no cue. */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Every pattern that ends at a state, its own and those reached through failure links. */
  private readonly outputs: number[][] = [[]];

  constructor(patterns: readonly Pattern[]) {
    const own: number[][] = [[]];
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (let i = 0; i < pattern.text.length; i++) {
        const code = pattern.text.charCodeAt(i);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          own.push([]);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      own[state]!.push(id);
    });
    for (const [code, child] of this.next[0]!) this.rootNext[code] = child;
    const queue: number[] = [...this.next[0]!.values()];
    this.outputs = own.map(() => []);
    for (const child of queue) this.outputs[child] = own[child]!;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const viaFail = this.next[f]!.get(code);
        const failState = viaFail !== undefined && viaFail !== child ? viaFail : 0;
        this.fail[child] = failState;
        // Breadth-first order: the failure state's outputs are complete before its children's.
        this.outputs[child] = own[child]!.length > 0 ? [...own[child]!, ...this.outputs[failState]!] : this.outputs[failState]!;
        queue.push(child);
      }
    }
  }

  scan(text: string, emit: (patternId: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      for (;;) {
        if (state === 0) {
          state = this.rootNext[code]!;
          break;
        }
        const target = this.next[state]!.get(code);
        if (target !== undefined) {
          state = target;
          break;
        }
        state = this.fail[state]!;
      }
      const outputs = this.outputs[state]!;
      for (let k = 0; k < outputs.length; k++) emit(outputs[k]!, i + 1);
    }
  }
}
