import type { IncomingMessage } from 'node:http';
import { bearerMatches, isLoopbackAddress, isLoopbackClient, readMetricsAccessConfig } from './metrics-access';

const request = (peer: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress: peer }, headers }) as unknown as IncomingMessage;

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    [' 127.0.0.1 ', true],
    ['0:0:0:0:0:0:0:1', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['fd00::2', false],
    ['localhost', false],
    ['127.0.0.1:8080', false],
    ['', false],
  ])('%p → %p', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});

describe('isLoopbackClient', () => {
  describe('when no proxy is trusted (TRUST_PROXY_HOPS=0)', () => {
    it.each([
      ['a loopback peer without proxy headers', request('127.0.0.1'), true],
      ['an IPv6 loopback peer', request('::1'), true],
      ['a peer on the network', request('192.0.2.2'), false],
      ['an unknown peer (socket already gone)', request(undefined), false],
      ['a loopback peer relaying for an outside client (a proxy nobody declared)', request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), false],
      ['a loopback peer relaying for a loopback client (still a proxy nobody declared)', request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }), false],
      ['a loopback peer with Forwarded', request('127.0.0.1', { forwarded: 'for=203.0.113.9' }), false],
      ['a loopback peer with X-Real-IP', request('127.0.0.1', { 'x-real-ip': '203.0.113.9' }), false],
      ['an outside peer claiming to be loopback', request('203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }), false],
    ])('%s → %p', (_name, req, loopback) => {
      expect(isLoopbackClient(req, 0)).toBe(loopback);
    });
  });

  describe('when one proxy is trusted (TRUST_PROXY_HOPS=1)', () => {
    it.each([
      ['a proxy on this machine relaying a client on this machine', request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }), true],
      ['a proxy on this machine relaying an outside client', request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), false],
      ['a proxy that did not say who its client was', request('127.0.0.1'), false],
      ['an outside client that wrote 127.0.0.1 in front of the proxy’s entry', request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' }), false],
      ['more entries than proxies, all loopback', request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 127.0.0.1' }), false],
      ['a proxy on another machine relaying its own loopback', request('10.0.0.5', { 'x-forwarded-for': '127.0.0.1' }), false],
    ])('%s → %p', (_name, req, loopback) => {
      expect(isLoopbackClient(req, 1)).toBe(loopback);
    });
  });
});

describe('bearerMatches', () => {
  const token = 'metrics-token-0123456789';

  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer  ${token} `, true],
    [undefined, false],
    ['', false],
    ['Bearer', false],
    [`Basic ${token}`, false],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(0, -1)}`, false],
    [`Bearer ${token} extra`, false],
    [token, false],
  ])('%p → %p', (header, matches) => {
    expect(bearerMatches(header, token)).toBe(matches);
  });
});

describe('readMetricsAccessConfig', () => {
  it.each([
    [{}, { token: null }, []],
    [{ METRICS_TOKEN: '' }, { token: null }, []],
    [{ METRICS_TOKEN: 'abcdefghijklmnop' }, { token: 'abcdefghijklmnop' }, []],
    [{ METRICS_TOKEN: 'abcdefghijklmno' }, { token: null }, ['METRICS_TOKEN must be at least 16 visible ASCII characters, without spaces']],
    [{ METRICS_TOKEN: 'abcdefgh ijklmnopq' }, { token: null }, ['METRICS_TOKEN must be at least 16 visible ASCII characters, without spaces']],
  ])('%p → %p', (env, config, expectedProblems) => {
    const problems: string[] = [];

    expect(readMetricsAccessConfig(env, problems)).toEqual(config);
    expect(problems).toEqual(expectedProblems);
  });
});
