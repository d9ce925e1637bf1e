### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Давайте познакомимся
interview-intro-who-we-are = Мы здесь, чтобы помогать людям быть в безопасности, особенно детям и молодым людям, которые путешествуют без семьи. Мы здесь не для того, чтобы вас судить.
interview-intro-why-we-ask = Я хочу задать вам несколько вопросов. Ваши ответы помогут нам понять, что вам нужно, защитить вас и, если вы захотите, поискать вашу семью.
interview-intro-nothing-mandatory = Вы не обязаны отвечать ни на один вопрос. Если вы не ответите, у вас не будет неприятностей, и вы всё равно получите помощь.
interview-intro-decline = Если вы не хотите на что-то отвечать, просто скажите: «Я не хочу отвечать». Это нормально.
interview-intro-no-wrong-answers = Если вы не знаете или не помните, это тоже нормально. Неправильных ответов не бывает.
interview-intro-pause-stop = Вы можете в любой момент попросить перерыв или попросить остановиться. Просто скажите мне или нажмите кнопку паузы.
interview-intro-protection = То, что вы нам рассказываете, хранится надёжно и конфиденциально. Увидеть это могут только те, кто помогает по вашему делу.
interview-intro-consent = Мы передаём это другим, например людям, которые могут помочь найти вашу семью, только если вы согласны. Позже вы можете передумать.

## Controls, always visible during the interview

interview-control-pause = Сделать перерыв
interview-control-stop = На сегодня хватит
interview-control-decline = Я не хочу отвечать
interview-control-revisit = Вернуться к этому позже
interview-control-not-asked = Не задавался
interview-control-resume = Продолжить
interview-control-break-offer = Хотите сделать перерыв? Мы можем ненадолго остановиться и продолжить позже.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = Человек был расстроен или слишком устал
interview-not-asked-too-young = Не подходит по возрасту
interview-not-asked-not-relevant = Не относится к этому человеку
interview-not-asked-interpreter-unavailable = Нет подходящего переводчика
interview-not-asked-time = В этом сеансе не осталось времени
interview-not-asked-safety-concern = Здесь небезопасно спрашивать, например, потому что рядом кто-то ещё
interview-not-asked-asked-elsewhere = Уже спрашивала другая служба

## Section: Welcome

interview-section-welcome = Добро пожаловать
interview-section-welcome-intro = Прежде чем начать, давайте убедимся, что вам удобно.

interview-welcome-needs-now = Прежде чем начать: вам что-нибудь нужно?
interview-welcome-needs-now-child = Тебе сейчас что-нибудь нужно?
interview-welcome-needs-now-note = Сначала позаботьтесь о базовых потребностях. Если человек голоден, замёрз, испытывает боль или очень устал, сделайте паузу и вернитесь к разговору позже.
interview-welcome-needs-now-water = Вода или что-нибудь попить
interview-welcome-needs-now-food = Что-нибудь поесть
interview-welcome-needs-now-rest = Отдохнуть
interview-welcome-needs-now-toilet = Туалет
interview-welcome-needs-now-warm = Что-нибудь тёплое из одежды
interview-welcome-needs-now-medical = К врачу или медсестре
interview-welcome-needs-now-nothing = Ничего, у меня всё хорошо

interview-welcome-preferred-language = На каком языке вы хотели бы говорить?
interview-welcome-preferred-language-child = На каком языке тебе удобнее говорить?
interview-welcome-preferred-language-note = Убедитесь, что человек и переводчик хорошо понимают друг друга. Если нет, остановитесь и найдите другого переводчика.

interview-welcome-someone-present = Хотите, чтобы здесь с нами был человек, которому вы доверяете?
interview-welcome-someone-present-child = Хочешь, чтобы рядом с тобой посидел человек, которому ты доверяешь?
interview-welcome-someone-present-note = Ребёнок может захотеть, чтобы рядом был взрослый, которому он доверяет, например опекун или социальный работник. Не привлекайте взрослого, чья связь с ребёнком не подтверждена или который, похоже, его контролирует.

