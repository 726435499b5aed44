/**
 * Given names in Arabic script, and the English spellings of the common ones: what tells a
 * person's name from other words after a title or a speech verb, in checking and in drawing.
 * Facts about the languages, not about any story; entries are written in ordinary spelling and
 * folded on load (ة→ه, أ/إ/آ→ا, ى→ي), the way the analyser folds a draft.
 *
 * Sources: compiled by the project from Arabic and English news usage, under the policy of the
 * gazetteer (knowledge/README.md): the Arabic forms the Arabic press writes, and the English
 * spellings the English press gives them (Al Jazeera, Asharq Al-Awsat, Reuters, AP), canonical
 * first. The lists are common names, not exhaustive ones; a name missing here is still found by
 * the fact base's names and by the other cues of a name.
 */
import { wordKey } from '../tokenKey';

/** Common given names (folded), so that an unknown name after a title can be told from other words. */
export const GIVEN_NAMES = new Set(
  (
    'محمد احمد علي حسن حسين خالد عمر عمار عباس جعفر كاظم هادي قاسم قيس حيدر مصطفي مهدي صالح سالم سعد سعيد فالح فاضل فؤاد فواد نوري ' +
    'عادل عبد ابراهيم اسماعيل يوسف يونس موسي عيسي طالب ثابت حبيب جواد مقتدي نعيم عزت طارق ماجد مازن ناصر نبيل هشام وليد ياسر زياد ' +
    'رعد رياض رائد جمال كمال منير محمود حامد حمد حمود عدنان عثمان عماد اياد اسامه انس بشار بكر توفيق جبار جاسم حاتم حازم حميد ' +
    'خضير خليل داود رشيد رضا زيد سامي سلمان سليم شاكر صادق صباح ضياء ظافر عامر عبدالله عقيل غازي فارس فيصل كريم لطيف مالك مجيد ' +
    'مرتضي مظفر نزار نجم نصر هاشم همام وائل وسام ياسين لويد جو جون جوزيف دونالد انتوني ماثيو ماثيو مايك مايكل بايدن ترامب بلينكن ' +
    'فاطمه زينب مريم سارا ساره هدي نور ليلي رنا الينا اليسا هيلاري كامالا ' +
    // Common names that no common word shares, many ending in hamza (سناء, علاء): without them a
    // three-word name (سناء كريم العبيدي) was read from the father's name, the first known one.
    'علاء بهاء لؤي سامر ثامر مهند غسان رامز صهيب ضرغام ' +
    'سناء لمياء شيماء نجلاء رزان سوسن ميساء نسرين بثينه هيفاء نادين'
  ).split(/\s+/).map(wordKey),
);

/**
 * English spellings of common Arabic given names and name parts, canonical first, then spellings
 * writers use, the Maghreb's French-trained ones included (ch for ش, dj for ج, ou for و, e for a
 * short vowel: Hichem, Djamel, Houcine, Rached, Achraf, Youcef, Meriem). Keys are Arabic in ordinary spelling (folded on use). Drawing transliterates names
 * with it; checking reads its keys as given names (`KNOWN_GIVEN_NAMES`).
 */
