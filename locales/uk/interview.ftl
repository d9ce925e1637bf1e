### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Давайте познайомимося
interview-intro-who-we-are = Ми тут, щоб допомагати людям бути в безпеці, особливо дітям і молоді, які подорожують без родини. Ми тут не для того, щоб вас судити.
interview-intro-why-we-ask = Я хочу поставити вам кілька запитань. Ваші відповіді допоможуть нам зрозуміти, що вам потрібно, захистити вас і, якщо ви захочете, пошукати вашу родину.
interview-intro-nothing-mandatory = Ви не зобов’язані відповідати на жодне запитання. Якщо ви не відповісте, у вас не буде неприємностей, і ви все одно отримаєте допомогу.
interview-intro-decline = Якщо ви не хочете на щось відповідати, просто скажіть: «Я не хочу відповідати». Це нормально.
interview-intro-no-wrong-answers = Якщо ви не знаєте або не пам’ятаєте, це теж нормально. Неправильних відповідей не буває.
interview-intro-pause-stop = Ви можете будь-коли попросити перерву або попросити зупинитися. Просто скажіть мені або натисніть кнопку паузи.
interview-intro-protection = Те, що ви нам розповідаєте, зберігається надійно й конфіденційно. Бачити це можуть лише ті, хто допомагає у вашій справі.
interview-intro-consent = Ми передаємо це іншим, наприклад людям, які можуть допомогти знайти вашу родину, лише якщо ви згодні. Пізніше ви можете передумати.

## Controls, always visible during the interview

interview-control-pause = Зробити перерву
interview-control-stop = На сьогодні досить
interview-control-decline = Я не хочу відповідати
interview-control-revisit = Повернутися до цього пізніше
interview-control-not-asked = Не запитано
interview-control-resume = Продовжити
interview-control-break-offer = Хочете зробити перерву? Ми можемо ненадовго зупинитися й продовжити пізніше.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = Особа була засмучена або надто втомлена
interview-not-asked-too-young = Не відповідає віку особи
interview-not-asked-not-relevant = Не стосується цієї особи
interview-not-asked-interpreter-unavailable = Немає відповідного перекладача
interview-not-asked-time = У цьому сеансі не залишилося часу
interview-not-asked-safety-concern = Тут небезпечно питати, наприклад, бо поруч є хтось інший
interview-not-asked-asked-elsewhere = Уже запитала інша служба

## Section: Welcome

interview-section-welcome = Вітаємо
interview-section-welcome-intro = Перш ніж почати, переконаймося, що вам зручно.

interview-welcome-needs-now = Перш ніж почати: вам щось потрібно?
interview-welcome-needs-now-child = Тобі зараз щось потрібно?
interview-welcome-needs-now-note = Спершу задовольніть базові потреби. Якщо особа голодна, мерзне, відчуває біль або дуже втомлена, зробіть паузу й поверніться до розмови пізніше.
interview-welcome-needs-now-water = Вода або щось попити
interview-welcome-needs-now-food = Щось поїсти
interview-welcome-needs-now-rest = Відпочити
interview-welcome-needs-now-toilet = Туалет
interview-welcome-needs-now-warm = Щось тепле з одягу
interview-welcome-needs-now-medical = До лікаря або медсестри
interview-welcome-needs-now-nothing = Нічого, у мене все добре

interview-welcome-preferred-language = Якою мовою ви хотіли б розмовляти?
interview-welcome-preferred-language-child = Якою мовою тобі зручніше говорити?
interview-welcome-preferred-language-note = Переконайтеся, що особа й перекладач добре розуміють одне одного. Якщо ні, зупиніться й знайдіть іншого перекладача.

interview-welcome-someone-present = Чи хотіли б ви, щоб тут із нами була людина, якій ви довіряєте?
interview-welcome-someone-present-child = Хочеш, щоб поруч із тобою посиділа людина, якій ти довіряєш?
interview-welcome-someone-present-note = Дитина може захотіти, щоб поруч був дорослий, якому вона довіряє, наприклад опікун або соціальний працівник. Не залучайте дорослого, чиї стосунки з дитиною не перевірено або який, схоже, її контролює.

