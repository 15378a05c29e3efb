// Alle tekster i grensesnittet på bokmål, med de samme nøklene som en.ts.
import type { MessageKey } from './en.ts';

export const nb: Record<MessageKey, string> = {
  'language.label': 'Språk',
  'language.nb': 'Norsk (bokmål)',
  'language.en': 'English',

  'hover.articles': '{count} artikler',
  'group.statements': '{count} uttalelser',
  'group.articles': '{count} artikler',

  'confidence.heading': 'Sikkerhet',
  'confidence.label': 'Minste sikkerhet for fakta lest fra tekst',
  'confidence.minimum': 'Min.',
  'confidence.hint': 'Svakere linjer: mindre sikkert. Fakta under minstegrensen skjules; referansedata teller som 1.',
  'confidence.text': 'lest fra en artikkel',
  'confidence.reference': 'referansedata',

  'time.histogram': 'Artikler per måned',
  'time.bar': '{month}: {count} artikler',
  'time.from': 'Første måned',
  'time.to': 'Siste måned',
  'time.fromShort': 'Fra',
  'time.toShort': 'Til',
  'time.fromSlider': 'Tidligste måned',
  'time.toSlider': 'Seneste måned',
  'time.allDates': 'Alle datoer',
  'time.allDatesLabel': 'Vis alle datoer',
  'time.noDates': 'Ingen daterte artikler ennå.',
  'time.hint': 'Skjuler det bare artikler utenfor perioden støtter; panelet følger med.',
  'time.outside': '{count} utenfor perioden vises ikke.',
  'time.busy': 'Tidsperiode',
};
