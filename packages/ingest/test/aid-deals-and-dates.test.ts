import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText } from '@stancelog/ingest';
import { brief, read } from './briefs.js';

/** Each statement as `holder kind polarity issue @ statedAt (date rule)`, for an article of `publishedAt`. */
const dated = (text: string, publishedAt = '2025-09-12') => {
  const r = ingestText(text, { publishedAt, publisher: 'Wire' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue} @ ${s.statedAt} (${r.right.explanations[i]!.rules.find((x) => x.startsWith('date.'))})`);
};

describe('going on with aid, or stopping it, is a stance on the aid', () => {
  it('reads continuing or keeping up aid as support for it', () => {
    expect(brief('Washington would continue military aid to Kyiv.')).toEqual(['united-states support + military-aid']);
    expect(brief('Washington will continue to provide military aid to Kyiv, the envoy said.')).toEqual(['united-states support + military-aid']);
    expect(brief('Germany will keep supplying air defence.')).toEqual(['germany support + military-aid']);
  });

  it('reads halting or suspending it as the giver undertaking to stop it, and as a threat when a condition lifts it', () => {
    const [halt] = read('The White House said it would halt intelligence sharing with Ukraine.');
    expect(halt!.brief).toBe('united-states commit - military-aid');
    expect(halt!.rules).toContain('cue:commit.halt');
    expect(brief('The US suspended weapons deliveries to Ukraine on Monday.')).toEqual(['united-states commit - military-aid']);
    // Ended by degrees, it is stopped all the same (a review of trade talks: "could phase out export credits").
    expect(brief('Washington will phase out military aid.')).toEqual(['united-states commit - military-aid']);
    expect(brief('Washington will wind down military aid.')).toEqual(['united-states commit - military-aid']);
    expect(brief('Washington could phase out military aid.')).toEqual(['united-states hedge 0 military-aid']);
    const [pressure] = read('Washington would halt military aid unless Kyiv agreed to a ceasefire.');
    expect(pressure!.brief).toBe('united-states threat - military-aid');
    expect(pressure!.conditions).toEqual([{ issue: 'ceasefire', polarity: '-' }]);
  });

  it('reads nothing from going on with what no issue names, or from an issue phrase that starts with the verb', () => {
    expect(brief('Russia continued shelling Kharkiv on Monday.')).toEqual([]);
    expect(brief('Russian missiles struck Kyiv overnight.')).toEqual([]);
    expect(brief('Russia will stop the fighting in the spring, a diplomat said.')).not.toContain('russia commit - ceasefire');
    expect(brief('Kyiv stopped demanding a ceasefire.')).toEqual(['ukraine retract + ceasefire']);
    expect(brief('Moscow will keep its demand for neutrality.')).toEqual(['russia demand + neutrality']);
  });
});

describe('"a precondition for any deal" sets a condition on the peace deal', () => {
  it('attaches the condition to the talks\' deal when the deal is "any" or an eventual one', () => {
    const [deal] = read('Moscow said a ceasefire was a precondition for any deal.');
    expect(deal!.brief).toBe('russia condition - peace-talks');
    expect(deal!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
    const [agreement] = read('For Kyiv, security guarantees are a precondition for any agreement, Zelensky said.');
    expect(agreement!.brief).toBe('ukraine condition - peace-talks');
    expect(agreement!.conditions).toEqual([{ issue: 'security-guarantees', polarity: '+' }]);
    expect(brief('Kyiv said security guarantees were a precondition for an eventual agreement.')).toEqual(['ukraine condition - peace-talks']);
  });

  it('leaves a deal on something else, and a deal refused for what it requires, as they were', () => {
    expect(brief('Kyiv said a ceasefire was a precondition for the grain deal.')).toEqual([]);
    expect(brief('Kyiv pushed for a deal on rare earths.')).not.toContain('ukraine demand + peace-talks');
    expect(brief('Kyiv will not accept any deal that requires it to cede Crimea.')).toEqual(['ukraine red-line - territorial-concessions']);
  });
});

describe('a sentence with no date of its own, telling what happened next, is dated as the one before it', () => {
  it('carries the date of the sentence before, within the paragraph', () => {
    expect(dated("On Monday, March 10, Kyiv's envoys met American officials in Riyadh. They said Ukraine would accept a 30-day truce.", '2025-03-14')).toEqual([
      'ukraine accept + ceasefire @ 2025-03-10 (date.previous-sentence:On Monday, March 10)',
    ]);
  });

  it('carries no date into another paragraph, into the present or the perfect, nor from a date to come', () => {
    expect(dated('On Monday, March 10, Kyiv\'s envoys met American officials in Riyadh.\nZelensky said Ukraine would accept a 30-day truce.', '2025-03-14')).toEqual([
      'ukraine accept + ceasefire @ 2025-03-14 (date.article)',
    ]);
    expect(dated("On Monday, March 10, Kyiv's envoys met American officials in Riyadh. Ukraine wants a 30-day truce.", '2025-03-14')).toEqual(['ukraine demand + ceasefire @ 2025-03-14 (date.article)']);
    expect(dated("On Monday, March 10, Kyiv's envoys met American officials in Riyadh. Ukraine has refused territorial concessions.", '2025-03-14')).toEqual([
      'ukraine reject - territorial-concessions @ 2025-03-14 (date.article)',
    ]);
    expect(dated('Zelensky is pushing for new talks next week. He said Kyiv would accept a truce.', '2025-03-14')).toEqual([
      'ukraine demand + peace-talks @ 2025-03-14 (date.article)',
      'ukraine accept + ceasefire @ 2025-03-14 (date.article)',
    ]);
  });
});

// "Russia rejected a ceasefire on Monday, and Ukraine now backs it" dated Ukraine's backing Monday too: the first date
// of the sentence dated all its statements (a leftover of stop 51).
describe('a clause joined by ", and", ", but" or ";" with a subject of its own', () => {
  it('is dated by its own words: a day it names, or the article\'s day for what holds now', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Russia rejected a ceasefire on Monday, and Ukraine now backs a ceasefire.')).toEqual(['russia reject - ceasefire @ 2025-09-08 (date.weekday-past:on Monday)', 'ukraine support + ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('Moscow dismissed a truce on Monday, but Kyiv backed a truce on Wednesday.')).toEqual(['russia reject - ceasefire @ 2025-09-08 (date.weekday-past:on Monday)', 'ukraine support + ceasefire @ 2025-09-10 (date.weekday-past:on Wednesday)']);
    expect(dated('Washington backed new sanctions on Tuesday; Brussels has rejected sanctions relief.')).toEqual(['united-states support + sanctions @ 2025-09-09 (date.weekday-past:on Tuesday)', 'european-union reject + sanctions @ 2025-09-12 (date.article)']);
  });

  it('takes the first clause\'s day when told in the simple past with no day of its own, as a next sentence would', () => {
    expect(dated('Russia rejected a ceasefire on Monday, and Ukraine backed a ceasefire.')).toEqual(['russia reject - ceasefire @ 2025-09-08 (date.weekday-past:on Monday)', 'ukraine support + ceasefire @ 2025-09-08 (date.weekday-past:on Monday)']);
  });

  it('leaves the first clause its own day, and none of the second\'s', () => {
    expect(dated('Russia rejects a ceasefire, but Ukraine backed a ceasefire on Monday.')).toEqual(['russia reject - ceasefire @ 2025-09-12 (date.article)', 'ukraine support + ceasefire @ 2025-09-08 (date.weekday-past:on Monday)']);
    // A second verb of the same subject is no clause of its own.
    expect(dated('Russia rejected a ceasefire on Monday and demanded territorial concessions.')).toEqual(['russia reject - ceasefire @ 2025-09-08 (date.weekday-past:on Monday)', 'russia demand + territorial-concessions @ 2025-09-08 (date.weekday-past:on Monday)']);
  });
});

describe('days and weeks counted back from the article\'s day', () => {
  it('reads "N days ago" as a day and "N weeks ago" or "last week" as an ISO week', () => {
    expect(dated('Moscow rejected a truce three days ago.')).toEqual(['russia reject - ceasefire @ 2025-09-09 (date.days-ago:three days ago)']);
    expect(dated('Two weeks ago, Moscow rejected a truce.')).toEqual(['russia reject - ceasefire @ 2025-W35 (date.weeks-ago:Two weeks ago)']);
    expect(dated('Moscow rejected a truce a week ago.')).toEqual(['russia reject - ceasefire @ 2025-W36 (date.weeks-ago:a week ago)']);
    expect(dated('Moscow rejected a truce last week.')).toEqual(['russia reject - ceasefire @ 2025-W36 (date.week:last week)']);
  });

  it('reads no date from an uncounted span, nor against an article dated only by its month', () => {
    expect(dated('Moscow rejected a truce a few days ago.')).toEqual(['russia reject - ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('Moscow rejected a truce three days ago.', '2025-09')).toEqual(['russia reject - ceasefire @ 2025-09 (date.article)']);
  });
});

describe('", which ..." on a thing describes the thing: it is no one\'s stance', () => {
  it('gives neither the speaker nor the quoted party what the plan requires', () => {
    expect(brief('Russia rejected the European plan, which requires a ceasefire first.')).toEqual(['russia reject - european-plan']);
    expect(brief('The EU unveiled its plan, which requires a ceasefire first, Kallas said.')).toEqual([]);
    expect(brief('"Moscow rejects the peace plan, which requires a ceasefire first," Peskov said.')).toEqual(['russia reject - peace-talks']);
    // In quoted words, a thing the lexicon does not know is no provisional issue (the speaker's words, not the lexicon's).
    expect(brief('"Moscow rejects the European plan, which requires a ceasefire first," Peskov said.')).toEqual([]);
  });

  it('keeps the stance of a clause on a party named just before it', () => {
    expect(brief('Peace talks with Kyiv, which wants a ceasefire, resumed.')).toEqual(['ukraine demand + ceasefire']);
  });
});

describe('the points of a bulleted list are sentences of their own', () => {
  const article = [
    'The talks resumed in Istanbul on Monday, officials said.',
    'Where the parties stand:',
    '- Ukraine: no recognition of occupied territory',
    '• Russia demands that Kyiv drop its NATO bid',
    '* Zelensky: security guarantees first',
  ].join('\n');

  it('reads a point that is a sentence, without its period, and a party\'s position after its name and a colon', () => {
    const found = read(article);
    expect(found.map((x) => x.brief)).toEqual(['ukraine reject - territorial-concessions', 'russia demand - nato-membership', 'ukraine support + security-guarantees']);
    expect(found[0]!.rules).toContain('speaker.list-label');
    const r = ingestText(article, { publishedAt: '2025-09-12' });
    expect(isRight(r) && r.right.statements.map((s) => s.source.quote)).toEqual([
      'Ukraine: no recognition of occupied territory',
      'Russia demands that Kyiv drop its NATO bid',
      'Zelensky: security guarantees first',
    ]);
  });

  it('leaves the points of a menu, and a label that names no party, unread', () => {
    const r = ingestText('Kyiv rejected a truce on Friday, officials said.\n- Home\n• World news\n- Talks: no date set', { publishedAt: '2025-09-12' });
    expect(isRight(r) && r.right.lines.map((l) => [l.rule, l.content])).toEqual([
      ['prose', true],
      ['headline-or-navigation', false],
      ['headline-or-navigation', false],
      ['list-item', true],
    ]);
    expect(isRight(r) && r.right.statements.map((s) => s.issue)).toEqual(['ceasefire']);
  });

  it('reads points that are no sentences, under a lead-in that ends in a colon, as objects of its verb (a review on a hostage deal)', () => {
    const listed = ['Kyiv demanded on Sunday:', '', '- the return of deported children', '- the release of detained civilians', '', 'Talks resume on Monday.'].join('\n');
    const r = ingestText(listed, { publishedAt: '2025-09-12' });
    if (!isRight(r)) throw new Error(r.left.message);
    expect(r.right.lines.map((l) => [l.rule, l.content])).toEqual([['listed-objects', true], ['prose', true]]);
    expect(r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue} ${s.statedAt}`)).toEqual([
      'ukraine demand + return-of-children 2025-09-07',
      'ukraine demand + civilian-release 2025-09-07',
    ]);
    // Quoted as the file has them, bullets and line breaks included: from the lead-in to the point.
    expect(r.right.statements.map((s) => s.source.quote)).toEqual([listed.slice(0, listed.indexOf('\n- the release')), listed.slice(0, listed.indexOf('\n\nTalks'))]);
    // A point at a time: one point's "an end to" or relative clause reaches no other (a review: the negation carried on
    // to the next point, and a relative clause ended the list).
    const apart = ingestText(['Kyiv demanded on Sunday:', '', '- an end to sanctions relief', '- the return of deported children, which Moscow denies holding', '- the release of detained civilians'].join('\n'), { publishedAt: '2025-09-12' });
    expect(isRight(apart) && apart.right.statements.map((s) => `${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['demand + sanctions', 'demand + return-of-children', 'demand + civilian-release']);
    // The lead-in's own words are stated once, not once a point (a re-score found one four times).
    const once = ingestText(['Kyiv, which rejected sanctions relief, demanded on Sunday:', '', '- the return of deported children', '- the release of detained civilians'].join('\n'), { publishedAt: '2025-09-12' });
    expect(isRight(once) && once.right.statements.map((s) => `${s.kind} ${s.polarity} ${s.issue}`)).toEqual(['reject + sanctions', 'demand + return-of-children', 'demand + civilian-release']);
    // Without the lead-in, such points are a menu's, as before.
    const bare = ingestText(['Kyiv rejected a truce on Friday.', '- the return of deported children'].join('\n'), { publishedAt: '2025-09-12' });
    expect(isRight(bare) && bare.right.lines.map((l) => l.rule)).toEqual(['prose', 'headline-or-navigation']);
  });

  it('under a lead-in that names terms and no verb, gives each point as a term its source agreed to (reviews of bailout and medicine-price talks)', () => {
    const read = (lines: string[]) => {
      const r = ingestText(lines.join('\n'), { publishedAt: '2025-09-12' });
      return isRight(r) ? r.right.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`) : r.left.message;
    };
    const points = ['- the return of deported children', '- the release of detained civilians'];
    expect(read(['The main terms, as set out by Kyiv:', '', ...points])).toEqual(['ukraine agree + return-of-children', 'ukraine agree + civilian-release']);
    expect(read(['The key provisions, according to a summary released by the Kremlin on Sunday:', '', ...points])).toEqual(['russia agree + return-of-children', 'russia agree + civilian-release']);
    // With no source named, no one's; a lead-in with a verb of its own, or terms in a sentence, are read as before.
    expect(read(['The main terms:', '', ...points])).toEqual([]);
    expect(read(['Kyiv rejected the terms on Friday.'])).toEqual([]);
  });
});

