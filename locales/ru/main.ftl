# Русские тексты интерфейса. Каждый ключ отсюда должен быть во всех остальных языках
# (это проверяет тест). Ключи сгруппированы по страницам.

site-name = Портал консультаций Форума ВВУИО
skip-to-content = Перейти к основному содержанию
nav-label = Основное меню
nav-menu = Меню
nav-home = Главная
nav-login = Войти
nav-register = Регистрация
nav-account = Мой профиль
nav-logout = Выйти
language-label = Язык
footer-organizers = Форум ВВУИО организуют совместно МСЭ, ЮНЕСКО, ЮНКТАД и ПРООН.
footer-process = Открытый процесс консультаций: предлагайте сессии, делитесь мнениями, формируйте программу.
none = Нет
title-error-prefix = Ошибка:

# Главная
home-title = Формируйте программу Форума ВВУИО
home-lead = Каждый год повестка дня Форума ВВУИО складывается в ходе Открытого процесса консультаций. Сессии предлагают правительства, частный сектор, гражданское общество, академические круги, техническое сообщество и международные организации.
home-cta-register = Создать учетную запись
home-cta-login = Войти
home-welcome-back = С возвращением, { $name }!
home-steps-label = Как проходят консультации
home-step-propose-title = Предложение
home-step-propose-body = Ваша организация предлагает сессию: ее формат, состав участников дискуссии, а также направления деятельности ВВУИО и Цели в области устойчивого развития, которым она служит.
home-step-review-title = Рецензирование
home-step-review-body = Рецензенты и координаторы направлений деятельности оценивают каждое предложение по опубликованным критериям, в том числе по сбалансированности состава участников.
home-step-agenda-title = Программа
home-step-agenda-body = Секретариат составляет программу из принятых сессий и публикует ее, чтобы каждый мог следить за ней и использовать ее данные.

# Формы
form-has-errors = Обнаружена проблема
form-optional = (необязательно)
select-placeholder = Выберите…
password-show = Показать пароль
password-hide = Скрыть пароль
field-name = Полное имя
field-email = Адрес электронной почты
field-email-hint = Мы отправим на этот адрес ссылку для его подтверждения.
field-password = Пароль
field-password-hint = Не менее { $min } символов. Надежный пароль — несколько слов, которые вы запомните.
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-organization = Организация
field-stakeholder-type = Категория заинтересованных сторон
field-country = Страна
field-consent = Я даю согласие на хранение порталом данных из этой формы для проведения консультаций.
field-consent-short = Согласие

# Сообщения проверки (error-<код>)
error-required = Заполните это поле.
error-too-short = Минимальное число символов: { $limit }.
error-too-long = Максимальное число символов: { $limit }.
error-bad-characters = Удалите управляющие или невидимые символы.
error-email-invalid = Введите адрес электронной почты в формате name@example.org.
error-password-too-short = Минимальное число символов: { $limit }.
error-choose-from-list = Выберите один из вариантов в списке.
error-consent-required = Отметьте флажок согласия, иначе мы не сможем создать вашу учетную запись.
error-login-failed = Неверный адрес электронной почты или пароль.
error-token-invalid = Эта ссылка больше не действует: она уже использована, срок ее действия истек или она скопирована не полностью.
error-email-unverified = Сначала подтвердите адрес электронной почты: мы отправили вам ссылку (проверьте также папку «Спам»).
error-password-wrong = Это не ваш текущий пароль.
error-rate-limited = Слишком много попыток. Повторите через { $minutes } мин.
error-cannot-revoke-own-admin = Вы не можете снять с себя роль администратора.

# Регистрация
register-title = Создание учетной записи
register-lead = Зарегистрируйтесь один раз — за себя и свою организацию. После этого вы сможете предлагать сессии для Форума ВВУИО.
register-about-you = О вас
register-your-organization = Ваша организация
consent-title = Ваши данные
consent-text = Мы храним ваше имя, адрес электронной почты и организацию, чтобы проводить консультации и связываться с вами по поводу ваших предложений. Эти данные видят рецензенты и Секретариат ВВУИО. Вы можете в любой момент скачать или удалить свои данные.
register-submit = Создать учетную запись
register-have-account = Уже зарегистрированы?
register-done-title = Проверьте почту
register-done-body = Мы отправили вам письмо со ссылкой. Откройте ее, чтобы подтвердить адрес, а затем войдите.
register-done-spam = Письмо не пришло в течение нескольких минут? Проверьте папку «Спам» или войдите, чтобы получить новую ссылку.

# Подтверждение адреса электронной почты
verify-title = Подтвердите адрес электронной почты
verify-lead = Нажмите кнопку, чтобы подтвердить, что это ваш адрес.
verify-submit = Подтвердить адрес
verify-invalid-title = Эта ссылка не работает
verify-invalid-help = Если ваш адрес еще не подтвержден, войдите, и мы отправим вам новую ссылку.

# Вход
login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?
login-no-account = Еще нет учетной записи?

# Сброс пароля
forgot-title = Сброс пароля
forgot-lead = Введите адрес электронной почты своей учетной записи. Мы отправим вам ссылку для выбора нового пароля.
forgot-submit = Отправить ссылку
forgot-sent = Если этот адрес используется учетной записью, мы отправили на него ссылку. Она действует один час.
reset-title = Выберите новый пароль
reset-submit = Сохранить новый пароль
reset-invalid-title = Эта ссылка не работает
reset-request-new = Запросить новую ссылку

# Учетная запись
account-title = Мой профиль
account-roles = Роли
account-change-password = Смена пароля
account-change-password-note = После смены пароля будет выполнен выход на всех других устройствах.
account-change-password-submit = Сменить пароль

# Роли и категории заинтересованных сторон
role-stakeholder = Заинтересованная сторона
role-speaker = Докладчик
role-reviewer = Рецензент
role-facilitator = Координатор направления деятельности
role-organizer = Организатор
role-admin = Администратор
stakeholder-government = Правительство
stakeholder-private-sector = Частный сектор
stakeholder-civil-society = Гражданское общество
stakeholder-academia = Академические круги
stakeholder-technical-community = Техническое сообщество
stakeholder-international-organization = Международная организация

# Одноразовые уведомления (flash-<код>)
flash-email-verified = Ваш адрес электронной почты подтвержден. Теперь вы можете войти.
flash-signed-out = Вы вышли из системы.
flash-password-reset = Ваш пароль изменен. Войдите с новым паролем.
flash-password-changed = Ваш пароль изменен. На других устройствах выполнен выход.

# Страницы ошибок (errorpage-<вид>-title / -body)
errorpage-home = На главную страницу
errorpage-not-found-title = Страница не найдена
errorpage-not-found-body = По этому адресу нет страницы. Проверьте адрес или начните с главной страницы.
errorpage-forbidden-title = Доступ запрещен
errorpage-forbidden-body = У вашей учетной записи нет доступа к этой странице.
errorpage-unauthenticated-title = Требуется вход
errorpage-unauthenticated-body = Войдите, чтобы увидеть эту страницу.
errorpage-rate-limited-title = Слишком много запросов
errorpage-rate-limited-body = Подождите немного и повторите попытку.
errorpage-bad-request-title = С этим запросом что-то не так
errorpage-bad-request-body = Страница не смогла обработать отправленные данные. Вернитесь назад и повторите попытку.
errorpage-internal-title = На нашей стороне произошла ошибка
errorpage-internal-body = Ошибка зарегистрирована. Повторите попытку через несколько минут.

# Письма (email-<шаблон>-subject / -body)
email-verify-email-subject = Подтвердите адрес электронной почты для Форума ВВУИО
email-verify-email-body =
    Здравствуйте, { $name }!

    Подтвердите, пожалуйста, свой адрес электронной почты для Портала консультаций Форума ВВУИО, открыв эту ссылку:

    { $link }

    Ссылка действует 48 часов. Если вы не регистрировались, просто проигнорируйте это письмо.

    Секретариат Форума ВВУИО
email-account-exists-subject = У вас уже есть учетная запись Форума ВВУИО
email-account-exists-body =
    Здравствуйте, { $name }!

    Кто-то пытался зарегистрироваться с этим адресом электронной почты, но для него уже есть учетная запись. Если это были вы, войдите или выберите новый пароль здесь:

    { $link }

    Если это были не вы, ничего делать не нужно.

    Секретариат Форума ВВУИО
email-reset-password-subject = Выберите новый пароль для Форума ВВУИО
email-reset-password-body =
    Здравствуйте, { $name }!

    Откройте эту ссылку, чтобы выбрать новый пароль:

    { $link }

    Ссылка действует один час и только один раз. Если вы ее не запрашивали, проигнорируйте это письмо: ваш пароль останется прежним.

    Секретариат Форума ВВУИО

