import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, loadConfig, type ConfigIo, type LoadedConfig } from '../config/load';
import type { ValidationContext } from '../config/options';

/** Reads configuration files from disk for the faces that have a file system (CLI, Node server). */
export const nodeConfigIo: ConfigIo = {
  read(path) {
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
    } catch {
      return null;
    }
  },
  exists(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  resolve: (from, relative) => resolve(dirname(from), relative),
};

/**
 * Finds the configuration that governs a file: `.disclose.yml`, `.disclose.yaml` or `.disclose.json`
 * in its directory or the nearest parent. Lookups and loads are cached until `clear()`.
 */
export class ConfigFiles {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(
    private readonly context: ValidationContext,
    private readonly io: ConfigIo = nodeConfigIo,
  ) {}

  /** The configuration file for a file or directory path, or null. */
  configFor(path: string, isDirectory = false): string | null {
    return this.search(resolve(isDirectory ? path : dirname(path)));
  }

  load(configPath: string): LoadedConfig {
    let loaded = this.loaded.get(configPath);
    if (!loaded) {
      loaded = loadConfig(configPath, this.io, this.context);
      this.loaded.set(configPath, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.found.clear();
    this.loaded.clear();
  }

  private search(directory: string): string | null {
    const cached = this.found.get(directory);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (this.io.exists(candidate)) {
        result = candidate;
        break;
      }
    }
    if (result === null) {
      const parent = dirname(directory);
      result = parent === directory ? null : this.search(parent);
    }
    this.found.set(directory, result);
    return result;
  }
}
