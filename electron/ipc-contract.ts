/**
 * Zod schemas for every input the main process accepts from the renderer over IPC (channels in
 * ipc-channels.ts). Nothing from the renderer is trusted until it parses here.
 */
import * as z from 'zod';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { MAX_FILE_BYTES, MAX_SIGNED_BYTES } from './ipc-channels.ts';

/** A workspace id, as the sync server names rooms (src/sync/join-link.ts isRoomName). */
const WorkspaceId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

export const OpenFileRequest = z.strictObject({
  accept: z.array(z.string().regex(/^\.[a-z0-9]{1,10}$/i)).max(20),
});

export const SaveFileRequest = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[/\\\0]/.test(name), 'a file name, not a path'),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
});

export const SignRequest = z.strictObject({
  message: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SIGNED_BYTES, 'message size'),
});

export const MeetingInviteRequest = z.strictObject({
  workspace: WorkspaceId,
  org: z.string().min(1).max(32),
  role: z.enum(['delegate', 'chair', 'observer']),
});

export const InvitationKeyRequest = z.strictObject({ workspace: WorkspaceId });

/** A join link (concord://join?server=…&workspace=…&token=…) to keep for a workspace. */
export const InvitationPutRequest = z.strictObject({
  workspace: WorkspaceId,
  link: z.string().min(1).max(4096).startsWith('concord://join?'),
});

/** The print HTML of a long constitution is a few MB; 50 MB leaves room without letting anything through. */
export const PrintRequest = z.strictObject({
  html: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
});

/** The workspaces for File › Open recent (the renderer's registry, most recent first). */
export const RecentWorkspacesRequest = z.strictObject({
  workspaces: z.array(z.strictObject({ id: WorkspaceId, name: z.string().max(200) })).max(50),
});

/** The language the renderer shows, one Concord speaks (the menus follow it). */
export const SetLanguageRequest = z.strictObject({ language: z.enum(LANGUAGES) });

export type OpenFileRequest = z.infer<typeof OpenFileRequest>;
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;
export type RecentWorkspace = z.infer<typeof RecentWorkspacesRequest>['workspaces'][number];
