import type { LanguageSample } from './language-eval-sample.ts';
import { h, n, s } from './language-eval-sample.ts';

/** Russian, Arabic, Chinese, Japanese, Turkish, Polish, Swedish, Indonesian and Malay samples. */
export const WORLD_EVAL: readonly LanguageSample[] = [
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
