export type { EnrichableStory } from './enrich.ts';
export { defaultEnrichers, enrichStory } from './enrich.ts';
export { keywordsEnricher, wordCountEnricher } from './keywords.ts';
export { languageEnricher } from './language.ts';
export { entitiesEnricher, findNames, loadGazetteer, placesEnricher } from './names.ts';
export { classifySubjects, MEDIA_TOPIC_URI, subjectsEnricher } from './subjects.ts';
export type { Enricher, EnricherResult, EnrichInput, EnrichOutput } from './types.ts';
