"""Statement grammar table: our own sentences, one construction each.

Each row: text, the key the speaker's name must contain, and how the content starts.
"""

from __future__ import annotations

import pytest
from tables import (
    assert_no_statement,
    assert_statement,
    describe,
    of_type,
    speaker_names,
)

from eventkit import Extractor, Meeting, Statement

STATEMENTS = [
    # a plural title in another case before a name is a speaker of its own
    ("По словам врачей Иван Петров находится в тяжёлом состоянии.", "врачи", "иван петров"),
    # a relative clause opened by a preposition and a noun ("в машине у которого") is skipped
    (
        "Водитель Петров, в машине у которого нашли письмо Смирнова, передумал и сообщил о "
        "находке полиции.",
        "петров",
        "о находке",
    ),
    # a manner adverbial between the dash and the verb
    ("«Я ничего не знаю», — упавшим голосом сказал Олег Петров.", "петров", "я ничего не знаю"),
    # acknowledging something is a statement; declaring it to be so (a ruling) is not
    ("Министр признал серьёзность ситуации в регионе.", "министр", "серьёзность ситуации"),
    # a source phrase whose source is a body named by a common noun, in the genitive
    ("По версии обвинения, подсудимый готовил нападение заранее.", "обвинение", "подсудимый"),
    ("По сообщениям прессы, певица выходит замуж.", "пресса", "певица выходит"),
    # a quoted word that only ends the clause before the verb: the clause is the content
    (
        "Мэр подписал постановление о программе «реновации», сообщается на сайте мэрии.",
        "сайт мэрии",
        "мэр подписал постановление о программе «реновации»",
    ),
    # the second of two verbs shares the first one's subject, never a quoted phrase
    ("В письме он осуждал войну и критиковал «сытых чиновников».", "он", "сытых чиновников"),
    # an impersonal verb whose source is a place of publication, after a clause with a
    # subject of its own; a web link wrapped around the verb
    (
        "Губернатор подписал указ о карантине, сообщается на сайте правительства области.",
        "сайт правительства",
        "губернатор подписал указ",
    ),
    (
        "Мэр ушёл в отставку, [https://example.org/news/1.html сообщает] агентство ТАСС.",
        "тасс",
        "мэр ушёл в отставку",
    ),
    # speech verbs with a "что"-clause, in both aspects and genders
    (
        "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.",
        "силуанов",
        "бюджет будет",
    ),
    (
        "Глава ведомства Ольга Любимова заявила, что музеи откроются в мае.",
        "любимова",
        "музеи откроются",
    ),
    ("Алексей Миллер сообщил, что поставки газа возобновятся.", "миллер", "поставки газа"),
    (
        "Мэр города Игорь Терехов сказал, что мост отремонтируют к зиме.",
        "терехов",
        "мост отремонтируют",
    ),
    ("Эксперт Иван Петров отметил, что цены растут медленнее.", "петров", "цены растут"),
    (
        "Президент Франции Эммануэль Макрон подчеркнул, что Европа должна быть единой.",
        "макрон",
        "европа должна",
    ),
    ("Он добавил, что переговоры продолжатся.", "он", "переговоры продолжатся"),
    ("Анна Смирнова пояснила, что решение было принято единогласно.", "смирнова", "решение было"),
    ("Губернатор Андрей Бочаров указал, что дороги требуют ремонта.", "бочаров", "дороги требуют"),
    (
        "Пресс-секретарь Кремля Дмитрий Песков уточнил, что встреча пройдет в Москве.",
        "песков",
        "встреча пройдет",
    ),
    ("Сергей Собянин напомнил, что метро работает круглосуточно.", "собянин", "метро работает"),
    (
        "Тренер команды Валерий Карпин рассказал, что игроки готовы к матчу.",
        "карпин",
        "игроки готовы",
    ),
    (
        "Министр Максим Решетников признал, что рост экономики замедлился.",
        "решетников",
        "рост экономики",
    ),
    (
        "Синоптик Роман Вильфанд предупредил, что ночью ожидаются заморозки.",
        "вильфанд",
        "ночью ожидаются",
    ),
    (
        "Генсек ООН Антониу Гутерриш призвал стороны прекратить огонь.",
        "гутерриш",
        "стороны прекратить",
    ),
    ("Глава региона Глеб Никитин пообещал построить новую больницу.", "никитин", "построить новую"),
    ("Компания объявила, что выплатит дивиденды.", "компания", "выплатит дивиденды"),
    (
        "Премьер-министр Михаил Мишустин выразил уверенность, что план будет выполнен.",
        "мишустин",
        "план будет",
    ),
    (
        "Посол Владимир Дарчиев выразил надежду, что диалог возобновится.",
        "дарчиев",
        "диалог возобновится",
    ),
    ("Депутат Нина Останина заявляла, что закон нужно изменить.", "останина", "закон нужно"),
    (
        "Директор завода Павел Гусев сообщает, что производство выросло вдвое.",
        "гусев",
        "производство выросло",
    ),
    (
        "Вице-премьер Александр Новак подтвердил, что добыча нефти сохранится.",
        "новак",
        "добыча нефти",
    ),
    ("Юрист Елена Волкова считает нужным отметить, что иск подан вовремя.", "волкова", "иск подан"),
    # adverbials and addressees between the verb and "что"
    (
        "Владимир Путин заявил журналистам в Кремле, что санкции не сработали.",
        "путин",
        "санкции не",
    ),
    (
        "Министр Сергей Лавров заявил во вторник 5 мая о том, что визит состоится.",
        "лавров",
        "визит состоится",
    ),
    ("Мария Захарова сообщила агентству ТАСС, что ответ будет жестким.", "захарова", "ответ будет"),
    # content before the verb, inverted subject
    (
        "Работы завершатся в следующем году, сказал глава компании Олег Белозеров.",
        "белозеров",
        "работы завершатся",
    ),
    (
        "Урожай оказался рекордным, отметил министр сельского хозяйства Дмитрий Патрушев.",
        "патрушев",
        "урожай оказался",
    ),
    ("«Мы откроем школу в сентябре», — сказал мэр Казани Ильсур Метшин.", "метшин", "мы откроем"),
    ("«Решение окончательное», — заявила судья Ирина Котова.", "котова", "решение окончательное"),
    ("«Это наш общий успех», — добавил он.", "он", "это наш"),
    # "по словам X", "по данным", "как сообщает"
    ("По словам Сергея Шойгу, учения прошли успешно.", "шойгу", "учения прошли"),
    (
        "По словам министра здравоохранения Михаила Мурашко, вакцина безопасна.",
        "мурашко",
        "вакцина безопасна",
    ),
    ("По его словам, тарифы не вырастут.", "его", "тарифы не"),
    ("По данным Росстата, инфляция замедлилась.", "росстат", "инфляция замедлилась"),
    ("Как сообщает агентство Интерфакс, рейс задержан на два часа.", "интерфакс", "рейс задержан"),
    ("Как сообщил губернатор Александр Беглов, снег уберут за сутки.", "беглов", "снег уберут"),
    # organizations and press services
    (
        "Пресс-служба Кремля сообщила, что график президента изменен.",
        "пресс-служба",
        "график президента",
    ),
    ("МИД России заявил, что посол вызван для объяснений.", "мид", "посол вызван"),
    ("Министерство обороны сообщило, что учения завершены.", "министерство", "учения завершены"),
    ("Правительство Японии объявило, что налоги снизят.", "правительство", "налоги снизят"),
    ("В полиции объяснили, что задержанный отпущен.", "полиц", "задержанный отпущен"),
    (
        "Компания «Аэрофлот» сообщила, что рейсы выполняются по расписанию.",
        "аэрофлот",
        "рейсы выполняются",
    ),
    ("ЦБ сообщил, что ключевая ставка сохранена.", "цб", "ключевая ставка"),
    ("СМИ сообщают, что концерт отменен.", "сми", "концерт отменен"),
    # direct speech with a colon
    (
        "Председатель комитета Андрей Турчак заявил: «Мы поддержим этот проект».",
        "турчак",
        "мы поддержим",
    ),
    (
        "Ректор Виктор Садовничий сказал: «Университет готов принять студентов».",
        "садовничий",
        "университет готов",
    ),
    # "говорится в заявлении"
    ("«Угроза миновала», — говорится в заявлении МЧС.", "мчс", "угроза миновала"),
    # names in oblique cases, female surnames, foreign names
    ("Елена Исинбаева заявила, что вернется в спорт.", "исинбаева", "вернется в"),
    (
        "Ангела Меркель подчеркнула, что Германия выполнит обязательства.",
        "меркель",
        "германия выполнит",
    ),
    ("Премьер Индии Нарендра Моди сказал, что экономика растет.", "моди", "экономика растет"),
    ("Касым-Жомарт Токаев заявил, что реформы продолжатся.", "токаев", "реформы продолжатся"),
    ("Председатель КНР Си Цзиньпин отметил, что торговля выросла.", "цзиньпин", "торговля выросла"),
    ("Н. А. Назарбаев заявил, что выборы пройдут честно.", "назарбаев", "выборы пройдут"),
    ("Генеральный директор Герман Греф пообещал, что банк снизит ставки.", "греф", "банк снизит"),
    # gerunds with content
    (
        "Депутат Петр Толстой выступил в Думе, заявив, что закон устарел.",
        "толстой",
        "закон устарел",
    ),
    (
        "Министр Антон Котяков ответил на вопросы, отметив, что пособия вырастут.",
        "котяков",
        "пособия вырастут",
    ),
    # planned, negated, hypothetical
    ("Министр Андрей Белоусов не сказал, что цены снизятся.", "белоусов", "цены снизятся"),
    (
        "Глава МВД Владимир Колокольцев заявит, что реформа завершена.",
        "колокольцев",
        "реформа завершена",
    ),
]

