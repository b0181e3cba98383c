import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ProfileParameters } from '../profiles';
import type { DocumentLanguage, DocumentType, MessageLocale, Severity } from '../types';

/**
 * The options a team commits in `.disclose.yml` / `.disclose.json`, sets in VS Code settings or puts
 * in a document's front matter (`disclose: {...}`). Configuration is data only: nothing in it runs
 * code, loads modules or reaches the network.
 */
export interface ConfigOptions {
  extends: string[];
  profiles: string[];
  type: DocumentType | 'auto';
  messageLanguage: MessageLocale | 'auto';
  rules: Record<string, Severity | 'off'>;
  files: string[];
  ignore: string[];
  parameters: Partial<ProfileParameters>;
  /**
   * Not an option anyone writes: the document's language, which comes with its front matter so that
   * the default profile `auto` becomes `pipl` in a Chinese document.
   */
  documentLanguage: DocumentLanguage;
}

/** A problem in a configuration source, with its offsets in that source and a message key. */
export interface ConfigProblem {
  messageKey: string;
  args: Record<string, string | number>;
  startOffset: number;
  endOffset: number;
}

export interface ValidationContext {
  knownProfiles: ReadonlySet<string>;
  knownRules: ReadonlySet<string>;
}

export const TYPES = ['auto', 'privacy-policy', 'children-policy', 'user-agreement'];
export const LANGUAGES = ['auto', 'en', 'zh-cn'];
export const SEVERITIES = ['off', 'info', 'warning', 'error'];
export const PARAMETERS: Record<keyof ProfileParameters, [number, number]> = { minorsAge: [1, 21], saleOptInAge: [1, 21], responseWorkingDays: [1, 90] };
export const OPTION_NAMES = ['extends', 'profiles', 'type', 'messageLanguage', 'rules', 'files', 'ignore', 'parameters'] as const;

/** Parses YAML or JSON configuration text (JSON is YAML) and validates it. */
export function parseConfigText(text: string, context: ValidationContext): Validated {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    messageKey: 'config.syntax',
    args: { detail: error.message.split('\n')[0]! },
    startOffset: error.pos[0],
    endOffset: Math.max(error.pos[1], error.pos[0] + 1),
  }));
  if (problems.length > 0) return { options: {}, problems, extendsRanges: [] };
  return validateNode(document.contents, context);
}

export interface Validated {
  options: Partial<ConfigOptions>;
  problems: ConfigProblem[];
  /** Offsets of each `extends` entry, to report a base that cannot be read. */
  extendsRanges: Array<[number, number]>;
}

