/**
 * Čeština (cs): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Nahlásit skenování policií",
  "exit": "Odejít z tohoto webu",
  "noJs": "Tento formulář potřebuje JavaScript. Vaše hlášení se zašifruje (zamkne) na tomto zařízení ještě před odesláním. Proto ho nikdo jiný — ani tento web — nemůže přečíst. K tomu je potřeba JavaScript. Zapněte prosím JavaScript, nebo kontaktujte kampaň jinak:",
  "loadFailed": "Formulář se nepodařilo načíst. Zkontrolujte připojení k internetu a načtěte stránku znovu. Nebo kontaktujte kampaň jinak:",
  "loading": "Načítání formuláře…",
  "demo": "Ukázka — neposílejte skutečná hlášení.",
  "demoMore": "Toto je zkušební kopie formuláře. Cokoli sem pošlete, není chráněné a může si to přečíst kdokoli.",
  "language": "Jazyk",
  "switchFailed": "Tento jazyk se nepodařilo načíst. Vaše odpovědi tu pořád jsou. Zkontrolujte připojení k internetu a zkuste to znovu.",
  "newTab": "(otevře se na nové kartě)",
  "backToForm": "Zpět na formulář",
  "intro": "Tímto formulářem můžete kampani říct o situaci, kdy policie naskenovala někomu otisky prstů nebo obličej telefonem nebo malým ručním zařízením. Nemusíte uvádět své jméno.",
  "safetyTitle": "Vaše bezpečí",
  "safety": [
    "Pro rychlý odchod stiskněte klávesu Esc nebo tlačítko „Odejít z tohoto webu“. Vaše odpovědi se smažou.",
    "Na tomto zařízení se nic neukládá. Když stránku zavřete nebo opustíte, vaše odpovědi zmizí.",
    "Pro větší bezpečí použijte anonymní okno (inkognito)."
  ],
  "encrypted": "Vaše odpovědi se zašifrují (zamknou) na tomto zařízení ještě před odesláním. Odemknout je může jen kampaň — ne server tohoto webu, ani nikdo, kdo sleduje internetové připojení.",
  "fingerprint": "Kontrolní kód klíče kampaně (fingerprint):",
  "fingerprintHint": "Pokud je tento kód stejný jako kód, který kampaň zveřejňuje, může vaše hlášení přečíst jen kampaň.",
  "fingerprintWhere": "Kampaň zveřejňuje svůj kód zde:",
  "fingerprintAsk": "Zeptejte se kampaně, kde svůj kód zveřejňuje.",
  "optional": " (nepovinné)",
  "allOptional": "Všechny otázky v této části jsou nepovinné.",
  "outlineTitle": "Části formuláře",
  "partOf": "Část {n} z {total}",
  "sendTitle": "Odeslat hlášení",
  "send": "Zašifrovat a odeslat hlášení",
  "sending": "Hlášení se šifruje a odesílá…",
  "preparing": "Web je teď přetížený, proto toto zařízení před odesláním provádí krátkou kontrolu. Může to trvat několik sekund. Nechte prosím tuto stránku otevřenou.",
  "honeypot": "Toto pole nechte prázdné.",
  "sections": {
    "about": "O vás",
    "where": "Kdy a kde",
    "scan": "Skenování",
    "next": "Co se stalo potom",
    "person": "Člověk, kterého naskenovali",
    "account": "Co se stalo — vlastními slovy",
    "contact": "Kontakt"
  },
  "personWhy": "Tyto odpovědi pomáhají kampani ukázat, koho policie skenuje — například jestli černé lidi skenuje častěji než bílé. Pokud naskenovali vás, odpovídejte o sobě. Odpovězte jen na to, na co chcete.",
  "contactWhy": "Kampaň vás kontaktovat nepotřebuje. Vyplňte to, jen pokud chcete, aby se vám ozvala.",
  "contactWarning": "Pozor: kontaktní údaje prozradí, kdo jste. Kdokoli, kdo později získá toto hlášení, to může zjistit. Použijte něco bezpečného, například e-mail, který si založíte jen pro tento účel.",
  "fields": {
    "reporter.role": {
      "label": "Jak víte o skenování?",
      "required": "Vyberte, jak víte o skenování",
      "options": {
        "subject": "Naskenovali mě",
        "witness": "Viděl(a) jsem, jak se to stalo někomu jinému",
        "told-by-subject": "Řekl mi o tom člověk, kterého naskenovali",
        "legal-observer": "Byl(a) jsem tam jako právní pozorovatel (legal observer) nebo pozorovatel za komunitu",
        "other": "Jinak"
      }
    },
    "incident.date": {
      "label": "Kdy se to stalo?",
      "hint": "Například 27 3 2025. Pokud znáte jen měsíc nebo nechcete uvést den, nechte pole Den prázdné.",
      "required": "Zadejte měsíc a rok, kdy se to stalo",
      "invalid": "Zadejte skutečné datum číslicemi, například 3 a 2025 pro březen 2025"
    },
    "incident.timeBand": {
      "label": "Kolik bylo zhruba hodin?",
      "options": {
        "00-04": "Od půlnoci do 4:00",
        "04-08": "Od 4:00 do 8:00",
        "08-12": "Od 8:00 do poledne",
        "12-16": "Od poledne do 16:00",
        "16-20": "Od 16:00 do 20:00",
        "20-24": "Od 20:00 do půlnoci",
        "unknown": "Nevím"
      }
    },
    "incident.force": {
      "label": "Která policie (police force)?",
      "hint": "Policie pro oblast, kde se to stalo. Ve vlaku nebo na nádraží vyberte British Transport Police.",
      "required": "Vyberte policii, nebo „Nevím“",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londýn)",
        "british-transport-police": "British Transport Police (vlaky a nádraží)",
        "unknown": "Nevím",
      }
    },
    "incident.area": {
      "label": "Město, obec nebo oblast",
      "hint": "Například Leeds nebo Hackney. Pište obecně: bez názvů ulic.",
      "invalid": "Napište město nebo oblast na jeden řádek, nejvýše 80 znaků"
    },
    "incident.postcodeDistrict": {
      "label": "První část PSČ (postcode)",
      "hint": "Jen první část, například LS7 nebo E8. Nikdy celé PSČ.",
      "invalid": "Napište jen první část PSČ, například LS7"
    },
    "incident.context": {
      "label": "Co se dělo?",
      "options": {
        "street-stop": "Zastavení na ulici",
        "stop-and-search": "Zastavení a prohlídka (stop and search)",
        "traffic-stop": "Zastavení za jízdy (silniční kontrola)",
        "public-transport": "V autobuse nebo ve vlaku, nebo na nádraží či zastávce",
        "immigration-operation": "Razie nebo zásah imigračních úřadů",
        "protest": "Na demonstraci",
        "welfare-or-medical": "Policie přišla někomu pomoct (kvůli bezpečí nebo zdraví)",
        "other": "Něco jiného",
        "unknown": "Nevím"
      }
    },
    "incident.technology": {
      "label": "Co policie naskenovala?",
      "hint": "Policie používá telefony nebo malá zařízení. Porovnává jimi otisky prstů nebo obličeje se záznamy policie a Home Office (britské ministerstvo vnitra).",
      "required": "Vyberte, co policie naskenovala, nebo „Nevím“",
      "options": {
        "fingerprint": "Otisky prstů",
        "face": "Obličej (fotka pořízená telefonem nebo zařízením)",
        "both": "Otisky prstů i obličej",
        "unsure": "Nevím"
      }
    },
    "scan.reasonGiven": {
      "label": "Jaký důvod skenování policie uvedla?",
      "hint": "Zaškrtněte vše, co platí.",
      "options": {
        "suspected-offence": "Řekli, že ten člověk porušil zákon (přestupek nebo trestný čin)",
        "name-refused": "Ten člověk nechtěl říct své jméno",
        "no-id": "Ten člověk neměl doklad totožnosti",
        "name-doubted": "Policie nevěřila uvedenému jménu",
        "immigration-check": "Kvůli kontrole imigračního (pobytového) statusu",
        "none-given": "Neuvedli žádný důvod",
        "other": "Jiný důvod"
      }
    },
    "scan.suspectedOffence": {
      "label": "Jaký přestupek nebo trestný čin zmínili?",
      "options": {
        "motoring": "Dopravní přestupek nebo něco kolem vozidla",
        "minor-offence": "Drobný přestupek (například odhozený odpadek nebo jízda bez jízdenky)",
        "asb-public-order": "Rušení veřejného pořádku nebo antisociální chování",
        "drugs": "Drogy",
        "theft": "Krádež",
        "immigration": "Porušení imigračních předpisů",
        "none-stated": "Neřekli jaký",
        "other": "Něco jiného",
        "unknown": "Nevím"
      }
    },
    "scan.toldReason": {
      "label": "Vysvětlila policie, proč chce skenovat?",
      "options": {
        "yes": "Ano",
        "no": "Ne",
        "unsure": "Nevím"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "Řekla policie, že sken porovná se záznamy policie a Home Office?",
      "hint": "Zákon (PACE 1984) říká, že policie má člověku říct, že jeho otisky prstů mohou porovnat se záznamy.",
      "options": {
        "yes": "Ano",
        "no": "Ne",
        "unsure": "Nevím"
      }
    },
    "scan.askedConsent": {
      "label": "Požádala policie před skenováním o souhlas?",
      "options": {
        "yes": "Ano",
        "no": "Ne",
        "unsure": "Nevím"
      }
    },
    "scan.result": {
      "label": "Co sken ukázal, pokud víte?",
      "options": {
        "no-match": "Nic se nenašlo (žádná shoda)",
        "match-police": "Shoda v záznamech policie",
        "match-immigration": "Shoda v imigračních záznamech Home Office",
        "match-both": "Shoda v záznamech policie i v imigračních záznamech",
        "scan-failed": "Sken nefungoval",
        "not-told": "Policie to neřekla",
        "unknown": "Nevím"
      }
    },
    "outcome": {
      "label": "Co se stalo po skenování?",
      "hint": "Zaškrtněte vše, co platí.",
      "options": {
        "released": "Toho člověka pustili",
        "identity-confirmed-released": "Policie ověřila totožnost a pak toho člověka pustila",
        "fixed-penalty": "Pokuta (fixed penalty notice)",
        "summons": "Předvolání k soudu (summons)",
        "arrested-offence": "Zatčení kvůli přestupku nebo trestnému činu",
        "arrested-warrant": "Zatčení kvůli zatykači (warrant)",
        "home-office-contacted": "Policie kontaktovala Home Office",
        "immigration-enforcement-attended": "Přijeli úředníci Immigration Enforcement (imigrační služba)",
        "immigration-detention": "Umístění do zařízení pro zajištění cizinců (immigration detention)",
        "taken-to-station": "Odvoz na policejní stanici",
        "vehicle-seized": "Policie zabavila vozidlo",
        "other": "Něco jiného",
        "unknown": "Nevím"
      }
    },
    "person.ethnicity": {
      "label": "Etnická skupina",
      "hint": "Skupiny z britského sčítání lidu v roce 2021 (Census).",
      "options": {
        "white-british": "Bílá: anglická, velšská, skotská, severoirská nebo britská",
        "white-irish": "Bílá: irská",
        "white-gypsy-traveller": "Bílá: Gypsy nebo Irish Traveller (britští a irští kočovníci)",
        "white-roma": "Bílá: romská (Romové, Roma)",
        "white-other": "Bílá: jiný bílý původ",
        "mixed-white-black-caribbean": "Smíšená: bílá a černá karibská",
        "mixed-white-black-african": "Smíšená: bílá a černá africká",
        "mixed-white-asian": "Smíšená: bílá a asijská",
        "mixed-other": "Smíšená: jiný smíšený původ",
        "asian-indian": "Asijská nebo asijská britská: indická",
        "asian-pakistani": "Asijská nebo asijská britská: pákistánská",
        "asian-bangladeshi": "Asijská nebo asijská britská: bangladéšská",
        "asian-chinese": "Asijská nebo asijská britská: čínská",
        "asian-other": "Asijská nebo asijská britská: jiný asijský původ",
        "black-african": "Černá, černá britská, karibská nebo africká: africká",
        "black-caribbean": "Černá, černá britská, karibská nebo africká: karibská",
        "black-other": "Černá, černá britská, karibská nebo africká: jiný černý původ",
        "other-arab": "Jiná etnická skupina: arabská",
        "other-any": "Jiná etnická skupina: jakákoli jiná",
        "prefer-not-to-say": "Nechci uvádět",
        "unknown": "Nevím"
      }
    },
    "person.ethnicitySource": {
      "label": "Jak víte, do jaké etnické skupiny patří?",
      "options": {
        "self": "Řekl(a) mi to, nebo jde o mě",
        "perceived": "Je to můj dojem"
      }
    },
    "person.gender": {
      "label": "Pohlaví",
      "options": {
        "woman": "Žena",
        "man": "Muž",
        "non-binary": "Nebinární",
        "self-describe": "Popisuje to jinak",
        "prefer-not-to-say": "Nechci uvádět",
        "unknown": "Nevím"
      }
    },
    "person.ageBand": {
      "label": "Věk, zhruba",
      "options": {
        "under-10": "Méně než 10",
        "10-14": "10 až 14",
        "15-17": "15 až 17",
        "18-19": "18 nebo 19",
        "20-24": "20 až 24",
        "25-34": "25 až 34",
        "35-44": "35 až 44",
        "45-54": "45 až 54",
        "55-64": "55 až 64",
        "65-plus": "65 a více",
        "unknown": "Nevím"
      }
    },
    "person.immigrationStatus": {
      "label": "Imigrační (pobytový) status",
      "hint": "Jen pokud to víte. Pomáhá to ukázat, jestli se skenování používá ke kontrolám imigrace.",
      "options": {
        "british-or-irish-citizen": "Britské nebo irské občanství",
        "settled-or-pre-settled": "Settled nebo pre-settled status, nebo trvalý pobyt (indefinite leave to remain)",
        "visa-holder": "Má vízum (například pracovní, studijní nebo rodinné)",
        "asylum-seeker-or-refugee": "Žadatel o azyl nebo uprchlík",
        "no-status": "Bez imigračního statusu (bez povolení k pobytu)",
        "prefer-not-to-say": "Nechci uvádět",
        "unknown": "Nevím"
      }
    },
    "narrative": {
      "label": "Napište nám, co se stalo",
      "hint": "Pište v jakémkoli jazyce. Neuvádějte jména, adresy, telefonní čísla ani nic jiného, podle čeho by šlo poznat vás nebo někoho jiného."
    },
    "contact.consent": {
      "label": "Kampaň mě může kvůli tomuto hlášení kontaktovat"
    },
    "contact.details": {
      "label": "Jak vás může kampaň kontaktovat?",
      "required": "Napište, jak vás může kampaň kontaktovat, nebo zrušte zaškrtnutí „Kampaň mě může kvůli tomuto hlášení kontaktovat“",
      "invalid": "Kontaktní údaje mohou mít nejvýše 200 znaků"
    }
  },
  "choose": "Vyberte",
  "dateParts": {
    "day": "Den",
    "month": "Měsíc",
    "year": "Rok"
  },
  "dateFuture": "Datum musí být dnešní nebo v minulosti",
  "charsLeft": "Zbývá znaků: {count}",
  "charsOver": "Znaků navíc: {count}",
  "tooLong": "Váš popis je příliš dlouhý. Znaků navíc: {count}. Zkraťte ho na nejvýše {max} znaků.",
  "errorTitle": "Něco je potřeba opravit",
  "errorPrefix": "Chyba: ",
  "sentTitle": "Hlášení odesláno — děkujeme",
  "sentBody": [
    "Vaše hlášení se zašifrovalo na tomto zařízení a odeslalo. Web uložil jen zamčenou kopii.",
    "Kampaň hlášení odemyká na vlastním počítači, sčítá je s ostatními hlášeními a zveřejňuje jen celková čísla. Malá čísla skrývá, aby nikoho nešlo poznat.",
    "Nikdo vás nebude kontaktovat, pokud jste neuvedli kontaktní údaje a nesouhlasili s kontaktem.",
    "Na tomto zařízení z vašeho hlášení nic nezůstalo. Pokud se bojíte, že někdo toto zařízení zkontroluje, zavřete tuto kartu."
  ],
  "another": "Odeslat další hlášení",
  "failTitle": "Vaše hlášení zatím nebylo odesláno",
  "failKept": "Vaše hlášení zůstává na této stránce, zamčené. Nemusíte ho psát znovu.",
  "failOffline": "Nepodařilo se spojit s webem. Zkontrolujte připojení k internetu a zkuste to znovu.",
  "failBusy": "Web je teď přetížený. Počkejte pár minut a zkuste to znovu.",
  "failServer": "Na webu se něco pokazilo. Chvíli počkejte a zkuste to znovu.",
  "failRejected": "Web hlášení nepřijal. Zkuste to znovu. Pokud se to opakuje, načtěte stránku znovu a vyplňte formulář od začátku.",
  "retry": "Zkusit znovu",
  "about": {
    "link": "Kdo tento web provozuje a co se děje s vašimi odpověďmi",
    "title": "O tomto webu a vašich odpovědích",
    "runByTitle": "Kdo tento web provozuje",
    "runByDefault": "Tento web provozuje kampaň {campaign}.",
    "dataTitle": "Co se děje s vašimi odpověďmi",
    "data": [
      "Vaše odpovědi se zašifrují (zamknou) ve vašem prohlížeči ještě před odesláním. Server tohoto webu je nemůže odemknout.",
      "Server uchovává zamčené hlášení a den, kdy přišlo, ne čas. Neuchovává vaši internetovou (IP) adresu, údaje o vašem telefonu nebo prohlížeči ani žádné cookies.",
      "Aby zastavil záplavy falešných hlášení, používá server krátce pozměněnou (zakódovanou) podobu vaší internetové adresy, jen v paměti. Nikdy ji nikam nezapíše.",
      "Na vašem zařízení se nic neukládá. Prohlížeč může tento web přesto ukazovat v historii. Anonymní okno (inkognito) tomu zabrání.",
      "Kampaň si zamčená hlášení stáhne a odemkne je na vlastním počítači. Zveřejňuje jen celková čísla a malá čísla skrývá, aby nikoho nešlo poznat.",
      "Pokud uvedete kontaktní údaje, zamknou se spolu se zbytkem hlášení. Přečíst je může jen kampaň."
    ],
    "noticeLink": "Úplné zásady ochrany soukromí kampaně"
  },
  "rights": {
    "link": "Vaše práva, když vás policie skenuje",
    "title": "Vaše práva, když vás policie skenuje",
    "notAdvice": "Toto jsou obecné informace, ne právní rada. Týkají se práva v Anglii a Walesu. Ve Skotsku a v Severním Irsku platí jiné zákony.",
    "whenTitle": "Kdy vám policie může na ulici vzít otisky prstů?",
    "when": "K odebrání otisků prstů potřebuje policie váš souhlas, kromě případů, které stanoví zákon. Na ulici může policista naskenovat vaše otisky prstů bez vašeho souhlasu, jen když platí obě tyto věci:",
    "conditions": [
      "policista má skutečný důvod podezírat vás z trestného činu (offence): že ho právě pácháte, pokoušíte se o něj, nebo jste ho spáchali; a",
      "policista nezná vaše jméno a nemůže ho snadno zjistit, nebo má skutečný důvod pochybovat o jménu, které jste uvedli."
    ],
    "law": "Stanoví to paragraf 61(6A) zákona Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Co vám policie musí říct",
    "tell": [
      "Před skenováním vám policista musí říct, proč vám bere otisky prstů a že je mohou porovnat se záznamy.",
      "Můžete se policisty zeptat, podle jakého zákona postupuje a proč vás podezírá.",
      "Pravidla pro fotky obličeje jsou méně jasná. Můžete se zeptat, proč chtějí fotku a podle jakého zákona postupují."
    ],
    "checkTitle": "Co sken kontroluje",
    "check": [
      "Sken porovná vaše otisky prstů se záznamy policie a s imigračními záznamy Home Office.",
      "Zákon říká, že otisky prstů odebrané takto na ulici se musí po kontrole zničit. Nesmí se uchovávat."
    ],
    "matchTitle": "Co se stane, když se najde shoda",
    "match": [
      "Pokud se shoda nenajde, sken policii neřekne, kdo jste.",
      "Pokud se shoda najde, policista uvidí jméno a záznam spojený s vašimi otisky prstů. Pokud na vás existuje zatykač (warrant) nebo policie podezírá trestný čin, může vás zatknout.",
      "Pokud se najde shoda v imigračních záznamech, policie může kontaktovat Home Office. Imigrační úředníci pak mohou chtít s vámi mluvit nebo přijet tam, kde jste.",
      "Pokud vás zatknou, máte na policejní stanici právo na bezplatnou právní radu od advokáta (solicitor). Požádejte o ni."
    ],
    "helpTitle": "Kde najít pomoc",
    "helpNone": "Obraťte se na law centre (bezplatná právní poradna) nebo Citizens Advice ve vašem okolí."
  }
};