STATEMENTS += [
    ("Киев обратился к Москве с просьбой передать пленных.", "киев", "передать пленных"),
    ("Ранее тренер давал понять, что уйдет из клуба.", "тренер", "уйдет из"),
    ("Сделка выгодна, как заметил аналитик Олег Попов.", "попов", "сделка выгодна"),
    ("«Мы довольны», – цитирует слова Ивана Петрова газета «Спорт».", "петров", "мы довольны"),
    (
        "Анна Смирнова сообщила «Интерфаксу», ссылаясь на источники, что сделка закрыта.",
        "смирнова",
        "сделка закрыта",
    ),
    ("Адвокат Шахматовой Инна Корж заявила, что приговор обжалуют.", "корж", "приговор обжалуют"),
    (
        "Родители назвали дочь Алисой (Alice) и подчеркнули, что будут беречь ее покой.",
        "родители",
        "будут беречь",
    ),
    ("Полицейские требуют, чтобы водитель вышел из машины.", "полицейские", "водитель вышел"),
]

# Constructions of unseen news (issue 10): thanks, requests and instructions with their
# object as content; sources named by the place of publication; "по версии/данным X";
# an opening object as what was confirmed; "как сообщила X, …" before a clause of its own.
STATEMENTS += [
    ("Иван Петров поблагодарил коллег за работу.", "петров", "коллег за работу"),
    ("Губернатор поручил мэру Сергею Сидорову отремонтировать мост.", "губернатор", "мэру"),
    ("Министр попросила журналистов не публиковать фотографии.", "министр", "журналистов"),
    ("Газета «Вечерний город» пишет, что мэр уходит в отставку.", "вечерний город", "мэр уходит"),
    ("Закон вступил в силу, сообщается на сайте городской думы.", "дум", "закон вступил"),
    ("В заявлении министерства говорится, что поставки возобновятся.", "министерств", "поставки"),
    ("По версии следствия, поджог был случайным.", "следств", "поджог был"),
    ("По их информации, пострадавших нет.", "их", "пострадавших нет"),
    ("По первоначальным словам водителя, он не видел пешехода.", "водител", "он не видел"),
    ("Эту информацию подтвердил адвокат Олег Смирнов.", "смирнов", "эту информацию"),
    ("Данные подтвердили в полиции Казани.", "полици", "данные"),
    (
        "Как сообщила пресс-служба губернатора, Иван Петров подписал указ.",
        "пресс-служба",
        "иван петров подписал",
    ),
    ("Минск и Москва высказали озабоченность, что сроки сорваны.", "минск", "сроки сорваны"),
    ("Пожар потушен, сообщает «Газета.ру».", "газета.ру", "пожар потушен"),
    ("Как сообщается на сайте мэрии, ремонт завершен.", "мэри", "ремонт завершен"),
    ("Министр отверг упреки, назвав их «выдумками».", "министр", "их «выдумками»"),
    ("Премьер подчеркнул важность диалога с соседями.", "премьер", "важность диалога"),
    ("Мэр сказал, что совет и сам Петров осудили проект.", "совет", "проект"),
    ("Губернатор выразил глубокие соболезнования семьям погибших.", "губернатор", "семьям"),
    ("По словам очевидцев пожар начался ночью.", "очевид", "пожар начался"),
    ("По словам самого Олега Петрова, проект закрыт.", "петров", "проект закрыт"),
    ("Новостью дня стало объявление Ивана Сидорова об уходе из спорта.", "сидоров", "об уходе"),
    ("Компания распространила заявление о том, что завод закрыт.", "компания", "завод закрыт"),
    ("С его слов, поставки возобновятся весной.", "его", "поставки"),
    ("Дежурный сказал, что пожар потушен.", "дежурный", "пожар потушен"),
    (
        "«Мы довольны», — сказал в интервью каналу «Вести» директор завода Олег Петров.",
        "петров",
        "мы довольны",
    ),
    ("Ивоби отверг упреки «Лиги», назвав их «выдумками».", "ивоби", "их «выдумками»"),
    ("Король повелел оказать помощь пострадавшим.", "король", "оказать помощь"),
    # a relational title with a bare surname is that person's representative
    ("Представитель Петрова подчеркнул, что встреча состоится.", "представитель", "встреча"),
    # a phrase that can be the subject is one: "США" speak, not the quoted words after
    ("США назвали этот шаг «опасной эскалацией».", "сша", "этот шаг"),
    ("Министр подтвердил рост цен и добавил, что налоги не изменятся.", "министр", "рост цен"),
    # "они" points back to the nearest plural actor or coordinated pair
    (
        "Олег Петров и Анна Смирнова поженились в мае. Они сообщили, что свадьба была скромной.",
        "петров",
        "свадьба",
    ),
    # a description resolves to the person introduced with that title
    (
        "Вышло интервью известного пианиста Олега Ветрова. Пожилой пианист заявил, что устал.",
        "ветров",
        "устал",
    ),
]

