import { describe, expect, it } from 'vitest';
import { loadFixtures } from './__fixtures__/stories.ts';
import { detectLanguage, languageEnricher, looksEnglish } from './language.ts';

const SAMPLES: Record<string, [string, string]> = {
  en: [
    'Central bank holds rates steady as inflation cools',
    'The central bank left its main interest rate unchanged on Thursday, saying inflation had eased for a third month in a row but that it was too early to declare victory over rising prices.',
  ],
  fr: [
    'La banque centrale maintient ses taux inchangés',
    "La banque centrale a laissé son principal taux d'intérêt inchangé jeudi, estimant que l'inflation avait ralenti pour le troisième mois consécutif, mais qu'il était encore trop tôt pour crier victoire.",
  ],
  es: [
    'El banco central mantiene estables los tipos de interés',
    'El banco central dejó sin cambios su principal tipo de interés el jueves, al considerar que la inflación se había moderado por tercer mes consecutivo, aunque todavía es pronto para cantar victoria.',
  ],
  de: [
    'Zentralbank lässt Leitzins unverändert',
    'Die Zentralbank hat ihren wichtigsten Leitzins am Donnerstag unverändert gelassen, weil sich die Inflation den dritten Monat in Folge abgeschwächt habe, es aber noch zu früh sei, Entwarnung zu geben.',
  ],
  zh: [
    '央行维持利率不变',
    '中央银行周四宣布维持主要利率不变，称通货膨胀已连续第三个月放缓，但现在宣布战胜物价上涨还为时过早。',
  ],
  ar: [
    'البنك المركزي يبقي أسعار الفائدة دون تغيير',
    'أبقى البنك المركزي يوم الخميس على سعر الفائدة الرئيسي دون تغيير، قائلا إن التضخم تراجع للشهر الثالث على التوالي لكن من السابق لأوانه إعلان الانتصار على ارتفاع الأسعار.',
  ],
  ru: [
    'Центробанк сохранил ключевую ставку',
    'Центральный банк в четверг оставил ключевую процентную ставку без изменений, заявив, что инфляция замедлилась третий месяц подряд, но объявлять о победе над ростом цен пока рано.',
  ],
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('detects %s', (code, [headline, text]) => {
    expect(detectLanguage(headline, text)).toBe(code);
  });

  it('gives up on text shorter than about forty characters', () => {
    expect(detectLanguage('Rates held', 'Bank acts.')).toBeUndefined();
    expect(detectLanguage('', '')).toBeUndefined();
  });
});

// Latin-script languages whose function words come closest to English's.
const NEAR_MISSES = [
  'De centrale bank heeft de rente op donderdag ongewijzigd gelaten. Het is nog te vroeg, zei de bank, want de inflatie was in de derde maand op rij gedaald en dat is een goed teken voor de economie in het land.',
  'O banco central manteve as taxas de juros inalteradas na quinta-feira, dizendo que a inflação desacelerou pelo terceiro mês seguido, mas que ainda é cedo para declarar vitória sobre a alta dos preços.',
  "La banca centrale ha lasciato invariati i tassi di interesse giovedì, affermando che l'inflazione è rallentata per il terzo mese consecutivo, ma che è ancora troppo presto per cantare vittoria.",
];

describe('the English fast path', () => {
  it('takes every English fixture, agreeing with franc', () => {
    for (const f of loadFixtures().filter((f) => !f.name.includes('-fr-'))) {
      expect(looksEnglish(`${f.headline}\n${f.text.slice(0, 500)}`), f.name).toBe(true);
    }
  });

  it('leaves every other language to franc', () => {
    for (const [code, [headline, text]] of Object.entries(SAMPLES)) {
      if (code !== 'en') expect(looksEnglish(`${headline}\n${text}`), code).toBe(false);
    }
    for (const text of NEAR_MISSES) expect(looksEnglish(text), text.slice(0, 20)).toBe(false);
  });

  it('needs enough words to decide', () => {
    expect(looksEnglish('The bank and the market said that it was the end.')).toBe(false);
  });
});

describe('languageEnricher', () => {
  const [headline, text] = SAMPLES.fr ?? ['', ''];

  it('keeps the language the feed gave, even when the text says otherwise', () => {
    expect(languageEnricher.run({ headline, text, language: 'en' })).toEqual({ language: 'en' });
  });

  it('detects the language when the feed gave none', () => {
    expect(languageEnricher.run({ headline, text })).toEqual({ language: 'fr' });
  });
});
