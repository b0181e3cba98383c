import { DEFAULT_PROFILES } from '../profiles';
import type { DocumentType, MessageLocale, Severity } from '../types';

/** The configuration the engine runs with, after every layer has been merged. */
export interface ResolvedConfig {
  profiles: string[];
  documentType: DocumentType | 'auto';
  locale: MessageLocale;
  /** Per-rule severity overrides; `off` disables a rule. */
  rules: Record<string, Severity | 'off'>;
  /** Base of the rule documentation links: `<docsBaseUrl>/<id>.md`. */
  docsBaseUrl: string;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  profiles: DEFAULT_PROFILES,
  documentType: 'auto',
  locale: 'en',
  rules: {},
  docsBaseUrl: 'docs/rules',
};

export function resolveConfig(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...DEFAULT_CONFIG, ...overrides, rules: { ...DEFAULT_CONFIG.rules, ...overrides.rules } };
}