describe('a date followed by an aside between dashes', () => {
  it('is the day named, not the day before (chrono reads "- the day" as a day subtracted)', () => {
    expect(dated('On June 3, 2025 - the day talks opened - Russia rejected a ceasefire.', '2025-06-06')).toEqual(['russia reject - ceasefire @ 2025-06-03 (date.day:June 3, 2025)']);
    expect(dated('On June 3, 2025 — the day talks opened — Russia rejected a ceasefire.', '2025-06-06')).toEqual(['russia reject - ceasefire @ 2025-06-03 (date.day:June 3, 2025)']);
  });
});

describe('a day named in a relative clause set off by commas (a review of articles on a climate summit)', () => {
  it('dates what the clause tells, not the saying around it', () => {
    // 2025-09-12 is a Friday: "on Wednesday" in the clause was taken for the day Merz spoke.
    expect(dated('Merz, who arrived in Kyiv on Wednesday, said Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('Merz said on Wednesday that Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-10 (date.weekday-past:on Wednesday)']);
  });
});

describe('a date of a stance left behind (a review of a nurses\' dispute)', () => {
  it('dates the old stance, not the saying: "in a shift from its position last week, X said" is said on the article\'s day', () => {
    // 2025-09-12 is a Friday.
    expect(dated('In a shift from its position last week, Merz said Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('In a break from its stance on Monday, Merz demanded a ceasefire.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('In a shift from its position, Merz said on Wednesday that Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-10 (date.weekday-past:on Wednesday)']);
  });
});

describe('a date something is due or set for (a review of articles on coalition talks)', () => {
  it('dates nothing said: "before the deadline in December" in an article of October is no December past', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Merz demanded a ceasefire before the deadline in December.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('Merz demanded a ceasefire ahead of talks scheduled for Monday.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
  });
});

describe('a time of day (a newsroom\'s tram strike: "threatened a strike over the night shift cuts on Monday")', () => {
  it('names no month: the sentence is dated by the day it names, or by the article', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Russia rejected a ceasefire at a late-night meeting on Tuesday.')).toEqual(['russia reject - ceasefire @ 2025-09-09 (date.weekday-past:on Tuesday)']);
    expect(dated('Ukraine demanded a ceasefire at a morning session this week.')).toEqual(['ukraine demand + ceasefire @ 2025-W37 (date.week:this week)']);
    expect(dated('Russia rejected the night curfew deal in August.')).toEqual(['russia reject - night-curfew-deal @ 2025-08 (date.month:August)']);
    expect(dated('Merz demanded a ceasefire at an evening press conference.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.article)']);
  });
});

describe('"now" in a sentence that names the day it was said', () => {
  it('is the time of the saying: the sentence is dated by the day named, wherever it stands', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Ukraine now demands a ceasefire, Zelensky said on Tuesday.')).toEqual(['ukraine demand + ceasefire @ 2025-09-09 (date.weekday-past:on Tuesday)']);
    expect(dated('Zelensky said on Tuesday that Ukraine now demands a ceasefire.')).toEqual(['ukraine demand + ceasefire @ 2025-09-09 (date.weekday-past:on Tuesday)']);
    expect(dated('Ukraine now demands a ceasefire.')).toEqual(['ukraine demand + ceasefire @ 2025-09-12 (date.article)']);
  });
});

describe('"last night" (stop 58: it left the statement dated by the article\'s day)', () => {
  it('is the day before the day of publication, wherever it stands', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Russia rejected a ceasefire last night.')).toEqual(['russia reject - ceasefire @ 2025-09-11 (date.last-night:last night)']);
    expect(dated('Zelensky said late last night that Ukraine demands a ceasefire.')).toEqual(['ukraine demand + ceasefire @ 2025-09-11 (date.last-night:last night)']);
  });

  it('is no night counted from the day after a determiner, nor a day in an article dated by its week', () => {
    expect(dated('Russia rejected a ceasefire on the last night of the talks.')).toEqual(['russia reject - ceasefire @ 2025-09-12 (date.article)']);
    expect(dated('Russia rejected a ceasefire last night.', '2025-W37')).toEqual(['russia reject - ceasefire @ 2025-W37 (date.article)']);
  });
});

