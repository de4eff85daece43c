/** Spanish strings of the "translations" namespace. */
import type { translations as english } from '../en/translations.ts';
import type { Strings } from '../strings.ts';

export const translations = {
  languages: { en: 'inglés', es: 'español' },
  panel: {
    title: 'Traducción',
    show: 'Mostrar traducción',
    hide: 'Ocultar traducción',
    language: 'Traducción al',
    pickClause: 'Coloque el cursor en una cláusula para ver su traducción.',
    none: 'Aún no hay traducción al {{language}}.',
    text: 'Traducción al {{language}}',
    status: 'Estado de la traducción',
    official: 'Oficial',
    working: 'De trabajo',
    save: 'Guardar traducción',
    outOfDate: 'Desactualizada',
    outOfDateHint: 'La cláusula ha cambiado desde que se hizo esta traducción: actualícela y guárdela.',
    setBy: 'Establecida por {{name}}, {{when, datetime(dateStyle: medium; timeStyle: short)}}',
    setByUnknownTime: 'Establecida por {{name}}',
  },
  export: {
    outOfDate: 'traducción desactualizada',
    working: 'traducción de trabajo',
  },
} as const satisfies Strings<typeof english>;
