import { describe, expect, it } from 'vitest';
import { authenticateWithCode, authenticateWithRefreshToken } from '../../src/authkit/index.ts';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { WorkOSSessionError } from '../../src/session/errors.ts';
import { unsealSession } from '../../src/session/iron.ts';
import { MockTransport } from '../support/mock-transport.ts';
import { AUTH_RESPONSE } from './fixtures.ts';

const PASSWORD = 'a-cookie-password-of-at-least-32-chars!';

function client(transport: MockTransport): WorkOSClient {
  return new WorkOSClient({ apiKey: 'sk_test_1', clientId: 'client_1', transport });
}

describe('grants with session: { sealSession: true }', () => {
  it('returns the response plus a sealed session that unseals to its tokens and user', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    const result = await authenticateWithCode(
      client(transport),
      { code: 'code_1' },
      { session: { sealSession: true, cookiePassword: PASSWORD } },
    );
    expect(result.user.id).toBe(AUTH_RESPONSE.user.id);
    expect(typeof result.sealedSession).toBe('string');
    const data = (await unsealSession(result.sealedSession, { password: PASSWORD })) as Record<string, unknown>;
    expect(data['accessToken']).toBe(AUTH_RESPONSE.access_token);
    expect(data['refreshToken']).toBe(AUTH_RESPONSE.refresh_token);
    expect((data['user'] as Record<string, unknown>)['id']).toBe(AUTH_RESPONSE.user.id);
    // The option is SDK-side only: it never reaches the wire.
    expect(transport.last.body).not.toContain('sealSession');
    expect(transport.last.body).not.toContain(PASSWORD);
  });

  it('without the option the response carries no sealedSession', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    const result = await authenticateWithRefreshToken(client(transport), { refresh_token: 'rt' }, { timeout: 1000 });
    expect('sealedSession' in result).toBe(false);
  });

  it('rejects a short cookie password with a typed error and keeps the secret out of the message', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    const error = await authenticateWithCode(
      client(transport),
      { code: 'code_1' },
      { session: { sealSession: true, cookiePassword: 'short' } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSSessionError);
    expect((error as Error).message).not.toContain(AUTH_RESPONSE.access_token);
  });

  it('rejects a malformed session option before any request', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    const bad = { session: { sealSession: false, cookiePassword: PASSWORD } } as unknown as { session: { sealSession: true; cookiePassword: string } };
    await expect(authenticateWithCode(client(transport), { code: 'c' }, bad)).rejects.toThrow(WorkOSInvalidArgumentError);
    expect(transport.requests).toHaveLength(0);
  });
});