describe('a time told as to come, in a sentence that names the day it was said', () => {
  it('is when the act would be, not the saying: the day of the saying dates the statement', () => {
    // 2025-09-12 is a Friday: "this month" dated the refusal by September, said on Thursday.
    expect(dated('Russia will not accept a ceasefire this month, a spokesperson said on Thursday morning.')).toEqual(['russia red-line - ceasefire @ 2025-09-11 (date.weekday-past:on Thursday morning)']);
    expect(dated('Ukraine will accept a ceasefire this week, Zelensky said on Tuesday.')).toEqual(['ukraine accept + ceasefire @ 2025-09-09 (date.weekday-past:on Tuesday)']);
  });

  it('still dates the statement when no day of the saying is named', () => {
    expect(dated('Russia will not accept a ceasefire this month.')).toEqual(['russia red-line - ceasefire @ 2025-09 (date.month:this month)']);
    expect(dated('Russia will not accept a ceasefire this month, Peskov said.')).toEqual(['russia red-line - ceasefire @ 2025-09 (date.month:this month)']);
  });
});

describe('"last" and the weekday of the article (a review of articles on a hostage deal)', () => {
  it('is the week before: "last Friday" in an article of a Friday was that day', () => {
    // 2025-09-12 is a Friday.
    expect(dated('Merz said last Friday that Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-05 (date.weekday-past:last Friday)']);
    expect(dated('Merz said on Friday that Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-12 (date.weekday-past:on Friday)']);
    expect(dated('Merz said last Wednesday that Russia must agree to a truce.')).toEqual(['germany demand + ceasefire @ 2025-09-10 (date.weekday-past:last Wednesday)']);
  });
});

