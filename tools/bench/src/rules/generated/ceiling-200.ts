// GENERATED FILE — do not edit by hand.
// The 200-rule benchmark set (seed 2002025) as a hand-written-style if chain: the P1/P2 ceiling.
// Regenerate with: npm run --workspace @handoff/bench generate:ceiling
import { normalizeText, type RoutingFacts } from '@handoff/domain';

const FOLD = { ignoreCase: true } as const;
const NO_TAGS: readonly string[] = [];

/** Index of the first matching rule, or -1 when the fallback applies. */
export function ceilingFirstMatch(facts: RoutingFacts): number {
  const ticket = facts.ticket;
  const conversation = facts.conversation;
  const contact = facts.contact;
  const channel = conversation?.channel;
  const priority = ticket?.priority;
  const tier = contact?.tier;
  const language = conversation?.language;
  const reason = conversation?.handoffReason;
  const tags = ticket?.tags ?? NO_TAGS;
  const subject = ticket?.subject ?? '';
  const subjectFolded = normalizeText(subject, FOLD);
  const orderValue = ticket?.custom?.['orderValue'];
  const lifetimeValue = contact?.custom?.['lifetimeValue'];
  const isVip = contact?.custom?.['isVip'];
  const createdAt = ticket?.createdAt;
  const signedUpAt = contact?.custom?.['signedUpAt'];

  // r002
  if ((subjectFolded.includes('missing') && reason === 'agentCannotAnswer' && subjectFolded.includes('charged'))) return 1;
  // r003
  if (((priority === 'low') && channel === 'messenger' && (subjectFolded.includes('damaged') || subjectFolded.includes('fraud') || subjectFolded.includes('renewal')) && (typeof orderValue === 'number' && orderValue <= 100))) return 2;
  // r004
  if ((reason === 'visitorAskedForHuman' && subjectFolded.includes('damaged') && (channel === 'phone' || channel === 'chat'))) return 3;
  // r005
  if ((subject.includes('outage') && tier === 'standard' && channel === 'sms')) return 4;
  // r006
  if (((typeof orderValue === 'number' && orderValue > 2300) && subjectFolded.includes('voucher') && isVip === true)) return 5;
  // r007
  if ((channel === 'chat' && ((priority === 'normal') || tier === 'enterprise') && (tags.includes('payments') || tags.includes('refund')))) return 6;
  // r008
  if (((typeof orderValue === 'number' && orderValue >= 2000 && orderValue <= 3200) && !(channel === 'messenger') && subject.includes('shipment'))) return 7;
  // r009
  if ((subjectFolded.includes('locked') && ((typeof orderValue === 'number' && orderValue <= 550) || channel === 'phone') && (typeof createdAt === 'number' && createdAt > 1743613200000) && (subjectFolded.includes('cancel') || subjectFolded.includes('subscription') || subjectFolded.includes('refund')))) return 8;
  // r010
  if (((subjectFolded.includes('deletion') || subjectFolded.includes('discount')) && language === 'de' && subject.includes('timeout'))) return 9;
  // r011
  if ((channel === 'phone' && tier === 'premium' && subject.includes('downgrade') && subjectFolded.includes('broken'))) return 10;
  // r012
  if (((tags.includes('vip') || tags.includes('mobile')) && reason === 'customTrigger' && subjectFolded.includes('unsubscribe') && (typeof lifetimeValue === 'number' && lifetimeValue >= 44000))) return 11;
  // r013
  if (((priority === 'urgent') && channel === 'sms' && (subjectFolded.includes('damaged') || subjectFolded.includes('integration') || subjectFolded.includes('contract')))) return 12;
  // r014
  if (((tags.includes('lost')) && (reason === 'visitorAskedForHuman' || language === 'en') && channel === 'chat' && subject.includes('coupon'))) return 13;
  // r015
  if ((!(channel === 'messenger' || channel === 'form' || channel === 'sms' || channel === 'email') && isVip === true && subject.includes('charged'))) return 14;
  // r016
  if ((tier === 'premium' && channel === 'form')) return 15;
  // r017
  if ((tier === 'free' && channel === 'messenger')) return 16;
  // r018
  if ((channel === 'phone' && (reason === 'visitorAskedForHuman' || subject.includes('damaged')) && language === 'en' && (typeof signedUpAt === 'number' && signedUpAt >= 1737529200000 && signedUpAt <= 1744527600000))) return 17;
  // r019
  if (((tags.includes('shipping')) && (typeof createdAt === 'number' && createdAt > 1741215600000) && channel === 'form' && (typeof orderValue === 'number' && orderValue <= 100))) return 18;
  // r020
  if ((!subjectFolded.includes('partnership') && (typeof createdAt === 'number' && createdAt < 1760680800000) && (typeof orderValue === 'number' && orderValue <= 550) && reason === 'customTrigger')) return 19;
  // r021
  if ((subjectFolded.includes('voucher') && subjectFolded.includes('lawyer') && (tags.includes('damaged') || tags.includes('localisation') || tags.includes('billing')) && channel === 'messenger')) return 20;
  // r022
  if ((tier === 'premium' && !(isVip === true) && (tags.includes('invoice')) && language === 'sv')) return 21;
  // r023
  if (((subjectFolded.includes('contract') || subjectFolded.includes('courier') || subjectFolded.includes('warranty')) && (tags.includes('onboarding')) && subject.includes('timeout'))) return 22;
  // r024
  if ((!(subject.includes('delivery')) && (typeof orderValue === 'number' && orderValue <= 1000) && (tags.includes('vip') || tags.includes('mobile')))) return 23;
  // r025
  if (((tags.includes('localisation') || tags.includes('sso') || tags.includes('mobile')) && (typeof orderValue === 'number' && orderValue >= 1100 && orderValue <= 2600))) return 24;
  // r026
  if (((channel === 'messenger' || channel === 'chat' || channel === 'phone') && (typeof orderValue === 'number' && orderValue >= 300 && orderValue <= 1700) && subjectFolded.includes('refund') && subjectFolded.includes('shipment'))) return 25;
  // r027
  if ((((channel === 'form' || channel === 'chat' || channel === 'email') || subjectFolded.includes('upgrade')) && (typeof orderValue === 'number' && orderValue <= 600) && (subjectFolded.includes('receipt') || subjectFolded.includes('invoice')))) return 26;
  // r028
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1753016400000 && signedUpAt <= 1754312400000) && (tags.includes('legal') || tags.includes('pricing')) && (typeof orderValue === 'number' && orderValue >= 1000 && orderValue <= 1800))) return 27;
  // r029
  if ((channel === 'form' && language === 'ru')) return 28;
  // r030
  if (((reason === 'visitorAskedForHuman' || tier === 'standard') && (typeof orderValue === 'number' && orderValue <= 250) && language === 'ru')) return 29;
  // r031
  if ((!(channel === 'sms') && tier === 'enterprise' && (tags.includes('login') || tags.includes('import') || tags.includes('warranty')))) return 30;
  // r032
  if (((typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 2000) && tier === 'premium')) return 31;
  // r033
  if (((tags.includes('gdpr') || tags.includes('import')) && tier === 'standard' && channel === 'email' && (typeof orderValue === 'number' && orderValue >= 1300 && orderValue <= 2700))) return 32;
  // r034
  if ((!((typeof orderValue === 'number' && orderValue <= 900)) && tier === 'standard' && !((tags.includes('login'))) && subjectFolded.includes('contract'))) return 33;
  // r035
  if (((tier === 'free' || (tags.includes('accessibility'))) && language === 'el' && reason === 'agentCannotAnswer')) return 34;
  // r036
  if ((subjectFolded.includes('locked') && (typeof orderValue === 'number' && orderValue >= 800 && orderValue <= 1500))) return 35;
  // r037
  if (((subjectFolded.includes('refund') || subjectFolded.includes('contract') || subjectFolded.includes('quote')) && (tier !== 'standard' || subjectFolded.includes('upgrade')) && !(channel === 'chat' || channel === 'phone' || channel === 'sms' || channel === 'email') && (typeof orderValue === 'number' && orderValue >= 2600 && orderValue <= 3000))) return 36;
  // r038
  if (((typeof orderValue === 'number' && orderValue >= 200 && orderValue <= 800) && tier === 'standard')) return 37;
  // r039
  if ((((tags.includes('damaged')) || subjectFolded.includes('partnership')) && reason === 'visitorAskedForHuman' && channel === 'form' && (subjectFolded.includes('downgrade') || subjectFolded.includes('locked') || subjectFolded.includes('quote')))) return 38;
  // r041
  if (((typeof lifetimeValue === 'number' && lifetimeValue >= 64000) && subjectFolded.includes('exchange') && (tags.includes('partner')))) return 40;
  // r043
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1752436800000 && signedUpAt <= 1758484800000) && (typeof orderValue === 'number' && orderValue <= 950))) return 42;
  // r044
  if ((subject.includes('voucher') && (subjectFolded.includes('subscription') || subjectFolded.includes('renewal') || subjectFolded.includes('crash')) && (channel === 'sms' || tier === 'premium'))) return 43;
  // r045
  if (((priority === 'high' || priority === 'urgent') && !(language === 'de') && isVip === true && tier === 'premium')) return 44;
  // r046
  if (((tags.includes('trial') || tags.includes('bug')) && (typeof orderValue === 'number' && orderValue > 2800) && isVip === true && subjectFolded.includes('export'))) return 45;
  // r047
  if ((tier === 'enterprise' && (typeof orderValue === 'number' && orderValue <= 750) && !(language === 'fr') && reason === 'agentCannotAnswer')) return 46;
  // r048
  if ((channel === 'sms' && (typeof signedUpAt === 'number' && signedUpAt >= 1756256400000 && signedUpAt <= 1761354000000) && !(tags.includes('urgent-review') || tags.includes('integration') || tags.includes('mobile')) && ((typeof orderValue === 'number' && orderValue >= 2300 && orderValue <= 3100) || subjectFolded.includes('integration')))) return 47;
  // r049
  if (((subjectFolded.includes('courier') || tier === 'standard') && !(tags.includes('invoice') || tags.includes('enterprise') || tags.includes('localisation')) && channel === 'email' && (typeof orderValue === 'number' && orderValue >= 1300 && orderValue <= 2500))) return 48;
  // r050
  if ((channel === 'chat' && subject.includes('complaint'))) return 49;
  // r051
  if (((tier === 'free' || (typeof orderValue === 'number' && orderValue >= 1500 && orderValue <= 2500)) && reason === 'agentCannotAnswer' && channel === 'messenger')) return 50;
  // r052
  if ((channel === 'phone' && !(tags.includes('bug') || tags.includes('billing') || tags.includes('upsell')) && subject.includes('partnership'))) return 51;
  // r053
  if ((subjectFolded.includes('outage') && !subjectFolded.includes('contract') && channel === 'form' && (typeof signedUpAt === 'number' && signedUpAt >= 1736103600000 && signedUpAt <= 1742929200000))) return 52;
  // r054
  if (((tags.includes('trial')) && channel === 'sms' && (typeof signedUpAt === 'number' && signedUpAt >= 1741035600000 && signedUpAt <= 1748120400000) && tier !== 'standard')) return 53;
  // r056
  if (((subjectFolded.includes('quote') || subjectFolded.includes('upgrade') || subjectFolded.includes('renewal')) && channel === 'chat')) return 55;
  // r058
  if (((subjectFolded.includes('lawyer') || subjectFolded.includes('timeout') || subjectFolded.includes('courier')) && channel === 'whatsapp')) return 57;
  // r059
  if ((reason === 'customTrigger' && subjectFolded.includes('renewal') && tier === 'premium')) return 58;
  // r060
  if ((channel === 'chat' && (tags.includes('accessibility') || tags.includes('damaged') || tags.includes('import')))) return 59;
  // r062
  if (((typeof orderValue === 'number' && orderValue > 300) && ((priority === 'normal' || priority === 'low') || (typeof signedUpAt === 'number' && signedUpAt >= 1736089200000 && signedUpAt <= 1738335600000)) && reason === 'visitorAskedForHuman' && subject.includes('damaged'))) return 61;
  // r063
  if (((typeof orderValue === 'number' && orderValue >= 2200 && orderValue <= 3500) && channel === 'email')) return 62;
  // r064
  if ((tier === 'premium' && (priority === 'normal' || priority === 'low') && subjectFolded.includes('lawyer'))) return 63;
  // r065
  if (((typeof orderValue === 'number' && orderValue <= 400) && !subjectFolded.includes('password') && tier === 'free')) return 64;
  // r066
  if (((typeof orderValue === 'number' && orderValue <= 750) && subject.includes('warranty'))) return 65;
  // r067
  if (((tags.includes('trial') || tags.includes('desktop') || tags.includes('localisation')) && !(channel === 'chat' || channel === 'email') && subjectFolded.includes('charged'))) return 66;
  // r068
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1745424000000 && signedUpAt <= 1748793600000) && (typeof orderValue === 'number' && orderValue <= 700) && reason === 'visitorAskedForHuman')) return 67;
  // r069
  if ((isVip === true && subjectFolded.includes('webhook'))) return 68;
  // r070
  if (((channel === 'sms' || channel === 'email') && language === 'de' && isVip === true && subject.includes('coupon'))) return 69;
  // r071
  if (((typeof orderValue === 'number' && orderValue <= 50) && isVip === true)) return 70;
  // r072
  if ((tier === 'standard' && reason === 'agentPaused')) return 71;
  // r073
  if (((tags.includes('pricing')) && channel === 'form')) return 72;
  // r074
  if ((channel === 'chat' && subjectFolded.includes('unsubscribe'))) return 73;
  // r075
  if ((!subjectFolded.includes('receipt') && (typeof orderValue === 'number' && orderValue <= 300) && reason === 'visitorAskedForHuman')) return 74;
  // r076
  if ((language === 'ru' && (typeof orderValue === 'number' && orderValue >= 2500 && orderValue <= 3300))) return 75;
  // r077
  if ((isVip === true && (priority === 'low') && !(tags.includes('desktop') || tags.includes('integration') || tags.includes('security') || tags.includes('bug')) && (typeof signedUpAt === 'number' && signedUpAt >= 1740153600000 && signedUpAt <= 1745942400000))) return 76;
  // r078
  if ((subject.includes('complaint') && language === 'fi')) return 77;
  // r079
  if ((subjectFolded.includes('discount') && (subjectFolded.includes('delivery') || subjectFolded.includes('shipment') || subjectFolded.includes('courier')) && !(reason === 'customTrigger') && channel === 'whatsapp')) return 78;
  // r080
  if ((channel === 'messenger' && (tags.includes('legal') || tags.includes('trial')) && subjectFolded.includes('exchange') && !subjectFolded.includes('coupon'))) return 79;
  // r081
  if (((subjectFolded.includes('downgrade') || subjectFolded.includes('contract') || subjectFolded.includes('locked')) && reason === 'agentPaused' && tier !== 'standard' && language === 'ru')) return 80;
  // r082
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1746907200000 && signedUpAt <= 1750622400000) && (tags.includes('migration') || tags.includes('onboarding') || tags.includes('pricing')) && (typeof orderValue === 'number' && orderValue >= 1400 && orderValue <= 2300))) return 81;
  // r083
  if (((typeof orderValue === 'number' && orderValue <= 450) && subjectFolded.includes('missing') && (tags.includes('bug') || tags.includes('vip') || tags.includes('outage')))) return 82;
  // r084
  if ((subjectFolded.includes('downgrade') && (tags.includes('trial') || tags.includes('sso') || tags.includes('gdpr')) && (subjectFolded.includes('latency') || subjectFolded.includes('outage')))) return 83;
  // r085
  if (((tags.includes('security') || tags.includes('payments')) && (typeof orderValue === 'number' && orderValue <= 900) && channel === 'email' && (priority === 'high'))) return 84;
  // r087
  if ((isVip === true && (typeof orderValue === 'number' && orderValue >= 600 && orderValue <= 800) && (priority === 'normal' || priority === 'low') && (tags.includes('urgent-review')))) return 86;
  // r088
  if ((channel === 'email' && !((tags.includes('shipping'))) && reason === 'agentPaused')) return 87;
  // r089
  if ((channel === 'whatsapp' && (tags.includes('bug') || tags.includes('billing') || tags.includes('desktop')))) return 88;
  // r090
  if ((subjectFolded.includes('chargeback') && (typeof orderValue === 'number' && orderValue <= 50) && (subject.includes('partnership') || reason === 'agentCannotAnswer') && (typeof signedUpAt === 'number' && signedUpAt >= 1755338400000 && signedUpAt <= 1756548000000))) return 89;
  // r091
  if ((channel === 'phone' && (subjectFolded.includes('webhook') || subjectFolded.includes('quote') || subjectFolded.includes('gdpr')))) return 90;
  // r092
  if (((subjectFolded.includes('discount') || subjectFolded.includes('missing') || subjectFolded.includes('chargeback')) && (tags.includes('feature-request') || tags.includes('churn-risk')))) return 91;
  // r093
  if (((tags.includes('localisation')) && (priority === 'urgent' || priority === 'high') && channel === 'phone' && (tier === 'free' || subjectFolded.includes('timeout')))) return 92;
  // r094
  if ((((tags.includes('reseller') || tags.includes('sso') || tags.includes('damaged')) || channel === 'phone') && (isVip === true || (typeof orderValue === 'number' && orderValue >= 500 && orderValue <= 900)) && tier === 'enterprise' && subjectFolded.includes('damaged'))) return 93;
  // r095
  if ((reason === 'visitorAskedForHuman' && channel === 'email')) return 94;
  // r096
  if (((typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 1100) && (typeof signedUpAt === 'number' && signedUpAt >= 1744894800000 && signedUpAt <= 1750338000000) && isVip === true)) return 95;
  // r097
  if (((channel === 'form' || channel === 'messenger') && (tags.includes('urgent-review')) && (typeof orderValue === 'number' && orderValue >= 1700 && orderValue <= 2700))) return 96;
  // r098
  if ((!(channel === 'sms') && (tags.includes('feature-request')) && subject.includes('timeout'))) return 97;
  // r099
  if (((tags.includes('api') || tags.includes('reseller')) && language === 'ru')) return 98;
  // r100
  if ((channel === 'whatsapp' && subjectFolded.includes('deletion') && (tags.includes('migration') || tags.includes('lost')) && tier !== 'free')) return 99;
  // r101
  if ((language === 'de' && subjectFolded.includes('tracking'))) return 100;
  // r102
  if ((subjectFolded.includes('damaged') && (typeof createdAt === 'number' && createdAt < 1762470000000) && channel === 'sms')) return 101;
  // r103
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1740661200000 && signedUpAt <= 1742994000000) && subjectFolded.includes('courier'))) return 102;
  // r104
  if ((reason === 'customTrigger' && (typeof signedUpAt === 'number' && signedUpAt >= 1746982800000 && signedUpAt <= 1751734800000) && channel === 'chat')) return 103;
  // r105
  if ((channel === 'form' && (subjectFolded.includes('voucher') || subjectFolded.includes('partnership')) && tier === 'enterprise')) return 104;
  // r106
  if ((channel === 'whatsapp' && (typeof signedUpAt === 'number' && signedUpAt >= 1743753600000 && signedUpAt <= 1751011200000) && (subjectFolded.includes('cancel') || subjectFolded.includes('voucher')))) return 105;
  // r107
  if (((typeof orderValue === 'number' && orderValue <= 50) && channel === 'chat' && (priority === 'low' || priority === 'normal'))) return 106;
  // r108
  if (((typeof orderValue === 'number' && orderValue >= 2000 && orderValue <= 3000) && channel === 'whatsapp' && language === 'fr')) return 107;
  // r109
  if ((reason === 'visitorAskedForHuman' && subject.includes('delivery'))) return 108;
  // r110
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1737835200000 && signedUpAt <= 1739476800000) && subjectFolded.includes('voucher'))) return 109;
  // r111
  if ((isVip === true && tier === 'free')) return 110;
  // r112
  if ((subject.includes('tracking') && (tags.includes('migration') || tags.includes('refund')))) return 111;
  // r113
  if ((subjectFolded.includes('quote') && (typeof orderValue === 'number' && orderValue <= 600) && (typeof signedUpAt === 'number' && signedUpAt >= 1748505600000 && signedUpAt <= 1752825600000))) return 112;
  // r114
  if (((tags.includes('bug') || tags.includes('churn-risk') || tags.includes('enterprise')) && channel === 'phone')) return 113;
  // r115
  if ((tier === 'standard' && language === 'el')) return 114;
  // r116
  if ((channel === 'messenger' && tier === 'free')) return 115;
  // r117
  if (((tags.includes('legal')) && subjectFolded.includes('renewal') && (typeof signedUpAt === 'number' && signedUpAt >= 1743134400000 && signedUpAt <= 1749182400000))) return 116;
  // r118
  if (((typeof createdAt === 'number' && createdAt < 1743314400000) && subjectFolded.includes('invoice') && channel === 'form')) return 117;
  // r119
  if (((tags.includes('pricing') || tags.includes('churn-risk')) && channel === 'email' && (typeof signedUpAt === 'number' && signedUpAt >= 1742115600000 && signedUpAt <= 1749546000000))) return 118;
  // r120
  if ((tier === 'premium' && channel === 'sms' && (typeof lifetimeValue === 'number' && lifetimeValue >= 64000) && reason === 'visitorAskedForHuman')) return 119;
  // r121
  if ((subjectFolded.includes('delivery') && subject.includes('warranty') && (typeof orderValue === 'number' && orderValue > 3400))) return 120;
  // r122
  if ((reason === 'agentCannotAnswer' && tier === 'enterprise' && (tags.includes('accessibility')))) return 121;
  // r123
  if (((subjectFolded.includes('subscription') || subjectFolded.includes('quote') || subjectFolded.includes('invoice')) && (typeof orderValue === 'number' && orderValue > 4000) && tier === 'enterprise')) return 122;
  // r124
  if (((typeof orderValue === 'number' && orderValue >= 1100 && orderValue <= 1400) && tier === 'enterprise' && reason === 'customTrigger')) return 123;
  // r125
  if ((tier === 'standard' && (typeof createdAt === 'number' && createdAt > 1749812400000) && (tags.includes('partner') || tags.includes('tax') || tags.includes('webhook')))) return 124;
  // r126
  if ((channel === 'sms' && subject.includes('unsubscribe'))) return 125;
  // r127
  if ((!subjectFolded.includes('discount') && (channel === 'email' || channel === 'chat') && (typeof orderValue === 'number' && orderValue <= 1000) && (subjectFolded.includes('warranty') || subjectFolded.includes('charged')))) return 126;
  // r128
  if ((reason === 'agentCannotAnswer' && (typeof signedUpAt === 'number' && signedUpAt >= 1742086800000 && signedUpAt <= 1745629200000) && (typeof orderValue === 'number' && orderValue >= 0 && orderValue <= 1300) && (priority === 'normal'))) return 127;
  // r129
  if ((subjectFolded.includes('quote') && (typeof orderValue === 'number' && orderValue <= 550))) return 128;
  // r130
  if (((typeof orderValue === 'number' && orderValue >= 2400 && orderValue <= 3900) && channel === 'form')) return 129;
  // r131
  if ((isVip === true && channel === 'phone')) return 130;
  // r132
  if (((tier !== 'free' || channel === 'whatsapp') && (tags.includes('pricing') || tags.includes('gdpr')) && (subjectFolded.includes('crash') || subjectFolded.includes('coupon') || subjectFolded.includes('unsubscribe')))) return 131;
  // r133
  if ((subject.includes('invoice') && (tags.includes('export') || tags.includes('refund')))) return 132;
  // r134
  if ((subjectFolded.includes('partnership') && (subjectFolded.includes('upgrade') || subjectFolded.includes('deletion') || subjectFolded.includes('charged')) && tier === 'standard' && (typeof orderValue === 'number' && orderValue >= 1800 && orderValue <= 2400))) return 133;
  // r135
  if ((isVip === true && (subjectFolded.includes('coupon') || subjectFolded.includes('renewal')) && (priority === 'urgent' || priority === 'low'))) return 134;
  // r136
  if ((tier === 'standard' && subject.includes('delivery'))) return 135;
  // r137
  if ((tier === 'enterprise' && !((tags.includes('trial') || tags.includes('accessibility'))) && language === 'es')) return 136;
  // r138
  if ((subjectFolded.includes('complaint') && channel === 'sms' && (typeof orderValue === 'number' && orderValue > 1000))) return 137;
  // r139
  if ((tier === 'free' && channel === 'messenger')) return 138;
  // r140
  if (((tier === 'premium' || subjectFolded.includes('cancel')) && reason === 'visitorAskedForHuman' && subjectFolded.includes('subscription'))) return 139;
  // r141
  if ((subjectFolded.includes('lawyer') && (subjectFolded.includes('deletion') || subjectFolded.includes('delivery') || subjectFolded.includes('shipment')) && (typeof orderValue === 'number' && orderValue <= 100))) return 140;
  // r142
  if (((typeof orderValue === 'number' && orderValue <= 250) && channel === 'form' && (typeof createdAt === 'number' && createdAt > 1756936800000) && (priority === 'low'))) return 141;
  // r143
  if ((tier !== 'standard' && subjectFolded.includes('gdpr') && (tags.includes('performance') || tags.includes('returns')) && (typeof lifetimeValue === 'number' && lifetimeValue >= 30000))) return 142;
  // r144
  if (((typeof orderValue === 'number' && orderValue >= 2600 && orderValue <= 4100) && (tags.includes('warranty') || tags.includes('gdpr') || tags.includes('reseller')) && channel === 'chat')) return 143;
  // r145
  if ((language === 'ru' && ((typeof orderValue === 'number' && orderValue > 1200) || isVip === true) && subjectFolded.includes('quote'))) return 144;
  // r146
  if ((subjectFolded.includes('crash') && (typeof orderValue === 'number' && orderValue <= 650))) return 145;
  // r147
  if ((isVip === true && channel === 'form')) return 146;
  // r148
  if (((typeof orderValue === 'number' && orderValue <= 800) && subjectFolded.includes('delivery'))) return 147;
  // r149
  if ((channel === 'phone' && subjectFolded.includes('lawyer'))) return 148;
  // r150
  if ((subjectFolded.includes('export') && (subjectFolded.includes('refund') || subjectFolded.includes('courier')) && (subject.includes('refund') || subjectFolded.includes('courier')))) return 149;
  // r151
  if (((tags.includes('partner') || tags.includes('outage') || tags.includes('shipping')) && language === 'en' && subject.includes('receipt') && subjectFolded.includes('exchange'))) return 150;
  // r152
  if ((tier === 'free' && (typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 2100))) return 151;
  // r153
  if ((tier === 'free' && (typeof orderValue === 'number' && orderValue <= 400))) return 152;
  // r154
  if ((subjectFolded.includes('shipment') && subject.includes('courier'))) return 153;
  // r155
  if ((channel === 'sms' && (subjectFolded.includes('courier') || subjectFolded.includes('outage')) && (typeof createdAt === 'number' && createdAt < 1762524000000))) return 154;
  // r157
  if (((priority === 'urgent') && (tags.includes('feedback') || tags.includes('refund') || tags.includes('api')) && channel === 'whatsapp')) return 156;
  // r158
  if ((channel === 'chat' && isVip === true && (tags.includes('mobile') || tags.includes('refund')))) return 157;
  // r159
  if ((!(tags.includes('security') || tags.includes('trial') || tags.includes('migration')) && tier === 'free' && (subjectFolded.includes('broken') || subjectFolded.includes('fraud') || subjectFolded.includes('tracking')))) return 158;
  // r160
  if (((priority === 'normal') && (tags.includes('billing') || tags.includes('lost') || tags.includes('invoice')) && ((typeof orderValue === 'number' && orderValue <= 1000) || subjectFolded.includes('charged')) && isVip === true)) return 159;
  // r161
  if ((isVip === true && tier === 'premium')) return 160;
  // r162
  if ((subjectFolded.includes('voucher') && (tags.includes('bug')) && subjectFolded.includes('fraud') && subjectFolded.includes('downgrade'))) return 161;
  // r163
  if (((tags.includes('export') || tags.includes('invoice')) && (typeof orderValue === 'number' && orderValue <= 400))) return 162;
  // r164
  if (((channel === 'whatsapp' || channel === 'email' || channel === 'chat') && (subjectFolded.includes('tracking') || subjectFolded.includes('subscription')) && subject.includes('tracking'))) return 163;
  // r165
  if ((subject.includes('upgrade') && channel === 'whatsapp')) return 164;
  // r166
  if (((subjectFolded.includes('broken') || subjectFolded.includes('exchange')) && isVip === true)) return 165;
  // r167
  if (((subjectFolded.includes('courier') || subjectFolded.includes('missing')) && language === 'fi')) return 166;
  // r168
  if ((subjectFolded.includes('timeout') && channel === 'chat')) return 167;
  // r169
  if ((tier === 'free' && (typeof signedUpAt === 'number' && signedUpAt >= 1755255600000 && signedUpAt <= 1758711600000))) return 168;
  // r170
  if (((subjectFolded.includes('cancel') || subjectFolded.includes('crash') || subjectFolded.includes('complaint')) && reason === 'agentCannotAnswer' && (tags.includes('enterprise')))) return 169;
  // r171
  if (((typeof orderValue === 'number' && orderValue <= 850) && (tags.includes('desktop') || tags.includes('tax') || tags.includes('gdpr')) && channel === 'phone')) return 170;
  // r172
  if ((language === 'ru' && (subjectFolded.includes('locked') || subjectFolded.includes('unsubscribe') || subjectFolded.includes('charged')) && channel === 'email' && (tags.includes('desktop') || tags.includes('import')))) return 171;
  // r173
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1748041200000 && signedUpAt <= 1751756400000) && tier === 'premium' && (typeof orderValue === 'number' && orderValue <= 850) && channel === 'email')) return 172;
  // r174
  if (((tags.includes('trial') || tags.includes('bug') || tags.includes('outage')) && (typeof signedUpAt === 'number' && signedUpAt >= 1739613600000 && signedUpAt <= 1740736800000))) return 173;
  // r175
  if ((subject.includes('crash') && !subjectFolded.includes('subscription') && !(subjectFolded.includes('shipment')) && (typeof orderValue === 'number' && orderValue <= 550))) return 174;
  // r176
  if ((channel === 'sms' && (subjectFolded.includes('upgrade') || subjectFolded.includes('charged')) && (priority === 'normal'))) return 175;
  // r177
  if (((subjectFolded.includes('latency') || subjectFolded.includes('unsubscribe')) && channel === 'whatsapp')) return 176;
  // r179
  if ((isVip === true && subject.includes('courier'))) return 178;
  // r180
  if (((typeof orderValue === 'number' && orderValue <= 800) && reason === 'agentCannotAnswer' && (typeof signedUpAt === 'number' && signedUpAt >= 1737432000000 && signedUpAt <= 1744257600000) && tier === 'premium')) return 179;
  // r181
  if (((channel === 'email' || channel === 'form') && (tags.includes('vip') || tags.includes('import')) && subjectFolded.includes('timeout'))) return 180;
  // r182
  if (((priority === 'low') && tier === 'premium' && subjectFolded.includes('outage') && channel === 'whatsapp')) return 181;
  // r183
  if ((tier === 'premium' && language === 'sv' && subjectFolded.includes('subscription') && subject.includes('fraud'))) return 182;
  // r184
  if ((channel === 'phone' && (typeof signedUpAt === 'number' && signedUpAt >= 1736960400000 && signedUpAt <= 1738342800000))) return 183;
  // r185
  if (((priority === 'low' || priority === 'high') && (typeof orderValue === 'number' && orderValue > 1400) && subject.includes('crash') && channel === 'form')) return 184;
  // r186
  if (((tags.includes('api') || tags.includes('shipping')) && reason === 'agentPaused' && channel === 'phone')) return 185;
  // r187
  if ((subject.includes('charged') && ((tags.includes('outage') || tags.includes('damaged')) || channel === 'form') && (subjectFolded.includes('timeout') || subjectFolded.includes('contract') || subjectFolded.includes('voucher')))) return 186;
  // r188
  if ((reason === 'agentCannotAnswer' && channel === 'email')) return 187;
  // r189
  if (((subjectFolded.includes('renewal') || subjectFolded.includes('damaged')) && channel === 'email' && ((priority === 'low' || priority === 'high') || (tags.includes('gdpr'))))) return 188;
  // r190
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1751418000000 && signedUpAt <= 1754960400000) && (subject.includes('coupon') || channel === 'messenger') && reason === 'visitorAskedForHuman' && (subjectFolded.includes('deletion') || subjectFolded.includes('latency') || subjectFolded.includes('coupon')))) return 189;
  // r191
  if ((tier === 'free' && language === 'es' && subjectFolded.includes('webhook'))) return 190;
  // r192
  if (((typeof orderValue === 'number' && orderValue >= 3000 && orderValue <= 3900) && language === 'de' && isVip === true)) return 191;
  // r193
  if ((subjectFolded.includes('shipment') && subjectFolded.includes('shipment') && channel === 'chat' && reason === 'agentCannotAnswer')) return 192;
  // r194
  if ((tier === 'premium' && channel === 'messenger' && (typeof orderValue === 'number' && orderValue >= 1600 && orderValue <= 3100) && (reason === 'customTrigger' || subjectFolded.includes('receipt')))) return 193;
  // r195
  if ((subjectFolded.includes('exchange') && channel === 'messenger')) return 194;
  // r196
  if (((typeof orderValue === 'number' && orderValue >= 800 && orderValue <= 1500) && (subjectFolded.includes('timeout') || subjectFolded.includes('receipt') || subjectFolded.includes('complaint')))) return 195;
  // r197
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1755021600000 && signedUpAt <= 1762797600000) && (typeof orderValue === 'number' && orderValue <= 950))) return 196;
  // r198
  if ((channel === 'form' && language === 'fr')) return 197;
  // r199
  if ((channel === 'whatsapp' && subjectFolded.includes('delivery') && ((tags.includes('returns') || tags.includes('sso') || tags.includes('migration')) || tier === 'standard'))) return 198;
  // r200
  if ((!(tags.includes('warranty') || tags.includes('reseller') || tags.includes('enterprise') || tags.includes('shipping') || tags.includes('migration') || tags.includes('returns')) && tier === 'premium' && subject.includes('warranty'))) return 199;
  return -1;
}

