import express from 'express';
import type { AddressInfo } from 'node:net';
import { findIllFormedString, rejectIllFormedStrings } from './reject-ill-formed-strings';

describe('findIllFormedString', () => {
  it.each([
    ['a lone high surrogate in a nested input', { variables: { input: { subject: 'a\ud800b' } } }, 'variables.input.subject'],
    ['a lone low surrogate in a list', { variables: { tags: ['ok', '\udc00'] } }, 'variables.tags[1]'],
    ['a reversed pair', { query: '{ x }', variables: { text: '\udc00\ud800' } }, 'variables.text'],
    ['a NUL', { variables: { id: 'a\u0000b' } }, 'variables.id'],
  ])('finds %s', (_name, body, path) => {
    expect(findIllFormedString(body)).toBe(path);
  });

  it('walks 20,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = 'x\ud800';
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    expect(findIllFormedString(deep)).toMatch(/^a(\.a)+$/);
  });

  it('accepts well-formed text, emoji pairs included', () => {
    expect(findIllFormedString({ query: '{ x }', variables: { text: 'Hyvää päivää 👋 <script>', n: 3, none: null } })).toBeNull();
  });
});

describe('rejectIllFormedStrings', () => {
  describe('when a request body holds an unpaired surrogate', () => {
    it('answers 400 BAD_USER_INPUT naming where, and never reaches the handler', async () => {
      const reached = jest.fn();
      const app = express().use(express.json(), rejectIllFormedStrings(), (_req, res) => (reached(), void res.json({ ok: true })));
      const server = app.listen(0);
      try {
        const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"variables":{"input":{"subject":"\\ud800"}}}',
        });
        expect(response.status).toBe(400);
        expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'variables.input.subject' });
        expect(reached).not.toHaveBeenCalled();
      } finally {
        server.close();
      }
    });
  });
});