interview-welcome-ready = Можна починати? Ви можете зупинитися будь-коли.
interview-welcome-ready-child = Почнімо? Ти можеш зупинитися, коли захочеш.
interview-welcome-ready-note = Якщо відповідь «ні», не починайте. Запропонуйте перерву й запитайте ще раз пізніше.

## Section: About you

interview-section-about-you = Про вас
interview-section-about-you-intro = Спершу кілька простих запитань про вас.

interview-about-you-called-name = Як нам до вас звертатися?
interview-about-you-called-name-child = Як нам тебе називати?
interview-about-you-called-name-note = Використовуйте це ім’я до кінця розмови.

interview-about-you-full-name = Яке ваше повне ім’я? Якщо хочете, можете написати його самі.
interview-about-you-full-name-child = Як тебе звати повністю? Якщо хочеш, можеш його написати.
interview-about-you-full-name-note = Запишіть усі варіанти написання й усі алфавіти. Якщо можливо, дайте особі написати ім’я своїм письмом.

interview-about-you-age = Скільки вам років, наскільки ви знаєте?
interview-about-you-age-child = Скільки тобі років? Нічого страшного, якщо точно не знаєш.
interview-about-you-age-note = Запишіть те, що каже особа. Ніколи не просіть це довести. Якщо є сумнів, до особи ставляться як до дитини.

interview-about-you-birth-date = Ви знаєте, коли народилися? Досить і року.
interview-about-you-birth-date-child = Ти знаєш свій день народження? Або хоча б рік народження?
interview-about-you-birth-date-note = Запишіть те, що відомо, навіть якщо це лише рік. Не виправляйте особу.

interview-about-you-languages = Якими мовами ви розмовляєте?
interview-about-you-languages-child = Якими мовами ти вмієш говорити?

interview-about-you-home = Звідки ви? Досить назвати місто чи місцевість.
interview-about-you-home-child = Де твій дім? Як називається твоє місто чи село?
interview-about-you-home-note = Питайте про місце, а не про документи. Якщо особа не хоче казати, це нормально.

## Section: Your journey

interview-section-journey = Ваша дорога
interview-section-journey-intro = Тепер я хочу запитати про вашу дорогу. Не поспішайте.

interview-journey-left-home = Коли ви поїхали з дому? Досить назвати місяць або пору року.
interview-journey-left-home-child = Коли почалася твоя дорога з дому? Можеш назвати місяць або пору року.

interview-journey-travelled-with = Хто був із вами в дорозі?
interview-journey-travelled-with-child = Хто їхав разом із тобою?
interview-journey-travelled-with-note = Можна обрати кілька відповідей. Якщо особа подорожувала з дорослим, який не є її батьком чи матір’ю, делікатно запитайте, звідки вони знайомі.
interview-journey-travelled-with-alone = Ніхто, лише я
interview-journey-travelled-with-parents = Мама або тато
interview-journey-travelled-with-siblings = Мої брати або сестри
interview-journey-travelled-with-relatives = Інші родичі
interview-journey-travelled-with-friends = Друзі
interview-journey-travelled-with-met-on-way = Нові знайомі з дороги
interview-journey-travelled-with-organiser = Людина, яка організувала поїздку
interview-journey-travelled-with-other = Хтось інший

interview-journey-organised-by = Хто організував подорож?
interview-journey-organised-by-child = Хто спланував поїздку?
interview-journey-organised-by-note = Питайте без осуду. Багатьом людям для подорожі потрібна допомога інших. Це допомагає нам зрозуміти, а не звинуватити.
interview-journey-organised-by-self = Я
interview-journey-organised-by-family = Моя родина
interview-journey-organised-by-friend = Друг або подруга
interview-journey-organised-by-someone-else = Хтось інший
interview-journey-organised-by-do-not-know = Я не знаю

