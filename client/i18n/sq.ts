/**
 * Shqip (sq): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Raportoni një skanim nga policia",
  "exit": "Dilni nga kjo faqe",
  "noJs": "Ky formular ka nevojë për JavaScript. Raporti juaj shifrohet (kyçet) në këtë pajisje para se të dërgohet. Kështu askush tjetër — as kjo faqe — nuk mund ta lexojë. Për këtë duhet JavaScript. Ju lutemi aktivizoni JavaScript-in, ose kontaktoni fushatën në një mënyrë tjetër:",
  "loadFailed": "Formulari nuk u hap. Kontrolloni lidhjen me internetin, pastaj ringarkoni faqen. Ose kontaktoni fushatën në një mënyrë tjetër:",
  "loading": "Po hapet formulari…",
  "demo": "Provë — mos dërgoni raporte të vërteta.",
  "demoMore": "Kjo është një kopje prove e formularit. Çfarë dërgohet këtu nuk mbrohet dhe mund ta lexojë kushdo.",
  "language": "Gjuha",
  "switchFailed": "Kjo gjuhë nuk u hap dot. Përgjigjet tuaja janë ende këtu. Kontrolloni lidhjen me internetin dhe provoni përsëri.",
  "newTab": "(hapet në një skedë të re)",
  "backToForm": "Kthehuni te formulari",
  "intro": "Përdoreni këtë formular për t’i treguar fushatës për një rast kur policia skanoi gjurmët e gishtave ose fytyrën e dikujt me telefon ose me një pajisje të vogël dore. Nuk keni nevojë të jepni emrin tuaj.",
  "safetyTitle": "Siguria juaj",
  "safety": [
    "Për të dalë shpejt, shtypni tastin Esc ose butonin “Dilni nga kjo faqe”. Përgjigjet tuaja fshihen.",
    "Asgjë nuk ruhet në këtë pajisje. Nëse e mbyllni ose e lini këtë faqe, përgjigjet tuaja humbasin.",
    "Për më shumë siguri, përdorni një dritare private (incognito)."
  ],
  "encrypted": "Përgjigjet tuaja shifrohen (kyçen) në këtë pajisje para se të dërgohen. Vetëm fushata mund t’i hapë — jo serveri i kësaj faqeje dhe jo dikush që vëzhgon lidhjen e internetit.",
  "fingerprint": "Kodi i kontrollit të çelësit të fushatës (fingerprint):",
  "fingerprintHint": "Nëse ky kod është i njëjtë me kodin që publikon fushata, vetëm fushata mund ta lexojë raportin tuaj.",
  "fingerprintWhere": "Fushata e publikon kodin e saj këtu:",
  "fingerprintAsk": "Pyesni fushatën ku e publikon kodin e saj.",
  "optional": " (jo e detyrueshme)",
  "allOptional": "Asnjë pyetje në këtë pjesë nuk është e detyrueshme.",
  "outlineTitle": "Pjesët e këtij formulari",
  "partOf": "Pjesa {n} nga {total}",
  "sendTitle": "Dërgoni raportin",
  "send": "Shifroni dhe dërgoni raportin",
  "sending": "Raporti po shifrohet dhe po dërgohet…",
  "preparing": "Faqja është e zënë tani, ndaj kjo pajisje po bën një kontroll të shkurtër para dërgimit. Mund të zgjasë disa sekonda. Ju lutemi mbajeni këtë faqe të hapur.",
  "honeypot": "Lëreni këtë kuti bosh.",
  "sections": {
    "about": "Për ju",
    "where": "Kur dhe ku",
    "scan": "Skanimi",
    "next": "Çfarë ndodhi më pas",
    "person": "Personi që u skanua",
    "account": "Çfarë ndodhi, me fjalët tuaja",
    "contact": "Kontakti"
  },
  "personWhy": "Këto përgjigje e ndihmojnë fushatën të tregojë kë skanon policia — për shembull, nëse njerëzit e zinj skanohen më shpesh se njerëzit e bardhë. Nëse u skanuat ju, përgjigjuni për veten. Përgjigjuni vetëm për aq sa ndiheni rehat.",
  "contactWhy": "Fushata nuk ka nevojë t’ju kontaktojë. Plotësojeni këtë vetëm nëse doni që t’ju kontaktojnë.",
  "contactWarning": "Kujdes: të dhënat e kontaktit tregojnë kush jeni. Kushdo që e merr më vonë këtë raport mund ta zbulojë. Përdorni diçka të sigurt, për shembull një email që e keni hapur vetëm për këtë.",
  "fields": {
    "reporter.role": {
      "label": "Si e dini për skanimin?",
      "required": "Zgjidhni si e dini për skanimin",
      "options": {
        "subject": "Më skanuan mua",
        "witness": "E pashë kur i ndodhi dikujt tjetër",
        "told-by-subject": "Ma tregoi personi që u skanua",
        "legal-observer": "Isha atje si vëzhgues ligjor (legal observer) ose vëzhgues nga komuniteti",
        "other": "Tjetër"
      }
    },
    "incident.date": {
      "label": "Kur ndodhi?",
      "hint": "Për shembull 27 3 2025. Nëse e dini vetëm muajin, ose nuk doni ta thoni ditën, lëreni bosh fushën Dita.",
      "required": "Shkruani muajin dhe vitin kur ndodhi",
      "invalid": "Shkruani një datë të vërtetë me numra, për shembull 3 dhe 2025 për mars 2025"
    },
    "incident.timeBand": {
      "label": "Afërsisht sa ishte ora?",
      "options": {
        "00-04": "Nga mesnata deri në 4:00",
        "04-08": "Nga 4:00 deri në 8:00",
        "08-12": "Nga 8:00 deri në mesditë",
        "12-16": "Nga mesdita deri në 16:00",
        "16-20": "Nga 16:00 deri në 20:00",
        "20-24": "Nga 20:00 deri në mesnatë",
        "unknown": "Nuk e di"
      }
    },
    "incident.force": {
      "label": "Cila polici (police force)?",
      "hint": "Policia e zonës ku ndodhi. Në tren ose në stacion treni, zgjidhni British Transport Police.",
      "required": "Zgjidhni policinë, ose “Nuk e di”",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londër)",
        "british-transport-police": "British Transport Police (trena dhe stacione)",
        "unknown": "Nuk e di",
      }
    },
    "incident.area": {
      "label": "Qyteti, fshati ose zona",
      "hint": "Për shembull Leeds ose Hackney. Shkruani në përgjithësi: pa emra rrugësh.",
      "invalid": "Shkruani qytetin ose zonën në një rresht, me jo më shumë se 80 karaktere"
    },
    "incident.postcodeDistrict": {
      "label": "Pjesa e parë e kodit postar (postcode)",
      "hint": "Vetëm pjesa e parë, për shembull LS7 ose E8. Asnjëherë kodin postar të plotë.",
      "invalid": "Shkruani vetëm pjesën e parë të kodit postar, për shembull LS7"
    },
    "incident.context": {
      "label": "Çfarë po ndodhte?",
      "options": {
        "street-stop": "Ndalim në rrugë",
        "stop-and-search": "Ndalim dhe kontroll (stop and search)",
        "traffic-stop": "Ndalim gjatë drejtimit të makinës, motorit ose biçikletës (kontroll trafiku)",
        "public-transport": "Në autobus ose tren, ose në stacion",
        "immigration-operation": "Bastisje ose operacion i imigracionit",
        "protest": "Në një protestë",
        "welfare-or-medical": "Policia erdhi të ndihmonte dikë (për sigurinë ose shëndetin)",
        "other": "Diçka tjetër",
        "unknown": "Nuk e di"
      }
    },
    "incident.technology": {
      "label": "Çfarë skanoi policia?",
      "hint": "Policia përdor telefona ose pajisje të vogla për të kontrolluar gjurmët e gishtave ose fytyrat në të dhënat e policisë dhe të Home Office (Ministria e Brendshme britanike).",
      "required": "Zgjidhni çfarë skanoi policia, ose “Nuk e di”",
      "options": {
        "fingerprint": "Gjurmët e gishtave",
        "face": "Fytyrën (një foto e bërë me telefon ose pajisje)",
        "both": "Edhe gjurmët e gishtave, edhe fytyrën",
        "unsure": "Nuk e di"
      }
    },
    "scan.reasonGiven": {
      "label": "Çfarë arsyeje dha policia për skanimin?",
      "hint": "Shënoni të gjitha që vlejnë.",
      "options": {
        "suspected-offence": "Thanë se personi kishte shkelur ligjin (një vepër penale ose kundërvajtje)",
        "name-refused": "Personi nuk deshi të thoshte emrin",
        "no-id": "Personi nuk kishte dokument identiteti",
        "name-doubted": "Policia nuk e besoi emrin që u tha",
        "immigration-check": "Për të kontrolluar statusin e imigracionit",
        "none-given": "Nuk dhanë asnjë arsye",
        "other": "Një arsye tjetër"
      }
    },
    "scan.suspectedOffence": {
      "label": "Cilën shkelje përmendën?",
      "options": {
        "motoring": "Shkelje rrugore ose me automjet",
        "minor-offence": "Shkelje e vogël (për shembull hedhje mbeturinash ose udhëtim pa biletë)",
        "asb-public-order": "Sjellje antisociale ose prishje e rendit publik",
        "drugs": "Drogë",
        "theft": "Vjedhje",
        "immigration": "Shkelje e rregullave të imigracionit",
        "none-stated": "Nuk thanë cilën",
        "other": "Shkelje tjetër",
        "unknown": "Nuk e di"
      }
    },
    "scan.toldReason": {
      "label": "A e shpjegoi policia pse donte të skanonte?",
      "options": {
        "yes": "Po",
        "no": "Jo",
        "unsure": "Nuk e di"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "A tha policia se skanimi do të kontrollohej në të dhënat e policisë dhe të Home Office?",
      "hint": "Ligji (PACE 1984) thotë se policia duhet t’i tregojë personit se gjurmët e gishtave mund të kontrollohen në të dhënat e tyre.",
      "options": {
        "yes": "Po",
        "no": "Jo",
        "unsure": "Nuk e di"
      }
    },
    "scan.askedConsent": {
      "label": "A kërkoi policia leje para skanimit?",
      "options": {
        "yes": "Po",
        "no": "Jo",
        "unsure": "Nuk e di"
      }
    },
    "scan.result": {
      "label": "Çfarë tregoi skanimi, me sa dini?",
      "options": {
        "no-match": "Nuk u gjet asgjë (asnjë përputhje)",
        "match-police": "Përputhje në të dhënat e policisë",
        "match-immigration": "Përputhje në të dhënat e imigracionit të Home Office",
        "match-both": "Përputhje edhe në të dhënat e policisë, edhe në ato të imigracionit",
        "scan-failed": "Skanimi nuk funksionoi",
        "not-told": "Policia nuk tha",
        "unknown": "Nuk e di"
      }
    },
    "outcome": {
      "label": "Çfarë ndodhi pas skanimit?",
      "hint": "Shënoni të gjitha që vlejnë.",
      "options": {
        "released": "Personin e lanë të ikte",
        "identity-confirmed-released": "Policia konfirmoi kush ishte, pastaj e la të ikte",
        "fixed-penalty": "Mori gjobë (fixed penalty notice)",
        "summons": "I thanë se duhet të paraqitej në gjykatë (summons)",
        "arrested-offence": "U arrestua për një shkelje",
        "arrested-warrant": "U arrestua për shkak të një urdhri arresti (warrant)",
        "home-office-contacted": "Policia kontaktoi Home Office",
        "immigration-enforcement-attended": "Erdhën zyrtarë të Immigration Enforcement (policia e imigracionit)",
        "immigration-detention": "U çua në qendër ndalimi për imigrantë (immigration detention)",
        "taken-to-station": "U çua në komisariat",
        "vehicle-seized": "Policia mori një automjet",
        "other": "Diçka tjetër",
        "unknown": "Nuk e di"
      }
    },
    "person.ethnicity": {
      "label": "Grupi etnik",
      "hint": "Grupet e përdorura në regjistrimin britanik të popullsisë 2021 (Census).",
      "options": {
        "white-british": "I bardhë: anglez, uellsian, skocez, irlandez i veriut ose britanik",
        "white-irish": "I bardhë: irlandez",
        "white-gypsy-traveller": "I bardhë: Gypsy ose Irish Traveller (komunitete nomade britanike dhe irlandeze)",
        "white-roma": "I bardhë: rom (Roma)",
        "white-other": "I bardhë: çdo origjinë tjetër e bardhë",
        "mixed-white-black-caribbean": "I përzier: i bardhë dhe i zi karaibas",
        "mixed-white-black-african": "I përzier: i bardhë dhe i zi afrikan",
        "mixed-white-asian": "I përzier: i bardhë dhe aziatik",
        "mixed-other": "I përzier: çdo origjinë tjetër e përzier",
        "asian-indian": "Aziatik ose aziatik britanik: indian",
        "asian-pakistani": "Aziatik ose aziatik britanik: pakistanez",
        "asian-bangladeshi": "Aziatik ose aziatik britanik: bangladeshas",
        "asian-chinese": "Aziatik ose aziatik britanik: kinez",
        "asian-other": "Aziatik ose aziatik britanik: çdo origjinë tjetër aziatike",
        "black-african": "I zi, i zi britanik, karaibas ose afrikan: afrikan",
        "black-caribbean": "I zi, i zi britanik, karaibas ose afrikan: karaibas",
        "black-other": "I zi, i zi britanik, karaibas ose afrikan: çdo origjinë tjetër e zezë",
        "other-arab": "Grup tjetër etnik: arab",
        "other-any": "Grup tjetër etnik: çdo grup tjetër",
        "prefer-not-to-say": "Preferoj të mos e them",
        "unknown": "Nuk e di"
      }
    },
    "person.ethnicitySource": {
      "label": "Si e dini grupin etnik?",
      "options": {
        "self": "Ma tha personi, ose bëhet fjalë për mua",
        "perceived": "Është përshtypja ime"
      }
    },
    "person.gender": {
      "label": "Gjinia",
      "options": {
        "woman": "Grua",
        "man": "Burrë",
        "non-binary": "Jobinar",
        "self-describe": "E përshkruan ndryshe",
        "prefer-not-to-say": "Preferoj të mos e them",
        "unknown": "Nuk e di"
      }
    },
    "person.ageBand": {
      "label": "Mosha, afërsisht",
      "options": {
        "under-10": "Nën 10",
        "10-14": "10 deri në 14",
        "15-17": "15 deri në 17",
        "18-19": "18 ose 19",
        "20-24": "20 deri në 24",
        "25-34": "25 deri në 34",
        "35-44": "35 deri në 44",
        "45-54": "45 deri në 54",
        "55-64": "55 deri në 64",
        "65-plus": "65 ose më shumë",
        "unknown": "Nuk e di"
      }
    },
    "person.immigrationStatus": {
      "label": "Statusi i imigracionit",
      "hint": "Vetëm nëse e dini. Ndihmon të tregohet nëse skanimet përdoren për kontrolle imigracioni.",
      "options": {
        "british-or-irish-citizen": "Shtetas britanik ose irlandez",
        "settled-or-pre-settled": "Settled ose pre-settled status, ose leje qëndrimi pa afat (indefinite leave to remain)",
        "visa-holder": "Ka vizë (për shembull për punë, studime ose familje)",
        "asylum-seeker-or-refugee": "Azilkërkues ose refugjat",
        "no-status": "Pa status imigracioni (pa leje qëndrimi)",
        "prefer-not-to-say": "Preferoj të mos e them",
        "unknown": "Nuk e di"
      }
    },
    "narrative": {
      "label": "Na tregoni çfarë ndodhi",
      "hint": "Shkruani në çdo gjuhë. Mos shkruani emra, adresa, numra telefoni ose gjë tjetër që mund të tregojë kush jeni ju ose dikush tjetër."
    },
    "contact.consent": {
      "label": "Mund të më kontaktoni për këtë raport"
    },
    "contact.details": {
      "label": "Si mund t’ju kontaktojë fushata?",
      "required": "Shkruani si mund t’ju kontaktojë fushata, ose hiqni shenjën te “Mund të më kontaktoni për këtë raport”",
      "invalid": "Të dhënat e kontaktit duhet të kenë jo më shumë se 200 karaktere"
    }
  },
  "choose": "Zgjidhni",
  "dateParts": {
    "day": "Dita",
    "month": "Muaji",
    "year": "Viti"
  },
  "dateFuture": "Data duhet të jetë sot ose në të kaluarën",
  "charsLeft": "Karaktere të mbetura: {count}",
  "charsOver": "Karaktere të tepërta: {count}",
  "tooLong": "Teksti juaj është shumë i gjatë. Karaktere të tepërta: {count}. Shkurtojeni në jo më shumë se {max} karaktere.",
  "errorTitle": "Ka një problem",
  "errorPrefix": "Gabim: ",
  "sentTitle": "Raporti u dërgua — faleminderit",
  "sentBody": [
    "Raporti juaj u shifrua në këtë pajisje dhe u dërgua. Faqja ruajti vetëm kopjen e kyçur.",
    "Fushata i hap raportet në kompjuterin e vet, i bashkon me raporte të tjera dhe publikon vetëm shumat. Numrat e vegjël fshihen, që askush të mos njihet.",
    "Askush nuk do t’ju kontaktojë, përveç nëse keni dhënë të dhëna kontakti dhe keni thënë se mund t’ju kontaktojnë.",
    "Asgjë nga raporti juaj nuk mbetet në këtë pajisje. Nëse keni frikë se dikush mund ta kontrollojë këtë pajisje, mbyllni këtë skedë."
  ],
  "another": "Dërgoni një raport tjetër",
  "failTitle": "Raporti juaj nuk është dërguar ende",
  "failKept": "Raporti juaj ruhet, i kyçur, në këtë faqe. Nuk keni nevojë ta shkruani përsëri.",
  "failOffline": "Nuk arritëm të lidheshim me faqen. Kontrolloni nëse keni internet, pastaj provoni përsëri.",
  "failBusy": "Faqja është e zënë tani. Prisni disa minuta, pastaj provoni përsëri.",
  "failServer": "Diçka shkoi keq në faqe. Prisni pak, pastaj provoni përsëri.",
  "failRejected": "Faqja nuk e pranoi raportin. Provoni përsëri. Nëse ndodh vazhdimisht, ringarkoni faqen dhe plotësoni formularin nga e para.",
  "retry": "Provoni përsëri",
  "about": {
    "link": "Kush e drejton këtë faqe dhe çfarë ndodh me përgjigjet tuaja",
    "title": "Për këtë faqe dhe përgjigjet tuaja",
    "runByTitle": "Kush e drejton këtë faqe",
    "runByDefault": "Këtë faqe e drejton fushata {campaign}.",
    "dataTitle": "Çfarë ndodh me përgjigjet tuaja",
    "data": [
      "Përgjigjet tuaja shifrohen (kyçen) në shfletuesin tuaj para se të dërgohen. Serveri i kësaj faqeje nuk mund t’i hapë.",
      "Serveri ruan raportin e kyçur dhe ditën kur erdhi, jo orën. Nuk ruan adresën tuaj të internetit (IP), të dhëna për telefonin ose shfletuesin tuaj, as cookies.",
      "Për të ndaluar vërshimin e raporteve të rreme, serveri përdor për pak kohë një formë të koduar të adresës suaj të internetit, vetëm në memorie. Ajo nuk shkruhet kurrë askund.",
      "Asgjë nuk ruhet në pajisjen tuaj. Shfletuesi mund ta tregojë megjithatë këtë faqe në historik. Një dritare private (incognito) e shmang këtë.",
      "Fushata i shkarkon raportet e kyçura dhe i hap në kompjuterin e vet. Publikon vetëm shumat dhe fsheh numrat e vegjël, që askush të mos njihet.",
      "Nëse jepni të dhëna kontakti, ato kyçen bashkë me pjesën tjetër të raportit. Vetëm fushata mund t’i lexojë."
    ],
    "noticeLink": "Njoftimi i plotë i fushatës për privatësinë"
  },
  "rights": {
    "link": "Të drejtat tuaja nëse policia ju skanon",
    "title": "Të drejtat tuaja nëse policia ju skanon",
    "notAdvice": "Ky është informacion i përgjithshëm, jo këshillë ligjore. Ka të bëjë me ligjin në Angli dhe Uells. Në Skoci dhe në Irlandën e Veriut ligji është ndryshe.",
    "whenTitle": "Kur mund t’jua marrë policia gjurmët e gishtave në rrugë?",
    "when": "Policia ka nevojë për pëlqimin tuaj për t’ju marrë gjurmët e gishtave, përveç rasteve që i cakton ligji. Në rrugë, një polic mund t’jua skanojë gjurmët e gishtave pa pëlqimin tuaj vetëm nëse janë të vërteta të dyja këto:",
    "conditions": [
      "polici ka një arsye të vërtetë t’ju dyshojë për një vepër penale (offence): që po e bëni tani, që po përpiqeni ta bëni, ose që e keni bërë; dhe",
      "polici nuk e di emrin tuaj dhe nuk mund ta gjejë lehtë, ose ka një arsye të vërtetë të dyshojë për emrin që i dhatë."
    ],
    "law": "Ky është neni 61(6A) i ligjit Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Çfarë duhet t’ju thotë policia",
    "tell": [
      "Para skanimit, polici duhet t’ju thotë pse jua merr gjurmët e gishtave dhe se ato mund të kontrollohen në të dhënat zyrtare.",
      "Mund ta pyesni policin cilin ligj po përdor dhe pse ju dyshon.",
      "Rregullat për fotot e fytyrës janë më pak të qarta. Mund të pyesni pse duan një foto dhe cilin ligj po përdorin."
    ],
    "checkTitle": "Çfarë kontrollon skanimi",
    "check": [
      "Skanimi i krahason gjurmët e gishtave tuaja me të dhënat e policisë dhe me të dhënat e imigracionit të Home Office.",
      "Ligji thotë se gjurmët e gishtave të marra kështu në rrugë duhet të shkatërrohen pas kontrollit. Nuk lejohet të ruhen."
    ],
    "matchTitle": "Çfarë ndodh pas një përputhjeje",
    "match": [
      "Nëse nuk ka përputhje, skanimi nuk i tregon policisë kush jeni.",
      "Nëse ka përputhje, polici mund të shohë emrin dhe dosjen e lidhur me gjurmët e gishtave tuaja. Nëse ka një urdhër arresti (warrant) për ju, ose policia dyshon për një vepër penale, mund t’ju arrestojë.",
      "Nëse ka përputhje në të dhënat e imigracionit, policia mund të kontaktojë Home Office. Pastaj zyrtarët e imigracionit mund të kërkojnë të flasin me ju, ose të vijnë aty ku jeni.",
      "Nëse ju arrestojnë, keni të drejtë për këshillë ligjore falas nga një avokat (solicitor) në komisariat. Kërkojeni."
    ],
    "helpTitle": "Ku të gjeni ndihmë",
    "helpNone": "Pyesni në një law centre (qendër ndihme ligjore falas) ose në Citizens Advice afër jush."
  }
};