interview-welcome-ready = Можно начинать? Вы можете остановиться в любой момент.
interview-welcome-ready-child = Начнём? Ты можешь остановиться, когда захочешь.
interview-welcome-ready-note = Если ответ «нет», не начинайте. Предложите перерыв и спросите ещё раз позже.

## Section: About you

interview-section-about-you = О вас
interview-section-about-you-intro = Сначала несколько простых вопросов о вас.

interview-about-you-called-name = Как нам к вам обращаться?
interview-about-you-called-name-child = Как нам тебя называть?
interview-about-you-called-name-note = Используйте это имя до конца разговора.

interview-about-you-full-name = Как ваше полное имя? Если хотите, можете написать его сами.
interview-about-you-full-name-child = Как тебя зовут полностью? Если хочешь, можешь его написать.
interview-about-you-full-name-note = Запишите все варианты написания и все алфавиты. Если возможно, дайте человеку написать имя своим письмом.

interview-about-you-age = Сколько вам лет, насколько вы знаете?
interview-about-you-age-child = Сколько тебе лет? Ничего страшного, если точно не знаешь.
interview-about-you-age-note = Запишите то, что говорит человек. Никогда не просите это доказать. Если есть сомнения, с человеком обращаются как с ребёнком.

interview-about-you-birth-date = Вы знаете, когда родились? Достаточно года.
interview-about-you-birth-date-child = Ты знаешь свой день рождения? Или хотя бы год рождения?
interview-about-you-birth-date-note = Запишите то, что известно, даже если это только год. Не поправляйте человека.

interview-about-you-languages = На каких языках вы говорите?
interview-about-you-languages-child = На каких языках ты умеешь говорить?

interview-about-you-home = Откуда вы? Достаточно назвать город или местность.
interview-about-you-home-child = Где твой дом? Как называется твой город или деревня?
interview-about-you-home-note = Спрашивайте о месте, а не о документах. Если человек не хочет говорить, это нормально.

## Section: Your journey

interview-section-journey = Ваш путь
interview-section-journey-intro = Теперь я хочу спросить о вашем пути. Не торопитесь.

interview-journey-left-home = Когда вы уехали из дома? Достаточно назвать месяц или время года.
interview-journey-left-home-child = Когда началась твоя дорога из дома? Можешь назвать месяц или время года.

interview-journey-travelled-with = Кто был с вами в пути?
interview-journey-travelled-with-child = Кто ехал вместе с тобой?
interview-journey-travelled-with-note = Возможны несколько ответов. Если человек ехал со взрослым, который не является его родителем, мягко спросите, откуда они знакомы.
interview-journey-travelled-with-alone = Никто, только я
interview-journey-travelled-with-parents = Мама или папа
interview-journey-travelled-with-siblings = Мои братья или сёстры
interview-journey-travelled-with-relatives = Другие родственники
interview-journey-travelled-with-friends = Друзья
interview-journey-travelled-with-met-on-way = Новые знакомые по дороге
interview-journey-travelled-with-organiser = Человек, который организовал поездку
interview-journey-travelled-with-other = Кто-то другой

interview-journey-organised-by = Кто организовал поездку?
interview-journey-organised-by-child = Кто планировал поездку?
interview-journey-organised-by-note = Спрашивайте без осуждения. Многим людям для поездки нужна помощь других. Это помогает нам понять, а не обвинить.
interview-journey-organised-by-self = Я
interview-journey-organised-by-family = Моя семья
interview-journey-organised-by-friend = Друг или подруга
interview-journey-organised-by-someone-else = Кто-то другой
interview-journey-organised-by-do-not-know = Я не знаю