# Agency copy (issue 21): quotes in straight marks; a quote, a dash and any verb of manner
# after it; a source after the content.
STATEMENTS += [
    ('"Завод откроется весной", - с грустью вздохнул директор Олег Петров.', "петров", "завод"),
    ("«Денег нет», — отрезал министр Иван Смирнов.", "смирнов", "денег нет"),
    ("«А кто будет платить?» — вопрошал депутат Олег Петров.", "петров", "а кто будет"),
    ('"Только не сейчас", - едва ли не хором возразили в ответ студенты.', "студенты", "только"),
    ("«Всё решено», — констатировала педагог Анна Петрова.", "петрова", "всё решено"),
    (
        'Мост через реку откроют в мае, пишет "Вечерний Саратов".',
        "вечерний саратов",
        "мост через реку",
    ),
    # the verbs of wire copy that report a source's words
    ("Налоги снизят уже в июле, передает агентство ТАСС.", "тасс", "налоги снизят"),
    ("Аналитики заключили, что курс рубля останется прежним.", "аналитики", "курс рубля"),
    (
        "Министерство проинформировало парламент, что реформа отложена.",
        "министерство",
        "реформа отложена",
    ),
    ("Ещё весной эксперты предсказывали, что цены на жильё упадут.", "эксперты", "цены на"),
    # an unnamed source is an actor of its own kind, with what the text says of it
    ("Источник в мэрии сообщил, что тендер отменен.", "источник в мэрии", "тендер"),
    ("Как рассказал источник, сделка сорвалась.", "источник", "сделка"),
    ("Источник «Известий» утверждает, что министр уйдет.", "источник «известий»", "министр"),
    ("По данным источника в полиции, задержан один человек.", "источник в полиции", "задержан"),
    (
        "Источники ТАСС в Кремле намекнули, что визит отложат.",
        "источники тасс в кремле",
        "визит",
    ),
    # source phrases: adverbs after "как", a name in quotes after the document noun, a
    # neuter passive with the document that says it, "об этом" before an interview
    ("Как ранее сообщало агентство ТАСС, завод закрыт.", "тасс", "завод закрыт"),
    ("Как отмечалось в докладе «Мемориала», архив утерян.", "мемориал", "архив"),
    ("В сообщении министерства сказано, что выплаты продлят.", "министерство", "выплаты"),
    (
        "Об этом в интервью журналу «Огонёк» рассказал режиссер Олег Петров.",
        "петров",
        "об этом",
    ),
    # "и о …": "also about"; a person's document; adverbs of the document's participle
    ("Кроме того, депутаты заявили и о росте долгов.", "депутаты", "о росте"),
    (
        "Как отмечается в заключении эксперта Олега Петрова, мост был исправен.",
        "петров",
        "мост",
    ),
    (
        "Цех закроют к зиме, сообщается в опубликованном сегодня пресс-релизе холдинга.",
        "холдинг",
        "цех закроют",
    ),
    # verbs of supposing, characterizing and not ruling out
    ("Экономист Анна Смирнова предположила, что кризис скоро закончится.", "смирнова", "кризис"),
    ("Министр Олег Петров не исключил, что налоги повысят.", "петров", "налоги повысят"),
    ("Министр Олег Петров охарактеризовал переговоры как трудные.", "петров", "переговоры как"),
    # an imperfective "выражал надежду"; an infinitive after a modal or a preference
    (
        "Премьер Олег Петров неоднократно выражал надежду на то, что кризис закончится.",
        "петров",
        "кризис",
    ),
    ("Власти города должны были объявить о том, кто возглавит клуб.", "власти", "о том"),
    ("Министр Олег Петров должен объявить о решении суда.", "петров", "о решении"),
    ("Президент Олег Петров предпочёл назвать имя своего преемника.", "петров", "имя"),
    # a stand taken in public, insisting, citing a reason: the phrase after the verb
    ("Депутат Олег Петров выступил резко против нового налога.", "петров", "против нового"),
    ("Мэр Иван Смирнов выступил в защиту уволенного директора.", "смирнов", "в защиту"),
    ("Профсоюз горняков выступил с резкой критикой реформы.", "профсоюз", "с резкой"),
    ("Губернатор Олег Петров настаивает на отставке мэра.", "петров", "на отставке"),
    ("Чиновники сослались на нехватку денег.", "чиновники", "на нехватку"),
    # a relative clause speaks for the word "который" stands for
    (
        "Проект похвалил инженер Олег Петров, который назвал мост лучшим в стране.",
        "петров",
        "мост лучшим",
    ),
    (
        "Сбылись прогнозы аналитиков, которые предсказывали, что рубль упадёт.",
        "аналитики",
        "рубль",
    ),
    # a forecast someone made is their statement
    ("По прогнозам синоптиков, в пятницу пойдёт снег.", "синоптики", "в пятницу"),
    ("Согласно прогнозу министерства, цены на хлеб вырастут.", "министерств", "цены на хлеб"),
    # a filing in writing: its subject speaks, its "о"/"на" phrase says what about
    ("Директор музея Олег Петров написал заявление об уходе.", "петров", "об уходе"),
    ("Весной полковник Иван Смирнов подал рапорт об увольнении.", "смирнов", "об увольнении"),
    ("Министр решил подать прошение об отставке.", "министр", "об отставке"),
    # a name, a colon and a quote with no verb: the name is the trigger
    ("Директор театра Олег Петров: «Премьера будет в мае».", "петров", "премьера будет"),
    ('Экономист Анна Смирнова: "Рубль окрепнет. Но ненадолго".', "смирнова", "рубль окрепнет"),
]

