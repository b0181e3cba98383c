import { defineCues } from '../document/cues';
import { channelsIn } from '../document/entities';
import type { DocumentModel, Span } from '../document/model';

/** Contact channels: what makes a way to reach the operator concrete. Shared by several requirements. */

/** Headings of the sections where contact and complaint channels are usually published. */
export const contactHeadingCues = defineCues('contact-heading', {
  zh: ['投诉', '举报', '联系我们', '联系方式', '如何联系', '联系与反馈', '意见反馈'],
  en: ['complaint*', 'contact us', 'contact information', 'contact details', 'how to contact', 'contacting us', 'how can you contact', 'how you can contact', 'questions'],
});

/** In-app features and channels with a name a user can find. */
export const namedChannelCues = defineCues('named-channel', {
  zh: ['在线客服', '意见反馈', '帮助与反馈', '反馈入口', '投诉入口', '举报入口', '客服中心', '帮助中心', '投诉专线', '举报专线', '举报中心'],
  en: ['online form', 'web form', 'contact form', 'help center', 'help centre', 'in-app chat', 'live chat'],
});

/** In-app paths such as 我的-设置-帮助与反馈, 【我的】>【客服】>【投诉】 or Settings > Help. */
const IN_APP_PATH_ZH = /[\u4e00-\u9fff]{1,10}[】」"']? {0,2}[->→»] {0,2}[【「"']?[\u4e00-\u9fff]{1,10}[】」"']? {0,2}[->→»] {0,2}[【「"']?[\u4e00-\u9fff]{1,10}/;
const IN_APP_PATH_EN = /[a-z]{2,20} {1,2}[>→»] {1,2}[a-z]{2,20}/;

export function hasInAppPath(text: string): boolean {
  return IN_APP_PATH_ZH.test(text) || IN_APP_PATH_EN.test(text);
}

export function hasConcreteChannel(model: DocumentModel, span: Span): boolean {
  const text = model.plain.slice(span.start, span.end);
  return channelsIn(model, span).length > 0 || model.hitsIn(namedChannelCues, span.start, span.end).length > 0 || hasInAppPath(text) || CHANNEL_BLANK.test(text);
}

/**
 * A template blank that stands for a channel ([投诉邮箱], [complaints e-mail address]) counts as that
 * channel: the structure is right, and placeholder-unfilled reports the blank itself, once.
 */
const CHANNEL_BLANK = /\[[^\[\]\n]{0,20}(?:邮箱|电话|网址|表单|路径|e-mail|email|phone|address|form|url|menu)[^\[\]\n]{0,30}\]/;

