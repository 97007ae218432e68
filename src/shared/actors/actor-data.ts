// Names the engine recognises as actors: countries (with demonyms, capitals used as metonyms and a few
// long-serving leaders), blocs and organisations. Each line: canonical name | aliases separated by ";".
// Aliases are matched case-sensitively on word boundaries; keep ambiguous common words out.

export const COUNTRY_LINES = `
Afghanistan|Afghan;Kabul
Albania|Albanian;Tirana
Algeria|Algerian;Algiers
Argentina|Argentine;Argentinian;Buenos Aires;Milei
Armenia|Armenian;Yerevan;Pashinyan
Australia|Australian;Canberra
Austria|Austrian;Vienna
Azerbaijan|Azerbaijani;Baku;Aliyev
Bangladesh|Bangladeshi;Dhaka
Belarus|Belarusian;Minsk;Lukashenko
Belgium|Belgian;Brussels
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnia;Bosnian;Sarajevo
Brazil|Brazilian;Brasília;Lula;Bolsonaro
Bulgaria|Bulgarian;Sofia
Cambodia|Cambodian;Phnom Penh
Canada|Canadian;Ottawa;Trudeau;Carney
Chile|Chilean;Santiago
China|Chinese;Beijing;Xi Jinping;PRC
Colombia|Colombian;Bogotá
Croatia|Croatian;Zagreb
Cuba|Cuban;Havana
Cyprus|Cypriot;Nicosia
Czech Republic|Czechia;Czech;Prague
Denmark|Danish;Dane;Danes;Copenhagen
Egypt|Egyptian;Cairo;Sisi
Estonia|Estonian;Tallinn
Ethiopia|Ethiopian;Addis Ababa
Finland|Finnish;Finn;Finns;Helsinki
France|French;Paris;Élysée;Macron;Sarkozy;Hollande
Georgia|Georgian;Tbilisi
Germany|German;Berlin;Bundestag;Merkel;Scholz;Merz
Greece|Greek;Greeks;Athens
Hungary|Hungarian;Budapest;Orbán;Orban
Iceland|Icelandic;Icelanders;Reykjavík
India|Indian;New Delhi;Modi
Indonesia|Indonesian;Jakarta
Iran|Iranian;Tehran;Khamenei
Iraq|Iraqi;Baghdad
Ireland|Irish;Irishman;Dublin
Israel|Israeli;Israelis;Jerusalem;Netanyahu;IDF
Italy|Italian;Rome;Meloni
Japan|Japanese;Tokyo
Jordan|Jordanian;Amman
Kazakhstan|Kazakh;Astana
Kenya|Kenyan;Nairobi
Kosovo|Kosovar;Pristina
Latvia|Latvian;Riga
Lebanon|Lebanese;Beirut;Hezbollah
Libya|Libyan;Tripoli
Lithuania|Lithuanian;Vilnius
Luxembourg|Luxembourgish
Malaysia|Malaysian;Kuala Lumpur
Mexico|Mexican;Mexico City
Moldova|Moldovan;Chișinău;Chisinau
Montenegro|Montenegrin;Podgorica
Morocco|Moroccan;Rabat
Myanmar|Burma;Burmese;Naypyidaw
Netherlands|Dutch;Amsterdam;The Hague
New Zealand|New Zealander;New Zealanders;Wellington
Nigeria|Nigerian;Abuja
North Korea|DPRK;Pyongyang;Kim Jong Un
North Macedonia|Macedonia;Macedonian;Skopje
Norway|Norwegian;Oslo
Pakistan|Pakistani;Islamabad
Palestine|Palestinian;Palestinians;Hamas;Gaza;West Bank;Ramallah
Philippines|Filipino;Filipinos;Philippine;Manila
Poland|Polish;Poles;Warsaw;Duda;Tusk
Portugal|Portuguese;Lisbon
Qatar|Qatari;Doha
Romania|Romanian;Bucharest
Russia|Russian;Moscow;Kremlin;Putin;Lavrov;Peskov;Medvedev;Russian Federation
Saudi Arabia|Saudi;Riyadh
Serbia|Serbian;Belgrade;Vučić;Vucic
Slovakia|Slovak;Bratislava;Fico
Slovenia|Slovenian;Slovene;Ljubljana
Somalia|Somali;Mogadishu
South Africa|South African;Pretoria
South Korea|Republic of Korea;Seoul
Spain|Spanish;Spaniard;Spaniards;Madrid
Sudan|Sudanese;Khartoum
Sweden|Swedish;Swede;Swedes;Stockholm
Switzerland|Swiss;Bern
Syria|Syrian;Damascus;Assad
Taiwan|Taiwanese;Taipei
Thailand|Thai;Thais;Bangkok
Turkey|Turkish;Turk;Turks;Türkiye;Ankara;Erdoğan;Erdogan
Ukraine|Ukrainian;Kyiv;Kiev;Zelenskyy;Zelensky;Zelenskiy;Poroshenko;Verkhovna Rada
United Arab Emirates|UAE;Emirati;Abu Dhabi
United Kingdom|UK;U.K.;Britain;British;Briton;Britons;London;Downing Street
United States|U.S.;U.S;US;USA;U.S.A.;America;American;Washington;White House;Pentagon;State Department;George W. Bush;Bush;Obama;Biden;Trump;Blinken;Rubio;Pompeo;Kerry;Vance
Venezuela|Venezuelan;Caracas;Maduro
Vietnam|Vietnamese;Hanoi
Yemen|Yemeni;Sanaa;Houthis;Houthi
Andorra|Andorran
Angola|Angolan;Luanda
Antigua and Barbuda
Bahamas|Bahamian
Bahrain|Bahraini;Manama
Barbados|Barbadian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Botswana|Botswanan;Gaborone
Brunei|Bruneian
Burkina Faso|Burkinabe;Ouagadougou
Burundi|Burundian
Cabo Verde|Cape Verde
Cameroon|Cameroonian;Yaoundé
Central African Republic|Bangui
Chad|Chadian;N'Djamena
Comoros|Comorian
Democratic Republic of the Congo|DR Congo;DRC;Kinshasa;Congolese
Republic of the Congo|Brazzaville
Costa Rica|Costa Rican
Djibouti|Djiboutian
Dominica
Dominican Republic|Dominican;Santo Domingo
Ecuador|Ecuadorian;Quito
El Salvador|Salvadoran;San Salvador
Equatorial Guinea|Equatoguinean;Malabo
Eritrea|Eritrean;Asmara
Eswatini|Swaziland
Fiji|Fijian
Gabon|Gabonese;Libreville
Gambia|Gambian
Ghana|Ghanaian;Accra
Grenada
Guatemala|Guatemalan
Guinea|Guinean;Conakry
Guinea-Bissau
Guyana|Guyanese
Haiti|Haitian;Port-au-Prince
Honduras|Honduran;Tegucigalpa
Ivory Coast|Ivorian;Côte d'Ivoire;Abidjan
Jamaica|Jamaican
Kiribati
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz;Bishkek
Laos|Laotian;Vientiane
Lesotho
Liberia|Liberian;Monrovia
Liechtenstein
Madagascar|Malagasy
Malawi|Malawian;Lilongwe
Maldives|Maldivian
Mali|Malian;Bamako
Malta|Maltese;Valletta
Marshall Islands|Marshallese
Mauritania|Mauritanian;Nouakchott
Mauritius|Mauritian
Micronesia
Monaco
Mongolia|Mongolian;Ulaanbaatar
Mozambique|Mozambican;Maputo
Namibia|Namibian;Windhoek
Nauru
Nepal|Nepali;Nepalese;Kathmandu
Nicaragua|Nicaraguan;Managua
Niger|Nigerien;Niamey
Oman|Omani;Muscat
Palau
Panama|Panamanian
Papua New Guinea|Papua New Guinean;PNG;Port Moresby
Paraguay|Paraguayan;Asunción
Peru|Peruvian;Lima
Rwanda|Rwandan;Kigali
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa|Samoan
San Marino
São Tomé and Príncipe
Senegal|Senegalese;Dakar
Seychelles
Sierra Leone|Sierra Leonean;Freetown
Singapore|Singaporean
Solomon Islands|Solomon Islander
South Sudan|South Sudanese;Juba
Sri Lanka|Sri Lankan;Colombo
Suriname
Tajikistan|Tajik;Dushanbe
Tanzania|Tanzanian;Dodoma;Dar es Salaam
Timor-Leste|East Timor
Togo|Togolese;Lomé
Tonga|Tongan
Trinidad and Tobago|Trinidadian
Tunisia|Tunisian;Tunis
Turkmenistan|Turkmen;Ashgabat
Tuvalu
Uganda|Ugandan;Kampala
Uruguay|Uruguayan;Montevideo
Uzbekistan|Uzbek;Tashkent
Vanuatu
Zambia|Zambian;Lusaka
Zimbabwe|Zimbabwean;Harare
`;