interview-journey-paid-by = Хто заплатив за подорож?
interview-journey-paid-by-child = Хто платив за поїздку?
interview-journey-paid-by-note = Якщо особа має повернути гроші, згодом, у запитаннях про безпеку, запитайте, чи борг ще не сплачено.
interview-journey-paid-by-self = Я
interview-journey-paid-by-family = Моя родина
interview-journey-paid-by-someone-else = Хтось інший
interview-journey-paid-by-pay-back-later = Мені треба буде повернути гроші пізніше
interview-journey-paid-by-do-not-know = Я не знаю

interview-journey-route = Як ви добиралися? Наприклад, автобусом, машиною, човном або пішки.
interview-journey-route-child = Як тобі довелося добиратися: автобусом, машиною, човном чи пішки?

interview-journey-travelled-hidden = Чи доводилося вам їхати, ховаючись, або перетинати кордон не через офіційний пункт пропуску?
interview-journey-travelled-hidden-child = Тобі доводилося ховатися в дорозі?
interview-journey-travelled-hidden-note = Багато людей не мали безпечного способу дістатися. Дайте зрозуміти, що ви питаєте заради їхньої безпеки, а не щоб покарати.

interview-journey-promised-job = Перед від’їздом хтось обіцяв вам роботу, навчання або краще життя в кінці дороги?
interview-journey-promised-job-child = Хтось обіцяв тобі роботу, школу або краще життя на новому місці?
interview-journey-promised-job-note = Якщо відповідь «так», поставте наступне запитання. Якщо «ні», пропустіть його як таке, що не стосується особи.

interview-journey-promise-kept = Чи все було так, як обіцяли?
interview-journey-promise-kept-child = Усе було так, як тобі казали?
interview-journey-promise-kept-note = Питайте, лише якщо хтось щось обіцяв.
interview-journey-promise-kept-as-promised = Так, як обіцяли
interview-journey-promise-kept-different = Ні, усе було інакше
interview-journey-promise-kept-not-yet = Я ще не знаю

interview-journey-documents-holder = У кого зараз ваші документи, наприклад паспорт або посвідчення особи?
interview-journey-documents-holder-child = Де твої документи, наприклад паспорт чи посвідчення? У кого вони зараз?
interview-journey-documents-holder-note = Не просіть тут показати документи. Відсутність документів — звичайна річ і не привід для підозри.
interview-journey-documents-holder-me = Вони в мене
interview-journey-documents-holder-family = У когось із моєї родини
interview-journey-documents-holder-organiser = У людини, яка організувала поїздку
interview-journey-documents-holder-employer = У роботодавця
interview-journey-documents-holder-someone-else = У когось іншого
interview-journey-documents-holder-taken = Хтось забрав їх у мене
interview-journey-documents-holder-lost = Вони загубилися
interview-journey-documents-holder-never-had = У мене ніколи не було документів

## Section: Your family

interview-section-family = Ваша родина
interview-section-family-intro = Тепер кілька запитань про вашу родину. Якщо про щось важко говорити, скажіть мені, і ми це пропустимо.

interview-family-parents = Чи можете ви розповісти про свою матір і батька? Як їх звати і де вони зараз, якщо ви знаєте?
interview-family-parents-child = Розкажеш мені про маму й тата? Як їх звати? Де вони зараз?
interview-family-parents-note = Хтось із батьків міг померти або зникнути безвісти. Дозвольте особі вести розмову й не наполягайте на подробицях.

interview-family-siblings = У вас є брати чи сестри? Де вони зараз?
interview-family-siblings-child = У тебе є брати чи сестри? Де вони?

interview-family-separated-suddenly = Ви розлучилися з родиною раптово, не плануючи цього?
interview-family-separated-suddenly-child = Тебе раптово, зовсім несподівано, розлучили з родиною?
interview-family-separated-suddenly-note = Це може повернути болісні спогади. Стежте за ознаками стресу й запропонуйте перерву.

