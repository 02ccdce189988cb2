/** User-timing mark the popup sets when its first reply renders (results, or an empty query's suggestions); `npm run bench` reads it. */
export const FIRST_RESULTS_MARK = 'first-results';
