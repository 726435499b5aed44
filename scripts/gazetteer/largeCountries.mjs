// Adds the first-level divisions of large countries outside the Arab League and the English-speaking
// countries to knowledge/lexicon/places.json, and puts their listed towns inside them:
//   node scripts/gazetteer/largeCountries.mjs
// Sources (knowledge/README.md, Gazetteer): the divisions are those of ISO 3166-2 for each country
// (PK, IN, NG, ID, IR, PE, AF, PH, IT, TZ; Scotland's 32 council areas of GB, but the four cities'
// councils, which are one town with it), as the countries' own administrations name them (the
// Philippines' provinces inside their regions and those inside the three island groups: a
// division's ninth field names its parent); a town not listed before is given as [id, English
// forms, Arabic forms] and written inside its division (Afghanistan's provincial capitals, the
// Philippines' regional centres and highly urbanised cities, Italy's regional capitals and large
// towns, India's state capitals), and a listed town given so takes the Arabic forms it lacks (the
// Arabic names of India's and Italy's towns); the town each listed
// city lies in, the English forms and the Arabic forms are from general knowledge of the
// countries' divisions and of English and Arabic news usage (Reuters, AFP, AP; Al Jazeera, Asharq
// Al-Awsat, the BBC's Arabic service). A division whose bare name is also a town's (Kano, Isfahan,
// Arequipa), a word (Plateau, Rivers, Delta, Fars, السند) or another place's (Punjab, which
// Pakistan and India share; Niger; Kurdistan) is listed only with its unit word (Kano State, Isfahan
// province, ولاية كانو, إقليم السند, Punjab province, Indian Punjab); the others also with their
// bare name. Arabic forms are given only where the Arabic press writes about the division. Union
// territories and capital districts that are one town with it (Chandigarh, Jakarta, Lima) are left
// out: the town stands for them; Delhi's and Puducherry's territories are listed by their full
// names with their towns inside, so that the towns' Arabic names are written. The run is
// idempotent: a division already listed is left as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', '..', 'knowledge', 'lexicon', 'places.json');

/**
 * One country's divisions: [id, English name, bare English allowed, Arabic name or '', bare Arabic
 * allowed, listed towns inside it, more English forms, more Arabic forms].
 */
