// Arabic names the Arabic press gives the towns of scripts/gazetteer/english.mjs, keyed by the
// GeoNames name (only towns the Arabic press writes about; the others keep their English names).
// A name that is an Arabic word or another place's name is given with مدينة.
export const ARABIC = {
  // United States
  'New York City': 'نيويورك', 'Los Angeles': 'لوس أنجلوس', Chicago: 'شيكاغو', Houston: 'هيوستن', Philadelphia: 'فيلادلفيا',
  Phoenix: 'فينيكس', 'San Antonio': 'سان أنطونيو', 'San Diego': 'سان دييغو', Dallas: 'دالاس', 'San Jose': 'سان خوسيه',
  Austin: 'أوستن', Jacksonville: 'جاكسونفيل', 'San Francisco': 'سان فرانسيسكو', Columbus: 'مدينة كولومبوس', 'Fort Worth': 'فورت وورث',
  Indianapolis: 'إنديانابوليس', Charlotte: 'مدينة شارلوت', Seattle: 'سياتل', Denver: 'دنفر', 'El Paso': 'إل باسو',
  Detroit: 'ديترويت', Boston: 'بوسطن', Memphis: 'ممفيس', Portland: 'بورتلاند', 'Oklahoma City': 'أوكلاهوما سيتي',
  'Las Vegas': 'لاس فيغاس', Baltimore: 'بالتيمور', Milwaukee: 'ميلووكي', Albuquerque: 'ألباكركي', Tucson: 'توسان',
  Nashville: 'ناشفيل', Sacramento: 'ساكرامنتو', 'Kansas City': 'كانساس سيتي', Atlanta: 'أتلانتا', Miami: 'ميامي',
  Oakland: 'أوكلاند الأمريكية', Minneapolis: 'مينيابوليس', 'New Orleans': 'نيو أورليانز', Cleveland: 'كليفلاند', Honolulu: 'هونولولو',
  Tampa: 'تامبا', 'St. Louis': 'سانت لويس', Pittsburgh: 'بيتسبرغ', Anchorage: 'مدينة أنكوريج', Cincinnati: 'سينسيناتي',
  'Saint Paul': 'سانت بول', Newark: 'نيوارك', Orlando: 'أورلاندو', 'Salt Lake City': 'سولت ليك سيتي', 'Baton Rouge': 'باتون روج',
  'Little Rock': 'ليتل روك', Tallahassee: 'تالاهاسي', 'Des Moines': 'دي موين', Richmond: 'ريتشموند', Montgomery: 'مونتغمري',
  Boise: 'بويسي', Hartford: 'هارتفورد', Providence: 'مدينة بروفيدنس', Topeka: 'توبيكا', Lansing: 'لانسينغ', Madison: 'ماديسون',
  Lincoln: 'لينكولن', Jackson: 'جاكسون', Columbia: 'كولومبيا', Springfield: 'سبرينغفيلد', Salem: 'سالم', Annapolis: 'أنابوليس',
  'Jefferson City': 'جيفرسون سيتي', Charleston: 'تشارلستون', Augusta: 'أوغوستا', Concord: 'كونكورد',
  Trenton: 'ترينتون', Albany: 'ألباني', Harrisburg: 'هاريسبرغ', 'Santa Fe': 'سانتا في',
  'Carson City': 'كارسون سيتي', Juneau: 'جونو', Helena: 'هيلينا', Bismarck: 'بسمارك', Pierre: 'بيير', Olympia: 'أولمبيا',
  Cheyenne: 'شايان', Dover: 'دوفر', Raleigh: 'مدينة رالي', 'Virginia Beach': 'فرجينيا بيتش', 'Jersey City': 'جيرسي سيتي',
  Buffalo: 'بافالو', Brooklyn: 'بروكلين', Queens: 'كوينز', Manhattan: 'مانهاتن', 'The Bronx': 'برونكس', 'Staten Island': 'ستاتن آيلاند',
  Dearborn: 'ديربورن', 'Long Beach': 'لونغ بيتش', 'Fort Lauderdale': 'فورت لودرديل', 'Corpus Christi': 'كوربوس كريستي',
  Louisville: 'لويفيل', 'New Haven': 'نيو هيفن', Cambridge: 'كامبريدج', Berkeley: 'بيركلي', 'Ann Arbor': 'آن آربر',
  // Canada
  Toronto: 'تورونتو', 'Montréal': 'مونتريال', Calgary: 'كالغاري', Ottawa: 'أوتاوا', Edmonton: 'إدمونتون', Mississauga: 'ميسيساغا',
  Winnipeg: 'وينيبيغ', Vancouver: 'فانكوفر', 'Québec': 'مدينة كيبيك', Hamilton: 'هاملتون', Brampton: 'برامبتون', Surrey: 'مدينة سري',
  Laval: 'لافال', Halifax: 'هاليفاكس', London: 'لندن', Victoria: 'فيكتوريا', Windsor: 'وندسور', Gatineau: 'غاتينو',
  Saskatoon: 'ساسكاتون', Regina: 'ريجاينا', Kitchener: 'كيتشنر', Fredericton: 'فريدريكتون', "St. John's": 'سانت جونز',
  Charlottetown: 'شارلوت تاون', Whitehorse: 'وايت هورس', Yellowknife: 'يلونايف', Iqaluit: 'إكالويت', Sherbrooke: 'شيربروك',
  // Australia
  Sydney: 'سيدني', Melbourne: 'ملبورن', Brisbane: 'بريزبن', Perth: 'بيرث', Adelaide: 'أديلايد', 'Gold Coast': 'غولد كوست',
  Canberra: 'كانبيرا', Newcastle: 'نيوكاسل', Wollongong: 'ولونغونغ', Geelong: 'جيلونغ', Hobart: 'هوبارت', Townsville: 'تاونزفيل',
  Cairns: 'كيرنز', Darwin: 'مدينة داروين', Toowoomba: 'توومبا', 'Alice Springs': 'أليس سبرينغز',
  // New Zealand
  Auckland: 'أوكلاند', Wellington: 'ولينغتون', Christchurch: 'كرايستشيرش', Dunedin: 'دنيدن', Tauranga: 'تاورانغا',
  Napier: 'نابير', Nelson: 'نيلسون', Rotorua: 'روتوروا', 'Palmerston North': 'بالمرستون نورث', Invercargill: 'إنفركارغيل',
  // United Kingdom
  Birmingham: 'برمنغهام', Liverpool: 'ليفربول', Nottingham: 'نوتنغهام', Sheffield: 'شيفيلد', Bristol: 'بريستول', Glasgow: 'غلاسكو',
  Leicester: 'ليستر', Edinburgh: 'إدنبرة', Leeds: 'ليدز', Cardiff: 'كارديف', Manchester: 'مانشستر', Coventry: 'كوفنتري',
  Sunderland: 'سندرلاند', Reading: 'ريدينغ', 'Kingston upon Hull': 'مدينة هال', Preston: 'بريستون', Newport: 'نيوبورت', Swansea: 'سوانزي',
  Bradford: 'برادفورد', Belfast: 'بلفاست', Derby: 'ديربي', Plymouth: 'بليموث', Luton: 'لوتون', Wolverhampton: 'ولفرهامبتون',
  Southampton: 'ساوثهامبتون', Blackpool: 'بلاكبول', Northampton: 'نورثهامبتون', Norwich: 'نورويتش', Aberdeen: 'أبردين',
  Portsmouth: 'بورتسموث', 'Newcastle upon Tyne': 'نيوكاسل', Oxford: 'أكسفورد', York: 'يورك',
  Dundee: 'دندي', Brighton: 'برايتون', Bath: 'مدينة باث', Canterbury: 'كانتربري', Derry: 'مدينة ديري', Salford: 'سالفورد',
  'Stoke-on-Trent': 'ستوك أون ترينت', Watford: 'واتفورد', Middlesbrough: 'ميدلزبره',
  Bournemouth: 'بورنموث', Ipswich: 'إيبسويتش', Huddersfield: 'هدرسفيلد', Burnley: 'بيرنلي', Wigan: 'ويغان', Bolton: 'بولتون',
  Exeter: 'إكستر', Chester: 'تشستر', Wrexham: 'ريكسهام',
};