export const NAME_SPELLINGS: Record<string, string[]> = {
  محمد: ['Mohamed', 'Mohammed', 'Muhammad', 'Mohammad', 'Mohamad'],
  أحمد: ['Ahmed', 'Ahmad'],
  محمود: ['Mahmoud', 'Mahmud'],
  مصطفى: ['Mostafa', 'Mustafa', 'Moustafa'],
  علي: ['Ali'],
  حسن: ['Hassan', 'Hasan', 'Hassen'],
  حسين: ['Hussein', 'Hussain', 'Husain', 'Hocine', 'Houcine'],
  صدام: ['Saddam'],
  حسام: ['Hossam', 'Hussam', 'Husam'],
  عمر: ['Omar', 'Umar'],
  خالد: ['Khaled', 'Khalid'],
  ناصر: ['Nasser', 'Naser', 'Nasir'],
  عاصم: ['Assem', 'Asem', 'Asim'],
  أنور: ['Anwar'],
  نجيب: ['Naguib', 'Najib', 'Nagib'],
  زايد: ['Zayed', 'Zaid'],
  عبد: ['Abdel', 'Abdul', 'Abd'],
  'عبد الله': ['Abdullah', 'Abdallah', 'Abdulla'],
  'عبد اللطيف': ['Abdellatif', 'Abdul Latif', 'Abdelatif', 'Abdellatif'],
  'عبد الرحمن': ['Abdel Rahman', 'Abdulrahman', 'Abderrahmane', 'Abdul Rahman', 'Abdelrahman'],
  'عبد العزيز': ['Abdulaziz', 'Abdelaziz'],
  'عبد الفتاح': ['Abdel Fattah', 'Abdelfattah'],
  إبراهيم: ['Ibrahim'],
  إسماعيل: ['Ismail'],
  يوسف: ['Youssef', 'Yousef', 'Yusuf', 'Youcef'],
  سعيد: ['Said', 'Saeed', 'Saied'],
  سعد: ['Saad'],
  فاروق: ['Farouk', 'Faruq'],
  فيصل: ['Faisal', 'Faysal'],
  طارق: ['Tarek', 'Tariq', 'Tarik'],
  هشام: ['Hisham', 'Hicham', 'Hichem', 'Hesham'],
  كريم: ['Karim', 'Kareem'],
  جمال: ['Gamal', 'Jamal', 'Djamel', 'Jamel'],
  سامح: ['Sameh'],
  شريف: ['Sherif', 'Sharif', 'Cherif'],
  عادل: ['Adel', 'Adil'],
  عماد: ['Emad', 'Imad', 'Imed'],
  وليد: ['Walid', 'Waleed'],
  ياسر: ['Yasser', 'Yasir'],
  يحيى: ['Yahya'],
  موسى: ['Musa', 'Moussa'],
  عيسى: ['Issa', 'Isa'],
  صالح: ['Saleh', 'Salih'],
  سلمان: ['Salman'],
  منصور: ['Mansour', 'Mansur'],
  راشد: ['Rashid', 'Rashed', 'Rached'],
  حمد: ['Hamad'],
  تميم: ['Tamim'],
  عباس: ['Abbas'],
  جعفر: ['Jaafar', 'Jafar'],
  قاسم: ['Qassem', 'Qasem', 'Qasim', 'Qassim', 'Kassem', 'Kacem'],
  ثابت: ['Thabet', 'Thabit'],
  فاطمة: ['Fatima', 'Fatma'],
  // A compound given name of the Maghreb: Fatima Zahra, Fatima Ezzahra, Fatima-Zahra.
  'فاطمة الزهراء': ['Fatima Zahra', 'Fatima al-Zahraa', 'Fatima Ezzahra', 'Fatima-Zahra', 'Fatima el-Zahra', 'Fatema Zahra'],
  مريم: ['Maryam', 'Mariam', 'Meriem'],
  زينب: ['Zainab', 'Zeinab', 'Zineb'],
  نور: ['Nour', 'Noor'],
  ليلى: ['Leila', 'Laila', 'Layla'],
  شيرين: ['Shirin', 'Sherine', 'Shereen', 'Shireen'],
  سوزان: ['Suzan', 'Suzanne', 'Susan', 'Souzan'],
  هدى: ['Hoda', 'Huda', 'Houda'],
  إلينا: ['Alina', 'Elina'],
  مولاي: ['Moulay'],
  الحسن: ['Hassan', 'El Hassan'],
  بن: ['bin', 'ben'],
  بنت: ['bint'],
  // Mauritanian names: محمد ولد الغزواني is Mohamed Ould Ghazouani.
  ولد: ['Ould'],
  أبو: ['Abu', 'Abou'],
  آل: ['Al'],
  السادس: ['VI'],
  الخامس: ['V'],
  الثاني: ['II'],
  الثالث: ['III'],
  نهيان: ['Nahyan'],
  مكتوم: ['Maktoum'],
  ثاني: ['Thani'],
  سعود: ['Saud'],
  أنطونيو: ['Antonio', 'António'],
  جون: ['John'],
  ماثيو: ['Matthew'],
  مايكل: ['Michael'],
  ديفيد: ['David'],
  جيمس: ['James'],
  روبرت: ['Robert'],
  ويليام: ['William'],
  ريتشارد: ['Richard'],
  توماس: ['Thomas'],
  بول: ['Paul'],
  بيتر: ['Peter'],
  مارك: ['Mark'],
  إيمانويل: ['Emmanuel'],
  جو: ['Joe'],
  بايدن: ['Biden'],
  حمزة: ['Hamza', 'Hamzah'],
  سفيان: ['Sofiane', 'Sufian', 'Soufiane', 'Sufyan'],
  مجدي: ['Magdy', 'Magdi', 'Majdi'],
  أيمن: ['Ayman', 'Aymen'],
  هاني: ['Hany', 'Hani'],
  رامي: ['Rami', 'Ramy'],
  عصام: ['Essam', 'Issam'],
  أشرف: ['Ashraf', 'Achraf'],
  تامر: ['Tamer', 'Tamir'],
  عمرو: ['Amr', 'Amro'],
  معاذ: ['Moaz', 'Muath', 'Mouad'],
  بلال: ['Bilal', 'Belal'],
  // Common names whose first letter may be read as a clitic (ب, ل): unknown to the lexicon, a name
  // after a title that opens with one is read as the title's complement (باسل الخريشا).
  باسل: ['Basel', 'Basil', 'Bassel'],
  بسام: ['Bassam', 'Bessam'],
  بشير: ['Bashir', 'Bachir', 'Bechir'],
  ليث: ['Laith', 'Layth'],
  لطفي: ['Lotfi', 'Lutfi', 'Lotfy'],
  // A given name unknown to the lexicon before a compound one (ناظم عبد الحافظ الكاظمي after a
  // title) is left out: the name is read from عبد, the first word known to open one.
  ناظم: ['Nazem', 'Nazim', 'Nadhim'],
  إدريس: ['Idriss', 'Idris', 'Driss'],
  رضوان: ['Radwan', 'Redouane', 'Ridwan'],
  مروان: ['Marwan'],
  هيثم: ['Haitham', 'Haytham'],
  عاطف: ['Atef', 'Atif'],
  ممدوح: ['Mamdouh'],
  // Names of Levant, Gulf and Maghreb office-holders the press writes (Bisher al-Khasawneh, Badr
  // Albusaidi, Elyes Fakhfakh); بدر is also the one-word name of the Badr Organisation, which a
  // family name after it overrides (draw/context.ts). إلياس and إلهام fold like words with the
  // article, so only the lexicon tells them from one.
  بشر: ['Bisher', 'Bishr', 'Bishar'],
  وائل: ['Wael', 'Wail'],
  بدر: ['Badr', 'Bader'],
  إلياس: ['Elias', 'Elyes', 'Ilyas', 'Ilias'],
  إلهام: ['Ilham', 'Elham'],
  إيمان: ['Iman', 'Eman'],
  // Given names that are verbal nouns of derived verbs (انتصار victory, ابتسام smiling): the lexicon
  // tells them from the verbal nouns after a title that are no names (افتتاح المعرض).
  انتصار: ['Intisar', 'Entisar'],
  ابتسام: ['Ibtisam', 'Ebtisam'],
  اعتدال: ['Itidal', 'Etidal'],
  إحسان: ['Ihsan', 'Ehsan'],
  إكرام: ['Ikram', 'Ekram'],
  إنعام: ['Inaam', 'Enaam'],
  إيناس: ['Inas', 'Enas'],
  إسراء: ['Israa', 'Esraa'],
  تغريد: ['Taghrid', 'Taghreed'],
  سلوى: ['Salwa'],
  نادية: ['Nadia', 'Nadya'],
  فتحي: ['Fathi', 'Fethi', 'Fathy'],
  زهير: ['Zuhair', 'Zouhair', 'Zoheir', 'Zuheir'],
  سميرة: ['Samira', 'Samirah'],
  خديجة: ['Khadija', 'Khadijah'],
  عائشة: ['Aisha', 'Aicha', 'Aysha'],
  رانيا: ['Rania'],
  دينا: ['Dina'],
  رشا: ['Rasha', 'Racha'],
  غادة: ['Ghada'],
  منال: ['Manal'],
  لبنى: ['Lubna', 'Loubna'],
  سارة: ['Sara', 'Sarah'],
  منى: ['Mona', 'Muna'],
  هند: ['Hind'],
  سلمى: ['Salma'],
  سعاد: ['Souad', 'Suad'],
  رنا: ['Rana'],
  ريم: ['Reem', 'Rim'],
  أسماء: ['Asmaa', 'Asma'],
  آمنة: ['Amna', 'Amina'],
  نورة: ['Noura', 'Nora'],
  هالة: ['Hala'],
  // سيد is a given name (Sayed) and, with the article, a family name (السيد: al-Sayed, el-Sayed).
  سيد: ['Sayed', 'Sayyid', 'Said'],
  خافيير: ['Javier', 'Xavier'],
  كارلوس: ['Carlos'],
  خوسيه: ['Jose', 'José'],
  ماركو: ['Marco'],
  ترامب: ['Trump'],
  بلينكن: ['Blinken'],
  دونالد: ['Donald'],
};

