/**
 * Public vendors, products, agencies and registries a contractor can look up,
 * by region and trade: the names a consultancy's clients in Japan, the Nordics,
 * Indonesia and South-East Asia, Europe, Africa, the Americas and Oceania write
 * into their briefs without a definition, as they would write "Stripe".
 *
 * Written from knowledge of these markets, not from the labelled briefs: an
 * in-house code name is chosen from ordinary words ("Falcon", "Kvist",
 * "Sakura"), so a name that is also an ordinary word in English, Danish,
 * Japanese or Indonesian, a myth's or a person's given name is left out here
 * even where a vendor uses it ("Salto", "Alma", "Hermes", "Octopus"): such a
 * name stays the brief's to explain. Lower case; one word per entry (each word
 * of a longer name that is distinctive on its own).
 */

import { words } from "./word-list.js";

export const PUBLIC_VENDORS: ReadonlySet<string> = new Set(
  words(`
dji vaisala eskom geofabrik luhn payu paystack flutterwave paymob fawry dlocal ebanx pagseguro pagbank pagarme cielo getnet conekta openpay culqi niubiz
izipay transbank webpay khipu wompi kushki nuvei 2c2p gcash paymaya dragonpay paymongo ipay88 molpay fiuu billplz senangpay
toyyibpay duitnow linkaja shopeepay gopay duitku faspay espay nicepay ipaymu winpay truemoney zalopay vnpay vietqr napas
promptpay payme jkopay ecpay newebpay tosspayments inicis danal moyasar hyperpay payfort telr valu meeza
interswitch remita opay palmpay moniepoint yoco payfast ozow snapscan paygate pesapal cellulant jambopay cinetpay paydunya
sumup zettle izettle payplug lemonway mangopay payzen ogone ingenico worldline nexi satispay bizum redsys multibanco mbway
przelewy24 tpay dotpay twint postfinance trustpay comgate paysera montonio bambora quickpay reepay frisbii billwerk dintero qliro
walley trustly zimpler payex paytrail vivawallet truelayer yapily opayo sagepay dwolla marqeta synctera fiserv
tsys elavon venmo cashapp zelle authorize.net payoneer skrill neteller paysafe paysafecard ccavenue billdesk cashfree instamojo
juspay paytabs checkout.com afterpay tyro bpay payid windcave paymark akahu suica pasmo icoca nanaco waon merpay
paygent veritrans univapay airpay linepay rakutenpay dbarai bancomat postepay pagopa girocard paydirekt payconiq bancontact itsme
nemkonto betalingsservice mitid nemid bankid eboks e-boks

verihubs vida zenziva qontak mekari wablas fonnte starsender gupshup karix msg91 textlocal kaleyra infobip clickatell termii africastalking
smsportal bulksms sleekflow respond.io trengo freshchat freshdesk freshworks zoho kommo amocrm bitrix24 pipedrive liveperson
kustomer gorgias helpscout chatwoot tawk.to zalo chatwork lineworks lstep

smaregi airregi ubiregi colorme makeshop futureshop ecforce zozotown zozo next-engine crossmall logizard openlogi ecohai recruit
takkyubin ta-q-bin seino nittsu yupack yu-pack sagawa-express kintone cybozu garoon sansan moneyforward
obic kaonavi smarthr jobcan teamspirit cloudsign makeleaps misoca bakuraku navitime jorudan ekispert tabelog gurunavi
hotpepper retty ikyu tablecheck toreta ebica shinkansen mynaportal mynumber nexco
hankyu hanshin keihan kintetsu nankai keio odakyu tokyu seibu tobu keikyu meitetsu nishitetsu keisei sotetsu
majoo pawoon olsera qasir gadjian accurate.id coretax dukcapil
satusehat pcare anteraja paxel gosend grabexpress deliveree biteship kiriminaja rajaongkir shipper.id
indihome smartfren axiata danamon seabank halodoc alodokter klikdokter gojek grab traveloka
kiotviet haravan sendo viettel vnpost misa krungthai kasikorn bualuang wongnai flash-express
philhealth pag-ibig pesonet instapay poslaju citylink myinvois perkeso hitpay
singpass corppass ez-link simplygo singpost qxpress ninjavan baemin yogiyo hanjin hometax kakaopay naverpay coupang
octopus-card hktvmall sf-express yunda jd.com meituan eleme pinduoduo taobao tmall douyin xiaohongshu

visma e-conomic uniconta navision tripletex fiken fortnox bokio netvisor procountor xledger dk-hostmaster
postnord budbee instabox helthjem airmee coolrunner shipmondo pakkelabels webshipper sendcloud consignor nshift unifaun
rejseplanen rejsekort midttrafik movia banedanmark trafikstyrelsen vejdirektoratet skat virk borger.dk sundhed.dk
energinet eloverblik datahub ørsted orsted ewii cerius evida hofor danfoss grundfos vestas carlsberg coloplast
lego jysk matas salling føtex bilka rema kvickly dagrofa trustpilot tradeshift planday tamigo danløn dataløn proløn
zenegy intect bluegarden medcom sundhedsplatformen altinn brreg skatteetaten helsenorge posten entur skatteverket
bolagsverket försäkringskassan västtrafik skånetrafiken kela kanta suomi.fi posti matkahuolto fingrid statnett elhub
nordpool vattenfall fortum statkraft tibber greenely molslinjen bornholmslinjen scandlines dfds finnlines tallink
fjordline

elster datev lexoffice lexware sevdesk billomat zvoove gematik schufa creditreform hermes-germany
colissimo chronopost laposte correos seur nacex packeta zásilkovna zasilkovna omniva venipak econt elta
geniki yurtici hepsijet hepsiburada ameli doctolib qonto swile payfit pennylane cegid
blablacar pagopa infocert aruba verifactu ticketbai renfe cabify sibs belastingdienst
digid postnl coolblue bol.com twinfield moneybird snelstart afas nmbrs peppol mercurius delhaize colruyt
epuap alza heureka mydata taxisnet skroutz e-fatura earsiv e-arşiv uyumsoft netsis iyzico paytr papara
turkcell bexio finanzonline companies-house gov.uk govuk freeagent kashflow parcelforce ocado waitrose
trainline rightmove zoopla openreach vinted

paychex fiserv jackhenry cerner athenahealth eclinicalworks allscripts meditech
surescripts availity yardi appfolio buildium realpage entrata rentmanager zillow redfin procore autodesk esri
arcgis geotab omnitracs fleetio project44 fourkites macropoint truckstop railinc amtrak eurostar flixbus ticketmaster
eventbrite tripadvisor opentable resy grubhub chownow myob eftpos auspost startrack sendle nzpost
kiwibank westpac commbank

facturama finkok edicom nubefact siigo alegra omie contaazul picpay mercadolivre
olist vtex nuvemshop tiendanube correios loggi jadlog olva servientrega coordinadora estafeta chilexpress starken bluexpress
andreani despegar falabella cencosud linio oxxo banxico yape plin redcompra

fatoora absher nafath smsa naqel jumia konga ecitizen vodacom efiling takealot
shiprocket delhivery bluedart xpressbees ekart aadhaar digilocker umang makemytrip goibibo
ixigo redbus blinkit bigbasket nykaa myntra meesho

traccar teltonika queclink calamp wialon gurtam thingsboard emqx hivemq mosquitto chirpstack lorawan sigfox milesight dragino
kerlink fanuc kuka beckhoff codesys kepware wonderware aveva osisoft skidata flowbird parkmobile easypark paybyphone hikvision
dahua genetec verkada

mews cloudbeds apaleo protel siteminder channex hostaway guesty lodgify beds24 smoobu hostfully rentalsunited hotelbeds
travelport duffel navitaire trustyou revinate dormakaba vingcard onity nuki igloohome ttlock sportradar sportstiming raceresult
chronotrack mylaps webscorer cliniko nookal halaxy powerdiary carepatron healthie medplum openehr snomed

infor epicor unit4 freshbooks kashoo maxio chargify fastspring avalara taxjar sovos anrok hibob
7shifts quinyx successfactors teamtailor recruitee smartrecruiters jobvite icims taleo

koha overdrive cloudlibrary borrowbox ereolen bibliotek.dk worldcat bibframe dspace eprints
islandora omeka archivesspace preservica archivematica moodle brightspace schoology classdojo kahoot quizlet
duolingo italki preply cambly verbling lingoda busuu babbel memrise

loyverse lightspeed tomra envipco touchbistro erply sitoo nedap sensormatic datalogic bixolon micronics

vattenfall engie iberdrola endesa enel naturgy tennet amprion 50hertz transnetbw
terna solaredge enphase fronius sungrow growatt goodwe victron powerwall varta
deye solax foxess givenergy myenergi easee zaptec wallbox chargepoint evbox alfen hubject plugsurfing spirii
sunspec openadr eebus ecoflow jackery nibe vaillant viessmann thermia stiebel buderus ariston midea

hapag-lloyd hapag cosco oocl scandlines marinetraffic vesselfinder orbcomm
tideworks dakosy portnet flexport freightos cargowise wisetech magaya kuehne schenker
ceva geodis expeditors sinotrans panalpina bolloré traxon inttra e2open shippeo transporeon timocom sennder instafreight
saloodo ontruck untappd vivino

squarespace wix weebly lightroom digicel gog
towbook geico igt konami proj posco ssab chep loscam rion himsa mahindra watlow datapaq marshalls rezdy serassi lingiardi metsähallitus saracino ticketflap passare vectorworks linde epson scaleway unitec centrelink sjöfartsverket ov-chipkaart combain wafios illustrator
fairtrade flocert elitech routific
`),
);
