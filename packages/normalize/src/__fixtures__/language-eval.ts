// Short news texts for measuring language detection: a headline and the first paragraph, as the
// normalizer sees them, written for this set (no copied agency copy). Seven per language (16 languages): four
// ordinary stories, one thick with foreign names, one more ordinary or regional variant, and a bare
// headline. Spanish/Portuguese and Dutch/German are close pairs on purpose, as are Chinese and the
// kanji-heavy Japanese. `docs/adr/0008-language-detection.md` has the figures measured on it.

/** What makes a sample hard: a bare headline, or a text whose names come from another language. */
export type LanguageSampleKind = 'story' | 'names' | 'headline';

export interface LanguageSample {
  /** ISO 639-1 code of the text's language. */
  lang: string;
  kind: LanguageSampleKind;
  headline: string;
  /** The first paragraph; empty for a bare headline. */
  lead: string;
}

const s = (lang: string, headline: string, lead: string): LanguageSample => ({
  lang,
  kind: 'story',
  headline,
  lead,
});
const n = (lang: string, headline: string, lead: string): LanguageSample => ({
  lang,
  kind: 'names',
  headline,
  lead,
});
const h = (lang: string, headline: string): LanguageSample => ({
  lang,
  kind: 'headline',
  headline,
  lead: '',
});

/** The text a detector is given: headline and lead, as normalizeItem joins them. */
export function sampleText(sample: LanguageSample): string {
  return sample.lead ? `${sample.headline}\n${sample.lead}` : sample.headline;
}