interview-journey-paid-by = Кто заплатил за поездку?
interview-journey-paid-by-child = Кто платил за дорогу?
interview-journey-paid-by-note = Если человеку нужно вернуть деньги, позже, в вопросах о безопасности, спросите, остался ли ещё долг.
interview-journey-paid-by-self = Я
interview-journey-paid-by-family = Моя семья
interview-journey-paid-by-someone-else = Кто-то другой
interview-journey-paid-by-pay-back-later = Мне нужно будет вернуть деньги позже
interview-journey-paid-by-do-not-know = Я не знаю

interview-journey-route = Как вы добирались? Например, на автобусе, машине, лодке или пешком.
interview-journey-route-child = Как тебе пришлось добираться: на автобусе, машине, лодке или пешком?

interview-journey-travelled-hidden = Приходилось ли вам ехать, прячась, или пересекать границу не через официальный пункт пропуска?
interview-journey-travelled-hidden-child = Тебе приходилось прятаться в дороге?
interview-journey-travelled-hidden-note = У многих людей не было безопасного способа добраться. Дайте понять, что вы спрашиваете ради их безопасности, а не чтобы наказать.

interview-journey-promised-job = Перед отъездом кто-нибудь обещал вам работу, учёбу или лучшую жизнь в конце пути?
interview-journey-promised-job-child = Кто-нибудь обещал тебе работу, школу или лучшую жизнь на новом месте?
interview-journey-promised-job-note = Если ответ «да», задайте следующий вопрос. Если «нет», пропустите его как неактуальный.

interview-journey-promise-kept = Всё было так, как обещали?
interview-journey-promise-kept-child = Всё было так, как тебе говорили?
interview-journey-promise-kept-note = Спрашивайте, только если кто-то что-то обещал.
interview-journey-promise-kept-as-promised = Да, как обещали
interview-journey-promise-kept-different = Нет, всё было иначе
interview-journey-promise-kept-not-yet = Я пока не знаю

interview-journey-documents-holder = У кого сейчас ваши документы, например паспорт или удостоверение личности?
interview-journey-documents-holder-child = Где твои документы, например паспорт или удостоверение? У кого они сейчас?
interview-journey-documents-holder-note = Не просите здесь показать документы. Отсутствие документов — обычное дело и не повод для подозрений.
interview-journey-documents-holder-me = Они у меня
interview-journey-documents-holder-family = У кого-то из моей семьи
interview-journey-documents-holder-organiser = У человека, который организовал поездку
interview-journey-documents-holder-employer = У работодателя
interview-journey-documents-holder-someone-else = У кого-то другого
interview-journey-documents-holder-taken = Кто-то забрал их у меня
interview-journey-documents-holder-lost = Они потерялись
interview-journey-documents-holder-never-had = У меня никогда не было документов

## Section: Your family

interview-section-family = Ваша семья
interview-section-family-intro = Теперь несколько вопросов о вашей семье. Если о чём-то трудно говорить, скажите мне, и мы это пропустим.

interview-family-parents = Можете рассказать о своих матери и отце? Как их зовут и где они сейчас, если вы знаете?
interview-family-parents-child = Расскажешь мне о маме и папе? Как их зовут? Где они сейчас?
interview-family-parents-note = Кто-то из родителей мог умереть или пропасть без вести. Позвольте человеку вести разговор и не настаивайте на подробностях.

interview-family-siblings = У вас есть братья или сёстры? Где они сейчас?
interview-family-siblings-child = У тебя есть братья или сёстры? Где они?

interview-family-separated-suddenly = Вы разлучились с семьёй внезапно, не планируя этого?
interview-family-separated-suddenly-child = Тебя внезапно, совсем неожиданно разлучили с семьёй?
interview-family-separated-suddenly-note = Это может вызвать болезненные воспоминания. Следите за признаками стресса и предложите перерыв.

interview-family-sudden-move = Перед отъездом вам пришлось внезапно переехать в другое место или жить с другими людьми?
interview-family-sudden-move-child = Перед поездкой тебе пришлось вдруг переехать на новое место или жить с новыми людьми?

