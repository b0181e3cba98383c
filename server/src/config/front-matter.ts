import { isMap, parseDocument } from 'yaml';
import type { DocumentModel } from '../document/model';
import { validateNode, type ConfigOptions, type ConfigProblem, type ValidationContext } from './options';

/**
 * Options in the document's own YAML front matter, under `disclose:`, e.g.
 * `disclose: { profiles: [gdpr], type: privacy-policy }`, and the document's language (which decides
 * what the default profile `auto` means). Problems carry document offsets.
 */
export function frontMatterOptions(model: DocumentModel, context: ValidationContext): { options: Partial<ConfigOptions>; problems: ConfigProblem[] } {
  const language = { documentLanguage: model.language };
  if (model.frontMatter === null || model.frontMatterOffset < 0) return { options: language, problems: [] };
  const document = parseDocument(model.frontMatter, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return { options: language, problems: [] };
  const node = document.contents.get('disclose', true);
  if (node === undefined) return { options: language, problems: [] };
  const { options, problems } = validateNode(node, context);
  const shift = model.frontMatterOffset;
  return { options: { ...options, ...language }, problems: problems.map((p) => ({ ...p, startOffset: p.startOffset + shift, endOffset: p.endOffset + shift })) };
}
