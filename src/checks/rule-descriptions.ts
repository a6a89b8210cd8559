/** One line per rule, for reports that describe their rules (SARIF's rule list). */
export const ruleDescriptions: Record<string, string> = {
  'repeated-words': 'A word doubled by accident ("in in").',
  'repeated-phrase': 'A phrase repeated back to back ("to weaken, to weaken").',
  quotes: 'Unbalanced, misdirected, glued or dangling quotation marks.',
  brackets: 'Unmatched brackets.',
  'punctuation-spacing': 'A space before punctuation, or none after a comma.',
  'punctuation-debris': 'Stray punctuation left by translation or scraping (" , ", ".,").',
  boilerplate: 'Web page furniture in the article ("Leave a Comment").',
  fragment: 'A one- or two-word sentence that is not a heading ("Latvia.").',
  'phrases-error': 'A mistranslation with a known correction.',
  phrases: 'A calque or outdated name with a current alternative ("Cyclone diplomacy", "Kiev").',
  'phrases-info': 'A wording to consider ("Burma").',
  spelling: 'An ordinary word the English dictionary does not know.',
  'name-misspelled': "A real person's name spelled wrong (\"Andrzej Dudar\" for Andrzej Duda).",
  'name-style': 'A name in an accepted romanisation other than house style ("Zelensky").',
  'name-consistency': 'One person spelled two ways in one article.',
  'name-to-verify': 'A proper name in neither the gazetteer nor the dictionary.',
  readability: 'A sentence too long and hard to read.',
  'readability-summary': 'Readability scores of the whole article.'
}
