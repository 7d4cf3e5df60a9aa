/**
 * Slovenčina (sk): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Nahlásiť skenovanie políciou",
  "exit": "Odísť z tejto stránky",
  "noJs": "Tento formulár potrebuje JavaScript. Vaše hlásenie sa zašifruje (zamkne) v tomto zariadení ešte pred odoslaním. Preto ho nikto iný — ani táto stránka — nemôže prečítať. Na to je potrebný JavaScript. Zapnite, prosím, JavaScript alebo kontaktujte kampaň inak:",
  "loadFailed": "Formulár sa nepodarilo načítať. Skontrolujte pripojenie na internet a načítajte stránku znova. Alebo kontaktujte kampaň inak:",
  "loading": "Načítava sa formulár…",
  "demo": "Ukážka — neposielajte skutočné hlásenia.",
  "demoMore": "Toto je skúšobná kópia formulára. Čokoľvek sem pošlete, nie je chránené a môže si to prečítať ktokoľvek.",
  "language": "Jazyk",
  "switchFailed": "Tento jazyk sa nepodarilo načítať. Vaše odpovede tu stále sú. Skontrolujte pripojenie na internet a skúste to znova.",
  "newTab": "(otvorí sa na novej karte)",
  "backToForm": "Späť na formulár",
  "intro": "Týmto formulárom môžete kampani povedať o situácii, keď polícia niekomu naskenovala odtlačky prstov alebo tvár telefónom alebo malým ručným zariadením. Nemusíte uviesť svoje meno.",
  "safetyTitle": "Vaša bezpečnosť",
  "safety": [
    "Ak chcete rýchlo odísť, stlačte kláves Esc alebo tlačidlo „Odísť z tejto stránky“. Vaše odpovede sa vymažú.",
    "V tomto zariadení sa nič neukladá. Keď stránku zatvoríte alebo opustíte, vaše odpovede zmiznú.",
    "Pre väčšiu bezpečnosť použite súkromné okno (inkognito)."
  ],
  "encrypted": "Vaše odpovede sa zašifrujú (zamknú) v tomto zariadení ešte pred odoslaním. Odomknúť ich môže iba kampaň — nie server tejto stránky, ani nikto, kto sleduje internetové pripojenie.",
  "fingerprint": "Kontrolný kód kľúča kampane (fingerprint):",
  "fingerprintHint": "Ak je tento kód rovnaký ako kód, ktorý kampaň zverejňuje, vaše hlásenie môže prečítať iba kampaň.",
  "fingerprintWhere": "Kampaň zverejňuje svoj kód tu:",
  "fingerprintAsk": "Opýtajte sa kampane, kde zverejňuje svoj kód.",
  "optional": " (nepovinné)",
  "allOptional": "Všetky otázky v tejto časti sú nepovinné.",
  "outlineTitle": "Časti formulára",
  "partOf": "Časť {n} z {total}",
  "sendTitle": "Odoslať hlásenie",
  "send": "Zašifrovať a odoslať hlásenie",
  "sending": "Hlásenie sa šifruje a odosiela…",
  "preparing": "Stránka je teraz preťažená, preto toto zariadenie pred odoslaním robí krátku kontrolu. Môže to trvať niekoľko sekúnd. Nechajte, prosím, túto stránku otvorenú.",
  "honeypot": "Toto pole nechajte prázdne.",
  "sections": {
    "about": "O vás",
    "where": "Kedy a kde",
    "scan": "Skenovanie",
    "next": "Čo sa stalo potom",
    "person": "Človek, ktorého naskenovali",
    "account": "Čo sa stalo — vlastnými slovami",
    "contact": "Kontakt"
  },
  "personWhy": "Tieto odpovede pomáhajú kampani ukázať, koho polícia skenuje — napríklad či čiernych ľudí skenuje častejšie ako bielych. Ak naskenovali vás, odpovedajte o sebe. Odpovedzte len na to, na čo chcete.",
  "contactWhy": "Kampaň vás nepotrebuje kontaktovať. Vyplňte to, iba ak chcete, aby sa vám ozvala.",
  "contactWarning": "Pozor: kontaktné údaje prezradia, kto ste. Ktokoľvek, kto neskôr získa toto hlásenie, to môže zistiť. Použite niečo bezpečné, napríklad e-mail, ktorý si založíte iba na tento účel.",
  "fields": {
    "reporter.role": {
      "label": "Ako viete o skenovaní?",
      "required": "Vyberte, ako viete o skenovaní",
      "options": {
        "subject": "Naskenovali mňa",
        "witness": "Videl(a) som, ako sa to stalo niekomu inému",
        "told-by-subject": "Povedal mi o tom človek, ktorého naskenovali",
        "legal-observer": "Bol(a) som tam ako právny pozorovateľ (legal observer) alebo pozorovateľ za komunitu",
        "other": "Inak"
      }
    },
    "incident.date": {
      "label": "Kedy sa to stalo?",
      "hint": "Napríklad 27 3 2025. Ak viete len mesiac alebo nechcete uviesť deň, nechajte pole Deň prázdne.",
      "required": "Zadajte mesiac a rok, keď sa to stalo",
      "invalid": "Zadajte skutočný dátum číslicami, napríklad 3 a 2025 pre marec 2025"
    },
    "incident.timeBand": {
      "label": "Koľko bolo približne hodín?",
      "options": {
        "00-04": "Od polnoci do 4:00",
        "04-08": "Od 4:00 do 8:00",
        "08-12": "Od 8:00 do poludnia",
        "12-16": "Od poludnia do 16:00",
        "16-20": "Od 16:00 do 20:00",
        "20-24": "Od 20:00 do polnoci",
        "unknown": "Neviem"
      }
    },
    "incident.force": {
      "label": "Ktorá polícia (police force)?",
      "hint": "Polícia pre oblasť, kde sa to stalo. Vo vlaku alebo na železničnej stanici vyberte British Transport Police.",
      "required": "Vyberte políciu alebo „Neviem“",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londýn)",
        "british-transport-police": "British Transport Police (vlaky a stanice)",
        "unknown": "Neviem",
      }
    },
    "incident.area": {
      "label": "Mesto, obec alebo oblasť",
      "hint": "Napríklad Leeds alebo Hackney. Píšte všeobecne: bez názvov ulíc.",
      "invalid": "Napíšte mesto alebo oblasť na jeden riadok, najviac 80 znakov"
    },
    "incident.postcodeDistrict": {
      "label": "Prvá časť PSČ (postcode)",
      "hint": "Iba prvá časť, napríklad LS7 alebo E8. Nikdy nie celé PSČ.",
      "invalid": "Napíšte iba prvú časť PSČ, napríklad LS7"
    },
    "incident.context": {
      "label": "Čo sa dialo?",
      "options": {
        "street-stop": "Zastavenie na ulici",
        "stop-and-search": "Zastavenie a prehliadka (stop and search)",
        "traffic-stop": "Zastavenie počas jazdy (cestná kontrola)",
        "public-transport": "V autobuse alebo vo vlaku, alebo na stanici",
        "immigration-operation": "Razia alebo zásah imigračných úradov",
        "protest": "Na proteste",
        "welfare-or-medical": "Polícia prišla niekomu pomôcť (kvôli bezpečnosti alebo zdraviu)",
        "other": "Niečo iné",
        "unknown": "Neviem"
      }
    },
    "incident.technology": {
      "label": "Čo polícia naskenovala?",
      "hint": "Polícia používa telefóny alebo malé zariadenia. Porovnáva nimi odtlačky prstov alebo tváre so záznamami polície a Home Office (britské ministerstvo vnútra).",
      "required": "Vyberte, čo polícia naskenovala, alebo „Neviem“",
      "options": {
        "fingerprint": "Odtlačky prstov",
        "face": "Tvár (fotka urobená telefónom alebo zariadením)",
        "both": "Odtlačky prstov aj tvár",
        "unsure": "Neviem"
      }
    },
    "scan.reasonGiven": {
      "label": "Aký dôvod skenovania polícia uviedla?",
      "hint": "Označte všetko, čo platí.",
      "options": {
        "suspected-offence": "Povedali, že ten človek porušil zákon (priestupok alebo trestný čin)",
        "name-refused": "Ten človek nechcel povedať svoje meno",
        "no-id": "Ten človek nemal doklad totožnosti",
        "name-doubted": "Polícia neverila uvedenému menu",
        "immigration-check": "Kvôli kontrole imigračného (pobytového) statusu",
        "none-given": "Neuviedli žiadny dôvod",
        "other": "Iný dôvod"
      }
    },
    "scan.suspectedOffence": {
      "label": "Aký priestupok alebo trestný čin spomenuli?",
      "options": {
        "motoring": "Dopravný priestupok alebo niečo okolo vozidla",
        "minor-offence": "Drobný priestupok (napríklad odhodený odpad alebo cestovanie bez lístka)",
        "asb-public-order": "Rušenie verejného poriadku alebo antisociálne správanie",
        "drugs": "Drogy",
        "theft": "Krádež",
        "immigration": "Porušenie imigračných predpisov",
        "none-stated": "Nepovedali aký",
        "other": "Niečo iné",
        "unknown": "Neviem"
      }
    },
    "scan.toldReason": {
      "label": "Vysvetlila polícia, prečo chce skenovať?",
      "options": {
        "yes": "Áno",
        "no": "Nie",
        "unsure": "Neviem"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "Povedala polícia, že sken porovná so záznamami polície a Home Office?",
      "hint": "Zákon (PACE 1984) hovorí, že polícia má človeku povedať, že jeho odtlačky prstov môžu porovnať so záznamami.",
      "options": {
        "yes": "Áno",
        "no": "Nie",
        "unsure": "Neviem"
      }
    },
    "scan.askedConsent": {
      "label": "Požiadala polícia pred skenovaním o súhlas?",
      "options": {
        "yes": "Áno",
        "no": "Nie",
        "unsure": "Neviem"
      }
    },
    "scan.result": {
      "label": "Čo sken ukázal, pokiaľ viete?",
      "options": {
        "no-match": "Nič sa nenašlo (žiadna zhoda)",
        "match-police": "Zhoda v záznamoch polície",
        "match-immigration": "Zhoda v imigračných záznamoch Home Office",
        "match-both": "Zhoda v záznamoch polície aj v imigračných záznamoch",
        "scan-failed": "Sken nefungoval",
        "not-told": "Polícia to nepovedala",
        "unknown": "Neviem"
      }
    },
    "outcome": {
      "label": "Čo sa stalo po skenovaní?",
      "hint": "Označte všetko, čo platí.",
      "options": {
        "released": "Toho človeka pustili",
        "identity-confirmed-released": "Polícia overila totožnosť a potom toho človeka pustila",
        "fixed-penalty": "Pokuta (fixed penalty notice)",
        "summons": "Predvolanie na súd (summons)",
        "arrested-offence": "Zatknutie pre priestupok alebo trestný čin",
        "arrested-warrant": "Zatknutie na základe zatykača (warrant)",
        "home-office-contacted": "Polícia kontaktovala Home Office",
        "immigration-enforcement-attended": "Prišli úradníci Immigration Enforcement (imigračná služba)",
        "immigration-detention": "Umiestnenie do zariadenia pre zaistených cudzincov (immigration detention)",
        "taken-to-station": "Odvoz na policajnú stanicu",
        "vehicle-seized": "Polícia zaistila vozidlo",
        "other": "Niečo iné",
        "unknown": "Neviem"
      }
    },
    "person.ethnicity": {
      "label": "Etnická skupina",
      "hint": "Skupiny z britského sčítania obyvateľov v roku 2021 (Census).",
      "options": {
        "white-british": "Biela: anglická, waleská, škótska, severoírska alebo britská",
        "white-irish": "Biela: írska",
        "white-gypsy-traveller": "Biela: Gypsy alebo Irish Traveller (britskí a írski kočovníci)",
        "white-roma": "Biela: rómska (Rómovia, Roma)",
        "white-other": "Biela: iný biely pôvod",
        "mixed-white-black-caribbean": "Zmiešaná: biela a čierna karibská",
        "mixed-white-black-african": "Zmiešaná: biela a čierna africká",
        "mixed-white-asian": "Zmiešaná: biela a ázijská",
        "mixed-other": "Zmiešaná: iný zmiešaný pôvod",
        "asian-indian": "Ázijská alebo ázijská britská: indická",
        "asian-pakistani": "Ázijská alebo ázijská britská: pakistanská",
        "asian-bangladeshi": "Ázijská alebo ázijská britská: bangladéšska",
        "asian-chinese": "Ázijská alebo ázijská britská: čínska",
        "asian-other": "Ázijská alebo ázijská britská: iný ázijský pôvod",
        "black-african": "Čierna, čierna britská, karibská alebo africká: africká",
        "black-caribbean": "Čierna, čierna britská, karibská alebo africká: karibská",
        "black-other": "Čierna, čierna britská, karibská alebo africká: iný čierny pôvod",
        "other-arab": "Iná etnická skupina: arabská",
        "other-any": "Iná etnická skupina: akákoľvek iná",
        "prefer-not-to-say": "Nechcem uviesť",
        "unknown": "Neviem"
      }
    },
    "person.ethnicitySource": {
      "label": "Ako viete, do akej etnickej skupiny patrí?",
      "options": {
        "self": "Povedal(a) mi to, alebo ide o mňa",
        "perceived": "Je to môj dojem"
      }
    },
    "person.gender": {
      "label": "Pohlavie",
      "options": {
        "woman": "Žena",
        "man": "Muž",
        "non-binary": "Nebinárne",
        "self-describe": "Opisuje to inak",
        "prefer-not-to-say": "Nechcem uviesť",
        "unknown": "Neviem"
      }
    },
    "person.ageBand": {
      "label": "Vek, približne",
      "options": {
        "under-10": "Menej ako 10",
        "10-14": "10 až 14",
        "15-17": "15 až 17",
        "18-19": "18 alebo 19",
        "20-24": "20 až 24",
        "25-34": "25 až 34",
        "35-44": "35 až 44",
        "45-54": "45 až 54",
        "55-64": "55 až 64",
        "65-plus": "65 a viac",
        "unknown": "Neviem"
      }
    },
    "person.immigrationStatus": {
      "label": "Imigračný (pobytový) status",
      "hint": "Iba ak to viete. Pomáha to ukázať, či sa skenovanie používa na imigračné kontroly.",
      "options": {
        "british-or-irish-citizen": "Britské alebo írske občianstvo",
        "settled-or-pre-settled": "Settled alebo pre-settled status, alebo trvalý pobyt (indefinite leave to remain)",
        "visa-holder": "Má vízum (napríklad pracovné, študijné alebo rodinné)",
        "asylum-seeker-or-refugee": "Žiadateľ o azyl alebo utečenec",
        "no-status": "Bez imigračného statusu (bez povolenia na pobyt)",
        "prefer-not-to-say": "Nechcem uviesť",
        "unknown": "Neviem"
      }
    },
    "narrative": {
      "label": "Napíšte nám, čo sa stalo",
      "hint": "Píšte v akomkoľvek jazyku. Neuvádzajte mená, adresy, telefónne čísla ani nič iné, podľa čoho by sa dalo zistiť, kto ste vy alebo niekto iný."
    },
    "contact.consent": {
      "label": "Kampaň ma môže kvôli tomuto hláseniu kontaktovať"
    },
    "contact.details": {
      "label": "Ako vás môže kampaň kontaktovať?",
      "required": "Napíšte, ako vás môže kampaň kontaktovať, alebo zrušte označenie „Kampaň ma môže kvôli tomuto hláseniu kontaktovať“",
      "invalid": "Kontaktné údaje môžu mať najviac 200 znakov"
    }
  },
  "choose": "Vyberte",
  "dateParts": {
    "day": "Deň",
    "month": "Mesiac",
    "year": "Rok"
  },
  "dateFuture": "Dátum musí byť dnešný alebo v minulosti",
  "charsLeft": "Zostáva znakov: {count}",
  "charsOver": "Znakov navyše: {count}",
  "tooLong": "Váš opis je príliš dlhý. Znakov navyše: {count}. Skráťte ho na najviac {max} znakov.",
  "errorTitle": "Niečo treba opraviť",
  "errorPrefix": "Chyba: ",
  "sentTitle": "Hlásenie odoslané — ďakujeme",
  "sentBody": [
    "Vaše hlásenie sa zašifrovalo v tomto zariadení a odoslalo. Stránka uložila iba zamknutú kópiu.",
    "Kampaň hlásenia odomyká na vlastnom počítači, spočítava ich s ostatnými hláseniami a zverejňuje iba celkové čísla. Malé čísla skrýva, aby nikoho nebolo možné rozpoznať.",
    "Nikto vás nebude kontaktovať, ak ste neuviedli kontaktné údaje a nesúhlasili s kontaktom.",
    "V tomto zariadení z vášho hlásenia nič nezostalo. Ak sa bojíte, že niekto toto zariadenie skontroluje, zatvorte túto kartu."
  ],
  "another": "Odoslať ďalšie hlásenie",
  "failTitle": "Vaše hlásenie ešte nebolo odoslané",
  "failKept": "Vaše hlásenie zostáva na tejto stránke, zamknuté. Nemusíte ho písať znova.",
  "failOffline": "Nepodarilo sa spojiť so stránkou. Skontrolujte pripojenie na internet a skúste to znova.",
  "failBusy": "Stránka je teraz preťažená. Počkajte niekoľko minút a skúste to znova.",
  "failServer": "Na stránke sa niečo pokazilo. Chvíľu počkajte a skúste to znova.",
  "failRejected": "Stránka hlásenie neprijala. Skúste to znova. Ak sa to opakuje, načítajte stránku znova a vyplňte formulár od začiatku.",
  "retry": "Skúsiť znova",
  "about": {
    "link": "Kto prevádzkuje túto stránku a čo sa deje s vašimi odpoveďami",
    "title": "O tejto stránke a vašich odpovediach",
    "runByTitle": "Kto prevádzkuje túto stránku",
    "runByDefault": "Túto stránku prevádzkuje kampaň {campaign}.",
    "dataTitle": "Čo sa deje s vašimi odpoveďami",
    "data": [
      "Vaše odpovede sa zašifrujú (zamknú) vo vašom prehliadači ešte pred odoslaním. Server tejto stránky ich nemôže odomknúť.",
      "Server uchováva zamknuté hlásenie a deň, keď prišlo, nie čas. Neuchováva vašu internetovú (IP) adresu, údaje o vašom telefóne alebo prehliadači ani žiadne cookies.",
      "Aby zastavil záplavy falošných hlásení, server krátko používa pozmenenú (zakódovanú) podobu vašej internetovej adresy, iba v pamäti. Nikdy ju nikam nezapíše.",
      "Vo vašom zariadení sa nič neukladá. Prehliadač môže túto stránku aj tak ukazovať v histórii. Súkromné okno (inkognito) tomu zabráni.",
      "Kampaň si zamknuté hlásenia stiahne a odomkne ich na vlastnom počítači. Zverejňuje iba celkové čísla a malé čísla skrýva, aby nikoho nebolo možné rozpoznať.",
      "Ak uvediete kontaktné údaje, zamknú sa spolu so zvyškom hlásenia. Prečítať ich môže iba kampaň."
    ],
    "noticeLink": "Úplné zásady ochrany súkromia kampane"
  },
  "rights": {
    "link": "Vaše práva, keď vás polícia skenuje",
    "title": "Vaše práva, keď vás polícia skenuje",
    "notAdvice": "Toto sú všeobecné informácie, nie právna rada. Týkajú sa práva v Anglicku a Walese. V Škótsku a Severnom Írsku platia iné zákony.",
    "whenTitle": "Kedy vám polícia môže na ulici zobrať odtlačky prstov?",
    "when": "Na odobratie odtlačkov prstov potrebuje polícia váš súhlas, okrem prípadov, ktoré určuje zákon. Na ulici môže policajt naskenovať vaše odtlačky prstov bez vášho súhlasu, iba ak platia obe tieto veci:",
    "conditions": [
      "policajt má skutočný dôvod podozrievať vás z trestného činu (offence): že ho práve páchate, pokúšate sa oň, alebo ste ho spáchali; a",
      "policajt nepozná vaše meno a nemôže ho ľahko zistiť, alebo má skutočný dôvod pochybovať o mene, ktoré ste uviedli."
    ],
    "law": "Určuje to paragraf 61(6A) zákona Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Čo vám polícia musí povedať",
    "tell": [
      "Pred skenovaním vám policajt musí povedať, prečo vám berie odtlačky prstov a že ich môžu porovnať so záznamami.",
      "Môžete sa policajta opýtať, podľa akého zákona postupuje a prečo vás podozrieva.",
      "Pravidlá pre fotky tváre sú menej jasné. Môžete sa opýtať, prečo chcú fotku a podľa akého zákona postupujú."
    ],
    "checkTitle": "Čo sken kontroluje",
    "check": [
      "Sken porovná vaše odtlačky prstov so záznamami polície a s imigračnými záznamami Home Office.",
      "Zákon hovorí, že odtlačky prstov odobraté takto na ulici sa musia po kontrole zničiť. Nesmú sa uchovávať."
    ],
    "matchTitle": "Čo sa stane, keď sa nájde zhoda",
    "match": [
      "Ak sa zhoda nenájde, sken polícii nepovie, kto ste.",
      "Ak sa zhoda nájde, policajt uvidí meno a záznam spojený s vašimi odtlačkami prstov. Ak na vás existuje zatykač (warrant) alebo polícia podozrieva trestný čin, môže vás zatknúť.",
      "Ak sa nájde zhoda v imigračných záznamoch, polícia môže kontaktovať Home Office. Imigrační úradníci potom môžu chcieť s vami hovoriť alebo prísť tam, kde ste.",
      "Ak vás zatknú, máte na policajnej stanici právo na bezplatnú právnu radu od advokáta (solicitor). Požiadajte o ňu."
    ],
    "helpTitle": "Kde nájsť pomoc",
    "helpNone": "Obráťte sa na law centre (bezplatná právna poradňa) alebo Citizens Advice vo vašom okolí."
  }
};
