// Watching a tree of folders for saved files, by name. A watch on a file follows its inode, so an editor
// that saves by writing a new file and renaming it over the old one (sed -i, gedit, Emacs, JetBrains "safe
// write") leaves such a watch on a file that no longer exists: every later save goes unseen. A watch on the
// folder sees the new file arrive under the same name, however it was saved. Folders that appear later
// (a new kit, a texts/ folder) are watched as they appear; folders that go away are let go.
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` with the path (relative to `root`, forward slashes) of every entry that is written,
 * created, renamed or removed anywhere below `root`. `include` decides which sub-folders are watched.
 */
export async function watchFolders(
  root: string,
  onChange: (relativePath: string) => void,
  include: (relativeFolder: string) => boolean = (folder) => !path.posix.basename(folder).startsWith('.'),
): Promise<FolderWatch> {
  const watchers = new Map<string, FSWatcher>();
  const relative = (full: string) => path.relative(root, full).split(path.sep).join('/');

  const add = async (folder: string): Promise<void> => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        if (!name) return;
        const full = path.join(folder, name.toString());
        onChange(relative(full));
        // A folder that arrived (or a file that became one) is watched too; its files count as changed.
        void stat(full).then(
          (s) => {
            if (s.isDirectory() && include(relative(full)) && !watchers.has(full))
              void add(full).then(() => onChange(relative(full)));
          },
          () => drop(full),
        );
      });
    } catch {
      return; // gone already, or not a folder
    }
    watcher.on('error', () => drop(folder));
    watchers.set(folder, watcher);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory() && include(relative(child))) await add(child);
    }
  };

  /** Lets go of a folder that went away, and of every folder below it. */
  const drop = (folder: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(`${folder}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  await add(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
