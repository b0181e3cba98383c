// Drives the built language server (server/dist/server.js) over stdio with a raw JSON-RPC client and
// asserts what an editor would see: capabilities, diagnostics (push and pull), hover, the coverage
// notification and version ordering (keystroke-to-diagnostics latency: test/timing/latency.test.ts).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, MarkupKind, TextDocumentSyncKind, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { engineReport, expectedDiagnostic, REPO_ROOT, requireBuiltServer, shutdownAll, startServer, testUri, withoutVersion } from './helpers';

beforeAll(() => {
  requireBuiltServer();
});

afterEach(async () => {
  await shutdownAll();
});

const DOCS = new URL('docs/rules/', `file://${REPO_ROOT}`).href;

// ---------------------------------------------------------------------------------------------
// Test policies. Both make the same findings among the core rules pinned below: no complaint channel
// (reported on the title), a purpose that is only "improve user experience" (line 12) and a reply time
// of 30 working days (line 20). Requirements added to the engine later report more findings on these
// texts; those are checked against `disclose check --format json` instead of being pinned here.

const ZH_POLICY = `# 星河笔记隐私政策

更新日期：2026年1月1日

星河笔记（以下简称“本应用”）由上海星河软件有限公司（以下简称“我们”）提供。

## 一、我们如何收集和使用您的个人信息

当您注册账号时，我们收集您的手机号码，用于创建账号和发送登录验证码。

我们会收集您的设备型号和操作系统版本。

我们收集您的点击记录，用于提升用户体验。

## 二、未成年人保护

不满十四周岁的用户，应当取得其父母或其他监护人的同意后使用本应用。

## 三、联系我们

如您对本政策有任何疑问，可发送邮件至 privacy@xinghe.example.cn，我们将在三十个工作日内回复。
`;

const ZH_COMPLAINT = '\n## 投诉\n\n如需投诉，请发送邮件至 complaints@example.cn。\n';

const EN_POLICY = `# Starlight Notes Privacy Policy

Last updated: 1 January 2026

Starlight Notes ("the app") is provided by Starlight Software Ltd ("we").

## How we collect and use your personal information

When you register, we collect your mobile number to create your account and send login codes.

We collect your device model and operating system version.

We use your click history to improve user experience.

## Children

Users under 14 need the consent of a parent or guardian before using the app.

## Contact us

If you have questions about this policy, e-mail privacy@starlight.example.com. We reply within 30 working days.
`;

const EN_COMPLAINT = '\n## Complaints\n\nTo make a complaint, e-mail complaints@starlight.example.com.\n';

/** The rules whose findings on the test policies are pinned exactly in this file. */
const CORE_RULES = ['purpose-of-processing', 'data-categories', 'complaint-channel', 'complaint-response-time', 'minors-age-and-guardian-consent'];

interface Expected {
  code: string;
  severity: DiagnosticSeverity;
  range: Diagnostic['range'];
  message: string;
}

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

