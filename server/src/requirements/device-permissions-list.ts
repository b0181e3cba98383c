import { defineCues } from '../document/cues';
import type { CueHit } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { CAC_METHODS, CVERC_NOTICES, GBT35273, MIIT } from '../profiles/citations';
import { blocksSpan, isHeading, linesWith, sectionSpan, sectionsTitled, sentencesIn, spanOf, tableRows, uniqueSentences } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Headings of a permissions section or list. */
export const permissionHeadingCues = defineCues('permission-heading', {
  zh: ['权限'],
  en: ['permission*', 'device access', 'access to your device'],
});

/** Operating-system permissions an app may request. */
export const permissionTypeCues = defineCues('permission-type', {
  zh: [
    '相机', '摄像头', '拍照', '麦克风', '录音', '位置', '定位', '地理位置', '通讯录', '联系人', '存储', '相册', '照片', '媒体', '电话', '读取电话状态', '设备信息', '日历', '蓝牙',
    '剪切板', '剪贴板', '通知', '悬浮窗', '传感器', '运动', '健身', '健康', '短信', '通话记录', '网络', 'wlan', 'wifi', 'nfc', '安装应用', '应用列表', '已安装', '震动', '自启动',
    '后台', '无障碍', '指纹', '面容', 'face id', '本地网络', '跟踪', '追踪', '身体活动', '文件',
  ],
  en: ['camera', 'microphone', 'location', 'contacts', 'storage', 'photos', 'photo library', 'media', 'phone', 'phone state', 'calendar', 'bluetooth', 'clipboard', 'notifications', 'sensors', 'motion', 'health', 'sms', 'call log', 'network', 'wi-fi', 'wifi', 'nfc', 'installed apps', 'vibrat*', 'face id', 'touch id', 'biometric*', 'tracking', 'files'],
});

/** Words of a permission: "…权限", "access to your camera". */
const permissionWordCues = defineCues('permission-word', {
  zh: ['权限'],
  en: ['permission*', 'access to your', 'access your', 'access the'],
});

/** 权限 across a word boundary: 有权 + 限制 (the right to restrict) is not a permission. */
const permissionFalseFriendCues = defineCues('permission-false-friend', {
  zh: ['有权限制', '有权限定'],
});

/** Hits of 权限 / "permission" that name a permission. */
function permissionWords(model: DocumentModel, span: Span): CueHit[] {
  const falseFriends = model.hitsIn(permissionFalseFriendCues, Math.max(0, span.start - 1), span.end + 1);
  return model.hitsIn(permissionWordCues, span.start, span.end).filter((hit) => !falseFriends.some((f) => f.start <= hit.start && hit.end <= f.end));
}

function namesPermission(model: DocumentModel, span: Span | Sentence): boolean {
  return permissionWords(model, 'start' in span ? span : spanOf(span)).length > 0;
}

/** Purpose or scenario of a permission. */
const purposeCues = defineCues('permission-purpose', {
  zh: ['用于', '为了', '以便', '用来', '用以', '实现', '功能', '场景', '时', '当您', '当你', '需要', '帮助', '便于', '目的', '可以', '可用', '使用', '识别', '上传', '扫描', '扫码', '拍摄', '发布', '分享', '导航', '推荐', '保存', '下载', '接收', '提醒', '登录', '客服', '验证'],
  en: ['to', 'for', 'so that', 'when', 'in order', 'used', 'allows', 'lets', 'enable*', 'purpose'],
});

/** How to turn a permission off. */
const switchOffCues = defineCues('permission-switch-off', {
  zh: ['关闭', '撤回', '取消授权', '取消该授权', '禁用', '拒绝授权', '拒绝开启', '不授权', '系统设置', '设置中', '设置-', '设置>', '权限管理', '管理权限', '停止授权', '撤销'],
  en: ['turn off', 'turning off', 'switch off', 'disabl*', 'revok*', 'withdraw*', 'settings', 'deny*', 'denying', 'declin*', 'change your permission*', 'manage permission*', 'opt out', 'opt-out'],
});

/** A pointer to a separate list ("点击此处查看应用权限说明", "see the permission list"). */
const listPointerCues = defineCues('permission-list-pointer', {
  zh: ['权限列表', '权限清单', '权限说明', '权限申请与使用', '权限使用说明', '权限调用说明', '权限详情', '权限获取说明', '权限申请说明', '系统权限说明', '权限附录', '权限一览'],
  en: ['permission list', 'list of permissions', 'permissions list', 'permissions we request'],
});

