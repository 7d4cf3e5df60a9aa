/**
 * Somali — Soomaali (so): the form's texts. Translated from protocol/i18n/en.ts; how, and this
 * language's review status (drafted WITHOUT review by a native speaker): docs/translating.md.
 * Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../labels.js';
import type { Catalogue } from './catalogue.js';

const dunno = 'Ma hubo';
const yesNo = { yes: 'Haa', no: 'Maya', unsure: dunno };
const asian = 'Aasiyaan ama Aasiyaan Biritish ah';
const black = 'Madow, Madow Biritish ah, Caribbean ama Afrikaan';
const prefer = 'Ma doonayo inaan sheego';

export const catalogue: Catalogue = {
  title: 'Ka warbixi iskaan uu booliisku sameeyay',
  exit: 'Ka bax boggan',
  noJs:
    'Foomkan wuxuu u baahan yahay JavaScript. Warbixintaada waa la sir-qariyaa (waa la qufulaa) qalabkan dushiisa ka hor inta aan la dirin, ' +
    'sidaa darteed qof kale ma akhrin karo — xitaa boggan internetka. Qufulkaas wuxuu u baahan yahay JavaScript. ' +
    'Fadlan shid JavaScript, ama isticmaal hab kale oo aad kula xiriirto ololaha:',
  loadFailed: 'Foomka lama furi karin. Hubi xiriirka internetkaaga, kadibna dib u fur boggan. Ama isticmaal hab kale oo aad kula xiriirto ololaha:',
  scriptWaiting:
    'Hadda waad bilaabi kartaa inaad ka jawaabto. Waad diri kartaa marka foomku dhammaystiro furmiddiisa. Haddii uusan furmin, isticmaal hab kale oo aad kula xiriirto ololaha:',
  demo: 'Tijaabo — ha soo dirin warbixinno dhab ah.',
  demoMore: 'Kani waa nuqul tijaabo ah oo foomka ah. Wax kasta oo halkan laga soo diro ma ilaalsana, qof kastana wuu akhrin karaa.',

  language: 'Luqadda',
  switchFailed: 'Luqaddaas lama soo furi karin. Jawaabahaagu weli halkan ayay ku jiraan. Hubi xiriirka internetkaaga oo isku day mar kale.',
  partFailed: 'Qaybtan foomka lama soo furi karin. Jawaabahaagu weli halkan ayay ku jiraan. Hubi xiriirka internetkaaga oo isku day mar kale.',
  newTab: '(waxay ka furmaysaa tab cusub)',
  backToForm: 'Ku noqo foomka',

  intro:
    'Foomkan u isticmaal inaad ololaha uga warranto mar uu booliisku iskaan ku sameeyay raadka faraha ama wejiga qof, ' +
    'isagoo isticmaalaya taleefan ama qalab yar oo gacanta lagu qabto. Uma baahnid inaad magacaaga bixiso.',
  safetyTitle: 'Ammaankaaga',
  safety: [
    'Si aad dhakhso ugu baxdo, riix furaha Esc ama badhanka “Ka bax boggan”. Jawaabahaaga waa la tirtirayaa.',
    'Waxba laguma kaydiyo qalabkan. Haddii aad xidho ama ka baxdo boggan, jawaabahaagu waa lumayaan.',
    'Ammaan dheeraad ah, isticmaal daaqad gaar ah (incognito).',
  ],
  encrypted:
    'Jawaabahaaga waa la sir-qariyaa (waa la qufulaa) qalabkan dushiisa ka hor inta aan la dirin. Ololaha oo keliya ayaa furi kara — ' +
    'ma aha server-ka boggan, mana aha qof daawanaya xiriirka internetka.',
  fingerprint: 'Koodhka hubinta furaha ololaha:',
  fingerprintHint: 'Haddii koodhkani la mid yahay kan ololuhu daabaco, ololaha oo keliya ayaa akhrin kara warbixintaada.',
  fingerprintWhere: 'Ololuhu koodhkiisa halkan ayuu ku daabacaa:',
  fingerprintAsk: 'Weydii ololaha meesha uu koodhkiisa ku daabaco.',
  optional: ' (ikhtiyaari)',
  allOptional: 'Su’aal kasta oo qaybtan ku jirta waa ikhtiyaari.',
  outlineTitle: 'Qaybaha foomkan',
  partOf: 'Qaybta {n} ee {total}',
  sendTitle: 'Dir warbixintaada',
  send: 'Sir-qari oo dir warbixinta',
  sending: 'Warbixintaada waa la sir-qarinayaa oo la dirayaa…',
  preparing:
    'Boggu hadda wuu mashquul yahay, sidaa darteed qalabkan wuxuu samaynayaa hubin gaaban ka hor inta aan la dirin. Waxay qaadan kartaa dhowr ilbiriqsi. Fadlan boggan furan ku dhaaf.',
  honeypot: 'Sanduuqan madhan ku dhaaf.',

  sections: {
    about: 'Adiga',
    where: 'Goorma iyo halkee',
    scan: 'Iskaanka',
    next: 'Maxaa dhacay kadib',
    person: 'Qofka iskaanka lagu sameeyay',
    account: 'Maxaa dhacay, ereyadaada',
    contact: 'Xiriir',
  },
  personWhy:
    'Jawaabahan waxay ololaha ka caawinayaan inuu muujiyo cidda uu booliisku iskaan ku sameeyo — tusaale ahaan, in dadka madow ' +
    'iskaan looga sameeyo si ka badan dadka cad. Haddii adiga lagugu sameeyay, ka jawaab naftaada. Ka jawaab oo keliya waxa aad ku raaxaysan tahay.',
  contactWhy: 'Ololaha uma baahna inuu kula soo xiriiro. Buuxi kaliya haddii aad rabto inay kula soo xiriiraan.',
  contactWarning:
    'Digniin: faahfaahinta xiriirka waxay muujinaysaa cidda aad tahay. Qof kasta oo hadhow hela warbixintan wuu ogaan karaa cidda aad tahay. ' +
    'Isticmaal wax ammaan ah, tusaale ahaan email aad u samaysay arrintan oo keliya.',

  fields: {
    'reporter.role': {
      label: 'Sidee baad u ogtahay iskaanka?',
      required: 'Dooro sida aad u ogtahay iskaanka',
      options: {
        subject: 'Aniga ayaa iskaanka la igu sameeyay',
        witness: 'Waxaan arkay iyadoo qof kale lagu sameeyay',
        'told-by-subject': 'Qofkii iskaanka lagu sameeyay ayaa ii sheegay',
        'legal-observer': 'Waxaan joogay anigoo ah goobjooge sharci ama kormeere bulsho',
        other: 'Wax kale',
      },
    },
    'incident.date': {
      label: 'Goorma ayay dhacday?',
      hint: 'Tusaale ahaan 27 3 2025. Haddii aad bisha oo keliya taqaanno, ama aadan rabin inaad maalinta sheegto, Maalin banaan u daa.',
      required: 'Geli bisha iyo sannadka ay dhacday',
      invalid: 'Geli taariikh sax ah oo tirooyin ah, tusaale ahaan 3 iyo 2025 bisha Maarso 2025',
    },
    'incident.timeBand': {
      label: 'Qiyaastii waqtigee ahayd?',
      options: {
        '00-04': 'Saqda dhexe ilaa 04:00',
        '04-08': '04:00 ilaa 08:00',
        '08-12': '08:00 ilaa duhurka (12:00)',
        '12-16': 'Duhurka (12:00) ilaa 16:00',
        '16-20': '16:00 ilaa 20:00',
        '20-24': '20:00 ilaa saqda dhexe',
        unknown: dunno,
      },
    },
    'incident.force': {
      label: 'Booliiska deegaankee?',
      hint: 'Booliiska deegaanka ay ku dhacday. Haddii ay ka dhacday tareen ama saldhigga tareenka, dooro British Transport Police.',
      required: 'Dooro booliiska, ama “Ma hubo”',
      // Place names stay in English (docs/translating.md); only the notes in brackets are translated.
      options: {
        ...FORCE_LABELS,
        'british-transport-police': 'British Transport Police (tareennada iyo saldhigyada)',
        unknown: dunno,
      },
    },
    'incident.area': {
      label: 'Magaalada ama xaafadda',
      hint: 'Tusaale ahaan Leeds ama Hackney. Ka dhig mid guud: magacyada waddooyinka ha qorin.',
      invalid: 'Magaalada ama xaafadda ku qor hal sadar, 80 xaraf ama ka yar',
    },
    'incident.postcodeDistrict': {
      label: 'Qaybta hore ee koodhka boostada (postcode)',
      hint: 'Qaybta hore oo keliya, tusaale ahaan LS7 ama E8. Weligaa ha qorin koodhka boostada oo dhan.',
      invalid: 'Geli qaybta hore ee koodhka boostada oo keliya, tusaale ahaan LS7',
    },
    'incident.context': {
      label: 'Maxaa socday?',
      options: {
        'street-stop': 'Waddada lagu joojiyay',
        'stop-and-search': 'Joojin iyo baaritaan (stop and search)',
        'traffic-stop': 'La joojiyay markii la wadayay baabuur ama mooto (joojin taraafik)',
        'public-transport': 'Bas ama tareen dhexdiis, ama saldhig',
        'immigration-operation': 'Weerar ama howlgal socdaal (immigration)',
        protest: 'Bannaanbax',
        'welfare-or-medical': 'Booliisku wuxuu u yimid inuu qof caawiyo (daryeel ama caafimaad)',
        other: 'Wax kale',
        unknown: dunno,
      },
    },
    'incident.technology': {
      label: 'Maxay booliisku iskaan ku sameeyeen?',
      hint: 'Booliisku waxay isticmaalaan taleefanno ama qalab yar si ay raadka faraha ama wejiyada ugu barbardhigaan diiwaannada booliiska iyo Home Office (Xafiiska Arrimaha Gudaha).',
      required: 'Dooro waxa booliisku iskaan ku sameeyeen, ama “Ma hubo”',
      options: {
        fingerprint: 'Raadka faraha',
        face: 'Wejiga (sawir lagu qaaday taleefan ama qalab)',
        both: 'Labadaba: raadka faraha iyo wejiga',
        unsure: dunno,
      },
    },
    'scan.reasonGiven': {
      label: 'Sababtee ayuu booliisku ka bixiyay iskaanka?',
      hint: 'Calaamadee dhammaan kuwa khuseeya.',
      options: {
        'suspected-offence': 'Waxay dheheen qofku sharciga ayuu jabiyay (dembi)',
        'name-refused': 'Qofku ma uusan rabin inuu magaciisa bixiyo',
        'no-id': 'Qofku ma haysan aqoonsi (ID)',
        'name-doubted': 'Booliisku ma rumaysan magaca la bixiyay',
        'immigration-check': 'Si loo hubiyo xaaladda sharciga socdaalka',
        'none-given': 'Wax sabab ah ma bixin',
        other: 'Sabab kale',
      },
    },
    'scan.suspectedOffence': {
      label: 'Dembigee ayay sheegeen?',
      options: {
        motoring: 'Dembi la xiriira wadista ama gaariga',
        'minor-offence': 'Dembi yar (tusaale ahaan qashin tuurid ama lacagta tigidhka oo aan la bixin)',
        'asb-public-order': 'Dhaqan bulsho-diid ah ama khalkhal nidaamka guud',
        drugs: 'Daroogo',
        theft: 'Xatooyo',
        immigration: 'Dembi socdaal (immigration)',
        'none-stated': 'Ma aysan sheegin midka',
        other: 'Dembi kale',
        unknown: dunno,
      },
    },
    'scan.toldReason': { label: 'Booliisku ma sharraxeen sababta ay iskaanka u rabeen?', options: yesNo },
    'scan.toldSpeculativeSearch': {
      label: 'Booliisku ma sheegeen in iskaanka lagu barbardhigi doono diiwaannada booliiska iyo Home Office?',
      hint: 'Sharciga (PACE 1984) wuxuu leeyahay booliisku waa inay qofka u sheegaan in raadka farihiisa lagu barbardhigi karo diiwaannada.',
      options: yesNo,
    },
    'scan.askedConsent': { label: 'Booliisku ma weydiiyeen ogolaansho ka hor iskaanka?', options: yesNo },
    'scan.result': {
      label: 'Maxaa iskaanku muujiyay, inta aad ogtahay?',
      options: {
        'no-match': 'Waxba lama helin (wax la mid ah ma jiraan)',
        'match-police': 'Waxaa laga helay diiwaannada booliiska',
        'match-immigration': 'Waxaa laga helay diiwaannada socdaalka ee Home Office',
        'match-both': 'Waxaa laga helay labada diiwaan: booliiska iyo socdaalka',
        'scan-failed': 'Iskaanku ma shaqayn',
        'not-told': 'Booliisku ma sheegin',
        unknown: dunno,
      },
    },
    outcome: {
      label: 'Maxaa dhacay iskaanka kadib?',
      hint: 'Calaamadee dhammaan kuwa khuseeya.',
      options: {
        released: 'Qofka waa la sii daayay',
        'identity-confirmed-released': 'Booliisku waxay xaqiijiyeen cidda uu yahay, kadibna way sii daayeen',
        'fixed-penalty': 'Ganaax ayaa la saaray (fixed penalty notice)',
        summons: 'Waxaa loo sheegay inuu maxkamad tago (summons)',
        'arrested-offence': 'Waa la xiray dembi darteed',
        'arrested-warrant': 'Waa la xiray amar xarig (warrant) darteed',
        'home-office-contacted': 'Booliisku waxay la xiriireen Home Office',
        'immigration-enforcement-attended': 'Saraakiisha Immigration Enforcement ayaa yimid',
        'immigration-detention': 'Waxaa la geeyay xabsiga socdaalka (immigration detention)',
        'taken-to-station': 'Waxaa la geeyay saldhigga booliiska',
        'vehicle-seized': 'Booliisku waxay qaateen gaari',
        other: 'Wax kale',
        unknown: dunno,
      },
    },
    'person.ethnicity': {
      label: 'Kooxda qowmiyadda (ethnic group)',
      hint: 'Kooxaha lagu isticmaalay tirakoobka 2021 ee England iyo Wales (Census).',
      options: {
        'white-british': 'Cad: English, Welsh, Scottish, Northern Irish ama British',
        'white-irish': 'Cad: Irish',
        'white-gypsy-traveller': 'Cad: Gypsy ama Irish Traveller',
        'white-roma': 'Cad: Roma',
        'white-other': 'Cad: asal kale oo cad',
        'mixed-white-black-caribbean': 'Isku-dhaf: Cad iyo Madow Caribbean',
        'mixed-white-black-african': 'Isku-dhaf: Cad iyo Madow Afrikaan',
        'mixed-white-asian': 'Isku-dhaf: Cad iyo Aasiyaan',
        'mixed-other': 'Isku-dhaf: asal kale oo isku-dhaf ah',
        'asian-indian': `${asian}: Hindi`,
        'asian-pakistani': `${asian}: Bakistaani`,
        'asian-bangladeshi': `${asian}: Bangaladheshi`,
        'asian-chinese': `${asian}: Shiine`,
        'asian-other': `${asian}: asal kale oo Aasiyaan ah`,
        'black-african': `${black}: Afrikaan`,
        'black-caribbean': `${black}: Caribbean`,
        'black-other': `${black}: asal kale oo madow ah`,
        'other-arab': 'Koox kale: Carab',
        'other-any': 'Koox kale: koox kasta oo kale',
        'prefer-not-to-say': prefer,
        unknown: dunno,
      },
    },
    'person.ethnicitySource': {
      label: 'Sidee ku ogtahay kooxdooda qowmiyadda?',
      options: { self: 'Iyaga ayaa ii sheegay, ama waa aniga', perceived: 'Waa sida ay ila tahay' },
    },
    'person.gender': {
      label: 'Jinsiga',
      options: {
        woman: 'Haweeney',
        man: 'Nin',
        'non-binary': 'Non-binary (midna ma aha)',
        'self-describe': 'Si kale ayay u sharxaan',
        'prefer-not-to-say': prefer,
        unknown: dunno,
      },
    },
    'person.ageBand': {
      label: 'Da’da, qiyaas ahaan',
      options: {
        'under-10': 'Ka yar 10',
        '10-14': '10 ilaa 14',
        '15-17': '15 ilaa 17',
        '18-19': '18 ama 19',
        '20-24': '20 ilaa 24',
        '25-34': '25 ilaa 34',
        '35-44': '35 ilaa 44',
        '45-54': '45 ilaa 54',
        '55-64': '55 ilaa 64',
        '65-plus': '65 ama ka weyn',
        unknown: dunno,
      },
    },
    'person.immigrationStatus': {
      label: 'Xaaladda sharciga socdaalka (immigration status)',
      hint: 'Kaliya haddii aad ogtahay. Waxay caawisaa in la ogaado in iskaanka loo isticmaalo hubinta socdaalka.',
      options: {
        'british-or-irish-citizen': 'Dhalasho Biritish ama Irish ah',
        'settled-or-pre-settled': 'Settled ama pre-settled status, ama deganaansho joogto ah (ILR)',
        'visa-holder': 'Wuxuu haystaa fiiso (tusaale ahaan shaqo, waxbarasho ama qoys)',
        'asylum-seeker-or-refugee': 'Magangalyo-doon ama qaxooti',
        'no-status': 'Sharci socdaal ma leh',
        'prefer-not-to-say': prefer,
        unknown: dunno,
      },
    },
    narrative: {
      label: 'Noo sheeg waxa dhacay',
      hint: 'Ku qor luqad kasta. Ha ku darin magacyo, cinwaanno, lambarro taleefan ama wax kale oo lagu aqoonsan karo adiga ama qof kale.',
    },
    'contact.consent': { label: 'Waad ila soo xiriiri kartaan warbixintan ku saabsan' },
    'contact.details': {
      label: 'Sidee ololuhu kuula soo xiriiri karaa?',
      required: 'Geli sida ololuhu kuula soo xiriiri karo, ama ka saar calaamadda “Waad ila soo xiriiri kartaan”',
      invalid: 'Faahfaahinta xiriirku waa inay ahaato 200 xaraf ama ka yar',
    },
  },

  replyOptIn: {
    label: 'Ma rabtaa hab aad jawaab uga hesho ololaha?',
    hint: 'Waad ka boodi kartaa tan. Ka boodiddeedu waa ammaan: warbixintaada isla sidaas ayaa loo diraa.',
    yes: 'Haa, waxaan rabaa hab aan jawaab ku helo',
  },
  replyLink: 'Eeg haddii ololuhu jawaab soo diray',

  choose: 'Mid dooro',
  dateParts: { day: 'Maalin', month: 'Bil', year: 'Sannad' },
  dateFuture: 'Taariikhdu waa inay ahaato maanta ama wakhti hore',
  charsLeft: 'Waxaa kuu haray {count} xaraf',
  charsOver: 'Waxaad dhaaftay {count} xaraf',
  tooLong: 'Qoraalkaagu wuu dheer yahay: {count} xaraf ayuu dhaafay. Ka dhig {max} xaraf ama ka yar.',
  errorTitle: 'Dhib ayaa jira',
  errorPrefix: 'Khalad: ',

  sentTitle: 'Warbixinta waa la diray — mahadsanid',
  sentBody: [
    'Warbixintaada waxaa lagu sir-qariyay qalabkan, kadibna waa la diray. Boggu wuxuu kaydiyay nuqulka qufulan oo keliya.',
    'Ololuhu wuxuu warbixinnada ku furaa kombiyuutarkiisa, wuxuu isku daraa warbixinno kale, wuxuuna daabacaa wadarta oo keliya. Tirooyinka yar waa la qariyaa si aan qofna loo garan.',
    'Qofna kulama soo xiriiri doono, ilaa aad bixisay faahfaahin xiriir oo aad ogolaatay.',
    'Waxba oo ku saabsan warbixintaada laguma hayo qalabkan. Haddii aad ka walwalsan tahay in qof eego qalabkan, xir tab-kan.',
  ],
  another: 'Dir warbixin kale',

  failTitle: 'Warbixintaada weli lama dirin',
  failKept: 'Warbixintaada, oo qufulan, waxay ku jirtaa boggan. Uma baahnid inaad mar kale qorto.',
  failOffline: 'Ma gaari karin boggan. Hubi inaad ku xiran tahay internetka, kadibna isku day mar kale.',
  failBusy: 'Boggu hadda wuu mashquul yahay. Sug dhowr daqiiqo, kadibna isku day mar kale.',
  failServer: 'Wax ayaa ku khaldamay boggan. Yara sug, kadibna isku day mar kale.',
  failRejected: 'Boggu ma aqbalin warbixinta. Isku day mar kale; haddii ay sii socoto, dib u fur bogga oo foomka mar kale buuxi.',
  failNoWebCrypto:
    'Browser-kan ma samayn karo hubinta uu boggan mashquulka ahi u baahan yahay. Tani waa dhibaato bogga, ma aha adiga. Isku day mar dambe, ama olole-ka kala xiriir si kale.',
  retry: 'Isku day mar kale',
  photosTitle: 'Sawirro',
  photosHint: 'Waxaad ku dari kartaa ilaa {max} sawir, tusaale ahaan qalabka baaritaanka, baabuurka booliska ama lambarka sarkaalka.',
  addPhotos: 'Ku dar sawirro',

  about: {
    link: 'Yaa maamula boggan, iyo maxaa ku dhaca jawaabahaaga',
    title: 'Ku saabsan boggan iyo jawaabahaaga',
    runByTitle: 'Yaa maamula boggan',
    runByDefault: 'Boggan waxaa maamula ololaha {campaign}.',
    dataTitle: 'Maxaa ku dhaca jawaabahaaga',
    data: [
      'Jawaabahaaga waxaa lagu sir-qariyaa (lagu qufulaa) browser-kaaga ka hor inta aan la dirin. Server-ka boggan ma furi karo.',
      'Server-ku wuxuu hayaa warbixinta qufulan iyo maalinta ay timid, ma aha saacadda. Ma hayo cinwaankaaga internetka (IP), faahfaahinta taleefankaaga ama browser-kaaga, ama wax cookie ah.',
      'Si loo joojiyo warbixinno been ah oo badan, server-ku wuxuu muddo gaaban isticmaalaa nooc la qasay oo cinwaankaaga internetka ah, xusuusta (memory) oo keliya. Weligiis meelna laguma qoro.',
      'Waxba laguma kaydiyo qalabkaaga. Browser-kaagu wuxuu taariikhdiisa (history) ku muujin karaa boggan. Daaqad gaar ah (incognito) ayaa taas ka hortagta.',
      'Ololuhu wuxuu soo dejiyaa warbixinnada qufulan, wuxuuna ku furaa kombiyuutarkiisa. Wuxuu daabacaa wadarta oo keliya, wuxuuna qariyaa tirooyinka yar si aan qofna loo garan.',
      'Haddii aad bixiso faahfaahin xiriir, waxaa lagu qufulaa inta kale ee warbixinta. Ololaha oo keliya ayaa akhrin kara.',
    ],
    noticeLink: 'Ogeysiiska asturnaanta (privacy notice) ee ololaha oo dhammaystiran',
  },

  rights: {
    link: 'Xuquuqdaada haddii booliisku kugu sameeyo iskaan',
    title: 'Xuquuqdaada haddii booliisku kugu sameeyo iskaan',
    notAdvice:
      'Kani waa macluumaad guud, ma aha talo sharci. Wuxuu ku saabsan yahay sharciga England iyo Wales. Sharciga Scotland iyo Northern Ireland waa ka duwan yahay.',
    whenTitle: 'Goorma ayuu booliisku waddada kaaga qaadi karaa raadka farahaaga?',
    when: 'Booliisku waxay u baahan yihiin ogolaanshahaaga si ay u qaadaan raadka farahaaga, marka laga reebo xaaladaha uu sharcigu qeexay. Waddada, sarkaalku wuxuu iskaan ku samayn karaa raadka farahaaga ogolaanshahaaga la’aantiis oo keliya haddii labadan arrimood ay run yihiin:',
    conditions: [
      'sarkaalku wuxuu haystaa sabab dhab ah oo uu kaaga shakiyo dembi: inaad hadda samaynayso, isku dayayso, ama aad samaysay; iyo',
      'sarkaalku ma yaqaan magacaaga mana ogaan karo si fudud, ama wuxuu haystaa sabab dhab ah oo uu uga shakiyo magaca aad bixisay.',
    ],
    law: 'Tani waa qodobka 61(6A) ee Sharciga Booliiska iyo Caddaynta Dembiyada 1984 (PACE).',
    tellTitle: 'Waxa ay tahay in booliisku kuu sheego',
    tell: [
      'Iskaanka ka hor, sarkaalku waa inuu kuu sheegaa sababta uu u qaadayo raadka farahaaga, iyo in lagu barbardhigi karo diiwaannada.',
      'Waxaad sarkaalka weydiin kartaa sharciga uu isticmaalayo, iyo sababta uu kaaga shakiyay.',
      'Xeerarka sawirka wejigaaga aad uma cadda. Waxaad weydiin kartaa sababta ay sawir u rabaan iyo sharciga ay isticmaalayaan.',
    ],
    checkTitle: 'Waxa iskaanku hubiyo',
    check: [
      'Iskaanku wuxuu raadka farahaaga la barbardhigaa diiwaannada booliiska iyo diiwaannada socdaalka ee Home Office.',
      'Sharcigu wuxuu leeyahay raadka faraha ee sidan waddada looga qaado waa in la burburiyaa hubinta kadib. Lama hayn karo.',
    ],
    matchTitle: 'Maxaa dhaca haddii wax la helo',
    match: [
      'Haddii aan waxba la helin, iskaanku booliiska uma sheego cidda aad tahay.',
      'Haddii wax la helo, sarkaalku wuxuu arki karaa magaca iyo diiwaanka ku xiran raadka farahaaga. Haddii laguu hayo amar xarig (warrant), ama booliisku ka shakiyaan dembi, way ku xiri karaan.',
      'Haddii wax laga helo diiwaannada socdaalka, booliisku waxay la xiriiri karaan Home Office. Saraakiisha socdaalka ayaa markaas codsan kara inay kula hadlaan, ama u iman kara meesha aad joogto.',
      'Haddii lagu xiro, waxaad xaq u leedahay talo sharci oo bilaash ah oo ka timaadda qareen (solicitor) saldhigga booliiska. Codso.',
    ],
    helpTitle: 'Halka laga helo caawimaad',
    helpNone: 'Weydii xarun sharci (law centre) ama Citizens Advice kuu dhow.',
  },
  // The lazily loaded parts' words (client/lazy-part.ts): each is its own small asset.
  reply: {
    receiptTitle: 'Lambarka rasiidkaaga',
    writeDown:
      'Lambarkan hadda warqad ku qor, meel ammaan ahna ku hay. Waa habka kaliya ee aad jawaab ku heli karto. Mar dambe lama tusi doono, qofna kuuma soo diri karo.',
    exposes:
      'Qof kasta oo haysta lambarkan wuxuu akhrin karaa jawaabaha ololaha ee adiga, wuuna ka jawaabi karaa. Lambarku ma muujiyo warbixintaada ama cidda aad tahay.',
    retypeLabel: 'Qor kooxda ugu dambaysa ee lambarka rasiidka',
    retypeHint: '5-ta lambar ee ugu dambeeya. Tani waxay hubisaa inaad lambarka qortay.',
    retypeMissing: 'Qor kooxda ugu dambaysa ee lambarka rasiidka (5 lambar)',
    retypeWrong: 'Taasi ma aha kooxda ugu dambaysa ee lambarka rasiidkaaga. Eeg waxa aad qortay.',
    sentKeep: 'Lambarka rasiidka meel ammaan ah ku hay. Jawaabtu waxay qaadan kartaa dhowr maalmood. Halkan ayaad ka eegi kartaa:',
    title: 'Eeg haddii jawaab jirto',
    intro: 'Haddii aad jawaab codsatay markii aad warbixin dirtay, halkan ku qor lambarka rasiidkaaga.',
    private:
      'Lambarka rasiidkaaga meelna looma diro. Qalabkani wuxuu soo dejiyaa isla liiska jawaabaha quful ah ee booqde kastaa helo, wuxuuna furaa oo kaliya midka lambarkaaga.',
    noJs: 'Eegista jawaabta waxay u baahan tahay JavaScript. Fadlan shid JavaScript, ama isticmaal hab kale oo aad kula xiriirto ololaha:',
    receiptLabel: 'Lambarka rasiidka',
    receiptHint: '21 lambar. Meelaha bannaan muhiim ma aha.',
    show: 'Muuji lambarka',
    hide: 'Qari lambarka',
    check: 'Eeg haddii jawaab jirto',
    empty: 'Qor lambarka rasiidkaaga',
    wrongLength: 'Lambarka rasiidku wuxuu leeyahay 21 lambar oo kaliya. Eeg waxa aad qortay.',
    wrongCheck: 'Lambarkan rasiidku sax ma aha. Waxaa laga yaabaa in hal lambar khaldan yahay, ama laba lambar isku beddelmeen. Eeg waxa aad qortay.',
    checking: 'Jawaab ayaa la raadinayaa. Waxay qaadan kartaa dhowr ilbiriqsi…',
    failed: 'Ma aanan eegi karin jawaab. Hubi xiriirka internetka, kadibna mar kale isku day.',
    none: 'Weli jawaab ma jirto. Jawaabtu waxay qaadan kartaa dhowr maalmood. Mar kale dib u eeg.',
    found: 'Jawaab ka timid ololaha',
    day: 'La diray {day}',
    answerLabel: 'Jawaabtaada (ikhtiyaari)',
    answerHint: 'Qalabkan ayaa lagu quflaa ka hor inta aan la dirin. Ololaha oo kaliya ayaa akhrin kara. Ha qorin magacyo, cinwaanno ama lambarro telefoon.',
    answerEmpty: 'Marka hore qor jawaabtaada.',
    sendAnswer: 'Sir-qari oo dir jawaabta',
    sendingAnswer: 'Jawaabtaada waa la sir-qarinayaa oo la dirayaa…',
    answerSent: 'Jawaabtaada waa la diray. Ololaha oo kaliya ayaa akhrin kara.',
    answerFailed: 'Jawaabtaada weli lama dirin. Hubi xiriirka internetka, kadibna mar kale isku day.',
  },
  photos: {
    preparing: 'Sawirradaada waa la diyaarinayaa…',
    removed:
      'Macluumaadka qarsoon ee faylka, sida meesha iyo waqtiga sawirka la qaaday iyo nooca taleefanka, waa la saaray. Sawirka hoose oo kaliya ayaa la dirayaa. Ku dabool wejiyada, lambarrada baabuurta iyo lambarrada tixraaca sanduuqyo madow.',
    boxHelp:
      'Jiid sanduuq si aad u dhaqaajiso, ama geeskiisa jaalaha ah si aad u beddesho cabbirkiisa. Kiiboodhka: fallaadhaha ayaa sanduuqa dhaqaajiya, Shift iyo fallaadhaha ayaa cabbirka beddela, Delete ayaa tirtira.',
    undecodable: 'Faylkan looma furi karo sawir ahaan, sidaa darteed lama diri doono. Isku day sawir JPEG ama PNG ah.',
    refused: 'Sawirkan si ammaan ah looma nadiifin karin, sidaa darteed lama diri doono.',
    blank: 'Browser-kani wuxuu soo celiyay sawir madhan, sidaa darteed sawirkan lama diri doono. Isku day browser kale.',
    tooMany: 'Waxaad ku dari kartaa ilaa {max} sawir. Qaar lama darin.',
    title: 'Sawirka {n}',
    preview: 'Sawirka {n}, sida loo diri doono',
    box: 'Sanduuqa madow {n}',
    addBox: 'Ku dar sanduuq madow',
    remove: 'Ka saar sawirkan',
    progress: 'Sawirka {n} waa la dirayaa: {percent}%',
    sent: 'Sawirka {n} waa la diray',
    failTitle: 'Sawirradaada lama dirin',
    failBusy: 'Xiriirkani wuxuu diray inta sawir ee hadda loo oggol yahay.',
    failFull: 'Websaydku hadda ma aqbalayo sawirro.',
    offline: 'Ma jiro xiriir internet. Diristu way sii socon doontaa marka xiriirku soo laabto.',
    failNetwork: 'Xiriirka websaydka waa go’ay.',
    failNoWebCrypto: 'Browser-kani ma samayn karo hubinta uu websaydka mashquulka ahi u baahan yahay.',
    failRefused: 'Websaydku ma aqbalin sawirrada.',
    failChoice: 'Isku day mar kale: diristu waxay ka sii socon doontaa meeshii ay ku istaagtay. Ama dir warbixintaada adigoon sawirrada lahayn.',
    retry: 'Isku day mar kale',
    without: 'Dir sawir la’aan',
  },
};
