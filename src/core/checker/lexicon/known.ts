/**
 * Names a contractor is expected to know without a definition: well-known
 * technical acronyms and units, currency codes, widely used products and
 * vendors, places, and words that English capitalises anyway (days, months,
 * languages, departments). Everything else that looks like an acronym or an
 * internal code name must be defined in the brief (rules/undefined-term.ts).
 */

import { HOME_PLACES } from "./home-places.js";

import { wordSet as set } from "./word-list.js";

/** Technical acronyms every backend contractor knows (upper case). */
export const KNOWN_ACRONYMS = set(`
API APIS IT REST HTTP HTTPS URL URLS URI URIS URN HTML CSS JS TS JSON JSONL NDJSON XML YAML YML TOML CSV TSV PDF PDFS
SQL NOSQL DB DBS DBA ORM ACID CRUD UUID UUIDS GUID ULID JWT JWTS JWK JWKS JWS JWE OAUTH OIDC SAML SSO MFA 2FA TOTP OTP
SMS MMS TLS SSL SSH SFTP FTP FTPS TCP UDP IP IPS IPV4 IPV6 DNS CDN VPN VPC LAN WAN NAT CIDR MTU TTL QOS
UTC GMT ISO IANA RFC IETF W3C WHATWG ECMA UNIX POSIX ASCII UTF UTF8 UNICODE
CPU CPUS GPU RAM SSD HDD IO IOPS OS VM VMS K8S CLI GUI UI UX SDK SDKS IDE CI CD PR PRS MR QA UAT
SLA SLAS SLO SLOS SLI SLIS KPI KPIS MVP POC FAQ ETA EOD TBD NGO NGOS XS XXS XL XXL XXXL HQ
AWS GCP S3 EC2 RDS SQS SNS SES IAM KMS ECS EKS ELB ALB NLB EBS EFS ARN GCS GKE AKS
HMAC SHA SHA1 SHA256 SHA512 MD5 AES RSA ECDSA HSM PKI CA CSR CORS CSRF XSS SQLI OWASP CSP HSTS WAF DDOS DOS CVE
GDPR CCPA HIPAA PCI DSS SOC PII PHI CAPTCHA CRLF LF CR EOF EOL
MB KB GB TB PB KIB MIB GIB TIB MS RPS QPS TPS
RGB RGBA SRGB CMYK HSL HSV DPI PPI CIELAB
UV PVC UPVC HVAC UID UIDS UFO DJ DJS QC RSVP RSVPS ISP POS SUV SUVS
JR
STL DXF DWG OBJ GLB GLTF PNG JPG JPEG GIF SVG WEBP AVIF HEIC HEIF TIFF TIF BMP ICO MP3 MP4 M4A AAC FLAC OGG OPUS WAV WEBM MOV MKV AVI ZIP GZIP TAR BZ2 XZ ZSTD DOCX XLSX PPTX DOC XLS TXT RTF ICS VCF EML MIME EPUB
GRPC RPC SOAP WSDL AMQP MQTT SMTP IMAP POP3 LDAP SCIM SAML2 XMPP WEBRTC SSE WS WSS IMAPS POP3S SMTPS LDAPS SSID SSIDS
CIE FIDE DOJ DSV SGS JISDOR DNV
ID IDS PK FK ETL ELT OLAP OLTP BI ML AI LLM NLP OCR
AM PM EST PST CET CEST JST KST IST BST EDT PDT AEST AEDT SGT HKT EAT WAT NZST NZDT AWST ACST
US USA UK EU EEA UAE APAC EMEA LATAM NA UN
OK NO YES ALL NOT AND OR MUST SHOULD SHALL MAY NEVER ALWAYS ONLY NOTE WARNING IMPORTANT NEW DO DONT
GET POST PUT PATCH DELETE HEAD OPTIONS SELECT INSERT UPDATE UPSERT
NULL TRUE FALSE
B2B B2C SAAS PAAS IAAS
IBAN BIC SWIFT ACH SEPA EMV 3DS PSD2 SCA
CSV
QR NFC GPS RFID USB CCTV HDMI COVID MOT
ISBN EAN UPC GTIN
E2E RBAC ABAC ACL ACLS
CEO CTO CFO COO CIO CISO VP HR PM EM NUL NT HK NZ
NVIDIA AMD IBM SAP HP ASUS LG ARM AT&T NASA BBC CNN GE BMX
ASAP FYI NB CE
NPM PYPI PL
LTE GSM UMTS BLE DHCP SNMP PTP BGP OSPF VLAN ARP ICMP RADIUS IMSI ICCID APN DSL ADSL VDSL FTTH SD-WAN NFV OTA MBIT GBIT KBIT
IEC IEEE DIN ANSI ASTM SAE NIST EN ICT DC AC JSON-LD WGS EPSG PADI SSI NAUI IJ ANZ SKF KITZ JBS DGUV HWAM OSHA EASA IMO CGI ZF SIRET CV
PS SD XSD UBL DOM SAX
STRING TIMESTAMP INT64 FLOAT64 BOOL BOOLEAN NUMERIC DATETIME BYTES STRUCT INTEGER BIGINT SMALLINT VARCHAR CHAR TEXT DECIMAL FLOAT DOUBLE JSONB TIMESTAMPTZ
TV PC MAC IOT CJK NFKC NFC NFD NFKD SIM ESIM FIFO LIFO LRU MRU VAT GST BIND NAS SAN EDI IATA ICAO EICAR IMEI
EXIF FHIR HL7 VIP SIGTERM SIGKILL SIGINT SIGHUP FCM APNS GCM ZPL GTFS OCR
DNA RNA UTM BTC ETH PIN SKU ATM KV NVME SSO SRE README CMS OSRM CNAME AAAA MX TXT CAA NS SOA PTR SRV SPF DKIM DMARC
ING HSBC BNP UBS DBS BCA BRI BNI MUFG SMBC CITI HM
DEBUG INFO WARN ERROR FATAL TRACE CRITICAL NOTICE ALERT EMERG
BV B.V KK K.K NV N.V SA S.A AG GMBH LTD INC LLC LLP PLC SE KG APS AB OY PT TBK SDN BHD PTY SRL SPA SARL SAS
MRI ECG EKG ICU NHS
KW KWH MW MWH GW GWH KVA MVA
CC BY SA ND NC
RM RP RS
MON TUE TUES WED THU THUR THURS FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
FM DAB MG BMW VW CRM ERP QGIS GIS
BOM AWB IVA TVA RSS XHTML WCAG AA AAA DNF DNS DEKRA TÜV TUV FAGG RGPD ROAS BRF
U.S U.S.A U.K E.U U.A.E
MIT BSD GPL LGPL AGPL MPL
LED LCD ACK NACK NAK EXW FCA FAS FOB CFR CIF CPT DAP DPU DDP
RAID
`);

