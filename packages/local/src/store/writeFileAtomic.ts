import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Replaces `file` with `data` so that a crash at any moment leaves either the old or the new
 * content: write a temporary file, fsync it, rename it over `file`, fsync the directory.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  const directory = await open(dirname(file), 'r');
  try {
    await directory.sync();
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  } finally {
    await directory.close();
  }
}