const CASES = [
  {
    name: 'Chinese policy, locale zh-cn',
    locale: 'zh-cn',
    policy: ZH_POLICY,
    complaintSection: ZH_COMPLAINT,
    expected: [
      {
        code: 'complaint-channel',
        severity: DiagnosticSeverity.Error,
        range: range(0, 2, 10),
        message:
          '缺少披露：投诉、举报渠道。请提供用户就个人信息问题进行投诉或举报的电子邮箱、电话、在线表单或应用内路径。（《网络安全法》第51条；《App违法违规收集使用个人信息行为认定方法》第六类第5项；…）',
      },
      {
        code: 'purpose-of-processing',
        severity: DiagnosticSeverity.Warning,
        range: range(12, 0, 20),
        message:
          '目的含糊：此处给出的唯一目的是“提升用户体验”。监管部门不接受仅以改善服务、提升用户体验为目的，请具体说明信息的用途。（《个人信息保护法》第6条；《个人信息保护法》第17条第1款第(二)项；…）',
      },
      {
        code: 'complaint-response-time',
        severity: DiagnosticSeverity.Error,
        range: range(20, 0, 59),
        message: '答复时限过长：“三十个工作日”超过了答复投诉和请求不得超过的15个工作日。（《App违法违规收集使用个人信息行为认定方法》第六类第5项；《电信和互联网用户个人信息保护规定》（工业和信息化部令第24号））',
      },
    ] satisfies Expected[],
    hover: {
      title: '**投诉、举报渠道** (`complaint-channel`, 错误)',
      message: '缺少披露：投诉、举报渠道。请提供用户就个人信息问题进行投诉或举报的电子邮箱、电话、在线表单或应用内路径。',
      basisLabel: '法律依据',
      basis: ['《网络安全法》第51条', '《个人信息保护法》第50条'],
      docsLink: `[规则说明](${DOCS}complaint-channel.md)`,
      vagueCue: '匹配到：“提升用户体验”',
    },
  },
  {
    name: 'English policy, locale en',
    locale: 'en',
    policy: EN_POLICY,
    complaintSection: EN_COMPLAINT,
    expected: [
      {
        code: 'complaint-channel',
        severity: DiagnosticSeverity.Error,
        range: range(0, 2, 32),
        message:
          'Missing disclosure: a channel for complaints and reports. Give an e-mail address, phone number, online form or in-app path where users can complain about or report a personal-information issue. (Cybersecurity Law Art. 51; CAC 2019 Methods §6(5); …)',
      },
      {
        code: 'purpose-of-processing',
        severity: DiagnosticSeverity.Warning,
        range: range(12, 0, 53),
        message:
          'Vague purpose: "improve user experience" is the only purpose given here. Regulators do not accept improving services or user experience as a purpose on its own; say concretely what the data is used for. (PIPL Art. 6; PIPL Art. 17(1)(ii); …)',
      },
      {
        code: 'complaint-response-time',
        severity: DiagnosticSeverity.Error,
        range: range(20, 79, 111),
        message: 'Reply time too long: "30 working days" exceeds the limit of 15 working days for answering complaints and requests. (CAC 2019 Methods §6(5); MIIT Order No. 24 (2013))',
      },
    ] satisfies Expected[],
    hover: {
      title: '**Complaint and reporting channel** (`complaint-channel`, error)',
      message:
        'Missing disclosure: a channel for complaints and reports. Give an e-mail address, phone number, online form or in-app path where users can complain about or report a personal-information issue.',
      basisLabel: 'Legal basis',
      basis: ['Cybersecurity Law Art. 51', 'PIPL Art. 50'],
      docsLink: `[Rule documentation](${DOCS}complaint-channel.md)`,
      vagueCue: 'Matched: “improve user experience”',
    },
  },
] as const;

/** The parts of a diagnostic these tests pin, after checking the fields every diagnostic must carry. */
function summarise(diagnostics: readonly Diagnostic[], version: number): Expected[] {
  for (const d of diagnostics) {
    expect(d.source).toBe('Disclose');
    expect(d.codeDescription?.href).toBe(`${DOCS}${String(d.code)}.md`);
    expect(d.data).toMatchObject({ ruleId: d.code, version });
  }
  return diagnostics.map((d) => ({ code: String(d.code), severity: d.severity!, range: d.range, message: d.message }));
}

const core = (diagnostics: readonly Expected[]) => diagnostics.filter((d) => CORE_RULES.includes(d.code));

/** The server's diagnostics must be exactly the engine's findings for the same text (from the CLI). */
function expectSameAsEngine(diagnostics: readonly Diagnostic[], text: string, locale: 'en' | 'zh-cn'): void {
  const engine = engineReport(text, locale).diagnostics.map((d) => expectedDiagnostic(d, locale));
  const key = (d: { code: string; range: Diagnostic['range'] }) => `${d.range.start.line}:${d.range.start.character}:${d.code}`;
  const sorted = <T extends { code: string; range: Diagnostic['range'] }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  const actual = diagnostics.map((d) => ({ code: String(d.code), severity: d.severity!, range: d.range, message: d.message, href: d.codeDescription!.href }));
  expect(sorted(actual)).toEqual(sorted(engine));
}

/** The English test policy is a PIPL policy: an English document needs its profile named. */
const PIPL = { profiles: ['pipl'] };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------