# Предложения
nav-proposals = Мои предложения
cancel = Отмена
not-provided = Еще не указано
hint-max-chars = Не более { $max } символов.
hint-markdown = Можно использовать Markdown: ## заголовки, - списки, **полужирный**, [ссылки](https://…).
proposals-title = Мои предложения
proposals-deadline = Прием предложений по сессиям открыт до { $deadline }.
proposals-call-closed = Прием предложений по сессиям завершился { $deadline }.
proposals-new = Предложить сессию
proposals-none = У вашей организации пока нет предложений.
proposal-untitled = (черновик без названия)
proposal-status = Статус
proposal-updated = Последнее изменение
proposal-new-title = Предложить сессию
proposal-edit-title = Редактирование предложения { $code }
proposal-edit-page-title = Редактирование предложения
proposal-edit-lead = Сохраняйте черновик в любое время. Отправьте заполненное предложение до { $deadline }; до этого срока его можно редактировать.
proposal-saved-at = Черновик последний раз сохранен { $when }.
proposal-sections = Разделы этой формы
proposal-format-continue = Продолжить
proposal-section-basics = Сессия
proposal-section-content = Содержание
proposal-section-practical = Практические потребности
proposal-field-title = Название
proposal-field-format = Формат сессии
format-option = { $name } ({ $minutes } мин, участников дискуссии: { $min }–{ $max })
format-option-closed = срок истек, нужен код доступа
proposal-field-mode = Формат участия
proposal-field-text-language = Язык текстов
proposal-text-language-other = Другой язык
proposal-field-text-language-code = Код ISO, если другой язык
proposal-written-in = Написано на языке: { $language }
proposal-field-languages = Языки сессии
proposal-field-abstract = Аннотация
proposal-field-description = Описание
proposal-field-objectives = Цели
proposal-field-outcomes = Ожидаемые результаты
proposal-field-action-lines = Направления деятельности ВВУИО
proposal-field-sdgs = Цели в области устойчивого развития
proposal-themes-hint = Отметьте каждый пункт, которому служит сессия, и в одном-двух предложениях поясните, как именно.
theme-rationale = Как сессия связана с темой «{ $theme }»
theme-moderated-by = модератор: { $org }
theme-children = Подтемы { $code } ({ $count })
sdg = ЦУР
proposal-field-panel = Участники дискуссии
panel-hint = Модератор и докладчики. Каждый получит письмо с просьбой подтвердить участие. Сбалансированный состав (по полу, региону и категории заинтересованных сторон) — один из критериев отбора.
panel-member = Участник дискуссии { $n }
panel-role = Роль
panel-role-moderator = Модератор
panel-role-speaker = Докладчик
panel-job-title = Должность
panel-gender = Пол
panel-remote = Участвует дистанционно
panel-remote-short = дистанционно
panel-add = Добавить участника дискуссии
panel-remove = Удалить участника дискуссии { $n }
proposal-field-preferred-days = Предпочтительные дни (необязательно)
proposal-field-requirements = Особые требования (необязательно)
proposal-save-draft = Сохранить черновик
proposal-submit = Отправить предложение
proposal-edit = Редактировать
proposal-withdraw = Отозвать
proposal-timeline = История статусов
proposal-deadline-line = Можно редактировать до { $deadline }.
withdraw-title = Отозвать это предложение?
withdraw-lead = Предложение { $code } «{ $title }» больше не будет рассматриваться. Это действие нельзя отменить.
withdraw-confirm = Отозвать предложение
balance-title = Сбалансированность состава участников
balance-count = Участников дискуссии: { $n }
balance-gender = Пол
balance-region = Регион МСЭ
balance-stakeholder = Категория заинтересованных сторон
balance-note-single-gender = Все участники дискуссии одного пола. Рассмотрите возможность более сбалансированного состава.
balance-note-single-region = Все участники дискуссии из одного региона. Голоса из других регионов усиливают предложение.
balance-note-single-stakeholder = Все участники дискуссии относятся к одной категории заинтересованных сторон. Процесс ВВУИО ценит многосторонний состав участников.
mode-in-person = Очно
mode-hybrid = Гибридный формат (очно и онлайн)
mode-remote = Только онлайн
gender-woman = Женщина
gender-man = Мужчина
gender-non-binary = Небинарная или иная идентичность
gender-undisclosed = Предпочитает не указывать
region-A = A – Северная и Южная Америка
region-B = B – Западная Европа
region-C = C – Восточная Европа и Северная Азия
region-D = D – Африка
region-E = E – Азия и Австралазия
status-draft = Черновик
status-submitted = Отправлено
status-under-review = На рассмотрении
status-accepted = Принято
status-waitlisted = В листе ожидания
status-rejected = Не отобрано
status-merged = Объединено
status-confirmed = Подтверждено
status-scheduled = Включено в расписание
status-withdrawn = Отозвано
flash-proposal-saved = Черновик сохранен.
flash-proposal-submitted = Ваше предложение отправлено. Подтверждение придет вам на почту.
flash-proposal-locked = Это предложение больше нельзя редактировать.
flash-proposal-withdrawn = Предложение отозвано.
error-choose-at-least-one = Выберите хотя бы один вариант.
error-panel-too-small = Минимальное число участников дискуссии для этого формата: { $limit }.
error-panel-too-large = Максимальное число участников дискуссии для этого формата: { $limit }.
error-one-moderator = Укажите ровно одного модератора.
error-duplicate-speaker = Этот человек уже входит в состав участников дискуссии.
error-no-organization = У вашей учетной записи еще нет организации, поэтому вы не можете предлагать сессии.
error-call-closed = Прием предложений закрыт.
error-busy-try-again = Сейчас поступает много предложений. Нажмите кнопку еще раз.
error-not-editable = Это предложение больше нельзя изменить.
error-deadline-passed = Срок для этого формата истек; изменения больше не принимаются.
error-format-deadline-passed = Срок для этого формата истек. Если Секретариат ВВУИО выдал вам код доступа, введите его в поле «Код доступа»; иначе выберите другой формат.
error-format-deadline-passed-at = Срок для формата «{ $format }» истек { $deadline }. Если Секретариат ВВУИО выдал вам код доступа, введите его в поле «Код доступа»; иначе выберите другой формат.
error-format-deadline-passed-switch = Срок для этого формата истек; оставьте текущий формат или выберите другой, еще открытый.
error-stale-version = Пока вы редактировали это предложение, его сохранил кто-то другой. Ваши изменения остались ниже: сверьте их с сохраненной версией (откройте ее в новой вкладке) и сохраните снова.
error-not-withdrawable = Предложение, по которому принято решение, нельзя отозвать здесь; обратитесь в Секретариат.
format-thematic-workshop = Тематический семинар
format-country-workshop = Страновой семинар
format-interactive-session = Интерактивная сессия
format-high-level-policy-session = Сессия высокого уровня по вопросам политики
format-facilitation-meeting = Координационное совещание по направлению деятельности
format-knowledge-cafe = Кафе знаний
format-open-space-talk = Выступление в открытом пространстве
format-hackathon = Хакатон
format-exhibition = Выставочное пространство
al-C1 = Роль органов государственного управления и всех заинтересованных сторон в содействии использованию ИКТ в целях развития
al-C2 = Информационно-коммуникационная инфраструктура
al-C3 = Доступ к информации и знаниям
al-C3-LIB = Библиотеки и архивы
al-C4 = Создание потенциала
al-C5 = Укрепление доверия и безопасности при использовании ИКТ
al-C6 = Благоприятная среда
al-C7 = Приложения ИКТ: преимущества во всех аспектах жизни
al-C7-EGOV = Электронное правительство
al-C7-EBUS = Электронный бизнес
al-C7-ELEARN = Электронное обучение
al-C7-EHEALTH = Электронное здравоохранение
al-C7-EEMPL = Электронная занятость
al-C7-EENV = Электронная охрана окружающей среды
al-C7-EAGRI = Электронное сельское хозяйство
al-C7-ESCI = Электронная наука
al-C8 = Культурное разнообразие и самобытность, языковое разнообразие и местный контент
al-C8-HER = Наследие
al-C9 = Средства массовой информации
al-C10 = Этические аспекты информационного общества
al-C11 = Международное и региональное сотрудничество
sdg-1 = Ликвидация нищеты
sdg-2 = Ликвидация голода
sdg-3 = Хорошее здоровье и благополучие
sdg-4 = Качественное образование
sdg-5 = Гендерное равенство
sdg-6 = Чистая вода и санитария
sdg-7 = Недорогостоящая и чистая энергия
sdg-8 = Достойная работа и экономический рост
sdg-9 = Индустриализация, инновации и инфраструктура
sdg-10 = Уменьшение неравенства
sdg-11 = Устойчивые города и населенные пункты
sdg-12 = Ответственное потребление и производство
sdg-13 = Борьба с изменением климата
sdg-14 = Сохранение морских экосистем
sdg-15 = Сохранение экосистем суши
sdg-16 = Мир, правосудие и эффективные институты
sdg-17 = Партнерство в интересах устойчивого развития
email-proposal-received-subject = Предложение { $code } получено
email-proposal-received-body =
    Здравствуйте, { $name }!

    Благодарим вас: мы получили ваше предложение по сессии { $code } «{ $title }».

    До окончания срока вы можете просматривать и редактировать его здесь:

    { $link }

    Секретариат Форума ВВУИО
tz-geneva = Женевское время (UTC{ $offset })
tz-utc = UTC
balance-empty = По мере добавления участников дискуссии здесь появится их распределение по полу, регионам и категориям заинтересованных сторон.
settings-title = Параметры приема предложений
settings-lead = Форум { $code }: даты, прием предложений и форматы сессий. Время указано по Женеве.
settings-edition = Форум и прием предложений
settings-save-edition = Сохранить параметры форума
settings-formats = Форматы сессий
settings-formats-lead = У каждого формата своя продолжительность, свое число участников дискуссии и, если прием по нему закрывается раньше общего, свой срок.
edition-title = Название
edition-venue = Место проведения
edition-starts-on = Первый день форума
edition-ends-on = Последний день форума
edition-call-opens = Начало приема предложений
edition-call-closes = Окончание приема предложений
hint-geneva-time = Женевское время (переход на зимнее и летнее время учитывается).
format-minutes = Продолжительность (минуты)
format-min-panel = Минимум участников дискуссии
format-max-panel = Максимум участников дискуссии
format-deadline = Собственный срок (необязательно)
format-deadline-hint = Оставьте пустым, чтобы использовать время окончания приема предложений. Женевское время.
format-is-open = Прием предложений открыт
format-save = Сохранить: { $name }
flash-settings-saved = Параметры сохранены.
error-date-invalid = Введите дату в формате 2027-05-10.
error-datetime-invalid = Введите дату и время в формате 2027-02-15T23:59.
error-ends-before-start = Значение должно быть позже начала.
error-number-invalid = Введите целое число.
error-number-too-small = Введите число не меньше { $limit }.
error-number-too-large = Введите число не больше { $limit }.
error-max-below-min = Максимум не может быть меньше минимума.
speaker-page-title = Ваше участие в сессии Форума ВВУИО
speaker-confirm-title = Здравствуйте, { $name }!
speaker-confirm-lead = { $organization } предлагает вам принять участие в сессии «{ $title }» ({ $code }) Форума ВВУИО (роль: { $role }). Вы примете участие?
speaker-confirm-yes = Да, я приму участие
speaker-confirm-no = Нет, я отказываюсь
speaker-current-answer = Ваш текущий ответ: { $answer }. Вы можете его изменить.
speaker-answer-invited = Ожидает подтверждения
speaker-answer-confirmed = Подтверждено
speaker-answer-declined = Отклонено
speaker-invalid-title = Эта ссылка-приглашение не работает
flash-speaker-confirmed = Спасибо: ваше участие подтверждено. Организаторы уведомлены.
flash-speaker-declined = Ваш ответ записан: вы отказались. Организаторы уведомлены.
email-speaker-invitation-subject = Примете ли вы участие в сессии «{ $title }» на Форуме ВВУИО?
email-speaker-invitation-body =
    Здравствуйте, { $name }!

    { $organization } предлагает вам принять участие в сессии «{ $title }» ({ $code }) Форума ВВУИО (роль: { $role }).

    Подтвердите участие или откажитесь здесь (учетная запись не нужна):

    { $link }

    Секретариат Форума ВВУИО