const COUNTRIES = [
  {
    country: 'pakistan', en: 'province', ar: 'إقليم',
    divisions: [
      ['balochistan', 'Balochistan', true, 'بلوشستان', true, ['quetta'], ['Baluchistan'], []],
      ['khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa', true, 'خيبر بختونخوا', true, ['peshawar'], [], []],
      ['punjab-pakistan', 'Punjab', false, 'البنجاب', false, ['lahore', 'faisalabad', 'rawalpindi', 'multan', 'gujranwala', 'rahim-yar-khan', 'bahawalpur', 'sargodha'], ['Pakistani Punjab'], ['البنجاب الباكستاني', 'ولاية البنجاب الباكستانية']],
      ['sindh', 'Sindh', true, 'السند', false, ['karachi'], [], ['ولاية السند']],
      ['islamabad-capital-territory', 'Islamabad Capital Territory', true, '', false, ['islamabad'], [], []],
      ['gilgit-baltistan', 'Gilgit-Baltistan', true, '', false, [], [], []],
      ['azad-kashmir', 'Azad Kashmir', true, '', false, ['muzaffarabad'], ['Azad Jammu and Kashmir'], []],
    ],
  },
  {
    country: 'india', en: 'state', ar: 'ولاية',
    divisions: [
      ['andhra-pradesh', 'Andhra Pradesh', true, 'أندرا براديش', true, [['visakhapatnam', [], ['فيساخاباتنام']], 'vijayawada', 'guntur'], [], []],
      ['arunachal-pradesh', 'Arunachal Pradesh', true, 'أروناتشال براديش', true, [['itanagar', ['Itanagar'], []]], [], []],
      ['assam', 'Assam', true, 'آسام', true, [['guwahati', [], ['غواهاتي']]], [], []],
      ['bihar', 'Bihar', true, 'بيهار', true, [['patna', [], ['باتنا']]], [], []],
      ['chhattisgarh', 'Chhattisgarh', true, 'تشاتيسغار', true, ['raipur'], [], []],
      ['goa', 'Goa', true, 'غوا', false, [['panaji', ['Panaji', 'Panjim'], ['باناجي']]], [], []],
      ['gujarat', 'Gujarat', true, 'غوجارات', true, [['ahmedabad', [], ['أحمد آباد']], ['surat', [], ['مدينة سورات']], 'vadodara', 'rajkot', 'bhavnagar', ['gandhinagar', ['Gandhinagar'], ['غانديناغار']]], [], ['كجرات']],
      ['haryana', 'Haryana', true, 'هاريانا', true, [], [], []],
      ['himachal-pradesh', 'Himachal Pradesh', true, 'هيماشال براديش', true, [['shimla', ['Shimla', 'Simla'], ['شيملا']]], [], []],
      ['jharkhand', 'Jharkhand', true, 'جهارخاند', true, ['ranchi', 'jamshedpur'], [], []],
      ['karnataka', 'Karnataka', true, 'كارناتاكا', true, [['bengaluru', [], ['بنغالور', 'بنغالورو']], ['mysore', [], ['ميسور']], 'hubli'], [], []],
      ['kerala', 'Kerala', true, 'كيرالا', true, [['thiruvananthapuram', [], ['تيروفانانتابورام']], ['kochi', [], ['كوتشي']]], [], []],
      ['madhya-pradesh', 'Madhya Pradesh', true, 'ماديا براديش', true, [['indore', [], ['إندور']], ['bhopal', [], ['بوبال', 'بهوبال']], 'jabalpur', 'gwalior'], [], []],
      ['maharashtra', 'Maharashtra', true, 'ماهاراشترا', true, ['mumbai', ['pune', [], ['بونه']], ['nagpur', [], ['ناغبور']], 'nashik', 'kalyan', 'aurangabad', 'solapur', 'amravati', 'sangli', 'nanded', 'kolhapur'], [], ['مهاراشترا']],
      ['manipur', 'Manipur', true, 'مانيبور', true, [['imphal', ['Imphal'], ['إمفال']]], [], []],
      ['meghalaya', 'Meghalaya', true, '', false, [['shillong', ['Shillong'], []]], [], []],
      ['mizoram', 'Mizoram', true, '', false, [['aizawl', ['Aizawl'], []]], [], []],
      ['nagaland', 'Nagaland', true, '', false, [['kohima', ['Kohima'], []]], [], []],
      ['odisha', 'Odisha', true, 'أوديشا', true, [['bhubaneshwar', [], ['بوبانسوار', 'بهوبانسوار']], 'raurkela'], ['Orissa'], []],
      ['punjab-india', 'Punjab', false, 'البنجاب', false, [['ludhiana', [], ['لوديانا']], ['amritsar', [], ['أمريتسار']], 'jalandhar'], ['Indian Punjab'], ['البنجاب الهندية']],
      ['rajasthan', 'Rajasthan', true, 'راجستان', true, [['jaipur', [], ['جايبور']], ['jodhpur', [], ['جودبور']], 'bikaner', 'ajmer'], [], []],
      ['sikkim', 'Sikkim', true, 'سيكيم', true, [['gangtok', ['Gangtok'], []]], [], []],
      ['tamil-nadu', 'Tamil Nadu', true, 'تاميل نادو', true, [['chennai', [], ['تشيناي']], ['coimbatore', [], ['كويمباتور']], ['madurai', [], ['مادوراي']], 'tiruchirappalli', 'tirunelveli'], [], []],
      ['telangana', 'Telangana', true, 'تيلانغانا', true, [['hyderabad', [], ['حيدر آباد']], 'warangal'], [], []],
      ['tripura', 'Tripura', true, '', false, [['agartala', ['Agartala'], []]], [], []],
      ['uttar-pradesh', 'Uttar Pradesh', true, 'أوتار براديش', true, [['kanpur', [], ['كانبور']], ['lucknow', [], ['لكناو']], ['agra', [], ['أغرا']], 'gorakhpur', 'meerut', ['varanasi', [], ['فاراناسي']], ['prayagraj', [], ['براياغراج']], 'aligarh', 'bareilly', 'moradabad'], [], []],
      ['uttarakhand', 'Uttarakhand', true, 'أوتاراخاند', true, [['dehra-dun', [], ['دهرادون']]], [], []],
      ['west-bengal', 'West Bengal', true, 'البنغال الغربية', true, [['kolkata', [], ['كولكاتا', 'كلكتا']], 'durgapur', 'siliguri', 'asansol'], [], []],
      ['jammu-and-kashmir', 'Jammu and Kashmir', true, 'جامو وكشمير', true, [['srinagar', [], ['سريناغار']], ['jammu', ['Jammu'], ['جامو']]], [], []],
      ['ladakh', 'Ladakh', true, 'لداخ', true, [['leh', ['Leh'], []]], [], []],
      ['andaman-and-nicobar-islands', 'Andaman and Nicobar Islands', true, 'جزر أندامان ونيكوبار', true, [['port-blair', ['Port Blair'], []]], [], []],
      ['national-capital-territory-of-delhi', 'National Capital Territory of Delhi', true, '', false, [['delhi', [], ['دلهي']], 'new-delhi'], ['Delhi National Capital Territory'], []],
      ['lakshadweep', 'Lakshadweep', true, '', false, [], [], []],
      ['puducherry-territory', 'Puducherry Union Territory', true, '', false, [['puducherry', ['Puducherry', 'Pondicherry'], ['بودوتشيري']]], ['union territory of Puducherry'], []],
    ],
  },
  {
    country: 'nigeria', en: 'state', ar: 'ولاية',
    divisions: [
      ['abia', 'Abia', true, '', false, [], [], []], ['adamawa', 'Adamawa', true, 'أداماوا', true, [], [], []],
      ['akwa-ibom', 'Akwa Ibom', true, '', false, [], [], []], ['anambra', 'Anambra', true, '', false, ['onitsha'], [], []],
      ['bauchi-state', 'Bauchi', false, 'باوتشي', false, [], [], []], ['bayelsa', 'Bayelsa', true, '', false, [], [], []],
      ['benue-state', 'Benue', false, 'بينوي', false, [], [], []], ['borno', 'Borno', true, 'بورنو', true, ['maiduguri'], [], []],
      ['cross-river-state', 'Cross River', false, '', false, [], [], []], ['delta-state', 'Delta', false, '', false, ['warri'], [], []],
      ['ebonyi', 'Ebonyi', true, '', false, [], [], []], ['edo', 'Edo', true, '', false, ['benin-city'], [], []],
      ['ekiti', 'Ekiti', true, '', false, [], [], []], ['enugu-state', 'Enugu', false, '', false, ['enugu'], [], []],
      ['gombe-state', 'Gombe', false, '', false, [], [], []], ['imo-state', 'Imo', false, '', false, [], [], []],
      ['jigawa', 'Jigawa', true, '', false, [], [], []], ['kaduna-state', 'Kaduna', false, 'كادونا', false, ['kaduna', 'zaria'], [], []],
      ['kano-state', 'Kano', false, 'كانو', false, ['kano'], [], []], ['katsina-state', 'Katsina', false, 'كاتسينا', false, [], [], []],
      ['kebbi', 'Kebbi', true, '', false, [], [], []], ['kogi', 'Kogi', true, '', false, [], [], []],
      ['kwara', 'Kwara', true, '', false, ['ilorin'], [], []], ['lagos-state', 'Lagos', false, 'لاغوس', false, ['lagos'], [], []],
      ['nasarawa', 'Nasarawa', true, '', false, [], [], []], ['niger-state', 'Niger', false, '', false, [], [], []],
      ['ogun', 'Ogun', true, '', false, ['abeokuta'], [], []], ['ondo-state', 'Ondo', false, '', false, [], [], []],
      ['osun', 'Osun', true, '', false, [], [], []], ['oyo-state', 'Oyo', false, '', false, ['ibadan', 'oyo'], [], []],
      ['plateau-state', 'Plateau', false, 'بلاتو', false, [], [], []], ['rivers-state', 'Rivers', false, '', false, ['port-harcourt'], [], []],
      ['sokoto-state', 'Sokoto', false, 'سوكوتو', false, ['sokoto'], [], []], ['taraba', 'Taraba', true, '', false, [], [], []],
      ['yobe', 'Yobe', true, 'يوبي', true, [], [], []], ['zamfara', 'Zamfara', true, 'زمفارا', true, [], [], []],
      ['federal-capital-territory', 'Federal Capital Territory', true, '', false, ['abuja'], [], []],
    ],
  },
  {
    country: 'indonesia', en: 'province', ar: 'إقليم',
    divisions: [
      ['aceh', 'Aceh', true, 'آتشيه', true, [], [], []], ['north-sumatra', 'North Sumatra', true, 'سومطرة الشمالية', true, ['medan'], [], []],
      ['west-sumatra', 'West Sumatra', true, 'سومطرة الغربية', true, ['padang'], [], []], ['riau', 'Riau', true, '', false, ['pekanbaru'], [], []],
      ['riau-islands', 'Riau Islands', true, '', false, ['batam'], [], []], ['jambi-province', 'Jambi', false, '', false, [], [], []],
      ['bengkulu-province', 'Bengkulu', false, '', false, [], [], []], ['south-sumatra', 'South Sumatra', true, 'سومطرة الجنوبية', true, ['palembang'], [], []],
      ['bangka-belitung-islands', 'Bangka Belitung Islands', true, '', false, [], [], []], ['lampung', 'Lampung', true, '', false, ['bandar-lampung'], [], []],
      ['banten', 'Banten', true, 'بانتن', true, [], [], []], ['west-java', 'West Java', true, 'جاوة الغربية', true, ['bandung'], [], []],
      ['central-java', 'Central Java', true, 'جاوة الوسطى', true, ['semarang', 'surakarta'], [], []],
      ['yogyakarta-special-region', 'Special Region of Yogyakarta', true, '', false, ['yogyakarta'], [], []],
      ['east-java', 'East Java', true, 'جاوة الشرقية', true, ['surabaya', 'malang'], [], []], ['bali', 'Bali', true, 'بالي', true, ['denpasar'], [], ['جزيرة بالي']],
      ['west-nusa-tenggara', 'West Nusa Tenggara', true, '', false, [], [], []], ['east-nusa-tenggara', 'East Nusa Tenggara', true, '', false, [], [], []],
      ['west-kalimantan', 'West Kalimantan', true, '', false, [], [], []], ['central-kalimantan', 'Central Kalimantan', true, '', false, [], [], []],
      ['south-kalimantan', 'South Kalimantan', true, '', false, ['banjarmasin'], [], []], ['east-kalimantan', 'East Kalimantan', true, '', false, ['balikpapan'], [], []],
      ['north-kalimantan', 'North Kalimantan', true, '', false, [], [], []], ['north-sulawesi', 'North Sulawesi', true, 'سولاويسي الشمالية', true, [], [], []],
      ['gorontalo-province', 'Gorontalo', false, '', false, [], [], []], ['central-sulawesi', 'Central Sulawesi', true, 'سولاويسي الوسطى', true, [], [], []],
      ['west-sulawesi', 'West Sulawesi', true, 'سولاويسي الغربية', true, [], [], []], ['south-sulawesi', 'South Sulawesi', true, 'سولاويسي الجنوبية', true, ['makassar'], [], []],
      ['southeast-sulawesi', 'Southeast Sulawesi', true, '', false, [], ['South East Sulawesi'], []], ['maluku', 'Maluku', true, '', false, [], [], []],
      ['north-maluku', 'North Maluku', true, '', false, [], [], []], ['papua-province', 'Papua', false, 'بابوا', false, [], [], []],
      ['west-papua', 'West Papua', true, '', false, [], [], []], ['southwest-papua', 'Southwest Papua', true, '', false, [], [], []],
      ['central-papua', 'Central Papua', true, '', false, [], [], []], ['highland-papua', 'Highland Papua', true, '', false, [], [], []],
      ['south-papua', 'South Papua', true, '', false, [], [], []],
    ],
  },
  {
    country: 'iran', en: 'province', ar: 'محافظة',
    divisions: [
      ['alborz-province', 'Alborz', false, 'البرز', false, ['karaj'], [], []], ['ardabil-province', 'Ardabil', false, 'أردبيل', false, [], [], []],
      ['bushehr-province', 'Bushehr', false, 'بوشهر', false, [], [], []], ['chaharmahal-and-bakhtiari', 'Chaharmahal and Bakhtiari', true, '', false, [], [], []],
      ['east-azerbaijan', 'East Azerbaijan', true, 'أذربيجان الشرقية', true, ['tabriz'], [], []], ['fars-province', 'Fars', false, 'فارس', false, ['shiraz'], [], []],
      ['gilan', 'Gilan', true, 'جيلان', true, ['rasht'], ['Guilan'], ['كيلان']], ['golestan-province', 'Golestan', false, 'كلستان', false, [], [], ['محافظة غلستان']],
      ['hamadan-province', 'Hamadan', false, 'همدان', false, ['hamadan'], [], []], ['hormozgan', 'Hormozgan', true, 'هرمزكان', true, ['bandar-abbas'], [], ['هرمزغان']],
      ['ilam-province', 'Ilam', false, 'إيلام', false, [], [], []], ['isfahan-province', 'Isfahan', false, 'أصفهان', false, ['isfahan', 'natanz'], [], []],
      ['kerman-province', 'Kerman', false, 'كرمان', false, ['kerman'], [], []], ['kermanshah-province', 'Kermanshah', false, 'كرمانشاه', false, ['kermanshah'], [], []],
      ['north-khorasan', 'North Khorasan', true, 'خراسان الشمالية', true, [], [], []], ['razavi-khorasan', 'Razavi Khorasan', true, 'خراسان رضوي', true, ['mashhad'], ['Khorasan Razavi'], []],
      ['south-khorasan', 'South Khorasan', true, 'خراسان الجنوبية', true, [], [], []], ['khuzestan', 'Khuzestan', true, 'خوزستان', true, ['ahvaz'], [], []],
      ['kohgiluyeh-and-boyer-ahmad', 'Kohgiluyeh and Boyer-Ahmad', true, '', false, [], [], []], ['kurdistan-province', 'Kurdistan', false, 'كردستان', false, [], ["Iran's Kurdistan province"], ['كردستان الإيرانية']],
      ['lorestan', 'Lorestan', true, 'لرستان', true, [], [], []], ['markazi', 'Markazi', false, '', false, ['arak'], [], []],
      ['mazandaran', 'Mazandaran', true, 'مازندران', true, [], [], []], ['qazvin-province', 'Qazvin', false, 'قزوين', false, [], [], []],
      ['qom-province', 'Qom', false, 'قم', false, ['qom'], [], []], ['semnan-province', 'Semnan', false, 'سمنان', false, [], [], []],
      ['sistan-and-baluchestan', 'Sistan and Baluchestan', true, 'سيستان وبلوشستان', true, ['zahedan'], ['Sistan-Baluchestan', 'Sistan-Baluchistan'], []],
      ['tehran-province', 'Tehran', false, 'طهران', false, ['tehran'], [], []], ['west-azerbaijan', 'West Azerbaijan', true, 'أذربيجان الغربية', true, ['urmia'], [], []],
      ['yazd-province', 'Yazd', false, 'يزد', false, [], [], []], ['zanjan-province', 'Zanjan', false, 'زنجان', false, [], [], []],
    ],
  },
  {
    country: 'peru', en: 'region', ar: 'إقليم',
    divisions: [
      ['amazonas-peru', 'Amazonas', false, '', false, [], [], []], ['ancash', 'Ancash', true, '', false, [], ['Áncash'], []],
      ['apurimac', 'Apurimac', true, '', false, [], ['Apurímac'], []], ['arequipa-region', 'Arequipa', false, '', false, ['arequipa'], [], []],
      ['ayacucho-region', 'Ayacucho', false, '', false, [], [], []], ['cajamarca-region', 'Cajamarca', false, '', false, [], [], []],
      ['cusco-region', 'Cusco', false, '', false, [], ['Cuzco region'], []], ['huancavelica-region', 'Huancavelica', false, '', false, [], [], []],
      ['huanuco-region', 'Huanuco', false, '', false, [], ['Huánuco region'], []], ['ica-region', 'Ica', false, '', false, [], [], []],
      ['junin-region', 'Junin', false, '', false, [], ['Junín region'], []], ['la-libertad', 'La Libertad', true, '', false, [], [], []],
      ['lambayeque-region', 'Lambayeque', false, '', false, ['chiclayo'], [], []], ['lima-region', 'Lima', false, '', false, [], [], []],
      ['loreto-region', 'Loreto', false, '', false, [], [], []], ['madre-de-dios', 'Madre de Dios', true, '', false, [], [], []],
      ['moquegua-region', 'Moquegua', false, '', false, [], [], []], ['pasco-region', 'Pasco', false, '', false, [], [], []],
      ['piura-region', 'Piura', false, '', false, [], [], []], ['puno-region', 'Puno', false, '', false, [], [], []],
      ['san-martin-region', 'San Martin', false, '', false, [], ['San Martín region'], []], ['tacna-region', 'Tacna', false, '', false, [], [], []],
      ['tumbes-region', 'Tumbes', false, '', false, [], [], []], ['ucayali', 'Ucayali', true, '', false, [], [], []],
    ],
  },
  {
    country: 'afghanistan', en: 'province', ar: 'ولاية',
    divisions: [
      ['badakhshan', 'Badakhshan', true, 'بدخشان', true, [], [], []],
      ['badghis', 'Badghis', true, 'بادغيس', false, [['qala-i-naw', ['Qala-i-Naw', 'Qala-e Naw'], []]], [], []],
      ['baghlan-province', 'Baghlan', false, 'بغلان', false, [['pul-i-khumri', ['Pul-i-Khumri', 'Pul-e Khumri', 'Puli Khumri'], []]], [], []],
      ['balkh', 'Balkh', true, 'بلخ', false, [['mazar-i-sharif', ['Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazar-e-Sharif'], ['مزار شريف']]], [], []],
      ['bamyan-province', 'Bamiyan', false, 'باميان', false, [['bamiyan', ['Bamiyan', 'Bamyan'], ['باميان']]], ['Bamyan province'], []],
      ['daykundi', 'Daykundi', true, 'دايكندي', false, [], [], []],
      ['farah-province', 'Farah', false, 'فراه', false, [], [], []],
      ['faryab', 'Faryab', true, 'فارياب', false, [['maymana', ['Maymana', 'Maimana'], []]], [], []],
      ['ghazni-province', 'Ghazni', false, 'غزني', false, [['ghazni', ['Ghazni'], ['غزني']]], [], []],
      ['ghor', 'Ghor', true, 'غور', false, [['chaghcharan', ['Chaghcharan'], []]], [], []],
      ['helmand', 'Helmand', true, 'هلمند', true, [['lashkar-gah', ['Lashkar Gah', 'Lashkargah'], ['لشكر غاه']]], [], []],
      ['herat-province', 'Herat', false, 'هرات', false, [['herat', ['Herat'], ['هرات']]], [], []],
      ['jowzjan', 'Jowzjan', true, 'جوزجان', false, [['sheberghan', ['Sheberghan', 'Shibirghan'], []]], ['Jawzjan'], []],
      ['kabul-province', 'Kabul', false, 'كابل', false, ['kabul'], [], []],
      ['kandahar-province', 'Kandahar', false, 'قندهار', false, [['kandahar', ['Kandahar'], ['قندهار']]], [], []],
      ['kapisa', 'Kapisa', true, 'كابيسا', false, [['mahmud-i-raqi', ['Mahmud-i-Raqi', 'Mahmud-e Raqi'], []]], [], []],
      ['khost-province', 'Khost', false, 'خوست', false, [['khost', ['Khost'], ['خوست']]], [], []],
      ['kunar', 'Kunar', true, 'كونار', false, [], [], []],
      ['kunduz-province', 'Kunduz', false, 'قندوز', false, [['kunduz', ['Kunduz'], ['قندوز']]], [], []],
      ['laghman', 'Laghman', true, 'لغمان', false, [['mihtarlam', ['Mihtarlam', 'Mehtar Lam'], []]], [], []],
      ['logar', 'Logar', true, 'لوغر', false, [['pul-i-alam', ['Pul-i-Alam', 'Pul-e Alam'], []]], [], []],
      ['nangarhar', 'Nangarhar', true, 'ننغرهار', true, [['jalalabad', ['Jalalabad'], ['جلال آباد']]], [], ['ننكرهار', 'ولاية ننكرهار']],
      ['nimroz', 'Nimroz', true, 'نيمروز', false, [['zaranj', ['Zaranj'], []]], [], []],
      ['nuristan', 'Nuristan', true, 'نورستان', false, [], [], []],
      ['paktia', 'Paktia', true, 'باكتيا', false, [['gardez', ['Gardez'], ['غرديز']]], [], []],
      ['paktika', 'Paktika', true, 'باكتيكا', false, [['sharana', ['Sharana'], []]], [], []],
      ['panjshir', 'Panjshir', true, 'بنجشير', true, [['bazarak', ['Bazarak'], []]], [], ['بانشير', 'وادي بنجشير']],
      ['parwan', 'Parwan', true, 'بروان', false, [['charikar', ['Charikar'], []]], [], []],
      ['samangan', 'Samangan', true, 'سمنغان', false, [['aybak', ['Aybak'], []]], [], []],
      ['sar-e-pol', 'Sar-e Pol', true, '', false, [], ['Sar-e-Pul'], []],
      ['takhar', 'Takhar', true, 'تخار', false, [['taloqan', ['Taloqan', 'Taluqan'], []]], [], []],
      ['uruzgan', 'Uruzgan', true, 'أروزغان', false, [['tarinkot', ['Tarinkot', 'Tirin Kot'], []]], ['Oruzgan', 'Urozgan'], []],
      ['wardak', 'Wardak', true, 'وردك', false, [['maidan-shahr', ['Maidan Shahr'], []]], ['Maidan Wardak'], []],
      ['zabul', 'Zabul', true, 'زابل', false, [], [], []],
    ],
  },
  {
    country: 'philippines', en: '', ar: '',
    divisions: [
      ['luzon', 'Luzon', true, 'لوزون', true, [], [], []],
      ['visayas', 'Visayas', true, 'فيساياس', true, [], [], []],
      ['mindanao', 'Mindanao', true, 'مينداناو', true, [], [], ['ميندناو']],
    ],
  },
  {
    country: 'philippines', en: 'region', ar: 'منطقة',
    divisions: [
      ['metro-manila', 'Metro Manila', true, 'مانيلا الكبرى', true, ['manila', 'quezon-city', ['makati', ['Makati'], []], ['taguig', ['Taguig'], []], ['pasig', ['Pasig'], []], ['caloocan', ['Caloocan'], []]], ['National Capital Region'], [], 'luzon'],
      ['cordillera', 'Cordillera Administrative Region', true, '', false, [], ['Cordillera region'], [], 'luzon'],
      ['ilocos-region', 'Ilocos', true, '', false, [], [], [], 'luzon'],
      ['cagayan-valley', 'Cagayan Valley', true, '', false, [], [], [], 'luzon'],
      ['central-luzon', 'Central Luzon', true, '', false, [], [], [], 'luzon'],
      ['calabarzon', 'Calabarzon', true, '', false, [], [], [], 'luzon'],
      ['mimaropa', 'Mimaropa', true, '', false, [], [], [], 'luzon'],
      ['bicol', 'Bicol', true, 'بيكول', true, [], [], [], 'luzon'],
      ['western-visayas', 'Western Visayas', true, '', false, [], [], [], 'visayas'],
      ['negros-island-region', 'Negros Island Region', true, '', false, [], [], [], 'visayas'],
      ['central-visayas', 'Central Visayas', true, '', false, [], [], [], 'visayas'],
      ['eastern-visayas', 'Eastern Visayas', true, '', false, [], [], [], 'visayas'],
      ['zamboanga-peninsula', 'Zamboanga Peninsula', true, '', false, [], [], [], 'mindanao'],
      ['northern-mindanao', 'Northern Mindanao', true, '', false, [], [], [], 'mindanao'],
      ['davao-region', 'Davao', false, '', false, [], [], [], 'mindanao'],
      ['soccsksargen', 'Soccsksargen', true, '', false, [], [], [], 'mindanao'],
      ['caraga', 'Caraga', true, '', false, [], [], [], 'mindanao'],
      ['bangsamoro', 'Bangsamoro', true, 'بانغسامورو', true, [], ['Bangsamoro Autonomous Region in Muslim Mindanao', 'BARMM'], [], 'mindanao'],
    ],
  },
  {
    country: 'philippines', en: 'province', ar: 'مقاطعة',
    divisions: [
      ['ilocos-norte', 'Ilocos Norte', true, '', false, [['laoag', ['Laoag'], []]], [], [], 'ilocos-region'],
      ['ilocos-sur', 'Ilocos Sur', true, '', false, [['vigan', ['Vigan'], []]], [], [], 'ilocos-region'],
      ['la-union', 'La Union', true, '', false, [], [], [], 'ilocos-region'],
      ['pangasinan', 'Pangasinan', true, '', false, [['dagupan', ['Dagupan'], []]], [], [], 'ilocos-region'],
      ['batanes', 'Batanes', true, '', false, [], [], [], 'cagayan-valley'],
      ['cagayan-province', 'Cagayan', false, '', false, [['tuguegarao', ['Tuguegarao'], []]], [], [], 'cagayan-valley'],
      ['isabela-province', 'Isabela', false, '', false, [], [], [], 'cagayan-valley'],
      ['nueva-vizcaya', 'Nueva Vizcaya', true, '', false, [], [], [], 'cagayan-valley'],
      ['quirino-province', 'Quirino', false, '', false, [], [], [], 'cagayan-valley'],
      ['abra-province', 'Abra', false, '', false, [], [], [], 'cordillera'],
      ['apayao', 'Apayao', true, '', false, [], [], [], 'cordillera'],
      ['benguet', 'Benguet', true, '', false, [['baguio', ['Baguio', 'Baguio City'], ['باغيو']]], [], [], 'cordillera'],
      ['ifugao', 'Ifugao', true, '', false, [], [], [], 'cordillera'],
      ['kalinga-province', 'Kalinga', false, '', false, [], [], [], 'cordillera'],
      ['mountain-province', 'Mountain Province', true, '', false, [], [], [], 'cordillera'],
      ['aurora-province', 'Aurora', false, '', false, [], [], [], 'central-luzon'],
      ['bataan', 'Bataan', true, '', false, [], [], [], 'central-luzon'],
      ['bulacan', 'Bulacan', true, '', false, [], [], [], 'central-luzon'],
      ['nueva-ecija', 'Nueva Ecija', true, '', false, [], [], [], 'central-luzon'],
      ['pampanga', 'Pampanga', true, '', false, [['angeles-city', ['Angeles City'], []]], [], [], 'central-luzon'],
      ['tarlac-province', 'Tarlac', false, '', false, [], [], [], 'central-luzon'],
      ['zambales', 'Zambales', true, '', false, [['olongapo', ['Olongapo'], []]], [], [], 'central-luzon'],
      ['batangas-province', 'Batangas', false, '', false, [], [], [], 'calabarzon'],
      ['cavite-province', 'Cavite', false, '', false, [], [], [], 'calabarzon'],
      ['laguna-province', 'Laguna', false, '', false, [['calamba-philippines', ['Calamba'], []]], [], [], 'calabarzon'],
      ['quezon-province', 'Quezon', false, '', false, [['lucena-city', ['Lucena City'], []]], [], [], 'calabarzon'],
      ['rizal-province', 'Rizal', false, '', false, [['antipolo', ['Antipolo'], []]], [], [], 'calabarzon'],
      ['marinduque', 'Marinduque', true, '', false, [], [], [], 'mimaropa'],
      ['occidental-mindoro', 'Occidental Mindoro', true, '', false, [], [], [], 'mimaropa'],
      ['oriental-mindoro', 'Oriental Mindoro', true, '', false, [['calapan', ['Calapan'], []]], [], [], 'mimaropa'],
      ['palawan', 'Palawan', true, '', false, [['puerto-princesa', ['Puerto Princesa'], []]], [], [], 'mimaropa'],
      ['romblon', 'Romblon', true, '', false, [], [], [], 'mimaropa'],
      ['albay', 'Albay', true, '', false, [['legazpi', ['Legazpi', 'Legazpi City', 'Legaspi'], []]], [], [], 'bicol'],
      ['camarines-norte', 'Camarines Norte', true, '', false, [], [], [], 'bicol'],
      ['camarines-sur', 'Camarines Sur', true, '', false, [], [], [], 'bicol'],
      ['catanduanes', 'Catanduanes', true, '', false, [], [], [], 'bicol'],
      ['masbate-province', 'Masbate', false, '', false, [], [], [], 'bicol'],
      ['sorsogon-province', 'Sorsogon', false, '', false, [], [], [], 'bicol'],
      ['aklan', 'Aklan', true, '', false, [], [], [], 'western-visayas'],
      ['antique-province', 'Antique', false, '', false, [], [], [], 'western-visayas'],
      ['capiz', 'Capiz', true, '', false, [], [], [], 'western-visayas'],
      ['guimaras', 'Guimaras', true, '', false, [], [], [], 'western-visayas'],
      ['iloilo-province', 'Iloilo', false, '', false, [['iloilo-city', ['Iloilo City'], []]], [], [], 'western-visayas'],
      ['negros-occidental', 'Negros Occidental', true, '', false, [['bacolod', ['Bacolod'], []]], [], [], 'negros-island-region'],
      ['negros-oriental', 'Negros Oriental', true, '', false, [['dumaguete', ['Dumaguete'], []]], [], [], 'negros-island-region'],
      ['siquijor', 'Siquijor', true, '', false, [], [], [], 'negros-island-region'],
      ['bohol', 'Bohol', true, '', false, [], [], [], 'central-visayas'],
      ['cebu-province', 'Cebu', false, '', false, ['cebu-city', ['lapu-lapu-city', ['Lapu-Lapu City'], []], ['mandaue', ['Mandaue'], []]], [], [], 'central-visayas'],
      ['biliran', 'Biliran', true, '', false, [], [], [], 'eastern-visayas'],
      ['eastern-samar', 'Eastern Samar', true, '', false, [], [], [], 'eastern-visayas'],
      ['leyte-province', 'Leyte', false, '', false, [['tacloban', ['Tacloban'], ['تاكلوبان']]], [], [], 'eastern-visayas'],
      ['northern-samar', 'Northern Samar', true, '', false, [], [], [], 'eastern-visayas'],
      ['samar-province', 'Samar', false, '', false, [], [], [], 'eastern-visayas'],
      ['southern-leyte', 'Southern Leyte', true, '', false, [], [], [], 'eastern-visayas'],
      ['zamboanga-del-norte', 'Zamboanga del Norte', true, '', false, [], [], [], 'zamboanga-peninsula'],
      ['zamboanga-del-sur', 'Zamboanga del Sur', true, '', false, [['zamboanga-city', ['Zamboanga City', 'Zamboanga'], ['زامبوانغا']]], [], [], 'zamboanga-peninsula'],
      ['zamboanga-sibugay', 'Zamboanga Sibugay', true, '', false, [], [], [], 'zamboanga-peninsula'],
      ['bukidnon', 'Bukidnon', true, '', false, [], [], [], 'northern-mindanao'],
      ['camiguin', 'Camiguin', true, '', false, [], [], [], 'northern-mindanao'],
      ['lanao-del-norte', 'Lanao del Norte', true, '', false, [['iligan', ['Iligan'], []]], [], [], 'northern-mindanao'],
      ['misamis-occidental', 'Misamis Occidental', true, '', false, [], [], [], 'northern-mindanao'],
      ['misamis-oriental', 'Misamis Oriental', true, '', false, [['cagayan-de-oro', ['Cagayan de Oro'], []]], [], [], 'northern-mindanao'],
      ['davao-de-oro', 'Davao de Oro', true, '', false, [], [], [], 'davao-region'],
      ['davao-del-norte', 'Davao del Norte', true, '', false, [], [], [], 'davao-region'],
      ['davao-del-sur', 'Davao del Sur', true, '', false, ['davao'], [], [], 'davao-region'],
      ['davao-occidental', 'Davao Occidental', true, '', false, [], [], [], 'davao-region'],
      ['davao-oriental', 'Davao Oriental', true, '', false, [], [], [], 'davao-region'],
      ['cotabato-province', 'Cotabato', false, '', false, [], ['North Cotabato'], [], 'soccsksargen'],
      ['sarangani', 'Sarangani', true, '', false, [], [], [], 'soccsksargen'],
      ['south-cotabato', 'South Cotabato', true, '', false, ['general-santos', ['koronadal', ['Koronadal'], []]], [], [], 'soccsksargen'],
      ['sultan-kudarat-province', 'Sultan Kudarat', false, '', false, [], [], [], 'soccsksargen'],
      ['agusan-del-norte', 'Agusan del Norte', true, '', false, [['butuan', ['Butuan'], []]], [], [], 'caraga'],
      ['agusan-del-sur', 'Agusan del Sur', true, '', false, [], [], [], 'caraga'],
      ['dinagat-islands', 'Dinagat Islands', true, '', false, [], [], [], 'caraga'],
      ['surigao-del-norte', 'Surigao del Norte', true, '', false, [], [], [], 'caraga'],
      ['surigao-del-sur', 'Surigao del Sur', true, '', false, [], [], [], 'caraga'],
      ['basilan', 'Basilan', true, '', false, [], [], [], 'bangsamoro'],
      ['lanao-del-sur', 'Lanao del Sur', true, '', false, [['marawi', ['Marawi'], ['مراوي']]], [], [], 'bangsamoro'],
      ['maguindanao-del-norte', 'Maguindanao del Norte', true, '', false, [['cotabato-city', ['Cotabato City'], []]], [], [], 'bangsamoro'],
      ['maguindanao-del-sur', 'Maguindanao del Sur', true, '', false, [], [], [], 'bangsamoro'],
      ['sulu', 'Sulu', true, '', false, [], [], [], 'bangsamoro'],
      ['tawi-tawi', 'Tawi-Tawi', true, '', false, [], [], [], 'bangsamoro'],
    ],
  },
  {
    country: 'italy', en: 'region', ar: 'منطقة',
    divisions: [
      ['piedmont', 'Piedmont', true, 'بيمونتي', true, ['turin'], ['Piemonte'], ['إقليم بيمونتي']],
      ['aosta-valley', 'Aosta Valley', true, 'فالي داوستا', true, [['aosta', ['Aosta'], ['أوستا']]], ["Valle d'Aosta"], []],
      ['lombardy', 'Lombardy', true, 'لومبارديا', true, ['milan', ['brescia', ['Brescia'], ['بريشيا']], ['bergamo', ['Bergamo'], ['بيرغامو']], ['como', ['Como'], ['كومو']]], ['Lombardia'], ['إقليم لومبارديا']],
      ['trentino-alto-adige', 'Trentino-Alto Adige', true, 'ترينتينو ألتو أديجي', true, [['trento', ['Trento'], ['ترينتو']], ['bolzano', ['Bolzano'], ['بولزانو']]], ['Trentino-South Tyrol', 'Trentino Alto Adige'], []],
      ['veneto', 'Veneto', true, 'فينيتو', true, [['venice', ['Venice'], ['فينيسيا', 'مدينة البندقية'], ['usa']], ['verona', ['Verona'], ['فيرونا'], ['usa']], ['padua', ['Padua', 'Padova'], ['بادوفا']], ['vicenza', ['Vicenza'], ['فيتشنزا']], ['treviso', ['Treviso'], ['تريفيزو']]], [], ['إقليم فينيتو']],
      ['friuli-venezia-giulia', 'Friuli-Venezia Giulia', true, 'فريولي فينيتسيا جوليا', true, [['trieste', ['Trieste'], ['ترييستي']], ['udine', ['Udine'], ['أوديني']]], ['Friuli Venezia Giulia'], []],
      ['liguria', 'Liguria', true, 'ليغوريا', true, [['genoa', [], ['جنوة']]], [], ['إقليم ليغوريا']],
      ['emilia-romagna', 'Emilia-Romagna', true, 'إميليا رومانيا', true, [['bologna', ['Bologna'], ['بولونيا']], ['modena', ['Modena'], ['مودينا']], ['parma', ['Parma'], ['بارما'], ['usa']], ['ravenna', ['Ravenna'], ['رافينا']], ['rimini', ['Rimini'], ['ريميني']], ['ferrara', ['Ferrara'], ['فيرارا']]], ['Emilia Romagna'], ['إقليم إميليا رومانيا']],
      ['tuscany', 'Tuscany', true, 'توسكانا', true, [['florence', ['Florence, Italy', 'Firenze'], ['فلورنسا']], ['pisa', ['Pisa'], ['بيزا']], ['livorno', ['Livorno'], ['ليفورنو']], ['siena', ['Siena'], ['سيينا']]], ['Toscana'], ['إقليم توسكانا']],
      ['umbria', 'Umbria', true, 'أومبريا', true, [['perugia', ['Perugia'], ['بيروجيا']]], [], []],
      ['marche', 'Marche', true, 'ماركي', false, [['ancona', ['Ancona'], ['أنكونا']]], ['the Marches'], []],
      ['lazio', 'Lazio', false, 'لاتسيو', false, ['rome'], [], []],
      ['abruzzo', 'Abruzzo', true, 'أبروتسو', true, [['laquila', ["L'Aquila", 'LAquila'], ['لاكويلا']], ['pescara', ['Pescara'], ['بيسكارا']]], ['Abruzzi'], []],
      ['molise', 'Molise', true, 'موليزي', true, [['campobasso', ['Campobasso'], ['كامبوباسو']]], [], []],
      ['campania', 'Campania', true, 'كامبانيا', true, [['naples', [], ['نابولي']], ['salerno', ['Salerno'], ['ساليرنو']]], [], ['إقليم كامبانيا']],
      ['apulia', 'Apulia', true, 'بوليا', true, [['bari', ['Bari'], ['مدينة باري']], ['taranto', ['Taranto'], ['تارانتو']], ['brindisi', ['Brindisi'], ['برينديزي']], ['lecce', ['Lecce'], ['ليتشي']], ['foggia', ['Foggia'], ['فودجا']]], ['Puglia'], ['إقليم بوليا']],
      ['basilicata', 'Basilicata', true, 'بازيليكاتا', true, [['potenza', ['Potenza'], ['بوتينزا']]], [], []],
      ['calabria', 'Calabria', true, 'كالابريا', true, [['catanzaro', ['Catanzaro'], ['كاتانزارو']], ['reggio-calabria', ['Reggio Calabria', 'Reggio di Calabria'], ['ريجيو كالابريا']], ['crotone', ['Crotone'], ['كروتوني']]], [], ['إقليم كالابريا']],
      ['sicily', 'Sicily', true, 'صقلية', true, [['palermo', [], ['باليرمو']], ['catania', ['Catania'], ['كاتانيا']], ['messina', ['Messina'], ['ميسينا']], ['trapani', ['Trapani'], ['تراباني']], ['agrigento', ['Agrigento'], ['أغريجنتو']], ['lampedusa', ['Lampedusa'], ['لامبيدوزا', 'لامبيدوسا', 'جزيرة لامبيدوزا']]], ['Sicilia'], ['جزيرة صقلية', 'إقليم صقلية']],
      ['sardinia', 'Sardinia', true, 'سردينيا', true, [['cagliari', ['Cagliari'], ['كالياري']], ['sassari', ['Sassari'], ['ساساري']]], ['Sardegna'], ['جزيرة سردينيا', 'إقليم سردينيا']],
    ],
  },
  {
    country: 'tanzania', en: 'region', ar: 'إقليم',
    divisions: [
      ['arusha-region', 'Arusha', false, 'أروشا', false, [['arusha', ['Arusha'], ['أروشا']]], [], []],
      ['dodoma-region', 'Dodoma', false, 'دودوما', false, ['dodoma'], [], []],
      ['iringa-region', 'Iringa', false, 'إيرينغا', false, [['iringa', ['Iringa'], ['إيرينغا']]], [], []],
      ['kagera', 'Kagera', true, 'كاغيرا', true, [['bukoba', ['Bukoba'], ['بوكوبا']]], [], []],
      ['pemba-north', 'Pemba North', true, '', false, [['wete', ['Wete'], []]], ['North Pemba Region', 'Kaskazini Pemba'], []],
      ['unguja-north', 'Unguja North', true, '', false, [['mkokotoni', ['Mkokotoni'], []]], ['Zanzibar North Region', 'Kaskazini Unguja'], []],
      ['kigoma-region', 'Kigoma', false, 'كيغوما', false, [['kigoma', ['Kigoma'], ['كيغوما']]], [], []],
      ['kilimanjaro-region', 'Kilimanjaro', false, 'كليمنجارو', false, [['moshi', ['Moshi'], []]], [], []],
      ['pemba-south', 'Pemba South', true, '', false, [['chake-chake', ['Chake Chake'], []]], ['South Pemba Region', 'Kusini Pemba'], []],
      ['unguja-south', 'Unguja South', true, '', false, [['koani', ['Koani'], []]], ['Zanzibar South Region', 'Kusini Unguja'], []],
      ['lindi-region', 'Lindi', false, 'ليندي', false, [['lindi', ['Lindi'], []]], [], []],
      ['mara-region', 'Mara', false, 'مارا', false, [['musoma', ['Musoma'], ['موسوما']]], [], []],
      ['mbeya-region', 'Mbeya', false, 'مبيا', false, [['mbeya', ['Mbeya'], ['مبيا']]], [], []],
      // Zanzibar City gets no Arabic form: «مدينة زنجبار» is already Yemen's Zinjibar, and a form names one place.
      ['mjini-magharibi', 'Mjini Magharibi', true, '', false, [['zanzibar-city', ['Zanzibar City', 'Stone Town'], []]], ['Zanzibar Urban/West Region'], []],
      ['morogoro-region', 'Morogoro', false, 'موروغورو', false, [['morogoro', ['Morogoro'], ['موروغورو']]], [], []],
      ['mtwara-region', 'Mtwara', false, 'متوارا', false, [['mtwara', ['Mtwara'], []]], [], []],
      ['mwanza-region', 'Mwanza', false, 'موانزا', false, [['mwanza', ['Mwanza'], ['موانزا']]], [], []],
      ['pwani', 'Pwani', true, 'بواني', true, [['kibaha', ['Kibaha'], []]], ['Coast Region'], []],
      ['rukwa', 'Rukwa', true, 'روكوا', true, [['sumbawanga', ['Sumbawanga'], []]], [], []],
      ['ruvuma', 'Ruvuma', true, 'روفوما', true, [['songea', ['Songea'], ['سونغيا']]], [], []],
      ['shinyanga-region', 'Shinyanga', false, 'شينيانغا', false, [['shinyanga', ['Shinyanga'], []]], [], []],
      ['singida-region', 'Singida', false, 'سينغيدا', false, [['singida', ['Singida'], []]], [], []],
      ['tabora-region', 'Tabora', false, 'تابورا', false, [['tabora', ['Tabora'], ['تابورا']]], [], []],
      ['tanga-region', 'Tanga', false, 'تانغا', false, [['tanga', ['Tanga'], ['تانغا']]], [], []],
      ['manyara', 'Manyara', true, 'مانيارا', true, [['babati', ['Babati'], []]], [], []],
      ['geita-region', 'Geita', false, 'جيتا', false, [['geita', ['Geita'], []]], [], []],
      ['katavi', 'Katavi', true, 'كاتافي', true, [['mpanda', ['Mpanda'], []]], [], []],
      ['njombe-region', 'Njombe', false, 'نجومبي', false, [['njombe', ['Njombe'], []]], [], []],
      ['simiyu', 'Simiyu', true, 'سيميو', true, [['bariadi', ['Bariadi'], []]], [], []],
      ['songwe', 'Songwe', true, 'سونغوي', true, [['vwawa', ['Vwawa'], []]], [], []],
    ],
  },
  {
    country: 'scotland', en: 'council area', ar: '',
    divisions: [
      ['aberdeenshire', 'Aberdeenshire', true, '', false, ['balmoral'], [], []],
      ['angus-council-area', 'Angus', false, '', false, ['arbroath', 'forfar'], [], []],
      ['argyll-and-bute', 'Argyll and Bute', true, '', false, ['lochgilphead'], [], []],
      ['clackmannanshire', 'Clackmannanshire', true, '', false, ['alloa'], [], []],
      ['dumfries-and-galloway', 'Dumfries and Galloway', true, '', false, ['dumfries'], [], []],
      ['east-ayrshire', 'East Ayrshire', true, '', false, ['kilmarnock'], [], []],
      ['east-dunbartonshire', 'East Dunbartonshire', true, '', false, ['bearsden', 'bishopbriggs', 'kirkintilloch'], [], []],
      ['east-lothian', 'East Lothian', true, '', false, ['musselburgh', 'haddington'], [], []],
      ['east-renfrewshire', 'East Renfrewshire', true, '', false, ['newton-mearns', 'giffnock'], [], []],
      ['falkirk-council-area', 'Falkirk', false, '', false, ['falkirk'], [], []],
      ['fife', 'Fife', true, 'فايف', true, ['dunfermline', 'kirkcaldy', 'glenrothes'], [], []],
      ['highland-council-area', 'Highland', false, '', false, ['inverness'], [], []],
      ['inverclyde', 'Inverclyde', true, '', false, ['greenock'], [], []],
      ['midlothian', 'Midlothian', true, '', false, ['dalkeith'], [], []],
      ['moray', 'Moray', true, '', false, ['elgin-scotland'], [], []],
      ['na-h-eileanan-siar', 'Na h-Eileanan Siar', true, '', false, ['stornoway'], ['Western Isles', 'Outer Hebrides'], []],
      ['north-ayrshire', 'North Ayrshire', true, '', false, ['irvine-scotland'], [], []],
      ['north-lanarkshire', 'North Lanarkshire', true, '', false, ['cumbernauld', 'coatbridge', 'airdrie', 'motherwell', 'wishaw', 'bellshill'], [], []],
      ['orkney', 'Orkney', true, 'أوركني', true, ['kirkwall'], ['Orkney Islands'], ['جزر أوركني']],
      ['perth-and-kinross', 'Perth and Kinross', true, '', false, ['perth-scotland'], [], []],
      ['renfrewshire', 'Renfrewshire', true, '', false, ['paisley', 'renfrew'], [], []],
      ['scottish-borders', 'Scottish Borders', true, '', false, ['newtown-st-boswells'], [], []],
      ['shetland', 'Shetland', true, 'شتلاند', true, ['lerwick'], ['Shetland Islands'], ['جزر شتلاند']],
      ['south-ayrshire', 'South Ayrshire', true, '', false, ['ayr'], [], []],
      ['south-lanarkshire', 'South Lanarkshire', true, '', false, ['east-kilbride', 'hamilton-scotland', 'rutherglen', 'cambuslang'], [], []],
      ['stirling-council-area', 'Stirling', false, '', false, ['stirling'], [], []],
      ['west-dunbartonshire', 'West Dunbartonshire', true, '', false, ['clydebank', 'dumbarton', 'vale-of-leven'], [], []],
      ['west-lothian', 'West Lothian', true, '', false, ['livingston', 'bathgate'], [], []],
    ],
  },
];