interview-family-last-contact = Когда вы в последний раз были на связи с семьёй?
interview-family-last-contact-child = Когда вы с семьёй в последний раз разговаривали?

interview-family-can-contact = Можете ли вы связаться с семьёй, когда захотите?
interview-family-can-contact-child = Ты можешь позвонить или написать своей семье, когда захочешь?
interview-family-can-contact-note = Если кто-то контролирует связь, это вопрос защиты. Предложите телефонный звонок, если это безопасно и человек этого хочет.
interview-family-can-contact-yes-freely = Да, когда захочу
interview-family-can-contact-only-when-allowed = Только когда мне разрешают
interview-family-can-contact-someone-stops-me = Кто-то мне не даёт или забрал мой телефон
interview-family-can-contact-no-means = У меня нет телефона или номера
interview-family-can-contact-do-not-know-where = Я не знаю, где они

interview-family-wish-to-trace = Хотите, чтобы мы помогли вам найти кого-то из вашей семьи?
interview-family-wish-to-trace-child = Хочешь, чтобы мы помогли найти кого-то из твоей семьи?
interview-family-wish-to-trace-note = Для поиска семьи нужно согласие, а для ребёнка — решение в его наилучших интересах. Запишите это до начала любого поиска.

interview-family-who-to-find = Кого вы хотели бы найти? Назовите имя этого человека и скажите, где и когда вы виделись в последний раз.
interview-family-who-to-find-child = Кого нам помочь тебе найти? Как зовут этого человека? Где вы виделись в последний раз?
interview-family-who-to-find-note = Записывайте имена во всех вариантах написания, которые слышите. Этот ответ запускает поиск, как только согласие будет записано.

## Section: Safety and work

interview-section-safety-and-work = Безопасность и работа
interview-section-safety-and-work-intro = Следующие вопросы — о вашей безопасности. Некоторые из них могут быть трудными. Вы можете пропустить любой из них и можете сделать перерыв.

interview-safety-and-work-feels-safe = Вы сейчас чувствуете себя в безопасности?
interview-safety-and-work-feels-safe-child = Ты чувствуешь себя здесь в безопасности?
interview-safety-and-work-feels-safe-note = Если ответ «нет», спросите, что помогло бы, и сделайте это, прежде чем продолжать.

interview-safety-and-work-worked = Вы работали во время поездки или до того, как приехали сюда?
interview-safety-and-work-worked-child = Тебе приходилось работать в дороге или ещё до приезда сюда?
interview-safety-and-work-worked-note = Учитывайте любую работу: в доме, на ферме, продажу вещей, просьбы о деньгах на улице или присмотр за детьми.

interview-safety-and-work-work-kind = Что это была за работа?
interview-safety-and-work-work-kind-child = Какая это была работа?
interview-safety-and-work-work-kind-note = Спрашивайте, только если человек работал. Возможны несколько ответов.
interview-safety-and-work-work-kind-house = Уборка, готовка или работа по дому
interview-safety-and-work-work-kind-childcare = Присмотр за детьми
interview-safety-and-work-work-kind-farm = Работа на ферме или с животными
interview-safety-and-work-work-kind-building = Стройка или работа на фабрике
interview-safety-and-work-work-kind-selling = Продажа вещей
interview-safety-and-work-work-kind-begging = Просить деньги у людей
interview-safety-and-work-work-kind-mine = В шахте или карьере
interview-safety-and-work-work-kind-dangerous = С опасными машинами или химикатами, с тяжёлыми грузами или ночью
interview-safety-and-work-work-kind-sexual = Что-то сексуальное, или фото и видео такого рода
interview-safety-and-work-work-kind-armed-group = Для солдат или вооружённой группы: воевать, носить грузы, охранять или готовить еду
interview-safety-and-work-work-kind-other = Другая работа