countdown = До закрытия: { $days } дн. { $hours } ч { $minutes } мин.
access-codes-title = Коды доступа
access-codes-lead = Код позволяет приглашенному или опоздавшему автору создать и отправить предложение после окончания срока, пока код не истечет.
access-code = Код
access-code-for = Для кого
access-code-for-hint = Кто его получает, например «Секретариат ЮНЕСКО» или «поздние предложения, регион Африки».
access-code-formats = Форматы
access-code-formats-hint = Не отмечайте ни одного, чтобы разрешить все форматы.
access-code-all-formats = Все форматы
access-code-uses = Использовано
access-code-max-uses = Сколько предложений можно создать
access-code-expires = Действует до
access-code-new = Выдать новый код
access-code-create = Создать код
access-code-label = Код доступа
access-code-hint = Прием предложений закрыт. Если Секретариат выдал вам код доступа, введите его, чтобы предложить сессию.
access-code-hint-open = Прием предложений открыт. Код Секретариата ВВУИО также открывает формат, собственный срок которого истек.
access-code-have = Есть код доступа?
access-code-form-hint = Нужен только для формата, срок которого истек, или после закрытия приема предложений. Секретариат ВВУИО выдает коды приглашенным и опоздавшим.
access-code-use = Использовать код
flash-access-code-created = Код доступа создан; он находится в начале списка.
error-access-code-invalid = Этот код доступа недействителен или срок его действия истек.
error-access-code-used-up = Этот код доступа уже использован максимально допустимое число раз.
error-access-code-format = Ваш код доступа не распространяется на этот формат.
error-must-be-future = Выберите время в будущем.
coorganizers-title = Соорганизаторы
coorganizers-none = Организаций-соорганизаторов пока нет.
coorganizer-invite = Пригласить организацию-соорганизатора
coorganizer-invite-hint = Мы отправим контактному лицу ссылку по электронной почте. Приняв приглашение (под собственной учетной записью), контактное лицо сможет редактировать это предложение вместе с вами.
coorganizer-email = Адрес электронной почты контактного лица
coorganizer-invite-submit = Отправить приглашение
coorganizer-remove = Удалить: { $organization }
coorganizer-status-invited = Приглашена
coorganizer-status-accepted = Приняла приглашение
coorganizer-status-declined = Отклонила приглашение
coorganize-page-title = Приглашение стать соорганизатором
coorganize-lead = { $lead } приглашает организацию { $organization } стать соорганизатором сессии «{ $title }» ({ $code }) на Форуме ВВУИО. Приняв приглашение, вы сможете просматривать и редактировать предложение.
coorganize-accept = Принять и стать соорганизатором
coorganize-decline = Отклонить
coorganize-invalid-title = Эта ссылка-приглашение не работает
flash-coorganizer-invited = Приглашение отправлено.
flash-coorganizer-removed = Соорганизатор удален.
flash-coorganizer-declined = Вы отклонили приглашение.
error-coorganizer-already-invited = Этот адрес уже приглашен к этому предложению.
email-coorganizer-invitation-subject = Приглашение стать соорганизатором сессии «{ $title }» на Форуме ВВУИО
email-coorganizer-invitation-body =
    Здравствуйте!

    { $lead } приглашает организацию { $organization } стать соорганизатором сессии «{ $title }» ({ $code }) на Форуме ВВУИО.

    Примите или отклоните приглашение здесь (сначала войдите или создайте учетную запись):

    { $link }

    Секретариат Форума ВВУИО
nav-organization = Организация
org-lead = Регион МСЭ: { $region }. Каждый участник может редактировать этот профиль и предложения организации.
org-profile = Профиль
org-website = Веб-сайт
org-website-hint = Необязательно. Полный адрес, начинающийся с https://.
org-save = Сохранить профиль
org-members = Участники
org-requests = Запросы на вступление
org-no-requests = Запросов на вступление нет.
org-approve = Одобрить: { $name }
org-decline = Отклонить: { $name }
org-join-other = Вступить в другую организацию
org-join-title = Вступление в организацию
org-join-lead = Найдите профиль своей организации и подайте запрос на вступление; его одобрит один из участников. До этого вы остаетесь в своей текущей организации.
org-search = Название организации
org-search-submit = Найти
org-results = Результаты
org-ask-to-join = Подать запрос на вступление: { $name }
flash-organization-saved = Профиль организации сохранен.
flash-join-requested = Ваш запрос отправлен участникам организации.
flash-join-answered = Ваш ответ записан.
error-url-invalid = Введите полный веб-адрес, начинающийся с https://.
error-already-member = Вы уже состоите в этой организации.
error-join-already-requested = Вы уже подали запрос на вступление; один из участников на него ответит.
email-join-request-subject = { $requester }: запрос на вступление в { $organization }
email-join-request-body =
    Здравствуйте, { $name }!

    От { $requester } ({ $email }) поступил запрос на вступление в организацию { $organization } на Портале консультаций Форума ВВУИО. Участники организации видят и редактируют ее предложения.

    Одобрите или отклоните запрос здесь:

    { $link }

    Секретариат Форума ВВУИО
email-draft-reminder-subject = Ваш черновик { $code } еще не отправлен
email-draft-reminder-body =
    Здравствуйте, { $name }!

    Ваше предложение по сессии { $code } «{ $title }» все еще является черновиком. Срок истекает примерно через { $hours } ч; после этого черновик уже нельзя будет отправить.

    Завершите и отправьте его здесь:

    { $link }

    Секретариат Форума ВВУИО
questions-title = Вопросы для этого формата
questions-choose-format = Выберите формат сессии, чтобы увидеть его вопросы.
questions-for-format = Вопросы для формата «{ $format }»
questions-none = Для этого формата дополнительных вопросов нет.
answer-yes = Да
answer-no = Нет
question-new = Добавить вопрос
question-label = Вопрос
question-kind = Тип ответа
question-kind-text = Текст
question-kind-choice = Один из нескольких вариантов
question-kind-number = Целое число
question-kind-url = Веб-адрес
question-kind-yes-no = Да или нет
question-choices = Варианты (по одному в строке)
question-required = Ответ обязателен для отправки
question-add = Добавить вопрос
question-remove = Удалить «{ $label }»
question-list-empty = Дополнительных вопросов нет.
flash-question-saved = Вопрос сохранен.
flash-question-removed = Вопрос удален.
error-two-choices = Укажите не менее двух вариантов, по одному в строке.
rationale-label = Как сессия этому способствует

