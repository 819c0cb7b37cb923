// Watching folders, not files. fs.watch on a file follows its inode, so after one save by rename (sed -i,
// gedit, Emacs, JetBrains "safe write": write a temporary file, rename it over the old one) it watches
// a file that is gone and misses every later save. Node 20's recursive fs.watch on Linux watches file by
// file, with the same flaw. A folder's own watcher sees every name in it come, change and go, whatever
// inode it points at; so each folder gets one, and a folder that appears gets one as it appears.
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderWatcher {
  close(): void;
}

/**
 * Watches `root` and the folders down to `depth` levels below it, and calls `onChange` with the path
 * (relative to `root`, with "/") of every entry written, created, renamed or removed there. The files
 * in a folder that appears later are reported too: they may have been written before its watcher was
 * set up. Resolves once every watcher is set up.
 */
export async function watchFolders(
  root: string,
  depth: number,
  onChange: (relative: string) => void,
): Promise<FolderWatcher> {
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let closed = false;
  // Folders come and go one at a time, so two events for one folder never give it two watchers.
  let queue = Promise.resolve();
  const later = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
  };

  const full = (relative: string) => path.join(root, ...relative.split('/').filter(Boolean));
  const join = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);
  const level = (relative: string) => (relative ? relative.split('/').length : 0);

  // A folder that is gone (or replaced) takes the watchers below it along.
  const forget = (folder: string) => {
    for (const [key, { watcher }] of watchers) {
      if (folder === '' || key === folder || key.startsWith(`${folder}/`)) {
        watcher.close();
        watchers.delete(key);
      }
    }
  };

  const add = async (folder: string, report: boolean): Promise<void> => {
    if (closed) return;
    const info = await stat(full(folder)).catch(() => undefined);
    if (!info?.isDirectory()) return forget(folder);
    if (watchers.get(folder)?.ino === info.ino) return;
    forget(folder);
    let watcher: FSWatcher;
    try {
      watcher = watch(full(folder), (event, name) => changed(folder, event, name));
    } catch {
      return; // gone again, or not readable: its parent's watcher reports what happens next
    }
    watcher.on('error', () => forget(folder));
    watchers.set(folder, { watcher, ino: info.ino });
    const entries = await readdir(full(folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const relative = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (level(relative) <= depth) await add(relative, report);
      } else if (report) onChange(relative);
    }
  };

  const changed = (folder: string, event: string, name: string | Buffer | null) => {
    if (closed) return;
    // Some platforms give no name: look at the whole folder again.
    if (!name) return later(() => rescan(folder));
    const relative = join(folder, name.toString());
    onChange(relative);
    // A name that comes or goes may be a folder.
    if (event === 'rename' && level(relative) <= depth) later(() => add(relative, true));
  };

  const rescan = async (folder: string) => {
    const entries = await readdir(full(folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const relative = join(folder, entry.name);
      onChange(relative);
      if (entry.isDirectory() && level(relative) <= depth) await add(relative, true);
    }
  };

  await add('', false);
  await queue;
  return {
    close() {
      closed = true;
      forget('');
    },
  };
}
