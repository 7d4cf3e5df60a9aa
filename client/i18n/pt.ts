/**
 * Português (pt): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Relatar um scan feito pela polícia",
  "exit": "Sair deste site",
  "noJs": "Este formulário precisa de JavaScript. O seu relato é encriptado (trancado) neste aparelho antes de ser enviado. Assim, mais ninguém — nem este site — o pode ler. Para isso é preciso JavaScript. Ative o JavaScript ou contacte a campanha de outra forma:",
  "loadFailed": "Não foi possível abrir o formulário. Verifique a ligação à internet e depois recarregue esta página. Ou contacte a campanha de outra forma:",
  "loading": "A carregar o formulário…",
  "demo": "Demonstração — não envie relatos verdadeiros.",
  "demoMore": "Esta é uma cópia de teste do formulário. O que for enviado aqui não está protegido e pode ser lido por qualquer pessoa.",
  "language": "Idioma",
  "switchFailed": "Não foi possível carregar esse idioma. As suas respostas continuam aqui. Verifique a ligação à internet e tente outra vez.",
  "newTab": "(abre num novo separador)",
  "backToForm": "Voltar ao formulário",
  "intro": "Use este formulário para contar à campanha uma situação em que a polícia fez um scan (leitura) das impressões digitais ou do rosto de alguém com um telefone ou um pequeno aparelho de mão. Não precisa de dar o seu nome.",
  "safetyTitle": "A sua segurança",
  "safety": [
    "Para sair depressa, carregue na tecla Esc ou no botão «Sair deste site». As suas respostas são apagadas.",
    "Nada fica guardado neste aparelho. Se fechar ou sair desta página, as suas respostas desaparecem.",
    "Para mais segurança, use uma janela privada (anónima)."
  ],
  "encrypted": "As suas respostas são encriptadas (trancadas) neste aparelho antes de serem enviadas. Só a campanha as pode destrancar — nem o servidor deste site, nem quem esteja a vigiar a ligação à internet.",
  "fingerprint": "Código de verificação da chave da campanha (fingerprint):",
  "fingerprintHint": "Se este código for igual ao que a campanha publica, só a campanha pode ler o seu relato.",
  "fingerprintWhere": "A campanha publica este código aqui:",
  "fingerprintAsk": "Pergunte à campanha onde publica este código.",
  "optional": " (opcional)",
  "allOptional": "Todas as perguntas desta parte são opcionais.",
  "outlineTitle": "Partes deste formulário",
  "partOf": "Parte {n} de {total}",
  "sendTitle": "Enviar o seu relato",
  "send": "Encriptar e enviar o relato",
  "sending": "A encriptar e a enviar o seu relato…",
  "preparing": "O site está ocupado neste momento, por isso este aparelho faz uma verificação rápida antes de enviar. Pode demorar alguns segundos. Por favor, mantenha esta página aberta.",
  "honeypot": "Deixe esta caixa em branco.",
  "sections": {
    "about": "Sobre si",
    "where": "Quando e onde",
    "scan": "O scan",
    "next": "O que aconteceu depois",
    "person": "A pessoa a quem fizeram o scan",
    "account": "O que aconteceu, por palavras suas",
    "contact": "Contacto"
  },
  "personWhy": "Estas respostas ajudam a campanha a mostrar a quem a polícia faz scans — por exemplo, se faz mais scans a pessoas negras do que a pessoas brancas. Se o scan foi feito a si, responda sobre si. Responda só ao que quiser.",
  "contactWhy": "A campanha não precisa de falar consigo. Preencha isto só se quiser que a campanha entre em contacto consigo.",
  "contactWarning": "Atenção: os dados de contacto mostram quem é. Quem tiver este relato mais tarde pode descobrir quem é. Use algo seguro, por exemplo um email criado só para isto.",
  "fields": {
    "reporter.role": {
      "label": "Como sabe do scan?",
      "required": "Escolha como sabe do scan",
      "options": {
        "subject": "Aconteceu comigo",
        "witness": "Vi acontecer a outra pessoa",
        "told-by-subject": "A pessoa a quem fizeram o scan contou-me",
        "legal-observer": "Estava lá como observador jurídico (legal observer) ou observador da comunidade",
        "other": "De outra forma"
      }
    },
    "incident.date": {
      "label": "Quando aconteceu?",
      "hint": "Por exemplo 27 3 2025. Se só souber o mês, ou se preferir não dizer o dia, deixe o Dia em branco.",
      "required": "Escreva o mês e o ano em que aconteceu",
      "invalid": "Escreva uma data real em números, por exemplo 3 e 2025 para março de 2025"
    },
    "incident.timeBand": {
      "label": "Mais ou menos a que horas?",
      "options": {
        "00-04": "Da meia-noite às 4h",
        "04-08": "Das 4h às 8h",
        "08-12": "Das 8h ao meio-dia",
        "12-16": "Do meio-dia às 16h",
        "16-20": "Das 16h às 20h",
        "20-24": "Das 20h à meia-noite",
        "unknown": "Não sei"
      }
    },
    "incident.force": {
      "label": "Que polícia (police force)?",
      "hint": "A polícia da zona onde aconteceu. Num comboio (trem) ou numa estação de comboios, escolha British Transport Police.",
      "required": "Escolha uma polícia ou «Não sei»",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londres)",
        "british-transport-police": "British Transport Police (comboios e estações)",
        "unknown": "Não sei",
      }
    },
    "incident.area": {
      "label": "Cidade, vila ou zona",
      "hint": "Por exemplo Leeds ou Hackney. Seja geral: sem nomes de ruas.",
      "invalid": "Escreva a cidade ou a zona numa só linha, com 80 caracteres ou menos"
    },
    "incident.postcodeDistrict": {
      "label": "Primeira parte do código postal (postcode)",
      "hint": "Só a primeira parte, por exemplo LS7 ou E8. Nunca o código postal completo.",
      "invalid": "Escreva só a primeira parte do código postal, por exemplo LS7"
    },
    "incident.context": {
      "label": "O que estava a acontecer?",
      "options": {
        "street-stop": "Mandaram parar na rua",
        "stop-and-search": "Mandaram parar e revistaram (stop and search)",
        "traffic-stop": "Mandaram parar na estrada, a conduzir ou de bicicleta (fiscalização de trânsito)",
        "public-transport": "Num autocarro (ônibus) ou comboio (trem), ou numa estação",
        "immigration-operation": "Uma rusga ou operação dos serviços de imigração",
        "protest": "Numa manifestação",
        "welfare-or-medical": "A polícia veio ajudar alguém (por segurança ou por saúde)",
        "other": "Outra coisa",
        "unknown": "Não sei"
      }
    },
    "incident.technology": {
      "label": "A polícia fez scan de quê?",
      "hint": "A polícia usa telefones ou pequenos aparelhos para comparar impressões digitais ou rostos com os registos da polícia e do Home Office (Ministério do Interior britânico).",
      "required": "Escolha de que foi o scan, ou «Não sei»",
      "options": {
        "fingerprint": "Impressões digitais",
        "face": "Rosto (uma fotografia tirada com um telefone ou aparelho)",
        "both": "Impressões digitais e rosto",
        "unsure": "Não sei"
      }
    },
    "scan.reasonGiven": {
      "label": "Que motivo deu a polícia para o scan?",
      "hint": "Marque todas as que se aplicam.",
      "options": {
        "suspected-offence": "Disseram que a pessoa tinha infringido a lei (uma infração)",
        "name-refused": "A pessoa não quis dar o nome",
        "no-id": "A pessoa não tinha documento de identificação",
        "name-doubted": "A polícia não acreditou no nome dado",
        "immigration-check": "Para verificar a situação de imigração",
        "none-given": "Não deram nenhum motivo",
        "other": "Outro motivo"
      }
    },
    "scan.suspectedOffence": {
      "label": "Que infração mencionaram?",
      "options": {
        "motoring": "Uma infração de trânsito ou relacionada com um veículo",
        "minor-offence": "Uma infração pequena (por exemplo deitar lixo no chão ou não pagar o bilhete)",
        "asb-public-order": "Comportamento antissocial ou perturbação da ordem pública",
        "drugs": "Drogas",
        "theft": "Furto",
        "immigration": "Uma infração às regras de imigração",
        "none-stated": "Não disseram qual",
        "other": "Outra infração",
        "unknown": "Não sei"
      }
    },
    "scan.toldReason": {
      "label": "A polícia explicou o motivo do scan?",
      "options": {
        "yes": "Sim",
        "no": "Não",
        "unsure": "Não sei"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "A polícia disse que o scan ia ser comparado com os registos da polícia e do Home Office?",
      "hint": "A lei (PACE 1984) diz que a polícia deve avisar a pessoa de que as suas impressões digitais podem ser comparadas com registos.",
      "options": {
        "yes": "Sim",
        "no": "Não",
        "unsure": "Não sei"
      }
    },
    "scan.askedConsent": {
      "label": "A polícia pediu autorização antes do scan?",
      "options": {
        "yes": "Sim",
        "no": "Não",
        "unsure": "Não sei"
      }
    },
    "scan.result": {
      "label": "O que mostrou o scan, tanto quanto sabe?",
      "options": {
        "no-match": "Não encontraram nada (sem correspondência)",
        "match-police": "Uma correspondência nos registos da polícia",
        "match-immigration": "Uma correspondência nos registos de imigração do Home Office",
        "match-both": "Correspondências nos registos da polícia e nos de imigração",
        "scan-failed": "O scan não funcionou",
        "not-told": "A polícia não disse",
        "unknown": "Não sei"
      }
    },
    "outcome": {
      "label": "O que aconteceu depois do scan?",
      "hint": "Marque todas as que se aplicam.",
      "options": {
        "released": "Deixaram a pessoa ir embora",
        "identity-confirmed-released": "A polícia confirmou quem era a pessoa e depois deixou-a ir",
        "fixed-penalty": "Recebeu uma multa (fixed penalty notice)",
        "summons": "Disseram-lhe que tinha de ir a tribunal (summons)",
        "arrested-offence": "A pessoa foi detida (presa) por uma infração",
        "arrested-warrant": "A pessoa foi detida (presa) por causa de um mandado (warrant)",
        "home-office-contacted": "A polícia contactou o Home Office",
        "immigration-enforcement-attended": "Vieram agentes da Immigration Enforcement (serviços de imigração)",
        "immigration-detention": "A pessoa foi levada para um centro de detenção de imigrantes (immigration detention)",
        "taken-to-station": "A pessoa foi levada para uma esquadra da polícia (delegacia)",
        "vehicle-seized": "A polícia apreendeu um veículo",
        "other": "Outra coisa",
        "unknown": "Não sei"
      }
    },
    "person.ethnicity": {
      "label": "Grupo étnico",
      "hint": "Os grupos usados no Censo britânico de 2021 (Census).",
      "options": {
        "white-british": "Branco: inglês, galês, escocês, norte-irlandês ou britânico",
        "white-irish": "Branco: irlandês",
        "white-gypsy-traveller": "Branco: Gypsy ou Irish Traveller (comunidades nómadas britânicas e irlandesas)",
        "white-roma": "Branco: Roma (povo rom ou cigano)",
        "white-other": "Branco: qualquer outra origem branca",
        "mixed-white-black-caribbean": "Misto: branco e negro das Caraíbas",
        "mixed-white-black-african": "Misto: branco e negro africano",
        "mixed-white-asian": "Misto: branco e asiático",
        "mixed-other": "Misto: qualquer outra origem mista",
        "asian-indian": "Asiático ou asiático britânico: indiano",
        "asian-pakistani": "Asiático ou asiático britânico: paquistanês",
        "asian-bangladeshi": "Asiático ou asiático britânico: bangladeshiano",
        "asian-chinese": "Asiático ou asiático britânico: chinês",
        "asian-other": "Asiático ou asiático britânico: qualquer outra origem asiática",
        "black-african": "Negro, negro britânico, das Caraíbas ou africano: africano",
        "black-caribbean": "Negro, negro britânico, das Caraíbas ou africano: das Caraíbas",
        "black-other": "Negro, negro britânico, das Caraíbas ou africano: qualquer outra origem negra",
        "other-arab": "Outro grupo étnico: árabe",
        "other-any": "Outro grupo étnico: qualquer outro",
        "prefer-not-to-say": "Prefiro não dizer",
        "unknown": "Não sei"
      }
    },
    "person.ethnicitySource": {
      "label": "Como sabe o grupo étnico da pessoa?",
      "options": {
        "self": "A pessoa disse-me, ou sou eu",
        "perceived": "É a minha impressão"
      }
    },
    "person.gender": {
      "label": "Género",
      "options": {
        "woman": "Mulher",
        "man": "Homem",
        "non-binary": "Não binário",
        "self-describe": "Descreve-se de outra forma",
        "prefer-not-to-say": "Prefiro não dizer",
        "unknown": "Não sei"
      }
    },
    "person.ageBand": {
      "label": "Idade, mais ou menos",
      "options": {
        "under-10": "Menos de 10",
        "10-14": "10 a 14",
        "15-17": "15 a 17",
        "18-19": "18 ou 19",
        "20-24": "20 a 24",
        "25-34": "25 a 34",
        "35-44": "35 a 44",
        "45-54": "45 a 54",
        "55-64": "55 a 64",
        "65-plus": "65 ou mais",
        "unknown": "Não sei"
      }
    },
    "person.immigrationStatus": {
      "label": "Situação de imigração (immigration status)",
      "hint": "Só se souber. Ajuda a mostrar se os scans são usados para controlos de imigração.",
      "options": {
        "british-or-irish-citizen": "Cidadão britânico ou irlandês",
        "settled-or-pre-settled": "Settled status ou pre-settled status, ou autorização de residência por tempo indeterminado (indefinite leave to remain)",
        "visa-holder": "Tem visto (por exemplo de trabalho, estudo ou família)",
        "asylum-seeker-or-refugee": "Requerente de asilo ou refugiado",
        "no-status": "Sem autorização para estar no Reino Unido (sem documentos)",
        "prefer-not-to-say": "Prefiro não dizer",
        "unknown": "Não sei"
      }
    },
    "narrative": {
      "label": "Conte-nos o que aconteceu",
      "hint": "Escreva em qualquer língua. Não escreva nomes, moradas, números de telefone nem nada que mostre quem é ou quem são outras pessoas."
    },
    "contact.consent": {
      "label": "Podem contactar-me sobre este relato"
    },
    "contact.details": {
      "label": "Como pode a campanha entrar em contacto consigo?",
      "required": "Escreva como a campanha pode entrar em contacto consigo, ou desmarque «Podem contactar-me sobre este relato»",
      "invalid": "Os dados de contacto devem ter 200 caracteres ou menos"
    }
  },
  "choose": "Escolha uma opção",
  "dateParts": {
    "day": "Dia",
    "month": "Mês",
    "year": "Ano"
  },
  "dateFuture": "A data tem de ser hoje ou no passado",
  "charsLeft": "Caracteres restantes: {count}",
  "charsOver": "Caracteres a mais: {count}",
  "tooLong": "O seu texto é demasiado longo. Caracteres a mais: {count}. Encurte-o para {max} caracteres ou menos.",
  "errorTitle": "Há um problema",
  "errorPrefix": "Erro: ",
  "sentTitle": "Relato enviado — obrigado",
  "sentBody": [
    "O seu relato foi encriptado neste aparelho e enviado. O site guardou só a cópia trancada.",
    "A campanha destranca os relatos no seu próprio computador, junta-os com outros relatos e publica só totais. Os números pequenos ficam escondidos para que ninguém possa ser identificado.",
    "Ninguém vai entrar em contacto consigo, a não ser que tenha dado dados de contacto e autorizado o contacto.",
    "Nada do seu relato fica guardado neste aparelho. Se tem medo de que alguém veja este aparelho, feche este separador (aba)."
  ],
  "another": "Enviar outro relato",
  "failTitle": "O seu relato ainda não foi enviado",
  "failKept": "O seu relato está guardado, trancado, nesta página. Não precisa de o escrever outra vez.",
  "failOffline": "Não conseguimos chegar ao site. Verifique se tem internet e tente outra vez.",
  "failBusy": "O site está ocupado neste momento. Espere alguns minutos e tente outra vez.",
  "failServer": "Algo correu mal no site. Espere um pouco e tente outra vez.",
  "failRejected": "O site não aceitou o relato. Tente outra vez. Se continuar a acontecer, recarregue a página e preencha o formulário de novo.",
  "retry": "Tentar outra vez",
  "about": {
    "link": "Quem gere este site e o que acontece às suas respostas",
    "title": "Sobre este site e as suas respostas",
    "runByTitle": "Quem gere este site",
    "runByDefault": "Este site é gerido pela campanha {campaign}.",
    "dataTitle": "O que acontece às suas respostas",
    "data": [
      "As suas respostas são encriptadas (trancadas) no seu navegador antes de serem enviadas. O servidor deste site não as consegue destrancar.",
      "O servidor guarda o relato trancado e o dia em que chegou, não a hora. Não guarda o seu endereço de internet (IP), dados do seu telefone ou navegador, nem cookies.",
      "Para travar avalanches de relatos falsos, o servidor usa durante pouco tempo uma forma codificada do seu endereço de internet, só na memória. Nunca fica escrita em lado nenhum.",
      "Nada fica guardado no seu aparelho. O navegador pode ainda mostrar este site no histórico. Uma janela privada (anónima) evita isso.",
      "A campanha descarrega os relatos trancados e destranca-os no seu próprio computador. Publica só totais e esconde os números pequenos, para que ninguém possa ser identificado.",
      "Se der dados de contacto, eles são trancados com o resto do relato. Só a campanha os pode ler."
    ],
    "noticeLink": "A política de privacidade completa da campanha"
  },
  "rights": {
    "link": "Os seus direitos se a polícia lhe fizer um scan",
    "title": "Os seus direitos se a polícia lhe fizer um scan",
    "notAdvice": "Isto é informação geral, não é aconselhamento jurídico. Trata da lei em Inglaterra e no País de Gales. Na Escócia e na Irlanda do Norte a lei é diferente.",
    "whenTitle": "Quando pode a polícia tirar as suas impressões digitais na rua?",
    "when": "A polícia precisa da sua autorização para tirar as suas impressões digitais, exceto nos casos que a lei define. Na rua, um agente só pode fazer um scan das suas impressões digitais sem a sua autorização se estas duas coisas forem verdade:",
    "conditions": [
      "o agente tem um motivo real para suspeitar de si por um crime (offence): estar a cometê-lo agora, estar a tentar cometê-lo ou já o ter cometido; e",
      "o agente não sabe o seu nome e não o consegue descobrir facilmente, ou tem um motivo real para duvidar do nome que deu."
    ],
    "law": "Isto está na secção 61(6A) da lei Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "O que a polícia tem de lhe dizer",
    "tell": [
      "Antes do scan, o agente tem de lhe dizer o motivo para tirar as suas impressões digitais, e que elas podem ser comparadas com registos.",
      "Pode perguntar ao agente que lei está a usar e o motivo da suspeita.",
      "As regras para fotografias do rosto são menos claras. Pode perguntar para que querem uma fotografia e que lei estão a usar."
    ],
    "checkTitle": "O que o scan verifica",
    "check": [
      "O scan compara as suas impressões digitais com os registos da polícia e com os registos de imigração do Home Office.",
      "A lei diz que as impressões digitais tiradas assim na rua têm de ser destruídas depois da verificação. Não podem ser guardadas."
    ],
    "matchTitle": "O que acontece depois de uma correspondência",
    "match": [
      "Se não houver correspondência, o scan não diz à polícia quem é.",
      "Se houver correspondência, o agente pode ver o nome e o registo ligados às suas impressões digitais. Se houver um mandado (warrant) contra si, ou se a polícia suspeitar de um crime, pode fazer a sua detenção (prisão).",
      "Se houver correspondência nos registos de imigração, a polícia pode contactar o Home Office. Depois, agentes de imigração podem pedir para falar consigo ou vir ao sítio onde está.",
      "Em caso de detenção, tem direito a aconselhamento jurídico gratuito de um advogado (solicitor) na esquadra da polícia. Peça-o."
    ],
    "helpTitle": "Onde pedir ajuda",
    "helpNone": "Pergunte num law centre (centro de apoio jurídico gratuito) ou no Citizens Advice perto de si."
  }
};