## Рецензирование, отбор и модерация
nav-review = Рецензирование
nav-organize = Организаторам
nav-moderation = Модерация
choose = Выберите…
error-choose-proposals = Отметьте в списке хотя бы одно предложение.
error-criterion-scored = Этот критерий уже используется в рецензиях, поэтому его шкалу нельзя изменить, а сам критерий — удалить.
error-language-code-invalid = Введите код языка из двух или трёх букв, например sw или pt.
error-scale-texts-required = Укажите, что означают самая низкая и самая высокая оценки, хотя бы на одном языке.
error-moderation-no-change = Рецензия уже находится в этом состоянии; ничего не изменено.
error-no-such-account = Нет учетной записи с этим адресом электронной почты. Попросите этого человека сначала зарегистрироваться.
error-not-a-reviewer = Здесь можно выбрать только рецензентов и координаторов.
error-not-confirmable = Подтвердить можно только принятую сессию.
error-not-decidable = Решение можно принять только по отправленным предложениям; по черновикам, отозванным и объединенным — нельзя.
error-not-in-review = Назначать рецензентов можно только отправленным предложениям.
error-phase-overlaps = Этот этап пересекается с другим; этапы не должны пересекаться.
error-review-decided = По предложению принято решение, поэтому рецензирование закрыто.
error-review-hidden = Администратор скрыл вашу рецензию; ее больше нельзя изменить.
error-review-locked = Администратор заблокировал вашу рецензию; ее больше нельзя изменить.
error-review-phase-closed = Сейчас нет открытого этапа рецензирования, поэтому писать и изменять рецензии нельзя.
error-reviewer-conflicted = У этого рецензента конфликт интересов в отношении данного предложения.
error-same-reviewer = Выберите рецензента, отличного от автора рецензии.
error-score-out-of-scale = Выберите оценку от 1 до { $limit }.
error-unknown-code = Используйте коды из списков (например, C3, C7-EHEALTH или thematic-workshop) через запятую.
error-unknown-placeholder = Используйте только подстановки {"{"}name{"}"}, {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} и {"{"}edition{"}"}, каждую в фигурных скобках.
flash-queue-done = Вы рассмотрели все предложения в своей очереди. Спасибо!
flash-review-saved = Ваша рецензия сохранена.
flash-comment-posted = Ваше сообщение добавлено в обсуждение.
flash-conflict-declared = Ваш конфликт интересов зарегистрирован; предложение удалено из вашей очереди.
flash-review-flagged = Рецензия отмечена для администраторов.
flash-flag-needs-reason = Чтобы отметить рецензию, кратко укажите причину.
flash-reviewer-assigned = Рецензент назначен.
flash-reviewer-unassigned = Рецензент снят с этого предложения.
flash-decision-recorded = Решение записано. Оно остается неопубликованным, пока вы не объявите решения.
flash-decisions-recorded = Решения записаны. Они остаются неопубликованными, пока вы их не объявите.
flash-decisions-released = Решения объявлены; письма помещены в очередь отправки.
flash-template-saved = Шаблон письма сохранен.
flash-review-settings-saved = Параметры рецензирования сохранены.
flash-criterion-saved = Критерий сохранен.
flash-criterion-removed = Критерий удален.
flash-phase-saved = Этап рецензирования добавлен.
flash-phase-removed = Этап рецензирования удален.
flash-team-saved = Группа добавлена.
flash-team-removed = Группа удалена.
flash-reviewer-added = Роль назначена.
flash-auto-assign-done = Теперь у каждого отправленного предложения есть рецензенты.
flash-auto-assign-short = Рецензенты назначены, но у некоторых предложений их меньше, чем требуется: добавьте рецензентов или расширьте сферу охвата групп, а затем назначьте снова.
flash-review-moderated = Действие модерации записано.
flash-session-confirmed = Спасибо: ваша сессия подтверждена.
criterion-relevance = Соответствие направлениям деятельности и ЦУР
criterion-multistakeholder = Многосторонний состав участников
criterion-balance = Региональный и гендерный баланс
criterion-interactivity = Интерактивность и гибридный формат
criterion-quality = Ясность и качество
criterion-novelty = Новизна
criterion-relevance-low = Не связано с направлениями деятельности и ЦУР
criterion-relevance-high = В центре названных направлений деятельности и ЦУР
criterion-multistakeholder-low = Только одна группа заинтересованных сторон
criterion-multistakeholder-high = Несколько групп заинтересованных сторон, у каждой реальная роль
criterion-balance-low = Один регион и один пол
criterion-balance-high = Баланс регионов и полов
criterion-interactivity-low = Только выступления; аудитории нет места
criterion-interactivity-high = Построено на обсуждении, очно и онлайн
criterion-quality-low = Неясные цели и структура
criterion-quality-high = Ясные цели, структура и ожидаемые результаты
criterion-novelty-low = Повторяет темы прошлых форумов
criterion-novelty-high = Новый вопрос, подход или голос
criterion-weight = Вес: { $weight }; оценка от 1 до { $max }.
rec-accept = Принять
rec-weak-accept = Принять при наличии мест
rec-weak-reject = Скорее не принимать
rec-reject = Отклонить
confidence-1 = Низкая: вне моей компетенции
confidence-2 = Средняя
confidence-3 = Высокая: я хорошо знаю эту область
outcome-accept = Принять
outcome-waitlist = Лист ожидания
outcome-reject = Не отобрано
queue-title = Рецензии
queue-progress = Рассмотрено предложений: { $done } из { $total }.
queue-start-next = Рецензировать следующее предложение
queue-nothing-next = Ничто не ожидает вашей рецензии.
queue-to-review = На рецензирование
queue-reviewed = Рассмотрено
queue-assigned = Назначено вам
queue-in-line = В вашем направлении деятельности
queue-why = Причина
queue-your-review = Ваша рецензия
agg-count = Рецензии
agg-mean = Взвешенное среднее
agg-median = Медиана
agg-spread = Стандартное отклонение
agg-disagreement = Мнения рецензентов расходятся
agg-reviews-assigned = Рецензии / назначено
blind-hidden = Скрыто (слепое рецензирование)
results-hidden = Скрыто на этом этапе
blind-panelist = Участник дискуссии (имя скрыто)
blind-notice = Слепое рецензирование: имена авторов предложения и участников дискуссии от вас скрыты. Оценивайте предложение по его содержанию.
review-lead-organization = Ведущая организация
review-lead-type = Ее категория заинтересованных сторон
review-lead-country = Ее страна
review-yours = Ваша рецензия
review-note = Примечание (необязательно)
review-confidence = Ваша уверенность
review-confidence-line = Уверенность: { $level }
review-recommendation = Ваша рекомендация
review-comment = Комментарий для организаторов
review-comment-hint = Авторам предложения не показывается. Укажите, что улучшило бы сессию или почему ее не следует отбирать.
review-save = Сохранить
review-save-next = Сохранить и перейти к следующему
review-skip-next = Перейти к следующему предложению
review-scores = Оценки
review-others = Другие рецензии
review-state-hidden = Скрыта администратором
review-state-locked = Заблокирована
review-state-flagged = Отмечена
review-flag = Отметить для модерации
review-flag-reason = Почему администратору следует посмотреть эту рецензию?
review-moderate-link = Модерировать рецензии
review-moderation-history = Действия администраторов с вашей рецензией
review-staff-title = Инструменты организаторов
assign-title = Назначенные рецензенты
assign-reviewer = Добавить рецензента (в скобках — уже назначено рецензий)
assign-add = Назначить
assign-remove = Снять рецензента: { $name }
conflicts-title = Конфликты интересов
decision-title = Решение
decision-current = Решение: { $outcome } ({ $status })
decision-pending = ожидает, не объявлено
decision-released = объявлено
decision-none = Решение не принято
decision-outcome = Итог
decision-note = Внутреннее примечание
decision-note-hint = Только для организаторов; авторам предложения не отправляется.
decision-save = Записать решение
discussion-title = Обсуждение рецензентов
discussion-hint = Это читают только рецензенты данного предложения и организаторы; авторы предложения этого никогда не видят.
discussion-new = Ваше сообщение
discussion-post = Опубликовать
conflict-declare-title = Конфликт интересов
conflict-declare-hint = Если вы работаете с авторами предложения, входите в состав участников дискуссии или по иной причине не можете беспристрастно оценить предложение, заявите об этом: предложение будет удалено из вашей очереди, а ваша рецензия, если она есть, перестанет учитываться.
conflict-reason = Причина
conflict-declare = Заявить о конфликте интересов
selection-title = Предложения и отбор
selection-count = Найдено предложений: { $total }. Страница { $page } из { $pages }.
selection-none = Ни одно предложение не соответствует этим фильтрам.
select-proposal = Выбрать { $code }
select-proposals = Предложения для принятия решения
bulk-title = Решение по выбранным предложениям
bulk-decide = Записать решение по выбранным предложениям
filter-title = Фильтры и сортировка
filter-search = Поиск по коду, названию или организации
filter-any = Любой
filter-line = Направление деятельности
filter-sdg = ЦУР
filter-region = Регион ведущей организации
filter-stakeholder = Категория заинтересованных сторон ведущей организации
filter-disagreement = Только предложения, по которым мнения рецензентов расходятся
filter-apply = Применить
filter-clear = Сбросить фильтры
sort-by = Сортировать по
sort-direction = Порядок
sort-asc = По возрастанию
sort-desc = По убыванию
sort-code = Код
sort-title = Название
sort-mean = Взвешенное среднее
sort-median = Медиана
sort-spread = Стандартное отклонение
sort-reviews = Число рецензий
sort-decision = Решение
pager-label = Страницы
pager-prev = Предыдущая страница
pager-next = Следующая страница
decisions-title = Решения и письма
release-title = Объявление решений
release-nothing = Нет решений, ожидающих объявления.
release-pending = Решения, ожидающие объявления ({ $count }):
release-hint = При объявлении меняется статус каждого предложения, а его организаторам отправляется письмо с решением на их языке. Это нельзя отменить, но решение можно изменить и объявить снова.
release-button = Объявить решения и отправить письма
release-review-pending = Показать ожидающие решения в списке
templates-title = Письма с решениями
templates-hint = Для каждого итога есть письмо на каждом языке. Пока вы его не измените, используется встроенный текст.
templates-language = Язык шаблонов
template-subject = Тема
template-body = Текст
template-placeholders = Подстановки: {"{"}name{"}"} (получатель), {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} (страница предложения) и {"{"}edition{"}"}.
template-preview = Предварительный просмотр
template-save = Сохранить шаблон
template-custom = изменен организаторами
review-setup-title = Настройка рецензирования
review-settings-title = Параметры рецензирования
review-per-proposal = Рецензентов на предложение
review-threshold = Порог расхождения
review-threshold-hint = Стандартное отклонение оценок (0–100), выше которого мнения рецензентов считаются расходящимися.
review-blind = Слепое рецензирование
review-blind-hint = В этом случае рецензенты и координаторы не видят имен авторов предложений, названий организаций и имен участников дискуссии ни на одной странице и ни в одном экспорте.
review-settings-save = Сохранить параметры рецензирования
auto-assign-title = Автоматическое назначение
auto-assign-hint = Назначает каждому отправленному предложению рецензентов (по { $n } на предложение), равномерно распределяет нагрузку, соблюдает сферы охвата групп и никогда не назначает тех, у кого есть конфликт интересов. Существующие назначения сохраняются.
auto-assign-button = Назначить рецензентов автоматически
criteria-title = Критерии
criteria-hint = В каждой рецензии выставляется оценка по каждому критерию; во взвешенном среднем каждая оценка переводится в шкалу 0–100 и учитывается с весом. Текущий суммарный вес: { $total }.
criterion-name = Название
criterion-name-default = Оставьте пустым, чтобы сохранить стандартное название, переведенное для каждого читателя.
criterion-description = Указания для рецензентов
criterion-weight-label = Вес
criterion-scale = Высшая оценка
criterion-save = Сохранить «{ $name }»
criterion-remove = Удалить «{ $name }»
criterion-new = Новый критерий
criterion-add = Добавить критерий
criterion-scale-texts = Что означают оценки
criterion-scale-low = Что означает { $min } ({ $language })
criterion-scale-high = Что означает { $max } ({ $language })
criterion-scale-hint-default = Оставьте язык пустым, чтобы показывать на нём стандартный текст.
criterion-scale-hint-custom = Хотя бы один язык для каждого края шкалы. Читатели других языков видят первый введённый.
phases-title = Этапы рецензирования
phases-none = Этапы не заданы: рецензирование открыто, и рецензенты не видят рецензий друг друга.
phase-new = Новый этап
phase-name = Название
phase-starts = Начало
phase-ends = Окончание
phase-may-review = Рецензенты могут писать и изменять рецензии
phase-see-others = Рецензенты видят другие рецензии после того, как напишут свою
phase-proposers-edit = Авторы еще могут редактировать отправленные предложения
phase-no-rights = Никто ничего не может изменять
phase-add = Добавить этап
phase-remove = Удалить «{ $name }»
reviewers-title = Рецензенты и координаторы
reviewer-name = Имя
reviewer-roles = Роли
reviewer-assigned = Назначено
reviewer-reviewed = Рассмотрено
reviewer-add-title = Назначить роль рецензента или координатора
reviewer-email-hint = Адрес электронной почты учетной записи этого человека.
reviewer-line = Координируемое направление деятельности
reviewer-line-hint = Оставьте пустым, чтобы сделать человека рецензентом; введите код, например C3 или C3-LIB, чтобы назначить его координатором этого направления.
reviewer-add = Назначить роль
facilitator-of = Координатор направлений: { $lines }
teams-title = Группы
teams-hint = Рецензенту, входящему в группы, назначаются только предложения в пределах направлений деятельности и форматов его групп; рецензент вне групп может получить любое предложение.
team-new = Новая группа
team-name = Название
team-lines = Направления деятельности
team-lines-hint = Коды через запятую, например C7, C3-LIB. Пусто — любое направление.
team-formats = Форматы
team-formats-hint = Коды через запятую, например thematic-workshop. Пусто — любой формат.
team-members = Участники
team-members-hint = Адреса электронной почты рецензентов или координаторов через запятую или каждый с новой строки.
team-add = Добавить группу
team-any = любое предложение
team-remove = Удалить «{ $name }»
moderation-title = Модерация рецензий
moderation-lead = Отмеченные рецензии показаны первыми. Каждое действие требует указания причины, записывается в журнал аудита и показывается автору рецензии.
moderation-show-all = Показать все рецензии
moderation-show-flagged = Показать только отмеченные рецензии
moderation-none = Нет рецензий для модерации.
moderation-by = Автор: { $name }
moderation-act = Действие с этой рецензией
moderation-action = Действие
moderation-reason = Причина
moderation-reason-hint = Обязательно. Автор рецензии это прочитает.
moderation-edit-fields = Новый текст, рекомендация или рецензент (для действий «Изменить» и «Передать другому рецензенту»)
moderation-new-reviewer = Новый рецензент
moderation-apply = Применить
moderation-before-after = До и после
moderation-flag = Отметить
moderation-unflag = Снять отметку
moderation-hide = Скрыть
moderation-restore = Восстановить
moderation-edit = Изменить
moderation-reassign = Передать другому рецензенту
moderation-lock = Заблокировать
moderation-unlock = Разблокировать
organize-title = Сбалансированность программы
organize-tools = Инструменты организаторов
organize-submitted = — отправленные предложения
organize-reviewed = — рассмотрены хотя бы раз
organize-accepted = — приняты
organize-pending = — решения, ожидающие объявления
balance-lead = На каждой диаграмме все отправленные предложения сравниваются с принятыми (объявленными или нет). В таблице под каждой диаграммой приведены числа.
balance-dim-stakeholder = Категория заинтересованных сторон ведущей организации
balance-dim-region = Регион МСЭ ведущей организации
balance-dim-gender = Пол участников дискуссии
balance-dim-line = Направления деятельности
balance-dim-sdg = Цели в области устойчивого развития
balance-dim-format = Форматы сессий
balance-dim-country = Страна ведущей организации
balance-chart-summary = Столбчатая диаграмма: { $dimension } (категорий: { $count }; показаны крупнейшие).
balance-legend-all = все отправленные
balance-legend-accepted = принятые
balance-category = Категория
balance-submitted = Отправлено
balance-accepted = Принято
balance-share = Доля
line-reports-title = Отчеты по направлениям деятельности
line-reports-lead = По каждому направлению деятельности: отправленные предложения, объявленные решения и сбалансированность — для отчета перед учреждением ООН, координирующим направление.
line-report-count = Предложений по этому направлению и его подтемам: { $count }.
line-report-csv = Скачать в формате CSV
confirm-title = Подтвердите свою сессию
confirm-text = Ваше предложение принято. Подтвердите, пожалуйста, что вы проведете сессию в предложенном виде.
confirm-button = Подтвердить сессию
email-decision-accept-subject = { $edition }: ваша сессия { $code } принята
email-decision-accept-body =
    Здравствуйте, { $name }!

    Рады сообщить, что ваше предложение по сессии { $code } «{ $title }» принято на { $edition }.

    Подтвердите, пожалуйста, что вы проведете сессию, здесь:

    { $link }

    Мы напишем вам еще раз, когда программа будет опубликована.
