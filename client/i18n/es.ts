/**
 * Español (es): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Informar sobre un escaneo de la policía",
  "exit": "Salir de este sitio",
  "noJs": "Este formulario necesita JavaScript. Su informe se cifra (queda bajo llave) en este dispositivo antes de enviarse. Así nadie más — ni siquiera este sitio web — puede leerlo. Para eso hace falta JavaScript. Active JavaScript o comuníquese con la campaña de otra forma:",
  "loadFailed": "No se pudo cargar el formulario. Revise su conexión a internet y vuelva a cargar esta página. O comuníquese con la campaña de otra forma:",
  "loading": "Cargando el formulario…",
  "demo": "Demostración — no envíe informes reales.",
  "demoMore": "Esta es una copia de prueba del formulario. Lo que se envíe aquí no está protegido y cualquiera puede leerlo.",
  "language": "Idioma",
  "switchFailed": "No se pudo cargar ese idioma. Sus respuestas siguen aquí. Revise su conexión a internet y vuelva a intentarlo.",
  "newTab": "(se abre en una pestaña nueva)",
  "backToForm": "Volver al formulario",
  "intro": "Use este formulario para contarle a la campaña una vez en que la policía escaneó las huellas dactilares o la cara de alguien con un teléfono o un aparato pequeño de mano. No hace falta que dé su nombre.",
  "safetyTitle": "Su seguridad",
  "safety": [
    "Para salir rápido, presione la tecla Esc o el botón “Salir de este sitio”. Sus respuestas se borran.",
    "No se guarda nada en este dispositivo. Si cierra esta página o sale de ella, sus respuestas desaparecen.",
    "Para más seguridad, use una ventana privada (de incógnito)."
  ],
  "encrypted": "Sus respuestas se cifran (quedan bajo llave) en este dispositivo antes de enviarse. Solo la campaña puede abrirlas — ni el servidor de este sitio web, ni nadie que vigile la conexión a internet.",
  "fingerprint": "Código de verificación de la clave de la campaña (fingerprint):",
  "fingerprintHint": "Si este código es igual al que publica la campaña, solo la campaña puede leer su informe.",
  "fingerprintWhere": "La campaña publica este código aquí:",
  "fingerprintAsk": "Pregunte a la campaña dónde publica este código.",
  "optional": " (opcional)",
  "allOptional": "Todas las preguntas de esta parte son opcionales.",
  "outlineTitle": "Partes de este formulario",
  "partOf": "Parte {n} de {total}",
  "sendTitle": "Enviar su informe",
  "send": "Cifrar y enviar el informe",
  "sending": "Cifrando y enviando su informe…",
  "preparing": "El sitio web está ocupado ahora, así que este dispositivo hace una verificación breve antes de enviar. Puede tardar unos segundos. Por favor, mantenga esta página abierta.",
  "honeypot": "Deje esta casilla vacía.",
  "sections": {
    "about": "Sobre usted",
    "where": "Cuándo y dónde",
    "scan": "El escaneo",
    "next": "Qué pasó después",
    "person": "La persona escaneada",
    "account": "Qué pasó, con sus palabras",
    "contact": "Contacto"
  },
  "personWhy": "Estas respuestas ayudan a la campaña a mostrar a quién escanea la policía — por ejemplo, si escanean a las personas negras más que a las personas blancas. Si le escanearon a usted, responda sobre usted. Responda solo lo que quiera.",
  "contactWhy": "La campaña no necesita comunicarse con usted. Complete esto solo si quiere que lo haga.",
  "contactWarning": "Atención: los datos de contacto dicen quién es usted. Cualquiera que consiga este informe más adelante podría saberlo. Use algo seguro, por ejemplo un correo electrónico creado solo para esto.",
  "fields": {
    "reporter.role": {
      "label": "¿Cómo sabe del escaneo?",
      "required": "Elija cómo sabe del escaneo",
      "options": {
        "subject": "Me escanearon a mí",
        "witness": "Vi cómo le pasaba a otra persona",
        "told-by-subject": "La persona escaneada me lo contó",
        "legal-observer": "Estaba allí como observador legal (legal observer) u observador de la comunidad",
        "other": "De otra forma"
      }
    },
    "incident.date": {
      "label": "¿Cuándo pasó?",
      "hint": "Por ejemplo 27 3 2025. Si solo sabe el mes, o prefiere no decir el día, deje el Día en blanco.",
      "required": "Escriba el mes y el año en que pasó",
      "invalid": "Escriba una fecha real en números, por ejemplo 3 y 2025 para marzo de 2025"
    },
    "incident.timeBand": {
      "label": "¿Más o menos a qué hora?",
      "options": {
        "00-04": "De medianoche a 4 de la mañana",
        "04-08": "De 4 a 8 de la mañana",
        "08-12": "De 8 de la mañana a mediodía",
        "12-16": "De mediodía a 4 de la tarde",
        "16-20": "De 4 de la tarde a 8 de la noche",
        "20-24": "De 8 de la noche a medianoche",
        "unknown": "No sé"
      }
    },
    "incident.force": {
      "label": "¿Qué policía (police force)?",
      "hint": "La policía de la zona donde pasó. En un tren o en una estación de tren, elija British Transport Police.",
      "required": "Elija una policía, o “No sé”",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londres)",
        "british-transport-police": "British Transport Police (trenes y estaciones)",
        "unknown": "No sé",
      }
    },
    "incident.area": {
      "label": "Pueblo, ciudad o zona",
      "hint": "Por ejemplo Leeds o Hackney. Sea general: sin nombres de calles.",
      "invalid": "Escriba el pueblo o la zona en una sola línea, con 80 caracteres o menos"
    },
    "incident.postcodeDistrict": {
      "label": "Primera parte del código postal (postcode)",
      "hint": "Solo la primera parte, por ejemplo LS7 o E8. Nunca el código postal completo.",
      "invalid": "Escriba solo la primera parte de un código postal, por ejemplo LS7"
    },
    "incident.context": {
      "label": "¿Qué estaba pasando?",
      "options": {
        "street-stop": "Un control en la calle",
        "stop-and-search": "Un control con registro o cacheo (stop and search)",
        "traffic-stop": "Un control de tráfico (en un vehículo o en bicicleta)",
        "public-transport": "En un autobús o tren, o en una estación",
        "immigration-operation": "Una redada u operación de inmigración",
        "protest": "En una protesta",
        "welfare-or-medical": "La policía vino a ayudar a alguien (por su seguridad o su salud)",
        "other": "Otra cosa",
        "unknown": "No sé"
      }
    },
    "incident.technology": {
      "label": "¿Qué escaneó la policía?",
      "hint": "La policía usa teléfonos o aparatos pequeños para comparar huellas dactilares o caras con los registros de la policía y del Home Office (el Ministerio del Interior británico).",
      "required": "Elija qué escaneó la policía, o “No sé”",
      "options": {
        "fingerprint": "Huellas dactilares",
        "face": "Cara (una foto tomada con un teléfono o aparato)",
        "both": "Huellas dactilares y cara",
        "unsure": "No sé"
      }
    },
    "scan.reasonGiven": {
      "label": "¿Qué motivo dio la policía para el escaneo?",
      "hint": "Marque todas las que correspondan.",
      "options": {
        "suspected-offence": "Dijeron que la persona había infringido la ley (un delito o una falta)",
        "name-refused": "La persona no quiso dar su nombre",
        "no-id": "La persona no tenía documento de identidad",
        "name-doubted": "La policía no creyó el nombre que dio",
        "immigration-check": "Para revisar su situación migratoria",
        "none-given": "No dieron ningún motivo",
        "other": "Otro motivo"
      }
    },
    "scan.suspectedOffence": {
      "label": "¿Qué delito o falta mencionaron?",
      "options": {
        "motoring": "Una infracción de tráfico o de vehículos",
        "minor-offence": "Una falta menor (por ejemplo tirar basura o no pagar el transporte)",
        "asb-public-order": "Conducta antisocial o alteración del orden público",
        "drugs": "Drogas",
        "theft": "Robo",
        "immigration": "Una infracción de las normas de inmigración",
        "none-stated": "No dijeron cuál",
        "other": "Otra cosa",
        "unknown": "No sé"
      }
    },
    "scan.toldReason": {
      "label": "¿La policía explicó por qué quería escanear?",
      "options": {
        "yes": "Sí",
        "no": "No",
        "unsure": "No sé"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "¿La policía dijo que el escaneo se compararía con los registros de la policía y del Home Office?",
      "hint": "La ley (PACE 1984) dice que la policía debe avisar a la persona de que sus huellas dactilares pueden compararse con los registros.",
      "options": {
        "yes": "Sí",
        "no": "No",
        "unsure": "No sé"
      }
    },
    "scan.askedConsent": {
      "label": "¿La policía pidió permiso antes de escanear?",
      "options": {
        "yes": "Sí",
        "no": "No",
        "unsure": "No sé"
      }
    },
    "scan.result": {
      "label": "¿Qué mostró el escaneo, que usted sepa?",
      "options": {
        "no-match": "No encontraron nada (sin coincidencia)",
        "match-police": "Una coincidencia en los registros de la policía",
        "match-immigration": "Una coincidencia en los registros de inmigración del Home Office",
        "match-both": "Coincidencias en los registros de la policía y en los de inmigración",
        "scan-failed": "El escaneo no funcionó",
        "not-told": "La policía no lo dijo",
        "unknown": "No sé"
      }
    },
    "outcome": {
      "label": "¿Qué pasó después del escaneo?",
      "hint": "Marque todas las que correspondan.",
      "options": {
        "released": "Dejaron ir a la persona",
        "identity-confirmed-released": "La policía confirmó quién era la persona y luego la dejó ir",
        "fixed-penalty": "Le pusieron una multa (fixed penalty notice)",
        "summons": "Le dijeron que tenía que ir a un tribunal (summons)",
        "arrested-offence": "Detuvieron a la persona por un delito",
        "arrested-warrant": "Detuvieron a la persona por una orden judicial (warrant)",
        "home-office-contacted": "La policía se comunicó con el Home Office",
        "immigration-enforcement-attended": "Vinieron agentes de Immigration Enforcement (control de inmigración)",
        "immigration-detention": "Llevaron a la persona a un centro de detención de inmigrantes (immigration detention)",
        "taken-to-station": "Llevaron a la persona a una comisaría (estación de policía)",
        "vehicle-seized": "La policía se llevó un vehículo",
        "other": "Otra cosa",
        "unknown": "No sé"
      }
    },
    "person.ethnicity": {
      "label": "Grupo étnico",
      "hint": "Los grupos del censo británico de 2021 (Census).",
      "options": {
        "white-british": "Blanco: inglés, galés, escocés, norirlandés o británico",
        "white-irish": "Blanco: irlandés",
        "white-gypsy-traveller": "Blanco: Gypsy o Irish Traveller (comunidades nómadas británicas e irlandesas)",
        "white-roma": "Blanco: Roma (pueblo rom o gitano)",
        "white-other": "Blanco: cualquier otro origen blanco",
        "mixed-white-black-caribbean": "Mixto: blanco y negro caribeño",
        "mixed-white-black-african": "Mixto: blanco y negro africano",
        "mixed-white-asian": "Mixto: blanco y asiático",
        "mixed-other": "Mixto: cualquier otro origen mixto",
        "asian-indian": "Asiático o asiático británico: indio",
        "asian-pakistani": "Asiático o asiático británico: pakistaní",
        "asian-bangladeshi": "Asiático o asiático británico: bangladesí",
        "asian-chinese": "Asiático o asiático británico: chino",
        "asian-other": "Asiático o asiático británico: cualquier otro origen asiático",
        "black-african": "Negro, negro británico, caribeño o africano: africano",
        "black-caribbean": "Negro, negro británico, caribeño o africano: caribeño",
        "black-other": "Negro, negro británico, caribeño o africano: cualquier otro origen negro",
        "other-arab": "Otro grupo étnico: árabe",
        "other-any": "Otro grupo étnico: cualquier otro",
        "prefer-not-to-say": "Prefiero no decirlo",
        "unknown": "No sé"
      }
    },
    "person.ethnicitySource": {
      "label": "¿Cómo sabe su grupo étnico?",
      "options": {
        "self": "Me lo dijo la persona, o soy yo",
        "perceived": "Es mi impresión"
      }
    },
    "person.gender": {
      "label": "Género",
      "options": {
        "woman": "Mujer",
        "man": "Hombre",
        "non-binary": "No binario",
        "self-describe": "Lo describe de otra forma",
        "prefer-not-to-say": "Prefiero no decirlo",
        "unknown": "No sé"
      }
    },
    "person.ageBand": {
      "label": "Edad aproximada",
      "options": {
        "under-10": "Menos de 10",
        "10-14": "10 a 14",
        "15-17": "15 a 17",
        "18-19": "18 o 19",
        "20-24": "20 a 24",
        "25-34": "25 a 34",
        "35-44": "35 a 44",
        "45-54": "45 a 54",
        "55-64": "55 a 64",
        "65-plus": "65 o más",
        "unknown": "No sé"
      }
    },
    "person.immigrationStatus": {
      "label": "Situación migratoria (immigration status)",
      "hint": "Solo si lo sabe. Ayuda a ver si los escaneos se usan para controles de inmigración.",
      "options": {
        "british-or-irish-citizen": "Ciudadanía británica o irlandesa",
        "settled-or-pre-settled": "Settled status o pre-settled status, o residencia indefinida (indefinite leave to remain)",
        "visa-holder": "Tiene visado o visa (por ejemplo de trabajo, estudios o familia)",
        "asylum-seeker-or-refugee": "Solicitante de asilo o refugiado",
        "no-status": "Sin permiso para estar en el Reino Unido (sin papeles)",
        "prefer-not-to-say": "Prefiero no decirlo",
        "unknown": "No sé"
      }
    },
    "narrative": {
      "label": "Cuéntenos qué pasó",
      "hint": "Escriba en cualquier idioma. No ponga nombres, direcciones, números de teléfono ni nada que pueda mostrar quién es usted u otra persona."
    },
    "contact.consent": {
      "label": "Pueden comunicarse conmigo sobre este informe"
    },
    "contact.details": {
      "label": "¿Cómo puede comunicarse la campaña con usted?",
      "required": "Escriba cómo puede comunicarse la campaña con usted, o desmarque “Pueden comunicarse conmigo”",
      "invalid": "Los datos de contacto deben tener 200 caracteres o menos"
    }
  },
  "choose": "Elija una opción",
  "dateParts": {
    "day": "Día",
    "month": "Mes",
    "year": "Año"
  },
  "dateFuture": "La fecha debe ser hoy o una fecha pasada",
  "charsLeft": "Caracteres restantes: {count}",
  "charsOver": "Caracteres de más: {count}",
  "tooLong": "Su texto es demasiado largo. Caracteres de más: {count}. Acórtelo a {max} caracteres o menos.",
  "errorTitle": "Hay un problema",
  "errorPrefix": "Error: ",
  "sentTitle": "Informe enviado — gracias",
  "sentBody": [
    "Su informe se cifró en este dispositivo y se envió. El sitio web guardó solo la copia bajo llave.",
    "La campaña abre los informes en su propia computadora, los suma con otros informes y publica solo totales. Los números pequeños se ocultan para que nadie pueda ser identificado.",
    "Nadie se comunicará con usted, salvo que haya dado sus datos de contacto y haya dicho que pueden hacerlo.",
    "En este dispositivo no queda nada de su informe. Si le preocupa que alguien revise este dispositivo, cierre esta pestaña."
  ],
  "another": "Enviar otro informe",
  "failTitle": "Su informe aún no se ha enviado",
  "failKept": "Su informe está guardado, bajo llave, en esta página. No tiene que escribirlo otra vez.",
  "failOffline": "No pudimos conectar con el sitio web. Revise que tenga internet y vuelva a intentarlo.",
  "failBusy": "El sitio web está ocupado ahora. Espere unos minutos y vuelva a intentarlo.",
  "failServer": "Algo salió mal en el sitio web. Espere un momento y vuelva a intentarlo.",
  "failRejected": "El sitio web no aceptó el informe. Vuelva a intentarlo. Si sigue pasando, vuelva a cargar la página y complete el formulario otra vez.",
  "retry": "Volver a intentar",
  "about": {
    "link": "Quién gestiona este sitio y qué pasa con sus respuestas",
    "title": "Sobre este sitio y sus respuestas",
    "runByTitle": "Quién gestiona este sitio",
    "runByDefault": "Este sitio lo gestiona la campaña {campaign}.",
    "dataTitle": "Qué pasa con sus respuestas",
    "data": [
      "Sus respuestas se cifran (quedan bajo llave) en su navegador antes de enviarse. El servidor de este sitio no puede abrirlas.",
      "El servidor guarda el informe bajo llave y el día en que llegó, no la hora. No guarda su dirección de internet (IP), datos de su teléfono o navegador, ni ninguna cookie.",
      "Para frenar avalanchas de informes falsos, el servidor usa por poco tiempo una versión codificada de su dirección de internet, solo en la memoria. Nunca se escribe en ningún lugar.",
      "No se guarda nada en su dispositivo. Su navegador puede seguir mostrando este sitio en el historial. Una ventana privada (de incógnito) lo evita.",
      "La campaña descarga los informes bajo llave y los abre en su propia computadora. Publica solo totales y oculta los números pequeños para que nadie pueda ser identificado.",
      "Si da sus datos de contacto, quedan bajo llave con el resto del informe. Solo la campaña puede leerlos."
    ],
    "noticeLink": "El aviso de privacidad completo de la campaña"
  },
  "rights": {
    "link": "Sus derechos si la policía le hace un escaneo",
    "title": "Sus derechos si la policía le hace un escaneo",
    "notAdvice": "Esto es información general, no asesoramiento legal. Trata de la ley en Inglaterra y Gales. En Escocia e Irlanda del Norte la ley es distinta.",
    "whenTitle": "¿Cuándo puede la policía tomarle las huellas dactilares en la calle?",
    "when": "La policía necesita su permiso para tomarle las huellas dactilares, salvo en los casos que marca la ley. En la calle, un agente solo puede escanear sus huellas sin su permiso si se cumplen estas dos cosas:",
    "conditions": [
      "el agente tiene un motivo real para sospechar que usted comete un delito (offence): que lo está haciendo ahora, que intenta hacerlo o que ya lo hizo; y",
      "el agente no sabe su nombre y no puede averiguarlo con facilidad, o tiene un motivo real para dudar del nombre que usted dio."
    ],
    "law": "Es la sección 61(6A) de la ley Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Qué debe decirle la policía",
    "tell": [
      "Antes del escaneo, el agente debe decirle por qué le toma las huellas y que pueden compararse con los registros.",
      "Puede preguntar al agente qué ley está usando y por qué sospecha de usted.",
      "Las reglas para las fotos de la cara son menos claras. Puede preguntar por qué quieren una foto y qué ley están usando."
    ],
    "checkTitle": "Qué revisa el escaneo",
    "check": [
      "El escaneo compara sus huellas dactilares con los registros de la policía y con los registros de inmigración del Home Office.",
      "La ley dice que las huellas tomadas así en la calle deben destruirse después de la revisión. No se pueden guardar."
    ],
    "matchTitle": "Qué pasa si hay una coincidencia",
    "match": [
      "Si no hay coincidencia, el escaneo no le dice a la policía quién es usted.",
      "Si hay una coincidencia, el agente puede ver el nombre y el historial ligados a sus huellas. Si hay una orden judicial (warrant) contra usted, o la policía sospecha de un delito, puede detenerle.",
      "Si hay una coincidencia en los registros de inmigración, la policía puede comunicarse con el Home Office. Después, agentes de inmigración pueden pedir hablar con usted o venir a donde usted esté.",
      "Si le detienen, tiene derecho a asesoramiento legal gratuito de un abogado (solicitor) en la comisaría. Pídalo."
    ],
    "helpTitle": "Dónde pedir ayuda",
    "helpNone": "Pregunte en un law centre (centro de asesoría legal gratuita) o en Citizens Advice cerca de usted."
  }
};