interview-family-sudden-move = Перед від’їздом вам довелося раптово переїхати в інше місце або жити з іншими людьми?
interview-family-sudden-move-child = Перед поїздкою тобі довелося раптом переїхати на нове місце або жити з новими людьми?

interview-family-last-contact = Коли ви востаннє мали зв’язок із родиною?
interview-family-last-contact-child = Коли ви з родиною востаннє розмовляли?

interview-family-can-contact = Чи можете ви зв’язатися з родиною, коли захочете?
interview-family-can-contact-child = Ти можеш подзвонити або написати своїй родині, коли захочеш?
interview-family-can-contact-note = Якщо хтось контролює зв’язок, це питання захисту. Запропонуйте телефонний дзвінок, якщо це безпечно і особа цього хоче.
interview-family-can-contact-yes-freely = Так, коли захочу
interview-family-can-contact-only-when-allowed = Лише коли мені дозволяють
interview-family-can-contact-someone-stops-me = Хтось мені не дає або забрав мій телефон
interview-family-can-contact-no-means = У мене немає телефону чи номера
interview-family-can-contact-do-not-know-where = Я не знаю, де вони

interview-family-wish-to-trace = Хочете, щоб ми допомогли вам знайти когось із вашої родини?
interview-family-wish-to-trace-child = Хочеш, щоб ми допомогли знайти когось із твоєї родини?
interview-family-wish-to-trace-note = Для пошуку родини потрібна згода, а для дитини — рішення в її найкращих інтересах. Запишіть це до початку будь-якого пошуку.

interview-family-who-to-find = Кого ви хотіли б знайти? Назвіть ім’я цієї людини і скажіть, де й коли ви бачилися востаннє.
interview-family-who-to-find-child = Кого нам допомогти тобі знайти? Як звати цю людину? Де ви бачилися востаннє?
interview-family-who-to-find-note = Записуйте імена в усіх варіантах написання, які чуєте. Ця відповідь запускає пошук, щойно згоду буде записано.

## Section: Safety and work

interview-section-safety-and-work = Безпека і робота
interview-section-safety-and-work-intro = Наступні запитання — про вашу безпеку. Деякі з них можуть бути важкими. Ви можете пропустити будь-яке з них і можете зробити перерву.

interview-safety-and-work-feels-safe = Ви зараз почуваєтеся в безпеці?
interview-safety-and-work-feels-safe-child = Ти почуваєшся тут у безпеці?
interview-safety-and-work-feels-safe-note = Якщо відповідь «ні», запитайте, що допомогло б, і зробіть це, перш ніж продовжувати.

interview-safety-and-work-worked = Ви працювали під час дороги або до того, як прибули сюди?
interview-safety-and-work-worked-child = Тобі доводилося працювати в дорозі або ще до приїзду сюди?
interview-safety-and-work-worked-note = Враховуйте будь-яку роботу: у домі, на фермі, продаж речей, прохання грошей у людей або догляд за дітьми.

interview-safety-and-work-work-kind = Що це була за робота?
interview-safety-and-work-work-kind-child = Яка це була робота?
interview-safety-and-work-work-kind-note = Питайте, лише якщо особа працювала. Можна обрати кілька відповідей.
interview-safety-and-work-work-kind-house = Прибирання, готування або хатня робота
interview-safety-and-work-work-kind-childcare = Догляд за дітьми
interview-safety-and-work-work-kind-farm = Робота на фермі або з тваринами
interview-safety-and-work-work-kind-building = Будівництво або робота на фабриці
interview-safety-and-work-work-kind-selling = Продаж речей
interview-safety-and-work-work-kind-begging = Просити гроші в людей
interview-safety-and-work-work-kind-mine = У шахті або кар’єрі
interview-safety-and-work-work-kind-dangerous = З небезпечними машинами чи хімікатами, з важкими вантажами або вночі
interview-safety-and-work-work-kind-sexual = Щось сексуальне, або фото чи відео такого змісту
interview-safety-and-work-work-kind-armed-group = Для солдатів або збройної групи: воювати, носити вантажі, охороняти або готувати їжу
interview-safety-and-work-work-kind-other = Інша робота