interview-safety-and-work-age-started-work = Сколько вам было лет, когда вы впервые начали работать?
interview-safety-and-work-age-started-work-child = Сколько тебе было лет, когда тебе впервые пришлось работать?
interview-safety-and-work-age-started-work-note = Спрашивайте, только если человек работал. В большинстве стран работа до 15 лет (до 13 лет, если работа лёгкая) — это работа ниже минимального возраста (Конвенция МОТ № 138).
interview-safety-and-work-age-started-work-under-13 = Младше 13 лет
interview-safety-and-work-age-started-work-13-to-14 = 13 или 14 лет
interview-safety-and-work-age-started-work-15-or-older = 15 лет или старше
interview-safety-and-work-age-started-work-not-sure = Я точно не знаю

interview-safety-and-work-paid = Вам платили за эту работу?
interview-safety-and-work-paid-child = Тебе давали деньги за работу?
interview-safety-and-work-paid-note = Спрашивайте, только если человек работал.
interview-safety-and-work-paid-paid-fully = Да, как договаривались
interview-safety-and-work-paid-paid-less = Меньше, чем договаривались
interview-safety-and-work-paid-not-paid = Нет
interview-safety-and-work-paid-paid-to-others = Деньги получал кто-то другой

interview-safety-and-work-owes-money = Вы кому-нибудь должны деньги, например за дорогу, еду или место для сна?
interview-safety-and-work-owes-money-child = Кто-нибудь говорит, что тебе нужно отдать ему деньги?
interview-safety-and-work-owes-money-note = Долги за дорогу часто используют, чтобы контролировать людей. Спросите, кому именно, только если человек хочет сказать.

interview-safety-and-work-marriage = Вас кто-нибудь выдал замуж или женил, или пообещал кому-то в жёны или в мужья, когда вы этого не хотели?
interview-safety-and-work-marriage-child = Кто-нибудь говорил тебе, что тебе надо выйти замуж или жениться?
interview-safety-and-work-marriage-note = Принудительный брак, как и любой брак ребёнка, — это эксплуатация. Если это ребёнок, сразу направьте его в службу защиты детей.

interview-safety-and-work-free-to-leave = Могли ли вы уйти из места, где работали или жили, когда хотели?
interview-safety-and-work-free-to-leave-child = Тебе можно было выходить или уйти из того места, где приходилось жить, когда хотелось?

interview-safety-and-work-controlled-movement = Кто-нибудь указывает вам, куда можно ходить, или не даёт вам выходить самостоятельно?
interview-safety-and-work-controlled-movement-child = Кто-то решает, куда тебе можно ходить, или не пускает тебя выходить самостоятельно?
interview-safety-and-work-controlled-movement-note = Спрашивайте, только когда в комнате нет сопровождающего взрослого.

interview-safety-and-work-told-not-to-speak = Кто-нибудь говорил вам не разговаривать с полицией или с такими людьми, как я?
interview-safety-and-work-told-not-to-speak-child = Кто-нибудь говорил тебе не разговаривать с полицией или с такими людьми, как я?
interview-safety-and-work-told-not-to-speak-note = Если ответ «да», скажите человеку, что его не накажут за разговор с нами.

interview-safety-and-work-hurt-or-threatened = Кто-нибудь причинял вам боль или угрожал причинить вред вам или вашей семье?
interview-safety-and-work-hurt-or-threatened-child = Кто-нибудь делал тебе больно или пугал, что сделает больно тебе или твоей семье?
interview-safety-and-work-hurt-or-threatened-note = Не расспрашивайте о подробностях. Выслушайте, поверьте и скажите: «Вы в этом не виноваты». Если ответ «да», действуйте по процедуре защиты и предложите медицинскую и психосоциальную поддержку.

## Section: Your health

interview-section-health = Ваше здоровье
interview-section-health-intro = Теперь несколько вопросов о вашем самочувствии, чтобы мы могли найти для вас нужную помощь.

interview-health-injuries = Вы где-то ранены или у вас что-то болит?
interview-health-injuries-child = У тебя что-нибудь болит?
interview-health-injuries-note = Если ответ «да», сразу предложите медицинскую помощь. Не проводите осмотр и не спрашивайте здесь, как это случилось.

