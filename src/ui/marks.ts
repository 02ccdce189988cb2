/**
 * User-timing mark the popup sets when its first reply renders with something to show (results, the entities found
 * while the articles are still searched, or an empty query's suggestions); `npm run bench` reads it.
 */
export const FIRST_RESULTS_MARK = 'first-results';
/** …and when the results are complete, articles included. */
export const COMPLETE_RESULTS_MARK = 'complete-results';
