import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../server/src/document/model';
import { MAX_NESTING, withBoundedNesting } from '../../server/src/document/parse';

const titles = (model: DocumentModel) => model.sections.map((s) => [s.title, s.level]);

describe('sections', () => {
  it('come from Markdown headings, with the first h1 as the document title', () => {
    const model = new DocumentModel('# 隐私政策\n\n## 一、收集\n\n正文。\n\n### （一）注册\n\n正文。\n\n## 二、共享\n\n正文。\n');
    expect(model.textOf(model.blocks[model.titleBlock]!)).toBe('隐私政策');
    expect(titles(model)).toEqual([['一、收集', 1], ['(一)注册', 2], ['二、共享', 1]]);
    expect(model.sections[1]!.parent).toBe(0);
    expect(model.sections[0]!.endBlock).toBe(model.sections[2]!.block);
  });

  it('come from Chinese numbered bold paragraphs, with CJK-friendly bold', () => {
    const model = new DocumentModel('# 隐私政策\n\n**一、我们如何收集**\n\n我们收集手机号码。\n\n**（一）注册：**\n\n注册时收集手机号码。\n\n**二、联系我们**\n\n邮箱。\n');
    expect(titles(model)).toEqual([['一、我们如何收集', 1], ['(一)注册:', 2], ['二、联系我们', 1]]);
    expect(model.blocks[model.sections[0]!.block]!.allStrong).toBe(true);
  });

  it('come from plain numbered paragraphs, which take the level of Markdown headings numbered alike', () => {
    const model = new DocumentModel('# 政策\n\n一 我们如何收集\n\n### （一） 方式\n\n正文内容。\n\n（二） 我们会出于以下目的收集：\n\n正文内容。\n\n二 共享\n\n正文内容。\n');
    expect(titles(model)).toEqual([['一 我们如何收集', 1], ['(一) 方式', 2], ['(二) 我们会出于以下目的收集:', 2], ['二 共享', 1]]);
  });

  it('ignore long paragraphs and sentences that end like sentences', () => {
    const model = new DocumentModel('# 政策\n\n一、我们会收集您的手机号码，用于注册。\n\n**请您注意：我们不会出售您的个人信息。**\n');
    expect(model.sections).toEqual([]);
  });

  it('come from short capitalised English lines followed by text', () => {
    const model = new DocumentModel('Privacy Policy\n\nInformation We Collect\n\nWe collect your name and e-mail address when you register.\n\nUse of Cookies\n\nWe use cookies to keep you signed in to the site.\n');
    expect(model.sections.map((s) => s.title)).toEqual(['privacy policy', 'information we collect', 'use of cookies']);
  });

  it('rank 7. above 7.2 above 7.2.1, also with a trailing dot', () => {
    const model = new DocumentModel('# 政策\n\n7.2 删除\n\n正文内容。\n\n7.您的权利\n\n正文内容。\n\n7.3. 更正\n\n正文内容。\n\n7.3.1 更正的方式\n\n正文内容。\n');
    expect(titles(model)).toEqual([['7.2 删除', 2], ['7.您的权利', 1], ['7.3. 更正', 2], ['7.3.1 更正的方式', 3]]);
    expect(model.sections[2]!.parent).toBe(1);
  });

  it('come from one-item numbered lists used as headings, numbered by the list', () => {
    const model = new DocumentModel('# 政策\n\n4. 信息安全\n\n我们采取加密等措施。\n\n5. 您的权利\n\n您可以访问您的个人信息。\n\n1. 我们会收集您的手机号码，用于注册。\n');
    expect(model.sections.map((s) => [s.title, s.style])).toEqual([['信息安全', '~num'], ['您的权利', '~num']]);
    expect(model.blocks[model.sections[1]!.block]!.listNumber).toBe(5);
    expect(model.sectionOf(model.plain.indexOf('您可以访问'))?.title).toBe('您的权利');
  });

  it('drop a table of contents written as numbered lines, so that its last entry holds nothing', () => {
    const toc = '1、我们如何收集\n\n2、我们如何共享\n\n3、如何联系我们\n\n';
    const model = new DocumentModel(`# 政策\n\n${toc}## 一、我们如何收集\n\n正文内容。\n\n## 二、我们如何共享\n\n正文内容。\n`);
    expect(titles(model)).toEqual([['一、我们如何收集', 1], ['二、我们如何共享', 1]]);
    const list = new DocumentModel('# 政策\n\n1. 收集\n2. 共享\n3. 联系我们\n\n正文内容很长的一段话。\n');
    expect(list.sections).toEqual([]);
  });

  it('keep the first real heading that follows a contents list in the same style', () => {
    const model = new DocumentModel('# 政策\n\n一、收集\n\n二、共享\n\n一、收集\n\n我们收集手机号码。\n\n二、共享\n\n我们不共享。\n');
    expect(model.sections.map((s) => [s.title, model.bodyLength(s)])).toEqual([['一、收集', 9], ['二、共享', 6]]);
  });

  it('do not read lines of contact details as headings', () => {
    const model = new DocumentModel('# Privacy Policy\n\nContact Us\n\nBy email: info@example.com\n\nWe answer every message within ten days of receiving it.\n\nBy phone 800 555 0100\n\nWe answer every call within ten minutes of receiving it.\n');
    expect(model.sections.map((s) => s.title)).toEqual(['contact us']);
  });

  it('tell a table of contents entry (no body) from a section', () => {
    const model = new DocumentModel('# 政策\n\n## 一、收集\n## 二、联系我们\n\n## 一、收集\n\n我们收集手机号码。\n');
    expect(model.sections.map((s) => model.bodyLength(s))).toEqual([0, 0, 9]);
  });
});

