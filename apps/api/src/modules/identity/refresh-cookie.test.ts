import type { IncomingMessage } from 'node:http';
import { isHttps } from './refresh-cookie';

const request = (options: { tls?: boolean; forwardedProto?: string }): IncomingMessage =>
  ({ socket: { encrypted: options.tls ?? false }, headers: options.forwardedProto === undefined ? {} : { 'x-forwarded-proto': options.forwardedProto } }) as unknown as IncomingMessage;

describe('isHttps', () => {
  it.each([
    ['TLS straight to the API', true, { tls: true }, 0],
    ['plain HTTP straight to the API', false, {}, 0],
    ['a client-sent X-Forwarded-Proto without trusted proxies', false, { forwardedProto: 'https' }, 0],
    ['one trusted proxy that saw https', true, { forwardedProto: 'https' }, 1],
    ['one trusted proxy that saw http', false, { forwardedProto: 'http' }, 1],
    ['one trusted proxy, and a forged value the client put before it', false, { forwardedProto: 'https, http' }, 1],
    ['two trusted proxies, the outer one saw https', true, { forwardedProto: 'HTTPS, http' }, 2],
    ['more trusted hops than the header names', true, { forwardedProto: 'https' }, 3],
    ['a trusted proxy that sent no header', false, {}, 1],
  ] as const)('%s: %s', (_name, expected, options, hops) => {
    expect(isHttps(request(options), hops)).toBe(expected);
  });
});
