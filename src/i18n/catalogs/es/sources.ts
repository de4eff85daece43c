/** Spanish strings of the "sources" namespace. */
import type { sources as english } from '../en/sources.ts';
import type { Strings } from '../strings.ts';

export const sources = {
  preview: {
    label: 'Vista previa de la importación',
    heading: 'Importar en {{org}}',
    found_one: '{{count, number}} principio encontrado',
    found_other: '{{count, number}} principios encontrados',
    moreFiles_one: 'después de este queda {{count, number}} archivo más',
    moreFiles_other: 'después de este quedan {{count, number}} archivos más',
    sourceTitle: 'Título de la fuente',
    newerVersion: 'Parece una versión más reciente de «{{title}}»',
    asVersion:
      'Añadir como versión {{version, number}} — sin cambios: {{unchanged, number}} (conservan sus vínculos); nuevos o modificados: {{added, number}}; ya no están: {{removed, number}}',
    asSeparate: 'Importar como una fuente aparte',
    confirm_one: 'Importar {{count, number}} principio',
    confirm_other: 'Importar {{count, number}} principios',
    undo: 'Deshacer el ajuste',
    principles: 'Principios encontrados',
    splitPlace: 'Coloque el cursor donde debe dividirse el principio',
    splitHere: 'Dividir en el cursor',
    cancelSplit: 'Cancelar la división',
    split: 'Dividir…',
    merge: 'Unir con el siguiente',
    leaveOut: 'Omitir',
  },
  topLevel: 'Nivel superior',
  library: {
    empty: 'Todavía no se ha importado ningún documento de {{org}}.',
    summary_one: '{{count, number}} principio · versión {{version, number}} · {{file}}',
    summary_other: '{{count, number}} principios · versión {{version, number}} · {{file}}',
  },
  imported: 'Se importó «{{title}}» (versión {{version, number}}; principios: {{count, number}}).',
  importedKept: 'Se importó «{{title}}» (versión {{version, number}}; principios: {{count, number}}; conservan sus vínculos: {{kept, number}}).',
  view: {
    noOrgs:
      'Añada primero las organizaciones miembro de la coalición (en la vista de la constitución, a la izquierda); después importe aquí los principios fundacionales de cada una.',
    orgs: 'Organizaciones',
    dropHint: 'Suelte archivos sobre una organización para importarlos.',
    reading: 'Leyendo {{file}}…',
    progress: 'Progreso de la importación',
    importFor: 'Importar principios de {{org}}…',
    paste: 'Pegar texto…',
    searchPlaceholder: 'Buscar en los principios de todas las organizaciones',
    searchLabel: 'Buscar principios',
    pasteLabel: 'Texto que se importará',
    pastePlaceholder: 'Pegue aquí los principios de su organización',
    preview: 'Vista previa',
    results: 'Resultados de la búsqueda',
    noMatch: 'Ningún principio coincide',
    found_one: '{{count, number}} principio encontrado',
    found_other: '{{count, number}} principios encontrados',
  },
} as const satisfies Strings<typeof english>;
