/** Spanish words every part of the app shares. */
import type { common as english } from '../en/common.ts';
import type { Strings } from '../strings.ts';

export const common = {
  cancel: 'Cancelar',
  close: 'Cerrar',
  save: 'Guardar',
  ok: 'Aceptar',
  yes: 'Sí',
  no: 'No',
  remove: 'Quitar',
  language: 'Idioma',
  unknownTime: 'hora desconocida',
} as const satisfies Strings<typeof english>;
