/**
 * The public face of file streams (docs/protocol.md §File stream, §Parts),
 * beside lib/crypto/index.ts: what moving a secret's files needs, without the
 * sender's @noble code, so that the recipient's page loads it on demand for a
 * secret with files only (lib/client/reveal-files.ts).
 */
export { FileAssembler, openFileStream, streamSlices, type StreamSlice } from './files';
export { bundleStreamBytes, filesBytes, type SecretContent, type SecretFile } from './payload';
export { FileStream, type StreamBackend } from './stream';
