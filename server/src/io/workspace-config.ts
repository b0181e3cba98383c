import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { ConfigOptions } from '../config/options';
import type { LoadedConfig } from '../config/load';
import { ConfigFiles } from './config-files';
import type { ValidationContext } from '../config/options';

/** The configuration file options that govern an editor document, and whether the file selects it. */
export interface DocumentConfig {
  configPath: string | null;
  options: Partial<ConfigOptions>;
  /** False when the configuration's `files` leave the document out or its `ignore` names it. */
  selected: boolean;
}

/** Configuration for documents open in an editor: found upward from each file, cached until cleared. */
export class WorkspaceConfig {
  private readonly files: ConfigFiles;

  constructor(context: ValidationContext) {
    this.files = new ConfigFiles(context);
  }

  forDocument(uri: string): DocumentConfig {
    if (!uri.startsWith('file:')) return { configPath: null, options: {}, selected: true };
    const path = fileURLToPath(uri);
    const configPath = this.files.configFor(path);
    if (!configPath) return { configPath: null, options: {}, selected: true };
    const { options } = this.files.load(configPath);
    const relativePath = relative(dirname(configPath), path).split('\\').join('/');
    const included = !options.files || picomatch(options.files, { dot: true })(relativePath);
    const ignored = options.ignore !== undefined && options.ignore.length > 0 && picomatch(options.ignore, { dot: true })(relativePath);
    return { configPath, options, selected: included && !ignored };
  }

  problemsOf(configPath: string): LoadedConfig['problems'] {
    return this.files.load(configPath).problems;
  }

  clear(): void {
    this.files.clear();
  }
}
