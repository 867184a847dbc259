import type { UnlockedSecret } from '../crypto/recipient';
import { bundleStreamBytes, openFileStream, type FileStream, type SecretContent } from '../crypto/streams';
import type { ServerLike } from './api';
import { downloadFiles } from './files';
import type { FilesDownload, ReleasedFiles } from './reveal';

/*
 * The file half of a reveal (lib/client/reveal): only a secret with files
 * needs it, so ./reveal loads it on demand and a browser opening a text
 * secret never downloads it. The page starts loading it as soon as the peek
 * says there are files (`prepareFiles`), so the reveal itself never waits.
 */

function downloader(
  server: ServerLike,
  id: string,
  leaseToken: string,
  stream: FileStream,
  content: Extract<SecretContent, { kind: 'bundle' }>,
): FilesDownload {
  return async (options = {}) => {
    try {
      const opened = options.through ? options.through(stream) : stream;
      const result = await downloadFiles(server, id, leaseToken, opened, content.files, options);
      if (result.kind === 'error') return result.code === 'not_found' ? { kind: 'gone' } : result;
      return result;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return { kind: 'damaged' };
    }
  };
}

/**
 * The files of an opened bundle: their download when the server's stream
 * length equals the one in the authenticated bundle, else `altered`.
 * @returns null when the file stream cannot be opened with these keys
 */
export async function releasedFiles(
  server: ServerLike,
  id: string,
  unlocked: UnlockedSecret,
  leaseToken: string,
  content: Extract<SecretContent, { kind: 'bundle' }>,
  serverStreamBytes: number | undefined,
): Promise<ReleasedFiles | null> {
  const files = content.files;
  if (serverStreamBytes !== bundleStreamBytes(content)) return { kind: 'altered', files };
  let stream: FileStream;
  try {
    stream = await openFileStream(unlocked, content);
  } catch {
    return null;
  }
  return { kind: 'intact', files, download: downloader(server, id, leaseToken, stream, content) };
}
