// Every UI string in English. nb.ts has the same keys (the compiler and a unit test check it).
export const en = {
  'language.label': 'Language',
  'language.nb': 'Norsk (bokmål)',
  'language.en': 'English',

  'hover.articles': '{count} articles',
  'group.statements': '{count} statements',
  'group.articles': '{count} articles',

  'confidence.heading': 'Confidence',
  'confidence.label': 'Minimum confidence of facts read from text',
  'confidence.minimum': 'Min.',
  'confidence.hint': 'Fainter lines: less sure. Facts below the minimum are hidden; reference data counts as 1.',
  'confidence.text': 'read from an article',
  'confidence.reference': 'reference data',

  'time.histogram': 'Articles per month',
  'time.bar': '{month}: {count} articles',
  'time.from': 'First month',
  'time.to': 'Last month',
  'time.fromShort': 'From',
  'time.toShort': 'To',
  'time.fromSlider': 'Earliest month',
  'time.toSlider': 'Latest month',
  'time.allDates': 'All dates',
  'time.allDatesLabel': 'Show all dates',
  'time.noDates': 'No dated articles yet.',
  'time.hint': 'Hides what only articles outside the range support; the panel follows.',
  'time.outside': '{count} outside the date range not shown.',
  'time.busy': 'Time range',
} as const;

export type MessageKey = keyof typeof en;