describe('a thing announced to come about, with no cue (a review of a port strike: "the cranes will enter service in the first quarter")', () => {
  it('is the announcer\'s undertaking: the one who says it, or whose quote it is', () => {
    expect(brief('Moscow said the ceasefire would take effect at midnight.')).toEqual(['russia commit + ceasefire']);
    expect(brief('Moscow said peace talks will begin in Istanbul on Monday.')).toEqual(['russia commit + peace-talks']);
    expect(brief('"The ceasefire will take effect at midnight," Peskov said.')).toEqual(['russia commit + ceasefire']);
    expect(brief('Kyiv said the peace talks would not go ahead.')).toEqual(['ukraine commit - peace-talks']);
  });

  it('is a threat or an offer on a condition, as a commitment is ("the strike would go ahead unless ...")', () => {
    expect(brief('Kyiv said the prisoner exchange would go ahead unless Moscow shelled cities again.')).toEqual(['ukraine threat + prisoner-exchange']);
  });

  it('is no one\'s when no party announces it, or when the verb does not make it come about', () => {
    expect(brief('Analysts said the ceasefire would take effect at midnight.')).toEqual([]);
    expect(brief('Moscow said the ceasefire would take time.')).toEqual([]);
  });

  // "said the code would be sent to parliament", "the challenge would be lodged in June unless X" read nothing (the
  // negotiations' misses, stop 56): only "held", "signed", "launched" and a few more were read so.
  it('is so told in the passive by the participle of a verb that does it: imposed, published, sent, lodged, delivered...', () => {
    expect(brief('Washington said new sanctions would be imposed on Friday.')).toEqual(['united-states commit + sanctions']);
    expect(brief('Berlin said military aid would be delivered next month.')).toEqual(['germany commit + military-aid']);
    expect(brief('Washington said new sanctions would be imposed if Moscow refused a ceasefire.')).toEqual(['united-states threat + sanctions']);
    expect(brief('Washington said new sanctions would not be imposed.')).toEqual(['united-states commit - sanctions']);
  });

  it('is none of the announcer\'s when it is done to the announcer', () => {
    expect(brief('Peskov said new sanctions would be imposed on Russia soon.')).toEqual([]);
    expect(brief('Washington said new sanctions would be imposed on Russia soon.')).toEqual(['united-states commit + sanctions']);
  });
});