# Agency copy, second round: a possibility not ruled out (before its speaker, or with an
# object), a source after "как и".
STATEMENTS += [
    ("Депутат Олег Петров не исключил отставки губернатора.", "петров", "отставки губернатора"),
    ("Мост могут закрыть уже летом, не исключает газета «Вести».", "вести", "мост могут"),
    ("Цены упали вдвое, как и предсказывал экономист Иван Смирнов.", "смирнов", "цены упали"),
    # news that arrived from a source: the source phrase by the verb is the speaker
    ("Вечером из правительства поступили заявления, что мост не закроют.", "правительств", "мост"),
    ("На сайте театра появилось сообщение, что премьеру перенесли.", "театр", "премьеру"),
    # an "о"-phrase after "и" and before the verb is still the verb's
    ("Министр Олег Петров приехал в Казань и о встрече рассказал сам.", "петров", "о встрече"),
]

STATEMENT_MODALITY = [
    ("Министр Андрей Белоусов не сказал, что цены снизятся.", "negated"),
    ("Глава МВД Владимир Колокольцев заявит, что реформа завершена.", "planned"),
    ("Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.", "asserted"),
    # a promise or a proposal made is a speech act that happened, whatever it promises
    ("Мэр Казани Иван Смирнов пообещал, что мост откроют летом.", "asserted"),
    ("Министр Олег Петров обещает построить школу за год.", "asserted"),
    ("Губернатор Анна Петрова предложила перенести выборы.", "asserted"),
    # what is not ruled out is said, not denied
    ("Министр Олег Петров не исключил, что уйдет в отставку.", "asserted"),
    ("Она уверена, что министр Олег Петров сказал бы ей об этом.", "hypothetical"),
]