export const ORGANIZATION_LINES = `
NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Atlantic Alliance
European Union|EU;E.U.;European Commission;European Council;Brussels
United Nations|UN;U.N.
UN Security Council|United Nations Security Council;U.N. Security Council;Security Council;UNSC
UN General Assembly|United Nations General Assembly;U.N. General Assembly;General Assembly;UNGA
UN Human Rights Council|United Nations Human Rights Council;U.N. Human Rights Council;UNHRC
G7|G-7;Group of Seven
G20|G-20
OSCE|Organization for Security and Co-operation in Europe
African Union|AU
World Health Organization|WHO
International Monetary Fund|IMF
World Bank|
International Criminal Court|ICC
ASEAN|Association of Southeast Asian Nations
Arab League|
OPEC|
Taliban|Afghan Taliban
Islamic State|ISIS;ISIL;Daesh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria
Al-Qaeda|al-Qaeda;al Qaeda;Al Qaeda;al-Qaida;Al-Qaida;Al Qaida;al Qaida;al-Qa'ida;Al-Qa'ida
Hezbollah|Hizbollah;Hizballah;Hizbullah
Médecins Sans Frontières|MSF;Doctors Without Borders;Medecins Sans Frontieres
March 23 Movement|M23
Kurdistan Workers' Party|PKK;Kurdistan Workers Party
FARC|Revolutionary Armed Forces of Colombia;FARC-EP
Liberation Tigers of Tamil Eelam|LTTE;Tamil Tigers
Al-Shabaab|al-Shabaab;al-Shabab;Al-Shabab;al Shabaab
Irish Republican Army|IRA
Holy See|Vatican;the Vatican;Vatican City
Federal Reserve|Fed;US Federal Reserve;U.S. Federal Reserve;United States Federal Reserve;Federal Reserve System;Federal Reserve Board
International Atomic Energy Agency|IAEA
UNHCR|UN refugee agency;U.N. refugee agency;UN Refugee Agency;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNICEF|United Nations Children's Fund;UN children's agency
Popular Mobilization Forces|PMF;PMU;Popular Mobilisation Forces;Popular Mobilization Units;al-Hashd al-Shaabi;Hashd al-Shaabi
Academy Awards|Oscars;Academy Award
Malaysia Airlines Flight 17|MH17;Flight MH17
Malaysia Airlines Flight 370|MH370;Flight MH370
`;

/**
 * Bodies of an organisation: each is a party of its own (the General Assembly's vote is not the Security Council's),
 * related to the whole it belongs to ("the UN" / "the UN Security Council").
 */
export const PART_OF: Record<string, string> = {
  'UN Security Council': 'United Nations',
  'UN General Assembly': 'United Nations',
  'UN Human Rights Council': 'United Nations',
};

/** Members of the blocs a question may ask about ("Which NATO members ..."), for coverage gaps. */
export const MEMBERSHIPS: Record<string, string[]> = {
  NATO: [
    'Albania', 'Belgium', 'Bulgaria', 'Canada', 'Croatia', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'France',
    'Germany', 'Greece', 'Hungary', 'Iceland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Montenegro', 'Netherlands',
    'North Macedonia', 'Norway', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden', 'Turkey',
    'United Kingdom', 'United States',
  ],
  'European Union': [
    'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'France',
    'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands',
    'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
  ],
  G7: ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States'],
};
