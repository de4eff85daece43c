/** Spanish strings of the "core" namespace. */
import type { core as english } from '../en/core.ts';
import type { Strings } from '../strings.ts';

export const core = {
  numbering: {
    article: 'Artículo {{number}}',
    section: 'Sección {{number}}',
    preamble: 'Preámbulo',
    articleSection: '{{article}}, {{section}}',
    clauseAt: '{{heads}} {{citation}}',
  },
  rules: {
    phrase: {
      members: {
        majority: 'la mayoría de los miembros',
        twoThirds: 'dos tercios de los miembros',
        threeQuarters: 'tres cuartos de los miembros',
        unanimity: 'la unanimidad de los miembros',
      },
      cast: {
        majority: 'la mayoría de los votos emitidos',
        twoThirds: 'dos tercios de los votos emitidos',
        threeQuarters: 'tres cuartos de los votos emitidos',
        unanimity: 'la unanimidad de los votos emitidos',
      },
    },
    abstentionsCounted: '{{rule}} (contando las abstenciones)',
    withQuorum: '{{rule}}, quórum del {{percent}} % de los miembros',
    required: {
      members: {
        majority: 'se requiere la mayoría de los miembros ({{needed}})',
        twoThirds: 'se requieren dos tercios de los miembros ({{needed}})',
        threeQuarters: 'se requieren tres cuartos de los miembros ({{needed}})',
        unanimity: 'se requiere la unanimidad de los miembros ({{needed}})',
      },
      cast: {
        majority: 'se requiere la mayoría de los votos emitidos ({{needed}} de {{base}})',
        twoThirds: 'se requieren dos tercios de los votos emitidos ({{needed}} de {{base}})',
        threeQuarters: 'se requieren tres cuartos de los votos emitidos ({{needed}} de {{base}})',
        unanimity: 'se requiere la unanimidad de los votos emitidos ({{needed}} de {{base}})',
      },
    },
    counts_one: '{{yes}} a favor, {{no}} en contra, {{count}} abstención',
    counts_other: '{{yes}} a favor, {{no}} en contra, {{count}} abstenciones',
    noQuorum_one: 'sin quórum — participaron {{participants}} de {{count}} organización miembro; se necesitaban {{needed}}.',
    noQuorum_other: 'sin quórum — participaron {{participants}} de {{count}} organizaciones miembro; se necesitaban {{needed}}.',
    noVotes: 'no se emitió ningún voto ({{counts}}).',
    membersTally_one: '{{yes}} de {{count}} organización miembro votó a favor ({{counts}}); {{required}}.',
    membersTally_other: '{{yes}} de {{count}} organizaciones miembro votaron a favor ({{counts}}); {{required}}.',
    castTally: '{{counts}}; {{required}}.',
    frame: { passed: 'Aprobada: {{tally}}', failed: 'Rechazada: {{tally}}', open: 'Abierta. Hasta ahora — {{tally}}', closing: 'Por cerrar: {{tally}}' },
  },
  motion: {
    invalid: 'No válida: {{problem}}',
    void: 'Anulada: el texto cambió mientras la votación estaba abierta, por lo que la votación queda anulada.',
    minutes: 'Aprobar el acta de la sesión del {{date}}',
    chair: 'Elegir como presidente {{delegate}}',
    delegateOf: 'al delegado de {{organization}}',
    delegateOf_s: 'al delegado de {{organization}}',
    delegateNamed: 'al delegado de {{organization}} ({{name}})',
    delegateNamed_s: 'al delegado de {{organization}} ({{name}})',
    admit: 'Admitir a {{name}} ({{short}})',
    remove: 'Excluir a {{short}}',
    replaceKey: 'Sustituir la clave del delegado de {{short}}',
    rules: 'Cambiar el reglamento',
    constitution: 'La constitución completa',
    gone: 'Un bloque que ya no está en el texto',
    clause: 'cláusula {{number}}',
  },
  voided: {
    changedBy: 'Anulada: {{who}} cambió el texto a las {{time}} mientras la votación estaba abierta (según el historial de ediciones, que no está firmado).',
    delegateOf: '{{delegate}} ({{organization}})',
    aDelegateOf: 'un delegado de {{organization}}',
    unnamed: 'un delegado que no dio su nombre',
  },
} as const satisfies Strings<typeof english>;