describe('initialize', () => {
  it('announces the server, full sync and hover; no pull diagnostics for a client without them', async () => {
    const { client, init } = await startServer({ locale: 'en' });
    expect(init.serverInfo?.name).toBe('disclose-language-server');
    expect(init.serverInfo?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(init.capabilities.textDocumentSync).toBe(TextDocumentSyncKind.Full);
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.diagnosticProvider).toBeUndefined();
    expect(await client.shutdown()).toBe(0);
  });

  it('offers pull diagnostics only when the client declares textDocument.diagnostic', async () => {
    const { client, init } = await startServer({ locale: 'en', pull: true });
    expect(init.serverInfo?.name).toBe('disclose-language-server');
    expect(init.capabilities.textDocumentSync).toBe(TextDocumentSyncKind.Full);
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.diagnosticProvider).toEqual({ interFileDependencies: false, workspaceDiagnostics: false });
    expect(await client.shutdown()).toBe(0);
  });
});

describe.each(CASES)('$name', ({ locale, policy, complaintSection, expected, hover }) => {
  it('push: publishes the exact findings, then drops complaint-channel when a complaint section is added', async () => {
    const { client } = await startServer({ locale, configuration: PIPL });
    const uri = testUri(`push-${locale}.md`);
    await client.open(uri, policy, 1);
    const first = await client.diagnosticsFor(uri, 1);
    expect(core(summarise(first.params.diagnostics, 1))).toEqual(expected);
    const complaint = first.params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    expect(complaint.codeDescription!.href).toMatch(/docs\/rules\/complaint-channel\.md$/);
    expectSameAsEngine(first.params.diagnostics, policy, locale);

    await client.change(uri, policy + complaintSection, 2);
    const second = await client.diagnosticsFor(uri, 2);
    expect(core(summarise(second.params.diagnostics, 2))).toEqual(expected.filter((d) => d.code !== 'complaint-channel'));
    expect(second.params.diagnostics.some((d) => d.code === 'complaint-channel')).toBe(false);
    // Everything else is unchanged apart from the document version recorded in data.
    expect(withoutVersion(second.params.diagnostics)).toEqual(withoutVersion(first.params.diagnostics.filter((d) => d.code !== 'complaint-channel')));
    expectSameAsEngine(second.params.diagnostics, policy + complaintSection, locale);
    expect(client.publishedFor(uri).map((p) => p.version)).toEqual([1, 2]);
  });

  it('pull: textDocument/diagnostic returns the same items as push for the same text, and nothing is pushed', async () => {
    const push = await startServer({ locale, configuration: PIPL });
    const pull = await startServer({ locale, pull: true, configuration: PIPL });
    const uri = testUri(`pull-${locale}.md`);
    await push.client.open(uri, policy, 1);
    await pull.client.open(uri, policy, 1);
    const pushed = (await push.client.diagnosticsFor(uri, 1)).params.diagnostics;
    const report = await pull.client.pullDiagnostics(uri);
    expect(report.kind).toBe('full');
    expect(report.kind === 'full' ? report.items : []).toEqual(pushed);
    expect(core(summarise(pushed, 1))).toEqual(expected);

    // After a change the pull result follows the new version.
    await pull.client.change(uri, policy + complaintSection, 2);
    const after = await pull.client.pullDiagnostics(uri);
    expect(after.kind === 'full' ? core(summarise(after.items, 2)) : []).toEqual(expected.filter((d) => d.code !== 'complaint-channel'));
    if (after.kind === 'full') expectSameAsEngine(after.items, policy + complaintSection, locale);

    await pull.client.coverageFor(uri, 2);
    await sleep(100);
    expect(pull.client.diagnostics).toEqual([]);
  });

  it('hover on a diagnostic shows title, message, legal basis, matched cue and docs link; elsewhere null', async () => {
    const { client } = await startServer({ locale, configuration: PIPL });
    const uri = testUri(`hover-${locale}.md`);
    await client.open(uri, policy, 1);
    const published = (await client.diagnosticsFor(uri, 1)).params.diagnostics;

    const onTitle = await client.hover(uri, { line: 0, character: 5 });
    expect(onTitle).not.toBeNull();
    const content = onTitle!.contents as MarkupContent;
    expect(content.kind).toBe(MarkupKind.Markdown);
    // One section per finding under the cursor (every missing disclosure is reported on the title).
    const sections = content.value.split('\n\n---\n\n');
    expect(sections).toHaveLength(published.filter((d) => d.range.start.line === 0).length);
    const section = sections.find((text) => text.startsWith(hover.title));
    expect(section, content.value).toBeDefined();
    expect(section).toContain(`\n\n${hover.message}\n\n`);
    expect(section).toContain(hover.basisLabel);
    for (const citation of hover.basis) expect(section).toContain(citation);
    expect(section!.endsWith(hover.docsLink)).toBe(true);

    const onVague = await client.hover(uri, { line: 12, character: 3 });
    const vague = (onVague!.contents as MarkupContent).value;
    expect(vague).toContain(`\`purpose-of-processing\`, ${locale === 'zh-cn' ? '警告' : 'warning'}`);
    expect(vague).toContain(hover.vagueCue);
    expect(vague).toContain(`${DOCS}purpose-of-processing.md`);

    expect(await client.hover(uri, { line: 2, character: 1 })).toBeNull();
    expect(await client.hover(uri, { line: 8, character: 4 })).toBeNull();
    // The title's findings start after "# ": the marker itself is outside them.
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
  });
});

