import { mergeConfig, type LintOptions, type ProposalLintConfig, type SeveritySetting } from '../index.js';
import { resolveOptions, type Resolved } from '../app/resolve.js';
import { ConfigResolver, slash, type LoadedConfig } from './config.js';

/** What decides a file's options besides its path: the same in the CLI's main thread and in its workers. */
export interface ResolveSettings {
  cwd: string;
  configFile?: string;
  noConfig: boolean;
  cliRules: Record<string, SeveritySetting>;
}

export type Resolve = (absolute: string, extra?: Partial<LintOptions>) => Promise<Resolved>;

export function makeResolver(settings: ResolveSettings) {
  const resolver = new ConfigResolver({ configFile: settings.configFile, noConfig: settings.noConfig, cwd: settings.cwd });
  /** With the --rule flags on top: once per configuration (the resolver answers a folder with the same object). */
  const layers = new WeakMap<LoadedConfig, { config: ProposalLintConfig; file?: string }>();
  const layered = async (absolute: string): Promise<{ config: ProposalLintConfig; file?: string }> => {
    const loaded = await resolver.forFile(absolute);
    let layer = layers.get(loaded);
    if (!layer) {
      layer = { config: mergeConfig(loaded.config, { rules: settings.cliRules }), file: loaded.file };
      layers.set(loaded, layer);
    }
    return layer;
  };
  // The same resolution as the editor's: config layers, then `overrides` relative to the config file's folder.
  const resolve: Resolve = async (absolute, extra) => {
    const { config, file } = await layered(absolute);
    return resolveOptions({ layers: [config], configFile: file ? slash(file) : undefined, path: slash(absolute), root: slash(settings.cwd), extra });
  };
  return { layered, resolve };
}
