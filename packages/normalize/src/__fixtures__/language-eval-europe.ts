import type { LanguageSample } from './language-eval-sample.ts';
import { h, n, s } from './language-eval-sample.ts';

/** English, French, German, Spanish, Portuguese, Italian and Dutch samples. */
export const EUROPE_EVAL: readonly LanguageSample[] = [
  // English
  s(
    'en',
    'Central bank holds rates as inflation eases',
    'The Bank of England kept its key interest rate at 5.25% on Thursday, saying price growth had slowed for a third straight month but warning that it was too early to talk about cuts.',
  ),
  s(
    'en',
    'Floods force thousands from their homes in northern England',
    'Emergency services evacuated more than 3,000 people overnight after the River Ouse burst its banks, and forecasters said more heavy rain was expected across the region through the weekend.',
  ),
  s(
    'en',
    'Tech giant to cut 12,000 jobs in global restructuring',
    'The company said on Monday it would reduce its workforce by about 6% as it shifts spending toward artificial intelligence, adding that most of the cuts would fall in sales and marketing.',
  ),
  s(
    'en',
    'City held to a draw in Madrid',
    "Manchester City came from behind twice to draw 3-3 with Real Madrid in the first leg of their quarter-final, leaving the tie finely balanced ahead of next week's return match.",
  ),
  n(
    'en',
    'Scholz, Macron and Sánchez meet in Saint-Jean-de-Luz',
    "Olaf Scholz, Emmanuel Macron and Pedro Sánchez met at the Château d'Abbadia on Friday to discuss the Barcelona–Marseille hydrogen pipeline, known as H2Med, with Portugal's António Costa joining by video link from Lisbon.",
  ),
  n(
    'en',
    'Erdoğan hosts Zelenskyy, Putin envoy in Istanbul talks',
    "Recep Tayyip Erdoğan welcomed Volodymyr Zelenskyy and Kremlin aide Vladimir Medinsky to Dolmabahçe Palace, where Hakan Fidan and Sergei Lavrov's deputies worked on a grain deal.",
  ),
  h('en', 'Oil prices jump after OPEC+ output cut'),

  // French
  s(
    'fr',
    'La BCE maintient ses taux directeurs inchangés',
    "La Banque centrale européenne a laissé ses taux d'intérêt inchangés jeudi, estimant que l'inflation continuait de ralentir dans la zone euro mais qu'il était encore trop tôt pour envisager une baisse.",
  ),
  s(
    'fr',
    'Grève à la SNCF : le trafic fortement perturbé ce week-end',
    "Seul un TGV sur deux circulera samedi et dimanche sur l'ensemble du réseau, a annoncé la direction, qui appelle les voyageurs à reporter leurs déplacements ou à privilégier le télétravail lundi.",
  ),
  s(
    'fr',
    "Incendies : des milliers d'hectares brûlés dans le Var",
    'Plus de 1 500 pompiers luttaient toujours vendredi soir contre un violent incendie qui a déjà parcouru 4 000 hectares de forêt, contraignant les autorités à évacuer plusieurs campings du littoral.',
  ),
  s(
    'fr',
    "Ligue 1 : le PSG s'impose à Marseille",
    "Le Paris Saint-Germain a battu l'Olympique de Marseille 2-0 dimanche au Vélodrome grâce à un doublé de son attaquant, et compte désormais huit points d'avance en tête du classement.",
  ),
  n(
    'fr',
    'Biden et Xi Jinping se retrouvent à San Francisco',
    "Joe Biden a reçu Xi Jinping mercredi dans une propriété de Woodside, en Californie, pour leur première rencontre depuis un an, en présence d'Antony Blinken et de Wang Yi.",
  ),
  s(
    'fr',
    'Le gouvernement présente son projet de budget',
    "Le ministre de l'Économie a détaillé mardi un plan d'économies de 40 milliards d'euros, qui prévoit notamment une hausse de la fiscalité sur les grandes entreprises et un gel de certaines prestations sociales.",
  ),
  h('fr', 'Séisme de magnitude 5,8 dans le sud du Maroc'),

  // German
  s(
    'de',
    'EZB lässt Leitzins unverändert',
    'Die Europäische Zentralbank hat den Leitzins am Donnerstag nicht angetastet. Die Inflation im Euroraum gehe zwar weiter zurück, für eine Senkung sei es aber noch zu früh, sagte die Präsidentin in Frankfurt.',
  ),
  s(
    'de',
    'Bahnstreik legt Fernverkehr lahm',
    'Die Lokführergewerkschaft GDL hat ihre Mitglieder erneut zum Streik aufgerufen. Ab Mittwochmorgen fallen bundesweit die meisten Fernzüge aus, auch im Regionalverkehr müssen Fahrgäste mit erheblichen Einschränkungen rechnen.',
  ),
  s(
    'de',
    'Hochwasser in Bayern: Pegel steigen weiter',
    'Nach tagelangen Regenfällen sind in mehreren Landkreisen Dämme gebrochen. Tausende Menschen mussten ihre Häuser verlassen, die Bundeswehr unterstützt die Rettungskräfte mit Hubschraubern und Sandsäcken.',
  ),
  s(
    'de',
    'Bayern München verliert in Leverkusen',
    'Der Rekordmeister hat das Spitzenspiel bei Bayer Leverkusen mit 0:3 verloren und liegt nun fünf Punkte hinter dem Tabellenführer. Der Trainer sprach nach dem Abpfiff von einem verdienten Sieg der Gastgeber.',
  ),
  n(
    'de',
    'Scholz empfängt Meloni und Tusk in Berlin',
    'Bundeskanzler Olaf Scholz hat Giorgia Meloni und Donald Tusk im Kanzleramt empfangen. Im Mittelpunkt standen die Hilfe für die Ukraine, die Migrationspolitik und die Reform der Schuldenregeln der Europäischen Union.',
  ),
  s(
    'de',
    'Autozulieferer kündigt Stellenabbau an',
    'Der Zulieferer will bis Ende 2026 weltweit rund 7000 Stellen streichen, davon knapp die Hälfte in Deutschland. Als Gründe nannte der Vorstand die schwache Nachfrage nach Elektroautos und hohe Energiekosten.',
  ),
  h('de', 'Regierung einigt sich auf Haushalt'),

  // Spanish
  s(
    'es',
    'El Banco de España rebaja su previsión de crecimiento',
    'El organismo recortó este martes su estimación de crecimiento para este año hasta el 1,6 %, debido a la debilidad de la demanda exterior y al encarecimiento de la financiación para empresas y hogares.',
  ),
  s(
    'es',
    'La DANA deja lluvias torrenciales en Valencia',
    'Las intensas precipitaciones obligaron a suspender las clases en decenas de municipios y a cortar varias carreteras, mientras los servicios de emergencia rescataban a conductores atrapados por el agua.',
  ),
  s(
    'es',
    'El Real Madrid gana al Barcelona en el Bernabéu',
    'Los blancos se impusieron por 2-1 en el clásico con un gol en el tiempo de descuento y se colocan líderes de la Liga con tres puntos de ventaja sobre sus perseguidores.',
  ),
  s(
    'es',
    'El Gobierno aprueba la subida del salario mínimo',
    'El Consejo de Ministros aprobó este martes un aumento del 5 % del salario mínimo interprofesional, que beneficiará a unos dos millones de trabajadores, según informó la ministra de Trabajo en rueda de prensa.',
  ),
  n(
    'es',
    'Lula y Sánchez firman acuerdos en Brasilia',
    'El presidente brasileño, Luiz Inácio Lula da Silva, recibió a Pedro Sánchez en el Palácio do Planalto, donde firmaron acuerdos de cooperación en energías renovables junto a Fernando Haddad y Mauro Vieira.',
  ),
  s(
    'es',
    'México registra un sismo de magnitud 7,1',
    'Un fuerte terremoto sacudió el miércoles el centro y sur del país, provocando el derrumbe de varios edificios en la capital. Las autoridades informaron que hasta ahora no hay víctimas mortales confirmadas.',
  ),
  h('es', 'Detenido el alcalde por corrupción urbanística'),

  // Portuguese (Brazil and Portugal)
  s(
    'pt',
    'Banco Central mantém a taxa Selic em 10,5%',
    'O Comitê de Política Monetária decidiu por unanimidade manter a taxa básica de juros nesta quarta-feira, citando incertezas fiscais e a alta recente do dólar, que pressiona a inflação.',
  ),
  s(
    'pt',
    'Chuvas deixam milhares de desalojados no Rio Grande do Sul',
    'As enchentes atingiram mais de 300 municípios do estado e o governo federal anunciou a liberação de recursos emergenciais para a reconstrução de estradas, pontes e casas destruídas pela água.',
  ),
  s(
    'pt',
    'Benfica vence o Porto e assume a liderança',
    'Os encarnados venceram o clássico por 2-1 no Estádio da Luz, com um golo nos últimos minutos, e passam a somar mais dois pontos do que o rival na tabela da Primeira Liga.',
  ),
  s(
    'pt',
    'Governo aprova proposta de Orçamento do Estado',
    'O Conselho de Ministros aprovou na quinta-feira a proposta de orçamento para o próximo ano, que prevê uma redução do IRS para os jovens e um aumento das pensões mais baixas.',
  ),
  n(
    'pt',
    'Sánchez e Montenegro discutem interconexões na cimeira ibérica',
    'Pedro Sánchez e Luís Montenegro reuniram-se em Faro com os ministros Teresa Ribera e Maria da Graça Carvalho para acelerar as ligações elétricas entre a Península Ibérica e França.',
  ),
  s(
    'pt',
    'Petrobras anuncia novo plano de investimentos',
    'A estatal vai investir 102 bilhões de dólares nos próximos cinco anos, com foco na exploração do pré-sal e em projetos de energia eólica, segundo comunicado divulgado ao mercado nesta quinta-feira.',
  ),
  h('pt', 'Presidente sanciona reforma tributária'),

  // Italian
  s(
    'it',
    'La Bce lascia i tassi invariati',
    "La Banca centrale europea ha mantenuto invariati i tassi di interesse, sottolineando che l'inflazione nell'area dell'euro continua a scendere ma che è ancora presto per parlare di un taglio.",
  ),
  s(
    'it',
    'Maltempo, allerta rossa in Emilia-Romagna',
    "La Protezione civile ha diramato l'allerta rossa per le prossime ventiquattro ore. Chiuse le scuole in molti comuni, mentre i fiumi della regione sono vicini ai livelli di guardia dopo giorni di pioggia.",
  ),
  s(
    'it',
    "L'Inter batte la Juventus e vola in testa",
    "I nerazzurri hanno vinto il derby d'Italia per uno a zero a San Siro grazie a un autogol nel primo tempo e ora guidano la classifica della Serie A con quattro punti di vantaggio.",
  ),
  s(
    'it',
    'Manovra, il governo approva il taglio del cuneo fiscale',
    'Il Consiglio dei ministri ha dato il via libera alla legge di bilancio, che conferma la riduzione dei contributi per i lavoratori dipendenti e introduce nuove misure a sostegno delle famiglie con figli.',
  ),
  n(
    'it',
    'Meloni incontra Macron e Scholz a Bruxelles',
    'Giorgia Meloni ha avuto un colloquio con Emmanuel Macron e Olaf Scholz a margine del Consiglio europeo, per discutere di migranti e del patto di stabilità insieme a Ursula von der Leyen.',
  ),
  s(
    'it',
    'Stellantis annuncia nuovi investimenti a Melfi',
    'Il gruppo automobilistico produrrà nello stabilimento lucano cinque nuovi modelli elettrici a partire dal prossimo anno, con un investimento complessivo di oltre due miliardi di euro.',
  ),
  h('it', 'Terremoto avvertito a Napoli, nessun danno'),

  // Dutch (Netherlands and Belgium)
  s(
    'nl',
    'ECB houdt rente ongewijzigd',
    'De Europese Centrale Bank heeft de rente donderdag niet aangepast. De inflatie in de eurozone daalt weliswaar verder, maar volgens de bank is het nog te vroeg om over een verlaging te praten.',
  ),
  s(
    'nl',
    'Storm zorgt voor chaos op Schiphol',
    'Honderden vluchten zijn zondag geschrapt vanwege harde wind. Ook het treinverkeer in het noorden van het land lag urenlang stil doordat er bomen op het spoor waren gevallen.',
  ),
  s(
    'nl',
    'Ajax verliest opnieuw in eigen huis',
    'De Amsterdammers gingen zaterdag met 1-2 onderuit tegen AZ en zakken daardoor verder weg in de middenmoot van de Eredivisie. De trainer zei na afloop dat zijn ploeg niet scherp genoeg was.',
  ),
  s(
    'nl',
    'Kabinet presenteert plannen voor woningbouw',
    'De minister wil de komende tien jaar jaarlijks honderdduizend nieuwe woningen laten bouwen. Gemeenten krijgen meer geld, maar moeten er wel voor zorgen dat een groot deel betaalbaar blijft.',
  ),
  n(
    'nl',
    'Schoof ontvangt Scholz in Den Haag',
    'Premier Dick Schoof heeft bondskanselier Olaf Scholz ontvangen op het Catshuis. De twee regeringsleiders spraken over de energieprijzen, de steun aan Oekraïne en de samenwerking tussen Rotterdam en het Ruhrgebied.',
  ),
  s(
    'nl',
    'Vakbonden leggen Belgische havens plat',
    'In de haven van Antwerpen ligt het werk dinsdag grotendeels stil door een nationale staking tegen de pensioenhervorming. Reders waarschuwen voor vertragingen die dagen kunnen aanhouden.',
  ),
  h('nl', 'Grote brand in centrum van Utrecht'),
];