email-decision-waitlist-subject = { $edition }: ваше предложение { $code } включено в лист ожидания
email-decision-waitlist-body =
    Здравствуйте, { $name }!

    Благодарим вас за предложение «{ $title }» ({ $code }) на { $edition }. Мы получили много сильных предложений; ваше включено в лист ожидания, и мы напишем вам, если освободится место.

    Следить за его статусом можно здесь:

    { $link }
email-decision-reject-subject = { $edition }: ваше предложение { $code }
email-decision-reject-body =
    Здравствуйте, { $name }!

    Благодарим вас за предложение «{ $title }» ({ $code }) на { $edition }. К сожалению, в этом году мы не смогли его отобрать: мы получили гораздо больше предложений, чем может вместить программа.

    Надеемся увидеть вас на Форуме; ваше предложение доступно здесь:

    { $link }
outcome-merge = Объединено с другой сессией
error-merge-two-or-more = Отметьте два или более предложений, чтобы объединить их.
error-not-mergeable = Объединять можно только отправленные предложения или предложения, по которым принято решение; отозванные, объединенные, подтвержденные и включенные в расписание — нельзя.
flash-proposals-merged = Предложения объединены в эту сессию. Ее принятие и объединение остаются неопубликованными, пока вы не объявите решения.
bulk-merge = Объединить выбранные предложения в одну сессию
bulk-merge-hint = Или объедините их: на следующей странице вы выберете, какое предложение станет сессией, и ее название.
merge-title = Объединение предложений в одну сессию
merge-lead = Сессия сохраняет код и содержание выбранного предложения и получает участников дискуссии, направления деятельности, ЦУР и организации (в качестве соорганизаторов) остальных. Каждое объединенное предложение сохраняет собственную запись и ссылается на сессию. Позже сессию можно отредактировать. Ничего не объявляется, пока вы не объявите решения.
merge-primary = Предложение, которое станет сессией
merge-primary-hint = Его код, описание и модератор сохраняются.
merge-title-label = Название сессии
merge-title-hint = Часто это новое название, охватывающее все объединенные предложения.
merge-button = Объединить в одну сессию
merge-cancel = Отмена
merged-from = Эта сессия образована объединением предложений
merged-into = Это предложение объединено с сессией
email-decision-merge-subject = { $edition }: ваше предложение { $code } вошло в объединенную сессию
email-decision-merge-body =
    Здравствуйте, { $name }!

    Благодарим вас за предложение «{ $title }» ({ $code }) на { $edition }. Несколько предложений на одну тему оказались сильными, поэтому программный комитет объединил ваше предложение с другими в одну сессию. Ваша организация является соорганизатором этой сессии, а ваши участники дискуссии входят в ее состав.

    Узнать, что это за сессия, и следить за ней можно здесь:

    { $link }
coorganizers-none-short = Нет
error-review-unassigned = Вы больше не назначены на это предложение; ваша рецензия сохраняется в записях, но изменить ее больше нельзя.
moderation-page = Страница { $page } из { $pages }.
moderation-audit-link = Посмотреть действия модерации в журнале аудита.
audit-title = Журнал аудита
audit-lead = Все изменения, внесенные на портале: кто, что, когда, с какого адреса, а также состояние до и после. Сначала самые новые.
audit-action = Действие
audit-action-hint = Начало названия действия, например review. или decision.
audit-target = Объект
audit-target-hint = Код предложения или номер пользователя или рецензии.
audit-when = Когда
audit-who = Кто
audit-change = До и после
audit-address = Адрес
audit-before-after = Показать
audit-system = Портал
audit-none = Совпадающих записей нет.

## Программа: общее
nav-agenda = Программа
day-long = { $weekday }, { $day } { $month } { $year } г.
date-long = { $day } { $month } { $year } г.
datetime-long = { $date }, { $time } ({ $zone })
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Конструктор программы (организаторы)
agenda-builder-title = Конструктор программы
agenda-step = Шаг сетки
agenda-step-venue = Шаг площадки ({ $minutes } мин)
agenda-step-minutes = { $minutes } мин
agenda-rooms-shown = Показано залов: { $shown } из { $total }
agenda-tools = Инструменты программы
agenda-venue-title = Место проведения и сетка времени
agenda-sessions-title = Сессии и аудитория
agenda-schedule-title = Автоматическое планирование
agenda-release-title = Публикация программы
agenda-back-to-builder = Назад к конструктору программы
agenda-days = Дни
agenda-how = Выберите сессию в списке или в сетке, затем нажмите «+» в ячейке сетки либо выберите ниже помещение и время начала и нажмите «Разместить». Продолжительность сессий соответствует их формату.
agenda-drag-hint = Сессию можно также перетащить в ячейку сетки.
agenda-filter-q = Поиск сессий
agenda-filter-format = Формат
agenda-filter-line = Направление деятельности
agenda-unscheduled = Еще не в расписании
agenda-unscheduled-count = Еще не в расписании: { $total }, показано: { $shown }.
agenda-unscheduled-none = Здесь нет сессий, ожидающих включения в расписание.
agenda-card-meta = { $format }, { $minutes } мин
agenda-has-conflict = Конфликт
agenda-room-facts = { $building }, мест: { $capacity }
agenda-hybrid = гибридный формат
agenda-place-here = Разместить выбранную сессию: { $room }, { $time }
agenda-place-legend = Разместить выбранную сессию в этот день
agenda-room = Помещение
agenda-start = Начало
agenda-time = Время
agenda-place = Разместить
agenda-unschedule = Убрать из сетки
agenda-conflicts = Конфликты
agenda-conflict-error = Конфликт
agenda-conflict-warning = Предупреждение
agenda-conflict-summary = Во всей программе конфликтов: { $errors }, предупреждений: { $warnings }.
agenda-not-placed = Не в расписании
agenda-remote-panel = дистанционные докладчики
agenda-sessions-hint = Ожидаемая аудитория сравнивается с числом мест в помещении, где размещена сессия.
agenda-audience-for = Ожидаемая аудитория сессии { $code }
agenda-audience-save = Сохранить
agenda-col-code = Код
agenda-col-title = Название
agenda-col-format = Формат и продолжительность
agenda-col-place = Место
agenda-col-audience = Ожидаемая аудитория
conflict-room-overlap = В помещении { $room } одновременно проходит больше сессий, чем допустимо: { $sessions }.
conflict-overrun = Сессия { $session } не помещается в отведенное время в помещении { $room }: она выходит за конец дня или накладывается на перерыв или пленарное заседание.
conflict-person-overlap = { $person } участвует одновременно в двух сессиях: { $sessions }.
conflict-travel = { $person }: на переход в другое здание между сессиями { $sessions } остается лишь { $gap } мин.
conflict-unavailable = { $person } не может присутствовать на сессии { $session } в это время.
conflict-capacity = Сессия { $session }: ожидается участников — { $audience }, а мест в помещении { $room } — { $capacity }.
conflict-no-hybrid = В сессии { $session } есть дистанционные докладчики, но помещение { $room } не оснащено оборудованием для гибридного формата.
conflict-parallel = Одновременно проходит больше сессий ({ $count }), чем допускает место проведения: { $sessions }.
conflict-same-line = Две сессии направления деятельности { $line } проходят одновременно: { $sessions }.
flash-agenda-placed = Сессия размещена.
flash-agenda-unscheduled = Сессия убрана из сетки и возвращена в список.
error-agenda-pick-session = Сначала выберите сессию в списке или в сетке.
error-agenda-stale = Тем временем другой организатор внес изменения, поэтому ничего не изменено. Ниже показана текущая программа: проверьте ее и повторите попытку.
error-outside-grid = Это время выходит за пределы сетки времени дня.
error-not-a-forum-day = Выберите один из дней форума.
error-time-invalid = Введите время в формате 09:30.

## Место проведения
grid-title = Сетка времени
grid-day-start = Начало дня
grid-day-end = Конец дня
grid-time-hint = Женевское время в 24-часовом формате, например 09:00.
grid-step = Шаг сетки (минуты)
grid-travel = Время на переход между зданиями (минуты)
grid-travel-hint = Докладчикам нужно не меньше этого времени между сессиями в разных зданиях.
grid-max-parallel = Максимум одновременных сессий
grid-max-parallel-hint = 0 — без ограничений.
grid-save = Сохранить сетку времени
flash-grid-saved = Сетка времени сохранена.
error-venue-stale = Тем временем кто-то другой внес изменения. Показаны текущие значения: проверьте их и сохраните снова.
rooms-title = Помещения
room-new = Добавить помещение
room-name = Название
room-building = Здание
room-building-hint = Для помещений в разных зданиях между сессиями требуется время на переход.
room-capacity = Мест
room-parallel = Одновременных сессий
room-parallel-hint = 1 для зала заседаний; больше — для выставочной зоны с несколькими стендами.
room-interpretation = Языки устного перевода
room-interpretation-hint = Коды языков ООН через пробел, например «ar en fr».
room-remote-url = Ссылка для дистанционного участия
room-hybrid = Оборудование для гибридного формата (дистанционные докладчики могут участвовать)
room-add = Добавить помещение
room-save = Сохранить помещение
room-summary = { $name } – { $building }, мест: { $capacity }
room-remove = Удалить «{ $name }»
flash-room-saved = Помещение сохранено.
flash-room-removed = Помещение удалено.
error-room-in-use = В этом помещении размещены сессии. Сначала перенесите их.
error-room-name-taken = Помещение с таким названием уже есть.
error-unknown-language = Используйте коды языков ООН: ar, en, es, fr, ru, zh.
blocks-title = Перерывы и пленарные заседания
blocks-hint = Сессию нельзя разместить на время перерыва или пленарного заседания в охватываемых им помещениях.
block-new = Добавить перерыв или пленарное заседание
block-kind = Тип
block-kind-break = Перерыв
block-kind-plenary = Пленарное заседание
block-title = Название
block-day = День
block-start = С
block-end = До
block-rooms = Помещения
block-rooms-hint = Не отмечайте ни одного, чтобы выбрать все помещения.
block-all-rooms = все помещения
block-add = Добавить
block-remove = Удалить «{ $title }»
flash-block-saved = Перерыв или пленарное заседание сохранены.
flash-block-removed = Перерыв или пленарное заседание удалены.
unavailable-title = Доступность докладчиков
unavailable-hint = Время, когда участник дискуссии не может присутствовать. Сессия с этим человеком в это время отображается как конфликт.
unavailable-new = Добавить время, когда кто-то не может присутствовать
unavailable-email = Адрес электронной почты участника дискуссии
unavailable-note = Примечание
unavailable-add = Добавить
unavailable-remove = Удалить запись для { $email }
flash-unavailable-saved = Доступность сохранена.
flash-unavailable-removed = Запись удалена.
flash-audience-saved = Ожидаемая аудитория сохранена.

