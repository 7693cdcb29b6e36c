/**
 * The default issue lexicon (the issues of the 2025 Ukraine talks). It is
 * plain JSON data kept in a module so that it ships in both the ESM and CJS
 * builds. A lexicon of your own is a JSON file of the same shape, read with
 * `loadLexicon` (examples/ingest-labour/lexicon.json is one).
 *
 * @since 0.1.0
 */
import type { Lexicon } from './lexicon.js';

// Verbs by which a negotiation's matters are decided, in the phrases of who-decides.
const DECIDING = 'decide|determine|negotiate|discuss|settle|resolve|choose';
// What may stand between a party and its seat: "Ukraine needs to be included", "Kyiv must have a seat at the table"
// (not any verb: in "Kyiv demanded a seat at the table for Washington" the seat is not Kyiv's).
const SEATED = 'must|should|will|would|can|could|needs|need|wants|want|expects|expect|deserves|deserve|has|have|is|are|was|were|gets|get';
// The leaders whose meeting is a leaders' meeting.
const LEADERS = 'putin|zelensky|zelenskyy|zelenskiy|trump';
// The occupied places of the war, read as territory in the frames that give territory up
// ("cede Crimea", "withdraw from the Donetsk and Luhansk regions", "all of Donetsk"): never alone,
// so that "fighting in Donetsk" or "a visit to Kherson" names no concession.
const PLACES = 'donbas|donbass|donetsk|luhansk|lugansk|crimea|zaporizhzhia|zaporizhia|zaporozhzhia|zaporozhye|kherson';
// What is given up: territory in general words, and the places above.
const TERRITORY = `territory|territories|land|lands|region|regions|${PLACES}`;
// Verbs of giving arms, and what is given: "keep supplying air defence", "stop sending weapons"
// (never the weapons alone: "Russian missiles struck Kyiv" names no aid).
const GIVING = 'supply|deliver|provide|send|ship|supplying|delivering|providing|sending|shipping';
const ARMS = 'weapons|arms|ammunition|munitions|missiles|artillery|shells|tanks|jets|patriots|air-defence|air-defense';

/**
 * The default lexicon.
 *
 * @example
 * import { DEFAULT_LEXICON, Lexicon } from '@stancelog/ingest'
 * assert.ok(Lexicon.is(DEFAULT_LEXICON))
 * @category data
 * @since 0.1.0
 */
