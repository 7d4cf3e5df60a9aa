/**
 * Polski (pl): the form's texts. Translated from client/i18n/en.ts; how, and this
 * language's review status: docs/translating.md. Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../../protocol/labels.js';
import type { Catalogue } from './catalogue.js';

export const catalogue: Catalogue = {
  "title": "Zgłoś skanowanie przez policję",
  "exit": "Opuść tę stronę",
  "noJs": "Ten formularz potrzebuje JavaScriptu. Twoje zgłoszenie jest szyfrowane (zamykane) na tym urządzeniu, zanim zostanie wysłane. Dzięki temu nikt inny — nawet ta strona — nie może go przeczytać. Do tego potrzebny jest JavaScript. Włącz JavaScript albo skontaktuj się z kampanią w inny sposób:",
  "loadFailed": "Nie udało się załadować formularza. Sprawdź połączenie z internetem i odśwież stronę. Możesz też skontaktować się z kampanią w inny sposób:",
  "loading": "Ładowanie formularza…",
  "demo": "Wersja próbna — nie wysyłaj prawdziwych zgłoszeń.",
  "demoMore": "To jest testowa kopia formularza. To, co tu wyślesz, nie jest chronione i każdy może to przeczytać.",
  "language": "Język",
  "switchFailed": "Nie udało się załadować tego języka. Twoje odpowiedzi nadal tu są. Sprawdź połączenie z internetem i spróbuj jeszcze raz.",
  "newTab": "(otwiera się w nowej karcie)",
  "backToForm": "Wróć do formularza",
  "intro": "W tym formularzu możesz opowiedzieć kampanii o sytuacji, gdy policja zeskanowała czyjeś odciski palców lub twarz telefonem albo małym ręcznym urządzeniem. Nie musisz podawać imienia ani nazwiska.",
  "safetyTitle": "Twoje bezpieczeństwo",
  "safety": [
    "Aby szybko wyjść, naciśnij klawisz Esc lub przycisk „Opuść tę stronę”. Twoje odpowiedzi zostaną usunięte.",
    "Nic nie jest zapisywane na tym urządzeniu. Jeśli zamkniesz lub opuścisz tę stronę, Twoje odpowiedzi znikną.",
    "Dla większego bezpieczeństwa użyj okna prywatnego (incognito)."
  ],
  "encrypted": "Twoje odpowiedzi są szyfrowane (zamykane) na tym urządzeniu, zanim zostaną wysłane. Tylko kampania może je otworzyć — ani serwer tej strony, ani nikt, kto podgląda połączenie internetowe.",
  "fingerprint": "Kod klucza kampanii (fingerprint):",
  "fingerprintHint": "Jeśli ten kod jest taki sam jak kod, który publikuje kampania, tylko kampania może przeczytać Twoje zgłoszenie.",
  "fingerprintWhere": "Kampania publikuje swój kod tutaj:",
  "fingerprintAsk": "Zapytaj kampanię, gdzie publikuje swój kod.",
  "optional": " (nieobowiązkowe)",
  "allOptional": "Wszystkie pytania w tej części są nieobowiązkowe.",
  "outlineTitle": "Części formularza",
  "partOf": "Część {n} z {total}",
  "sendTitle": "Wyślij zgłoszenie",
  "send": "Zaszyfruj i wyślij zgłoszenie",
  "sending": "Szyfrowanie i wysyłanie zgłoszenia…",
  "preparing": "Strona jest teraz zajęta, więc to urządzenie przed wysłaniem robi krótką kontrolę. Może to potrwać kilka sekund. Nie zamykaj tej strony.",
  "honeypot": "Zostaw to pole puste.",
  "sections": {
    "about": "O Tobie",
    "where": "Kiedy i gdzie",
    "scan": "Skanowanie",
    "next": "Co było potem",
    "person": "Osoba, którą zeskanowano",
    "account": "Co się stało — Twoimi słowami",
    "contact": "Kontakt"
  },
  "personWhy": "Te odpowiedzi pomagają kampanii pokazać, kogo skanuje policja — na przykład czy osoby czarnoskóre są skanowane częściej niż osoby białe. Jeśli to Ciebie zeskanowano, odpowiedz o sobie. Odpowiadaj tylko na to, na co chcesz.",
  "contactWhy": "Kampania nie musi się z Tobą kontaktować. Wypełnij to tylko, jeśli chcesz, żeby się odezwała.",
  "contactWarning": "Uwaga: dane kontaktowe pokazują, kim jesteś. Każdy, kto później zdobędzie to zgłoszenie, może się tego dowiedzieć. Podaj coś bezpiecznego, na przykład adres e-mail założony tylko w tym celu.",
  "fields": {
    "reporter.role": {
      "label": "Skąd wiesz o skanowaniu?",
      "required": "Wybierz, skąd wiesz o skanowaniu",
      "options": {
        "subject": "To mnie zeskanowano",
        "witness": "Na moich oczach zeskanowano kogoś innego",
        "told-by-subject": "Osoba, którą zeskanowano, powiedziała mi o tym",
        "legal-observer": "Byłem/Byłam tam jako obserwator prawny (legal observer) lub obserwator społeczny",
        "other": "Inaczej"
      }
    },
    "incident.date": {
      "label": "Kiedy to się stało?",
      "hint": "Na przykład 27 3 2025. Jeśli znasz tylko miesiąc albo nie chcesz podawać dnia, zostaw pole „Dzień” puste.",
      "required": "Wpisz miesiąc i rok, kiedy to się stało",
      "invalid": "Wpisz prawdziwą datę cyframi, na przykład 3 i 2025, jeśli to był marzec 2025"
    },
    "incident.timeBand": {
      "label": "Mniej więcej o której godzinie?",
      "options": {
        "00-04": "Od północy do 4:00",
        "04-08": "Od 4:00 do 8:00",
        "08-12": "Od 8:00 do południa",
        "12-16": "Od południa do 16:00",
        "16-20": "Od 16:00 do 20:00",
        "20-24": "Od 20:00 do północy",
        "unknown": "Nie wiem"
      }
    },
    "incident.force": {
      "label": "Która policja (police force)?",
      "hint": "Policja z obszaru, gdzie to się stało. W pociągu lub na stacji kolejowej wybierz British Transport Police.",
      "required": "Wybierz policję albo „Nie wiem”",
      "options": {
        // Place names stay in English (protocol/labels.ts); only the notes in brackets and "Not sure" are translated.
        ...FORCE_LABELS,
        "metropolitan": "Metropolitan Police (Londyn)",
        "british-transport-police": "British Transport Police (pociągi i stacje)",
        "unknown": "Nie wiem",
      }
    },
    "incident.area": {
      "label": "Miejscowość, miasto lub okolica",
      "hint": "Na przykład Leeds albo Hackney. Napisz ogólnie: bez nazw ulic.",
      "invalid": "Wpisz miejscowość lub okolicę w jednej linii, najwyżej 80 znaków"
    },
    "incident.postcodeDistrict": {
      "label": "Pierwsza część kodu pocztowego (postcode)",
      "hint": "Tylko pierwsza część, na przykład LS7 albo E8. Nigdy cały kod pocztowy.",
      "invalid": "Wpisz tylko pierwszą część kodu pocztowego, na przykład LS7"
    },
    "incident.context": {
      "label": "Co się wtedy działo?",
      "options": {
        "street-stop": "Kontrola na ulicy",
        "stop-and-search": "Kontrola i przeszukanie (stop and search)",
        "traffic-stop": "Kontrola drogowa (podczas jazdy)",
        "public-transport": "W autobusie lub pociągu albo na stacji",
        "immigration-operation": "Nalot lub akcja służb imigracyjnych",
        "protest": "Na proteście",
        "welfare-or-medical": "Policja przyszła komuś pomóc (troska o czyjeś bezpieczeństwo lub zdrowie)",
        "other": "Coś innego",
        "unknown": "Nie wiem"
      }
    },
    "incident.technology": {
      "label": "Co zeskanowała policja?",
      "hint": "Policja używa telefonów lub małych urządzeń, żeby sprawdzić odciski palców albo twarz w bazach danych policji i Home Office (brytyjskiego ministerstwa spraw wewnętrznych).",
      "required": "Wybierz, co zeskanowała policja, albo „Nie wiem”",
      "options": {
        "fingerprint": "Odciski palców",
        "face": "Twarz (zdjęcie zrobione telefonem lub urządzeniem)",
        "both": "Odciski palców i twarz",
        "unsure": "Nie wiem"
      }
    },
    "scan.reasonGiven": {
      "label": "Jaki powód skanowania podała policja?",
      "hint": "Zaznacz wszystko, co pasuje.",
      "options": {
        "suspected-offence": "Powiedzieli, że ta osoba złamała prawo (wykroczenie lub przestępstwo)",
        "name-refused": "Ta osoba nie chciała podać imienia i nazwiska",
        "no-id": "Ta osoba nie miała dokumentu tożsamości",
        "name-doubted": "Policja nie uwierzyła w podane imię i nazwisko",
        "immigration-check": "Żeby sprawdzić status imigracyjny",
        "none-given": "Nie podali żadnego powodu",
        "other": "Inny powód"
      }
    },
    "scan.suspectedOffence": {
      "label": "O jakim wykroczeniu lub przestępstwie mówili?",
      "options": {
        "motoring": "Wykroczenie drogowe lub związane z pojazdem",
        "minor-offence": "Drobne wykroczenie (na przykład śmiecenie albo jazda bez biletu)",
        "asb-public-order": "Zachowanie aspołeczne lub zakłócanie porządku publicznego",
        "drugs": "Narkotyki",
        "theft": "Kradzież",
        "immigration": "Złamanie przepisów imigracyjnych",
        "none-stated": "Nie powiedzieli, o jakie",
        "other": "Coś innego",
        "unknown": "Nie wiem"
      }
    },
    "scan.toldReason": {
      "label": "Czy policja wyjaśniła, dlaczego chce skanować?",
      "options": {
        "yes": "Tak",
        "no": "Nie",
        "unsure": "Nie wiem"
      }
    },
    "scan.toldSpeculativeSearch": {
      "label": "Czy policja powiedziała, że wynik skanowania zostanie sprawdzony w bazach danych policji i Home Office?",
      "hint": "Prawo (ustawa PACE 1984) mówi, że policja powinna powiedzieć tej osobie, że jej odciski palców mogą zostać sprawdzone w bazach danych.",
      "options": {
        "yes": "Tak",
        "no": "Nie",
        "unsure": "Nie wiem"
      }
    },
    "scan.askedConsent": {
      "label": "Czy policja zapytała o zgodę przed skanowaniem?",
      "options": {
        "yes": "Tak",
        "no": "Nie",
        "unsure": "Nie wiem"
      }
    },
    "scan.result": {
      "label": "Co pokazało skanowanie, o ile wiesz?",
      "options": {
        "no-match": "Nic nie znaleziono (brak dopasowania)",
        "match-police": "Dopasowanie w bazach danych policji",
        "match-immigration": "Dopasowanie w bazach imigracyjnych Home Office",
        "match-both": "Dopasowanie w bazach policji i w bazach imigracyjnych",
        "scan-failed": "Skanowanie nie zadziałało",
        "not-told": "Policja nie powiedziała",
        "unknown": "Nie wiem"
      }
    },
    "outcome": {
      "label": "Co się stało po skanowaniu?",
      "hint": "Zaznacz wszystko, co pasuje.",
      "options": {
        "released": "Tę osobę puszczono wolno",
        "identity-confirmed-released": "Policja potwierdziła, kim jest ta osoba, i puściła ją wolno",
        "fixed-penalty": "Mandat (fixed penalty notice)",
        "summons": "Wezwanie do sądu (summons)",
        "arrested-offence": "Aresztowanie za wykroczenie lub przestępstwo",
        "arrested-warrant": "Aresztowanie na podstawie nakazu (warrant)",
        "home-office-contacted": "Policja skontaktowała się z Home Office",
        "immigration-enforcement-attended": "Przyjechali funkcjonariusze Immigration Enforcement (służby imigracyjne)",
        "immigration-detention": "Zabranie do ośrodka zamkniętego dla imigrantów (immigration detention)",
        "taken-to-station": "Zabranie na komisariat policji",
        "vehicle-seized": "Policja zabrała pojazd",
        "other": "Coś innego",
        "unknown": "Nie wiem"
      }
    },
    "person.ethnicity": {
      "label": "Grupa etniczna",
      "hint": "Grupy z brytyjskiego spisu powszechnego z 2021 roku (Census).",
      "options": {
        "white-british": "Biała: angielska, walijska, szkocka, północnoirlandzka lub brytyjska",
        "white-irish": "Biała: irlandzka",
        "white-gypsy-traveller": "Biała: Gypsy lub Irish Traveller (brytyjska lub irlandzka społeczność wędrowna)",
        "white-roma": "Biała: romska (Roma)",
        "white-other": "Biała: inne białe pochodzenie",
        "mixed-white-black-caribbean": "Mieszana: biała i czarna karaibska",
        "mixed-white-black-african": "Mieszana: biała i czarna afrykańska",
        "mixed-white-asian": "Mieszana: biała i azjatycka",
        "mixed-other": "Mieszana: inne mieszane pochodzenie",
        "asian-indian": "Azjatycka lub azjatycka brytyjska: indyjska",
        "asian-pakistani": "Azjatycka lub azjatycka brytyjska: pakistańska",
        "asian-bangladeshi": "Azjatycka lub azjatycka brytyjska: bangladeska",
        "asian-chinese": "Azjatycka lub azjatycka brytyjska: chińska",
        "asian-other": "Azjatycka lub azjatycka brytyjska: inne azjatyckie pochodzenie",
        "black-african": "Czarna, czarna brytyjska, karaibska lub afrykańska: afrykańska",
        "black-caribbean": "Czarna, czarna brytyjska, karaibska lub afrykańska: karaibska",
        "black-other": "Czarna, czarna brytyjska, karaibska lub afrykańska: inne czarne pochodzenie",
        "other-arab": "Inna grupa etniczna: arabska",
        "other-any": "Inna grupa etniczna: jakakolwiek inna",
        "prefer-not-to-say": "Wolę nie mówić",
        "unknown": "Nie wiem"
      }
    },
    "person.ethnicitySource": {
      "label": "Skąd wiesz, jaka to grupa etniczna?",
      "options": {
        "self": "Ta osoba mi powiedziała albo chodzi o mnie",
        "perceived": "Tak mi się wydaje"
      }
    },
    "person.gender": {
      "label": "Płeć",
      "options": {
        "woman": "Kobieta",
        "man": "Mężczyzna",
        "non-binary": "Osoba niebinarna",
        "self-describe": "Ta osoba określa to inaczej",
        "prefer-not-to-say": "Wolę nie mówić",
        "unknown": "Nie wiem"
      }
    },
    "person.ageBand": {
      "label": "Wiek, w przybliżeniu",
      "options": {
        "under-10": "Poniżej 10 lat",
        "10-14": "10–14 lat",
        "15-17": "15–17 lat",
        "18-19": "18 lub 19 lat",
        "20-24": "20–24 lata",
        "25-34": "25–34 lata",
        "35-44": "35–44 lata",
        "45-54": "45–54 lata",
        "55-64": "55–64 lata",
        "65-plus": "65 lat lub więcej",
        "unknown": "Nie wiem"
      }
    },
    "person.immigrationStatus": {
      "label": "Status imigracyjny",
      "hint": "Tylko jeśli wiesz. To pomaga pokazać, czy skanowanie służy do kontroli imigracyjnych.",
      "options": {
        "british-or-irish-citizen": "Obywatelstwo brytyjskie lub irlandzkie",
        "settled-or-pre-settled": "Settled status lub pre-settled status albo stały pobyt (indefinite leave to remain)",
        "visa-holder": "Wiza (na przykład do pracy, na studia lub rodzinna)",
        "asylum-seeker-or-refugee": "Osoba ubiegająca się o azyl lub uchodźca",
        "no-status": "Brak statusu imigracyjnego",
        "prefer-not-to-say": "Wolę nie mówić",
        "unknown": "Nie wiem"
      }
    },
    "narrative": {
      "label": "Opisz, co się stało",
      "hint": "Pisz w dowolnym języku. Nie podawaj imion, nazwisk, adresów, numerów telefonu ani niczego, po czym można rozpoznać Ciebie lub kogoś innego."
    },
    "contact.consent": {
      "label": "Kampania może się ze mną skontaktować w sprawie tego zgłoszenia"
    },
    "contact.details": {
      "label": "Jak kampania może się z Tobą skontaktować?",
      "required": "Wpisz, jak kampania może się z Tobą skontaktować, albo odznacz „Kampania może się ze mną skontaktować”",
      "invalid": "Dane kontaktowe mogą mieć najwyżej 200 znaków"
    }
  },
  "choose": "Wybierz",
  "dateParts": {
    "day": "Dzień",
    "month": "Miesiąc",
    "year": "Rok"
  },
  "dateFuture": "Data musi być dzisiejsza albo wcześniejsza",
  "charsLeft": "Pozostało znaków: {count}",
  "charsOver": "Za dużo znaków: {count}",
  "tooLong": "Twój opis jest za długi. Za dużo znaków: {count}. Skróć go do najwyżej {max} znaków.",
  "errorTitle": "Jest problem",
  "errorPrefix": "Błąd: ",
  "sentTitle": "Zgłoszenie wysłane — dziękujemy",
  "sentBody": [
    "Twoje zgłoszenie zostało zaszyfrowane na tym urządzeniu i wysłane. Strona zapisała tylko zamkniętą kopię.",
    "Kampania otwiera zgłoszenia na własnym komputerze, łączy je z innymi zgłoszeniami i publikuje tylko sumy. Małe liczby są ukrywane, żeby nikogo nie dało się rozpoznać.",
    "Nikt się z Tobą nie skontaktuje, chyba że podano dane kontaktowe i zgodę na kontakt.",
    "Na tym urządzeniu nie zostaje nic z Twojego zgłoszenia. Jeśli boisz się, że ktoś sprawdzi to urządzenie, zamknij tę kartę."
  ],
  "another": "Wyślij kolejne zgłoszenie",
  "failTitle": "Twoje zgłoszenie nie zostało jeszcze wysłane",
  "failKept": "Twoje zgłoszenie jest zachowane na tej stronie, zamknięte (zaszyfrowane). Nie musisz go pisać jeszcze raz.",
  "failOffline": "Nie udało się połączyć ze stroną. Sprawdź, czy masz internet, i spróbuj jeszcze raz.",
  "failBusy": "Strona jest teraz zajęta. Poczekaj kilka minut i spróbuj jeszcze raz.",
  "failServer": "Coś poszło nie tak na stronie. Poczekaj chwilę i spróbuj jeszcze raz.",
  "failRejected": "Strona nie przyjęła zgłoszenia. Spróbuj jeszcze raz. Jeśli to się powtarza, odśwież stronę i wypełnij formularz od nowa.",
  "retry": "Spróbuj jeszcze raz",
  "about": {
    "link": "Kto prowadzi tę stronę i co dzieje się z Twoimi odpowiedziami",
    "title": "O tej stronie i Twoich odpowiedziach",
    "runByTitle": "Kto prowadzi tę stronę",
    "runByDefault": "Tę stronę prowadzi kampania {campaign}.",
    "dataTitle": "Co dzieje się z Twoimi odpowiedziami",
    "data": [
      "Twoje odpowiedzi są szyfrowane (zamykane) w przeglądarce, zanim zostaną wysłane. Serwer tej strony nie może ich otworzyć.",
      "Serwer przechowuje zamknięte zgłoszenie i dzień, w którym przyszło — bez godziny. Nie zapisuje Twojego adresu internetowego (IP), informacji o telefonie ani przeglądarce, ani żadnych plików cookie.",
      "Aby powstrzymać zalew fałszywych zgłoszeń, serwer przez krótki czas używa przekształconej (zakodowanej) formy Twojego adresu internetowego, tylko w pamięci. Nigdy jej nie zapisuje.",
      "Na Twoim urządzeniu nic nie jest zapisywane. Przeglądarka może jednak pokazywać tę stronę w historii. Okno prywatne (incognito) temu zapobiega.",
      "Kampania pobiera zamknięte zgłoszenia i otwiera je na własnym komputerze. Publikuje tylko sumy i ukrywa małe liczby, żeby nikogo nie dało się rozpoznać.",
      "Jeśli podasz dane kontaktowe, są one zamykane razem z resztą zgłoszenia. Tylko kampania może je przeczytać."
    ],
    "noticeLink": "Pełna polityka prywatności kampanii"
  },
  "rights": {
    "link": "Twoje prawa, gdy policja Cię skanuje",
    "title": "Twoje prawa, gdy policja Cię skanuje",
    "notAdvice": "To są ogólne informacje, a nie porada prawna. Dotyczą prawa w Anglii i Walii. W Szkocji i Irlandii Północnej prawo jest inne.",
    "whenTitle": "Kiedy policja może pobrać Twoje odciski palców na ulicy?",
    "when": "Policja potrzebuje Twojej zgody, żeby pobrać Twoje odciski palców, poza sytuacjami opisanymi w prawie. Na ulicy policjant może zeskanować Twoje odciski palców bez Twojej zgody tylko wtedy, gdy spełnione są oba te warunki:",
    "conditions": [
      "policjant ma prawdziwy powód, żeby podejrzewać Cię o przestępstwo (offence): że właśnie je popełniasz, próbujesz je popełnić albo już je popełniłeś/popełniłaś; oraz",
      "policjant nie zna Twojego imienia i nazwiska i nie może ich łatwo ustalić albo ma prawdziwy powód, żeby wątpić w imię i nazwisko podane przez Ciebie."
    ],
    "law": "Mówi o tym sekcja 61(6A) ustawy Police and Criminal Evidence Act 1984 (PACE).",
    "tellTitle": "Co policja musi Ci powiedzieć",
    "tell": [
      "Przed skanowaniem policjant musi Ci powiedzieć, dlaczego pobiera Twoje odciski palców i że mogą one zostać sprawdzone w bazach danych.",
      "Możesz zapytać policjanta, na podstawie jakiego prawa działa i dlaczego Cię podejrzewa.",
      "Zasady dotyczące zdjęć twarzy są mniej jasne. Możesz zapytać, po co policji zdjęcie i na podstawie jakiego prawa je robi."
    ],
    "checkTitle": "Co sprawdza skanowanie",
    "check": [
      "Skanowanie porównuje Twoje odciski palców z bazami danych policji i z bazami imigracyjnymi Home Office.",
      "Prawo mówi, że odciski palców pobrane w ten sposób na ulicy muszą zostać zniszczone po sprawdzeniu. Nie wolno ich przechowywać."
    ],
    "matchTitle": "Co się dzieje, gdy jest dopasowanie",
    "match": [
      "Jeśli nie ma dopasowania, skanowanie nie mówi policji, kim jesteś.",
      "Jeśli jest dopasowanie, policjant widzi imię i nazwisko oraz dane powiązane z Twoimi odciskami palców. Jeśli jest wobec Ciebie nakaz (warrant) albo policja podejrzewa przestępstwo, może Cię zatrzymać (aresztować).",
      "Jeśli jest dopasowanie w bazach imigracyjnych, policja może skontaktować się z Home Office. Wtedy urzędnicy imigracyjni mogą poprosić o rozmowę z Tobą albo przyjechać tam, gdzie jesteś.",
      "Po zatrzymaniu masz prawo do bezpłatnej porady prawnej od prawnika (solicitor) na komisariacie. Poproś o nią."
    ],
    "helpTitle": "Gdzie szukać pomocy",
    "helpNone": "Zapytaj w pobliskim law centre (bezpłatna pomoc prawna) albo w Citizens Advice."
  }
};
