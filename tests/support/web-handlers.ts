import { commitUploadReply, getPartReply, putPartReply } from '@/lib/api/files';
import type { ApiReply } from '@/lib/api/fast-path';
import { toResponse } from '@/lib/api/http';
import {
  createSecretReply,
  peekSecretReply,
  revealSecretReply,
  revokeSecretReply,
  secretStatusReply,
  type ApiDeps,
} from '@/lib/api/secrets';

/*
 * The framework-independent handlers with a Web Request in and a Response
 * out, for the handler tests that read answers as Responses. The app itself
 * reaches them through one routing table (lib/api/router.ts).
 */

const respond = async (reply: Promise<ApiReply>) => toResponse(await reply);

export const createSecret = (r: Request, d: ApiDeps) => respond(createSecretReply(r, d));
export const peekSecret = (r: Request, id: string, d: ApiDeps) => respond(peekSecretReply(r, id, d));
export const revealSecret = (r: Request, id: string, d: ApiDeps) => respond(revealSecretReply(r, id, d));
export const secretStatus = (r: Request, id: string, d: ApiDeps) => respond(secretStatusReply(r, id, d));
export const revokeSecret = (r: Request, id: string, d: ApiDeps) => respond(revokeSecretReply(r, id, d));
export const putPart = (r: Request, id: string, n: string, d: ApiDeps) => respond(putPartReply(r, id, n, d));
export const getPart = (r: Request, id: string, n: string, d: ApiDeps) => respond(getPartReply(r, id, n, d));
export const commitUpload = (r: Request, id: string, d: ApiDeps) => respond(commitUploadReply(r, id, d));