describe('sentences and language', () => {
  it('split at Chinese and English terminal punctuation but not after abbreviations', () => {
    const model = new DocumentModel('我们收集手机号码。您可以随时撤回；我们会停止处理！\n\nWe use data, e.g. your name. We keep it for 30 days. See Art. 17 of the PIPL.\n');
    expect(model.sentences.map((s) => model.textOf(s))).toEqual([
      '我们收集手机号码。',
      '您可以随时撤回;',
      '我们会停止处理!',
      'we use data, e.g. your name.',
      'we keep it for 30 days.',
      'see art. 17 of the pipl.',
    ]);
  });

  it('detects the document language', () => {
    expect(new DocumentModel('# 隐私政策\n\n我们收集您的 IP address 和 device ID。\n').language).toBe('zh');
    expect(new DocumentModel('# Privacy Policy\n\nWe collect your name. Contact 张三.\n').language).toBe('en');
  });
});

describe('source ranges', () => {
  it('map normalised plain text back through bold markup and full-width punctuation', () => {
    const text = '# 标题\n\n我们会收集您的**手机号码**（必填）。\n';
    const model = new DocumentModel(text);
    const plainStart = model.plain.indexOf('手机号码');
    const range = model.range({ start: plainStart, end: plainStart + 4 });
    expect(text.slice(range.startOffset, range.endOffset)).toBe('手机号码');
    expect(range.start).toEqual({ line: 2, character: 9 });
    expect(model.textOf(model.sentences[1]!)).toBe('我们会收集您的手机号码(必填)。');
  });

  it('keep positions right with CRLF, a byte-order mark, zero-width characters and emoji', () => {
    const text = '\ufeff# 标题\r\n\r\n😀 投\u200b诉邮箱：a@b.cn\r\n';
    const model = new DocumentModel(text);
    const at = model.plain.indexOf('投诉');
    expect(at).toBeGreaterThan(0);
    const range = model.range({ start: at, end: at + 2 });
    expect(text.slice(range.startOffset, range.endOffset)).toBe('投\u200b诉');
    expect(range.start).toEqual({ line: 2, character: 3 });
    expect(model.range(model.blocks[model.titleBlock]!).start).toEqual({ line: 0, character: 3 });
  });

  it('anchor document-level findings on the title, or on the first line with text', () => {
    expect(new DocumentModel('# 隐私政策\n\n正文。\n').anchorRange()).toMatchObject({ start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
    expect(new DocumentModel('\n\n正文第一行。\n').anchorRange()).toMatchObject({ start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
    expect(new DocumentModel('').anchorRange()).toMatchObject({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});

describe('date stamps', () => {
  it('are not headings, in bold or plain, in either language', () => {
    const sectionsOf = (text: string) => new DocumentModel(text).sections.map((s) => s.title);
    expect(sectionsOf('# Privacy Policy\n\n**Last Updated: March 3, 2023**\n\nWe collect data.\n\n**Your rights**\n\nYou may ask.\n')).toEqual(['your rights']);
    expect(sectionsOf('# 隐私政策\n\n**更新日期：2024年1月1日**\n\n正文内容。\n\n**一、我们收集的信息**\n\n正文内容。\n')).toEqual(['一、我们收集的信息']);
  });
});

describe('hostile shapes', () => {
  it('5,000 nested list levels or block quotes: nesting stops at MAX_NESTING, the rest of the line is text', () => {
    for (const marker of ['- ', '>', '1. ']) {
      const text = `# Policy\n\n${marker.repeat(5000)}item\n`;
      const model = new DocumentModel(text);
      const last = model.blocks.at(-1)!;
      expect(model.textOf(last).endsWith('item')).toBe(true);
      expect(model.text.slice(last.srcStart, last.srcEnd).endsWith('item')).toBe(true);
      let depth = 0;
      for (let node: { children?: unknown[] } | undefined = model.parsed.tree.children[1] as { children?: unknown[] }; node?.children; node = node.children[0] as { children?: unknown[] }) depth++;
      expect(depth).toBeLessThanOrEqual(2 * MAX_NESTING + 2);
    }
  });

  it('keeps offsets: defused markers are replaced one character for one', () => {
    const text = '- '.repeat(30) + 'x\n> ok\n';
    expect(withBoundedNesting(text)).toHaveLength(text.length);
    expect(withBoundedNesting('- a\n> b\n')).toBe('- a\n> b\n');
  });

  it('no range starts or ends between the \\r and the \\n of a CRLF', () => {
    const model = new DocumentModel('们\n   们\r\n1.');
    expect(model.rangeOfOffsets(0, 7)).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 4 }, startOffset: 0, endOffset: 6 });
  });
});