/** Divisions whose name says what they are (territories, islands, Kashmir's parts): no unit word is added. */
const UNITLESS = /Territory|Islands|Special Region|Kashmir|Baltistan|Ladakh|Metro Manila|Administrative Region|Mountain Province|Island Region|Lakshadweep/;
const capital = (word) => word[0].toUpperCase() + word.slice(1);

/** The English forms of a division: its bare name when allowed, then with its unit word. */
function englishForms(unit, [, name, bare, , , , more]) {
  if (!unit || UNITLESS.test(name)) return [name, ...more];
  return [...(bare ? [name] : []), `${name} ${capital(unit)}`, `${unit} of ${name}`, ...more];
}

/** The Arabic forms of a division: its bare name when allowed, then with its unit word. */
function arabicForms(unit, [, , , name, bare, , , more]) {
  if (!name) return more;
  if (!unit) return [name, ...more];
  return [...(bare ? [name] : []), `${unit} ${name}`, ...more];
}

/** A list of names as the gazetteer writes it. */
const names = (list) => JSON.stringify(list).replace(/","/g, '", "');

/** One gazetteer line. */
function entry(id, kind, within, arabic, english, namesakes = []) {
  const fields = [`"id": "${id}"`, `"kind": "${kind}"`, `"within": "${within}"`];
  if (arabic.length) fields.push(`"ar": ${names(arabic)}`);
  fields.push(`"en": ${names(english)}`);
  if (namesakes.length) fields.push(`"namesakes": ${names(namesakes)}`);
  return `  { ${fields.join(', ')} },`;
}

