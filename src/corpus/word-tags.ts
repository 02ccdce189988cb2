import nlp from 'compromise';

/** What compromise's lexicon and tagger say one word is, read in lower case. */
export interface WordTags {
  dateWord: boolean;
  common: boolean;
  noun: boolean;
  firstName: boolean;
  demonym: boolean;
  /** A number word: "One", "Nine". */
  number: boolean;
  /** Read as an adjective: "Eastern", "National". */
  adjective: boolean;
  /** A verb's "-ing" form: "Trading", and by its suffix alone "Xiaoping". */
  gerund: boolean;
  /** A word for what a person does: "economist", "lawyer", "chairman". */
  actor: boolean;
  /** A title or degree written beside a name: "PhD", "Jr", "Esq". */
  honorific: boolean;
}

const wordTags = new Map<string, WordTags>();

/** How compromise's lexicon reads a word in lower case, cached: most words recur across a corpus. */
export function tagsOfWord(word: string): WordTags {
  let tags = wordTags.get(word);
  if (!tags) {
    const doc = nlp(word.toLowerCase());
    tags = {
      dateWord: doc.has('(#Month|#WeekDay|#Date)'),
      common: doc.has('(#Adjective|#Demonym|#Verb|#Pronoun|#Determiner|#Preposition|#Conjunction|#Adverb|#Expression|#QuestionWord|#Modal|#Copula)'),
      noun: doc.has('#Noun') && !doc.has('(#Verb|#Pronoun|#Determiner|#Preposition|#Conjunction|#Adverb|#Adjective)'),
      firstName: doc.has('#FirstName'),
      demonym: doc.has('#Demonym'),
      number: doc.has('#Value'),
      adjective: doc.has('#Adjective'),
      gerund: doc.has('#Gerund'),
      actor: doc.has('#Actor'),
      honorific: doc.has('#Honorific'),
    };
    wordTags.set(word, tags);
  }
  return tags;
}
