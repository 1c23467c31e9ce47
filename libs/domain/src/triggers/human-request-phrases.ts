import type { CustomTrigger } from './trigger-types';

const word = (id: string, phrase: string): CustomTrigger => ({ id, phrase, mode: 'word', ignoreAccents: true });
const prefix = (id: string, phrase: string): CustomTrigger => ({ id, phrase, mode: 'prefix', ignoreAccents: true });
const phrase = (id: string, text: string): CustomTrigger => ({ id, phrase: text, mode: 'phrase', ignoreAccents: true });

/**
 * Curated ways a visitor asks for a human, for the built-in `visitorAskedForHuman` trigger. Data
 * only; ids are `<language>.<phrase>`. Every phrase folds accents, since visitors on foreign
 * keyboards drop them ("parler a un humain", "manniska"). `prefix` is used where inflection needs
 * it ("asiakaspalvelijan", "оператором", "operators"); Han and kana phrases match as substrings.
 * Kept to phrases that rarely mean anything else in a support chat: bare "person" or "help" would
 * fire on half of all messages.
 */
export const HUMAN_REQUEST_PHRASES: readonly CustomTrigger[] = [
  word('en.talk-to-a-human', 'talk to a human'),
  word('en.talk-to-a-person', 'talk to a person'),
  word('en.speak-to-a-human', 'speak to a human'),
  word('en.speak-to-a-person', 'speak to a person'),
  word('en.speak-with-a-human', 'speak with a human'),
  word('en.talk-to-someone', 'talk to someone'),
  word('en.talk-to-an-agent', 'talk to an agent'),
  word('en.speak-to-an-agent', 'speak to an agent'),
  word('en.real-person', 'real person'),
  word('en.real-human', 'real human'),
  word('en.human-agent', 'human agent'),
  word('en.human-being', 'human being'),
  word('en.live-agent', 'live agent'),
  word('en.live-person', 'live person'),
  word('en.customer-service-representative', 'customer service representative'),
  prefix('en.operator', 'operator'),
  word('fi.ihminen', 'ihminen'),
  word('fi.ihmisen-kanssa', 'ihmisen kanssa'),
  word('fi.oikea-ihminen', 'oikea ihminen'),
  word('fi.puhua-ihmiselle', 'puhua ihmiselle'),
  word('fi.ihmiselle', 'ihmiselle'),
  prefix('fi.asiakaspalvelija', 'asiakaspalvelija'),
  word('sv.manniska', 'människa'),
  word('sv.riktig-person', 'riktig person'),
  word('sv.prata-med-nagon', 'prata med någon'),
  prefix('sv.kundtjanstmedarbetare', 'kundtjänstmedarbetare'),
  word('de.mit-einem-menschen', 'mit einem menschen'),
  word('de.echten-menschen', 'echten menschen'),
  word('de.echter-mensch', 'echter mensch'),
  word('de.mit-einem-mitarbeiter', 'mit einem mitarbeiter'),
  word('de.mit-einer-person', 'mit einer person'),
  prefix('de.kundendienstmitarbeiter', 'kundendienstmitarbeiter'),
  word('fr.parler-a-un-humain', 'parler à un humain'),
  word('fr.parler-a-une-personne', 'parler à une personne'),
  word('fr.parler-a-quelqu-un', "parler à quelqu'un"),
  word('fr.un-conseiller', 'un conseiller'),
  word('fr.une-conseillere', 'une conseillère'),
  word('fr.vraie-personne', 'vraie personne'),
  word('fr.agent-humain', 'agent humain'),
  word('fr.etre-humain', 'être humain'),
  word('es.hablar-con-una-persona', 'hablar con una persona'),
  word('es.hablar-con-un-humano', 'hablar con un humano'),
  word('es.hablar-con-alguien', 'hablar con alguien'),
  word('es.persona-real', 'persona real'),
  word('es.agente-humano', 'agente humano'),
  word('ru.s-chelovekom', 'с человеком'),
  word('ru.zhivoy-chelovek', 'живой человек'),
  word('ru.zhivym-chelovekom', 'живым человеком'),
  prefix('ru.operator', 'оператор'),
  prefix('ru.konsultant', 'консультант'),
  word('pt.falar-com-uma-pessoa', 'falar com uma pessoa'),
  word('pt.falar-com-um-humano', 'falar com um humano'),
  prefix('pt.atendente', 'atendente'),
  word('it.parlare-con-una-persona', 'parlare con una persona'),
  word('it.operatore-umano', 'operatore umano'),
  word('nl.met-een-mens', 'met een mens'),
  word('nl.echt-persoon', 'echt persoon'),
  word('pl.z-czlowiekiem', 'z człowiekiem'),
  prefix('pl.konsultant', 'konsultant'),
  prefix('ko.sangdamwon', '상담원'),
  phrase('ja.operator', 'オペレーター'),
  phrase('ja.ningen-to-hanashi', '人間と話'),
  phrase('zh.rengong-kefu', '人工客服'),
  phrase('zh.zhuan-rengong', '转人工'),
  phrase('zh.zhenren', '真人'),
];
