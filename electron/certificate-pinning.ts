/**
 * Pinning the certificate of a meeting hosted on a laptop: its server presents a self-signed certificate,
 * which Chromium rejects, and the invitation carries that certificate's SHA-256 fingerprint. The desktop
 * app accepts such a certificate ONLY for the host of a join link the delegate holds, and only when its
 * fingerprint is the one that link carries; every other certificate keeps Chromium's own verdict.
 */
import { X509Certificate } from 'node:crypto';
import { parseJoinLink } from '../src/sync/join-link.ts';

/** A host whose certificate the delegate's invitation vouches for. */
export interface Pin {
  /** Host name or address as Chromium reports it: lower case, no port, IPv6 without brackets. */
  host: string;
  /** SHA-256 of the certificate, colon hex ("AB:CD:…"), as join links carry it. */
  fingerprint: string;
}

/** Values of setCertificateVerifyProc's callback: accept, or leave the decision to Chromium. */
export const ACCEPT = 0;
export const CHROMIUM_VERDICT = -3;
export type Verdict = typeof ACCEPT | typeof CHROMIUM_VERDICT;

/** What the decision needs of one TLS handshake. */
export interface Handshake {
  hostname: string;
  /** The presented certificate's fingerprint (colon hex), or null when it could not be read. */
  fingerprint: string | null;
  /** True when Chromium already trusts the certificate (then its verdict stands as it is). */
  chromiumAccepted: boolean;
}

/** The host of a ws(s):// server address: no port, lower case, IPv6 without brackets. */
export function hostOfServer(server: string): string {
  const authority = server.replace(/^wss?:\/\//, '').split('/')[0] ?? '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(authority);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  return authority.replace(/:\d+$/, '').toLowerCase();
}

function normalHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** The pins of the join links among `links` that carry a fingerprint and name a wss:// server. */
export function pinsFromLinks(links: readonly string[]): Pin[] {
  const pins: Pin[] = [];
  for (const link of links) {
    try {
      const invitation = parseJoinLink(link);
      if (invitation.fingerprint !== undefined && invitation.server.startsWith('wss://')) {
        pins.push({ host: hostOfServer(invitation.server), fingerprint: invitation.fingerprint });
      }
    } catch {
      // Not a join link: it vouches for nothing.
    }
  }
  return pins;
}

/** Accept a certificate Chromium rejects only when a pin names this very host and fingerprint. */
export function certificateVerdict(handshake: Handshake, pins: readonly Pin[]): Verdict {
  if (handshake.chromiumAccepted || handshake.fingerprint === null) return CHROMIUM_VERDICT;
  const host = normalHost(handshake.hostname);
  const pinned = pins.some((pin) => pin.host === host && pin.fingerprint === handshake.fingerprint);
  return pinned ? ACCEPT : CHROMIUM_VERDICT;
}

/** The colon-hex SHA-256 fingerprint of a PEM certificate, or null when it is not one. */
export function certificateFingerprint(pem: string): string | null {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}

/** The part of Electron's Session that verifies server certificates. */
export interface CertificateSession {
  setCertificateVerifyProc(proc: (request: { hostname: string; certificate: { data: string }; errorCode: number }, callback: (verificationResult: number) => void) => void): void;
}

/** Decide every handshake of `session` by certificateVerdict, against the pins `heldPins` reads now. */
export function installCertificatePinning(session: CertificateSession, heldPins: () => Promise<Pin[]>): void {
  session.setCertificateVerifyProc((request, callback) => {
    if (request.errorCode === 0) {
      callback(CHROMIUM_VERDICT);
      return;
    }
    const handshake: Handshake = { hostname: request.hostname, fingerprint: certificateFingerprint(request.certificate.data), chromiumAccepted: false };
    heldPins().then(
      (pins) => callback(certificateVerdict(handshake, pins)),
      () => callback(CHROMIUM_VERDICT),
    );
  });
}