## Автоматическое планирование
schedule-hint = Планировщик размещает сессии, которых еще нет в сетке. Он никогда не нарушает жесткие правила (помещение, люди, переходы, доступность, места, оборудование для гибридного формата, перерывы) и по возможности разносит по времени сессии одного направления деятельности. Ничего не изменится, пока вы не примените план.
schedule-summary = Размещено сессий: { $placed }, не размещено: { $unplaced }; расчет занял { $millis } мс. При этом плане во всей программе пар одновременных сессий одного направления: { $pairs }.
schedule-apply = Применить этот план
schedule-proposed = Предлагаемые размещения
schedule-nothing = Все сессии уже в сетке, или ни одну из них нельзя разместить.
schedule-unplaced = Неразмещенные сессии
schedule-unplaced-hint = Для них нет свободного места без нарушения правил: добавьте помещения или время либо разместите их вручную.
flash-schedule-applied = План применен.
error-plan-empty = План пуст: применять нечего.

## Публикации
release-summary = Сейчас будет опубликовано сессий: { $sessions }. Конфликтов в программе: { $errors }.
release-changes = Изменения с момента последней публикации
release-note = Примечание для публики
release-note-hint = Необязательно: что изменилось и почему.
release-confirm = Подтверждение
release-confirm-conflicts = Опубликовать, несмотря на конфликты в программе (их число: { $n }).
release-publish = Опубликовать программу
release-earlier = Предыдущие версии
release-none-yet = Пока ничего не опубликовано.
release-heading = Версия { $number }, { $when }
changelog-none = Ни одна сессия не добавлена, не перенесена и не отменена.
changelog-added = Добавлены ({ $n })
changelog-moved = Перенесены ({ $n })
changelog-cancelled = Отменены ({ $n })
flash-agenda-released = Программа опубликована. Участники каждой добавленной, перенесенной или отмененной сессии получат письмо.
error-agenda-empty = В сетке нет ни одной сессии, поэтому публиковать нечего.
error-agenda-has-conflicts = В программе есть конфликты. Устраните их или отметьте флажок, чтобы опубликовать все равно.
email-agenda-added-subject = { $edition }: сессия { $code } включена в программу
email-agenda-added-body =
    Здравствуйте, { $name }!

    Ваша сессия { $code } «{ $title }» включена в опубликованную программу ({ $edition }):

    { $when }, { $room }

    { $link }
email-agenda-moved-subject = Сессия { $code } перенесена
email-agenda-moved-body =
    Здравствуйте, { $name }!

    У вашей сессии { $code } «{ $title }» новое время или помещение в программе ({ $edition }):

    { $when }, { $room }

    { $link }
email-agenda-cancelled-subject = Сессии { $code } больше нет в программе
email-agenda-cancelled-body =
    Здравствуйте, { $name }!

    Ваша сессия { $code } «{ $title }» больше не входит в опубликованную программу ({ $edition }). Секретариат свяжется с вами.

## Публичная программа
programme-title = Программа
programme-not-yet = Программа еще не опубликована. Загляните позже.
programme-release = Версия { $number }, опубликована { $when }
programme-releases = Предыдущие версии и изменения
programme-old-release = Вы просматриваете одну из предыдущих версий. Последняя — версия { $latest }.
programme-see-latest = Посмотреть последнюю программу
programme-exports = Загрузки
export-ics = Календарь (iCalendar)
export-xml = Расписание (XML)
export-json = Расписание (JSON)
export-csv = Сессии (CSV)
programme-view = Вид
programme-view-grid = Сетка
programme-view-list = Список
programme-day = День
programme-mode = Формат участия
programme-search = Поиск
programme-count = Найдено сессий: { $n }.
programme-none = В этот день подходящих сессий нет.
session-when-geneva = { $day }, { $time } по женевскому времени (UTC{ $offset })
session-when-utc = { $time } UTC
session-when-local = Ваше время
session-where = { $room }, { $building }
session-remote-link = Подключиться дистанционно
session-interpretation = Устный перевод: { $languages }
session-add-calendar = Добавить в мой календарь
session-abstract = Аннотация
session-description = Описание
session-organizers = Организаторы
session-panel = Участники дискуссии
session-lines = Направления деятельности ВВУИО
session-sdgs = Цели в области устойчивого развития
session-back = Назад к программе
speaker-sessions = Сессии
speakers-title = Докладчики
speakers-search = Поиск по имени, должности или организации
speakers-country = Страна
speakers-count = Докладчиков в программе: { $n }.
speakers-matching = Найдено докладчиков: { $shown } из { $total }.
speakers-none = Нет докладчиков, соответствующих запросу.
speakers-all = Показать всех докладчиков
speakers-pages = Страницы списка докладчиков
speakers-page = Страница { $page } из { $pages }
speakers-previous = Предыдущая страница
speakers-next = Следующая страница
matrix-title = Матрица ВВУИО–ЦУР
matrix-intro = Сессии версии { $release } в разбивке по направлениям деятельности ВВУИО и Целям в области устойчивого развития. Каждое число — ссылка на соответствующие сессии.
matrix-csv = Скачать матрицу (CSV)
matrix-line = Направление деятельности
matrix-sdg = ЦУР { $n }
matrix-total = Всего
matrix-cell = Сессии по направлению { $line } и ЦУР { $sdg }: { $n }
programme-filter = Фильтр
programme-filters = Фильтры
programme-filters-active = Фильтры (активно: { $n })
programme-legend = Что означают цвета
programme-now = Сейчас
programme-next = Далее
now-title = Сейчас и далее
now-at = { $day }, { $time } (по женевскому времени)
now-before = Форум начинается { $day }. Первые сессии:
now-over = Форум завершён. Спасибо за участие.
now-free = Свободно
now-nothing-later = Сегодня больше ничего нет
now-nothing-that-day = В этот день ничего нет
now-full-programme = Вся программа
print-title = Программа для печати
print-link = Программа для печати (A4)
print-time = Время
print-room = Зал
print-session = Сессия
print-release = Выпуск { $number }
print-geneva-time = Всё время указано по Женеве
print-hint = Воспользуйтесь командой «Печать» в браузере: каждый день начинается с новой страницы A4.
print-hint-sign = Воспользуйтесь командой «Печать» в браузере, чтобы напечатать эту табличку на A4.
sign-title = Табличка зала
sign-qr = QR-код со ссылкой на { $url }
sign-back = Назад к сессии
session-sign = Табличка зала для печати
embed-full-programme = Вся программа
offline-notice = Нет подключения к сети. Это копия программы, сохранённая на устройстве: выпуск { $number }, опубликован { $when }.
update-notice = Опубликован более новый выпуск программы.
update-show = Показать
star-off = Отметить
star-on = Отмечено
mine-title = Моя программа
mine-overlap = Пересечение
mine-overlaps-with = В то же время, что и { $sessions }
mine-dropped = Больше нет в программе
mine-dropped-hint = Эти отмеченные сессии отменены или объединены с другими после того, как вы их отметили.
mine-empty = Вы ещё не отметили ни одной сессии. Отмечайте сессии в программе, и они появятся здесь по дням.
mine-account = Отмеченные сессии хранятся в вашей учётной записи, на всех устройствах, где вы входите.
mine-browser = Отмеченные сессии хранятся только в этом браузере.
mine-sign-in = Войдите, чтобы хранить их в учётной записи и получить календарную ленту.
mine-no-js = Без JavaScript отмечать сессии можно только с учётной записью: сначала войдите.
feed-title = Календарная лента
feed-hint = Подпишите своё календарное приложение на этот личный адрес. Лента следует за каждым изменением программы: перенесённые сессии переносятся, отменённые исчезают. Любой, у кого есть адрес, видит ваши отмеченные сессии.
feed-address = Ваш личный адрес календаря
feed-renew = Создать новый адрес
feed-revoke = Отключить ленту
feed-renew-hint = Новый адрес сразу отключает старый; отключение ленты — тоже.
feed-none = Получайте отмеченные сессии в своём календарном приложении по личному адресу, который следует за каждым изменением программы.
feed-create = Создать адрес календаря
flash-feed-made = Адрес календаря готов. Прежний адрес больше не работает.
flash-feed-revoked = Календарная лента отключена. Её адрес больше не работает.
error-too-many-stars = Вы отметили максимум сессий для одной учётной записи (1000). Сначала снимите часть отметок.

## API автоматизации
api-invalid = Некоторые поля заполнены неверно; см. сообщение для каждого поля.
api-error-not-found = Здесь ничего нет, или этой учетной записи это недоступно.
api-error-unauthenticated = Передайте действительный персональный токен доступа с неистекшим сроком: Authorization: Bearer wsis_…
api-error-forbidden = Этому токену или его учетной записи это действие не разрешено.
api-error-rate-limited = Слишком много запросов с этим токеном; подождите столько, сколько указано в Retry-After.
api-error-internal = На нашей стороне произошла ошибка. Она зарегистрирована.
api-error-no-such-route = Такого маршрута API нет. См. /api/v1/openapi.json.
api-error-bad-json = Тело запроса не соответствует JSON, ожидаемому этим маршрутом.
api-error-bad-query = Строка запроса не соответствует ожиданиям этого маршрута.
tokens-title = Токены API
tokens-intro = Персональные токены доступа позволяют вашим скриптам использовать API автоматизации портала от вашего имени и с вашими правами. Выдавайте каждому скрипту собственный токен и отзывайте его, когда он больше не нужен.
tokens-openapi = Описание API (OpenAPI)
tokens-yours = Ваши токены
tokens-none = У вас пока нет токенов.
token-new = Создать токен
token-name = Название
token-name-hint = Для чего он нужен, например «Синхронизация программы».
token-scopes = Разрешенные действия
token-scope-read = Чтение
token-scope-write = Изменение (создание, решения, планирование)
token-days = Срок действия (дни)
token-days-hint = Оставьте пустым, чтобы токен действовал, пока вы его не отзовете.
token-create = Создать токен
token-created = Ваш новый токен «{ $name }»:
token-created-once = Скопируйте его сейчас: он показывается только один раз и больше не будет показан.
token-prefix = Начинается с
token-created-at = Создан
token-last-used = Последнее использование
token-expires = Истекает
token-actions = Действия
token-never-used = Никогда
token-no-expiry = Никогда
token-revoked = Отозван
token-revoke = Отозвать «{ $name }»
flash-token-revoked = Токен отозван; скрипты, использующие его, больше не смогут войти.

