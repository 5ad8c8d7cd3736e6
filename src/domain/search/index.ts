// Search as you type: build an index once, then query it per keystroke.
export { buildSearchIndex, transferables, type SearchIndex, type BuildOptions } from './buildSearchIndex';
export { search, matchQuery, maxEdits, clearQueryCache, type SearchHit, type QueryMatches } from './search';
export { fieldNames, FIELD, type SearchField } from './fields';
export { tokenise, queryTerms, foldText, stem } from './tokenise';
export { makeCategoryMatcher, type CategoryText } from './categoryMatch';
export { postcodeInQuery, type PostcodeInQuery } from './postcodeQuery';