/**
 * The Arabic words of filiation that open a family name («بن عمار», «ابن سالم», «بنت علي»), folded:
 * such a word before a known person's name is the name's, never a title's portfolio (الوزير بن عمار).
 */
export const FILIATION_WORDS: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن'].map(wordKey));

/** Name parts of `NAME_SPELLINGS` that are no given names: بن, بنت, ولد, آل, أبو, regnal numbers, الحسن. */
const NOT_GIVEN = ['بن', 'بنت', 'ولد', 'ال', 'ابو', 'السادس', 'الخامس', 'الثاني', 'الثالث', 'الحسن'];

/**
 * Given names (folded) that may start an Arabic name: `GIVEN_NAMES` and the one-word names of
 * `NAME_SPELLINGS`, without its particles and regnal numbers.
 */
export const KNOWN_GIVEN_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>([...GIVEN_NAMES, ...Object.keys(NAME_SPELLINGS).filter((word) => !word.includes(' ')).map(wordKey)]);
  for (const word of NOT_GIVEN) names.delete(word);
  return names;
})();

/**
 * Given names that are almost always a woman's or a man's, in Arabic (ordinary spelling, folded on
 * use) and English (lower case): the gender of a person the article gives no other cue of (a
 * verb, a pronoun, a title). Names borne by both (نور, Jordan, Alex) are in neither list. Plain
 * strings, so that a bundle that does not read them leaves them out.
 */
