import { describe, expect, it } from 'vitest';
import { detectLanguage, languageEnricher } from './language.ts';

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

  // eld answers headline-length text (87.5 % right on bare headlines, ADR 0008); below a dozen
  // letters it gives up.
  it('gives up on text of fewer than a dozen letters', () => {
    expect(detectLanguage('Rates', 'up.')).toBeUndefined();
    expect(detectLanguage('', '')).toBeUndefined();
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