export const DEFAULT_LEXICON: Lexicon = {
  name: 'ukraine-2025',
  issues: [
    {
      id: 'ceasefire', title: 'Ceasefire', proposition: 'an immediate (unconditional) ceasefire',
      phrases: ['ceasefire', 'cease-fire', 'truce', 'cessation of hostilities', 'cessation of killings', 'cessation of the fighting',
        'end to the fighting', 'end the fighting', 'end to hostilities', 'halt|halting * military operations', 'halt|halting hostilities', 'halting of hostilities',
        'cease hostilities', 'stop the killing', 'stop the fighting', 'silence the guns', 'armistice',
        { phrase: 'continue fighting', polarity: '-' }, { phrase: 'continue the war', polarity: '-' }, { phrase: 'keep fighting', polarity: '-' }],
    },
    {
      id: 'peace-talks', title: 'Peace talks', proposition: 'negotiations or meetings toward a peace settlement',
      phrases: ['peace talks', 'peace agreement', 'peace deal', 'peace settlement', 'peace process', 'peace plan', 'peace negotiations', 'negotiations', 'negotiation',
        'talks', 'discussions on peace', 'talks on peace', 'settlement process', 'peaceful track', 'quick deal', 'deal with', 'initiative', 'diplomatic activity',
        'diplomatic efforts', 'meeting with * side', 'meeting with russia|ukraine|moscow|kyiv', 'dialogue', 'ceasefire talks',
        // "a precondition for any deal", "the basis for an eventual agreement": what a deal of these talks
        // needs is a deal on peace. A bare "deal" is not ("the minerals deal", "a deal on grain"), nor
        // "any deal that requires X", which is refused for what it requires.
        'for any deal|agreement|settlement|accord', 'for a|an|any eventual|final|future|lasting|comprehensive deal|agreement|settlement|accord'],
    },
    {
      id: 'security-guarantees', title: 'Security guarantees', proposition: 'firm security guarantees for Ukraine',
      phrases: ['security guarantees', 'security guarantee', 'security assurances', 'security assurance', 'peacekeeping', 'peacekeepers', 'reassurance force', 'long-term security', 'deter * aggression',
        // "such guarantees": in talks on Ukraine's security, the guarantees named before.
        'such|these|those|western guarantees|guarantee'],
    },
    {
      id: 'territorial-concessions', title: 'Territorial concessions', proposition: 'Ukraine cedes, withdraws from, or legally recognises the loss of occupied or annexed territory', parent: 'peace-talks',
      phrases: ['territorial concessions', 'territorial concession', 'territorial withdrawal', 'territorial demands', 'territorial matters', 'territorial issues', 'territorial questions',
        `cede|cedes|ceded|ceding|surrender|surrendering * ${TERRITORY}`, `hand|handing over * ${TERRITORY}`, `give up * ${TERRITORY}`, `withdrawal from * ${TERRITORY}`, `withdraw from * ${TERRITORY}`, `pull out of * ${TERRITORY}`,
        // "demands that Ukraine withdraw its forces from the Donetsk region": who is withdrawn may stand between the verb
        // and "from". Only with Ukraine named: the same words of Russia's forces are the opposite (below), and with no one
        // named they are read as no stance rather than the wrong one.
        `ukraine|kyiv withdraw|withdraws|withdrew|withdrawing its|their|our|all * troops|forces|soldiers|army from * ${TERRITORY}`,
        `ukraine|kyiv must|should|will|would|to withdraw its|their|all * troops|forces|soldiers|army from * ${TERRITORY}`,
        `ukrainian troops|forces|soldiers * withdraw|withdrawal from * ${TERRITORY}`,
        // "the east" only right after the verb ("cede the east", "withdraw from the east"), never "the east of the city".
        'cede|cedes|ceded|ceding|surrender|surrendering the east', 'hand|handing over the east', 'give up the east', 'withdraw|withdrawal from the east', `all of * ${PLACES}`, `handover of * ${PLACES}`,
        // Russia withdrawing is the opposite: "Kyiv demands that Russia withdraw from Crimea" asks for no concession.
        { phrase: `russia|moscow withdraw|withdraws|withdrew|withdrawing from * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia|moscow withdraw|withdraws|withdrew|withdrawing its|their|our|all * troops|forces|soldiers|army from * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia|moscow must|should|will|would|to withdraw its|their|all * troops|forces|soldiers|army from * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia|moscow has|have to withdraw its|their|all * troops|forces|soldiers|army from * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia|moscow pull|pulls|pulled|pulling out of * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia's|russian * withdrawal from * ${TERRITORY}`, polarity: '-' }, { phrase: `russian troops|forces|army|soldiers * withdraw|withdrawal from * ${TERRITORY}`, polarity: '-' },
        { phrase: `russia|moscow must|should|will|would|to withdraw from * ${TERRITORY}`, polarity: '-' },
        { phrase: `withdrawal of russian * from * ${TERRITORY}`, polarity: '-' },
        'legal acknowledgment|acknowledgement|recognition of * occupation|occupations|annexation', 'recognise|recognize|recognition * annexation', 'recognise|recognize * occupation|occupations',
        // "no recognition of occupied territory", "recognise the annexed regions".
        `recognise|recognize|recognition|recognising|recognizing * occupied|annexed ${TERRITORY}`,
        'changes in territory', 'land swap', 'exchange of territory', 'exchanges of territory', 'territorial exchange'],
    },
    {
      id: 'nato-membership', title: 'NATO membership', proposition: "Ukraine's path to NATO membership",
      phrases: ['nato membership', 'nato aspirations', 'nato aspiration', 'join nato', 'membership in nato', 'membership of nato', 'member of nato', 'nato member', 'nato accession', 'accession to nato', 'entry into nato', 'nato bid', 'nato path'],
    },
    {
      id: 'neutrality', title: 'Neutrality', proposition: 'Ukraine adopts neutrality',
      phrases: ['neutrality', 'neutral status', 'non-aligned status'],
    },
    {
      id: 'armed-forces-limits', title: 'Armed forces limits', proposition: "limits on Ukraine's armed forces",
      phrases: ['limitations|limits|caps|cap|restrictions on * armed forces|army|military', 'demilitarisation', 'demilitarization', 'reduce * army', 'size of * army'],
    },
    {
      id: 'prisoner-exchange', title: 'Prisoner exchange', proposition: 'an exchange of prisoners of war',
      phrases: ['prisoner exchange', 'prisoner exchanges', 'prisoner swap', 'prisoner swaps', 'exchange of prisoners', 'swap of prisoners', 'exchange of pows', 'pow exchange', 'all-for-all exchange'],
    },
    {
      id: 'return-of-children', title: 'Return of children', proposition: 'return of Ukrainian children taken by Russia',
      phrases: ['return of * children', 'return the children', 'return * deported children', 'children * taken by russia'],
    },
    {
      id: 'civilian-release', title: 'Release of civilians', proposition: 'release of detained civilians',
      phrases: ['release of * civilians', 'release * detained civilians', 'detained civilians'],
    },
    {
      id: 'sanctions', title: 'Sanctions', proposition: 'more or tougher sanctions on Russia',
      phrases: ['sanctions', 'sanction', 'economic pressure', 'tariffs on russia',
        // Relief is fewer sanctions: "sanctions relief was a precondition for any peace deal".
        { phrase: 'sanctions|sanction relief', polarity: '-' }, { phrase: 'relief from * sanctions', polarity: '-' }],
    },
    {
      id: 'military-aid', title: 'Military aid', proposition: 'military aid (weapons, air defence) and intelligence sharing for Ukraine, from the US or its allies',
      phrases: ['military aid', 'military assistance', 'weapons deliveries', 'arms deliveries', 'intelligence sharing', 'intelligence-sharing', 'weapons supplies',
        `${GIVING} * ${ARMS}`, `${GIVING} * air defence|defense|defences|defenses`],
    },
    // Who sits at the table, for the two parties the talks turn on: listed
    // before talks-format, since of two phrases over the same words the
    // issue listed first is read ("include US officials in the talks").
    {
      id: 'us-at-the-table', title: 'US at the table', proposition: 'US representatives take part in the talks', parent: 'talks-format',
      phrases: [`u.s.|us|american|washington ${SEATED} * included|involved in * meetings|talks|negotiations`, `u.s.|us|american|washington ${SEATED} * seat at the table`,
        'include|included|involve|involved|have u.s.|us|american|washington * in the room', 'include|included|involve|involved|have u.s.|us|american|washington * at the table',
        'include|included|involve|involved|have u.s.|us|american|washington * in * meetings|talks|negotiations'],
    },
    {
      id: 'ukraine-at-the-table', title: 'Ukraine at the table', proposition: 'Ukraine takes part in the talks that concern it', parent: 'talks-format',
      phrases: [`ukraine|kyiv|ukrainian ${SEATED} * included|involved in * meetings|talks|negotiations`, `ukraine|kyiv|ukrainian ${SEATED} * seat at the table`,
        'include|included|involve|involved|have ukraine|kyiv|ukrainian * in the room', 'include|included|involve|involved|have ukraine|kyiv|ukrainian * at the table',
        'include|included|involve|involved|have ukraine|kyiv|ukrainian * in * meetings|talks|negotiations'],
    },
    {
      id: 'talks-format', title: 'Talks format', proposition: "who sits at the table and at what level: a party takes part in the talks (the US's and Ukraine's seats, a leaders' meeting and who decides are its sub-issues)",
      phrases: ['in the room', 'at the table', 'included|include|involved * in * meetings|talks|negotiations'],
    },
    // The format's other questions are sub-issues of their own too, so that
    // a refusal to seat a party clashes with a demand to seat it, not with a
    // wish for a leaders' summit or for Kyiv to decide its own matters.
    {
      id: 'leaders-meeting', title: "Leaders' meeting", proposition: "the leaders meet in person: a summit, a leaders' or a trilateral meeting", parent: 'talks-format',
      phrases: ['leadership level', 'leaders level', "leaders' meeting", 'trilateral meeting', 'trilateral talks', 'three-way meeting', 'summit between', 'direct meeting', 'face-to-face meeting', 'heads of state',
        // "ready to meet Putin face to face", "willing to meet Zelensky": a leader met by name.
        `meet|meeting ${LEADERS}`, `meet|meeting with ${LEADERS}`, 'meet face to face|in person'],
    },
    {
      id: 'who-decides', title: 'Who decides', proposition: 'a matter of the talks is decided only by the party named (what concerns Ukraine, by Kyiv)', parent: 'talks-format',
      // "settled only by Kyiv", "up to Kyiv to decide", "a matter for Kyiv alone to decide", "nothing about Ukraine without Ukraine".
      phrases: ['exclusively by', `${DECIDING} only|exclusively|solely by`, `${DECIDING} by * alone|only`, `up to * to ${DECIDING}`, `up to * alone|only to ${DECIDING}`,
        `be|matter|question for * to ${DECIDING}`, `be|matter|question for * alone|only to ${DECIDING}`, 'nothing about * without'],
    },
  ],
};
