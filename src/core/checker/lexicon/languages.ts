/**
 * Function words of other languages written in Latin script, for telling a
 * line of German, French, Dutch… from English. Only words that are not also
 * common English words are listed, so an English line never scores.
 */

import { words } from "./word-list.js";

const LANGUAGES: Record<string, string> = {
  de: `der die das den dem des ein eine einen einem einer eines und oder nicht ist sind wird werden wurde
 muss müssen soll sollen kann können mit für auf aus bei nach von vor zum zur über unter auch noch nur
 sehr schon wenn dass weil aber sich wir ihr sie es ich du mein dein unser kein keine ebenfalls bitte
 danke immer nie jetzt hier dort diese dieser dieses jede jeder jedes alle gibt haben hatte sein
 ohne gegen durch bis zwischen wie was wer wo warum welche geht gehen beide sollte sollten damit dann sowie jedoch
 wurden worden sind bitte diese ihre ihren ihrem ihres seine seinen seinem unsere unseren
 alles mehr etwas viele vom beim im zu`,
  // Not "car" (because): in English briefs it is the vehicle ("# Car loan quotes on car pages").
  fr: `le la les un une des du et ou est sont être avoir ont pas ne que qui dans sur avec 
 sous chez vers aussi très moins nous vous ils elles eux leur leurs sa ses mon ma mes ce cette
 ces doit doivent peut peuvent faut il elle je tu au aux où quand comme mais donc toujours jamais
 ici toute tous toutes rester être été l' d' qu' c' n' s' j'`,
  es: `el la los las un una unos unas y o es está están ser estar no que en por para sobre
 entre también muy más menos nosotros ellos ellas su sus mis este esta estos estas debe deben puede
 pueden cuando donde como pero siempre nunca aquí toda todos todas del se lo le les mi tu desde hasta porque
 ya hay puedo favor gracias usuarios deben poder`,
  pt: `o a os as um uma pelo pela pelos pelas precisa precisam uns umas e ou é são está estão ser não que em no na nos nas com por para sem sobre
 entre também muito mais menos nós eles elas seu sua seus suas meu minha este esta isso deve devem pode
 podem há quando onde como mas sempre nunca aqui toda todos todas do da dos das ao se você vocês
 que qualquer nosso nossa nossos nossas ainda depois`,
  it: `il lo la gli le un uno una e o è sono essere non che in senza su tra fra anche molto più
 meno noi voi loro suo sua suoi sue mio questo questa deve devono può possono quando dove ma
 sempre mai qui tutto tutti del della dei delle al alla si
per degli dello nella nelle nei negli sulla sulle dal dalla dai
quindi purtroppo subito grazie ciao dobbiamo possiamo ancora già`,
  // Dutch, with Welsh in the same bucket (the word table has no room for more bits).
  nl: `de het een en of is zijn niet dat die wat met voor op uit bij naar ook nog maar wel geen
 wij jullie zij hij ik u uw ons onze deze dit elke alle moet moeten kan kunnen worden wordt
 altijd nooit hier daar als wanneer waar krijgen nieuwe nieuw vóór na om tot
 yn y yr mae mae'r bydd fydd gyfer ar i'r wedi ddim hefyd neu ond gyda hwn hyn rhaid sydd oes dylai nid eich ydy
 oedd roedd fel felly drwy heb ymhen`,
  // Danish, Norwegian and Swedish share one bit: the word table has no room for more, and they are close.
  nordic: `og ikke det er af til på med som for skal vil kan må har have vores jeres deres hvis når også meget
 efter eller fra denne dette disse alle ingen aldrig altid her der hvor hvad hvorfor jeg vi mig os sig
 bliver blev været være godkendt ændres skal nej tak venligst
 och att det som en ett är inte med för på av från om har hade kan ska skall måste vi ni de
 han hon jag du denna detta alla inga aldrig alltid här där när också mycket
 andra borde redan finns finnas eller sina sitt skulle kommer behöver varje bara
 andre burde allerede findes finnes hver kun
 kunne uden ind ud gennem mellem fordi blive selv hele nogle noget hvordan hvilke hvilken samme inden før senest
 uten ut gjennom mellom ble blir utan genom mellan eftersom blev husk`,
  // Indonesian, with Tagalog and Swahili in the same bucket.
  id: `yang dan di ke dari untuk dengan tidak ini itu akan ada pada adalah bisa harus kami kita mereka
    juga atau sudah belum saya anda jadi jangan dalam oleh karena jika kalau saat setelah sebelum semua setiap
    hanya lebih masih sedang tolong mohon agar supaya bersifat disimpan tersebut sangat tetapi namun bahwa menjadi
    tanpa bagaimana apakah siapa kapan berapa mengapa kenapa terima atas bukan
    ang ng mga sa ay hindi ito ko mo po natin namin sila kami kung dapat isang bawat halos nitong
    na wa ya za kwa ni katika kwenye hii hiyo huu hizi wetu yetu zetu wao zao yao wake yake kama lakini
    sana kila hakuna kuna bado pia ili kwamba baada kabla hadi sasa leo kesho wenyewe`,
  // Turkish, with Polish, Czech, Estonian, Finnish, Croatian/Serbian and Hungarian in the same bucket (the word table has no room for more bits).
  tr: `ve bir bu şu için ile değil olarak çok daha en gibi ama veya her hiç şey bunu olan var yok
 w z na nie się że jak ale tylko swoje oraz dla przez czy są być powinny powinien może bardzo jest
 jeśli jeżeli gdy kiedy gdzie lub także już który która które ponieważ więc zawsze nigdy wszystkie każdy każda pokud když protože
 je se na že jako ale jen pro od při být
 kuhu ainult isegi või aga kes mis pole oli ei ka kui peab olema mitte ning siis kõik alati oma
 jos että kun myös mutta eikä heti
 ako kao sada nije će koji koja koje koju gdje kada još već samo ili sa za treba mora može bude biti zbog prema tudi
 és hogy nem az egy vagy csak már még mert minden kell lehet szerint után alatt között mindig nincs lesz`,
  vi: `và là của có không được các cho với những một này khi đã sẽ phải người trong để`,
};

/** Latin-script function word → bit mask of the languages it belongs to. */
export const FOREIGN_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  Object.values(LANGUAGES).forEach((list, bit) => {
    for (const w of words(list)) map.set(w, (map.get(w) ?? 0) | (1 << bit));
  });
  return map;
})();

/** Number of languages in FOREIGN_WORDS (bits 0…LANGUAGE_COUNT-1). */
export const LANGUAGE_COUNT = Object.keys(LANGUAGES).length;