NOT_STATEMENTS = [
    # an impersonal "как сообщалось" with no source phrase names no speaker
    "Девочка, пострадавшая при пожаре, не погибла, как сообщалось ранее.",
    "В 2001 году генерала осудили на 10 лет за попытку переворота.",
    "Районный суд признал его виновным в мошенничестве.",
    "Комиссия признала выборы законными.",
    # a speech verb without content, or without a speaker that can be identified
    "Министр отказался от комментариев.",
    "Глава банка Олег Петров отказался комментировать слухи о своей отставке.",
    "Выступление продолжалось два часа.",
    "Это заявление вызвало споры.",
    "Так называемый план мира не сработал.",
    "Он считает этот фильм лучшим.",
    "Говорят, что зима будет теплой.",
    "Сообщение пришло поздно вечером.",
    "Депутаты обсудили бюджет и разошлись.",
    "Я призываю всех сохранять спокойствие.",
    "Осужденных перевели в другую колонию.",
    "Совместно объявили о начале работ.",
    "Иван Петров поблагодарил.",
    # an opening object with no speaker after the verb
    "Информацию подтвердить не удалось.",
    # "по мнению" is an opinion, not a speech act
    "По мнению аналитика Олега Попова, рынок вырастет.",
    # a statement noun where a speech verb's words stand, or with no one who made it
    "Объявление о продаже дома висит на двери.",
    "Сама Анна Петрова отказалась просить губернатора о помощи.",
    "Его поступок можно назвать ошибкой.",
    "Суд признал закон о выборах не соответствующим Конституции.",
    "Герой ведет себя странно, что напоминает поведение ребенка.",
    # a dash with no quote before it, or a copula after a quote, reports no speech
    "Олег Петров вошел в зал — улыбнулся и сел.",
    "Клуб «Ротор» — стал чемпионом области.",
    "«Ротор», — стал чемпионом области в прошлом году.",
    "Он прочитал «Идиота» — вздохнул и закрыл книгу.",
    # a report verb that does not report here: a deal, a handing over
    "Олег Петров и Иван Смирнов заключили контракт на поставку угля.",
    "Курьер передает посылку соседям.",
    "Стороны встретились в Казани, заключили договор и разъехались.",
    # "источник" that is no one: a cause, a supply
    "Источник пожара находился в подвале.",
    "Источником заражения стала вода из колодца.",
    # the author's own words, a passive with no source, an opinion with no speech act
    "Напомним, министр Олег Петров ушел в отставку в мае.",
    "Отметим, что цены выросли на треть.",
    "Как сообщалось, министр ушел в отставку.",
    "Было заявлено, что выплаты продлят.",
    "Эксперты считают, что цены вырастут.",
    "Дом построен, что радует жильцов.",
    # a stand in sport or in a vote, a cited source: no words of one's own
    "Сборная России выступила против команды Испании.",
    "Сто депутатов проголосовали за, пятеро выступили против, двое воздержались.",
    "Газета ссылается на источники в правительстве.",
    # an impersonal verb with no source phrase: a pronoun of its "о"-phrase is no speaker
    "Генерал Олег Петров уволен. О причинах его увольнения не сообщается.",
    # "выражать" without a noun of feeling or opinion
    "Картина выражает тоску художника.",
    # expelling, a plan's content, a property: no speech
    "Депутата Ивана Смирнова исключили из партии.",
    "Депутата Ивана Смирнова не исключили из партии.",
    # going on with something else; a subject before "как" is the clause's own
    "Клуб «Ротор», который продолжит выступать во второй лиге, сменил тренера.",
    "Министр Олег Петров приехал в Казань, как и обещал.",
    # a statement nobody made
    "Сам Олег Петров никаких заявлений делать не стал.",
    # news that arrived from nowhere named, or to someone
    "Ранее появилась информация о том, что певица Анна Петрова выходит замуж.",
    "После отставки Олега Петрова появилась информация, что его сменит Иван Смирнов.",
    "В полицию поступило сообщение о взрыве на складе.",
    # the "о"-phrase of a first verb, and a second verb that hands something over
    "Соседка записала его рассказ о краже и передала запись в полицию.",
    "Проект предполагает строительство моста.",
    "Эту породу характеризует высокая прочность.",
    # a forecast with no one who made it
    "Выходные будут тёплыми, по прогнозам.",
    "Прогнозы аналитиков не сбылись.",
    # a filing verb with a paper that is no filing
    "Писатель Олег Петров написал роман о войне.",
    "Студент Иван Смирнов подал документы в университет.",
    # a participle describes who filed
    "Министр был в числе чиновников, подавших прошения об отставке.",
    # a colon after something that is no person, or with no quote after it
    "Повестка дня: «Бюджет и налоги».",
    "Олег Петров: краткая биография.",
    "Москва и Казань: «Две столицы».",
    # "сошлись на том" reads as "сослаться" too, but is an agreement
    "Лидеры двух стран сошлись на том, что спор надо решать в суде.",
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    ("text", "modality"),
    STATEMENT_MODALITY,
    ids=[
        "negated",
        "planned",
        "asserted",
        "promised",
        "promises",
        "proposed",
        "not-ruled-out",
        "would-say",
    ],
)
def test_statement_modality(news: Extractor, text: str, modality: str) -> None:
    [statement] = of_type(news.extract(text), Statement)
    assert statement.modality == modality


