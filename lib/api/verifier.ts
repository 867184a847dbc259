import 'server-only';
import { createHash } from 'node:crypto';

/**
 * SHA-256 of a proof, as the store keeps it (docs/protocol.md §Proofs). The
 * proof has already been validated as canonical base64url of 32 bytes.
 */
export function verifierFromProof(proof: string): string {
  return createHash('sha256').update(Buffer.from(proof, 'base64url')).digest('base64url');
}