export const FEMININE_GIVEN_NAMES =
  'فاطمة زينب مريم سارة سارا هدى ليلى رنا إلينا ألينا أليسا هيلاري كامالا نورة عائشة خديجة آمنة أسماء سلمى سعاد سميرة منى هند ريم دينا رشا ' +
  'رانيا نادية نجلاء نجاة نزهة حنان إيمان أمل سناء وفاء هالة هبة لبنى لمياء مها شيماء ياسمين جميلة كريمة حليمة لطيفة نعيمة سهام سلوى عبير ' +
  'غادة ندى نوال فريدة خلود بشرى ثريا زهرة صفاء رحاب دعاء إسراء هيفاء لينا لانا جنى رزان سوسن عفاف منال ميساء نسرين وداد يسرى أميرة ' +
  'انتصار ابتسام اعتدال إنعام إيناس تغريد إلهام ' +
  'كوثر مروة بثينة نادين كارولين كاثرين إليزابيث ماري ماريا آنا آن جوليا صوفيا أنجيلا أورسولا كريستين تيريزا ليز نبيلة سهى رباب عزيزة أم ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna ' +
  'michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda ' +
  'pamela nicole emma samantha katherine catherine christine debra rachel caroline carolyn janet maria heather diane julie joyce victoria ' +
  'kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann anne alice kathryn gloria teresa ' +
  'sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori ruth ' +
  'alexis tiffany kayla sophie sophia charlotte chloe lucy ella isabella amelia mia harriet yvette suella priti liz theresa nadine yolande ' +
  'priya anita sunita kamala hillary ursula giorgia angela marine claire isabelle nathalie sylvie monique fiona alison gillian kirsty ' +
  'rosie louise eleanor penelope bridget maureen siobhan aoife niamh ingrid astrid greta annalena mette sanna jacinda ' +
  'imogen zoe natasha svetlana olga irina elena tatiana yulia aisha fatima mariam maryam layla leila noura huda rania hana yasmin zainab ' +
  // Spanish and Portuguese women's names of Latin America's and Iberia's news (Ana Lima, Lucía).
  'ana lucia carmen gabriela fernanda beatriz camila valentina isabel paula claudia adriana mariana daniela dilma cristina';

