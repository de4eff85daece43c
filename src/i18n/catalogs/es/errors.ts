/** Spanish strings of the "errors" namespace: every ConcordError's wording, in the English catalog's keys. */
import type { errors as english } from '../en/errors.ts';
import type { Strings } from '../strings.ts';

export const errors = {
  admin: {
    'bad-json': 'La solicitud no es JSON.',
    'too-large': 'La solicitud es demasiado grande.',
  },
  adopt: {
    'no-entry': 'No se pudo registrar la procedencia de la cláusula.',
    'no-text': 'Escriba primero el texto de la cláusula fusionada.',
    none: 'Elija al menos un principio para adoptar.',
  },
  block: {
    unknown: 'No hay ningún bloque «{{block}}» en la constitución.',
  },
  chapter: {
    'bad-latitude': 'La latitud debe ser un número entre -90 y 90.',
    'bad-longitude': 'La longitud debe ser un número entre -180 y 180.',
    duplicate: {
      headquarters: 'Esta organización ya tiene una filial sede; desmárquela allí primero.',
      listed: 'La filial «{{localName}}» de {{city}} ya figura en la lista de esta organización.',
    },
    'half-coordinates': 'Indique la latitud y la longitud, o ninguna de las dos.',
    'missing-field': {
      city: 'Falta la ciudad.',
      coalitionName: 'Falta el nombre de la filial en la coalición.',
      contact: 'Falta el contacto.',
      country: 'Falta el país.',
      localName: 'Falta el nombre local.',
      region: 'Falta el estado o la región.',
    },
    'too-long': {
      city: 'La ciudad es demasiado larga ({{max}} caracteres como máximo).',
      coalitionName: 'El nombre de la filial en la coalición es demasiado largo ({{max}} caracteres como máximo).',
      contact: 'El contacto es demasiado largo ({{max}} caracteres como máximo).',
      country: 'El país es demasiado largo ({{max}} caracteres como máximo).',
      localName: 'El nombre local es demasiado largo ({{max}} caracteres como máximo).',
      region: 'El estado o la región es demasiado largo ({{max}} caracteres como máximo).',
    },
    unknown: 'Esa filial ya no figura en la lista.',
    'unknown-org': 'Esa organización no es miembro de esta coalición.',
  },
  chapters: {
    'ambiguous-city': 'Hay varios lugares llamados «{{city}}»: {{places}}.',
    'bad-csv': {
      many: '{{fileName}}: no se importó ninguna filial, por estos {{count}} problemas:\n{{problems}}',
      one: '{{fileName}}: no se importó ninguna filial, por este problema:\n{{problems}}',
    },
    'no-overlap': 'No hay dos organizaciones miembro con filiales en «{{city}}» (vea concord chapters ARCHIVO).',
  },
  comment: {
    empty: 'Un comentario no puede estar vacío.',
    'no-passage': 'Seleccione las palabras que quiere comentar dentro de un mismo bloque.',
    'too-long': 'El comentario es demasiado largo (10 000 caracteres como máximo).',
    unknown: 'No hay ningún hilo de comentarios «{{threadId}}».',
  },
  compare: {
    'bad-threshold': 'El umbral de similitud debe ser un número entre {{min}} y {{max}} (se indicó {{threshold}}).',
    'bad-vectors': 'El archivo de vectores de palabras está dañado ({{why}}).',
    'duplicate-org': 'La organización «{{short}}» aparece dos veces.',
    'too-few-orgs': 'Elija al menos {{min}} organizaciones para comparar (se indicaron {{count}}).',
    'too-many-orgs': 'Se pueden comparar como máximo {{max}} organizaciones a la vez (se indicaron {{count}}).',
  },
  draft: {
    'bad-split': 'Divida un principio dentro de su texto: las dos partes necesitan algo de texto.',
    'duplicate-id': 'Esta importación tiene dos principios con el mismo identificador.',
    'not-adjacent': 'Solo se pueden fusionar dos principios contiguos, el primero encima del segundo.',
    'unknown-principle': 'No hay ningún principio «{{id}}» en esta importación.',
  },
  export: {
    'chromium-failed': {
      'no-start': 'Chromium en {{path}} no se inició: {{reason}}{{stderr}}',
      spawn: 'No se pudo iniciar Chromium en {{path}}: {{message}}',
      stopped: 'Chromium se detuvo mientras imprimía.{{stderr}}',
    },
    'no-chromium': {
      'bad-path':
        'CHROMIUM_PATH tiene el valor «{{path}}», que no es un programa ejecutable. Para imprimir un PDF se necesita Chromium o Google Chrome, y no se encontró ninguno en este equipo. Instale uno (en Debian o Ubuntu: apt-get install chromium), indique su programa en CHROMIUM_PATH o exporte en otro formato (--format html, y luego imprímalo desde un navegador).',
      none: 'Para imprimir un PDF se necesita Chromium o Google Chrome, y no se encontró ninguno en este equipo. Instale uno (en Debian o Ubuntu: apt-get install chromium), indique su programa en CHROMIUM_PATH o exporte en otro formato (--format html, y luego imprímalo desde un navegador).',
    },
    'no-final-motion': 'Todavía no se ha sometido a votación ninguna moción para ratificar el texto completo, así que no hay registro de ratificación que exportar.',
    'no-printer': 'Para imprimir un PDF se necesita una impresora, y no se indicó ninguna.',
    'nothing-ratified': {
      app: 'Todavía no se ha ratificado nada de esta constitución, así que no hay texto ratificado que exportar. Exporte en su lugar el borrador completo con sus marcas de estado.',
      cli: '{{file}}: todavía no se ha ratificado nada de esta constitución, así que no hay texto ratificado que exportar. Añada --draft para exportar el borrador completo con sus marcas de estado.',
    },
  },
  file: {
    damaged: {
      checksum: '{{fileName}} está dañado: su contenido no coincide con su suma de verificación.',
      trailing: '{{fileName}} está dañado: tiene {{extra}} bytes inesperados al final.',
      unreadable: '{{fileName}} está dañado: no se pueden leer los datos de su espacio de trabajo.',
      version: '{{fileName}} está dañado: su versión de formato es 0.',
    },
    'damaged-parts': {
      merge: '{{fileName}} no se fusionó: tiene partes dañadas, y su espacio de trabajo no ha cambiado.\n{{parts}}',
      save: '{{path}} tiene partes dañadas, así que no se cambió nada:\n{{parts}}\nEjecute «concord repair {{path}}» para eliminarlas y vuelva a intentarlo.',
    },
    empty: '{{fileName}} está vacío.',
    exists: '{{path}} ya existe; elija otro nombre de archivo (no se cambió nada).',
    foreign: '{{fileName}} no es un archivo de espacio de trabajo de Concord.',
    'future-version':
      '{{fileName}} se creó con una versión más reciente de Concord (formato de archivo {{version}}; esta versión lee hasta el {{newest}}). Actualice Concord para abrirlo.',
    missing: '{{path}}: no existe ese archivo.',
    'not-workspace': '{{fileName}} no contiene ningún espacio de trabajo de Concord.',
    'other-workspace': {
      copy: '{{fileName}} es una copia de otro espacio de trabajo («{{name}}»), así que este se dejó como estaba.',
      merge:
        '{{fileName}} pertenece a otro espacio de trabajo («{{theirs}}»), no a «{{ours}}»: fusionarlo mezclaría los textos de dos coaliciones. Ábralo como un espacio de trabajo independiente.',
    },
    truncated: {
      header: '{{fileName}} está truncado: termina dentro de su encabezado.',
      size: '{{fileName}} está truncado: debería contener {{length}} bytes de datos del espacio de trabajo, pero solo tiene {{available}}.',
    },
  },
  import: {
    binary: '{{fileName}} no contiene texto: parece un archivo binario. Compruebe que es el archivo correcto.',
    corrupt: {
      docx: '{{fileName}} está dañado y no se puede leer como documento de Word ({{reason}}).',
      'not-draft': 'El lector de documentos respondió con algo que no es un borrador.',
      'not-pages': 'El lector de documentos respondió con algo que no son páginas.',
      odt: '{{fileName}} está dañado: su content.xml no tiene contenido OpenDocument.',
      pdf: '{{fileName}} está dañado y no se puede leer como PDF ({{reason}}).',
      unreadable: 'No se pudo leer {{fileName}} ({{reason}}).',
      worker: 'No se pudo leer {{subject}} ({{reason}}).',
      zip: '{{fileName}} está dañado y no se puede abrir como {{format}} ({{reason}}).',
    },
    empty: {
      'no-text': '{{fileName}} no contiene texto: no hay nada que importar.',
      'zero-bytes': '{{fileName}} está vacío (0 bytes): no hay nada que importar.',
    },
    encrypted: {
      'or-old':
        '{{fileName}} está protegido con contraseña, o es un archivo de Office de formato antiguo y no {{format}}. Ábralo en su procesador de textos, quite la contraseña si la tiene, guárdelo como {{format}} e importe esa copia.',
      password: '{{fileName}} está protegido con contraseña. Guárdelo sin ella como {{format}} e importe esa copia.',
    },
    'no-principles': {
      'all-left-out': 'No hay nada que importar de {{fileName}}: se excluyeron todos los principios.',
      'no-text': 'No se encontraron principios en {{fileName}}: tiene títulos, pero ningún texto debajo.',
    },
    'not-docx': {
      'no-document': '{{fileName}} es un archivo ZIP, pero no un documento de Word: no tiene word/document.xml.',
      'not-zip': '{{fileName}} no es {{format}}: su contenido no tiene ese formato (puede que el archivo esté dañado o mal nombrado).',
    },
    'not-odt': {
      'no-content': '{{fileName}} es un archivo ZIP, pero no un texto OpenDocument: no tiene content.xml.',
      'not-zip': '{{fileName}} no es {{format}}: su contenido no tiene ese formato (puede que el archivo esté dañado o mal nombrado).',
    },
    'not-pdf': '{{fileName}} no es un archivo PDF: su contenido no tiene formato PDF (puede que el archivo esté dañado o mal nombrado).',
    'pdf-encrypted': '{{fileName}} está protegido con contraseña. Ábralo con la contraseña y guárdelo o imprímalo como un PDF nuevo sin ella; luego importe esa copia.',
    'pdf-no-text':
      '{{fileName}} no tiene capa de texto: probablemente es una imagen escaneada. Páselo primero por un OCR (reconocimiento de texto), por ejemplo con OCRmyPDF o el programa de su escáner, e importe el resultado.',
    'pdf-too-many-pages':
      '{{fileName}} tiene {{pages}} páginas; Concord importa PDF de hasta {{max}} páginas. Imprima en un PDF nuevo las páginas que contienen los principios de su organización e importe ese archivo.',
    'pdf-too-slow':
      '{{fileName}} tardó demasiado en leerse: se detuvo tras {{seconds}} segundos. Puede estar hecho para bloquear el lector; si es el documento de su organización, imprima en un PDF nuevo las páginas que contienen sus principios e importe ese archivo.',
    'pdf-unavailable': '{{fileName}}: la importación de PDF no está disponible aquí (no se proporcionó un lector de PDF).',
    'too-large': '{{fileName}} es demasiado grande para importarlo ({{size}}; el límite es {{limit}}).',
    'too-large-unpacked':
      '{{fileName}} es demasiado grande una vez descomprimido: su contenido supera {{limit}} (el archivo ocupa {{size}}), así que no se abrió. Si es el documento de su organización, vuelva a guardarlo desde su procesador de textos sin imágenes grandes e importe esa copia.',
    truncated: '{{fileName}} está incompleto: el archivo está cortado, quizá por una descarga o una copia interrumpida. Consiga una copia completa y vuelva a importarla.',
    unchanged: '{{fileName}} es igual que la versión {{version}} de «{{title}}»: no hay nada nuevo que importar.',
    'unknown-format': {
      doc: '{{fileName}}: es un documento antiguo de Word (.doc): ábralo en Word o LibreOffice, guárdelo como .docx e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
      dotx: '{{fileName}}: es una plantilla de Word: guarde como .docx un documento hecho con ella e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
      'no-extension': '{{fileName}}: no tiene extensión de archivo. Concord importa archivos {{formats}}, o texto pegado.',
      other: '{{fileName}}: los archivos «.{{extension}}» no se pueden importar. Concord importa archivos {{formats}}, o texto pegado.',
      ott: '{{fileName}}: es una plantilla de documento: guarde como .odt un documento hecho con ella e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
      pages:
        '{{fileName}}: es un documento de Apple Pages: expórtelo desde Pages como Word (.docx) o PDF e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
      rtf: '{{fileName}}: es un archivo de texto enriquecido: ábralo en un procesador de textos, guárdelo como .docx u .odt e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
      wpd: '{{fileName}}: es un documento de WordPerfect: guárdelo como .docx u .odt e importe ese archivo. Concord importa archivos {{formats}}, o texto pegado.',
    },
  },
  invite: {
    'bad-expiry': '«{{expiresAt}}» no es un momento futuro: una invitación debe vencer más tarde que ahora.',
    'bad-file': {
      foreign: '{{path}} no contiene invitaciones de Concord; restáurelo desde una copia de seguridad o elimínelo.',
      json: '{{path}} no es un JSON válido; restáurelo desde una copia de seguridad o elimínelo (entonces todas las invitaciones quedan anuladas).',
    },
    'bad-link': {
      escape: 'Este enlace de invitación está dañado (secuencia %-escape incorrecta); pida uno nuevo al anfitrión.',
      fingerprint: 'Este enlace de invitación lleva una huella de certificado dañada; pida uno nuevo al anfitrión.',
      foreign: 'Este no es un enlace de invitación de Concord: debería tener la forma concord://join?server=…&workspace=…&token=… o http://host:port/join#workspace=…&token=….',
      server: 'Este enlace de invitación no indica ningún servidor; pida uno nuevo al anfitrión.',
      token: 'Este enlace de invitación no lleva un token válido; pida uno nuevo al anfitrión.',
      workspace: 'Este enlace de invitación no indica un espacio de trabajo válido; pida uno nuevo al anfitrión.',
    },
    'bad-org': '«{{org}}» no es un nombre corto de organización (de 1 a 16 letras o dígitos, - o _).',
    'bad-role': '«{{role}}» no es un rol: use delegate, chair u observer.',
    'bad-server': '«{{server}}» no es la dirección de un servidor de sincronización: use ws://host:puerto o wss://host/ruta.',
    'bad-workspace': '«{{workspace}}» no es un identificador de espacio de trabajo (letras, dígitos, - y _, hasta 128).',
    locked: 'Otro proceso tiene {{lock}}; vuelva a intentarlo.',
    unknown: 'Ninguna invitación tiene este token o identificador en este directorio de datos.',
  },
  key: {
    'bad-file': '{{path}} no es un archivo de clave de delegado de Concord (cree uno con concord key new --out {{path}}).',
    mismatch: '{{path}}: su clave pública no corresponde a su clave secreta; el archivo está dañado.',
    missing: '{{path}}: no existe ese archivo de clave.',
  },
  meeting: {
    adjourned: 'La sesión se ha levantado.',
    ambiguous: '«{{ref}}» es el comienzo de los identificadores de {{length}} sesiones; indique más caracteres.',
    'bad-date': 'La sesión necesita una fecha y una hora.',
    'bad-link': 'La dirección de la videollamada debe empezar por https://.',
    'minutes-adopted': {
      already: 'El acta de esta sesión ya se aprobó.',
      final: 'El parlamento ya aprobó esta acta; ya no puede cambiar.',
    },
    'minutes-under-vote': 'El parlamento está votando esta acta; podrá cambiar cuando se cierre la votación.',
    none: 'Todavía no se ha convocado ninguna sesión en este espacio de trabajo.',
    'not-adjourned': 'La sesión aún no se ha levantado, así que su acta no está redactada.',
    'not-started': 'La sesión aún no ha comenzado.',
    unknown: {
      named: 'No hay ninguna sesión «{{ref}}» en este espacio de trabajo (concord meetings ARCHIVO las enumera; «latest» designa la más reciente).',
      'no-such': 'No existe esa sesión.',
    },
  },
  name: {
    empty: {
      coalition: 'El nombre de la coalición no puede estar vacío.',
      organization: 'El nombre de la organización no puede estar vacío.',
    },
    'too-long': {
      coalition: 'El nombre de la coalición es demasiado largo (200 caracteres como máximo).',
      organization: 'El nombre de la organización es demasiado largo (200 caracteres como máximo).',
    },
  },
  org: {
    'admit-by-motion':
      'El parlamento está en funciones (hay una clave de delegado en la lista de delegados): un nuevo miembro se admite mediante una moción que votan los delegados: concord motion {{file}} --kind admit --name NOMBRE --short CORTO --key ARCHIVO_CLAVE.',
    'bad-colour': 'El color «{{colour}}» no es válido: use la forma #rrggbb.',
    'bad-short': 'El nombre corto «{{short}}» no es válido: use de 1 a 16 letras o dígitos (y - o _), empezando por una letra o un dígito.',
    'duplicate-short': {
      by: 'El nombre corto «{{short}}» ya lo usa {{name}}.',
      used: 'El nombre corto «{{short}}» ya está en uso.',
    },
    'missing-field': 'Una organización necesita un nombre y un nombre corto.',
    'not-yours': {
      profile: 'Esa clave no es la clave de delegado de {{org}} en la lista de delegados; solo su propio delegado cambia su nombre, su nombre corto y su color.',
      withdraw: 'Solo el propio delegado de una organización puede retirarla; para excluir a otra organización, proponga su exclusión al parlamento.',
    },
    'profile-by-delegate':
      'El parlamento está en funciones: el nombre, el nombre corto y el color de {{ref}} los cambia su propio delegado, con su firma: concord org set {{file}} {{ref}} … --key ARCHIVO_CLAVE.',
    'remove-by-motion':
      'El parlamento está en funciones (hay una clave de delegado en la lista de delegados): excluir a un miembro es una moción que votan los delegados: concord motion {{file}} --kind remove --org {{ref}} --key ARCHIVO_CLAVE (si una organización se retira por sí misma: concord withdraw {{file}} --org {{ref}} --key ARCHIVO_CLAVE).',
    unknown: {
      named: 'No hay ninguna organización miembro «{{ref}}» en esta coalición.',
      'no-such': 'No existe esa organización miembro.',
      'not-member': 'Esa organización no es miembro de la coalición.',
      short: 'No hay ninguna organización «{{ref}}» en esta coalición.',
    },
  },
  principle: {
    unknown: 'No hay ningún principio «{{id}}» en este espacio de trabajo.',
  },
  ratify: {
    'already-open': 'Ya hay una votación abierta sobre esto.',
    'already-ratified': 'Esta cláusula ya está aprobada; cambiarla requiere una enmienda.',
    'ambiguous-motion': '«{{ref}}» es el comienzo de los identificadores de {{length}} mociones; indique más caracteres.',
    'bad-candidate': 'El candidato a la presidencia debe ser una organización miembro.',
    'bad-combine': {
      noChapters: 'La moción no lleva filiales que combinar.',
      otherPlace: 'La moción nombra otro lugar que el de las filiales que combina.',
      fewerThanTwo: 'La moción combina filiales de menos de dos organizaciones miembro.',
      chapterTwice: 'La moción nombra dos veces la misma filial.',
      notMember: 'La moción combina una filial de una organización que no es miembro.',
    },
    'bad-deadline': 'La votación debe cerrarse en el futuro.',
    'bad-key': 'Una moción para reemplazar una clave necesita la nueva clave (64 caracteres hexadecimales).',
    'bad-settings': {
      invalid: 'Esta configuración de ratificación no es válida: {{issues}}.',
      missing: 'Una moción sobre el reglamento necesita el reglamento que propone.',
    },
    'bad-statement': {
      invalid: 'Esto no se puede firmar: {{issues}}.',
      'other-key': 'La declaración indica una clave distinta de la que la firma.',
    },
    'bad-target': {
      admit: 'Una moción para admitir una organización necesita su nombre y su nombre corto.',
      article: 'Una moción para aprobar un artículo debe referirse al encabezado de un artículo.',
      'clause-is-article': 'Un artículo se aprueba mediante una moción sobre el artículo.',
      empty: 'La constitución está vacía.',
      'no-block': 'No existe ese bloque en la constitución.',
      remove: 'Solo se puede excluir a una organización miembro.',
      'replace-key': 'Solo se puede reemplazar la clave de una organización miembro.',
      whole: 'Una moción sobre la constitución completa se refiere a «constitution».',
    },
    closed: {
      already: 'Esta moción ya está cerrada: {{explanation}}',
      closed: 'Esta moción está cerrada: {{explanation}}',
      deadline: 'El plazo de votación de esta moción ha terminado; se cierra con los votos emitidos antes de su vencimiento.',
      void: 'Esta moción está anulada: {{explanation}}',
    },
    locked: 'Este texto está ratificado y bloqueado; cambiarlo requiere una enmienda.',
    'no-wording': 'Una enmienda necesita el nuevo texto.',
    'not-chair': {
      adjourn: 'Solo el presidente de la sesión la levanta y firma su acta.',
      close: 'Solo la presidencia cierra una votación antes de tiempo, salvo que todos los miembros hayan votado; si no, se cierra a su vencimiento.',
      convene: 'Mientras la coalición tenga presidencia, solo la presidencia convoca al parlamento.',
      open: 'Mientras la coalición tenga presidencia, solo la presidencia abre mociones.',
    },
    'not-member': 'Su organización no era miembro cuando se abrió esta moción, así que no la vota.',
    'not-on-roster': {
      empty: 'Todavía no hay ninguna clave de delegado en la lista de delegados: añada primero la suya.',
      key: 'La clave de este equipo no está en la lista de delegados de la coalición, así que no puede abrir mociones ni votar. Únase primero como delegado de su organización.',
    },
    'not-ratified': 'Solo se enmienda una cláusula ratificada; una cláusula en borrador simplemente se edita.',
    'rules-by-motion': 'El parlamento está en funciones: su reglamento solo cambia mediante una moción sobre el reglamento, que votan los delegados.',
    'same-wording': 'El nuevo texto es igual al ratificado.',
    'seriatim-order': {
      preamble: 'Seriatim: el preámbulo se trata al final, cuando todas las demás partes estén acordadas.',
      whole: 'Seriatim: el texto completo se somete a votación cuando todas las partes estén acordadas.',
    },
    'unknown-motion': {
      named: 'No hay ninguna moción «{{ref}}» en este espacio de trabajo (concord tally ARCHIVO las enumera).',
      'no-such': 'No existe esa moción.',
    },
    'vote-open': {
      rules: 'El reglamento no puede cambiar mientras haya una votación abierta ({{length}} abiertas); proponga el cambio cuando se cierre.',
      'rules-open': 'Se está votando un cambio del reglamento; abra esta moción cuando se cierre esa votación.',
    },
  },
  roster: {
    'bad-key': 'La nueva clave debe tener 64 caracteres hexadecimales, tal como la muestra el nuevo equipo.',
    'key-in-use': {
      'new': 'La nueva clave ya representa a una organización.',
      other: 'La clave de este equipo ya representa a otra organización.',
    },
    'no-hand-over': 'No se ofrece a la clave de este equipo ningún traspaso desde la clave vigente.',
    'no-name': 'Indique el nombre del delegado.',
    'no-replacement': 'Ninguna moción aprobada pone esta clave en el escaño de la organización.',
    'not-current': 'Solo la clave vigente de esta organización puede traspasar su escaño.',
    taken:
      'Esta organización ya tiene una clave de delegado en la lista de delegados; solo esa clave puede traspasar su lugar a otra (o el parlamento reemplaza una clave perdida).',
  },
  server: {
    'store-locked': 'No se puede abrir el almacén de sincronización en {{location}}: está bloqueado. ¿Hay otro servidor de Concord usando este directorio de datos?',
    'store-permission': {
      denied: 'No se puede abrir el almacén de sincronización en {{location}}: permiso denegado en {{denied}}; el usuario del servidor debe poder leerlo y escribir en él.',
      other: 'No se puede usar {{path}}: {{reason}}',
    },
    'store-unreadable': 'No se puede abrir el almacén de sincronización en {{location}}: {{cause}}',
  },
  similarity: {
    'bad-line': {
      empty: '{{path}}, línea {{line}}: se esperaban dos textos separados por un tabulador («texto uno<TAB>texto dos»), pero uno de los textos está vacío. No se puntuó nada.',
      'no-tab': '{{path}}, línea {{line}}: se esperaban dos textos separados por un tabulador («texto uno<TAB>texto dos»), pero no hay ningún tabulador. No se puntuó nada.',
      tabs: '{{path}}, línea {{line}}: se esperaban dos textos separados por un tabulador («texto uno<TAB>texto dos»), pero hay {{tabs}} tabuladores. No se puntuó nada.',
    },
    'not-text': '{{path}} no es texto UTF-8: guárdelo como UTF-8, un par por línea, «texto uno<TAB>texto dos».',
  },
  settings: {
    'bad-language': '«{{value}}» no es un idioma que Concord hable; use uno de estos: {{languages}}.',
  },
  source: {
    damaged: 'La fuente «{{sourceId}}» está dañada: no tiene versiones.',
    lost: 'No se pudo guardar la fuente.',
    'no-title': 'Una fuente necesita un título.',
    'other-org': '«{{title}}» pertenece a otra organización; impórtela como una fuente nueva de {{name}}.',
    'title-too-long': 'El título es demasiado largo ({{max}} caracteres como máximo).',
    unknown: 'No hay ninguna fuente «{{id}}» en este espacio de trabajo.',
  },
  suggest: {
    'one-block': 'Una sugerencia cambia las palabras de un solo bloque a la vez.',
    'no-break': 'Intro no divide un bloque mientras sugiere: desactive las sugerencias para añadir un bloque.',
  },
  storage: {
    failed: {
      open: 'No se pudo abrir la copia del espacio de trabajo de este equipo ({{reason}}).',
      update: 'No se pudo actualizar la copia del espacio de trabajo de este equipo: {{message}}.',
    },
  },
  topic: {
    unknown: 'No hay ningún tema «{{topic}}».',
    'unknown-principle': 'No hay ningún principio «{{principle}}» en este espacio de trabajo.',
  },
  verify: {
    'unknown-file': '{{path}}: no es un espacio de trabajo .concord ni un registro de ratificación (JSON).',
  },
  translation: {
    empty: 'Una traducción necesita algo de texto.',
    language: 'Concord no puede guardar traducciones al idioma «{{language}}»: use uno de {{languages}}.',
    none: 'El bloque «{{block}}» no tiene traducción al idioma «{{language}}» que marcar.',
    status: 'Una traducción es oficial o de trabajo.',
    'too-long': 'Una traducción puede tener como máximo {{max}} caracteres.',
    'unknown-block': 'No hay ningún bloque «{{block}}» en esta constitución que traducir.',
  },
  version: {
    'name-too-long': 'El nombre es demasiado largo (200 caracteres como máximo).',
    'no-name': 'Una versión necesita un nombre.',
  },
  workspace: {
    exists: 'Este espacio de trabajo ya se ha creado.',
  },
} as const satisfies Strings<typeof english>;
