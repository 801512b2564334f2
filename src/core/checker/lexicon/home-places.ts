/**
 * Towns and districts of the consultancy's home markets, below the size of the
 * world cities in known.ts: Denmark's municipalities and larger towns, the
 * Faroes and Greenland, the Nordic regional cities, and the regencies and towns
 * of Central and East Java, Yogyakarta and Bali around the Magelang office.
 * Clients write them as readers who live there would ("our shop in Odder",
 * "deliveries to Sleman and Bantul"); a contractor can look them up on a map.
 * Lower case; each distinctive word of a longer name on its own.
 */
import { words } from "./word-list.js";

export const HOME_PLACES: readonly string[] = words(`
albertslund allerød assens ballerup billund bornholm brøndby brønderslev dragør egedal esbjerg fanø favrskov faxe fredensborg
fredericia frederiksberg frederikshavn frederikssund furesø faaborg gentofte gladsaxe glostrup greve gribskov guldborgsund
haderslev halsnæs hedensted helsingør herlev herning hillerød hjørring holbæk holstebro horsens hvidovre høje-taastrup
hørsholm ikast-brande ishøj jammerbugt kalundborg kerteminde kolding køge langeland lejre lemvig lolland lyngby-taarbæk læsø
mariagerfjord middelfart morsø norddjurs nordfyns nyborg næstved odder odsherred rebild ringkøbing-skjern ringsted rudersdal
rødovre samsø silkeborg skanderborg skive slagelse solrød sorø stevns struer svendborg syddjurs sønderborg thisted tønder
tårnby vallensbæk varde vesthimmerland viborg vordingborg ærø aabenraa aalborg aarhus
køge koege hillerod helsingor holbaek naestved soenderborg sonderborg toender tonder ringkobing ribe nakskov rønne ronne
grenaa skagen hirtshals hanstholm marstal ærøskøbing rudkøbing nykøbing falster møn amager nordhavn valby vesterbro nørrebro
østerbro frederiksværk kastrup dragor skælskør korsør kalø ebeltoft hundested gilleleje hornbæk tisvilde
tórshavn torshavn klaksvík klaksvik nuuk ilulissat sisimiut
luleå lulea kiruna narvik umeå umea sundsvall gävle gavle örebro orebro västerås vasteras linköping linkoping norrköping
norrkoping jönköping jonkoping växjö vaxjo kalmar karlskrona helsingborg halmstad borås boras uddevalla östersund ostersund
skellefteå skelleftea visby ystad trelleborg landskrona kristianstad falun karlstad eskilstuna södertälje sodertalje
tromsø tromso bodø bodo kristiansand drammen ålesund alesund haugesund sandnes fredrikstad sarpsborg skien lillehammer molde
harstad hammerfest kirkenes longyearbyen
oulu jyväskylä jyvaskyla lahti kuopio vantaa pori joensuu lappeenranta vaasa rovaniemi kotka hämeenlinna hameenlinna
mariehamn
sleman bantul gunungkidul progo wonosari klaten temanggung wonosobo purworejo kebumen cilacap banyumas purwokerto
purbalingga banjarnegara tegal brebes slawi pemalang pekalongan kendal demak kudus jepara rembang blora grobogan
purwodadi sragen karanganyar wonogiri sukoharjo boyolali salatiga ungaran ambarawa muntilan mertoyudan borobudur mungkid
grabag kaliangkrik kajoran candimulyo srumbung
kediri blitar jember banyuwangi madiun lumajang probolinggo pasuruan sidoarjo gresik lamongan tuban bojonegoro ngawi magetan
ponorogo pacitan trenggalek tulungagung nganjuk jombang mojokerto bondowoso situbondo sumenep pamekasan sampang bangkalan
gianyar tabanan badung bangli klungkung karangasem buleleng jembrana singaraja amlapura semarapura ubud canggu kuta
legian seminyak sanur jimbaran uluwatu pererenan berawa kerobokan tegallalang sidemen amed lovina munduk bedugul
`);