/** Indexes of every matching rule, in order. */
export function ceilingCollectAll(facts: RoutingFacts): number[] {
  const ticket = facts.ticket;
  const conversation = facts.conversation;
  const contact = facts.contact;
  const channel = conversation?.channel;
  const priority = ticket?.priority;
  const tier = contact?.tier;
  const language = conversation?.language;
  const reason = conversation?.handoffReason;
  const tags = ticket?.tags ?? NO_TAGS;
  const subject = ticket?.subject ?? '';
  const subjectFolded = normalizeText(subject, FOLD);
  const orderValue = ticket?.custom?.['orderValue'];
  const lifetimeValue = contact?.custom?.['lifetimeValue'];
  const isVip = contact?.custom?.['isVip'];
  const createdAt = ticket?.createdAt;
  const signedUpAt = contact?.custom?.['signedUpAt'];
  const matched: number[] = [];
  // r002
  if ((subjectFolded.includes('missing') && reason === 'agentCannotAnswer' && subjectFolded.includes('charged'))) matched.push(1);
  // r003
  if (((priority === 'low') && channel === 'messenger' && (subjectFolded.includes('damaged') || subjectFolded.includes('fraud') || subjectFolded.includes('renewal')) && (typeof orderValue === 'number' && orderValue <= 100))) matched.push(2);
  // r004
  if ((reason === 'visitorAskedForHuman' && subjectFolded.includes('damaged') && (channel === 'phone' || channel === 'chat'))) matched.push(3);
  // r005
  if ((subject.includes('outage') && tier === 'standard' && channel === 'sms')) matched.push(4);
  // r006
  if (((typeof orderValue === 'number' && orderValue > 2300) && subjectFolded.includes('voucher') && isVip === true)) matched.push(5);
  // r007
  if ((channel === 'chat' && ((priority === 'normal') || tier === 'enterprise') && (tags.includes('payments') || tags.includes('refund')))) matched.push(6);
  // r008
  if (((typeof orderValue === 'number' && orderValue >= 2000 && orderValue <= 3200) && !(channel === 'messenger') && subject.includes('shipment'))) matched.push(7);
  // r009
  if ((subjectFolded.includes('locked') && ((typeof orderValue === 'number' && orderValue <= 550) || channel === 'phone') && (typeof createdAt === 'number' && createdAt > 1743613200000) && (subjectFolded.includes('cancel') || subjectFolded.includes('subscription') || subjectFolded.includes('refund')))) matched.push(8);
  // r010
  if (((subjectFolded.includes('deletion') || subjectFolded.includes('discount')) && language === 'de' && subject.includes('timeout'))) matched.push(9);
  // r011
  if ((channel === 'phone' && tier === 'premium' && subject.includes('downgrade') && subjectFolded.includes('broken'))) matched.push(10);
  // r012
  if (((tags.includes('vip') || tags.includes('mobile')) && reason === 'customTrigger' && subjectFolded.includes('unsubscribe') && (typeof lifetimeValue === 'number' && lifetimeValue >= 44000))) matched.push(11);
  // r013
  if (((priority === 'urgent') && channel === 'sms' && (subjectFolded.includes('damaged') || subjectFolded.includes('integration') || subjectFolded.includes('contract')))) matched.push(12);
  // r014
  if (((tags.includes('lost')) && (reason === 'visitorAskedForHuman' || language === 'en') && channel === 'chat' && subject.includes('coupon'))) matched.push(13);
  // r015
  if ((!(channel === 'messenger' || channel === 'form' || channel === 'sms' || channel === 'email') && isVip === true && subject.includes('charged'))) matched.push(14);
  // r016
  if ((tier === 'premium' && channel === 'form')) matched.push(15);
  // r017
  if ((tier === 'free' && channel === 'messenger')) matched.push(16);
  // r018
  if ((channel === 'phone' && (reason === 'visitorAskedForHuman' || subject.includes('damaged')) && language === 'en' && (typeof signedUpAt === 'number' && signedUpAt >= 1737529200000 && signedUpAt <= 1744527600000))) matched.push(17);
  // r019
  if (((tags.includes('shipping')) && (typeof createdAt === 'number' && createdAt > 1741215600000) && channel === 'form' && (typeof orderValue === 'number' && orderValue <= 100))) matched.push(18);
  // r020
  if ((!subjectFolded.includes('partnership') && (typeof createdAt === 'number' && createdAt < 1760680800000) && (typeof orderValue === 'number' && orderValue <= 550) && reason === 'customTrigger')) matched.push(19);
  // r021
  if ((subjectFolded.includes('voucher') && subjectFolded.includes('lawyer') && (tags.includes('damaged') || tags.includes('localisation') || tags.includes('billing')) && channel === 'messenger')) matched.push(20);
  // r022
  if ((tier === 'premium' && !(isVip === true) && (tags.includes('invoice')) && language === 'sv')) matched.push(21);
  // r023
  if (((subjectFolded.includes('contract') || subjectFolded.includes('courier') || subjectFolded.includes('warranty')) && (tags.includes('onboarding')) && subject.includes('timeout'))) matched.push(22);
  // r024
  if ((!(subject.includes('delivery')) && (typeof orderValue === 'number' && orderValue <= 1000) && (tags.includes('vip') || tags.includes('mobile')))) matched.push(23);
  // r025
  if (((tags.includes('localisation') || tags.includes('sso') || tags.includes('mobile')) && (typeof orderValue === 'number' && orderValue >= 1100 && orderValue <= 2600))) matched.push(24);
  // r026
  if (((channel === 'messenger' || channel === 'chat' || channel === 'phone') && (typeof orderValue === 'number' && orderValue >= 300 && orderValue <= 1700) && subjectFolded.includes('refund') && subjectFolded.includes('shipment'))) matched.push(25);
  // r027
  if ((((channel === 'form' || channel === 'chat' || channel === 'email') || subjectFolded.includes('upgrade')) && (typeof orderValue === 'number' && orderValue <= 600) && (subjectFolded.includes('receipt') || subjectFolded.includes('invoice')))) matched.push(26);
  // r028
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1753016400000 && signedUpAt <= 1754312400000) && (tags.includes('legal') || tags.includes('pricing')) && (typeof orderValue === 'number' && orderValue >= 1000 && orderValue <= 1800))) matched.push(27);
  // r029
  if ((channel === 'form' && language === 'ru')) matched.push(28);
  // r030
  if (((reason === 'visitorAskedForHuman' || tier === 'standard') && (typeof orderValue === 'number' && orderValue <= 250) && language === 'ru')) matched.push(29);
  // r031
  if ((!(channel === 'sms') && tier === 'enterprise' && (tags.includes('login') || tags.includes('import') || tags.includes('warranty')))) matched.push(30);
  // r032
  if (((typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 2000) && tier === 'premium')) matched.push(31);
  // r033
  if (((tags.includes('gdpr') || tags.includes('import')) && tier === 'standard' && channel === 'email' && (typeof orderValue === 'number' && orderValue >= 1300 && orderValue <= 2700))) matched.push(32);
  // r034
  if ((!((typeof orderValue === 'number' && orderValue <= 900)) && tier === 'standard' && !((tags.includes('login'))) && subjectFolded.includes('contract'))) matched.push(33);
  // r035
  if (((tier === 'free' || (tags.includes('accessibility'))) && language === 'el' && reason === 'agentCannotAnswer')) matched.push(34);
  // r036
  if ((subjectFolded.includes('locked') && (typeof orderValue === 'number' && orderValue >= 800 && orderValue <= 1500))) matched.push(35);
  // r037
  if (((subjectFolded.includes('refund') || subjectFolded.includes('contract') || subjectFolded.includes('quote')) && (tier !== 'standard' || subjectFolded.includes('upgrade')) && !(channel === 'chat' || channel === 'phone' || channel === 'sms' || channel === 'email') && (typeof orderValue === 'number' && orderValue >= 2600 && orderValue <= 3000))) matched.push(36);
  // r038
  if (((typeof orderValue === 'number' && orderValue >= 200 && orderValue <= 800) && tier === 'standard')) matched.push(37);
  // r039
  if ((((tags.includes('damaged')) || subjectFolded.includes('partnership')) && reason === 'visitorAskedForHuman' && channel === 'form' && (subjectFolded.includes('downgrade') || subjectFolded.includes('locked') || subjectFolded.includes('quote')))) matched.push(38);
  // r041
  if (((typeof lifetimeValue === 'number' && lifetimeValue >= 64000) && subjectFolded.includes('exchange') && (tags.includes('partner')))) matched.push(40);
  // r043
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1752436800000 && signedUpAt <= 1758484800000) && (typeof orderValue === 'number' && orderValue <= 950))) matched.push(42);
  // r044
  if ((subject.includes('voucher') && (subjectFolded.includes('subscription') || subjectFolded.includes('renewal') || subjectFolded.includes('crash')) && (channel === 'sms' || tier === 'premium'))) matched.push(43);
  // r045
  if (((priority === 'high' || priority === 'urgent') && !(language === 'de') && isVip === true && tier === 'premium')) matched.push(44);
  // r046
  if (((tags.includes('trial') || tags.includes('bug')) && (typeof orderValue === 'number' && orderValue > 2800) && isVip === true && subjectFolded.includes('export'))) matched.push(45);
  // r047
  if ((tier === 'enterprise' && (typeof orderValue === 'number' && orderValue <= 750) && !(language === 'fr') && reason === 'agentCannotAnswer')) matched.push(46);
  // r048
  if ((channel === 'sms' && (typeof signedUpAt === 'number' && signedUpAt >= 1756256400000 && signedUpAt <= 1761354000000) && !(tags.includes('urgent-review') || tags.includes('integration') || tags.includes('mobile')) && ((typeof orderValue === 'number' && orderValue >= 2300 && orderValue <= 3100) || subjectFolded.includes('integration')))) matched.push(47);
  // r049
  if (((subjectFolded.includes('courier') || tier === 'standard') && !(tags.includes('invoice') || tags.includes('enterprise') || tags.includes('localisation')) && channel === 'email' && (typeof orderValue === 'number' && orderValue >= 1300 && orderValue <= 2500))) matched.push(48);
  // r050
  if ((channel === 'chat' && subject.includes('complaint'))) matched.push(49);
  // r051
  if (((tier === 'free' || (typeof orderValue === 'number' && orderValue >= 1500 && orderValue <= 2500)) && reason === 'agentCannotAnswer' && channel === 'messenger')) matched.push(50);
  // r052
  if ((channel === 'phone' && !(tags.includes('bug') || tags.includes('billing') || tags.includes('upsell')) && subject.includes('partnership'))) matched.push(51);
  // r053
  if ((subjectFolded.includes('outage') && !subjectFolded.includes('contract') && channel === 'form' && (typeof signedUpAt === 'number' && signedUpAt >= 1736103600000 && signedUpAt <= 1742929200000))) matched.push(52);
  // r054
  if (((tags.includes('trial')) && channel === 'sms' && (typeof signedUpAt === 'number' && signedUpAt >= 1741035600000 && signedUpAt <= 1748120400000) && tier !== 'standard')) matched.push(53);
  // r056
  if (((subjectFolded.includes('quote') || subjectFolded.includes('upgrade') || subjectFolded.includes('renewal')) && channel === 'chat')) matched.push(55);
  // r058
  if (((subjectFolded.includes('lawyer') || subjectFolded.includes('timeout') || subjectFolded.includes('courier')) && channel === 'whatsapp')) matched.push(57);
  // r059
  if ((reason === 'customTrigger' && subjectFolded.includes('renewal') && tier === 'premium')) matched.push(58);
  // r060
  if ((channel === 'chat' && (tags.includes('accessibility') || tags.includes('damaged') || tags.includes('import')))) matched.push(59);
  // r062
  if (((typeof orderValue === 'number' && orderValue > 300) && ((priority === 'normal' || priority === 'low') || (typeof signedUpAt === 'number' && signedUpAt >= 1736089200000 && signedUpAt <= 1738335600000)) && reason === 'visitorAskedForHuman' && subject.includes('damaged'))) matched.push(61);
  // r063
  if (((typeof orderValue === 'number' && orderValue >= 2200 && orderValue <= 3500) && channel === 'email')) matched.push(62);
  // r064
  if ((tier === 'premium' && (priority === 'normal' || priority === 'low') && subjectFolded.includes('lawyer'))) matched.push(63);
  // r065
  if (((typeof orderValue === 'number' && orderValue <= 400) && !subjectFolded.includes('password') && tier === 'free')) matched.push(64);
  // r066
  if (((typeof orderValue === 'number' && orderValue <= 750) && subject.includes('warranty'))) matched.push(65);
  // r067
  if (((tags.includes('trial') || tags.includes('desktop') || tags.includes('localisation')) && !(channel === 'chat' || channel === 'email') && subjectFolded.includes('charged'))) matched.push(66);
  // r068
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1745424000000 && signedUpAt <= 1748793600000) && (typeof orderValue === 'number' && orderValue <= 700) && reason === 'visitorAskedForHuman')) matched.push(67);
  // r069
  if ((isVip === true && subjectFolded.includes('webhook'))) matched.push(68);
  // r070
  if (((channel === 'sms' || channel === 'email') && language === 'de' && isVip === true && subject.includes('coupon'))) matched.push(69);
  // r071
  if (((typeof orderValue === 'number' && orderValue <= 50) && isVip === true)) matched.push(70);
  // r072
  if ((tier === 'standard' && reason === 'agentPaused')) matched.push(71);
  // r073
  if (((tags.includes('pricing')) && channel === 'form')) matched.push(72);
  // r074
  if ((channel === 'chat' && subjectFolded.includes('unsubscribe'))) matched.push(73);
  // r075
  if ((!subjectFolded.includes('receipt') && (typeof orderValue === 'number' && orderValue <= 300) && reason === 'visitorAskedForHuman')) matched.push(74);
  // r076
  if ((language === 'ru' && (typeof orderValue === 'number' && orderValue >= 2500 && orderValue <= 3300))) matched.push(75);
  // r077
  if ((isVip === true && (priority === 'low') && !(tags.includes('desktop') || tags.includes('integration') || tags.includes('security') || tags.includes('bug')) && (typeof signedUpAt === 'number' && signedUpAt >= 1740153600000 && signedUpAt <= 1745942400000))) matched.push(76);
  // r078
  if ((subject.includes('complaint') && language === 'fi')) matched.push(77);
  // r079
  if ((subjectFolded.includes('discount') && (subjectFolded.includes('delivery') || subjectFolded.includes('shipment') || subjectFolded.includes('courier')) && !(reason === 'customTrigger') && channel === 'whatsapp')) matched.push(78);
  // r080
  if ((channel === 'messenger' && (tags.includes('legal') || tags.includes('trial')) && subjectFolded.includes('exchange') && !subjectFolded.includes('coupon'))) matched.push(79);
  // r081
  if (((subjectFolded.includes('downgrade') || subjectFolded.includes('contract') || subjectFolded.includes('locked')) && reason === 'agentPaused' && tier !== 'standard' && language === 'ru')) matched.push(80);
  // r082
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1746907200000 && signedUpAt <= 1750622400000) && (tags.includes('migration') || tags.includes('onboarding') || tags.includes('pricing')) && (typeof orderValue === 'number' && orderValue >= 1400 && orderValue <= 2300))) matched.push(81);
  // r083
  if (((typeof orderValue === 'number' && orderValue <= 450) && subjectFolded.includes('missing') && (tags.includes('bug') || tags.includes('vip') || tags.includes('outage')))) matched.push(82);
  // r084
  if ((subjectFolded.includes('downgrade') && (tags.includes('trial') || tags.includes('sso') || tags.includes('gdpr')) && (subjectFolded.includes('latency') || subjectFolded.includes('outage')))) matched.push(83);
  // r085
  if (((tags.includes('security') || tags.includes('payments')) && (typeof orderValue === 'number' && orderValue <= 900) && channel === 'email' && (priority === 'high'))) matched.push(84);
  // r087
  if ((isVip === true && (typeof orderValue === 'number' && orderValue >= 600 && orderValue <= 800) && (priority === 'normal' || priority === 'low') && (tags.includes('urgent-review')))) matched.push(86);
  // r088
  if ((channel === 'email' && !((tags.includes('shipping'))) && reason === 'agentPaused')) matched.push(87);
  // r089
  if ((channel === 'whatsapp' && (tags.includes('bug') || tags.includes('billing') || tags.includes('desktop')))) matched.push(88);
  // r090
  if ((subjectFolded.includes('chargeback') && (typeof orderValue === 'number' && orderValue <= 50) && (subject.includes('partnership') || reason === 'agentCannotAnswer') && (typeof signedUpAt === 'number' && signedUpAt >= 1755338400000 && signedUpAt <= 1756548000000))) matched.push(89);
  // r091
  if ((channel === 'phone' && (subjectFolded.includes('webhook') || subjectFolded.includes('quote') || subjectFolded.includes('gdpr')))) matched.push(90);
  // r092
  if (((subjectFolded.includes('discount') || subjectFolded.includes('missing') || subjectFolded.includes('chargeback')) && (tags.includes('feature-request') || tags.includes('churn-risk')))) matched.push(91);
  // r093
  if (((tags.includes('localisation')) && (priority === 'urgent' || priority === 'high') && channel === 'phone' && (tier === 'free' || subjectFolded.includes('timeout')))) matched.push(92);
  // r094
  if ((((tags.includes('reseller') || tags.includes('sso') || tags.includes('damaged')) || channel === 'phone') && (isVip === true || (typeof orderValue === 'number' && orderValue >= 500 && orderValue <= 900)) && tier === 'enterprise' && subjectFolded.includes('damaged'))) matched.push(93);
  // r095
  if ((reason === 'visitorAskedForHuman' && channel === 'email')) matched.push(94);
  // r096
  if (((typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 1100) && (typeof signedUpAt === 'number' && signedUpAt >= 1744894800000 && signedUpAt <= 1750338000000) && isVip === true)) matched.push(95);
  // r097
  if (((channel === 'form' || channel === 'messenger') && (tags.includes('urgent-review')) && (typeof orderValue === 'number' && orderValue >= 1700 && orderValue <= 2700))) matched.push(96);
  // r098
  if ((!(channel === 'sms') && (tags.includes('feature-request')) && subject.includes('timeout'))) matched.push(97);
  // r099
  if (((tags.includes('api') || tags.includes('reseller')) && language === 'ru')) matched.push(98);
  // r100
  if ((channel === 'whatsapp' && subjectFolded.includes('deletion') && (tags.includes('migration') || tags.includes('lost')) && tier !== 'free')) matched.push(99);
  // r101
  if ((language === 'de' && subjectFolded.includes('tracking'))) matched.push(100);
  // r102
  if ((subjectFolded.includes('damaged') && (typeof createdAt === 'number' && createdAt < 1762470000000) && channel === 'sms')) matched.push(101);
  // r103
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1740661200000 && signedUpAt <= 1742994000000) && subjectFolded.includes('courier'))) matched.push(102);
  // r104
  if ((reason === 'customTrigger' && (typeof signedUpAt === 'number' && signedUpAt >= 1746982800000 && signedUpAt <= 1751734800000) && channel === 'chat')) matched.push(103);
  // r105
  if ((channel === 'form' && (subjectFolded.includes('voucher') || subjectFolded.includes('partnership')) && tier === 'enterprise')) matched.push(104);
  // r106
  if ((channel === 'whatsapp' && (typeof signedUpAt === 'number' && signedUpAt >= 1743753600000 && signedUpAt <= 1751011200000) && (subjectFolded.includes('cancel') || subjectFolded.includes('voucher')))) matched.push(105);
  // r107
  if (((typeof orderValue === 'number' && orderValue <= 50) && channel === 'chat' && (priority === 'low' || priority === 'normal'))) matched.push(106);
  // r108
  if (((typeof orderValue === 'number' && orderValue >= 2000 && orderValue <= 3000) && channel === 'whatsapp' && language === 'fr')) matched.push(107);
  // r109
  if ((reason === 'visitorAskedForHuman' && subject.includes('delivery'))) matched.push(108);
  // r110
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1737835200000 && signedUpAt <= 1739476800000) && subjectFolded.includes('voucher'))) matched.push(109);
  // r111
  if ((isVip === true && tier === 'free')) matched.push(110);
  // r112
  if ((subject.includes('tracking') && (tags.includes('migration') || tags.includes('refund')))) matched.push(111);
  // r113
  if ((subjectFolded.includes('quote') && (typeof orderValue === 'number' && orderValue <= 600) && (typeof signedUpAt === 'number' && signedUpAt >= 1748505600000 && signedUpAt <= 1752825600000))) matched.push(112);
  // r114
  if (((tags.includes('bug') || tags.includes('churn-risk') || tags.includes('enterprise')) && channel === 'phone')) matched.push(113);
  // r115
  if ((tier === 'standard' && language === 'el')) matched.push(114);
  // r116
  if ((channel === 'messenger' && tier === 'free')) matched.push(115);
  // r117
  if (((tags.includes('legal')) && subjectFolded.includes('renewal') && (typeof signedUpAt === 'number' && signedUpAt >= 1743134400000 && signedUpAt <= 1749182400000))) matched.push(116);
  // r118
  if (((typeof createdAt === 'number' && createdAt < 1743314400000) && subjectFolded.includes('invoice') && channel === 'form')) matched.push(117);
  // r119
  if (((tags.includes('pricing') || tags.includes('churn-risk')) && channel === 'email' && (typeof signedUpAt === 'number' && signedUpAt >= 1742115600000 && signedUpAt <= 1749546000000))) matched.push(118);
  // r120
  if ((tier === 'premium' && channel === 'sms' && (typeof lifetimeValue === 'number' && lifetimeValue >= 64000) && reason === 'visitorAskedForHuman')) matched.push(119);
  // r121
  if ((subjectFolded.includes('delivery') && subject.includes('warranty') && (typeof orderValue === 'number' && orderValue > 3400))) matched.push(120);
  // r122
  if ((reason === 'agentCannotAnswer' && tier === 'enterprise' && (tags.includes('accessibility')))) matched.push(121);
  // r123
  if (((subjectFolded.includes('subscription') || subjectFolded.includes('quote') || subjectFolded.includes('invoice')) && (typeof orderValue === 'number' && orderValue > 4000) && tier === 'enterprise')) matched.push(122);
  // r124
  if (((typeof orderValue === 'number' && orderValue >= 1100 && orderValue <= 1400) && tier === 'enterprise' && reason === 'customTrigger')) matched.push(123);
  // r125
  if ((tier === 'standard' && (typeof createdAt === 'number' && createdAt > 1749812400000) && (tags.includes('partner') || tags.includes('tax') || tags.includes('webhook')))) matched.push(124);
  // r126
  if ((channel === 'sms' && subject.includes('unsubscribe'))) matched.push(125);
  // r127
  if ((!subjectFolded.includes('discount') && (channel === 'email' || channel === 'chat') && (typeof orderValue === 'number' && orderValue <= 1000) && (subjectFolded.includes('warranty') || subjectFolded.includes('charged')))) matched.push(126);
  // r128
  if ((reason === 'agentCannotAnswer' && (typeof signedUpAt === 'number' && signedUpAt >= 1742086800000 && signedUpAt <= 1745629200000) && (typeof orderValue === 'number' && orderValue >= 0 && orderValue <= 1300) && (priority === 'normal'))) matched.push(127);
  // r129
  if ((subjectFolded.includes('quote') && (typeof orderValue === 'number' && orderValue <= 550))) matched.push(128);
  // r130
  if (((typeof orderValue === 'number' && orderValue >= 2400 && orderValue <= 3900) && channel === 'form')) matched.push(129);
  // r131
  if ((isVip === true && channel === 'phone')) matched.push(130);
  // r132
  if (((tier !== 'free' || channel === 'whatsapp') && (tags.includes('pricing') || tags.includes('gdpr')) && (subjectFolded.includes('crash') || subjectFolded.includes('coupon') || subjectFolded.includes('unsubscribe')))) matched.push(131);
  // r133
  if ((subject.includes('invoice') && (tags.includes('export') || tags.includes('refund')))) matched.push(132);
  // r134
  if ((subjectFolded.includes('partnership') && (subjectFolded.includes('upgrade') || subjectFolded.includes('deletion') || subjectFolded.includes('charged')) && tier === 'standard' && (typeof orderValue === 'number' && orderValue >= 1800 && orderValue <= 2400))) matched.push(133);
  // r135
  if ((isVip === true && (subjectFolded.includes('coupon') || subjectFolded.includes('renewal')) && (priority === 'urgent' || priority === 'low'))) matched.push(134);
  // r136
  if ((tier === 'standard' && subject.includes('delivery'))) matched.push(135);
  // r137
  if ((tier === 'enterprise' && !((tags.includes('trial') || tags.includes('accessibility'))) && language === 'es')) matched.push(136);
  // r138
  if ((subjectFolded.includes('complaint') && channel === 'sms' && (typeof orderValue === 'number' && orderValue > 1000))) matched.push(137);
  // r139
  if ((tier === 'free' && channel === 'messenger')) matched.push(138);
  // r140
  if (((tier === 'premium' || subjectFolded.includes('cancel')) && reason === 'visitorAskedForHuman' && subjectFolded.includes('subscription'))) matched.push(139);
  // r141
  if ((subjectFolded.includes('lawyer') && (subjectFolded.includes('deletion') || subjectFolded.includes('delivery') || subjectFolded.includes('shipment')) && (typeof orderValue === 'number' && orderValue <= 100))) matched.push(140);
  // r142
  if (((typeof orderValue === 'number' && orderValue <= 250) && channel === 'form' && (typeof createdAt === 'number' && createdAt > 1756936800000) && (priority === 'low'))) matched.push(141);
  // r143
  if ((tier !== 'standard' && subjectFolded.includes('gdpr') && (tags.includes('performance') || tags.includes('returns')) && (typeof lifetimeValue === 'number' && lifetimeValue >= 30000))) matched.push(142);
  // r144
  if (((typeof orderValue === 'number' && orderValue >= 2600 && orderValue <= 4100) && (tags.includes('warranty') || tags.includes('gdpr') || tags.includes('reseller')) && channel === 'chat')) matched.push(143);
  // r145
  if ((language === 'ru' && ((typeof orderValue === 'number' && orderValue > 1200) || isVip === true) && subjectFolded.includes('quote'))) matched.push(144);
  // r146
  if ((subjectFolded.includes('crash') && (typeof orderValue === 'number' && orderValue <= 650))) matched.push(145);
  // r147
  if ((isVip === true && channel === 'form')) matched.push(146);
  // r148
  if (((typeof orderValue === 'number' && orderValue <= 800) && subjectFolded.includes('delivery'))) matched.push(147);
  // r149
  if ((channel === 'phone' && subjectFolded.includes('lawyer'))) matched.push(148);
  // r150
  if ((subjectFolded.includes('export') && (subjectFolded.includes('refund') || subjectFolded.includes('courier')) && (subject.includes('refund') || subjectFolded.includes('courier')))) matched.push(149);
  // r151
  if (((tags.includes('partner') || tags.includes('outage') || tags.includes('shipping')) && language === 'en' && subject.includes('receipt') && subjectFolded.includes('exchange'))) matched.push(150);
  // r152
  if ((tier === 'free' && (typeof orderValue === 'number' && orderValue >= 900 && orderValue <= 2100))) matched.push(151);
  // r153
  if ((tier === 'free' && (typeof orderValue === 'number' && orderValue <= 400))) matched.push(152);
  // r154
  if ((subjectFolded.includes('shipment') && subject.includes('courier'))) matched.push(153);
  // r155
  if ((channel === 'sms' && (subjectFolded.includes('courier') || subjectFolded.includes('outage')) && (typeof createdAt === 'number' && createdAt < 1762524000000))) matched.push(154);
  // r157
  if (((priority === 'urgent') && (tags.includes('feedback') || tags.includes('refund') || tags.includes('api')) && channel === 'whatsapp')) matched.push(156);
  // r158
  if ((channel === 'chat' && isVip === true && (tags.includes('mobile') || tags.includes('refund')))) matched.push(157);
  // r159
  if ((!(tags.includes('security') || tags.includes('trial') || tags.includes('migration')) && tier === 'free' && (subjectFolded.includes('broken') || subjectFolded.includes('fraud') || subjectFolded.includes('tracking')))) matched.push(158);
  // r160
  if (((priority === 'normal') && (tags.includes('billing') || tags.includes('lost') || tags.includes('invoice')) && ((typeof orderValue === 'number' && orderValue <= 1000) || subjectFolded.includes('charged')) && isVip === true)) matched.push(159);
  // r161
  if ((isVip === true && tier === 'premium')) matched.push(160);
  // r162
  if ((subjectFolded.includes('voucher') && (tags.includes('bug')) && subjectFolded.includes('fraud') && subjectFolded.includes('downgrade'))) matched.push(161);
  // r163
  if (((tags.includes('export') || tags.includes('invoice')) && (typeof orderValue === 'number' && orderValue <= 400))) matched.push(162);
  // r164
  if (((channel === 'whatsapp' || channel === 'email' || channel === 'chat') && (subjectFolded.includes('tracking') || subjectFolded.includes('subscription')) && subject.includes('tracking'))) matched.push(163);
  // r165
  if ((subject.includes('upgrade') && channel === 'whatsapp')) matched.push(164);
  // r166
  if (((subjectFolded.includes('broken') || subjectFolded.includes('exchange')) && isVip === true)) matched.push(165);
  // r167
  if (((subjectFolded.includes('courier') || subjectFolded.includes('missing')) && language === 'fi')) matched.push(166);
  // r168
  if ((subjectFolded.includes('timeout') && channel === 'chat')) matched.push(167);
  // r169
  if ((tier === 'free' && (typeof signedUpAt === 'number' && signedUpAt >= 1755255600000 && signedUpAt <= 1758711600000))) matched.push(168);
  // r170
  if (((subjectFolded.includes('cancel') || subjectFolded.includes('crash') || subjectFolded.includes('complaint')) && reason === 'agentCannotAnswer' && (tags.includes('enterprise')))) matched.push(169);
  // r171
  if (((typeof orderValue === 'number' && orderValue <= 850) && (tags.includes('desktop') || tags.includes('tax') || tags.includes('gdpr')) && channel === 'phone')) matched.push(170);
  // r172
  if ((language === 'ru' && (subjectFolded.includes('locked') || subjectFolded.includes('unsubscribe') || subjectFolded.includes('charged')) && channel === 'email' && (tags.includes('desktop') || tags.includes('import')))) matched.push(171);
  // r173
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1748041200000 && signedUpAt <= 1751756400000) && tier === 'premium' && (typeof orderValue === 'number' && orderValue <= 850) && channel === 'email')) matched.push(172);
  // r174
  if (((tags.includes('trial') || tags.includes('bug') || tags.includes('outage')) && (typeof signedUpAt === 'number' && signedUpAt >= 1739613600000 && signedUpAt <= 1740736800000))) matched.push(173);
  // r175
  if ((subject.includes('crash') && !subjectFolded.includes('subscription') && !(subjectFolded.includes('shipment')) && (typeof orderValue === 'number' && orderValue <= 550))) matched.push(174);
  // r176
  if ((channel === 'sms' && (subjectFolded.includes('upgrade') || subjectFolded.includes('charged')) && (priority === 'normal'))) matched.push(175);
  // r177
  if (((subjectFolded.includes('latency') || subjectFolded.includes('unsubscribe')) && channel === 'whatsapp')) matched.push(176);
  // r179
  if ((isVip === true && subject.includes('courier'))) matched.push(178);
  // r180
  if (((typeof orderValue === 'number' && orderValue <= 800) && reason === 'agentCannotAnswer' && (typeof signedUpAt === 'number' && signedUpAt >= 1737432000000 && signedUpAt <= 1744257600000) && tier === 'premium')) matched.push(179);
  // r181
  if (((channel === 'email' || channel === 'form') && (tags.includes('vip') || tags.includes('import')) && subjectFolded.includes('timeout'))) matched.push(180);
  // r182
  if (((priority === 'low') && tier === 'premium' && subjectFolded.includes('outage') && channel === 'whatsapp')) matched.push(181);
  // r183
  if ((tier === 'premium' && language === 'sv' && subjectFolded.includes('subscription') && subject.includes('fraud'))) matched.push(182);
  // r184
  if ((channel === 'phone' && (typeof signedUpAt === 'number' && signedUpAt >= 1736960400000 && signedUpAt <= 1738342800000))) matched.push(183);
  // r185
  if (((priority === 'low' || priority === 'high') && (typeof orderValue === 'number' && orderValue > 1400) && subject.includes('crash') && channel === 'form')) matched.push(184);
  // r186
  if (((tags.includes('api') || tags.includes('shipping')) && reason === 'agentPaused' && channel === 'phone')) matched.push(185);
  // r187
  if ((subject.includes('charged') && ((tags.includes('outage') || tags.includes('damaged')) || channel === 'form') && (subjectFolded.includes('timeout') || subjectFolded.includes('contract') || subjectFolded.includes('voucher')))) matched.push(186);
  // r188
  if ((reason === 'agentCannotAnswer' && channel === 'email')) matched.push(187);
  // r189
  if (((subjectFolded.includes('renewal') || subjectFolded.includes('damaged')) && channel === 'email' && ((priority === 'low' || priority === 'high') || (tags.includes('gdpr'))))) matched.push(188);
  // r190
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1751418000000 && signedUpAt <= 1754960400000) && (subject.includes('coupon') || channel === 'messenger') && reason === 'visitorAskedForHuman' && (subjectFolded.includes('deletion') || subjectFolded.includes('latency') || subjectFolded.includes('coupon')))) matched.push(189);
  // r191
  if ((tier === 'free' && language === 'es' && subjectFolded.includes('webhook'))) matched.push(190);
  // r192
  if (((typeof orderValue === 'number' && orderValue >= 3000 && orderValue <= 3900) && language === 'de' && isVip === true)) matched.push(191);
  // r193
  if ((subjectFolded.includes('shipment') && subjectFolded.includes('shipment') && channel === 'chat' && reason === 'agentCannotAnswer')) matched.push(192);
  // r194
  if ((tier === 'premium' && channel === 'messenger' && (typeof orderValue === 'number' && orderValue >= 1600 && orderValue <= 3100) && (reason === 'customTrigger' || subjectFolded.includes('receipt')))) matched.push(193);
  // r195
  if ((subjectFolded.includes('exchange') && channel === 'messenger')) matched.push(194);
  // r196
  if (((typeof orderValue === 'number' && orderValue >= 800 && orderValue <= 1500) && (subjectFolded.includes('timeout') || subjectFolded.includes('receipt') || subjectFolded.includes('complaint')))) matched.push(195);
  // r197
  if (((typeof signedUpAt === 'number' && signedUpAt >= 1755021600000 && signedUpAt <= 1762797600000) && (typeof orderValue === 'number' && orderValue <= 950))) matched.push(196);
  // r198
  if ((channel === 'form' && language === 'fr')) matched.push(197);
  // r199
  if ((channel === 'whatsapp' && subjectFolded.includes('delivery') && ((tags.includes('returns') || tags.includes('sso') || tags.includes('migration')) || tier === 'standard'))) matched.push(198);
  // r200
  if ((!(tags.includes('warranty') || tags.includes('reseller') || tags.includes('enterprise') || tags.includes('shipping') || tags.includes('migration') || tags.includes('returns')) && tier === 'premium' && subject.includes('warranty'))) matched.push(199);
  return matched;
}
