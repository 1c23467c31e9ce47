/** What a language contributes to the trigger benchmark: words admins watch for, everyday words, endings, syllables. */
export interface Language {
  readonly code: string;
  /** Words and phrases an admin would turn into triggers. */
  readonly watched: readonly string[];
  /** Everyday words messages are made of. */
  readonly fillers: readonly string[];
  /** Endings that inflect a word ("peruutus" → "peruutukset" is stem + "kset"). */
  readonly endings: readonly string[];
  /** Syllables for made-up product and place names, so 5,000 distinct phrases exist. */
  readonly syllables: readonly string[];
  /** Written without spaces between words (CJK). */
  readonly unspaced?: boolean;
}

/** The languages, with how often each is picked for phrases and messages. */
export const LANGUAGES: readonly (readonly [Language, number])[] = [
  [{
    code: 'en',
    watched: ['cancel', 'refund', 'complaint', 'lawyer', 'talk to a human', 'speak to an agent', 'real person', 'chargeback', 'invoice', 'broken', 'not working', 'money back', 'unsubscribe', 'delete my account', 'fraud', 'scam', 'terrible service', 'manager', 'escalate', 'urgent', 'legal action', 'data breach', 'password reset', 'double charged', 'wrong item', 'never arrived', 'damaged', 'return label', 'cancel my order', 'close my account'],
    fillers: ['hello', 'hi', 'please', 'i', 'my', 'the', 'a', 'order', 'was', 'is', 'not', 'and', 'but', 'can', 'you', 'help', 'me', 'with', 'this', 'today', 'yesterday', 'thanks', 'again', 'still', 'waiting', 'for', 'package', 'account', 'number', 'since', 'week', 'why', 'what', 'how', 'need', 'want', 'to', 'get', 'it', 'just'],
    endings: ['s', 'ed', 'ing', 'er', 'ation'],
    syllables: ['ka', 'lo', 'mi', 'ra', 'ton', 'ex', 'vel', 'dor', 'pin', 'sta', 'quo', 'zen', 'bri', 'mar', 'tek'],
  }, 30],
  [{
    code: 'fi',
    watched: ['peruutus', 'palautus', 'hyvitys', 'valitus', 'lasku', 'tilaus', 'toimitus', 'asiakaspalvelu', 'ihminen', 'oikea ihminen', 'rahat takaisin', 'reklamaatio', 'vika', 'rikki', 'myöhässä', 'salasana', 'tili', 'irtisanominen', 'korvaus', 'maksu', 'veloitus', 'huijaus', 'juristi', 'esimies', 'kiireellinen', 'vaihto', 'takuu', 'paketti', 'puhelin', 'sopimus'],
    fillers: ['hei', 'moi', 'kiitos', 'minun', 'minä', 'se', 'on', 'ei', 'ja', 'mutta', 'voitteko', 'auttaa', 'tänään', 'eilen', 'vielä', 'odotan', 'vastausta', 'viikko', 'miksi', 'mitä', 'miten', 'haluan', 'pitää', 'olla', 'jo', 'nyt', 'kanssa', 'koska', 'että', 'tämä'],
    endings: ['n', 't', 'ssa', 'sta', 'lla', 'lle', 'kset', 'ksen', 'ni', 'ja', 'an', 'ään'],
    syllables: ['ka', 'lle', 'mä', 'pu', 'ro', 'sa', 'tii', 'vaa', 'jo', 'kö', 'hy', 'nen', 'lai', 'ter', 'vi'],
  }, 20],
  [{
    code: 'sv',
    watched: ['återbetalning', 'avbokning', 'klagomål', 'faktura', 'beställning', 'leverans', 'kundtjänst', 'människa', 'pengarna tillbaka', 'trasig', 'försenad', 'lösenord', 'uppsägning', 'ersättning', 'bedrägeri', 'advokat', 'chef', 'brådskande', 'garanti', 'retur'],
    fillers: ['hej', 'tack', 'min', 'jag', 'det', 'är', 'inte', 'och', 'men', 'kan', 'ni', 'hjälpa', 'idag', 'igår', 'fortfarande', 'väntar', 'på', 'paket', 'vecka', 'varför', 'vad', 'hur', 'vill', 'ha', 'nu'],
    endings: ['en', 'et', 'ar', 'er', 'na', 'arna', 's'],
    syllables: ['bo', 'sk', 'ån', 'lär', 'vik', 'sta', 'ör', 'ne', 'gå', 'fjä', 'tor', 'ma'],
  }, 10],
  [{
    code: 'de',
    watched: ['Rückerstattung', 'Kündigung', 'Beschwerde', 'Rechnung', 'Bestellung', 'Lieferung', 'Kundendienst', 'echter Mensch', 'Geld zurück', 'kaputt', 'verspätet', 'Passwort', 'Erstattung', 'Betrug', 'Anwalt', 'Vorgesetzter', 'dringend', 'Garantie', 'Rücksendung', 'Straße', 'Mahnung', 'Widerruf', 'Datenschutz', 'Vertrag'],
    fillers: ['hallo', 'danke', 'bitte', 'mein', 'meine', 'ich', 'das', 'ist', 'nicht', 'und', 'aber', 'können', 'sie', 'helfen', 'heute', 'gestern', 'immer', 'noch', 'warte', 'auf', 'Paket', 'Woche', 'warum', 'was', 'wie', 'möchte', 'jetzt', 'schon', 'größe', 'weiß'],
    endings: ['en', 'e', 's', 'es', 'er', 'n'],
    syllables: ['ber', 'gen', 'stadt', 'hof', 'wald', 'lin', 'mün', 'ster', 'brü', 'ka', 'dorf', 'hei'],
  }, 15],
  [{
    code: 'ru',
    watched: ['возврат', 'отмена', 'жалоба', 'счёт', 'заказ', 'доставка', 'поддержка', 'живой человек', 'оператор', 'верните деньги', 'сломан', 'не работает', 'пароль', 'мошенничество', 'юрист', 'руководитель', 'срочно', 'гарантия', 'претензия', 'договор'],
    fillers: ['здравствуйте', 'привет', 'спасибо', 'пожалуйста', 'мой', 'моя', 'я', 'это', 'не', 'и', 'но', 'можете', 'помочь', 'сегодня', 'вчера', 'всё', 'ещё', 'жду', 'посылку', 'неделю', 'почему', 'что', 'как', 'хочу', 'уже'],
    endings: ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ами', 'ах'],
    syllables: ['ка', 'ло', 'ми', 'ра', 'тон', 'вел', 'дор', 'ин', 'ста', 'зе', 'бри', 'мар'],
  }, 10],
  [{
    code: 'el',
    watched: ['επιστροφή', 'ακύρωση', 'παράπονο', 'τιμολόγιο', 'παραγγελία', 'παράδοση', 'εξυπηρέτηση', 'άνθρωπος', 'χαλασμένο', 'καθυστέρηση', 'κωδικός', 'απάτη', 'δικηγόρος', 'επείγον', 'εγγύηση', 'λογαριασμός'],
    fillers: ['γεια', 'σας', 'ευχαριστώ', 'παρακαλώ', 'μου', 'εγώ', 'αυτό', 'είναι', 'δεν', 'και', 'αλλά', 'μπορείτε', 'βοηθήσετε', 'σήμερα', 'χθες', 'ακόμα', 'περιμένω', 'δέμα', 'γιατί', 'τι', 'πώς', 'θέλω'],
    endings: ['ς', 'ν', 'ες', 'ων', 'ου'],
    syllables: ['κα', 'λο', 'μι', 'ρα', 'τον', 'ξε', 'βελ', 'δορ', 'πιν', 'στα', 'ζεν', 'μαρ'],
  }, 8],
  [{
    code: 'zh',
    watched: ['退款', '取消', '投诉', '人工客服', '发票', '订单', '退货', '密码', '账户', '诈骗', '律师', '紧急'],
    fillers: ['你好', '谢谢', '请', '我的', '我', '这个', '是', '不', '和', '但是', '可以', '帮助', '今天', '昨天', '还', '在', '等', '包裹'],
    endings: [],
    syllables: ['华', '星', '达', '通', '明', '光', '电', '云', '新', '美', '安', '科'],
    unspaced: true,
  }, 4],
  [{
    code: 'ja',
    watched: ['返金', 'キャンセル', '苦情', '担当者', '請求書', '注文', '配送', 'パスワード', '解約', '詐欺', '弁護士', '至急'],
    fillers: ['こんにちは', 'ありがとう', 'お願いします', '私の', '私', 'これ', 'です', 'ません', 'と', 'でも', 'できますか', '今日', '昨日', 'まだ', '待っています', '荷物'],
    endings: [],
    syllables: ['カ', 'ロ', 'ミ', 'ラ', 'トン', 'テク', 'ソ', 'ニ', 'マ', 'ル'],
    unspaced: true,
  }, 3],
];