export const MASCULINE_GIVEN_NAMES =
  'أبو james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven stephen ' +
  'paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin ' +
  'scott brandon benjamin samuel gregory frank raymond alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas ' +
  'zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan ' +
  'bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby ' +
  'philip johnny liam oliver harry rishi boris keir jeremy nigel ed hugh ian neil graham colin martin simon nick tony gordon malcolm ' +
  'rory callum angus hamish emmanuel olaf friedrich vladimir sergei dmitry xi narendra recep benjamin antonio pedro carlos luis miguel ' +
  'mohamed mohammed muhammad ahmed ahmad ali omar khaled khalid hassan hussein mahmoud mustafa mostafa ibrahim youssef yousef abdullah ' +
  // Spanish and Portuguese men's names of Latin America's and Iberia's news (Paulo Ferreira, Luiz Marinho).
  'paulo joao luiz jorge fernando ricardo eduardo roberto sergio marcelo alejandro javier diego pablo rafael andres manuel francisco gustavo marcos';

/**
 * Latin spellings of more Arabic given names, read only from Latin letters to Arabic ones: an Arabic
 * name an English article writes (Haitham Osman, Hanan Bakhit) is given the Arabic form the Arabic
 * press writes (عثمان, not أوسمان; حنان, not هانان) for Arabic drafts of the story. They are kept out
 * of {@link NAME_SPELLINGS}, whose spellings of an Arabic article's names a draft must match: the
 * press spells these names many more ways (Kamel, Kamal, Kemal) than a list holds, so drawing spells
 * them by rule and marks them transliterated. Women's names that are common words too (أمل, هبة,
 * ندى) are left out. Sources as above: Reuters, AP, Al Jazeera English, The National, and the
 * Maghreb's French-style spellings (Kamel, Mounir, Rachid).
 */
