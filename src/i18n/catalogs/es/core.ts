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
    noQuorum_one: 'Rechazada: sin quórum — participaron {{participants}} de {{count}} organización miembro; se necesitaban {{needed}}.',
    noQuorum_other: 'Rechazada: sin quórum — participaron {{participants}} de {{count}} organizaciones miembro; se necesitaban {{needed}}.',
    noVotes: 'Rechazada: no se emitió ningún voto ({{counts}}).',
    membersPassed_one: 'Aprobada: {{yes}} de {{count}} organización miembro votó a favor ({{counts}}); {{required}}.',
    membersPassed_other: 'Aprobada: {{yes}} de {{count}} organizaciones miembro votaron a favor ({{counts}}); {{required}}.',
    membersFailed_one: 'Rechazada: {{yes}} de {{count}} organización miembro votó a favor ({{counts}}); {{required}}.',
    membersFailed_other: 'Rechazada: {{yes}} de {{count}} organizaciones miembro votaron a favor ({{counts}}); {{required}}.',
    castPassed: 'Aprobada: {{counts}}; {{required}}.',
    castFailed: 'Rechazada: {{counts}}; {{required}}.',
  },
} as const satisfies Strings<typeof english>;