describe('a document that acts, named by its kind (a review of wage talks: "disappointed that the draft rejected its proposal")', () => {
  it('is no one\'s doing when no plan was presented before it, not the earlier subject\'s', () => {
    expect(brief('Kyiv said it was disappointed that the draft rejected a ceasefire.')).toEqual([]);
  });

  it('is the owners\' of the plan presented before it', () => {
    expect(brief('Moscow presented a peace plan on Monday. Kyiv said it was disappointed that the draft rejected a ceasefire.')).toContain('russia reject - ceasefire');
  });

  it('leaves a judgement of the document to its speaker', () => {
    expect(brief('Kyiv said the peace plan was worth exploring.')).toEqual(['ukraine hedge 0 peace-talks']);
  });
});

describe('a provisional issue whose words hold one the lexicon names', () => {
  it('is none: "welcomed the study of a ceasefire" welcomes no "study-ceasefire"', () => {
    expect(brief('Kyiv welcomed the study of a ceasefire.')).toEqual([]);
  });
});

describe('a deal named by its kind alone ("signed the agreement", "welcomed the accord")', () => {
  it('is no provisional issue; a deal named by what it is about still is one', () => {
    expect(brief('Kyiv welcomed the accord.')).toEqual([]);
    expect(brief('Kyiv signed the agreement on Friday.')).toEqual([]);
    expect(brief('Kyiv signed the railway deal on Friday.')).toEqual(['ukraine commit + railway-deal']);
  });
});