export const MORE_LATIN_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  عمار: ['Ammar'], كاظم: ['Kadhim', 'Kazem', 'Kazim'], هادي: ['Hadi', 'Hady'], قيس: ['Qais', 'Qays', 'Kais'], حيدر: ['Haider', 'Haidar'],
  مهدي: ['Mahdi', 'Mehdi'], سالم: ['Salem', 'Salim'], فالح: ['Falih', 'Faleh'], فاضل: ['Fadhel', 'Fadel', 'Fadil'], فؤاد: ['Fouad', 'Fuad'],
  نوري: ['Nouri', 'Nuri'], يونس: ['Younis', 'Younes', 'Yunus'], طالب: ['Talib', 'Taleb'], حبيب: ['Habib'], جواد: ['Jawad', 'Jawed'],
  مقتدى: ['Muqtada', 'Moqtada'], نعيم: ['Naeem', 'Naim'], عزت: ['Izzat', 'Ezzat'], ماجد: ['Majid', 'Maged', 'Majed'], مازن: ['Mazen', 'Mazin'],
  نبيل: ['Nabil', 'Nabeel'], زياد: ['Ziad', 'Ziyad'], رعد: ['Raad', 'Raed'], رياض: ['Riyad', 'Riad'], رائد: ['Raed', 'Raid'],
  كمال: ['Kamal', 'Kamel', 'Kemal'], منير: ['Mounir', 'Munir'], حامد: ['Hamed', 'Hamid'], حمود: ['Hamoud', 'Hamood'], عدنان: ['Adnan'],
  عثمان: ['Osman', 'Othman', 'Uthman'], إياد: ['Iyad', 'Eyad'], أسامة: ['Osama', 'Usama', 'Ossama'], أنس: ['Anas'], بشار: ['Bashar'],
  بكر: ['Bakr', 'Bakir'], توفيق: ['Tawfiq', 'Tawfik', 'Toufik'], جبار: ['Jabbar'], جاسم: ['Jassim', 'Jasim'], حاتم: ['Hatem', 'Hatim'],
  حازم: ['Hazem', 'Hazim'], حميد: ['Hamid', 'Hameed'], خضير: ['Khudair', 'Khudhair'], خليل: ['Khalil'], داود: ['Dawood', 'Daoud', 'Dawud'],
  رشيد: ['Rashid', 'Rachid'], رضا: ['Reda', 'Rida', 'Ridha'], زيد: ['Zaid', 'Zayed'], سامي: ['Sami', 'Samy'], سليم: ['Salim', 'Selim'],
  شاكر: ['Shaker', 'Shakir'], صادق: ['Sadiq', 'Sadek'], صباح: ['Sabah'], ضياء: ['Diaa', 'Dhiaa', 'Diya'], ظافر: ['Dhafer', 'Zafer'],
  عامر: ['Amer', 'Amir'], عقيل: ['Aqeel', 'Akil'], غازي: ['Ghazi'], فارس: ['Fares', 'Faris'], لطيف: ['Latif'], مالك: ['Malik', 'Malek'],
  مجيد: ['Majid', 'Majeed'], مرتضى: ['Murtada', 'Mortada'], مظفر: ['Muzaffar', 'Mudhafar'], نزار: ['Nizar'], نجم: ['Najm', 'Nagm'],
  نصر: ['Nasr'], هاشم: ['Hashem', 'Hashim'], همام: ['Humam', 'Hammam'], وسام: ['Wissam', 'Wisam'], ياسين: ['Yassin', 'Yassine', 'Yasin'],
  حنان: ['Hanan'], نورة: ['Noura', 'Nora'], آمنة: ['Amna', 'Amina', 'Aminah'], سعاد: ['Souad', 'Suad'], نجلاء: ['Naglaa', 'Najla'],
  لمياء: ['Lamia', 'Lamya'], شيماء: ['Shaimaa', 'Shaima'], ياسمين: ['Yasmine', 'Yasmin'], حليمة: ['Halima'], نعيمة: ['Naima'],
  نوال: ['Nawal'], هيفاء: ['Haifa', 'Haifaa'], رزان: ['Razan'], سوسن: ['Sawsan'], ميساء: ['Maysaa', 'Maisa'], نسرين: ['Nesrine', 'Nisreen'],
  وداد: ['Widad', 'Wedad'], يسرى: ['Yousra', 'Yusra'], مروة: ['Marwa'], بثينة: ['Buthaina', 'Bouthaina'], سهى: ['Suha', 'Soha'],
};