describe('message language from workspace/configuration', () => {
  it('asks for the disclose section and uses its messageLanguage over the client locale', async () => {
    const { client } = await startServer({ locale: 'en', configuration: { enable: true, messageLanguage: 'zh-cn' } });
    const uri = testUri('configured.md');
    await client.open(uri, ZH_POLICY, 1);
    const published = await client.diagnosticsFor(uri, 1);
    expect(core(summarise(published.params.diagnostics, 1))).toEqual(CASES[0].expected);
    expectSameAsEngine(published.params.diagnostics, ZH_POLICY, 'zh-cn');
    expect(client.configurationRequests[0]).toEqual([{ scopeUri: uri, section: 'disclose' }]);
  });

  it('publishes no diagnostics when disable is configured', async () => {
    const { client } = await startServer({ locale: 'zh-cn', configuration: { enable: false } });
    const uri = testUri('disabled.md');
    await client.open(uri, ZH_POLICY, 1);
    expect((await client.diagnosticsFor(uri, 1)).params.diagnostics).toEqual([]);
    const coverage = await client.coverageFor(uri, 1);
    expect(coverage.params).toEqual({ uri, version: 1, documentType: null, profileNotChosen: false, disclosed: 0, applicable: 0, items: [] });
  });
});

describe('disclose/coverage', () => {
  /** Counts as the status bar shows them: a disclosure is made when it is present or weak. */
  function countsOf(requirements: { status: string }[]) {
    const applicable = requirements.filter((r) => r.status !== 'not-applicable');
    return { applicable: applicable.length, disclosed: applicable.filter((r) => r.status !== 'missing').length };
  }

  it('reports the counts and items of every lint, in the message language', async () => {
    const { client } = await startServer({ locale: 'zh-cn' });
    const uri = testUri('coverage.md');
    await client.open(uri, ZH_POLICY, 1);
    const first = (await client.coverageFor(uri, 1)).params;
    expect(first).toMatchObject({ uri, version: 1, documentType: 'privacy-policy' });
    const coreItems = first.items.filter((i) => CORE_RULES.includes(i.id));
    expect(coreItems).toEqual([
      { id: 'purpose-of-processing', status: 'weak', title: '处理目的', statusLabel: '不充分' },
      { id: 'data-categories', status: 'present', title: '个人信息种类', statusLabel: '已披露' },
      { id: 'complaint-channel', status: 'missing', title: '投诉、举报渠道', statusLabel: '缺失' },
      { id: 'complaint-response-time', status: 'weak', title: '投诉答复时限', statusLabel: '不充分' },
      { id: 'minors-age-and-guardian-consent', status: 'present', title: '未成年人：年龄界限与监护人同意', statusLabel: '已披露' },
    ]);
    // Every item, and the counts, as the engine reports them for this text.
    const engine = engineReport(ZH_POLICY, 'zh-cn');
    expect(first.items.map(({ id, status }) => ({ id, status }))).toEqual(engine.requirements.map(({ id, status }) => ({ id, status })));
    expect({ disclosed: first.disclosed, applicable: first.applicable }).toEqual(countsOf(engine.requirements));
    const labels: Record<string, string> = { present: '已披露', weak: '不充分', missing: '缺失', 'not-applicable': '不适用' };
    for (const item of first.items) expect(item.statusLabel).toBe(labels[item.status]);

    await client.change(uri, ZH_POLICY + ZH_COMPLAINT, 2);
    const second = (await client.coverageFor(uri, 2)).params;
    expect(second).toMatchObject({ version: 2, documentType: 'privacy-policy', disclosed: first.disclosed + 1, applicable: first.applicable });
    expect(second.items.find((i) => i.id === 'complaint-channel')).toEqual({ id: 'complaint-channel', status: 'present', title: '投诉、举报渠道', statusLabel: '已披露' });
    expect(second.items.filter((i) => i.id !== 'complaint-channel')).toEqual(first.items.filter((i) => i.id !== 'complaint-channel'));
  });

  it('tells the status bar, and says once on the title, that an English document has no profile', async () => {
    const { client } = await startServer({ locale: 'en' });
    const uri = testUri('no-profile.md');
    await client.open(uri, EN_POLICY, 1);
    expect((await client.coverageFor(uri, 1)).params.profileNotChosen).toBe(true);
    const hints = (await client.diagnosticsFor(uri, 1)).params.diagnostics.filter((d) => d.code === 'profile-not-chosen');
    expect(hints.map((d) => [d.severity, d.range.start.line])).toEqual([[DiagnosticSeverity.Information, 0]]);
    const named = testUri('pipl.md');
    await client.open(named, `---\ndisclose:\n  profiles: [pipl]\n---\n${EN_POLICY}`, 1);
    expect((await client.coverageFor(named, 1)).params.profileNotChosen).toBe(false);
  });

  it('uses English titles and labels for an English client', async () => {
    const { client } = await startServer({ locale: 'en', configuration: PIPL });
    const uri = testUri('coverage-en.md');
    await client.open(uri, EN_POLICY, 1);
    const { params } = await client.coverageFor(uri, 1);
    const engine = engineReport(EN_POLICY, 'en');
    expect(params).toMatchObject({ documentType: 'privacy-policy', ...countsOf(engine.requirements) });
    expect(params.items.find((i) => i.id === 'complaint-channel')).toEqual({ id: 'complaint-channel', status: 'missing', title: 'Complaint and reporting channel', statusLabel: 'missing' });
    expect(params.items.find((i) => i.id === 'data-categories')).toEqual({ id: 'data-categories', status: 'present', title: 'Categories of personal information', statusLabel: 'present' });
  });
});