@pytest.mark.parametrize(
    "text", NOT_STATEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_STATEMENTS))]
)
def test_not_a_statement(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


def test_a_name_and_a_colon_quote_to_its_closing_mark(news: Extractor) -> None:
    document = news.extract('Экономист Анна Смирнова: "Рубль окрепнет. Но ненадолго". Всё.')
    [statement] = of_type(document, Statement)
    assert isinstance(statement, Statement)
    assert statement.content.text == "Рубль окрепнет. Но ненадолго"
    assert statement.trigger.text.endswith("Анна Смирнова")


def test_a_quote_and_a_dash_are_speech_whatever_the_verb(news: Extractor) -> None:
    """ "«…», — чуть ли не хором ответили": "не" in an idiom of "almost" negates nothing;
    "считает" (also a rare future, "count off") after a quote is asserted."""
    for text in (
        "«Это ложь», — чуть ли не хором ответили депутаты.",
        "«Цены вырастут», — считает экономист Олег Петров.",
    ):
        document = news.extract(text)
        [statement] = of_type(document, Statement)
        assert statement.modality == "asserted", describe(document)


def test_speaker_name_is_nominative(news: Extractor) -> None:
    [statement] = of_type(
        news.extract("По словам Анны Петровой, выставка откроется в июне."), Statement
    )
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "Анна Петрова"
    assert statement.speaker.text == "Анны Петровой"


def test_pronoun_speaker_is_resolved(news: Extractor) -> None:
    text = "Министр Сергей Кравцов посетил школу. Он сказал, что ремонт закончат летом."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.text == "Он"
    assert statement.speaker.name == "Сергей Кравцов"


def test_direct_speech_is_marked(news: Extractor) -> None:
    [statement] = of_type(news.extract("«Мы готовы», — сказал Иван Петров."), Statement)
    assert isinstance(statement, Statement)
    assert statement.speech == "direct"
    assert statement.content.text == "Мы готовы"


def test_a_framing_gerund_is_not_a_second_statement(news: Extractor) -> None:
    text = "Говоря о реформе, министр Иван Петров отметил, что она идет по плану."
    found = of_type(news.extract(text), Statement)
    assert [s.trigger.text for s in found] == ["отметил"]


def test_a_quote_over_several_sentences_is_the_content(news: Extractor) -> None:
    text = "«Мы построим мост. Работы начнутся весной», — заявил мэр Олег Иванов."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.content.text == "Мы построим мост. Работы начнутся весной"
    assert statement.speaker.name == "Олег Иванов"


def test_according_to_with_a_colon_points_to_the_next_sentence(news: Extractor) -> None:
    text = (
        "Директор завода Павел Гусев выступил перед рабочими. По его словам:\nЦех закроют к осени."
    )
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.content.text == "Цех закроют к осени"
    assert statement.speaker.name == "Павел Гусев"


def test_according_to_with_a_colon_and_nothing_after_is_no_statement(news: Extractor) -> None:
    assert not of_type(news.extract("Рабочие уже знали всё. По его словам:"), Statement)


def test_about_this_points_to_the_sentence_before(news: Extractor) -> None:
    text = "Завод закроют на ремонт. Об этом сообщил директор Павел Гусев."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.content.text == "Завод закроют на ремонт"


def test_a_title_stands_for_the_person_who_holds_it(news: Extractor) -> None:
    text = (
        "Федеральный прокурор Джон Смит заявил, что дело закрыто. "
        "«Доказательств нет», — добавил прокурор."
    )
    found = of_type(news.extract(text), Statement)
    assert [(s.speaker.text, s.speaker.name) for s in found if isinstance(s, Statement)] == [
        ("Федеральный прокурор Джон Смит", "Джон Смит"),
        ("прокурор", "Джон Смит"),
    ]


def test_a_title_with_no_holder_stays_a_title(news: Extractor) -> None:
    text = "Мария Иванова пришла в суд. Прокурор заявил, что иск отклонен."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "прокурор"


def test_a_pronoun_finds_a_person_of_its_gender(news: Extractor) -> None:
    text = "Умер Джордж Мендонса. Об этом сообщила его дочь Шэрон. Она рассказала, что отец болел."
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [(s.speaker.text, s.speaker.name) for s in found][-1] == ("Она", "Шэрон")


def test_a_relative_is_not_the_person_they_are_related_to(news: Extractor) -> None:
    text = "Нельсон Мандела в больнице. Внук сообщил, что дед идет на поправку."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "внук"


def test_a_relative_about_which_points_to_its_clause(news: Extractor) -> None:
    text = "Артист умер в своем доме, о чём сообщила газета «Вечерний город»."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.content.text == "Артист умер в своем доме"


def test_a_name_inside_an_institution_name_is_no_speaker(news: Extractor) -> None:
    text = "Студент университета им. Косыгина признал, что бросил бутылку."
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] != ["Косыгин"]
    assert all("Косыгин" not in s.speaker.name for s in found)


