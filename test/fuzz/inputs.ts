// Inputs for the fuzz and property tests: Markdown from a small grammar of policy text, real policies
// from ../shared/corpus with mutations, random bytes decoded as UTF-8, and pathological shapes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/** Characters that arrive with text pasted from Word and web pages. */
const HOSTILE = [
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte-order mark in the middle of a text
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  '\u00a0', // no-break space
  '\u3000', // ideographic space
  '\uff03', // full-width #
  '\uff0a', // full-width *
  '😀',
  '👨‍👩‍👧',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0000',
  '\t',
  '\r',
  '\r\n',
  '\u2028', // line separator
  '\u0301', // combining accent
];

const WORDS = [
  '我们', '收集', '您的', '个人信息', '敏感个人信息', '用于', '目的', '投诉', '举报', '联系我们', '电子邮件', '30天', '15个工作日', '尽快',
  '不满14周岁', '未成年人', '监护人', '同意', '视为同意', '第三方', 'SDK', '共享', '存储', '境外', '删除', '更正', '注销', '账户', '撤回',
  '[公司名称]', '[e-mail address]', '${1:[投诉邮箱]}', 'we', 'collect', 'your', 'personal information', 'contact us', 'under 13', 'under 14',
  'within 30 days', 'as soon as possible', 'withdraw your consent', 'third parties', 'retain', 'delete', 'privacy@example.com', '400-123-4567',
  'and so on', '等', '包括但不限于', 'https://example.com/policy', '。', '，', '；', '：', '.', ',', '!', '?',
];

const HEADINGS = [
  '隐私政策', '个人信息保护政策', '用户协议', '儿童个人信息保护规则', 'Privacy Policy', 'Terms of Service', '联系我们', '我们如何收集和使用您的个人信息',
  'Contact us', 'Your rights', '一、我们收集的信息', '第二条 账户', '7. Children', 'Section 3 Sharing',
];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).chain((words) => fc.constantFrom(' ', '').map((gap) => words.join(gap)));
const inline = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((s) => `**${s}**`) },
  { weight: 1, arbitrary: sentence.map((s) => `*${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `[${s}](${s})`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`${s}\``) },
  { weight: 1, arbitrary: sentence.map((s) => `<u>${s}</u>`) },
);
const DIRECTIVE_IDS = ['complaint-channel', 'vague-language', 'no-such-rule', '', 'complaint-channel,retention-period'];
const block = fc.oneof(
  { weight: 4, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(fc.constantFrom(...HEADINGS), sentence)).map(([level, title]) => `${'#'.repeat(level)} ${title}`) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS).map((title) => `**${title}**`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.nat(6), fc.constantFrom('- ', '* ', '1. ', '（一）', '1) '), inline), { minLength: 1, maxLength: 8 }).map((items) => items.map(([depth, mark, text]) => `${'  '.repeat(depth)}${mark}${text}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(8), inline).map(([depth, text]) => `${'> '.repeat(depth + 1)}${text}`) },
  { weight: 1, arbitrary: fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }).map((rows) => [`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n')) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'unknown'), fc.constantFrom(...DIRECTIVE_IDS)).map(([kind, id]) => `<!-- disclose-${kind} ${id} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('<div>', '</div>', '<table><tr><td>', '<!--', '-->', '<br>', '<script>alert(1)</script>', '---', '***', '<', '&nbsp;&#x4e2d;&#0;') },
);
const FRONT_MATTER = ['', '---\ntitle: x\n---\n', '---\ndisclose:\n  rules:\n    vague-language: off\n---\n', '---\ndisclose: [1, 2\n---\n', '---\n'];
const LINE_ENDINGS = ['\n', '\r\n', '\r'];

/** Markdown from a grammar of policy text: headings, lists, quotes, tables, directives, hostile characters, any line ending. */
export const grammarMarkdown: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FRONT_MATTER), fc.constantFrom('', '\ufeff'), fc.array(block, { minLength: 0, maxLength: 30 }), fc.constantFrom(...LINE_ENDINGS), fc.constantFrom('', '\n', '\n\n', '\r\n'))
  .map(([frontMatter, bom, blocks, eol, end]) => bom + (frontMatter + blocks.join('\n\n')).replace(/\n/g, eol) + end);