describe('stale versions', () => {
  // Even versions carry the complaint section, odd ones do not; version 21 is the last one sent.
  const textOf = (version: number) => (version % 2 === 0 ? ZH_POLICY + ZH_COMPLAINT : ZH_POLICY);

  it.each([
    ['settings from initialize (no configuration round trip)', {}],
    ['settings from workspace/configuration, answered after 5 ms', { configuration: { enable: true, messageLanguage: 'auto' }, configurationDelayMs: 5 }],
  ] as const)('20 rapid changes end with the last version, versions never go back (%s)', async (name, extra) => {
    const { client } = await startServer({ locale: 'zh-cn', ...extra });
    const uri = testUri('rapid.md');
    await client.open(uri, textOf(1), 1);
    await client.diagnosticsFor(uri, 1);
    const sends: Promise<void>[] = [];
    for (let version = 2; version <= 21; version++) sends.push(client.change(uri, textOf(version), version));
    await Promise.all(sends);
    const last = await client.diagnosticsFor(uri, 21);
    await sleep(300); // anything still in flight for an older version would arrive now
    const versions = client.publishedFor(uri).map((p) => p.version!);
    console.log(`${name}: versions published ${versions.join(', ')}`);
    expect(versions.at(-1)).toBe(21);
    // Monotonic: never a version older than one already published (the same version may repeat).
    for (let i = 1; i < versions.length; i++) expect(versions[i]!, `versions published: ${versions.join(', ')}`).toBeGreaterThanOrEqual(versions[i - 1]!);
    // The published findings are those of the text of that version.
    expectSameAsEngine(last.params.diagnostics, textOf(21), 'zh-cn');
    for (const published of client.publishedFor(uri)) {
      expect(published.diagnostics.some((d) => d.code === 'complaint-channel')).toBe(published.version! % 2 === 1);
      for (const d of published.diagnostics) expect((d.data as { version: number }).version).toBe(published.version);
    }
    const coverageVersions = client.coverage.map((c) => c.params.version);
    for (let i = 1; i < coverageVersions.length; i++) expect(coverageVersions[i]!).toBeGreaterThanOrEqual(coverageVersions[i - 1]!);
  });
});