/** Signs that the service is an app that can ask for permissions at all. */
const appCues = defineCues('app-product', {
  zh: ['app', '本应用', '应用程序', '客户端', '移动应用', '手机应用', '移动端', '安卓', 'android', 'ios', '小程序', '应用商店', '应用市场'],
  en: ['app', 'apps', 'mobile application', 'mobile device*', 'android', 'ios', 'iphone', 'ipad', 'app store', 'google play'],
});

/** Verbs of asking for or using a permission. */
const requestCues = defineCues('permission-request', {
  zh: ['申请', '请求', '获取', '调用', '开启', '访问', '授权', '使用', '需要', '读取', '获得'],
  en: ['request*', 'ask*', 'access', 'use', 'uses', 'need*', 'require*'],
});

/** Mentions that are not entries of the app's own list: SDK tables, document titles, change logs. */
const notEntryCues = defineCues('permission-not-entry', {
  zh: ['sdk', '《', '更新了', '优化了', '增加了', '新增了', '修订'],
  en: ['sdk', 'third-party', 'updated', 'we have added'],
});

interface Mention {
  /** An entry of the app's list of permissions: it should state a purpose. */
  entry: boolean;
  span: Span;
  /** The sentence to flag. */
  anchor: Span;
  text: string;
  cue: string;
}

/** Whether a permission's name opens the text ("相机：…", "Camera - …"), as in a list of permissions. */
function leads(model: DocumentModel, span: Span): boolean {
  const first = model.firstHit(permissionTypeCues, span.start, span.end);
  if (!first) return false;
  const before = model.plain.slice(span.start, first.start).replace(/^[\s\d.、()（）·•\-*a-z]{0,6}/, '');
  return before.length <= 4;
}

/** A title-like line ("摄像头权限"): its purpose is in what follows. */
function isTitleLine(model: DocumentModel, block: number): boolean {
  const text = model.textOf(model.blocks[block]!);
  return text.length <= 24 && model.sentencesOfBlock(block).length === 1 && !/[。.;；!?]$/.test(text);
}

