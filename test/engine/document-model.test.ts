import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../server/src/document/model';

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
