import { isAsciiWordCode, normalize } from './text';

/**
 * Cue sets are named lists of phrases (Chinese and English) that requirement modules declare at load
 * time. All phrases of all sets compile into one Aho-Corasick automaton, so a document is scanned
 * once, in linear time, whatever the number of cues.
 *
 * Phrase syntax: plain text, matched on normalised text (lower case, half-width punctuation).
 * A phrase that starts or ends with an ASCII letter or digit must sit on a word boundary there,
 * unless it ends with `*`, which allows any word continuation ("complain*" matches "complaints").
 * `*` anywhere else is an error (defineCues throws): it would be matched literally.
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
  const misplaced = all.find((raw) => raw.slice(0, -1).includes('*'));
  if (misplaced !== undefined) throw new Error(`cue '${misplaced}' in ${name}: '*' is allowed only at the end of a cue`);
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

/**
 * Aho-Corasick over UTF-16 code units. The root's transitions are a dense table (most characters of a
 * text start no cue); every other transition lives in one open-addressing hash table keyed by (state,
 * code unit), which is much faster to probe than a Map per state. A character that no cue contains
 * sends every state back to the root without walking the failure links.
 */
class Automaton {
  private readonly rootNext = new Int32Array(0x10000);
  private readonly inAlphabet = new Uint8Array(0x10000);
  /** The hash table of the non-root transitions: parallel arrays, `fromState` -1 for an empty slot. */
  private readonly fromState: Int32Array;
  private readonly viaCode: Uint16Array;
  private readonly toState: Int32Array;
  private readonly slotMask: number;
  private readonly fail: Int32Array;
  /** Every pattern that ends at a state, its own and those reached through failure links. */
  private readonly outputs: number[][];

  constructor(patterns: readonly Pattern[]) {
    // The trie, with a Map per state while it is built.
    const next: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    let edges = 0;
    patterns.forEach((pattern, id) => {
      let state = 0;
      for (let i = 0; i < pattern.text.length; i++) {
        const code = pattern.text.charCodeAt(i);
        this.inAlphabet[code] = 1;
        let target = next[state]!.get(code);
        if (target === undefined) {
          target = next.length;
          next.push(new Map());
          own.push([]);
          next[state]!.set(code, target);
          if (state !== 0) edges++;
        }
        state = target;
      }
      own[state]!.push(id);
    });
    for (const [code, child] of next[0]!) this.rootNext[code] = child;

    let size = 16;
    while (size < edges * 2) size *= 2;
    this.slotMask = size - 1;
    this.fromState = new Int32Array(size).fill(-1);
    this.viaCode = new Uint16Array(size);
    this.toState = new Int32Array(size);
    next.forEach((transitions, state) => {
      if (state === 0) return;
      for (const [code, target] of transitions) {
        let slot = this.slotOf(state, code);
        while (this.fromState[slot] !== -1) slot = (slot + 1) & this.slotMask;
        this.fromState[slot] = state;
        this.viaCode[slot] = code;
        this.toState[slot] = target;
      }
    });

    this.fail = new Int32Array(next.length);
    this.outputs = own.map(() => []);
    const queue: number[] = [...next[0]!.values()];
    for (const child of queue) this.outputs[child] = own[child]!;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !next[f]!.has(code)) f = this.fail[f]!;
        const viaFail = next[f]!.get(code);
        const failState = viaFail !== undefined && viaFail !== child ? viaFail : 0;
        this.fail[child] = failState;
        // Breadth-first order: the failure state's outputs are complete before its children's.
        this.outputs[child] = own[child]!.length > 0 ? [...own[child]!, ...this.outputs[failState]!] : this.outputs[failState]!;
        queue.push(child);
      }
    }
  }

  private slotOf(state: number, code: number): number {
    return (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.slotMask;
  }

  /** The transition from a non-root state, or -1. */
  private step(state: number, code: number): number {
    for (let slot = this.slotOf(state, code); ; slot = (slot + 1) & this.slotMask) {
      const from = this.fromState[slot]!;
      if (from === -1) return -1;
      if (from === state && this.viaCode[slot] === code) return this.toState[slot]!;
    }
  }

  scan(text: string, emit: (patternId: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.inAlphabet[code] === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = this.rootNext[code]!;
          break;
        }
        const target = this.step(state, code);
        if (target !== -1) {
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