/** A listed town's line with the Arabic forms it lacks added after its own. */
function withArabic(line, arabic) {
  const listed = /"ar": (\[[^\]]*\])/.exec(line);
  if (!listed) return line.replace(/("within": "[^"]+")/, `$1, "ar": ${names(arabic)}`);
  const own = JSON.parse(listed[1]);
  return line.replace(listed[0], `"ar": ${names([...own, ...arabic.filter((name) => !own.includes(name))])}`);
}

const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const listedIds = new Set(lines.map((line) => /"id": "([^"]+)"/.exec(line)?.[1]).filter(Boolean));
const added = [];
const moved = new Map();
for (const { country, en, ar, divisions } of COUNTRIES) {
  for (const division of divisions) {
    const [id, , , , , towns, , , parent = country] = division;
    if (!listedIds.has(id)) added.push(entry(id, 'region', parent, arabicForms(ar, division), englishForms(en, division)));
    for (const town of towns) {
      // A town is its id when listed, or [id, English forms, Arabic forms, namesakes]: a listed town
      // given so takes the Arabic forms it lacks; one not listed is written inside its division.
      const [townId, english, arabic = [], namesakes] = typeof town === 'string' ? [town] : town;
      if (!listedIds.has(townId)) added.push(entry(townId, 'city', id, arabic, english, namesakes));
      else moved.set(townId, [country, id, arabic]);
    }
  }
}
const out = lines.map((line) => {
  const id = /"id": "([^"]+)"/.exec(line)?.[1];
  const move = id && moved.get(id);
  if (!move) return line;
  moved.delete(id);
  const inside = line.replace(`"within": "${move[0]}"`, `"within": "${move[1]}"`);
  return move[2].length ? withArabic(inside, move[2]) : inside;
});
if (moved.size) throw new Error(`towns not listed inside their country: ${[...moved.keys()].join(', ')}`);
const end = out.lastIndexOf(']');
const last = out.slice(0, end).findLastIndex((line) => line.trim());
if (added.length && !out[last].endsWith(',')) out[last] += ',';
if (added.length) added[added.length - 1] = added.at(-1).replace(/,$/, '');
out.splice(last + 1, 0, ...added);
writeFileSync(file, out.join('\n'));
console.log(`added ${added.length} divisions and towns`);