describe('a stance or change named by what it is to another ("wants the opposite", "approved the change")', () => {
  it('is no provisional issue', () => {
    expect(brief('Kyiv wants the opposite.')).toEqual([]);
    expect(brief('Kyiv approved the change on Friday.')).toEqual([]);
  });
});

describe('a stance or counsel named by its kind (a review of airport talks: "would recommend refusal", "accepted the advice")', () => {
  it('is no provisional issue', () => {
    expect(brief('Kyiv said it would recommend refusal.')).toEqual([]);
    expect(brief('Kyiv accepted almost all of the advice of the European Union.')).toEqual([]);
  });
});

describe('a step of procedure, a report, or a body asked to act, named as an object (reviews of forty negotiations)', () => {
  it('is no provisional issue', () => {
    expect(brief('Kyiv said the committee would hold hearings in March.')).toEqual([]);
    expect(brief('Kyiv disputed that account.')).toEqual([]);
    expect(brief('Kyiv rejected it within hours.')).toEqual([]);
    expect(brief('Kyiv said it was open to discussion on the details.')).toEqual([]);
    expect(brief('Kyiv asked the court to freeze Russian assets.')).toEqual([]);
    expect(brief('Kyiv said it would ask parliament to revisit it.')).toEqual([]);
  });
});

describe('the law negotiated over, named by its kind (a review of platform-work talks: "would comply with the law")', () => {
  it('is no provisional issue, where a bill named by its matter is', () => {
    expect(brief('Kyiv said it would oppose the bill.')).toEqual([]);
    expect(brief('Kyiv said it would oppose the pension bill.')).toEqual(['ukraine reject - pension-bill']);
  });
});