/** Validates an options mapping (the whole file, or the `disclose:` value of front matter). */
export function validateNode(root: unknown, context: ValidationContext): Validated {
  const problems: ConfigProblem[] = [];
  const options: Partial<ConfigOptions> = {};
  const extendsRanges: Array<[number, number]> = [];
  const report = (node: Node | null | undefined, messageKey: string, args: Record<string, string | number> = {}) => {
    const [start, end] = node?.range ?? [0, 0];
    problems.push({ messageKey, args, startOffset: start, endOffset: Math.max(end, start + 1) });
  };
  if (root === null || root === undefined) return { options, problems, extendsRanges };
  if (!isMap(root)) {
    report(root as Node, 'config.notMapping');
    return { options, problems, extendsRanges };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    // `files:` with nothing after it parses as an empty scalar: point at the key instead.
    const raw = pair.value as Node | null;
    const value = raw === null || (isScalar(raw) && raw.value === null) ? null : raw;
    switch (key) {
      case 'extends': {
        const list = stringList(value, keyNode, report, key);
        if (list) {
          options.extends = list.map((item) => item.value);
          extendsRanges.push(...list.map((item) => item.range));
        }
        break;
      }
      case 'profiles': {
        const list = stringList(value, keyNode, report, key);
        if (!list) break;
        for (const { value: id, range } of list) {
          if (!context.knownProfiles.has(id)) problems.push({ messageKey: 'config.unknownProfile', args: { id, known: [...context.knownProfiles].join(', ') }, startOffset: range[0], endOffset: range[1] });
        }
        options.profiles = list.map((item) => item.value).filter((id) => context.knownProfiles.has(id));
        break;
      }
      case 'type':
      case 'messageLanguage': {
        const allowed = key === 'type' ? TYPES : LANGUAGES;
        if (!isScalar(value) || typeof value.value !== 'string' || !allowed.includes(value.value)) {
          report(value ?? keyNode, 'config.oneOf', { option: key, allowed: allowed.join(', ') });
        } else if (key === 'type') options.type = value.value as ConfigOptions['type'];
        else options.messageLanguage = value.value as ConfigOptions['messageLanguage'];
        break;
      }
      case 'rules': {
        if (!isMap(value)) {
          report(value ?? keyNode, 'config.notMap', { option: key });
          break;
        }
        const rules: Record<string, Severity | 'off'> = {};
        for (const rule of value.items) {
          const idNode = rule.key as Node;
          const id = isScalar(idNode) ? String(idNode.value) : '';
          const severityNode = rule.value as Node | null;
          const severity = isScalar(severityNode) ? String(severityNode.value) : '';
          if (!context.knownRules.has(id)) report(idNode, 'config.unknownRule', { id });
          else if (!SEVERITIES.includes(severity)) report(severityNode ?? idNode, 'config.oneOf', { option: `rules.${id}`, allowed: SEVERITIES.join(', ') });
          else rules[id] = severity as Severity | 'off';
        }
        options.rules = rules;
        break;
      }
      case 'files':
      case 'ignore': {
        const list = stringList(value, keyNode, report, key);
        if (list) options[key] = list.map((item) => item.value);
        break;
      }
      case 'parameters': {
        if (!isMap(value)) {
          report(value ?? keyNode, 'config.notMap', { option: key });
          break;
        }
        const parameters: Partial<ProfileParameters> = {};
        for (const parameter of value.items) {
          const nameNode = parameter.key as Node;
          const name = (isScalar(nameNode) ? String(nameNode.value) : '') as keyof ProfileParameters;
          const numberNode = parameter.value as Node | null;
          const bounds = PARAMETERS[name];
          if (!bounds) {
            report(nameNode, 'config.unknownParameter', { name, known: Object.keys(PARAMETERS).join(', ') });
            continue;
          }
          const number = isScalar(numberNode) ? numberNode.value : undefined;
          if (typeof number !== 'number' || !Number.isInteger(number) || number < bounds[0] || number > bounds[1]) {
            report(numberNode ?? nameNode, 'config.numberRange', { option: `parameters.${name}`, min: bounds[0], max: bounds[1] });
          } else parameters[name] = number;
        }
        options.parameters = parameters;
        break;
      }
      default:
        report(keyNode, 'config.unknownOption', { option: key, known: OPTION_NAMES.join(', ') });
    }
  }
  return { options, problems, extendsRanges };
}

type Report = (node: Node | null | undefined, messageKey: string, args?: Record<string, string | number>) => void;

/** A string or a list of strings, with each one's offsets; reports anything else (on the key when the value is empty). */
function stringList(node: Node | null, keyNode: Node, report: Report, option: string): Array<{ value: string; range: [number, number] }> | null {
  const entry = (item: Node) => ({ value: String((item as { value: unknown }).value), range: [item.range?.[0] ?? 0, item.range?.[1] ?? 0] as [number, number] });
  if (isScalar(node) && typeof node.value === 'string') return [entry(node)];
  if (isSeq(node) && node.items.every((item) => isScalar(item) && typeof item.value === 'string')) return (node.items as Node[]).map(entry);
  report(node ?? keyNode, 'config.notList', { option });
  return null;
}