def test_a_title_with_its_own_complement_needs_the_same_title(news: Extractor) -> None:
    text = (
        "Президент Туркменистана Сердар Бердымухамедов принял гостей. "
        "«Это ошибка», — заявил президент фонда «Свобода» Олег Лебедев."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] == ["Олег Лебедев"]


def test_a_title_given_with_a_name_long_before(news: Extractor) -> None:
    filler = " ".join(f"Погода в день {i} была ясной." for i in range(8))
    text = (
        f"Президент Казахстана Нурсултан Назарбаев прибыл в Астану. {filler} "
        "Президент заявил, что выборы пройдут досрочно."
    )
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "Нурсултан Назарбаев"


def test_a_description_finds_the_person_of_its_gender(news: Extractor) -> None:
    text = (
        "Катриона Грэй стала победительницей конкурса. "
        "Девушка призналась, что выбрала красное платье."
    )
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "Катриона Грэй"


def test_the_same_office_under_another_name(news: Extractor) -> None:
    text = (
        "Президент России Владимир Путин прибыл в Казань. "
        "Глава государства заявил, что доволен поездкой."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] == ["Владимир Путин"]


def test_an_age_belongs_to_the_mention_not_to_the_name(news: Extractor) -> None:
    text = "Об уходе 81-летний актёр Ален Делон заявил ещё в мае."
    [statement] = of_type(news.extract(text), Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.text == "81-летний актёр Ален Делон"
    assert statement.speaker.name == "Ален Делон"
    assert statement.content.text == "Об уходе"


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        ("Новый кубинский лидер", "Мигель Диас-Канель"),
        # a place adjective must match the office the person was given
        ("Новый бразильский лидер", "новый бразильский лидер"),
    ],
)
def test_a_title_with_adjectives_stands_for_the_protagonist(
    news: Extractor, description: str, speaker: str
) -> None:
    text = (
        "Председатель Госсовета Кубы Мигель Диас-Канель прибыл в Москву. "
        "Диас-Канель провёл переговоры с Владимиром Путиным. "
        "Визит Диас-Канеля продлится три дня. "
        f"{description} подчеркнул, что ценит дружбу с Россией."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] == [speaker]


