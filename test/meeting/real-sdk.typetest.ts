/**
 * Compile-time proof that the real SDK object is accepted by the kit without a cast.
 * `npm test` type-checks this file (`tsc --noEmit`); nothing here runs.
 */
import type RealtimeKitClient from '@cloudflare/realtimekit';
import type { Meeting, Participant, Peer, Self } from '../../src/meeting/index.js';

declare const client: RealtimeKitClient;

export const meeting: Meeting = client;
export const self: Self = client.self;
export const participant: Participant | undefined = client.participants.joined.get('id');
export const selfAsPeer: Peer = client.self;
export const remoteAsPeer: Peer | undefined = client.participants.joined.get('id');

// The client is a real type, not `any`: a mismatching shape must be rejected.
// @ts-expect-error join() returns a Promise, not a string
export const notAny: { join(): string } = client;