/** Bytes, biased towards Markdown punctuation and UTF-8 lead bytes, decoded as UTF-8 (invalid sequences become U+FFFD). */
export const decodedBytes: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...Buffer.from('#*->|`[]()_\n\r \t1.、')), fc.constantFrom(0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0xef, 0xbb, 0xbf)), { maxLength: 3000 })
  .map((bytes) => new TextDecoder('utf-8').decode(Uint8Array.from(bytes)));

const CORPUS_ROOT = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const CORPUS_FOLDERS = ['capp130-dev/docs', 'gdpr-t200-dev/docs', 'opp115/docs'];

/** Paths of the real policies in ../shared/corpus (read at run time, never copied), or [] when the corpus is absent. */
export function corpusPolicies(): string[] {
  return CORPUS_FOLDERS.flatMap((folder) => {
    const dir = join(CORPUS_ROOT, folder);
    return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => join(dir, name)) : [];
  });
}

export const CORPUS_ABSENT_MESSAGE = `No policies found under ${CORPUS_ROOT} (${CORPUS_FOLDERS.join(', ')}): the mutated-corpus fuzzing is skipped.`;

type Mutation = { kind: 'delete' | 'duplicate' | 'truncate' | 'crlf' | 'insert'; at: number; length: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'truncate', 'crlf', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(400),
  text: fc.oneof(block, fc.constantFrom(...HOSTILE)),
});

/** Applies one mutation at a relative position; cuts may split a surrogate pair or a CRLF on purpose. */
function mutate(text: string, { kind, at, length, text: insertion }: Mutation): string {
  const start = Math.floor(at * text.length);
  const end = Math.min(text.length, start + length);
  switch (kind) {
    case 'delete':
      return text.slice(0, start) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    case 'truncate':
      return text.slice(0, start);
    case 'crlf':
      return text.slice(0, start) + text.slice(start, end).replace(/\r?\n/g, '\r\n') + text.slice(end);
    case 'insert':
      return text.slice(0, start) + insertion + text.slice(start);
  }
}

/** A real policy from `texts` with up to five mutations (deletions, duplications, cuts, CRLF, inserted blocks and hostile characters). */
export function mutatedPolicy(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(texts.length - 1), fc.array(mutation, { maxLength: 5 })).map(([index, mutations]) => mutations.reduce(mutate, texts[index]!));
}

export interface Shape {
  name: string;
  text: string;
}

/**
 * Pathological shapes at `scale` (1 = the sizes of issue 7: a 1 MB line, 5,000 nested list levels,
 * 100,000 headings, 10,000 table columns).
 */
export function pathologicalShapes(scale: number): Shape[] {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  return [
    { name: `one line of ${n(1_000_000)} characters`, text: 'We collect your data and '.repeat(n(40_000)) },
    { name: `one line of ${n(1_000_000)} Chinese characters`, text: '我们收集您的个人信息用于'.repeat(n(1_000_000) / 12) },
    { name: `${n(5_000)} nested list levels`, text: `# Privacy Policy\n\n${'- '.repeat(n(5_000))}item\n` },
    { name: `${n(5_000)} nested block quotes`, text: `# 隐私政策\n\n${'>'.repeat(n(5_000))} 引用\n` },
    { name: `${n(100_000)} headings`, text: Array.from({ length: n(100_000) }, (_, i) => `${'#'.repeat((i % 6) + 1)} 第${i}条 联系我们`).join('\n') },
    { name: `a table of ${n(10_000)} columns`, text: ['| 类型 |' + ' 信息 |'.repeat(n(10_000)), '|---|' + '---|'.repeat(n(10_000)), '| 手机号 |' + ' 用于登录 |'.repeat(n(10_000))].join('\n') },
    { name: `${n(10_000)} list items`, text: `# 隐私政策\n\n${Array.from({ length: n(10_000) }, (_, i) => `${i + 1}. 我们收集第${i}项信息。`).join('\n')}\n` },
    { name: `${n(100_000)} CRLF-separated lines with zero-width and right-to-left marks`, text: Array.from({ length: n(100_000) }, (_, i) => `\u200b\u202e第${i}行\u200f 😀`).join('\r\n') },
  ];
}
