import { compileTriggerMatcher } from './compile-trigger-matcher';
import { detectHumanRequest, matchHumanRequests } from './detect-human-request';
import { HUMAN_REQUEST_PHRASES } from './human-request-phrases';

describe('HUMAN_REQUEST_PHRASES', () => {
  it('compiles without issues', () => {
    expect(compileTriggerMatcher(HUMAN_REQUEST_PHRASES).ok).toBe(true);
  });
});

describe('detectHumanRequest', () => {
  describe('when a visitor asks for a person', () => {
    it.each([
      ['en', 'Can I TALK to a human please?'],
      ['en', 'I need a real person'],
      ['en', 'get me a live agent'],
      ['en', 'Customer Service Representative!!'],
      ['en', 'connect me to an operator'],
      ['fi', 'Haluan puhua ihmisen kanssa'],
      ['fi', 'Onko siellä oikea ihminen?'],
      ['fi', 'voinko puhua ihmiselle'],
      ['fi', 'Yhdistä asiakaspalvelijalle'],
      ['sv', 'Jag vill prata med en manniska'],
      ['de', 'Ich möchte mit einem Menschen sprechen'],
      ['de', 'Kann ich mit einem Mitarbeiter reden?'],
      ['fr', 'Je veux parler a un humain'],
      ['fr', 'Je voudrais parler à une personne'],
      ['es', 'Quiero hablar con una persona'],
      ['ru', 'Соедините с оператором'],
      ['ru', 'Хочу поговорить с человеком'],
      ['pt', 'Quero falar com um atendente'],
      ['it', 'Posso parlare con una persona?'],
      ['nl', 'Ik wil praten met een mens'],
      ['pl', 'Chcę rozmawiać z człowiekiem'],
      ['ko', '상담원과 연결해 주세요'],
      ['ja', 'オペレーターにつないでください'],
      ['zh', '我要转人工'],
    ])('detects %s: %j', (_, message) => {
      expect(detectHumanRequest(message)).toBe(true);
    });
  });

  describe('when a visitor asks something else', () => {
    it.each([
      ['I want a refund'],
      ['Where is my order?'],
      ['human resources department'],
      ['Ihmisoikeudet ovat tärkeitä'],
      ['The operation failed'],
      ['Quiero cancelar mi pedido'],
      ['Где мой заказ?'],
      ['我的订单在哪里'],
      [''],
    ])('does not detect %j', (message) => {
      expect(detectHumanRequest(message)).toBe(false);
    });
  });
});

describe('matchHumanRequests', () => {
  describe('when a message asks in several ways', () => {
    it('reports each phrase with the visitor text', () => {
      const message = 'Oikea IHMINEN, please: a real person';

      const matches = matchHumanRequests(message);

      expect(matches.map((m) => [m.triggerId, m.text])).toEqual([
        ['fi.oikea-ihminen', 'Oikea IHMINEN'],
        ['fi.ihminen', 'IHMINEN'],
        ['en.real-person', 'real person'],
      ]);
    });
  });
});