/** ISO 3166-1 country codes ("JusticeLink PH", "Acme UK"): after an organisation's name they say where it is. */
export const COUNTRY_CODES = set(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK EU
`);

/** ISO 4217 codes of currencies a brief may name, and the tickers of the most traded crypto-currencies and stablecoins. */
export const CURRENCY_CODES = set(`
USD EUR JPY GBP CHF CAD AUD NZD CNY HKD TWD KRW SGD INR IDR THB MYR PHP VND BRL MXN ARS CLP COP PEN ZAR
SEK NOK DKK PLN CZK HUF RON TRY RUB UAH ILS AED SAR QAR EGP NGN KES
USDT USDC EURC BTC ETH SOL XRP BNB ADA DOGE MATIC LTC XLM
`);

/**
 * The other ISO 4217 codes. Many are also someone's acronym ("MGA partners", "DDEX ERN packages", "ETB
 * schools"), so they count as a currency only beside an amount or a currency's name (undefined-term.ts).
 */
export const OTHER_CURRENCY_CODES = set(`
AFN AMD ANG AOA AWG AZN BBD BDT BGN BHD BIF BMD BND BOB BSD BTN BWP BYN BZD CDF CRC CUC CVE DJF DOP DZD ERN ETB FJD
FKP GEL GHS GIP GMD GNF GTQ GYD HNL HTG IQD IRR ISK JMD JOD KGS KHR KMF KPW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD
MDL MGA MKD MMK MNT MRU MUR MVR MWK MZN NAD NIO NPR OMR PAB PGK PKR PYG RSD RWF SBD SCR SDG SHP SLE SRD SSP STN SVC
SYP SZL TJS TMT TND TTD TZS UGX UYU UZS VES VUV WST XAF XCD XOF XPF YER ZMW ZWL
`);

/**
 * Airlines written as their initials and the busiest airports' IATA codes, with SITA (the airlines' shared IT
 * provider). Read as public names only in a brief about flights (acronym-readings.ts): elsewhere the same three
 * capitals are as often someone's in-house acronym ("BRS scan", "the CMI page"). Codes that spell an English word
 * or a known technical acronym (CAN, DEL, SUB, SAN, SHA) are left out.
 */
export const AVIATION_CODES = set(`
ANA JAL KLM SAS TAP LOT EVA SIA PAL MAS KAL SITA
ATL LAX ORD DFW JFK SFO MCO EWR MIA PHX IAH BOS MSP DTW PHL LGA CLT IAD SLC HNL YYZ YVR YUL YYC YEG
LHR LGW STN CDG ORY AMS FRA MUC FCO MXP ZRH GVA VIE CPH ARN OSL HEL IST DXB DOH AUH ATH LIS BRU WAW
SIN HKG ICN GMP NRT HND KIX FUK OKA PEK PKX PVG TPE BKK DMK KUL CGK DPS MNL SGN SYD AKL BNE
GRU GIG EZE SCL LIM BOG MEX CUN JNB CPT NBO
`);

/**
 * Products, vendors and technologies (lower case). Kept to names that are
 * unambiguous brands, so an internal code name that happens to be an English
 * ("Tulip", "Hummingbird") is not mistaken for one. The first row: units
 * written with a capital (Hz, Nm, kWh, Mbps) and the euro.
 */
export const KNOWN_NAMES = set(`
hz khz mhz ghz nm kn kpa mpa hpa dbm wh kwh mwh gwh mah kbps mbps gbps euro euros
stripe paypal paypay adyen braintree square klarna affirm afterpay mollie komoju gmo wise plaid checkout.com
worldpay razorpay paddle chargebee recurly zuora xendit midtrans gocardless
shopify woocommerce magento bigcommerce amazon ebay etsy rakuten mercari lazada shopee zalando qoo10
aws azure gcp google microsoft apple meta facebook instagram whatsapp twitter linkedin tiktok youtube
mbit gbit kbit zigbee modbus git homebrew flyway liquibase gradle maven yarn webpack vite babel prettier alembic swift packer zipkin fluentd dagster prefect semgrep gitleaks bazel
github gitlab bitbucket jira confluence notion slack figma miro trello asana linear zendesk intercom
interac
hubspot salesforce marketo mailchimp sendgrid mailgun postmark brevo sendinblue mandrill twilio vonage
nexmo plivo messagebird sinch onesignal firebase fcm apns pusher ably
okta auth0 cognito keycloak onelogin entra duo
postgres postgresql mysql mariadb sqlite oracle mssql mongodb mongo redis memcached valkey cassandra
dynamodb couchdb couchbase neo4j clickhouse bigquery snowflake redshift databricks elasticsearch
opensearch solr algolia meilisearch typesense kafka rabbitmq nats pulsar kinesis sqs pubsub celery
sidekiq resque bullmq bull temporal airflow cron quartz
docker kubernetes helm terraform pulumi ansible chef puppet vagrant nginx apache haproxy envoy istio
traefik caddy cloudflare fastly akamai cloudfront vercel netlify heroku fly.io digitalocean render
linode hetzner ovh
datadog grafana prometheus kibana logstash splunk sentry honeycomb newrelic pagerduty opsgenie
statuspage jaeger opentelemetry loki sumo sumologic sentinel
node node.js nodejs deno bun python ruby rails django flask fastapi php laravel symfony java kotlin ktor
spring scala go golang rust elixir erlang haskell typescript javascript react vue angular svelte
next.js nextjs nuxt express fastify nestjs graphql apollo prisma sequelize typeorm hibernate websocket websockets
ios android macos macintosh windows linux ubuntu debian alpine centos safari chrome chromium firefox edge
excel word powerpoint outlook gmail yahoo hotmail icloud dropbox onedrive sharepoint teams zoom
webex skype discord telegram line kakaotalk wechat viber signal messenger
openai anthropic chatgpt claude
pgbouncer pgpool chrony ntp systemd ffmpeg imagemagick libvips clamav virustotal
cloudinary imgix s3 minio backblaze wasabi
launchdarkly unleash flagsmith optimizely statsig amplitude mixpanel segment hotjar
posthog looker tableau metabase redash superset
quickbooks xero freee netsuite sap workday bamboohr gusto deel rippling
fedex ups dhl usps yamato sagawa japan-post
visa mastercard amex jcb unionpay diners
openapi swagger postman insomnia curl wget jq
kuromoji lucene tesseract pdfkit puppeteer playwright selenium cypress jest mocha vitest pytest rspec
junit
canva airtable zapier calendly docusign typeform google sheets drive docs coda clickup basecamp monday
photoshop lightroom indesign procreate coreldraw kickstarter indiegogo gamefound backerkit patreon gofundme makuake ulule
backlog redmine youtrack shortcut mattermost matrix mastodon jitsi rocket.chat webflow wordpress
supabase planetscale cockroachdb cockroach timescale timescaledb influxdb questdb druid pinot trino presto
spark flink beam dbt fivetran airbyte debezium vault consul nomad hashicorp argo argocd jenkins circleci
buildkite sonarqube snyk dependabot renovate bigtable spanner firestore datastore cosmos cosmosdb aurora
braze iterable customer.io sendbird agora vimeo wistia mux brightcove bunny bunnycdn telnyx bandwidth
mapbox openstreetmap osm nominatim leaflet here pix boleto upi paynow promptpay ideal bancontact sofort
giropay swish mobilepay vipps blik alipay konbini paidy zengin bacs fedwire chaps
onfido sumsub jumio veriff trulioo persona sabre amadeus expedia booking.com airbnb uber lyft grab gojek
spotify netflix twitch steam unity unreal xbox playstation nintendo
cartrack invers omise kakao expo misa unix settings preferences odoo portbase equifax experian transunion hubtel fineract symitar vrbo hostelworld acumatica douzone sysco tdk murata hakone geelong hepburn vlookup asp.net ezdrm borobudur farmad corilus paybill valorant fortnite minecraft roblox dota overwatch pubg genshin hearthstone riot jne
fhir hl7 dicom edifact x12 gtfs ical icalendar vcard openid webauthn fido passkey passkeys kerberos
unicode emoji markdown latex mjml handlebars mustache jinja liquid protobuf avro parquet arrow orc
gunicorn uvicorn puma unicorn tomcat jetty iis lambda fargate cloudrun cloudwatch stackdriver
zod joi ajv pydantic pandas numpy scikit-learn pytorch tensorflow huggingface
personio osrm access patroni trivy grype falco cilium calico linkerd concur fitbit garmin strava zebra lamport lua perl dart flutter julia matlab cobol fortran zig ocaml clojure groovy bash powershell zsh wasm webassembly
glacier athena dynamo cloudformation sagemaker eventbridge route53 amplify dataflow dataproc cloudsql memorystore
samsung siemens huawei sony panasonic toyota honda nissan hitachi fujitsu toshiba canon ricoh kyocera
kia hyundai mazda subaru suzuki mitsubishi volkswagen audi porsche volvo renault peugeot citroen fiat chevrolet tesla byd geely chery equinor ingram
icecast shoutcast audacity rivendell steamworks
nokia ericsson bosch philips unilever nestle alibaba tencent baidu bytedance naver coupang cisco intel dell
lenovo xiaomi oppo vivo verizon vodafone telefonica kddi docomo softbank ntt skt airtel mtn safaricom
telkomsel indosat singtel telstra optus telenor telia swisscom proximus kpn bouygues sfr movistar claro tigo
reddit pinterest snapchat quora substack patreon onlyfans tumblr flickr
nubank revolut monzo starling n26 bunq coinbase binance bitstamp robinhood chime sofi
hsbc barclays lloyds natwest santander bbva rabobank commerzbank unicredit bnp
citi citibank jpmorgan wellsfargo goldman ubs dbs ocbc uob maybank cimb
bca mandiri bdo bpi metrobank mufg smbc mizuho resona nordea danske handelsbanken seb swedbank
kbank vietcombank techcombank icici hdfc kotak
atlassian tokopedia bukalapak traveloka blibli flipkart paytm phonepe swiggy zomato careem talabat
jumia konga deliveroo glovo wolt foodpanda doordash instacart rappi ifood mercadolibre mercadopago
maersk gls postnord bpost evri inpost aramex ninjavan lalamove sicepat
ikea zara carrefour walmart costco tesco aldi lidl sainsbury asda kroger rewe edeka auchan uniqlo muji
abb schneider honeywell rockwell mitsubishi daikin schindler assa abloy
edf engie enel iberdrola orsted vattenfall rwe uniper kamstrup itron getinge belimed steris ecocert postgis
snappy zstd lz4 brotli devanagari gurmukhi m-pesa mpesa usda fda cdc nih nhs medicare medicaid irs hmrc epa faa fca ecb bafin finma oecd wto imf unicef unesco noaa ema yemeksepeti getir trendyol hepsiburada grabfood lineman baemin petronas pertamina aramco nagad bkash easypaisa jazzcash flutterwave paystack daraja ovo redsys bizum transbank webpay mercadopago payu dlocal ebanx cielo pagseguro picpay yape nequi
klook agoda trip.com ctrip skyscanner ryanair easyjet lufthansa
shinagawa minato chiyoda chuo shinjuku bunkyo taito sumida koto meguro ota setagaya nakano suginami toshima
kita arakawa itabashi nerima adachi katsushika edogawa umeda namba tenjin sakae
`);

/**
 * Countries, regions and large cities (lower case). A name of several words is listed by its
 * distinctive words only ("lanka", not "sri"): each word becomes a known name on its own, and
 * fragments such as "sri", "la" or "da" are also acronyms or function words.
 */
export const PLACES = new Set([...set(`
riyadh jeddah dammam aires chittagong sylhet ningbo xiamen qingdao wuhan nanjing hangzhou dongguan greenland himeji
japan tokyo osaka kyoto yokohama nagoya fukuoka sapporo kobe sendai hiroshima okinawa matsumoto nagano niseko hakodate kanazawa
china beijing shanghai shenzhen hong kong taiwan taipei korea seoul busan singapore malaysia kuala lumpur
indonesia jakarta thailand bangkok vietnam hanoi philippines manila india bangalore bengaluru mumbai delhi
australia sydney melbourne brisbane perth new zealand auckland reykjavik reykjavík patagonia kathmandu pokhara
germany berlin munich frankfurt hamburg cologne austria vienna switzerland zurich geneva france paris lyon
netherlands amsterdam rotterdam belgium brussels luxembourg spain madrid barcelona portugal lisbon italy
rome milan ireland dublin uk britain england london manchester scotland edinburgh wales
sweden stockholm norway oslo denmark copenhagen finland helsinki iceland poland warsaw czechia prague
hungary budapest romania bucharest greece athens turkey türkiye turkiye istanbul israel tel aviv uae dubai
usa america canada toronto vancouver montreal mexico brazil são paulo sao paulo argentina chile colombia
peru seattle california san francisco oakland los angeles new york boston chicago austin texas virginia oregon
washington ohio
africa nigeria lagos kenya nairobi egypt cairo south johannesburg durban pretoria
europe asia oceania americas pacific atlantic nordics benelux scandinavia caribbean mediterranean baltic balkans
afghanistan albania algeria andorra angola antigua barbuda armenia azerbaijan bahamas bahrain bangladesh
barbados belarus belize benin bhutan bolivia bosnia herzegovina botswana brunei bulgaria burkina faso
burundi cabo verde cambodia cameroon chad comoros congo costa rica croatia cuba cyprus djibouti dominica
ecuador salvador equatorial eritrea estonia eswatini ethiopia fiji gabon gambia georgia ghana grenada
guatemala guinea bissau guyana haiti honduras iran iraq jamaica jordan kazakhstan kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania madagascar malawi maldives
mali malta mauritania mauritius micronesia moldova monaco mongolia montenegro morocco mozambique myanmar
namibia nauru nepal nicaragua niger macedonia oman pakistan palau palestine panama papua paraguay qatar
russia rwanda samoa san marino saudi arabia senegal serbia seychelles sierra leone slovakia slovenia
solomon somalia sudan lanka suriname syria tajikistan tanzania timor togo tonga trinidad tobago
tunisia turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela yemen zambia zimbabwe
kabul tirana algiers luanda yerevan baku manama dhaka minsk thimphu sarajevo gaborone brasilia sofia
ouagadougou phnom penh yaoundé yaounde ottawa santiago bogotá bogota havana nicosia kinshasa brazzaville
quito asmara tallinn addis ababa suva libreville tbilisi accra kumasi guatemala tegucigalpa tehran baghdad
kingston amman astana almaty pristina bishkek vientiane riga beirut maseru monrovia tripoli vilnius
antananarivo toamasina entebbe mukono newark changi lilongwe valletta nouakchott chisinau ulaanbaatar podgorica rabat casablanca maputo naypyidaw
yangon windhoek kathmandu managua niamey abuja kano pyongyang skopje muscat islamabad karachi lahore
asunción asuncion doha moscow kigali dakar belgrade freetown bratislava ljubljana mogadishu juba khartoum
colombo paramaribo damascus dushanbe dodoma arusha mombasa kisumu lomé lome tunis ashgabat kampala kyiv kiev
somerset tashkent caracas sanaa lusaka harare montevideo lima paz santa cruz cusco arequipa guadalajara monterrey
oaxaca cancún cancun tijuana medellín medellin cali huila cartagena porto alegre rio janeiro salvador recife
fortaleza curitiba belo horizonte brasília córdoba cordoba rosario mendoza valparaíso valparaiso
alabama alaska arizona arkansas colorado connecticut delaware florida hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada hampshire jersey carolina dakota oklahoma pennsylvania rhode island tennessee utah vermont
wisconsin wyoming ontario quebec québec manitoba saskatchewan alberta columbia brunswick nova scotia
newfoundland labrador yukon nunavut queensland victoria tasmania bavaria bayern saxony hesse hessen
baden württemberg wurttemberg brandenburg thuringia rhineland palatinate saarland schleswig holstein
mecklenburg catalonia andalusia galicia basque tuscany lombardy sicily sardinia flanders wallonia
aarhus odense aalborg esbjerg malmö malmo gothenburg göteborg uppsala bergen trondheim stavanger tampere
turku espoo reykjavik kraków krakow gdańsk gdansk wrocław wroclaw poznań poznan łódź lodz brno
ostrava graz salzburg innsbruck linz basel bern lausanne lucerne stuttgart düsseldorf dusseldorf
dortmund essen leipzig dresden hanover hannover nuremberg nürnberg bremen duisburg bonn mannheim
karlsruhe freiburg heidelberg antwerp ghent bruges liège liege utrecht eindhoven groningen hague
marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes naples turin palermo brescia tenerife amersfoort
genoa bologna florence venice verona seville valencia zaragoza málaga malaga bilbao porto braga
coimbra thessaloniki izmir ankara antalya bursa
surabaya bandung medan semarang makassar palembang yogyakarta jogja magelang bali denpasar
cebu davao quezon makati penang johor chiang mai phuket pattaya danang haiphong
hue saigon busan incheon daegu daejeon gwangju ulsan suwon jeju
kaohsiung taichung tainan hsinchu chengdu chongqing guangzhou hangzhou nanjing wuhan xian
tianjin suzhou xiamen macau chennai hyderabad kolkata pune ahmedabad jaipur kochi
honshu hokkaido kyushu shikoku kanto kansai tohoku chubu chugoku hokuriku aomori iwate miyagi akita yamagata
fukushima ibaraki tochigi gunma saitama chiba kanagawa niigata toyama ishikawa fukui yamanashi nagano gifu
shizuoka aichi mie shiga nara wakayama hyogo tottori shimane okayama yamaguchi tokushima kagawa ehime kochi
saga nagasaki kumamoto oita miyazaki kagoshima kawasaki hamamatsu kitakyushu niigata naha
andhra pradesh arunachal assam bihar chhattisgarh goa gujarat haryana himachal jharkhand karnataka kerala
madhya maharashtra manipur meghalaya mizoram nagaland odisha punjab rajasthan sikkim tamil nadu telangana
tripura uttar uttarakhand bengal kashmir ladakh puducherry chandigarh noida gurgaon gurugram lucknow kanpur
nagpur indore bhopal patna surat vadodara coimbatore mysuru mysore mangaluru visakhapatnam vijayawada
aceh sumatra riau jambi bengkulu lampung banten java kalimantan sulawesi gorontalo maluku nusa tenggara
bekasi depok tangerang bogor malang solo surakarta pekalongan cirebon tasikmalaya balikpapan samarinda
pontianak banjarmasin manado batam padang pekanbaru lombok mataram kupang jayapura sorong
selangor kedah kelantan melaka malacca negeri sembilan pahang perak perlis sabah sarawak terengganu
putrajaya labuan ipoh kuching kota kinabalu shah alam petaling jaya klang seremban
luzon visayas mindanao pasig taguig pasay caloocan iloilo bacolod zamboanga baguio
nha trang vung tau can tho bien hoa da nang
hovedstaden sjælland sjaelland syddanmark midtjylland nordjylland jutland jylland funen fyn zealand
østerbro osterbro nørrebro norrebro vesterbro frederiksberg amager valby hellerup kolding vejle horsens
randers roskilde herning silkeborg
drenthe flevoland friesland gelderland limburg brabant overijssel zeeland holland
nairobi mombasa kisumu nakuru eldoret
leeds sheffield liverpool bristol newcastle nottingham leicester cardiff belfast glasgow southampton brighton paisley falkirk oeschinensee inverness pensacola utsjoki denton moema karlín mainflingen ede franca zwolle torquay jabodetabek gebeng batangas antwerpen gent dumai carlisle zermatt morowali brugge perpignan auvergne kazimierz åland euston ambodivoara södermalm
oxford cambridge york bath coventry reading aberdeen dundee swansea plymouth norwich exeter
cork galway limerick waterford kilkenny naas drogheda dundalk
auckland wellington christchurch hamilton dunedin canberra adelaide hobart darwin
calgary edmonton winnipeg halifax ottawa
`), ...HOME_PLACES]);

/**
 * Words English capitalises that are neither acronyms nor code names: days,
 * months, languages and nationalities, teams, plan tiers, holidays, and the parts of a
 * system a sentence opens with ("- Backend computes the total …").
 */
export const CAPITALISED_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
dr mr mrs ms prof herr frau san sensei pak bu ibu bapak jl
january february march april may june july august september october november december
english japanese german french spanish portuguese italian dutch chinese korean thai vietnamese
indonesian hindi arabic hebrew russian polish swedish norwegian danish finnish greek turkish
european asian american australian african austrian swiss british irish scottish scotch welsh canadian brazilian
mexican indian singaporean taiwanese belgian luxembourgish czech slovak slovenian croatian serbian
bulgarian romanian ukrainian estonian latvian lithuanian icelandic filipino malaysian nigerian kenyan
egyptian moroccan argentinian chilean colombian peruvian philippine emirati saudi qatari kuwaiti omani pakistani
bangladeshi lankan nepali burmese cambodian laotian mongolian kazakh uzbek iranian iraqi jordanian lebanese syrian
israeli palestinian tunisian algerian ethiopian ghanaian tanzanian ugandan rwandan zambian zimbabwean mozambican
angolan senegalese ivorian cameroonian venezuelan ecuadorian bolivian paraguayan uruguayan cuban dominican
guatemalan honduran salvadoran nicaraguan panamanian jamaican haitian hongkonger emirates
nynorsk bokmål bangla bengali urdu swahili kiswahili amharic yoruba hausa igbo zulu xhosa afrikaans somali tagalog malay khmer lao sinhala
punjabi gujarati marathi telugu kannada malayalam odia assamese persian farsi dari pashto kurdish hungarian flemish catalan
basque galician welsh gaelic maltese albanian macedonian bosnian georgian armenian azerbaijani tatar uyghur cantonese
mandarin hokkien javanese sundanese balinese maori samoan tongan fijian argentine kinyarwanda kirundi luganda lingala wolof twi shona sesotho setswana tigrinya oromo malagasy quechua guarani aymara
latin cyrillic kanji kana hiragana katakana romaji hangul gregorian julian hijri
celsius fahrenheit
nepalese faroese sudanese congolese togolese gabonese beninese guinean malawian namibian botswanan
rupiah ringgit baht dong riel kyat rupee rupees peso pesos yen yuan renminbi dirham dirhams dinar dinars riyal riyals
rand naira shilling shillings krona kronor krone kroner zloty złoty forint lira hryvnia ruble rubles rouble roubles reais franc francs
support finance legal marketing sales product engineering security operations ops design compliance ministry
accounting billing payments platform growth data infrastructure infra devops sre qa research immigration communications procurement payroll reception housekeeping
customer success trust safety
enterprise standard pro premium plus basic free starter business team teams professional regular deluxe economy
gold silver bronze platinum diamond north south east west northern southern eastern western central centre center power
ultimate growth scale
admin admins owner owners member members user users staff guest guests
backend frontend app webhook webhooks endpoint dashboard checkout server servers database databases
christmas easter new year golden week obon black cyber monday ramadan thanksgiving diwali eid hanukkah lebaran nyepi songkran holi vesak
nordic scandinavian baltic
bavarian swabian saxon prussian tyrolean alsatian breton corsican sicilian sardinian tuscan venetian neapolitan andalusian castilian valencian frisian walloon cornish okinawan
buddhist buddhists christian christians muslim muslims hindu hindus catholic protestant jewish islamic shinto
deaf deafblind
internet web wifi bluetooth
i
`);
