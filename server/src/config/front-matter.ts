import { isMap, parseDocument } from 'yaml';
import type { DocumentModel } from '../document/model';
import { validateNode, type ConfigOptions, type ConfigProblem, type ValidationContext } from './options';

/**
 * Options in the document's own YAML front matter, under `disclose:`, e.g.
 * `disclose: { profiles: [gdpr], type: privacy-policy }`. Problems carry document offsets.
 */
export function frontMatterOptions(model: DocumentModel, context: ValidationContext): { options: Partial<ConfigOptions>; problems: ConfigProblem[] } {
  if (model.frontMatter === null || model.frontMatterOffset < 0) return { options: {}, problems: [] };
  const document = parseDocument(model.frontMatter, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return { options: {}, problems: [] };
  const node = document.contents.get('disclose', true);
  if (node === undefined) return { options: {}, problems: [] };
  const { options, problems } = validateNode(node, context);
  const shift = model.frontMatterOffset;
  return { options, problems: problems.map((p) => ({ ...p, startOffset: p.startOffset + shift, endOffset: p.endOffset + shift })) };
}