interview-safety-and-work-age-started-work = Скільки вам було років, коли ви вперше почали працювати?
interview-safety-and-work-age-started-work-child = Скільки тобі було років, коли тобі вперше довелося працювати?
interview-safety-and-work-age-started-work-note = Питайте, лише якщо особа працювала. У більшості країн робота до 15 років (до 13 років, якщо робота легка) — це робота нижче мінімального віку (Конвенція МОП № 138).
interview-safety-and-work-age-started-work-under-13 = Молодше 13 років
interview-safety-and-work-age-started-work-13-to-14 = 13 або 14 років
interview-safety-and-work-age-started-work-15-or-older = 15 років або старше
interview-safety-and-work-age-started-work-not-sure = Я точно не знаю

interview-safety-and-work-paid = Вам платили за цю роботу?
interview-safety-and-work-paid-child = Тобі давали гроші за роботу?
interview-safety-and-work-paid-note = Питайте, лише якщо особа працювала.
interview-safety-and-work-paid-paid-fully = Так, як домовлялися
interview-safety-and-work-paid-paid-less = Менше, ніж домовлялися
interview-safety-and-work-paid-not-paid = Ні
interview-safety-and-work-paid-paid-to-others = Гроші отримував хтось інший

interview-safety-and-work-owes-money = Ви комусь винні гроші, наприклад за дорогу, їжу чи місце для сну?
interview-safety-and-work-owes-money-child = Хтось каже, що ти маєш віддати йому гроші?
interview-safety-and-work-owes-money-note = Борги за дорогу часто використовують, щоб контролювати людей. Запитайте, кому саме, лише якщо особа хоче сказати.

interview-safety-and-work-marriage = Вас хтось видав заміж чи одружив, або пообіцяв комусь за дружину чи за чоловіка, коли ви цього не хотіли?
interview-safety-and-work-marriage-child = Хтось казав тобі, що тобі треба вийти заміж чи одружитися?
interview-safety-and-work-marriage-note = Примусовий шлюб, як і будь-який шлюб дитини, — це експлуатація. Якщо це дитина, одразу направте її до служби захисту дітей.

interview-safety-and-work-free-to-leave = Чи могли ви піти з місця, де працювали або жили, коли хотіли?
interview-safety-and-work-free-to-leave-child = Тобі можна було виходити або піти з того місця, де доводилося жити, коли хотілося?

interview-safety-and-work-controlled-movement = Хтось указує вам, куди можна ходити, або не дає вам виходити самостійно?
interview-safety-and-work-controlled-movement-child = Хтось вирішує, куди тобі можна ходити, або не пускає тебе виходити самостійно?
interview-safety-and-work-controlled-movement-note = Питайте, лише коли в кімнаті немає дорослого, який супроводжує особу.

interview-safety-and-work-told-not-to-speak = Хтось казав вам не говорити з поліцією або з такими людьми, як я?
interview-safety-and-work-told-not-to-speak-child = Хтось казав тобі не говорити з поліцією або з такими людьми, як я?
interview-safety-and-work-told-not-to-speak-note = Якщо відповідь «так», скажіть особі, що її не покарають за розмову з нами.

interview-safety-and-work-hurt-or-threatened = Хтось завдавав вам болю або погрожував зашкодити вам чи вашій родині?
interview-safety-and-work-hurt-or-threatened-child = Хтось робив тобі боляче або лякав, що зробить боляче тобі чи твоїй родині?
interview-safety-and-work-hurt-or-threatened-note = Не розпитуйте про подробиці. Вислухайте, повірте й скажіть: «Ви в цьому не винні». Якщо відповідь «так», дійте за процедурою захисту й запропонуйте медичну та психосоціальну підтримку.

## Section: Your health

interview-section-health = Ваше здоров’я
interview-section-health-intro = Тепер кілька запитань про ваше самопочуття, щоб ми могли знайти для вас потрібну допомогу.

