/**
 * How far a configuration file's `extends` may reach: the same rule for the CLI and the
 * editor. A config file found in a folder (a cloned repository, a downloaded folder, any
 * workspace the editor opens) is not the user's choice, so its `extends` stays inside the
 * workspace it belongs to, or the user's own config folder; a file the user names on the
 * command line (--config) is theirs, and so are the files it names.
 */
import type { LoadOptions } from '../engine/config.js';

export interface ExtendsScope {
  /** The workspace (absolute, "/" separators): the repository, the editor's folder, or see workspaceRootFor. */
  workspace: string;
  /** The user's own config folder, where extends may reach from any workspace (the CLI's; the editor has none). */
  userFolder?: string;
  /** Symbolic links resolved (a link inside the workspace that points out is outside); the path itself where unknown. */
  realPath?: (path: string) => string | undefined | Promise<string | undefined>;
  /** What else the user can do, said after the refusal ("or pass the file with --config"). */
  hint?: string;
}

function inside(folder: string, path: string): boolean {
  const root = folder.replace(/\/+$/, '');
  return path === root || path.startsWith(`${root}/`) || root === '';
}

/** A checkExtends (see loadConfigFile) that refuses targets outside the scope, saying where they may be. */
export function extendsWithin(scope: ExtendsScope): NonNullable<LoadOptions['checkExtends']> {
  const real = async (p: string) => (await scope.realPath?.(p)) ?? p;
  return async (target) => {
    const [path, workspace, user] = await Promise.all([real(target), real(scope.workspace), scope.userFolder === undefined ? undefined : real(scope.userFolder)]);
    if (inside(workspace, path) || (user !== undefined && inside(user, path))) return undefined;
    const where = scope.userFolder === undefined ? 'inside it' : `inside it or in ${scope.userFolder}`;
    return `outside the workspace (${scope.workspace}); extends may name files ${where}${scope.hint ? `, ${scope.hint}` : ''}`;
  };
}

/**
 * The workspace a config file found on disk belongs to: its repository (the nearest folder
 * above it with .git); outside any repository, the folder the command was started in when
 * the file is inside it, else the config file's own folder. Never the file system's root:
 * a config in an untrusted folder cannot reach /etc or ../../ through extends.
 */
export function workspaceRootFor(configFolder: string, options: { repository?: string; cwd: string }): string {
  if (options.repository) return options.repository;
  return inside(options.cwd, configFolder) && options.cwd !== '/' ? options.cwd : configFolder;
}
