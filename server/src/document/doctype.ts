import type { DocumentType } from '../types';
import type { DocumentModel } from './model';

// Titles of agreements: 用户协议, 会员服务协议, 服务条款, Terms of Service, Membership Terms, Conditions of Use…
const USER_AGREEMENT = /协议|服务条款|使用条款|会员规则|用户须知|\bterms\b|\bconditions\b|\bagreement\b|end user licen[cs]e/;
const CHILDREN = /儿童|未成年人|children|kids|coppa/;
const POLICY = /隐私|个人信息|privacy|data protection|cookie/;

/** Guesses the document type from the title (or the first lines when there is no title). */
export function detectDocumentType(model: DocumentModel): DocumentType {
  const head = model.titleBlock >= 0 ? model.textOf(model.blocks[model.titleBlock]!) : model.plain.slice(0, 200);
  if (CHILDREN.test(head) && POLICY.test(head)) return 'children-policy';
  if (USER_AGREEMENT.test(head) && !POLICY.test(head)) return 'user-agreement';
  return 'privacy-policy';
}
