/**
 * Română (ro): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Raportați o scanare făcută de poliție",
  "exit": "Ieșiți de pe acest site",
  "noJs": "Acest formular are nevoie de JavaScript. Raportul dumneavoastră este criptat (încuiat) pe acest dispozitiv înainte de a fi trimis. Așa, nimeni altcineva — nici măcar acest site — nu îl poate citi. Pentru asta este nevoie de JavaScript. Vă rugăm să porniți JavaScript sau să contactați campania în alt mod:",
  "loadFailed": "Formularul nu s-a putut încărca. Verificați conexiunea la internet, apoi reîncărcați pagina. Sau contactați campania în alt mod:",
  "loading": "Se încarcă formularul…",
  "demo": "Demonstrație — nu trimiteți rapoarte reale.",
  "demoMore": "Aceasta este o copie de test a formularului. Ce trimiteți aici nu este protejat și poate fi citit de oricine.",
  "language": "Limba",
  "switchFailed": "Limba aceasta nu s-a putut încărca. Răspunsurile sunt tot aici. Verificați conexiunea la internet și încercați din nou.",
  "newTab": "(se deschide într-o filă nouă)",
  "backToForm": "Înapoi la formular",
  "intro": "Folosiți acest formular ca să spuneți campaniei despre o situație în care poliția a scanat amprentele sau fața cuiva cu un telefon sau cu un dispozitiv mic, ținut în mână. Nu trebuie să vă spuneți numele.",
  "safetyTitle": "Siguranța dumneavoastră",
  "safety": [
    "Ca să ieșiți repede, apăsați tasta Esc sau butonul „Ieșiți de pe acest site”. Răspunsurile se șterg.",
    "Nimic nu se salvează pe acest dispozitiv. Dacă închideți sau părăsiți pagina, răspunsurile dispar.",
    "Pentru mai multă siguranță, folosiți o fereastră privată (incognito)."
  ],
  "encrypted": "Răspunsurile sunt criptate (încuiate) pe acest dispozitiv înainte de a fi trimise. Doar campania le poate descuia — nu serverul acestui site și nici cineva care urmărește conexiunea la internet.",
  "fingerprint": "Codul de verificare al cheii campaniei (fingerprint):",
  "fingerprintHint": "Dacă acest cod este același cu cel publicat de campanie, doar campania vă poate citi raportul.",
  "fingerprintWhere": "Campania își publică codul aici:",
  "fingerprintAsk": "Întrebați campania unde își publică codul.",
  "optional": " (opțional)",
  "allOptional": "Toate întrebările din această parte sunt opționale.",
  "outlineTitle": "Părțile formularului",
  "partOf": "Partea {n} din {total}",
  "sendTitle": "Trimiteți raportul",
  "send": "Criptați și trimiteți raportul",
  "sending": "Raportul se criptează și se trimite…",
  "preparing": "Site-ul este ocupat acum, așa că acest dispozitiv face o scurtă verificare înainte de trimitere. Poate dura câteva secunde. Vă rugăm să lăsați această pagină deschisă.",
  "honeypot": "Lăsați această casetă goală.",
  "sections": {
    "about": "Despre dumneavoastră",
    "where": "Când și unde",
    "scan": "Scanarea",
    "next": "Ce s-a întâmplat după",
    "person": "Persoana scanată",
    "account": "Ce s-a întâmplat, în cuvintele dumneavoastră",
    "contact": "Date de contact"
  },
  "personWhy": "Aceste răspunsuri ajută campania să arate pe cine scanează poliția — de exemplu, dacă persoanele negre sunt scanate mai des decât persoanele albe. Dacă dumneavoastră ați fost scanat(ă), răspundeți despre dumneavoastră. Răspundeți doar la ce vreți.",
  "contactWhy": "Campania nu are nevoie să vă contacteze. Completați aici doar dacă vreți să vă contacteze.",
  "contactWarning": "Atenție: datele de contact arată cine sunteți. Oricine primește mai târziu acest raport ar putea afla cine sunteți. Folosiți ceva sigur, de exemplu o adresă de e-mail făcută doar pentru asta.",
  "fields": {
    "reporter.role": {
      "label": "Cum știți despre scanare?",
      "required": "Alegeți cum știți despre scanare",
      "options": {
        "subject": "Eu am fost scanat(ă)",
        "witness": "Am văzut cum i s-a întâmplat altcuiva",
        "told-by-subject": "Persoana scanată mi-a povestit",
        "legal-observer": "Am fost acolo ca observator juridic (legal observer) sau observator din comunitate",
        "other": "Altfel"
      }
    },
    "incident.date": {
      "label": "Când s-a întâmplat?",
      "hint": "De exemplu 27 3 2025. Dacă știți doar luna sau nu vreți să spuneți ziua, lăsați Ziua goală.",
      "required": "Scrieți luna și anul când s-a întâmplat",
      "invalid": "Scrieți o dată reală, în cifre, de exemplu 3 și 2025 pentru martie 2025"
    },
    "incident.timeBand": {
      "label": "Cam ce oră era?",
      "options": {
        "00-04": "Între miezul nopții și 4:00",
        "04-08": "Între 4:00 și 8:00",
        "08-12": "Între 8:00 și prânz (12:00)",
        "12-16": "Între prânz (12:00) și 16:00",
        "16-20": "Între 16:00 și 20:00",
        "20-24": "Între 20:00 și miezul nopții",
        "unknown": "Nu știu"
      }
    },
    "incident.force": {
      "label": "Ce poliție (police force)?",
      "hint": "Poliția din zona unde s-a întâmplat. În tren sau într-o gară, alegeți British Transport Police.",
      "required": "Alegeți poliția sau „Nu știu”",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londra)",
        "british-transport-police": "British Transport Police (trenuri și gări)",
        "unknown": "Nu știu",
      }
    },
    "incident.area": {
      "label": "Orașul, localitatea sau zona",
      "hint": "De exemplu Leeds sau Hackney. Scrieți general: fără nume de străzi.",
      "invalid": "Scrieți orașul sau zona pe un singur rând, în cel mult 80 de caractere"
    },
    "incident.postcodeDistrict": {
      "label": "Prima parte a codului poștal (postcode)",
      "hint": "Doar prima parte, de exemplu LS7 sau E8. Niciodată codul poștal întreg.",
      "invalid": "Scrieți doar prima parte a codului poștal, de exemplu LS7"
    },
    "incident.context": {
      "label": "Ce se întâmpla?",
      "options": {
        "street-stop": "Oprire pe stradă",
        "stop-and-search": "Oprire și percheziție (stop and search)",
        "traffic-stop": "Oprire în trafic, la volan sau pe bicicletă",
        "public-transport": "Într-un autobuz sau tren, sau într-o stație sau gară",
        "immigration-operation": "O razie sau o acțiune a autorităților de imigrare",
        "protest": "La un protest",
        "welfare-or-medical": "Poliția a venit să ajute pe cineva (pentru siguranța sau sănătatea cuiva)",
        "other": "Altceva",
        "unknown": "Nu știu"
      }
    },
    "incident.technology": {
      "label": "Ce a scanat poliția?",
      "hint": "Poliția folosește telefoane sau dispozitive mici ca să verifice amprentele sau fețele în evidențele poliției și ale Home Office (Ministerul de Interne britanic).",
      "required": "Alegeți ce a scanat poliția sau „Nu știu”",
      "options": {
        "fingerprint": "Amprentele",
        "face": "Fața (o poză făcută cu un telefon sau un dispozitiv)",
        "both": "Și amprentele, și fața",
        "unsure": "Nu știu"
      }
    },
    "scan.reasonGiven": {
      "label": "Ce motiv a dat poliția pentru scanare?",
      "hint": "Bifați tot ce se potrivește.",
      "options": {
        "suspected-offence": "Au spus că persoana a încălcat legea (o infracțiune sau o contravenție)",
        "name-refused": "Persoana nu a vrut să își spună numele",
        "no-id": "Persoana nu avea act de identitate",
        "name-doubted": "Poliția nu a crezut numele spus",
        "immigration-check": "Ca să verifice statutul de imigrare",
        "none-given": "Nu au dat niciun motiv",
        "other": "Alt motiv"
      }
    },
    "scan.suspectedOffence": {
      "label": "Ce faptă au pomenit?",
      "options": {
        "motoring": "O abatere la volan sau legată de un vehicul",
        "minor-offence": "O faptă mică (de exemplu gunoi aruncat pe jos sau călătorie fără bilet)",
        "asb-public-order": "Comportament antisocial sau tulburarea liniștii publice",
        "drugs": "Droguri",
        "theft": "Furt",
        "immigration": "Încălcarea regulilor de imigrare",
        "none-stated": "Nu au spus care",
        "other": "Altă faptă",
        "unknown": "Nu știu"
      }
    },
    "scan.toldReason": {
      "label": "Poliția a explicat de ce voia să scaneze?",
      "options": {
        "yes": "Da",
        "no": "Nu",
        "unsure": "Nu știu"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "Poliția a spus că scanarea va fi verificată în evidențele poliției și ale Home Office?",
      "hint": "Legea (PACE 1984) spune că poliția trebuie să îi spună persoanei că amprentele ei pot fi verificate în evidențe.",
      "options": {
        "yes": "Da",
        "no": "Nu",
        "unsure": "Nu știu"
      }
    },
    "scan.askedConsent": {
      "label": "Poliția a cerut acordul înainte de scanare?",
      "options": {
        "yes": "Da",
        "no": "Nu",
        "unsure": "Nu știu"
      }
    },
    "scan.result": {
      "label": "Ce a arătat scanarea, din câte știți?",
      "options": {
        "no-match": "Nu s-a găsit nimic (nicio potrivire)",
        "match-police": "O potrivire în evidențele poliției",
        "match-immigration": "O potrivire în evidențele de imigrare ale Home Office",
        "match-both": "Potriviri și în evidențele poliției, și în cele de imigrare",
        "scan-failed": "Scanarea nu a mers",
        "not-told": "Poliția nu a spus",
        "unknown": "Nu știu"
      }
    },
    "outcome": {
      "label": "Ce s-a întâmplat după scanare?",
      "hint": "Bifați tot ce se potrivește.",
      "options": {
        "released": "Persoana a fost lăsată să plece",
        "identity-confirmed-released": "Poliția a confirmat cine este persoana, apoi a lăsat-o să plece",
        "fixed-penalty": "A primit o amendă (fixed penalty notice)",
        "summons": "I s-a spus că trebuie să se prezinte la tribunal (summons)",
        "arrested-offence": "Arestat(ă) pentru o faptă",
        "arrested-warrant": "Arestat(ă) pe baza unui mandat (warrant)",
        "home-office-contacted": "Poliția a contactat Home Office",
        "immigration-enforcement-attended": "Au venit ofițeri de la Immigration Enforcement (poliția de imigrare)",
        "immigration-detention": "Dus(ă) într-un centru de detenție pentru imigranți (immigration detention)",
        "taken-to-station": "Dus(ă) la o secție de poliție",
        "vehicle-seized": "Poliția a luat un vehicul",
        "other": "Altceva",
        "unknown": "Nu știu"
      }
    },
    "person.ethnicity": {
      "label": "Grup etnic",
      "hint": "Grupurile folosite la recensământul britanic din 2021 (Census).",
      "options": {
        "white-british": "Alb: englez, galez, scoțian, nord-irlandez sau britanic",
        "white-irish": "Alb: irlandez",
        "white-gypsy-traveller": "Alb: Gypsy sau Irish Traveller (comunități nomade britanice și irlandeze)",
        "white-roma": "Alb: rom (Roma)",
        "white-other": "Alb: orice altă origine albă",
        "mixed-white-black-caribbean": "Mixt: alb și negru caraibian",
        "mixed-white-black-african": "Mixt: alb și negru african",
        "mixed-white-asian": "Mixt: alb și asiatic",
        "mixed-other": "Mixt: orice altă origine mixtă",
        "asian-indian": "Asiatic sau asiatic britanic: indian",
        "asian-pakistani": "Asiatic sau asiatic britanic: pakistanez",
        "asian-bangladeshi": "Asiatic sau asiatic britanic: bangladez",
        "asian-chinese": "Asiatic sau asiatic britanic: chinez",
        "asian-other": "Asiatic sau asiatic britanic: orice altă origine asiatică",
        "black-african": "Negru, negru britanic, caraibian sau african: african",
        "black-caribbean": "Negru, negru britanic, caraibian sau african: caraibian",
        "black-other": "Negru, negru britanic, caraibian sau african: orice altă origine neagră",
        "other-arab": "Alt grup etnic: arab",
        "other-any": "Alt grup etnic: oricare altul",
        "prefer-not-to-say": "Prefer să nu spun",
        "unknown": "Nu știu"
      }
    },
    "person.ethnicitySource": {
      "label": "Cum știți grupul etnic al persoanei?",
      "options": {
        "self": "Mi-a spus persoana, sau este vorba despre mine",
        "perceived": "Este impresia mea"
      }
    },
    "person.gender": {
      "label": "Gen",
      "options": {
        "woman": "Femeie",
        "man": "Bărbat",
        "non-binary": "Non-binar",
        "self-describe": "Se descrie altfel",
        "prefer-not-to-say": "Prefer să nu spun",
        "unknown": "Nu știu"
      }
    },
    "person.ageBand": {
      "label": "Vârsta, aproximativ",
      "options": {
        "under-10": "Sub 10 ani",
        "10-14": "10–14 ani",
        "15-17": "15–17 ani",
        "18-19": "18 sau 19 ani",
        "20-24": "20–24 de ani",
        "25-34": "25–34 de ani",
        "35-44": "35–44 de ani",
        "45-54": "45–54 de ani",
        "55-64": "55–64 de ani",
        "65-plus": "65 de ani sau mai mult",
        "unknown": "Nu știu"
      }
    },
    "person.immigrationStatus": {
      "label": "Statutul de imigrare",
      "hint": "Doar dacă știți. Ajută să se vadă dacă scanările sunt folosite pentru verificări de imigrare.",
      "options": {
        "british-or-irish-citizen": "Cetățean britanic sau irlandez",
        "settled-or-pre-settled": "Settled status sau pre-settled status, sau drept de ședere pe termen nelimitat (indefinite leave to remain)",
        "visa-holder": "Are viză (de exemplu de muncă, de studii sau de familie)",
        "asylum-seeker-or-refugee": "Solicitant de azil sau refugiat",
        "no-status": "Fără statut de imigrare (fără drept de ședere)",
        "prefer-not-to-say": "Prefer să nu spun",
        "unknown": "Nu știu"
      }
    },
    "narrative": {
      "label": "Spuneți-ne ce s-a întâmplat",
      "hint": "Scrieți în orice limbă. Nu scrieți nume, adrese, numere de telefon sau altceva după care ați putea fi recunoscut(ă) dumneavoastră sau altcineva."
    },
    "contact.consent": {
      "label": "Campania mă poate contacta despre acest raport"
    },
    "contact.details": {
      "label": "Cum vă poate contacta campania?",
      "required": "Scrieți cum vă poate contacta campania sau debifați „Campania mă poate contacta despre acest raport”",
      "invalid": "Datele de contact trebuie să aibă cel mult 200 de caractere"
    }
  },
  "choose": "Alegeți",
  "dateParts": {
    "day": "Ziua",
    "month": "Luna",
    "year": "Anul"
  },
  "dateFuture": "Data trebuie să fie azi sau în trecut",
  "charsLeft": "Caractere rămase: {count}",
  "charsOver": "Caractere în plus: {count}",
  "tooLong": "Textul este prea lung. Caractere în plus: {count}. Scurtați-l la cel mult {max} de caractere.",
  "errorTitle": "Există o problemă",
  "errorPrefix": "Eroare: ",
  "sentTitle": "Raport trimis — vă mulțumim",
  "sentBody": [
    "Raportul a fost criptat pe acest dispozitiv și trimis. Site-ul a păstrat doar copia încuiată.",
    "Campania descuie rapoartele pe propriul calculator, le adună cu alte rapoarte și publică doar totalurile. Numerele mici sunt ascunse, ca nimeni să nu poată fi recunoscut.",
    "Nimeni nu vă va contacta, decât dacă ați dat date de contact și ați spus că puteți fi contactat(ă).",
    "Nimic din raport nu rămâne pe acest dispozitiv. Dacă vă temeți că cineva ar putea verifica acest dispozitiv, închideți această filă."
  ],
  "another": "Trimiteți alt raport",
  "failTitle": "Raportul nu a fost trimis încă",
  "failKept": "Raportul este păstrat, încuiat, pe această pagină. Nu trebuie să îl scrieți din nou.",
  "failOffline": "Nu am putut ajunge la site. Verificați dacă aveți internet, apoi încercați din nou.",
  "failBusy": "Site-ul este ocupat acum. Așteptați câteva minute, apoi încercați din nou.",
  "failServer": "Ceva nu a mers bine pe site. Așteptați puțin, apoi încercați din nou.",
  "failRejected": "Site-ul nu a acceptat raportul. Încercați din nou. Dacă se tot întâmplă, reîncărcați pagina și completați formularul din nou.",
  "retry": "Încercați din nou",
  "about": {
    "link": "Cine se ocupă de acest site și ce se întâmplă cu răspunsurile dumneavoastră",
    "title": "Despre acest site și răspunsurile dumneavoastră",
    "runByTitle": "Cine se ocupă de acest site",
    "runByDefault": "Acest site este administrat de campania {campaign}.",
    "dataTitle": "Ce se întâmplă cu răspunsurile dumneavoastră",
    "data": [
      "Răspunsurile sunt criptate (încuiate) în browser înainte de a fi trimise. Serverul acestui site nu le poate descuia.",
      "Serverul păstrează raportul încuiat și ziua în care a sosit, nu și ora. Nu păstrează adresa dumneavoastră de internet (IP), date despre telefon sau browser și nici cookie-uri.",
      "Ca să oprească valurile de rapoarte false, serverul folosește pentru scurt timp o formă codificată a adresei dumneavoastră de internet, doar în memorie. Ea nu este scrisă niciodată nicăieri.",
      "Nimic nu se salvează pe dispozitivul dumneavoastră. Browserul poate totuși să arate acest site în istoric. O fereastră privată (incognito) evită asta.",
      "Campania descarcă rapoartele încuiate și le descuie pe propriul calculator. Publică doar totaluri și ascunde numerele mici, ca nimeni să nu poată fi recunoscut.",
      "Dacă dați date de contact, ele sunt încuiate împreună cu restul raportului. Doar campania le poate citi."
    ],
    "noticeLink": "Politica de confidențialitate completă a campaniei"
  },
  "rights": {
    "link": "Drepturile dumneavoastră dacă poliția vă scanează",
    "title": "Drepturile dumneavoastră dacă poliția vă scanează",
    "notAdvice": "Acestea sunt informații generale, nu sfaturi juridice. Sunt despre legea din Anglia și Țara Galilor. În Scoția și în Irlanda de Nord legea este diferită.",
    "whenTitle": "Când vă poate lua poliția amprentele pe stradă?",
    "when": "Poliția are nevoie de acordul dumneavoastră ca să vă ia amprentele, cu excepția cazurilor stabilite de lege. Pe stradă, un polițist vă poate scana amprentele fără acordul dumneavoastră doar dacă ambele lucruri de mai jos sunt adevărate:",
    "conditions": [
      "polițistul are un motiv real să vă suspecteze de o infracțiune (offence): că o faceți acum, că încercați să o faceți sau că ați făcut-o; și",
      "polițistul nu vă știe numele și nu îl poate afla ușor, sau are un motiv real să se îndoiască de numele pe care l-ați spus."
    ],
    "law": "Este secțiunea 61(6A) din legea Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Ce trebuie să vă spună poliția",
    "tell": [
      "Înainte de scanare, polițistul trebuie să vă spună de ce vă ia amprentele și că ele pot fi verificate în evidențe.",
      "Îl puteți întreba pe polițist ce lege folosește și de ce vă suspectează.",
      "Regulile pentru fotografiile feței sunt mai puțin clare. Puteți întreba de ce vor o fotografie și ce lege folosesc."
    ],
    "checkTitle": "Ce verifică scanarea",
    "check": [
      "Scanarea compară amprentele dumneavoastră cu evidențele poliției și cu evidențele de imigrare ale Home Office.",
      "Legea spune că amprentele luate astfel pe stradă trebuie distruse după verificare. Nu au voie să fie păstrate."
    ],
    "matchTitle": "Ce se întâmplă după o potrivire",
    "match": [
      "Dacă nu există nicio potrivire, scanarea nu îi spune poliției cine sunteți.",
      "Dacă există o potrivire, polițistul poate vedea numele și dosarul legate de amprentele dumneavoastră. Dacă există un mandat (warrant) pe numele dumneavoastră sau poliția suspectează o infracțiune, vă poate aresta.",
      "Dacă există o potrivire în evidențele de imigrare, poliția poate contacta Home Office. Apoi ofițerii de imigrare pot cere să vorbească cu dumneavoastră sau pot veni unde sunteți.",
      "Dacă sunteți arestat(ă), aveți dreptul la sfaturi juridice gratuite de la un avocat (solicitor) la secția de poliție. Cereți-le."
    ],
    "helpTitle": "Unde găsiți ajutor",
    "helpNone": "Întrebați la un law centre (centru de consiliere juridică gratuită) sau la Citizens Advice din apropiere."
  }
};