interview-health-injuries = Ви десь поранені або у вас щось болить?
interview-health-injuries-child = У тебе щось болить?
interview-health-injuries-note = Якщо відповідь «так», одразу запропонуйте медичну допомогу. Не оглядайте й не питайте тут, як це сталося.

interview-health-medication = Ви приймаєте якісь ліки, або вам потрібно до лікаря чи медсестри?
interview-health-medication-child = Тобі потрібні ліки, або треба до лікаря чи медсестри?

interview-health-sleep = Як ви спите?
interview-health-sleep-child = Як ти спиш уночі?
interview-health-sleep-note = Поганий сон і страшні сни — звична річ після важкої дороги. Скажіть особі, що їй можуть допомогти.
interview-health-sleep-well = Добре
interview-health-sleep-sometimes-badly = Іноді погано
interview-health-sleep-badly = Погано майже щоночі

interview-health-feeling = Як ви почуваєтеся останнім часом?
interview-health-feeling-child = Як у тебе на душі останнім часом?
interview-health-feeling-note = Приймайте будь-яку відповідь, зокрема «Я не знаю». Якщо особа дуже засмучена, зробіть паузу, запропонуйте підтримку й подумайте про направлення до психосоціальної служби.

## Section: What you want

interview-section-wishes = Чого ви хочете
interview-section-wishes-intro = Те, чого ви хочете, має значення. Ми враховуватимемо це в кожному рішенні щодо вас.

interview-wishes-next = Що ви хотіли б, щоб сталося далі?
interview-wishes-next-child = Чого б тобі хотілося тепер?
interview-wishes-next-note = Запишіть власні слова особи. Не обіцяйте того, що не можете гарантувати.

interview-wishes-trusted-people = Кому ви довіряєте — тут чи деінде?
interview-wishes-trusted-people-child = Яким людям ти довіряєш?
interview-wishes-trusted-people-note = Це допомагає нам знати, хто може підтримати особу.

interview-wishes-worries = Вас зараз щось непокоїть?
interview-wishes-worries-child = Тебе щось турбує?

## Section: Finishing

interview-section-closing = Завершення
interview-section-closing-intro = Ми майже закінчили. Дякую, що поговорили зі мною.

interview-closing-anything-else = Чи хочете ви ще щось мені розповісти?
interview-closing-anything-else-child = Хочеш ще щось мені розповісти?

interview-closing-questions = У вас є запитання до нас?
interview-closing-questions-child = Хочеш щось у нас запитати?

interview-closing-next-steps-understood = Ми пояснили вам, що буде далі. Вам усе зрозуміло?
interview-closing-next-steps-understood-child = Тобі зрозуміло, що буде далі?
interview-closing-next-steps-understood-note = Поясніть, хто зв’яжеться з особою, де вона житиме, як зв’язатися з нами і що пізніше можна доповнити чи змінити відповіді. Ніколи не завершуйте розмову на важкій темі.

## Section: Officer observations

interview-section-officer-observations = Спостереження працівника
interview-section-officer-observations-intro = Лише для працівника. Не зачитуйте ці запитання вголос. Записуйте те, що ви бачили й чули, а не висновки.

interview-officer-observations-scripted-account = Чи здавалася розповідь особи завченою або підказаною кимось іншим? Наприклад, ті самі слова, що й в інших, або слова, що не відповідають її віку.
interview-officer-observations-scripted-account-note = Завчена розповідь — не брехня. Це може означати, що хтось підказав особі, що говорити.

interview-officer-observations-signs-of-abuse = Чи бачили ви можливі ознаки фізичної або емоційної шкоди, як-от травми, страх чи замкнутість?
interview-officer-observations-signs-of-abuse-note = Записуйте те, що бачили, а не те, що, на вашу думку, це спричинило. Дійте за процедурою захисту.

interview-officer-observations-adult-in-control = Чи відповідав супровідний дорослий замість особи, пильно за нею стежив або, здавалося, контролював її?
interview-officer-observations-adult-in-control-note = Якщо так, подбайте, щоб наступна розмова відбулася без цього дорослого.
