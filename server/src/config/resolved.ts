import { DEFAULT_PROFILES, profilesForLanguage, type ProfileParameters } from '../profiles';
import type { DocumentType, MessageLocale, Severity } from '../types';
import type { ConfigOptions } from './options';

/**
 * The configuration the engine runs with: defaults, the committed configuration file and the
 * editor settings or CLI flags, merged by the face. The engine then applies the document's own
 * front matter and inline directives.
 */
export interface ResolvedConfig {
  profiles: string[];
  documentType: DocumentType | 'auto';
  locale: MessageLocale;
  /** Per-rule severity overrides; `off` disables a rule. */
  rules: Record<string, Severity | 'off'>;
  /** Overrides of the profiles' parameters (otherwise the strictest of the active profiles applies). */
  parameters: Partial<ProfileParameters>;
  /** Base of the rule documentation links: `<docsBaseUrl>/<id>.md`. */
  docsBaseUrl: string;
  /** Larger documents get a reduced check of their first part, with a message saying so. */
  maxDocumentBytes: number;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  profiles: DEFAULT_PROFILES,
  documentType: 'auto',
  locale: 'en',
  rules: {},
  parameters: {},
  docsBaseUrl: 'docs/rules',
  maxDocumentBytes: 2 * 1024 * 1024,
};

export function resolveConfig(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...DEFAULT_CONFIG, ...overrides, rules: { ...DEFAULT_CONFIG.rules, ...overrides.rules }, parameters: { ...overrides.parameters } };
}

/**
 * Applies options on top of a configuration. `messageLanguage: auto` keeps the locale the face chose
 * (the editor's display language or the CLI's environment); with the document's language (from the
 * engine) the profile `auto` becomes `pipl` in a Chinese document.
 */
export function applyOptions(config: ResolvedConfig, options: Partial<ConfigOptions>): ResolvedConfig {
  const profiles = options.profiles && options.profiles.length > 0 ? options.profiles : config.profiles;
  return {
    ...config,
    profiles: options.documentLanguage ? profilesForLanguage(profiles, options.documentLanguage) : profiles,
    documentType: options.type ?? config.documentType,
    locale: options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : config.locale,
    rules: { ...config.rules, ...options.rules },
    parameters: { ...config.parameters, ...options.parameters },
  };
}
