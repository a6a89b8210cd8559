/** Verbs that report speech ("…, officials said", "Metz added"): what follows or precedes them is someone's words. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'stated', 'noted', 'warned', 'insisted', 'argued', 'replied'])
