import type { FilesDownload } from '@/lib/client/reveal';
import type { SecretFile } from '@/lib/crypto';
import type { RevealedFiles } from './use-reveal';

/**
 * Fetches, authenticates and splits revealed files (a secret's on /s, an
 * answer's on /o), showing each step through `show`; offers them only once
 * the whole stream verified. Called again, it retries while the lease lasts.
 * @param files the files the authenticated bundle lists
 * @param download the reveal's download, bound to its lease
 * @param show sets the page's files state; the caller drops updates of a download it no longer shows
 */
export async function fetchRevealedFiles(
  files: SecretFile[],
  download: FilesDownload,
  show: (state: RevealedFiles) => void,
): Promise<void> {
  show({ status: 'downloading', files, fraction: 0 });
  const result = await download({
    onProgress: (done, total) => show({ status: 'downloading', files, fraction: done / total }),
  });
  if (result.kind === 'downloaded') {
    const blobs = result.pieces.map((pieces) => new Blob(pieces as BlobPart[], { type: 'application/octet-stream' }));
    show({ status: 'ready', files, blobs });
  } else {
    show({ status: result.kind === 'damaged' ? 'damaged' : 'failed', files });
  }
}
