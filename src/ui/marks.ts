/** User-timing mark the popup sets when its first results render; `npm run bench` reads it. */
export const FIRST_RESULTS_MARK = 'first-results';
