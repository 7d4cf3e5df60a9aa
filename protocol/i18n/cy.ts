/**
 * Welsh — Cymraeg (cy): the form's texts. Translated from protocol/i18n/en.ts; how, and this
 * language's review status (drafted WITHOUT review by a native speaker): docs/translating.md.
 * Keep every {placeholder} exactly as it is.
 */
import { FORCE_LABELS } from '../labels.js';
import type { Catalogue } from './catalogue.js';

const yesNo = { yes: 'Do', no: 'Naddo', unsure: 'Ddim yn siŵr' };
const asian = 'Asiaidd, Asiaidd Cymreig neu Asiaidd Prydeinig';
const black = 'Du, Du Cymreig, Du Prydeinig, Caribïaidd neu Affricanaidd';

export const catalogue: Catalogue = {
  title: 'Rhoi gwybod am sgan gan yr heddlu',
  exit: 'Gadael y wefan hon',
  noJs:
    'Mae angen JavaScript ar y ffurflen hon. Caiff eich adroddiad ei amgryptio (ei gloi) ar y ddyfais hon cyn iddo gael ei anfon, ' +
    'felly does neb arall yn gallu ei ddarllen — dim hyd yn oed y wefan hon. Mae angen JavaScript i’w gloi. ' +
    'Trowch JavaScript ymlaen, neu defnyddiwch ffordd arall o gysylltu â’r ymgyrch:',
  loadFailed:
    'Doedd dim modd llwytho’r ffurflen. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna ail-lwythwch y dudalen hon. Neu defnyddiwch ffordd arall o gysylltu â’r ymgyrch:',
  scriptWaiting:
    'Gallwch ddechrau ateb nawr. Gallwch anfon pan fydd y ffurflen wedi gorffen llwytho. Os nad yw’n llwytho, defnyddiwch ffordd arall i gysylltu â’r ymgyrch:',
  demo: 'Fersiwn prawf — peidiwch ag anfon adroddiadau go iawn.',
  demoMore: 'Copi prawf o’r ffurflen yw hwn. Dydy unrhyw beth sy’n cael ei anfon yma ddim wedi’i ddiogelu, a gallai unrhyw un ei ddarllen.',

  language: 'Iaith',
  switchFailed: 'Doedd dim modd llwytho’r iaith honno. Mae eich atebion yma o hyd. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  partFailed: 'Doedd dim modd llwytho’r rhan hon o’r ffurflen. Mae eich atebion yma o hyd. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  newTab: '(yn agor mewn tab newydd)',
  backToForm: 'Yn ôl i’r ffurflen',

  intro:
    'Defnyddiwch y ffurflen hon i ddweud wrth yr ymgyrch am adeg pan wnaeth yr heddlu sganio olion bysedd neu wyneb rhywun ' +
    'gyda ffôn neu ddyfais fach yn y llaw. Does dim angen i chi roi eich enw.',
  safetyTitle: 'Cadw’n ddiogel',
  safety: [
    'I adael yn gyflym, pwyswch y fysell Esc neu’r botwm “Gadael y wefan hon”. Bydd eich atebion yn cael eu clirio.',
    'Does dim byd yn cael ei gadw ar y ddyfais hon. Os byddwch chi’n cau neu’n gadael y dudalen hon, bydd eich atebion wedi mynd.',
    'I fod yn fwy diogel, defnyddiwch ffenestr breifat (incognito).',
  ],
  encrypted:
    'Caiff eich atebion eu hamgryptio (eu cloi) ar y ddyfais hon cyn eu hanfon. Dim ond yr ymgyrch sy’n gallu eu datgloi — ' +
    'nid gweinydd y wefan hon, ac nid unrhyw un sy’n gwylio’r cysylltiad rhyngrwyd.',
  fingerprint: 'Cod gwirio allwedd yr ymgyrch:',
  fingerprintHint: 'Os yw’r cod hwn yr un fath â’r cod mae’r ymgyrch yn ei gyhoeddi, dim ond yr ymgyrch sy’n gallu darllen eich adroddiad.',
  fingerprintWhere: 'Mae’r ymgyrch yn cyhoeddi ei chod yma:',
  fingerprintAsk: 'Gofynnwch i’r ymgyrch ble mae’n cyhoeddi ei chod.',
  optional: ' (dewisol)',
  allOptional: 'Mae pob cwestiwn yn y rhan hon yn ddewisol.',
  outlineTitle: 'Rhannau’r ffurflen hon',
  partOf: 'Rhan {n} o {total}',
  sendTitle: 'Anfon eich adroddiad',
  send: 'Amgryptio ac anfon yr adroddiad',
  sending: 'Wrthi’n amgryptio ac yn anfon eich adroddiad…',
  preparing:
    'Mae’r wefan yn brysur, felly mae’r ddyfais hon yn gwneud gwiriad byr cyn anfon. Gall hyn gymryd ychydig eiliadau. Cadwch y dudalen hon ar agor, os gwelwch yn dda.',
  honeypot: 'Gadewch y blwch hwn yn wag.',

  sections: {
    about: 'Amdanoch chi',
    where: 'Pryd a ble',
    scan: 'Y sgan',
    next: 'Beth ddigwyddodd wedyn',
    person: 'Y person a gafodd ei sganio',
    account: 'Beth ddigwyddodd, yn eich geiriau chi',
    contact: 'Cysylltu',
  },
  personWhy:
    'Mae’r atebion hyn yn helpu’r ymgyrch i ddangos pwy mae’r heddlu’n eu sganio — er enghraifft, a yw pobl Ddu yn cael eu ' +
    'sganio’n amlach na phobl Wyn. Os cawsoch chi eich sganio, atebwch amdanoch chi eich hun. Atebwch dim ond yr hyn rydych chi’n gyfforddus ag ef.',
  contactWhy: 'Does dim angen i’r ymgyrch gysylltu â chi. Llenwch hwn dim ond os ydych chi eisiau iddyn nhw wneud hynny.',
  contactWarning:
    'Rhybudd: mae manylion cyswllt yn dangos pwy ydych chi. Gallai unrhyw un sy’n cael gafael ar yr adroddiad hwn yn nes ymlaen ddod i wybod pwy ydych chi. ' +
    'Defnyddiwch rywbeth diogel, er enghraifft cyfeiriad e-bost rydych chi wedi’i greu ar gyfer hyn yn unig.',

  fields: {
    'reporter.role': {
      label: 'Sut ydych chi’n gwybod am y sgan?',
      required: 'Dewiswch sut rydych chi’n gwybod am y sgan',
      options: {
        subject: 'Cefais i fy sganio',
        witness: 'Gwelais i hyn yn digwydd i rywun arall',
        'told-by-subject': 'Dywedodd y person a gafodd ei sganio wrtha i',
        'legal-observer': 'Roeddwn i yno fel arsylwr cyfreithiol neu fonitor cymunedol',
        other: 'Arall',
      },
    },
    'incident.date': {
      label: 'Pryd ddigwyddodd hyn?',
      hint: 'Er enghraifft 27 3 2025. Os ydych chi’n gwybod y mis yn unig, neu os nad ydych chi eisiau dweud y diwrnod, gadewch Diwrnod yn wag.',
      required: 'Rhowch y mis a’r flwyddyn y digwyddodd hyn',
      invalid: 'Rhowch ddyddiad go iawn mewn rhifau, er enghraifft 3 a 2025 ar gyfer Mawrth 2025',
    },
    'incident.timeBand': {
      label: 'Tua faint o’r gloch oedd hi?',
      options: {
        '00-04': 'Hanner nos i 4 y bore',
        '04-08': '4 y bore i 8 y bore',
        '08-12': '8 y bore i hanner dydd',
        '12-16': 'Hanner dydd i 4 y prynhawn',
        '16-20': '4 y prynhawn i 8 yr hwyr',
        '20-24': '8 yr hwyr i hanner nos',
        unknown: 'Ddim yn siŵr',
      },
    },
    'incident.force': {
      label: 'Pa heddlu?',
      hint: 'Yr heddlu ar gyfer yr ardal lle digwyddodd hyn. Ar drên neu mewn gorsaf reilffordd, dewiswch British Transport Police.',
      required: 'Dewiswch heddlu, neu “Ddim yn siŵr”',
      // Place names stay in English (docs/translating.md); only the notes in brackets are translated.
      options: {
        ...FORCE_LABELS,
        metropolitan: 'Metropolitan Police (Llundain)',
        'north-wales': 'Gogledd Cymru (North Wales)',
        'south-wales': 'De Cymru (South Wales)',
        'british-transport-police': 'British Transport Police (trenau a gorsafoedd)',
        unknown: 'Ddim yn siŵr',
      },
    },
    'incident.area': {
      label: 'Tref, dinas neu ardal',
      hint: 'Er enghraifft Caerdydd neu Hackney. Cadwch e’n gyffredinol: dim enwau strydoedd.',
      invalid: 'Rhowch y dref neu’r ardal ar un llinell, mewn 80 nod neu lai',
    },
    'incident.postcodeDistrict': {
      label: 'Hanner cyntaf y cod post',
      hint: 'Y rhan gyntaf yn unig, er enghraifft CF10 neu E8. Byth y cod post llawn.',
      invalid: 'Rhowch hanner cyntaf cod post yn unig, er enghraifft CF10',
    },
    'incident.context': {
      label: 'Beth oedd yn digwydd?',
      options: {
        'street-stop': 'Stopio rhywun ar y stryd',
        'stop-and-search': 'Stopio a chwilio',
        'traffic-stop': 'Stopio rhywun wrth yrru neu reidio (stop traffig)',
        'public-transport': 'Ar fws neu drên, neu mewn gorsaf',
        'immigration-operation': 'Cyrch neu ymgyrch mewnfudo',
        protest: 'Mewn protest',
        'welfare-or-medical': 'Daeth yr heddlu i helpu rhywun (lles neu feddygol)',
        other: 'Rhywbeth arall',
        unknown: 'Ddim yn siŵr',
      },
    },
    'incident.technology': {
      label: 'Beth wnaeth yr heddlu ei sganio?',
      hint: 'Mae’r heddlu’n defnyddio ffonau neu ddyfeisiau bach i wirio olion bysedd neu wynebau yn erbyn cofnodion yr heddlu a’r Swyddfa Gartref.',
      required: 'Dewiswch beth wnaeth yr heddlu ei sganio, neu “Ddim yn siŵr”',
      options: {
        fingerprint: 'Olion bysedd',
        face: 'Wyneb (llun wedi’i dynnu gyda ffôn neu ddyfais)',
        both: 'Olion bysedd ac wyneb',
        unsure: 'Ddim yn siŵr',
      },
    },
    'scan.reasonGiven': {
      label: 'Pa reswm roddodd yr heddlu dros y sgan?',
      hint: 'Ticiwch bob un sy’n berthnasol.',
      options: {
        'suspected-offence': 'Dywedon nhw fod y person wedi torri’r gyfraith (trosedd)',
        'name-refused': 'Doedd y person ddim eisiau rhoi enw',
        'no-id': 'Doedd gan y person ddim dogfen adnabod (ID)',
        'name-doubted': 'Doedd yr heddlu ddim yn credu’r enw a gafodd ei roi',
        'immigration-check': 'I wirio statws mewnfudo',
        'none-given': 'Wnaethon nhw ddim rhoi rheswm',
        other: 'Rheswm arall',
      },
    },
    'scan.suspectedOffence': {
      label: 'Pa drosedd wnaethon nhw sôn amdani?',
      options: {
        motoring: 'Trosedd gyrru neu gerbyd',
        'minor-offence': 'Mân drosedd (er enghraifft taflu sbwriel neu beidio â thalu am docyn)',
        'asb-public-order': 'Ymddygiad gwrthgymdeithasol neu drefn gyhoeddus',
        drugs: 'Cyffuriau',
        theft: 'Dwyn',
        immigration: 'Trosedd mewnfudo',
        'none-stated': 'Wnaethon nhw ddim dweud pa un',
        other: 'Trosedd arall',
        unknown: 'Ddim yn siŵr',
      },
    },
    'scan.toldReason': { label: 'A wnaeth yr heddlu esbonio pam roedden nhw eisiau sganio?', options: yesNo },
    'scan.toldSpeculativeSearch': {
      label: 'A ddywedodd yr heddlu y byddai’r sgan yn cael ei wirio yn erbyn cofnodion yr heddlu a’r Swyddfa Gartref?',
      hint: 'Mae’r gyfraith (PACE 1984) yn dweud y dylai’r heddlu ddweud wrth y person y gallai ei olion bysedd gael eu gwirio yn erbyn cofnodion.',
      options: yesNo,
    },
    'scan.askedConsent': { label: 'A wnaeth yr heddlu ofyn am ganiatâd cyn sganio?', options: yesNo },
    'scan.result': {
      label: 'Beth ddangosodd y sgan, hyd y gwyddoch chi?',
      options: {
        'no-match': 'Chafwyd dim byd (dim cyfatebiaeth)',
        'match-police': 'Cyfatebiaeth ar gofnodion yr heddlu',
        'match-immigration': 'Cyfatebiaeth ar gofnodion mewnfudo’r Swyddfa Gartref',
        'match-both': 'Cyfatebiaeth ar gofnodion yr heddlu a chofnodion mewnfudo',
        'scan-failed': 'Wnaeth y sgan ddim gweithio',
        'not-told': 'Wnaeth yr heddlu ddim dweud',
        unknown: 'Ddim yn siŵr',
      },
    },
    outcome: {
      label: 'Beth ddigwyddodd ar ôl y sgan?',
      hint: 'Ticiwch bob un sy’n berthnasol.',
      options: {
        released: 'Cafodd y person fynd',
        'identity-confirmed-released': 'Gwnaeth yr heddlu gadarnhau pwy oedden nhw, yna gadael iddyn nhw fynd',
        'fixed-penalty': 'Cawson nhw ddirwy (hysbysiad cosb benodedig)',
        summons: 'Cawson nhw wybod bod rhaid iddyn nhw fynd i’r llys (gwŷs)',
        'arrested-offence': 'Wedi’u harestio am drosedd',
        'arrested-warrant': 'Wedi’u harestio oherwydd gwarant',
        'home-office-contacted': 'Cysylltodd yr heddlu â’r Swyddfa Gartref',
        'immigration-enforcement-attended': 'Daeth swyddogion Gorfodi Mewnfudo (Immigration Enforcement)',
        'immigration-detention': 'Wedi’u cadw mewn canolfan cadw mewnfudo',
        'taken-to-station': 'Wedi’u cymryd i orsaf heddlu',
        'vehicle-seized': 'Cymerodd yr heddlu gerbyd',
        other: 'Rhywbeth arall',
        unknown: 'Ddim yn siŵr',
      },
    },
    'person.ethnicity': {
      label: 'Grŵp ethnig',
      hint: 'Y grwpiau a gafodd eu defnyddio yng Nghyfrifiad 2021.',
      options: {
        'white-british': 'Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig',
        'white-irish': 'Gwyn: Gwyddelig',
        'white-gypsy-traveller': 'Gwyn: Sipsi neu Deithiwr Gwyddelig',
        'white-roma': 'Gwyn: Roma',
        'white-other': 'Gwyn: unrhyw gefndir Gwyn arall',
        'mixed-white-black-caribbean': 'Cymysg: Gwyn a Du Caribïaidd',
        'mixed-white-black-african': 'Cymysg: Gwyn a Du Affricanaidd',
        'mixed-white-asian': 'Cymysg: Gwyn ac Asiaidd',
        'mixed-other': 'Cymysg: unrhyw gefndir cymysg arall',
        'asian-indian': `${asian}: Indiaidd`,
        'asian-pakistani': `${asian}: Pacistanaidd`,
        'asian-bangladeshi': `${asian}: Bangladeshaidd`,
        'asian-chinese': `${asian}: Tsieineaidd`,
        'asian-other': `${asian}: unrhyw gefndir Asiaidd arall`,
        'black-african': `${black}: Affricanaidd`,
        'black-caribbean': `${black}: Caribïaidd`,
        'black-other': `${black}: unrhyw gefndir Du arall`,
        'other-arab': 'Grŵp ethnig arall: Arabaidd',
        'other-any': 'Grŵp ethnig arall: unrhyw grŵp arall',
        'prefer-not-to-say': 'Mae’n well gen i beidio â dweud',
        unknown: 'Ddim yn siŵr',
      },
    },
    'person.ethnicitySource': {
      label: 'Sut ydych chi’n gwybod beth yw eu grŵp ethnig?',
      options: { self: 'Dywedon nhw wrtha i, neu fi yw’r person', perceived: 'Dyna fy argraff i' },
    },
    'person.gender': {
      label: 'Rhywedd',
      options: {
        woman: 'Menyw',
        man: 'Dyn',
        'non-binary': 'Anneuaidd',
        'self-describe': 'Maen nhw’n ei ddisgrifio mewn ffordd arall',
        'prefer-not-to-say': 'Mae’n well gen i beidio â dweud',
        unknown: 'Ddim yn siŵr',
      },
    },
    'person.ageBand': {
      label: 'Oedran, yn fras',
      options: {
        'under-10': 'Dan 10',
        '10-14': '10 i 14',
        '15-17': '15 i 17',
        '18-19': '18 neu 19',
        '20-24': '20 i 24',
        '25-34': '25 i 34',
        '35-44': '35 i 44',
        '45-54': '45 i 54',
        '55-64': '55 i 64',
        '65-plus': '65 neu’n hŷn',
        unknown: 'Ddim yn siŵr',
      },
    },
    'person.immigrationStatus': {
      label: 'Statws mewnfudo',
      hint: 'Dim ond os ydych chi’n gwybod. Mae’n helpu i ddangos a yw sganiau’n cael eu defnyddio i wirio statws mewnfudo.',
      options: {
        'british-or-irish-citizen': 'Dinesydd Prydeinig neu Wyddelig',
        'settled-or-pre-settled': 'Statws preswylydd sefydlog neu gyn-sefydlog, neu ganiatâd amhenodol i aros',
        'visa-holder': 'Mae ganddyn nhw fisa (er enghraifft ar gyfer gwaith, astudio neu deulu)',
        'asylum-seeker-or-refugee': 'Ceisiwr lloches neu ffoadur',
        'no-status': 'Dim statws mewnfudo',
        'prefer-not-to-say': 'Mae’n well gen i beidio â dweud',
        unknown: 'Ddim yn siŵr',
      },
    },
    narrative: {
      label: 'Dywedwch wrthym beth ddigwyddodd',
      hint: 'Ysgrifennwch mewn unrhyw iaith. Peidiwch â chynnwys enwau, cyfeiriadau, rhifau ffôn nac unrhyw beth arall a allai ddangos pwy ydych chi neu pwy yw rhywun arall.',
    },
    'contact.consent': { label: 'Cewch gysylltu â fi am yr adroddiad hwn' },
    'contact.details': {
      label: 'Sut gall yr ymgyrch gysylltu â chi?',
      required: 'Rhowch sut gall yr ymgyrch gysylltu â chi, neu dad-diciwch “Cewch gysylltu â fi”',
      invalid: 'Rhaid i’r manylion cyswllt fod yn 200 nod neu lai',
    },
  },

  replyOptIn: {
    label: 'Hoffech chi ffordd o gael ateb gan yr ymgyrch?',
    hint: 'Gallwch hepgor hyn. Mae’n ddiogel ei hepgor: caiff eich adroddiad ei anfon yn yr un ffordd.',
    yes: 'Hoffwn, rwyf eisiau ffordd o gael ateb',
  },
  replyLink: 'Gweld a oes ateb gan yr ymgyrch',

  choose: 'Dewiswch un',
  dateParts: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' },
  dateFuture: 'Rhaid i’r dyddiad fod heddiw neu yn y gorffennol',
  charsLeft: 'Mae gennych chi {count} nod ar ôl',
  charsOver: 'Mae gennych chi {count} nod yn ormod',
  tooLong: 'Mae eich disgrifiad {count} nod yn rhy hir. Byrhewch ef i {max} nod neu lai.',
  errorTitle: 'Mae problem wedi codi',
  errorPrefix: 'Gwall: ',

  sentTitle: 'Adroddiad wedi’i anfon — diolch',
  sentBody: [
    'Cafodd eich adroddiad ei amgryptio ar y ddyfais hon a’i anfon. Dim ond y copi wedi’i gloi gafodd ei gadw gan y wefan.',
    'Mae’r ymgyrch yn datgloi adroddiadau ar ei chyfrifiadur ei hun, yn eu hadio at adroddiadau eraill, ac yn cyhoeddi cyfansymiau yn unig. Mae niferoedd bach yn cael eu cuddio fel nad oes modd adnabod neb.',
    'Fydd neb yn cysylltu â chi, oni bai eich bod wedi rhoi manylion cyswllt ac wedi dweud eu bod yn cael gwneud hynny.',
    'Does dim byd am eich adroddiad yn cael ei gadw ar y ddyfais hon. Os ydych chi’n poeni y gallai rhywun edrych ar y ddyfais hon, caewch y tab hwn.',
  ],
  another: 'Anfon adroddiad arall',

  failTitle: 'Dydy eich adroddiad ddim wedi’i anfon eto',
  failKept: 'Mae eich adroddiad yn cael ei gadw, wedi’i gloi, ar y dudalen hon. Does dim angen i chi ei deipio eto.',
  failOffline: 'Doedd dim modd cyrraedd y wefan. Gwiriwch eich bod wedi cysylltu â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  failBusy: 'Mae’r wefan yn brysur ar hyn o bryd. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.',
  failServer: 'Aeth rhywbeth o’i le ar y wefan. Arhoswch eiliad, yna rhowch gynnig arall arni.',
  failRejected: 'Wnaeth y wefan ddim derbyn yr adroddiad. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, ail-lwythwch y dudalen a llenwch y ffurflen eto.',
  failNoWebCrypto:
    'Ni all y porwr hwn wneud y gwiriad sydd ei angen ar y wefan brysur. Problem gyda’r wefan yw hon, nid gyda chi. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â’r ymgyrch mewn ffordd arall.',
  retry: 'Rhoi cynnig arall arni',
  photosTitle: 'Lluniau',
  photosHint: 'Gallwch ychwanegu hyd at {max} llun, er enghraifft o’r ddyfais sganio, fan yr heddlu neu rif swyddog.',
  addPhotos: 'Ychwanegu lluniau',

  about: {
    link: 'Pwy sy’n rhedeg y wefan hon, a beth sy’n digwydd i’ch atebion',
    title: 'Am y wefan hon a’ch atebion',
    runByTitle: 'Pwy sy’n rhedeg y wefan hon',
    runByDefault: 'Ymgyrch {campaign} sy’n rhedeg y wefan hon.',
    dataTitle: 'Beth sy’n digwydd i’ch atebion',
    data: [
      'Caiff eich atebion eu hamgryptio (eu cloi) yn eich porwr cyn eu hanfon. Dydy gweinydd y wefan hon ddim yn gallu eu datgloi.',
      'Mae’r gweinydd yn cadw’r adroddiad wedi’i gloi a’r diwrnod y cyrhaeddodd, nid yr amser. Dydy e ddim yn cadw eich cyfeiriad rhyngrwyd (IP), manylion eich ffôn na’ch porwr, nac unrhyw gwci.',
      'I atal llif o adroddiadau ffug, mae’r gweinydd yn defnyddio ffurf wedi’i chymysgu o’ch cyfeiriad rhyngrwyd am gyfnod byr, yn ei gof yn unig. Dydy hi byth yn cael ei chadw ar ddisg.',
      'Does dim byd yn cael ei gadw ar eich dyfais. Efallai y bydd eich porwr yn dal i ddangos y wefan hon yn ei hanes. Mae ffenestr breifat (incognito) yn osgoi hynny.',
      'Mae’r ymgyrch yn lawrlwytho’r adroddiadau wedi’u cloi ac yn eu datgloi ar ei chyfrifiadur ei hun. Mae’n cyhoeddi cyfansymiau yn unig, ac yn cuddio niferoedd bach fel nad oes modd adnabod neb.',
      'Os byddwch chi’n rhoi manylion cyswllt, maen nhw’n cael eu cloi gyda gweddill yr adroddiad. Dim ond yr ymgyrch sy’n gallu eu darllen.',
    ],
    noticeLink: 'Hysbysiad preifatrwydd llawn yr ymgyrch',
  },

  rights: {
    link: 'Eich hawliau os bydd yr heddlu’n eich sganio',
    title: 'Eich hawliau os bydd yr heddlu’n eich sganio',
    notAdvice:
      'Gwybodaeth gyffredinol yw hon, nid cyngor cyfreithiol. Mae’n sôn am y gyfraith yng Nghymru a Lloegr. Mae’r gyfraith yn yr Alban ac yng Ngogledd Iwerddon yn wahanol.',
    whenTitle: 'Pryd gall yr heddlu gymryd eich olion bysedd ar y stryd?',
    when: 'Mae angen i’r heddlu gael eich cytundeb i gymryd eich olion bysedd, heblaw mewn achosion sydd wedi’u nodi yn y gyfraith. Ar y stryd, dim ond os yw’r ddau beth hyn yn wir y caiff swyddog sganio eich olion bysedd heb eich cytundeb:',
    conditions: [
      'mae gan y swyddog reswm go iawn dros eich amau o drosedd: ei gwneud nawr, ceisio ei gwneud, neu fod wedi’i gwneud; a',
      'dydy’r swyddog ddim yn gwybod eich enw ac yn methu ei gael yn hawdd, neu mae ganddo reswm go iawn dros amau’r enw a roesoch chi.',
    ],
    law: 'Dyma adran 61(6A) o Ddeddf yr Heddlu a Thystiolaeth Droseddol 1984 (PACE).',
    tellTitle: 'Beth mae’n rhaid i’r heddlu ei ddweud wrthych chi',
    tell: [
      'Cyn y sgan, rhaid i’r swyddog ddweud wrthych chi pam mae’n cymryd eich olion bysedd, a’u bod yn gallu cael eu gwirio yn erbyn cofnodion.',
      'Gallwch chi ofyn i’r swyddog pa gyfraith mae’n ei defnyddio, a pham mae’n eich amau chi.',
      'Dydy’r rheolau am luniau o’ch wyneb ddim mor glir. Gallwch chi ofyn pam maen nhw eisiau llun a pha gyfraith maen nhw’n ei defnyddio.',
    ],
    checkTitle: 'Beth mae’r sgan yn ei wirio',
    check: [
      'Mae’r sgan yn cymharu eich olion bysedd â chofnodion yr heddlu ac â chofnodion mewnfudo’r Swyddfa Gartref.',
      'Mae’r gyfraith yn dweud bod rhaid dinistrio olion bysedd sy’n cael eu cymryd fel hyn ar y stryd ar ôl y gwiriad. Chân nhw ddim cael eu cadw.',
    ],
    matchTitle: 'Beth sy’n digwydd ar ôl cyfatebiaeth',
    match: [
      'Os nad oes cyfatebiaeth, dydy’r sgan ddim yn dweud wrth yr heddlu pwy ydych chi.',
      'Os oes cyfatebiaeth, gall y swyddog weld yr enw a’r cofnod sy’n gysylltiedig â’ch olion bysedd. Os oes gwarant i’ch arestio, neu os yw’r heddlu’n amau trosedd, gallan nhw eich arestio.',
      'Os oes cyfatebiaeth ar gofnodion mewnfudo, gall yr heddlu gysylltu â’r Swyddfa Gartref. Efallai y bydd swyddogion mewnfudo wedyn yn gofyn am gael siarad â chi, neu’n dod i ble rydych chi.',
      'Os cewch chi eich arestio, mae gennych chi hawl i gyngor cyfreithiol am ddim gan gyfreithiwr yng ngorsaf yr heddlu. Gofynnwch amdano.',
    ],
    helpTitle: 'Ble i gael help',
    helpNone: 'Gofynnwch i ganolfan y gyfraith neu i Cyngor ar Bopeth (Citizens Advice) yn eich ardal chi.',
  },
  // The lazily loaded parts' words (client/lazy-part.ts): each is its own small asset.
  reply: {
    receiptTitle: 'Eich rhif derbynneb',
    writeDown:
      'Ysgrifennwch y rhif hwn nawr, ar bapur, a’i gadw’n ddiogel. Dyma’r unig ffordd o gael ateb. Ni fydd yn cael ei ddangos eto, ac ni all neb ei anfon atoch.',
    exposes: 'Gall unrhyw un sydd â’r rhif hwn ddarllen atebion yr ymgyrch i chi ac ymateb iddynt. Nid yw’r rhif yn dangos eich adroddiad na phwy ydych chi.',
    retypeLabel: 'Teipiwch grŵp olaf eich rhif derbynneb',
    retypeHint: 'Y 5 digid olaf. Mae hyn yn gwirio eich bod wedi ysgrifennu’r rhif.',
    retypeMissing: 'Teipiwch grŵp olaf eich rhif derbynneb (5 digid)',
    retypeWrong: 'Nid dyna grŵp olaf eich rhif derbynneb. Edrychwch ar beth ysgrifennoch chi.',
    sentKeep: 'Cadwch eich rhif derbynneb yn ddiogel. Gall ateb gymryd ychydig ddyddiau. Gallwch chwilio am un yma:',
    title: 'Chwilio am ateb',
    intro: 'Os gofynnoch am ateb pan anfonoch adroddiad, teipiwch eich rhif derbynneb yma.',
    private:
      'Nid yw eich rhif derbynneb yn cael ei anfon i unman. Mae’r ddyfais hon yn llwytho’r un rhestr o atebion wedi’u cloi ag y mae pob ymwelydd yn ei chael, ac yn datgloi dim ond yr un ar gyfer eich rhif chi.',
    noJs: 'Mae chwilio am ateb angen JavaScript. Trowch JavaScript ymlaen, neu defnyddiwch ffordd arall o gysylltu â’r ymgyrch:',
    receiptLabel: 'Rhif derbynneb',
    receiptHint: '21 digid. Does dim ots am fylchau.',
    show: 'Dangos y rhif',
    hide: 'Cuddio’r rhif',
    check: 'Chwilio am ateb',
    empty: 'Teipiwch eich rhif derbynneb',
    wrongLength: 'Mae gan rif derbynneb 21 digid a dim byd arall. Edrychwch ar beth ysgrifennoch chi.',
    wrongCheck:
      'Nid yw’r rhif derbynneb hwn yn gywir. Efallai fod un digid yn anghywir, neu fod dau ddigid wedi’u cyfnewid. Edrychwch ar beth ysgrifennoch chi.',
    checking: 'Yn chwilio am ateb. Gall hyn gymryd ychydig eiliadau…',
    failed: 'Nid oedd modd chwilio am ateb. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
    none: 'Nid oes ateb eto. Gall ateb gymryd ychydig ddyddiau. Edrychwch eto yn nes ymlaen.',
    found: 'Ateb gan yr ymgyrch',
    day: 'Anfonwyd ar {day}',
    answerLabel: 'Eich ymateb (dewisol)',
    answerHint: 'Caiff ei gloi ar y ddyfais hon cyn ei anfon. Dim ond yr ymgyrch all ei ddarllen. Peidiwch â rhoi enwau, cyfeiriadau na rhifau ffôn.',
    answerEmpty: 'Ysgrifennwch eich ymateb yn gyntaf.',
    sendAnswer: 'Amgryptio ac anfon yr ymateb',
    sendingAnswer: 'Yn amgryptio ac yn anfon eich ymateb…',
    answerSent: 'Anfonwyd eich ymateb. Dim ond yr ymgyrch all ei ddarllen.',
    answerFailed: 'Nid yw eich ymateb wedi’i anfon eto. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  },
  photos: {
    preparing: 'Yn paratoi eich lluniau…',
    removed:
      'Cafodd manylion cudd yn y ffeil eu tynnu, fel ble a phryd y tynnwyd y llun a model y ffôn. Dim ond y llun isod sy’n cael ei anfon. Gorchuddiwch wynebau, platiau rhif a rhifau cyfeirnod â blychau du.',
    boxHelp:
      'Llusgwch flwch i’w symud, neu llusgwch ei gornel felen i newid ei faint. Gyda bysellfwrdd: mae’r bysellau saeth yn symud blwch, Shift a’r bysellau saeth yn newid ei faint, Delete yn ei dynnu.',
    undecodable: 'Nid oedd modd agor y ffeil hon fel llun, felly ni fydd yn cael ei hanfon. Rhowch gynnig ar lun JPEG neu PNG.',
    refused: 'Nid oedd modd glanhau’r llun hwn yn ddiogel, felly ni fydd yn cael ei anfon.',
    blank: 'Rhoddodd y porwr hwn lun gwag yn ôl, felly ni fydd y llun hwn yn cael ei anfon. Rhowch gynnig ar borwr arall.',
    tooMany: 'Gallwch ychwanegu hyd at {max} llun. Ni chafodd rhai eu hychwanegu.',
    title: 'Llun {n}',
    preview: 'Llun {n}, fel y bydd yn cael ei anfon',
    box: 'Blwch du {n}',
    addBox: 'Ychwanegu blwch du',
    remove: 'Tynnu’r llun hwn',
    progress: 'Yn anfon llun {n}: {percent}%',
    sent: 'Llun {n} wedi’i anfon',
    failTitle: 'Nid yw eich lluniau wedi cael eu hanfon',
    failBusy: 'Mae’r cysylltiad hwn wedi anfon cymaint o luniau ag y gall am y tro.',
    failFull: 'Nid yw’r wefan yn derbyn lluniau ar hyn o bryd.',
    offline: 'Dim cysylltiad â’r rhyngrwyd. Bydd yr anfon yn parhau ar ei ben ei hun pan ddaw’r cysylltiad yn ôl.',
    failNetwork: 'Collwyd y cysylltiad â’r wefan.',
    failNoWebCrypto: 'Ni all y porwr hwn wneud y gwiriad sydd ei angen ar y wefan brysur.',
    failRefused: 'Ni dderbyniodd y wefan y lluniau.',
    failChoice: 'Rhowch gynnig arall arni: bydd yr anfon yn parhau o’r man lle stopiodd. Neu anfonwch eich adroddiad heb y lluniau.',
    retry: 'Rhoi cynnig arall arni',
    without: 'Anfon heb luniau',
  },
};
