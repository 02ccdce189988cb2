/**
 * Words around a name that say what it is: titles and roles before a person ("Democrat Jon Ossoff",
 * "Economy Undersecretary Yannos Papantoniou") and last words of organisations and places.
 */

/** Titles and roles before a name, plurals too ("Senators Susan Collins"); "Vice President" alone is nobody. */
const TITLE =
  /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|president|president-elect|vice|senator|sen|rep|representative|congressman|congresswoman|gov|governor|secretary|undersecretary|minister|prime|premier|chancellor|king|queen|prince|princess|emperor|empress|crown|sultan|emir|ayatollah|pope|judge|justice|chief|executive|gen|general|col|colonel|lt|lieutenant|sgt|sergeant|captain|capt|officer|speaker|leader|whip|staff|chairman|chairwoman|chair|director|managing|ceo|cfo|attorney|ambassador|mayor|sheikh|imam|rabbi|former|acting|deputy|spokesman|spokeswoman|spokesperson|adviser|advisor|candidate|nominee|commissioner|sheriff|professor|prof|democrat|republican|dem|vp|mp|potus|envoy|investor|financier|businessman|businesswoman|billionaire|tycoon|analyst|economist|activist)s?\.?$/i;
/** Titles that say only that a person is meant, not who they are: no description in them. */
const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady)s?\.?$/i;

/** "Vice-President", "Vice-Chairman": titles joined by a hyphen are one. */
export const isTitle = (word: string) => word.split('-').every((part) => TITLE.test(part));
export const isHonorific = (word: string) => HONORIFIC.test(word);

/**
 * Last words that make a name an organisation whatever else it looks like ("George Washington University", "Thomson
 * Reuters"), in the languages firms keep in English text too ("Banca Nazionale del Lavoro", "Kredi Bankasi").
 */
/** A firm's legal form: the last word of its name, never a name alone ("the Company said", "NV"). */
const LEGAL_FORM = 'inc|incorporated|corp|corporation|co|cos|company|companies|ltd|limited|llc|plc|ag|gmbh|kgaa|nv|bv|sa|spa|kk|oyj|pty';
const ORGANISATION_WORD = new RegExp(
  String.raw`^(?:university|college|school|academy|institute|times|post|dispatch|news|journal|tribune|herald|gazette|telegraph|press|reuters|media|network|broadcasting|television|radio|${LEGAL_FORM}|group|industrie|holdings|industries|international|partners|associates|enterprises|systems|technologies|airlines|airways|motors|mills|works|inns|stores|foods|pharma|service|services|shimbun|zeitung|admin|syndicate|oil|petroleum|energy|steel|chemicals?|electric|pharmaceuticals|laboratories|labs|bank|bancorp|fund|trust|securities|savings|capital|exchange|party|ministry|agency|department|office|bureau|commission|council|committee|board|authority|administration|senate|parliament|assembly|court|police|army|navy|force|forces|guard|brigade|brigades|front|movement|union|federation|association|society|foundation|organisation|organization|league|club|church|hospital|railroad|railway|bancorporation|bancshares|banca|banco|banque|bankasi|caisse|compagnie|compania|compañía|societe|société|sociedad|societa|società|istituto|instituto|institut|gesellschaft|automobiles)\.?$`,
  'i',
);
const LEGAL_FORM_WORD = new RegExp(String.raw`^(?:${LEGAL_FORM})\.?$`, 'i');
/** Last words that make a name a place ("Los Angeles International Airport", "Silicon Valley", "Gaza Strip"). */
const PLACE_WORD =
  /^(?:airport|base|street|avenue|road|square|bridge|river|lake|sea|ocean|gulf|bay|strait|canal|island|islands|peninsula|valley|mountain|mountains|hills|desert|coast|beach|county|province|prefecture|district|region|city|town|village|territory|territories|strip|room|indies|border)$/i;

/**
 * Last words of the names of things that are neither organisations nor places: events, laws, plans, reports, shows
 * ("Great Recession", "Fuel Use Act", "Baker Plan", "World Economic Outlook", "Jimmy Kimmel Live").
 */
const OTHER_WORD =
  /^(?:act|acts|law|laws|statute|bill|amendment|treaty|accord|accords|agreement|pact|convention|charter|protocol|doctrine|plan|initiative|program|programme|lottery|report|outlook|survey|index|census|recession|depression|war|wars|crisis|revolution|uprising|spring|games|olympics|cup|championship|championships|award|awards|prize|medal|summit|festival|gala|parade|marathon|industrials|day|week|era|age|live|tonight|massacre|attack|attacks|bombing|bombings|election|elections|referendum|scandal|affair|trial|rule|rules|scale|poll|polls|requirement|strategy|ban|declaration|constitution|notes|bonds)$/i;

/** Faiths and -isms are beliefs, not bodies: "Islam", "Radical Islam", "Trumpism" (a "Mechanism" is a body). */
const CREED = /^(?:islam|christianity|(?!mechanism$)\p{L}+ism)$/iu;

/** First words of storms' names, which are first names: "Hurricane Harvey", "Typhoon Haiyan". */
const STORM = /^(?:hurricane|typhoon|cyclone|storm|tropical)$/i;

/** Arabic name particles that begin only people's names: "Umm Ja'far", "Abu Bakr al-Baghdadi", "Ibn Saud". */
const KUNYA = /^(?:abu|umm|ibn|bint)$/i;

/** A name of several words, split; a single word is its own first and last word but never a suffix. */
const wordsOf = (name: string) => name.split(' ');
const lastWord = (name: string) => wordsOf(name).at(-1)!;
export const isOrganisationWord = (word: string) => ORGANISATION_WORD.test(word);
export const isLegalForm = (word: string) => LEGAL_FORM_WORD.test(word);
/** The last word, or its last part after a hyphen: "St. Louis Post-Dispatch". */
const lastPart = (name: string) => lastWord(name).split('-').at(-1)!;
export const endsAsOrganisation = (name: string) => wordsOf(name).length > 1 && isOrganisationWord(lastPart(name));
/** An organisation's word anywhere in a name: "Lloyds Bank Canada", "Fox News Sunday". */
export const holdsOrganisationWord = (name: string) => wordsOf(name).length > 1 && wordsOf(name).some(isOrganisationWord);
export const isPlaceWord = (word: string) => PLACE_WORD.test(word);
export const endsAsPlace = (name: string) => wordsOf(name).length > 1 && isPlaceWord(lastWord(name));
/** "Great Recession", "World War II", and "Age of Trump" by its head "Age": a head word is what the name is of. */
export const endsAsOther = (name: string, head: string) => (wordsOf(name).length > 1 || head !== name) && OTHER_WORD.test(lastWord(head.replace(NUMBERED, '')));
/** A number after a name's head word: "World War II", "Super Bowl 50". */
const NUMBERED = / (?:[IVX]+|\d+)$/;
export const endsAsCreed = (name: string) => CREED.test(lastWord(name));
export const beginsAsStorm = (name: string) => wordsOf(name).length > 1 && STORM.test(wordsOf(name)[0]!);
export const beginsAsPerson = (name: string) => wordsOf(name).length > 1 && KUNYA.test(wordsOf(name)[0]!);