def test_an_adjective_of_a_country_picks_that_countrys_holder(news: Extractor) -> None:
    text = (
        "Президент России Владимир Путин прибыл в Париж. "
        "Президент Франции Эмманюэль Макрон встретил гостей. "
        "Российский президент заявил, что доволен поездкой."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] == ["Владимир Путин"]


def test_a_first_name_shared_by_two_people_is_the_more_named_one(news: Extractor) -> None:
    text = (
        "Писатель Стивен Фрай женится. Стивен Фрай сообщил об этом в блоге. "
        "Поклонники поздравили Стивена Фрая. В 2010 году Стивен познакомился с Стивеном Веббом. "
        "Стивен заявил, что счастлив."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert found[-1].speaker.name == "Стивен Фрай", describe(news.extract(text))


def test_a_pronoun_after_a_resolved_title_is_that_person(news: Extractor) -> None:
    text = (
        "Король Альберт II передал трон сыну, принцу Филиппу. Филипп станет королём. "
        "Об отречении монарх заявил ещё в июле. Своё решение он объяснил возрастом."
    )
    found = [s for s in of_type(news.extract(text), Statement) if isinstance(s, Statement)]
    assert [s.speaker.name for s in found] == ["Альберт II", "Альберт II"], describe(
        news.extract(text)
    )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a verb after ", после чего" goes on the clause before, not on a word near it
        (
            "В зал вошёл тренер Олег Смирнов, чтобы поздравить Петра с победой, а Иванову — "
            "с рекордом, после чего сообщил, что уходит.",
            ["Олег Смирнов"],
        ),
        # "однако напомнил" shares the subject of the singular verb, not of the plural one
        (
            "Депутат заявил, что все коллеги осудили поступок, однако напомнил, что закон "
            "не нарушен.",
            ["депутат", "коллеги", "депутат"],
        ),
        # an unnamed witness stays a witness
        (
            "Полиция задержала Ивана Петрова. По словам очевидца, Петров кричал на прохожих.",
            ["очевидец"],
        ),
    ],
)
def test_who_a_verb_belongs_to(news: Extractor, text: str, speakers: list[str]) -> None:
    document = news.extract(text)
    assert speaker_names(document) == speakers, describe(document)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title given inside a quotation names no holder
        (
            "Король Альберт II отрёкся от престола. Альберт II правил 20 лет. Альберт II "
            "повелел оказать «всемерную поддержку будущим королю Филиппу и королеве "
            "Матильде». Монарх также призвал граждан к единству.",
            "Альберт II",
        ),
        # a place adjective passes over a more named holder of another office
        (
            "Президент России Владимир Путин позвонил Мигелю Диас-Канелю. Путин поздравил "
            "Мигеля Диас-Канеля с избранием. Путин пожелал ему успехов. Путин напомнил о "
            "дружбе стран. Мигель Диас-Канель поблагодарил за звонок. Новый кубинский лидер "
            "подчеркнул, что ценит дружбу с Россией.",
            "Мигель Диас-Канель",
        ),
    ],
)
def test_the_last_speaker(news: Extractor, text: str, speaker: str) -> None:
    document = news.extract(text)
    assert speaker_names(document)[-1] == speaker, describe(document)


def test_a_document_owned_by_a_pronoun_speaks_for_them(news: Extractor) -> None:
    text = "Родители студентки обратились к суду. «Помогите нам», — говорится в их заявлении."
    document = news.extract(text)
    assert speaker_names(document) == ["родители студентки"], describe(document)


def test_an_inflected_foreign_name_takes_the_nominative_the_document_gives(
    news: Extractor,
) -> None:
    text = "Мигель Диас-Канель прибыл в Москву. Путин встретился с Мигелем Диас-Канелем."
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert sorted(a.name for a in meeting.actors()) == ["Мигель Диас-Канель", "Путин"]