export const LANGUAGE_EVAL: readonly LanguageSample[] = [
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

  // Russian
  s(
    'ru',
    'ЦБ сохранил ключевую ставку на уровне 16%',
    'Банк России на заседании в пятницу оставил ключевую ставку без изменений, отметив, что инфляционное давление остается высоким, а рынок труда по-прежнему перегрет.',
  ),
  s(
    'ru',
    'Сильные снегопады парализовали движение в Москве',
    'За сутки в столице выпало более трети месячной нормы осадков. На дорогах образовались многокилометровые пробки, а в аэропортах были задержаны десятки рейсов.',
  ),
  s(
    'ru',
    '«Зенит» обыграл «Спартак» в Санкт-Петербурге',
    'Петербургский клуб победил со счетом 2:1 в центральном матче тура и укрепил лидерство в чемпионате, опережая ближайшего преследователя на пять очков.',
  ),
  s(
    'ru',
    'Правительство одобрило проект бюджета',
    'Кабинет министров утвердил проект федерального бюджета на следующие три года. Расходы на социальную сферу и инфраструктуру вырастут, сообщил министр финансов.',
  ),
  n(
    'ru',
    'Путин провел переговоры с Си Цзиньпином',
    'Владимир Путин и Си Цзиньпин обсудили в Пекине торговлю, энергетику и строительство газопровода «Сила Сибири — 2». В переговорах участвовали Сергей Лавров и Ван И.',
  ),
  s(
    'ru',
    'В Якутии потушили крупный лесной пожар',
    'Площадь возгорания превышала десять тысяч гектаров. К тушению привлекали авиацию МЧС, а жителей двух поселков временно эвакуировали в районный центр.',
  ),
  h('ru', 'Курс доллара упал ниже 90 рублей'),

  // Arabic
  s(
    'ar',
    'البنك المركزي المصري يرفع أسعار الفائدة',
    'قرر البنك المركزي المصري رفع أسعار الفائدة الأساسية بمقدار مئتي نقطة أساس، في محاولة لكبح التضخم الذي سجل مستويات قياسية خلال الأشهر الماضية.',
  ),
  s(
    'ar',
    'أمطار غزيرة تغرق شوارع جدة',
    'شهدت مدينة جدة هطول أمطار غزيرة أدت إلى تعليق الدراسة في المدارس وإغلاق عدد من الطرق الرئيسية، فيما دعت السلطات السكان إلى البقاء في منازلهم.',
  ),
  s(
    'ar',
    'الهلال يتوج بلقب الدوري السعودي',
    'حسم نادي الهلال لقب دوري روشن للمحترفين بعد فوزه على الاتحاد بثلاثة أهداف مقابل هدف، ليعزز رقمه القياسي في عدد البطولات المحلية.',
  ),
  s(
    'ar',
    'مجلس الوزراء يقر الموازنة العامة للدولة',
    'وافق مجلس الوزراء على مشروع الموازنة العامة للعام المقبل، والتي تتضمن زيادة في مخصصات التعليم والصحة ودعم المشروعات الصغيرة والمتوسطة.',
  ),
  n(
    'ar',
    'بلينكن يلتقي السيسي في القاهرة',
    'التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس عبد الفتاح السيسي في القاهرة، وبحثا جهود التوصل إلى وقف لإطلاق النار وإيصال المساعدات الإنسانية.',
  ),
  s(
    'ar',
    'زلزال بقوة 6.8 درجة يضرب المغرب',
    'ضرب زلزال قوي منطقة الحوز جنوب مراكش ليلة الجمعة، ما أسفر عن سقوط مئات الضحايا وانهيار عدد كبير من المنازل في القرى الجبلية.',
  ),
  h('ar', 'ارتفاع أسعار النفط بعد قرار أوبك'),

  // Chinese (simplified, and one traditional)
  s(
    'zh',
    '中国人民银行下调存款准备金率',
    '中国人民银行周五宣布，下调金融机构存款准备金率0.5个百分点，预计将释放长期资金约1万亿元，以支持实体经济发展。',
  ),
  s(
    'zh',
    '台风“杜苏芮”登陆福建',
    '今年第5号台风“杜苏芮”于周五上午在福建晋江沿海登陆，登陆时中心附近最大风力达15级，当地已紧急转移数十万群众。',
  ),
  s(
    'zh',
    '中国女排三比零战胜日本队',
    '在周日举行的亚洲锦标赛决赛中，中国女排以三比零的比分战胜日本队，时隔多年再次夺得冠军，主教练赛后表示对队员的表现非常满意。',
  ),
  s(
    'zh',
    '国务院常务会议部署稳就业措施',
    '国务院总理主持召开常务会议，研究进一步稳定和扩大就业的政策措施，要求各地加大对高校毕业生和农民工就业的支持力度。',
  ),
  n(
    'zh',
    '习近平会见美国国务卿布林肯',
    '国家主席习近平在北京人民大会堂会见美国国务卿布林肯，双方就中美关系和共同关心的国际地区问题交换了意见，王毅参加会见。',
  ),
  s(
    'zh',
    '台股收盤大漲逾三百點',
    '受美國科技股走強帶動，台北股市週三終場上漲三百二十點，成交金額超過四千億元新台幣，半導體類股表現尤其亮眼。',
  ),
  h('zh', '北京迎来今年入冬以来首场降雪'),

  // Japanese
  s(
    'ja',
    '日銀、マイナス金利の解除を決定',
    '日本銀行は19日の金融政策決定会合で、マイナス金利政策を解除することを決めた。利上げは17年ぶりで、大規模な金融緩和策は転換点を迎えた。',
  ),
  s(
    'ja',
    '能登半島で震度7の地震',
    '1日午後4時10分ごろ、石川県能登地方を震源とする強い地震があり、志賀町で震度7を観測した。気象庁は大津波警報を発表し、沿岸部の住民に避難を呼びかけた。',
  ),
  s(
    'ja',
    '大谷翔平、今季50号本塁打',
    'ドジャースの大谷翔平選手は19日のマーリンズ戦で今季50本目となるホームランを放ち、史上初となる「50本塁打・50盗塁」を達成した。',
  ),
  s(
    'ja',
    '政府、経済対策を閣議決定',
    '政府は臨時閣議で、物価高への対応を柱とする総合経済対策を決定した。低所得世帯への給付金や電気・ガス料金の補助が盛り込まれている。',
  ),
  n(
    'ja',
    '岸田首相、バイデン大統領と会談',
    '岸田文雄首相はワシントンでバイデン大統領と会談し、日米同盟の強化や経済安全保障での協力を確認した。ブリンケン国務長官も同席した。',
  ),
  s(
    'ja',
    'トヨタ、新型EVを発表',
    'トヨタ自動車は東京都内でイベントを開き、新型の電気自動車を発表した。航続距離は約600キロで、来年春から日本とヨーロッパで販売を開始する予定だ。',
  ),
  h('ja', '東京株式市場、日経平均が続伸'),

  // Turkish
  s(
    'tr',
    'Merkez Bankası faizi sabit tuttu',
    'Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 50 seviyesinde sabit bıraktı. Banka, enflasyondaki ana eğilimin gerilediğini ancak sıkı duruşun sürdürüleceğini açıkladı.',
  ),
  s(
    'tr',
    "İstanbul'da yoğun kar yağışı hayatı durdurdu",
    'Kent genelinde etkili olan kar yağışı nedeniyle okullar tatil edildi, bazı seferler iptal edildi. Valilik, zorunlu olmadıkça vatandaşların dışarı çıkmamasını istedi.',
  ),
  s(
    'tr',
    'Galatasaray derbide Fenerbahçe’yi yendi',
    'Sarı-kırmızılılar, Kadıköy’de oynanan maçı 2-1 kazanarak puan farkını beşe çıkardı. Teknik direktör, maçtan sonra oyuncularının mücadelesinden memnun olduğunu söyledi.',
  ),
  s(
    'tr',
    'Asgari ücrete yüzde 49 zam',
    'Çalışma ve Sosyal Güvenlik Bakanı, yeni asgari ücretin ocak ayından itibaren geçerli olacağını duyurdu. Düzenlemeden yaklaşık yedi milyon çalışan yararlanacak.',
  ),
  n(
    'tr',
    'Erdoğan, Putin ve Zelenskiy ile ayrı ayrı görüştü',
    'Cumhurbaşkanı Recep Tayyip Erdoğan, Vladimir Putin ve Volodimir Zelenskiy ile telefonda görüşerek tahıl koridoru anlaşmasının yeniden hayata geçirilmesini önerdi.',
  ),
  s(
    'tr',
    'Kahramanmaraş’ta 5,1 büyüklüğünde deprem',
    'AFAD, depremin saat 14.35’te meydana geldiğini ve yerin yaklaşık yedi kilometre derinliğinde kaydedildiğini bildirdi. İlk belirlemelere göre can kaybı bulunmuyor.',
  ),
  h('tr', 'Dolar kuru yeni rekor kırdı'),

  // Polish
  s(
    'pl',
    'RPP pozostawiła stopy procentowe bez zmian',
    'Rada Polityki Pieniężnej utrzymała główną stopę procentową na poziomie 5,75 proc. Prezes NBP tłumaczył, że inflacja wciąż jest zbyt wysoka, by mówić o obniżkach.',
  ),
  s(
    'pl',
    'Powódź na południu Polski. Ewakuacja tysięcy mieszkańców',
    'Po intensywnych opadach deszczu rzeki na Dolnym Śląsku wystąpiły z brzegów. Strażacy i żołnierze pomagają w ewakuacji, a w kilku gminach ogłoszono stan klęski żywiołowej.',
  ),
  s(
    'pl',
    'Legia Warszawa wygrywa z Lechem Poznań',
    'Stołeczna drużyna pokonała Lecha 2:0 w hicie kolejki Ekstraklasy i awansowała na drugie miejsce w tabeli. Obie bramki padły w drugiej połowie spotkania.',
  ),
  s(
    'pl',
    'Sejm uchwalił budżet na przyszły rok',
    'Posłowie przyjęli ustawę budżetową większością głosów. Deficyt ma wynieść blisko 290 mld zł, a wydatki na obronność przekroczą cztery procent PKB.',
  ),
  n(
    'pl',
    'Tusk spotkał się z Macronem i Scholzem w Paryżu',
    'Premier Donald Tusk rozmawiał z Emmanuelem Macronem i Olafem Scholzem o bezpieczeństwie Europy oraz pomocy dla Ukrainy. W spotkaniu uczestniczył także Radosław Sikorski.',
  ),
  s(
    'pl',
    'Orlen ogłosił rekordowy zysk',
    'Koncern paliwowy zarobił w ubiegłym roku ponad 20 mld zł netto. Zarząd zapowiada wypłatę dywidendy i dalsze inwestycje w energetykę odnawialną oraz atom.',
  ),
  h('pl', 'Wypadek na autostradzie A4, są ranni'),

  // Swedish
  s(
    'sv',
    'Riksbanken sänker styrräntan',
    'Riksbanken sänker styrräntan med 0,25 procentenheter till 3,75 procent. Inflationen har fallit snabbare än väntat, och banken räknar med ytterligare sänkningar under året.',
  ),
  s(
    'sv',
    'Snöovädret orsakar kaos i trafiken',
    'Hundratals bilister fick tillbringa natten i sina fordon på E22 i Skåne efter kraftigt snöfall. Trafikverket uppmanar allmänheten att undvika onödiga resor.',
  ),
  s(
    'sv',
    'Sverige vann mot Norge i VM-kvalet',
    'Det svenska landslaget vann med 2–1 på Friends Arena efter ett sent avgörande mål. Förbundskaptenen var nöjd med insatsen men sa att laget måste bli bättre i försvaret.',
  ),
  s(
    'sv',
    'Regeringen presenterar höstbudgeten',
    'Finansministern presenterade på onsdagen regeringens budget för nästa år. Den innehåller sänkt skatt på arbete, mer pengar till polisen och ett tillfälligt stöd till barnfamiljer.',
  ),
  n(
    'sv',
    'Kristersson träffade Stoltenberg i Bryssel',
    'Statsminister Ulf Kristersson mötte Jens Stoltenberg och Mark Rutte vid Natos högkvarter för att diskutera Sveriges bidrag till försvaret av Baltikum.',
  ),
  s(
    'sv',
    'Volvo Cars varslar tusentals anställda',
    'Biltillverkaren meddelade på måndagen att upp till 3 000 tjänster ska bort, främst i Göteborg. Företaget pekar på svag efterfrågan på elbilar och ökade kostnader.',
  ),
  h('sv', 'Skogsbrand utom kontroll i Jämtland'),

  // Indonesian
  s(
    'id',
    'Bank Indonesia pertahankan suku bunga acuan',
    'Bank Indonesia memutuskan untuk mempertahankan suku bunga acuan di level 6 persen. Keputusan ini diambil untuk menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global.',
  ),
  s(
    'id',
    'Banjir rendam ribuan rumah di Jakarta',
    'Hujan deras yang mengguyur sejak Senin malam menyebabkan banjir di sejumlah wilayah ibu kota. Ribuan warga terpaksa mengungsi ke masjid dan sekolah terdekat.',
  ),
  s(
    'id',
    'Timnas Indonesia kalahkan Vietnam di Hanoi',
    'Tim nasional Indonesia berhasil menang 3-0 atas Vietnam dalam laga kualifikasi Piala Dunia. Pelatih mengatakan para pemain tampil disiplin sepanjang pertandingan.',
  ),
  s(
    'id',
    'Pemerintah umumkan kenaikan harga BBM',
    'Menteri Energi dan Sumber Daya Mineral mengumumkan bahwa harga bahan bakar bersubsidi akan naik mulai Sabtu. Pemerintah berjanji memberikan bantuan langsung tunai kepada warga miskin.',
  ),
  n(
    'id',
    'Prabowo bertemu Xi Jinping di Beijing',
    'Presiden Prabowo Subianto melakukan pertemuan bilateral dengan Presiden Xi Jinping di Aula Besar Rakyat. Keduanya membahas kerja sama perdagangan, investasi, dan proyek kereta cepat.',
  ),
  s(
    'id',
    'Gunung Merapi kembali erupsi',
    'Gunung Merapi di perbatasan Jawa Tengah dan Yogyakarta kembali meluncurkan awan panas guguran sejauh dua kilometer. Warga diminta menjauhi radius lima kilometer dari puncak.',
  ),
  h('id', 'Gempa magnitudo 5,6 guncang Cianjur'),
  // Malay: eld and franc know it, and it is Indonesian's nearest neighbour, so a detector that
  // called every Indonesian text Malay (or the other way round) loses here.
  s(
    'ms',
    'Bank Negara kekalkan kadar dasar semalaman',
    'Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman pada 3.0 peratus kerana inflasi dijangka kekal sederhana sepanjang tahun ini, kata bank pusat itu dalam satu kenyataan hari ini.',
  ),
  s(
    'ms',
    'Banjir: Lebih 20,000 mangsa dipindahkan di Kelantan',
    'Jumlah mangsa banjir yang ditempatkan di pusat pemindahan sementara di Kelantan meningkat pagi ini, dengan daerah Kuala Krai dan Pasir Mas paling teruk terjejas akibat hujan lebat berterusan.',
  ),
  s(
    'ms',
    'Harimau Malaya tewaskan Singapura 2-1',
    'Skuad kebangsaan mencatat kemenangan kedua berturut-turut dalam kelayakan Piala Dunia selepas menewaskan Singapura di Stadium Nasional Bukit Jalil malam tadi.',
  ),
  s(
    'ms',
    'Kerajaan umum bantuan tunai untuk isi rumah berpendapatan rendah',
    'Perdana Menteri berkata kerajaan akan menyalurkan bantuan tunai sebanyak RM500 kepada setiap isi rumah yang layak mulai bulan depan bagi meringankan beban kos sara hidup.',
  ),
  n(
    'ms',
    'Anwar terima kunjungan Prabowo di Putrajaya',
    'Perdana Menteri Datuk Seri Anwar Ibrahim menerima kunjungan hormat Presiden Indonesia Prabowo Subianto di Seri Perdana, dan kedua-dua pemimpin membincangkan isu sempadan serta pekerja asing.',
  ),
  s(
    'ms',
    'Mahkamah tolak rayuan bekas menteri',
    'Mahkamah Rayuan hari ini menolak rayuan seorang bekas menteri terhadap sabitan rasuah dan mengekalkan hukuman penjara enam tahun serta denda RM10 juta yang dikenakan ke atasnya.',
  ),
  h('ms', 'Harga minyak sawit mentah terus meningkat'),
];
