// Function words of both languages: the stop words of PostgreSQL's english and spanish text
// search configurations, which puente_en and puente_es copy (see the search index migration),
// accents folded. Each configuration drops its own list, but every document also keeps its
// exact words (puente_simple, which drops none), so "de" is a word of nearly every document: a
// query leaves the words of this list out (they never make a document match) and a snippet
// never marks them.
// Copied from PostgreSQL's tsearch_data/{english,spanish}.stop.
import { foldWord } from "./fold-word";

const english = `
  a about above after again against all am an and any are as at be because been before being below between both
  but by can did do does doing don down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours ourselves out over own s same she should so some such t than that the their theirs
  them themselves then there these they this those through to too under until up very was we were what when
  where which while who whom why will with you your yours yourself yourselves
`;

const spanish = `
  a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
  ellos en entre era erais eramos eran eras eres es esa esas ese eso esos esta estaba estabais estabamos estaban
  estabas estad estada estadas estado estados estais estamos estan estando estar estara estaran estaras estare
  estareis estaremos estaria estariais estariamos estarian estarias estas este esteis estemos esten estes esto
  estos estoy estuve estuviera estuvierais estuvieramos estuvieran estuvieras estuvieron estuviese estuvieseis
  estuviesemos estuviesen estuvieses estuvimos estuviste estuvisteis estuvo fue fuera fuerais fueramos fueran
  fueras fueron fuese fueseis fuesemos fuesen fueses fui fuimos fuiste fuisteis ha habeis habia habiais habiamos
  habian habias habida habidas habido habidos habiendo habra habran habras habre habreis habremos habria
  habriais habriamos habrian habrias han has hasta hay haya hayais hayamos hayan hayas he hemos hube hubiera
  hubierais hubieramos hubieran hubieras hubieron hubiese hubieseis hubiesemos hubiesen hubieses hubimos hubiste
  hubisteis hubo la las le les lo los mas me mi mia mias mio mios mis mucho muchos muy nada ni no nos nosotras
  nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque que quien
  quienes se sea seais seamos sean seas sentid sentida sentidas sentido sentidos sera seran seras sere sereis
  seremos seria seriais seriamos serian serias si siente sin sintiendo sobre sois somos son soy su sus suya
  suyas suyo suyos tambien tanto te tendra tendran tendras tendre tendreis tendremos tendria tendriais
  tendriamos tendrian tendrias tened teneis tenemos tenga tengais tengamos tengan tengas tengo tenia teniais
  teniamos tenian tenias tenida tenidas tenido tenidos teniendo ti tiene tienen tienes todo todos tu tus tuve
  tuviera tuvierais tuvieramos tuvieran tuvieras tuvieron tuviese tuvieseis tuviesemos tuviesen tuvieses tuvimos
  tuviste tuvisteis tuvo tuya tuyas tuyo tuyos un una uno unos vosostras vosostros vuestra vuestras vuestro
  vuestros y ya yo
`;

/**
 * Words of one list that are content words of the other language, or nouns as well as verb
 * forms: "sea", "son", "era", "sin", "con", "ante" are English words, "once" (eleven) and
 * "don" Spanish ones, "estado(s)" means state and "sentido" sense. Dropping them would make
 * "Caribbean sea" or "Estados Unidos" lose a word that tells.
 */
const contentWords = new Set(["sea", "son", "era", "sin", "con", "ante", "once", "don", "estado", "estados", "sentido", "sentidos"]);

const listed = (words: string) => words.split(/\s+/).filter((w) => w && !contentWords.has(w));

/** Each language's function words (accents folded): also Meilisearch's stop words. */
export const functionWordLists: Record<"en" | "es", readonly string[]> = { en: listed(english), es: listed(spanish) };

const functionWords = new Set([...functionWordLists.en, ...functionWordLists.es]);

/** True for a function word of either language ("de", "la", "the", "of"), in any case or accents. */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(foldWord(word));
}