/** Sentences and table rows that name a permission. */
function permissionMentions(model: DocumentModel, sectionList: readonly Section[]): Mention[] {
  const sections = sectionList.map((s) => sectionSpan(model, s));
  const mentions: Mention[] = [];
  const inSections = (start: number) => sections.some((s) => s.start <= start && start < s.end);
  const rows = tableRows(model);
  const rowBlocks = new Set(rows.flat());
  for (const row of rows) {
    const span = blocksSpan(model, row);
    const types = model.hitsIn(permissionTypeCues, span.start, span.end);
    if (types.length === 0) continue;
    if (!namesPermission(model, span) && !(inSections(span.start) && leads(model, spanOf(model.blocks[row[0]!]!)))) continue;
    const entry = !model.has(notEntryCues, span) && (inSections(span.start) || model.has(requestCues, span));
    mentions.push({ entry, span, anchor: span, text: model.textOf(span), cue: model.sourceTextOf(types[0]!) });
  }
  for (const sentence of uniqueSentences([...linesWith(model, permissionWordCues).filter((s) => namesPermission(model, s)), ...sentencesIn(model, sectionList.map((section) => model.body(section)))])) {
    if (rowBlocks.has(sentence.block) || model.blocks[sentence.block]!.kind === 'heading') continue;
    const types = model.hitsIn(permissionTypeCues, sentence.plainStart, sentence.plainEnd);
    if (types.length === 0) continue;
    // In a permissions section a line may name the permission without the word ("相机：用于扫码").
    if (!namesPermission(model, sentence) && !(inSections(sentence.plainStart) && leads(model, spanOf(sentence)))) continue;
    let span = spanOf(sentence);
    const title = isTitleLine(model, sentence.block);
    const distinct = new Set(types.map((t) => t.phrase)).size;
    // An entry asks for a permission or lists it; an overview naming several at once is not one.
    const entry = !model.has(notEntryCues, sentence) && (title || leads(model, spanOf(sentence)) || (model.has(requestCues, sentence) && distinct < 3));
    if (title) {
      // "摄像头权限" heading a few lines that explain it.
      let last = sentence.block;
      for (let b = sentence.block + 1; b < Math.min(model.blocks.length, sentence.block + 4); b++) {
        if (model.blocks[b]!.kind === 'heading' || isTitleLine(model, b)) break;
        last = b;
      }
      span = { start: sentence.plainStart, end: model.blocks[last]!.plainEnd };
    }
    mentions.push({ entry, span, anchor: spanOf(sentence), text: model.textOf(span), cue: model.sourceTextOf(types[0]!) });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/** A purpose in the sentence, or a description after the permission's name ("相机权限：扫码"). */
function hasPurpose(model: DocumentModel, mention: Mention): boolean {
  if (model.has(purposeCues, mention.span)) return true;
  const colon = mention.text.search(/[:：|]/);
  return colon >= 0 && mention.text.slice(colon + 1).replace(/[\s|:：]/g, '').length >= 4;
}

export const devicePermissionsList: Requirement = {
  id: 'device-permissions-list',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-purpose': 'warning', 'no-switch-off': 'warning' },
  basis: {
    pipl: [CAC_METHODS.s2_3, CAC_METHODS.s3_1, MIIT.notice2019_items5to7, CVERC_NOTICES, GBT35273.appendixC],
  },
  primaryCues: permissionHeadingCues,
  trigger: 'The service is a mobile app or mini-program, or the document mentions device permissions.',
  detect({ model }) {
    const sectionList = sectionsTitled(model, permissionHeadingCues);
    const sections = sectionList.map((s) => sectionSpan(model, s));
    const mentions = permissionMentions(model, sectionList);
    const pointer = linesWith(model, listPointerCues).find((s) => !isHeading(model, s));
    const isApp = model.hits(appCues).length > 0 || permissionWords(model, { start: 0, end: model.plain.length }).length > 0;
    if (mentions.length === 0 && !pointer) return { evidence: [], issues: [], applicable: isApp };
    // A single permission named in passing is not a list of permissions.
    if (mentions.length < 2 && sections.length === 0 && !pointer) return { evidence: [], issues: [], applicable: isApp };

    const evidence: Span[] = [...sections, ...mentions.map((m) => m.span), ...(pointer ? [spanOf(pointer)] : [])];
    const issues: Issue[] = [];
    for (const mention of mentions) {
      if (!mention.entry || hasPurpose(model, mention)) continue;
      issues.push({ kind: 'no-purpose', span: mention.anchor, args: { cue: mention.cue }, cue: mention.cue });
      if (issues.length >= 5) break;
    }
    if (mentions.length > 0) {
      const scopes = [...sections, ...mentions.map((m) => {
        const block = model.blocks[model.blockAt(m.span.start)]!;
        return { start: block.plainStart, end: block.plainEnd };
      })];
      const canSwitchOff = scopes.some((scope) => model.has(switchOffCues, scope)) || linesWith(model, switchOffCues).some((s) => namesPermission(model, s));
      if (!canSwitchOff) issues.push({ kind: 'no-switch-off', span: mentions[0]!.anchor });
    }
    return { evidence, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'each permission with its purpose and how to turn it off',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 设备权限调用\n\n相机权限：用于扫描二维码和拍摄头像。\n\n位置权限：用于推荐附近门店。\n\n您可以在手机“设置-应用-权限管理”中关闭上述权限。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'permissions listed without purposes or a way to switch them off',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 设备权限调用\n\n我们会申请相机权限。\n\n我们会申请通讯录权限。\n',
      status: 'weak',
      findings: [{ kind: 'no-purpose', line: 4 }, { kind: 'no-switch-off', line: 4 }, { kind: 'no-purpose', line: 6 }],
    },
    {
      name: 'an app that never lists its permissions',
      lang: 'zh',
      markdown: '# 示例App隐私政策\n\n## 我们收集的信息\n\n注册时，我们收集您的手机号码。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'permissions with purposes',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Device permissions\n\nCamera: to scan QR codes.\n\nLocation: to show nearby stores.\n\nYou can turn off each permission in your phone settings.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a permission without its purpose',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Device permissions\n\nThe app requests the contacts permission. You can revoke it in Settings.\n\nCamera: to scan QR codes.\n',
      status: 'weak',
      findings: [{ kind: 'no-purpose', line: 4 }],
    },
    {
      name: 'a mobile app without a permissions list',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data we collect\n\nOur mobile app stores your e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