## Люди (администраторы)
nav-people = Люди
people-title = Люди
people-search = Имя, адрес или организация
people-role = Роль
people-count = Найдено людей: { $n }.
people-status = Статус
people-change = Изменить
people-active = Активна
people-inactive = Деактивирована
people-roles-of = Роли: { $name }
people-save-roles = Сохранить роли
people-deactivate = Деактивировать: { $name }
people-reactivate = Активировать снова: { $name }
people-pages = Страницы
people-invite = Пригласить пользователя
people-invite-hint = Рецензенты, координаторы направлений деятельности, организаторы и администраторы. Адрес с учетной записью сразу получает роль; на новый адрес отправляется письмо со ссылкой для выбора пароля, действующей семь дней.
people-name-hint = Нужно, только если для адреса еще нет учетной записи.
people-line = Направление деятельности
people-line-hint = Для координаторов: координируемое направление, например C7 или C7-EHEALTH.
people-invite-send = Пригласить
flash-person-invited = Приглашение отправляется.
flash-person-role-added = Учетная запись уже существовала; теперь у нее есть эта роль.
flash-person-roles-saved = Роли сохранены.
flash-person-deactivated = Учетная запись деактивирована, на всех устройствах выполнен выход.
flash-person-reactivated = Учетная запись снова активна.
error-cannot-deactivate-self = Вы не можете деактивировать собственную учетную запись.
email-staff-invitation-subject = Приглашение на Портал консультаций Форума ВВУИО
email-staff-invitation-body =
    Здравствуйте, { $name }!

    { $inviter } приглашает вас на Портал консультаций Форума ВВУИО. Выберите пароль здесь (ссылка действует семь дней):

    { $link }
audit-csv = Скачать эти события (CSV)
outbox-title = Исходящие письма
outbox-intro = Каждое письмо портала ожидает здесь, пока его не примет SMTP-сервер; неудачные попытки отправки повторяются с нарастающими паузами в течение примерно суток. Повторите отправку неудавшегося или ожидающего письма сейчас либо отправьте доставленное письмо еще раз.
outbox-status = Статус
outbox-status-pending = Ожидает
outbox-status-sent = Отправлено
outbox-status-failed = Ошибка
outbox-to = Получатель
outbox-subject = Тема
outbox-written = Создано
outbox-count = Найдено писем: { $n }.
outbox-retry = Повторить сейчас
outbox-resend = Отправить снова
flash-email-requeued = Письмо поставлено в очередь и будет отправлено в течение минуты.
account-my-data = Скачать мои данные (JSON)

# Защита данных: удаление
account-erase-title = Удалить мою учетную запись
account-erase-lead = Ваше имя, адрес электронной почты и пароль будут удалены, а вы выйдете из системы на всех устройствах. Предложения и рецензии, в которых вы участвовали, останутся у своих организаций, но без вашего имени. Это действие необратимо.
account-erase-confirm = Я понимаю, что это действие необратимо.
account-erase-submit = Удалить мою учетную запись
error-erase-not-confirmed = Поставьте отметку для подтверждения.
error-already-erased = Эта учетная запись уже удалена.
error-last-admin = Порталу нужен хотя бы один активный администратор: сначала назначьте другого.
flash-account-erased = Ваша учетная запись удалена. Спасибо за участие.
people-erase = Удалить персональные данные: { $name }
people-erase-confirm = Этот человек запросил удаление, и я понимаю, что это необратимо.
people-erase-submit = Удалить
flash-person-erased = Персональные данные удалены; предложения и рецензии сохранены без имени.
flash-erase-needs-confirmation = Ничего не удалено: сначала поставьте отметку подтверждения.

# E-mail template previews (admins)
mailpreview-title = Шаблоны писем
mailpreview-intro = Каждое письмо, которое отправляет портал, с примерными значениями на выбранном языке. Письма о решениях показаны с текстом по умолчанию; организаторы могут изменить его для выпуска форума на странице решений.
mailpreview-languages = Язык шаблонов
template-verify-email = Подтверждение адреса электронной почты
template-account-exists = Регистрация с адресом, у которого уже есть учетная запись
template-reset-password = Сброс пароля
template-proposal-received = Подтверждение получения предложения
template-draft-reminder = Напоминание о черновике перед сроком
template-speaker-invitation = Приглашение докладчика
template-coorganizer-invitation = Приглашение соорганизатора
template-join-request = Запрос на вступление в организацию
template-decision-accept = Решение: принято
template-decision-waitlist = Решение: в листе ожидания
template-decision-reject = Решение: не отобрано
template-decision-merge = Решение: объединено
template-agenda-added = Программа: сессия запланирована
template-agenda-moved = Программа: сессия перенесена
template-agenda-cancelled = Программа: сессия отменена
template-staff-invitation = Приглашение сотрудника

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = Направления деятельности и ЦУР
taxonomy-lead = Авторы заявок выбирают из направлений деятельности и ЦУР, предложенных здесь. Переименуйте пункт, выведите его из списка или добавьте модерируемую подтему к направлению. Заявка, в которой уже выбран выведенный пункт, сохраняет его.
taxonomy-fixed = Типы заинтересованных сторон, регионы МСЭ и страны следуют спискам ООН и МСЭ и здесь не редактируются.
taxonomy-lines = Направления, поднаправления и подтемы
taxonomy-sdgs = Цели в области устойчивого развития
taxonomy-offered = Предлагается
taxonomy-retired = Выведено
taxonomy-added = Добавлено в этом году
taxonomy-edit = Изменить { $code }
taxonomy-name = Название
taxonomy-name-hint = Оставьте пустым, чтобы использовать стандартное название, переведённое на все языки. Введённое здесь название показывается как есть на всех языках.
taxonomy-moderator = Модератор
taxonomy-active = Предлагается авторам заявок
taxonomy-save = Сохранить { $code }
taxonomy-add-title = Добавить подтему
taxonomy-add-lead = Подтема относится к направлению деятельности, часто модерируется организацией-партнёром и сразу предлагается авторам заявок.
taxonomy-parent = Направление деятельности
taxonomy-code = Код
taxonomy-code-hint = Код направления, дефис и от 2 до 12 заглавных латинских букв или цифр, например C3-OPENDATA.
taxonomy-add = Добавить подтему
flash-taxonomy-saved = Пункт сохранён.
flash-taxonomy-added-flash = Подтема добавлена и предлагается авторам заявок.
error-keep-one-active = Оставьте в этом списке хотя бы один предлагаемый пункт, иначе ни одну заявку нельзя будет подать.
error-theme-code-format = Используйте код направления, дефис и от 2 до 12 заглавных латинских букв или цифр (например C3-OPENDATA).
error-theme-code-taken = Этот код уже используется. Выберите другой.

