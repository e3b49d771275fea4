// Node-only: checks the embedded session fixtures against the shared vector file and recomputes
// the fixed-salt seal independently with node:crypto, following the documented iron algorithm.
import { createCipheriv, createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedSeal, interopSession } from '../fixtures/session-vectors.ts';

const shared = JSON.parse(readFileSync('/work/shared/vectors/interop-vectors.json', 'utf8')) as {
  sealed_session: { cookie_password: string; sealed: string; unsealed_json: unknown };
};

function ironKey(password: string, salt: string): Buffer {
  return pbkdf2Sync(password, Buffer.from(salt, 'utf8'), 1, 32, 'sha1');
}

describe('session fixtures', () => {
  it('embed the shared interop vector verbatim', () => {
    expect(interopSession.cookie_password).toBe(shared.sealed_session.cookie_password);
    expect(interopSession.sealed).toBe(shared.sealed_session.sealed);
    expect(interopSession.unsealed_json).toStrictEqual(shared.sealed_session.unsealed_json);
  });

  it('the interop cookie opens with node:crypto to the same JSON (the vector itself is sound)', () => {
    const [prefix, id, encSalt, iv, ct, exp, macSalt, mac] = interopSession.sealed.slice(0, -2).split('*') as string[];
    const base = [prefix, id, encSalt, iv, ct, exp].join('*');
    expect(createHmac('sha256', ironKey(interopSession.cookie_password, macSalt!)).update(base).digest('base64url')).toBe(mac);
    const decipher = createDecipheriv('aes-256-cbc', ironKey(interopSession.cookie_password, encSalt!), Buffer.from(iv!, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(ct!, 'base64url')), decipher.final()]).toString('utf8');
    expect(JSON.parse(text)).toStrictEqual(shared.sealed_session.unsealed_json);
  });

  it('fixedSeal.sealed is what node:crypto computes from the documented algorithm', () => {
    const iv = Buffer.from(fixedSeal.ivHex, 'hex');
    const cipher = createCipheriv('aes-256-cbc', ironKey(fixedSeal.password, fixedSeal.encryptionSalt), iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(fixedSeal.data), 'utf8'), cipher.final()]);
    const base = ['Fe26.2', '1', fixedSeal.encryptionSalt, iv.toString('base64url'), ciphertext.toString('base64url'), ''].join('*');
    const mac = createHmac('sha256', ironKey(fixedSeal.password, fixedSeal.integritySalt)).update(base).digest('base64url');
    expect(fixedSeal.sealed).toBe(`${base}*${fixedSeal.integritySalt}*${mac}~2`);
  });
});
