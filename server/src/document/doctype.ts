import type { DocumentType } from '../types';
import type { DocumentModel } from './model';

const USER_AGREEMENT = /用户协议|服务协议|使用协议|服务条款|使用条款|许可协议|terms of (?:service|use)|terms and conditions|user agreement|service agreement|end user licen[cs]e/;
const CHILDREN = /儿童|未成年人|children|kids|coppa/;
const POLICY = /隐私|个人信息|privacy|data protection|cookie/;

/** Guesses the document type from the title (or the first lines when there is no title). */
export function detectDocumentType(model: DocumentModel): DocumentType {
  const head = model.titleBlock >= 0 ? model.textOf(model.blocks[model.titleBlock]!) : model.plain.slice(0, 200);
  if (CHILDREN.test(head) && POLICY.test(head)) return 'children-policy';
  if (USER_AGREEMENT.test(head) && !POLICY.test(head)) return 'user-agreement';
  return 'privacy-policy';
}