## Submissions beyond session proposals (issue 10)
nav-submissions = Другие материалы
submissions-title = Другие материалы
submissions-lead = Помимо предложений по сессиям, в ходе консультаций принимаются ваши мнения о тематике и формате форума, рекомендации докладчиков, кандидатуры ведущих сессий сегмента высокого уровня и заявки на выставочную площадь. Каждый материал подается от имени вашей организации; вы можете сохранить черновик, изменять материал до окончания срока или отозвать его.
submissions-mine = Материалы вашей организации
submissions-none = Ваша организация еще не подготовила ни одного материала.
submissions-kinds = Отправить материал
submissions-back = Назад к материалам
submission-kind-thematic-view = Мнения по тематическим аспектам
submission-kind-format-view = Мнения об инновациях в формате
submission-kind-speaker-recommendation = Рекомендация докладчика
submission-kind-hlt-nomination = Выдвижение ведущего сегмента высокого уровня
submission-kind-exhibition-request = Заявка на выставочную площадь
submission-thematic-view-lead = Сообщите организаторам, какие темы следует рассмотреть на форуме и почему. Укажите направления деятельности и ЦУР, к которым относятся ваши мнения.
submission-thematic-view-title = Тема
submission-thematic-view-body = Ваше мнение
submission-format-view-lead = Предложите новые способы проведения форума: форматы сессий, гибридное участие, доступность, инклюзивность.
submission-format-view-title = Тема
submission-format-view-body = Ваше предложение
submission-speaker-recommendation-lead = Порекомендуйте человека, который должен выступить на форуме, и укажите, на какую тему.
submission-speaker-recommendation-title = Тема выступления
submission-speaker-recommendation-body = Почему именно этот человек
submission-speaker-recommendation-person = Человек, которого вы рекомендуете
submission-hlt-nomination-lead = Выдвиньте кандидатуру ведущего сессии сегмента высокого уровня по одному из направлений деятельности.
submission-hlt-nomination-title = Сессия или тема сегмента высокого уровня
submission-hlt-nomination-body = Почему именно этот человек
submission-hlt-nomination-person = Человек, которого вы выдвигаете
submission-exhibition-request-lead = Запросите место на выставке форума, чтобы представить свою работу.
submission-exhibition-request-title = Что вы будете экспонировать
submission-exhibition-request-body = Описание и потребности (электропитание, экраны, интернет, мебель)
submission-themes-hint = Выберите не более { $max }.
submission-person-name = Полное имя
submission-person-organization = Организация
submission-person-gender = Пол
submission-person-email = Адрес электронной почты
submission-person-email-hint = Необязательно. Адрес видят только организаторы; они могут написать этому человеку.
submission-space-size = Площадь
submission-space-option = { $m2 } m²
submission-on-behalf-legend = Кто выступил
submission-on-behalf-hint = Человек, выступивший на совещании. Материал помечается как записанный организаторами от его имени.
submission-on-behalf-name = Имя и организация выступавшего
submission-record-heading = { $kind }: материал с совещания { $meeting }
submission-edit-heading = { $kind } { $code }
submission-deadline = Прием открыт до { $deadline }.
submission-limit = Максимальное число материалов этого вида от одной организации: { $count }.
submission-consent = Включить этот материал в открытый отчет о результатах
submission-consent-hint = В отчете всегда учитываются все материалы. С вашего согласия в нем также указываются название, ваша организация и ваш текст (но никогда — данные человека, которого вы рекомендуете или выдвигаете).
submission-consent-short = Публикация в отчете
submission-consent-given = Согласие дано
submission-consent-not-given = Согласие не дано
submission-record = Записать материал
submission-save-changes = Сохранить изменения
submission-send = Отправить
submission-save-draft = Сохранить как черновик
submission-status-draft = Черновик
submission-status-submitted = Отправлено
submission-status-withdrawn = Отозвано
submission-kind-not-offered = На этом форуме не принимается.
submission-closes = Прием открыт до { $deadline }.
submission-closed-on = Прием завершился { $deadline }.
submission-start = Начать: { $kind }
submission-col-title = Название
submission-col-kind = Вид
submission-col-updated = Последнее изменение
submission-col-themes = Темы
submission-from = От кого
submission-received-how = Способ получения
submission-received-online = Через онлайн-форму
submission-received-meeting = На совещании { $meeting }; записано организаторами от имени выступавшего ({ $name })
submission-at-meeting = на совещании { $meeting }
submission-sent-at = Дата отправки
submission-change = Изменить
submission-withdraw = Отозвать
submission-editable-until = Вы можете изменить или отозвать его до { $deadline }.
submission-organizer-tools = Для организаторов
submission-tags = Метки
submission-no-tags = Меток пока нет.
submission-tag-new = Новая метка
submission-tag-hint = Тема в нескольких словах, например «гендерный разрыв». Метки учитываются в отчете о результатах.
submission-tag-add = Добавить метку
submission-tag-remove = Удалить метку { $tag }
submission-uses = Использование в программе
submission-use-kind = Использовать как
submission-use-speaker = Докладчика сессии
submission-use-session = Примечание к сессии
submission-use-line = Примечание к блоку сессий направления деятельности
submission-use-target = Сессия или направление деятельности
submission-use-target-hint = Код сессии (например, WF27-0042) или код направления деятельности (например, C5).
submission-use-note = Примечание
submission-use-note-hint = Необязательно. Если поле пустое, в примечании используется название материала.
submission-use-save = Использовать
submission-used-speaker = Докладчик добавлен в сессию { $target }
submission-used-session = Примечание к сессии { $target }
submission-used-line = Примечание к блоку сессий { $target }
submission-region = Регион МСЭ
submission-count = { $count ->
    [one] { $count } материал.
    [few] { $count } материала.
    [many] { $count } материалов.
   *[other] { $count } материала.
}
filter-submissions = Фильтры материалов
organize-submissions-title = Материалы консультаций
organize-submissions-lead = Все материалы всех видов, отправленные онлайн или записанные на консультационном совещании. Черновики видят только их авторы.
consultation-settings-title = Параметры и совещания консультаций
consultation-settings-lead = Какие виды материалов принимаются, до какого срока и в каком количестве, а также совещания в рамках консультаций.
submission-kinds-title = Виды материалов
submission-kind-open = Принимать материалы этого вида
submission-kind-deadline = Собственный срок (женевское время)
submission-kind-deadline-hint = Пусто — общий срок приема. Собственный срок не может быть позже общего.
submission-kind-max-org = Максимум от одной организации
submission-kind-max-chars = Максимум знаков в тексте
submission-kind-save = Сохранить: { $kind }
meetings-title = Консультационные совещания
meetings-none = Совещания пока не добавлены.
meeting-add = Добавить совещание
meeting-change = Изменить совещание
meeting-title = Название
meeting-mode = Формат проведения
meeting-mode-virtual = Виртуальное
meeting-mode-physical = Очное
meeting-mode-hybrid = Гибридное
meeting-starts = Начало (женевское время)
meeting-ends = Окончание (женевское время)
meeting-when = Время
meeting-time-hint = Например, 2027-01-20T14:00.
meeting-location = Место
meeting-location-hint = Обязательно для очных и гибридных совещаний.
meeting-remote-url = Ссылка для дистанционного участия
meeting-remote-url-hint = Обязательно для виртуальных и гибридных совещаний, например https://meet.example.org/wsis.
meeting-save = Сохранить совещание
meeting-inputs = Материалы
meeting-inputs-title = Материалы, полученные на этом совещании
meeting-inputs-lead = Запишите то, что выступавший сказал или передал, в виде материала от его имени.
meeting-no-inputs = Пока не записано ни одного материала.
meeting-record = Записать: { $kind }
outcomes-edit-title = Отчет о результатах
outcomes-title = { $edition }: результаты Открытого процесса консультаций
outcomes-published-on = Опубликован { $date }.
outcomes-is-public = Отчет опубликован.
outcomes-not-public = Отчет еще не опубликован. Напишите резюме, затем опубликуйте отчет.
outcomes-view-public = Открыть общедоступную страницу
outcomes-summary = Резюме
outcomes-summary-hint = Markdown. Обязательно для публикации.
outcomes-programme-answer = Как программа отвечает на итоги консультаций
outcomes-answer-hint = Markdown. Необязательно.
outcomes-save = Сохранить
outcomes-publish = Опубликовать отчет
outcomes-unpublish = Снять отчет с публикации
outcomes-preview = Предварительный просмотр
outcomes-total = всего учтенных материалов
outcomes-from-meetings = из них получено на консультационных совещаниях
outcomes-listed = опубликовано с согласия авторов
outcomes-lines-hint = Столбцы: доля каждого направления деятельности среди материалов и среди принятых в программу сессий.
outcomes-listed-title = Материалы, опубликованные с согласия авторов
outcomes-listed-lead = Материалы, авторы которых согласились на публикацию. Рекомендованные и выдвинутые люди не называются.
outcomes-listed-none = Ни один автор не дал согласия на публикацию.
outcomes-csv-counts = Скачать сводные данные (CSV)
outcomes-csv-list = Скачать опубликованные материалы (CSV)
outcomes-print-hint = Чтобы сохранить PDF, распечатайте эту страницу из браузера и выберите «Сохранить как PDF».
outcomes-dim-kind = Виды материалов
outcomes-dim-stakeholder = Категория заинтересованных сторон авторов
outcomes-dim-region = Регион МСЭ авторов
outcomes-dim-country = Страна авторов
outcomes-dim-line = Направления деятельности, к которым относятся материалы
outcomes-dim-sdg = ЦУР, к которым относятся материалы
outcomes-dim-tag = Темы, отмеченные организаторами
flash-submission-sent = Ваш материал отправлен. Подтверждение придет вам на почту.
flash-submission-draft-saved = Черновик сохранен.
flash-submission-saved = Изменения сохранены.
flash-submission-not-editable = Этот материал больше нельзя изменить.
flash-submission-withdrawn = Материал отозван.
flash-submission-tagged = Метка добавлена.
flash-submission-untagged = Метка удалена.
flash-submission-used = Готово: материал теперь используется в программе.
flash-submission-kind-saved = Параметры сохранены.
flash-meeting-saved = Совещание сохранено.
flash-meeting-input-recorded = Материал записан.
flash-outcomes-published = Отчет о результатах опубликован.
flash-outcomes-unpublished = Отчет о результатах снят с публикации.
flash-outcomes-saved = Отчет сохранен.
error-too-many = Выберите не более { $limit }.
error-tag-format = Используйте только буквы, цифры, пробелы и дефисы.
error-kind-closed = Материалы этого вида на этом форуме не принимаются.
error-submission-limit = Ваша организация уже отправила столько материалов этого вида, сколько допускается на этом форуме.
error-session-not-found = На этом форуме нет сессии с таким кодом.
error-session-not-accepted = Это предложение не было принято в качестве сессии.
error-deadline-after-call = Этот срок не может быть позже общего срока приема.
email-submission-received-subject = Материал { $code } получен
email-submission-received-body =
    Здравствуйте, { $name }!

    Благодарим вас: мы получили ваш материал { $code } ({ $kind }) «{ $title }».

    До окончания срока вы можете просматривать, изменять или отозвать его здесь:

    { $link }

    Секретариат Форума ВВУИО
template-submission-received = Подтверждение получения материала
api-error-bad-path = Адрес указывает объект в форме, которую этот маршрут не принимает.
error-bad-json = Тело запроса не соответствует JSON, ожидаемому этим маршрутом.
error-bad-query = Строка запроса не соответствует ожиданиям этого маршрута.
error-bad-path = Адрес указывает объект в форме, которую этот маршрут не принимает.
consultation-notes-title = Из консультаций
consultation-notes-lead = Заметки, которые организаторы добавили на основе материалов консультаций.
profile-title = Ваш профиль докладчика
profile-title-staff = Профиль докладчика: { $name }
profile-staff-note = Вы редактируете этот профиль от имени докладчика. Ваши изменения записываются в журнал аудита под вашим именем.
profile-lead = Так программа представляет вас на страницах ваших сессий и на вашей странице докладчика. Ваши сессии:
profile-print-name = Имя для печати
profile-print-name-hint = В том виде, в каком оно должно быть указано в программе, без титула или звания.
profile-honorific = Титул или звание
profile-honorific-hint = Необязательно, например: д-р, проф. или Е. П.
profile-job-title = Должность
profile-organization = Организация
profile-pronouns = Местоимения
profile-pronouns-hint = Необязательно, например: она/её.
profile-bio = Краткая биография
profile-bio-hint = Не более 1500 символов. Можно использовать Markdown: *курсив*, **полужирный** и [ссылки](https://example.org).
profile-links = Ссылки
profile-links-hint = Ваш веб-сайт или профили в социальных сетях: по одному полному адресу в строке, не более 5.
profile-photo = Фотография
profile-photo-hint = JPEG, PNG или WebP, не более 5 МБ. Мы сохраняем центральный квадрат изображения и удаляем данные о местоположении и камере.
profile-photo-current = Ваша текущая фотография
profile-photo-remove = Удалить мою фотографию
profile-public-title = Что показывает программа
profile-public-hint = Имя для печати показывается всегда, адрес электронной почты — никогда. Отметьте, что еще можно показывать публично.
profile-public-details = Показывать мои титул или звание, должность и организацию
profile-public-bio = Показывать мою биографию
profile-public-links = Показывать мои ссылки
profile-public-pronouns = Показывать мои местоимения
profile-public-photo = Показывать мою фотографию
profile-save = Сохранить профиль
profile-availability-title = Когда вы не можете выступать
profile-availability-lead = Сообщите организаторам, когда вы недоступны, чтобы ваши сессии не назначались на это время. Время указывается по Женеве ({ $zone } во время Форума); сессии проходят в интервале { $hours }.
profile-unavailable-none = Вы пока не указали ни одного периода.
profile-unavailable-new = Добавить время, когда вы не можете выступать
profile-unavailable-day = День
profile-unavailable-start = С
profile-unavailable-end = До
profile-time-hint = Женевское время, например 14:00.
profile-whole-day = Весь день
profile-unavailable-add = Добавить
profile-unavailable-remove = Отозвать ({ $day })
profile-unavailable-by-organizers = (внесено организаторами)
profile-edit-link = Отредактируйте свой профиль докладчика и сообщите нам, когда вы не можете выступать
flash-profile-saved = Ваш профиль сохранен.
flash-profile-unavailable-added = Время добавлено.
flash-profile-unavailable-removed = Время отозвано.
error-photo-too-large = Размер файла превышает 5 МБ. Выберите фотографию меньшего размера.
error-photo-wrong-type = Это не фотография в формате JPEG, PNG или WebP. Выберите файл в одном из этих форматов.
error-photo-corrupt = Файл поврежден или загружен не полностью. Выберите другую копию.
error-photo-too-many-pixels = Изображение слишком большое (не более 12 000 пикселей по каждой стороне и не более 50 мегапикселей). Выберите изображение меньшего размера.
error-photo-too-small = Изображение слишком маленькое: выберите изображение не менее 96 пикселей в ширину и в высоту.
error-too-many-links = Максимальное число адресов: { $limit }.
speaker-links = Ссылки
speaker-pronouns = Местоимения: { $pronouns }
speaker-photo-alt = Фотография: { $name }
venue-profile-edit = Профиль: { $email }
venue-profile-lookup = Редактировать профиль докладчика
venue-profile-email = Адрес электронной почты докладчика, указанный в составе участников дискуссии
venue-profile-open = Открыть профиль
unavailable-by-speaker = указано докладчиком
profile-not-on-panel = Ваш адрес { $email } не указан среди участников дискуссии ни одной сессии. Если автор предложения указал для вас другой адрес, воспользуйтесь ссылкой из письма, полученного на тот адрес.
account-speaker-profile-lead = Участвуете в дискуссии на одной из сессий? Отредактируйте то, как вас представляет программа, и сообщите организаторам, когда вы не можете выступать.
account-speaker-profile-link = Ваш профиль докладчика