interview-health-medication = Вы принимаете какие-нибудь лекарства, или вам нужно к врачу или медсестре?
interview-health-medication-child = Тебе нужны лекарства, или нужно к врачу или медсестре?

interview-health-sleep = Как вы спите?
interview-health-sleep-child = Как ты спишь ночью?
interview-health-sleep-note = Плохой сон и страшные сны — обычное дело после трудного пути. Скажите человеку, что ему могут помочь.
interview-health-sleep-well = Хорошо
interview-health-sleep-sometimes-badly = Иногда плохо
interview-health-sleep-badly = Плохо почти каждую ночь

interview-health-feeling = Как вы себя чувствуете в последнее время?
interview-health-feeling-child = Как у тебя на душе в последнее время?
interview-health-feeling-note = Принимайте любой ответ, включая «Я не знаю». Если человек очень расстроен, сделайте паузу, предложите поддержку и подумайте о направлении к психосоциальной службе.

## Section: What you want

interview-section-wishes = Чего вы хотите
interview-section-wishes-intro = То, чего вы хотите, важно. Мы будем учитывать это в каждом решении, которое касается вас.

interview-wishes-next = Что бы вы хотели, чтобы произошло дальше?
interview-wishes-next-child = Чего бы тебе хотелось теперь?
interview-wishes-next-note = Запишите собственные слова человека. Не обещайте того, в чём не можете быть уверены.

interview-wishes-trusted-people = Кому вы доверяете — здесь или где-то ещё?
interview-wishes-trusted-people-child = Каким людям ты доверяешь?
interview-wishes-trusted-people-note = Это помогает нам понять, кто может поддержать человека.

interview-wishes-worries = Вас сейчас что-нибудь беспокоит?
interview-wishes-worries-child = Тебя что-нибудь тревожит?

## Section: Finishing

interview-section-closing = Завершение
interview-section-closing-intro = Мы почти закончили. Спасибо, что поговорили со мной.

interview-closing-anything-else = Хотите ещё что-нибудь мне рассказать?
interview-closing-anything-else-child = Хочешь ещё что-нибудь мне рассказать?

interview-closing-questions = У вас есть к нам вопросы?
interview-closing-questions-child = Хочешь что-нибудь у нас спросить?

interview-closing-next-steps-understood = Мы объяснили вам, что будет дальше. Вам всё понятно?
interview-closing-next-steps-understood-child = Тебе понятно, что будет дальше?
interview-closing-next-steps-understood-note = Объясните, кто свяжется с человеком, где он будет жить, как связаться с нами и что позже можно дополнить или изменить ответы. Никогда не заканчивайте разговор на тяжёлой теме.

## Section: Officer observations

interview-section-officer-observations = Наблюдения сотрудника
interview-section-officer-observations-intro = Только для сотрудника. Не зачитывайте эти вопросы вслух. Записывайте то, что вы видели и слышали, а не выводы.

interview-officer-observations-scripted-account = Казался ли рассказ человека заученным или подсказанным кем-то другим? Например, те же слова, что и у других, или слова, не соответствующие возрасту.
interview-officer-observations-scripted-account-note = Заученный рассказ — не ложь. Это может означать, что кто-то сказал человеку, что говорить.

interview-officer-observations-signs-of-abuse = Видели ли вы возможные признаки физического или эмоционального вреда, например травмы, страх или замкнутость?
interview-officer-observations-signs-of-abuse-note = Записывайте то, что видели, а не то, что, по-вашему, это вызвало. Действуйте по процедуре защиты.

interview-officer-observations-adult-in-control = Отвечал ли сопровождающий взрослый за человека, пристально следил за ним или, казалось, контролировал его?
interview-officer-observations-adult-in-control-note = Если да, позаботьтесь, чтобы следующий разговор прошёл без этого взрослого.
