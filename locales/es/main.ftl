# Textos de la interfaz en español. Cada clave de este archivo debe existir en
# todos los demás idiomas (una prueba lo comprueba). Las claves se agrupan por página.

site-name = Portal de Consulta del Foro de la CMSI
skip-to-content = Ir al contenido principal
nav-label = Principal
nav-menu = Menú
nav-home = Inicio
nav-login = Iniciar sesión
nav-register = Registrarse
nav-account = Mi cuenta
nav-logout = Cerrar sesión
language-label = Idioma
footer-organizers = El Foro de la CMSI está coorganizado por la UIT, la UNESCO, la UNCTAD y el PNUD.
footer-process = Proceso de Consulta Abierta: proponga sesiones, comparta sus opiniones, contribuya a definir el programa.
none = Ninguno
title-error-prefix = Error:

# Inicio
home-title = Contribuya a definir el programa del Foro de la CMSI
home-lead = Cada año, el Foro de la CMSI elabora su agenda a partir del Proceso de Consulta Abierta. Los gobiernos, el sector privado, la sociedad civil, el mundo académico, la comunidad técnica y las organizaciones internacionales proponen las sesiones.
home-cta-register = Crear una cuenta
home-cta-login = Iniciar sesión
home-welcome-back = Bienvenido/a de nuevo, { $name }.
home-steps-label = Cómo funciona la consulta
home-step-propose-title = Proponer
home-step-propose-body = Su organización propone una sesión: su formato, su panel y las Líneas de Acción de la CMSI y los Objetivos de Desarrollo Sostenible a los que contribuye.
home-step-review-title = Evaluar
home-step-review-body = Los evaluadores y los facilitadores de las Líneas de Acción evalúan cada propuesta según criterios publicados, incluido el equilibrio del panel.
home-step-agenda-title = Agenda
home-step-agenda-body = La Secretaría elabora la agenda a partir de las sesiones aceptadas y la publica para que todos puedan seguirla y reutilizarla.

# Formularios
form-has-errors = Hay un problema
form-optional = (opcional)
select-placeholder = Elija…
password-show = Mostrar contraseña
password-hide = Ocultar contraseña
field-name = Nombre completo
field-email = Dirección de correo electrónico
field-email-hint = Enviaremos un enlace a esta dirección para confirmarla.
field-password = Contraseña
field-password-hint = Al menos { $min } caracteres. Unas cuantas palabras que pueda recordar forman una contraseña segura.
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-organization = Organización
field-stakeholder-type = Tipo de parte interesada
field-country = País
field-consent = Acepto que el portal almacene los datos de este formulario para llevar a cabo la consulta.
field-consent-short = Consentimiento

# Mensajes de validación (error-<código>)
error-required = Introduzca esta información.
error-too-short = Utilice al menos { $limit } caracteres.
error-too-long = Utilice como máximo { $limit } caracteres.
error-bad-characters = Elimine los caracteres de control o invisibles.
error-email-invalid = Introduzca una dirección de correo electrónico como nombre@example.org.
error-password-too-short = Utilice al menos { $limit } caracteres.
error-choose-from-list = Elija una de las opciones de la lista.
error-consent-required = Marque la casilla para aceptar; de lo contrario, no podemos crear su cuenta.
error-login-failed = La dirección de correo electrónico o la contraseña no son correctas.
error-token-invalid = Este enlace ya no es válido: ya se utilizó, ha caducado o se copió de forma incompleta.
error-email-unverified = Confirme primero su dirección de correo electrónico: le hemos enviado un enlace (revise también su carpeta de correo no deseado).
error-password-wrong = Esta no es su contraseña actual.
error-rate-limited = Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minutos.
error-cannot-revoke-own-admin = No puede retirarse a sí mismo el rol de administrador.

# Registro
register-title = Crear una cuenta
register-lead = Regístrese una sola vez, para usted y su organización. Después podrá proponer sesiones para el Foro de la CMSI.
register-about-you = Sobre usted
register-your-organization = Su organización
consent-title = Sus datos
consent-text = Conservamos su nombre, su dirección de correo electrónico y su organización para llevar a cabo la consulta y ponernos en contacto con usted acerca de sus propuestas. Los evaluadores y la Secretaría de la CMSI pueden verlos. Puede descargar o borrar sus datos en cualquier momento.
register-submit = Crear cuenta
register-have-account = ¿Ya está registrado/a?
register-done-title = Revise su bandeja de entrada
register-done-body = Le hemos enviado un correo electrónico con un enlace. Ábralo para confirmar su dirección y, a continuación, inicie sesión.
register-done-spam = ¿No ha recibido el correo al cabo de unos minutos? Revise su carpeta de correo no deseado o inicie sesión para recibir un nuevo enlace.

# Verificación del correo electrónico
verify-title = Confirme su dirección de correo electrónico
verify-lead = Pulse el botón para confirmar que esta dirección es suya.
verify-submit = Confirmar mi dirección
verify-invalid-title = Este enlace no funciona
verify-invalid-help = Si su dirección aún no está confirmada, inicie sesión y le enviaremos un nuevo enlace.

# Inicio de sesión
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?
login-no-account = ¿Aún no tiene cuenta?

# Restablecimiento de la contraseña
forgot-title = Restablecer su contraseña
forgot-lead = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviarme un enlace
forgot-sent = Si alguna cuenta utiliza esta dirección, le hemos enviado un enlace. Es válido durante una hora.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-invalid-title = Este enlace no funciona
reset-request-new = Solicitar un nuevo enlace

# Cuenta
account-title = Mi cuenta
account-roles = Roles
account-change-password = Cambiar la contraseña
account-change-password-note = Al cambiar su contraseña, se cerrará su sesión en todos los demás dispositivos.
account-change-password-submit = Cambiar la contraseña

# Roles y tipos de partes interesadas
role-stakeholder = Parte interesada
role-speaker = Orador/a
role-reviewer = Evaluador/a
role-facilitator = Facilitador/a de Línea de Acción
role-organizer = Organizador/a
role-admin = Administrador/a
stakeholder-government = Gobierno
stakeholder-private-sector = Sector privado
stakeholder-civil-society = Sociedad civil
stakeholder-academia = Mundo académico
stakeholder-technical-community = Comunidad técnica
stakeholder-international-organization = Organización internacional

# Avisos puntuales (flash-<código>)
flash-email-verified = Su dirección de correo electrónico está confirmada. Ya puede iniciar sesión.
flash-signed-out = Ha cerrado la sesión.
flash-password-reset = Su contraseña se ha cambiado. Inicie sesión con la nueva.
flash-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en los demás dispositivos.

# Páginas de error (errorpage-<tipo>-title / -body)
errorpage-home = Ir a la página de inicio
errorpage-not-found-title = Página no encontrada
errorpage-not-found-body = No hay ninguna página en esta dirección. Compruebe la dirección o vuelva a empezar desde la página de inicio.
errorpage-forbidden-title = No permitido
errorpage-forbidden-body = Su cuenta no tiene acceso a esta página.
errorpage-unauthenticated-title = Es necesario iniciar sesión
errorpage-unauthenticated-body = Inicie sesión para ver esta página.
errorpage-rate-limited-title = Demasiadas solicitudes
errorpage-rate-limited-body = Espere un momento y vuelva a intentarlo.
errorpage-bad-request-title = Hay un problema con esta solicitud
errorpage-bad-request-body = La página no ha podido procesar lo que se envió. Vuelva atrás e inténtelo de nuevo.
errorpage-internal-title = Se ha producido un error por nuestra parte
errorpage-internal-body = El error ha quedado registrado. Vuelva a intentarlo dentro de unos minutos.

# Correos electrónicos (email-<plantilla>-subject / -body)
email-verify-email-subject = Confirme su dirección de correo electrónico para el Foro de la CMSI
email-verify-email-body =
    Estimado/a { $name }:

    Confirme su dirección de correo electrónico para el Portal de Consulta del Foro de la CMSI abriendo este enlace:

    { $link }

    El enlace es válido durante 48 horas. Si usted no se ha registrado, ignore este correo.

    Secretaría del Foro de la CMSI
email-account-exists-subject = Ya tiene una cuenta en el Foro de la CMSI
email-account-exists-body =
    Estimado/a { $name }:

    Alguien ha intentado registrarse con esta dirección de correo electrónico, que ya tiene una cuenta. Si fue usted, inicie sesión o elija una nueva contraseña aquí:

    { $link }

    Si no fue usted, no es necesario que haga nada.

    Secretaría del Foro de la CMSI
email-reset-password-subject = Elija una nueva contraseña para el Foro de la CMSI
email-reset-password-body =
    Estimado/a { $name }:

    Abra este enlace para elegir una nueva contraseña:

    { $link }

    El enlace es válido durante una hora y puede utilizarse una sola vez. Si no lo ha solicitado, ignore este correo: su contraseña seguirá siendo la misma.

    Secretaría del Foro de la CMSI

# Propuestas
nav-proposals = Mis propuestas
cancel = Cancelar
not-provided = Aún no facilitado
hint-max-chars = Como máximo { $max } caracteres.
hint-markdown = Puede utilizar Markdown: ## títulos, - listas, **negrita**, [enlaces](https://…).
proposals-title = Mis propuestas
proposals-deadline = La convocatoria de propuestas de sesiones está abierta hasta el { $deadline }.
proposals-call-closed = La convocatoria de propuestas de sesiones se cerró el { $deadline }.
proposals-new = Proponer una sesión
proposals-none = Su organización aún no tiene propuestas.
proposal-untitled = (borrador sin título)
proposal-status = Estado
proposal-updated = Último cambio
proposal-new-title = Proponer una sesión
proposal-edit-title = Editar la propuesta { $code }
proposal-edit-page-title = Editar la propuesta
proposal-edit-lead = Guarde un borrador en cualquier momento. Envíe la propuesta completa antes del { $deadline }; podrá editarla hasta entonces.
proposal-saved-at = Su borrador se guardó por última vez el { $when }.
proposal-sections = Secciones de este formulario
proposal-format-continue = Continuar
proposal-section-basics = La sesión
proposal-section-content = Contenido
proposal-section-practical = Necesidades prácticas
proposal-field-title = Título
proposal-field-format = Formato de la sesión
format-option = { $name } ({ $minutes } min, { $min }–{ $max } panelistas)
format-option-closed = fecha límite vencida, se necesita un código de acceso
proposal-field-mode = Participación
proposal-field-text-language = Idioma de los textos
proposal-text-language-other = Otro idioma
proposal-field-text-language-code = Código ISO, si es otro idioma
proposal-written-in = Redactado en { $language }
proposal-field-languages = Idiomas de la sesión
proposal-field-abstract = Resumen
proposal-field-description = Descripción
proposal-field-objectives = Objetivos
proposal-field-outcomes = Resultados previstos
proposal-field-action-lines = Líneas de Acción de la CMSI
proposal-field-sdgs = Objetivos de Desarrollo Sostenible
proposal-themes-hint = Marque cada uno de los temas a los que contribuye la sesión y explique cómo en una o dos frases.
theme-rationale = Cómo contribuye la sesión a { $theme }
theme-moderated-by = moderada por { $org }
theme-children = Subtemas de { $code } ({ $count })
sdg = ODS
proposal-field-panel = Panel
panel-hint = El moderador y los oradores. Cada uno recibe un correo electrónico para confirmar su participación. Un panel equilibrado (género, región, tipo de parte interesada) es un criterio de selección.
panel-member = Panelista { $n }
panel-role = Función
panel-role-moderator = Moderador/a
panel-role-speaker = Orador/a
panel-job-title = Cargo
panel-gender = Género
panel-remote = Participa a distancia
panel-remote-short = a distancia
panel-add = Añadir un panelista
panel-remove = Quitar al panelista { $n }
proposal-field-preferred-days = Días preferidos (opcional)
proposal-field-requirements = Necesidades especiales (opcional)
proposal-save-draft = Guardar el borrador
proposal-submit = Enviar la propuesta
proposal-edit = Editar
proposal-withdraw = Retirar
proposal-timeline = Historial de estados
proposal-deadline-line = Editable hasta el { $deadline }.
withdraw-title = ¿Desea retirar esta propuesta?
withdraw-lead = { $code } “{ $title }” dejará de tomarse en consideración. Esta acción no se puede deshacer.
withdraw-confirm = Retirar la propuesta
balance-title = Equilibrio del panel
balance-count = Panelistas: { $n }
balance-gender = Género
balance-region = Región de la UIT
balance-stakeholder = Tipo de parte interesada
balance-note-single-gender = Todos los panelistas son del mismo género. Considere la posibilidad de un panel más equilibrado.
balance-note-single-region = Todos los panelistas proceden de la misma región. Las voces de otras regiones refuerzan una propuesta.
balance-note-single-stakeholder = Todos los panelistas son del mismo tipo de parte interesada. El proceso de la CMSI valora los paneles de múltiples partes interesadas.
mode-in-person = Presencial
mode-hybrid = Híbrida (presencial y en línea)
mode-remote = Solo en línea
gender-woman = Mujer
gender-man = Hombre
gender-non-binary = No binario u otra identidad
gender-undisclosed = Prefiere no decirlo
region-A = A – Las Américas
region-B = B – Europa Occidental
region-C = C – Europa Oriental y Asia Septentrional
region-D = D – África
region-E = E – Asia y Australasia
status-draft = Borrador
status-submitted = Enviada
status-under-review = En evaluación
status-accepted = Aceptada
status-waitlisted = En lista de espera
status-rejected = No seleccionada
status-merged = Fusionada
status-confirmed = Confirmada
status-scheduled = Programada
status-withdrawn = Retirada
flash-proposal-saved = Borrador guardado.
flash-proposal-submitted = Su propuesta se ha enviado. Recibirá un acuse de recibo en su bandeja de entrada.
flash-proposal-locked = Esta propuesta ya no se puede editar.
flash-proposal-withdrawn = La propuesta se ha retirado.
error-choose-at-least-one = Elija al menos uno.
error-panel-too-small = Este formato requiere al menos { $limit } panelistas.
error-panel-too-large = Este formato admite como máximo { $limit } panelistas.
error-one-moderator = Indique exactamente un moderador.
error-duplicate-speaker = Esta persona ya forma parte del panel.
error-no-organization = Su cuenta aún no tiene una organización, por lo que no puede proponer sesiones.
error-call-closed = La convocatoria de propuestas está cerrada.
error-busy-try-again = En este momento se están recibiendo muchas propuestas. Vuelva a pulsar el botón.
error-not-editable = Esta propuesta ya no se puede modificar.
error-deadline-passed = La fecha límite de este formato ha vencido; ya no se aceptan cambios.
error-format-deadline-passed = La fecha límite de este formato ha vencido. Si la Secretaría de la CMSI le ha facilitado un código de acceso, introdúzcalo en «Código de acceso»; si no, elija otro formato.
error-format-deadline-passed-at = La fecha límite del formato { $format } venció el { $deadline }. Si la Secretaría de la CMSI le ha facilitado un código de acceso, introdúzcalo en «Código de acceso»; si no, elija otro formato.
error-format-deadline-passed-switch = La fecha límite de este formato ha vencido; mantenga el formato actual o elija otro que siga abierto.
error-stale-version = Otra persona ha guardado esta propuesta mientras usted la editaba. Sus cambios siguen abajo: compárelos con la versión guardada (ábrala en una pestaña nueva) y vuelva a guardar.
error-not-withdrawable = Una propuesta sobre la que ya se ha decidido no puede retirarse aquí; póngase en contacto con la Secretaría.
format-thematic-workshop = Taller temático
format-country-workshop = Taller de país
format-interactive-session = Sesión interactiva
format-high-level-policy-session = Sesión de política de alto nivel
format-facilitation-meeting = Reunión de facilitación de Línea de Acción
format-knowledge-cafe = Café del conocimiento
format-open-space-talk = Charla en espacio abierto
format-hackathon = Hackatón
format-exhibition = Espacio de exposición
al-C1 = Papel de las autoridades públicas y de todas las partes interesadas en la promoción de las TIC para el desarrollo
al-C2 = Infraestructura de la información y la comunicación
al-C3 = Acceso a la información y al conocimiento
al-C3-LIB = Bibliotecas y archivos
al-C4 = Creación de capacidad
al-C5 = Creación de confianza y seguridad en la utilización de las TIC
al-C6 = Entorno habilitador
al-C7 = Aplicaciones de las TIC: ventajas en todos los aspectos de la vida
al-C7-EGOV = Gobierno electrónico
al-C7-EBUS = Negocios electrónicos
al-C7-ELEARN = Aprendizaje electrónico
al-C7-EHEALTH = Cibersalud
al-C7-EEMPL = Ciberempleo
al-C7-EENV = Ciberecología
al-C7-EAGRI = Ciberagricultura
al-C7-ESCI = Ciberciencia
al-C8 = Diversidad e identidad culturales, diversidad lingüística y contenido local
al-C8-HER = Patrimonio
al-C9 = Medios de comunicación
al-C10 = Dimensiones éticas de la sociedad de la información
al-C11 = Cooperación internacional y regional
sdg-1 = Fin de la pobreza
sdg-2 = Hambre cero
sdg-3 = Salud y bienestar
sdg-4 = Educación de calidad
sdg-5 = Igualdad de género
sdg-6 = Agua limpia y saneamiento
sdg-7 = Energía asequible y no contaminante
sdg-8 = Trabajo decente y crecimiento económico
sdg-9 = Industria, innovación e infraestructura
sdg-10 = Reducción de las desigualdades
sdg-11 = Ciudades y comunidades sostenibles
sdg-12 = Producción y consumo responsables
sdg-13 = Acción por el clima
sdg-14 = Vida submarina
sdg-15 = Vida de ecosistemas terrestres
sdg-16 = Paz, justicia e instituciones sólidas
sdg-17 = Alianzas para lograr los objetivos
email-proposal-received-subject = Propuesta { $code } recibida
email-proposal-received-body =
    Estimado/a { $name }:

    Gracias: hemos recibido su propuesta de sesión { $code }, “{ $title }”.

    Puede consultarla y editarla hasta la fecha límite aquí:

    { $link }

    Secretaría del Foro de la CMSI
tz-geneva = Hora de Ginebra (UTC{ $offset })
tz-utc = UTC
balance-empty = La combinación de géneros, regiones y tipos de partes interesadas aparecerá aquí a medida que añada panelistas.
settings-title = Configuración de la convocatoria
settings-lead = Edición { $code }: fechas, convocatoria de propuestas y formatos de sesión. Las horas se indican en hora de Ginebra.
settings-edition = Edición y convocatoria
settings-save-edition = Guardar la edición
settings-formats = Formatos de sesión
settings-formats-lead = Cada formato tiene su propia duración, su propio tamaño de panel y, si se cierra antes que la convocatoria, su propia fecha límite.
edition-title = Título
edition-venue = Lugar
edition-starts-on = Primer día del Foro
edition-ends-on = Último día del Foro
edition-call-opens = Apertura de la convocatoria
edition-call-closes = Cierre de la convocatoria
hint-geneva-time = Hora de Ginebra (se tiene en cuenta el cambio entre horario de invierno y de verano).
format-minutes = Duración (minutos)
format-min-panel = Número mínimo de panelistas
format-max-panel = Número máximo de panelistas
format-deadline = Fecha límite propia (opcional)
format-deadline-hint = Déjelo vacío para utilizar la hora de cierre de la convocatoria. Hora de Ginebra.
format-is-open = Abierto a propuestas
format-save = Guardar { $name }
flash-settings-saved = Configuración guardada.
error-date-invalid = Introduzca una fecha como 2027-05-10.
error-datetime-invalid = Introduzca una fecha y una hora como 2027-02-15T23:59.
error-ends-before-start = Debe ser posterior al inicio.
error-number-invalid = Introduzca un número entero.
error-number-too-small = Introduzca al menos { $limit }.
error-number-too-large = Introduzca como máximo { $limit }.
error-max-below-min = El máximo no puede ser inferior al mínimo.
speaker-page-title = Su participación en una sesión del Foro de la CMSI
speaker-confirm-title = Estimado/a { $name }
speaker-confirm-lead = { $organization } le propone como { $role } en la sesión “{ $title }” ({ $code }) del Foro de la CMSI. ¿Participará usted?
speaker-confirm-yes = Sí, participaré
speaker-confirm-no = No, declino la invitación
speaker-current-answer = Su respuesta hasta ahora: { $answer }. Puede cambiarla.
speaker-answer-invited = Pendiente de confirmación
speaker-answer-confirmed = Confirmada
speaker-answer-declined = Declinada
speaker-invalid-title = Este enlace de invitación no funciona
flash-speaker-confirmed = Gracias: su participación está confirmada. Se ha informado a los organizadores.
flash-speaker-declined = Su respuesta ha quedado registrada: declina la invitación. Se ha informado a los organizadores.
email-speaker-invitation-subject = ¿Participará en “{ $title }” en el Foro de la CMSI?
email-speaker-invitation-body =
    Estimado/a { $name }:

    { $organization } le propone como { $role } en la sesión “{ $title }” ({ $code }) del Foro de la CMSI.

    Confirme o decline su participación aquí (no es necesario tener una cuenta):

    { $link }

    Secretaría del Foro de la CMSI
countdown = Se cierra dentro de { $days } días, { $hours } horas y { $minutes } minutos.
access-codes-title = Códigos de acceso
access-codes-lead = Un código permite a un proponente invitado o que llega tarde crear y enviar una propuesta después de la fecha límite, hasta que el código caduque.
access-code = Código
access-code-for = Destinatario
access-code-for-hint = Quién lo recibe, p. ej., “Secretaría de la UNESCO” o “propuestas tardías, región de África”.
access-code-formats = Formatos
access-code-formats-hint = No marque ninguno para permitir todos los formatos.
access-code-all-formats = Todos los formatos
access-code-uses = Usos
access-code-max-uses = Propuestas que puede crear
access-code-expires = Válido hasta
access-code-new = Entregar un nuevo código
access-code-create = Crear el código
access-code-label = Código de acceso
access-code-hint = La convocatoria está cerrada. Si la Secretaría le ha facilitado un código de acceso, introdúzcalo para proponer una sesión.
access-code-hint-open = La convocatoria está abierta. Un código de la Secretaría de la CMSI también abre un formato cuya propia fecha límite ha vencido.
access-code-have = ¿Tiene un código de acceso?
access-code-form-hint = Solo es necesario para un formato cuya fecha límite ha vencido, o después del cierre de la convocatoria. La Secretaría de la CMSI entrega códigos a las personas invitadas y a quienes llegan tarde.
access-code-use = Utilizar el código
flash-access-code-created = El código de acceso se ha creado; figura al principio de la lista.
error-access-code-invalid = Este código de acceso no es válido o ha caducado.
error-access-code-used-up = Este código de acceso ya se ha utilizado el número máximo de veces permitido.
error-access-code-format = Su código de acceso no abarca este formato.
error-must-be-future = Elija una hora futura.
coorganizers-title = Coorganizadores
coorganizers-none = Aún no hay ninguna organización coorganizadora.
coorganizer-invite = Invitar a una organización coorganizadora
coorganizer-invite-hint = Enviaremos un enlace por correo electrónico a la persona de contacto. Una vez que acepte (con su propia cuenta), podrá editar esta propuesta con usted.
coorganizer-email = Correo electrónico de la persona de contacto
coorganizer-invite-submit = Enviar la invitación
coorganizer-remove = Quitar a { $organization }
coorganizer-status-invited = Invitada
coorganizer-status-accepted = Aceptada
coorganizer-status-declined = Declinada
coorganize-page-title = Invitación a coorganizar
coorganize-lead = { $lead } invita a { $organization } a coorganizar la sesión “{ $title }” ({ $code }) en el Foro de la CMSI. Si acepta, podrá consultar y editar la propuesta.
coorganize-accept = Aceptar y coorganizar
coorganize-decline = Declinar
coorganize-invalid-title = Este enlace de invitación no funciona
flash-coorganizer-invited = La invitación se ha enviado.
flash-coorganizer-removed = El coorganizador se ha quitado.
flash-coorganizer-declined = Ha declinado la invitación.
error-coorganizer-already-invited = Esta dirección ya ha sido invitada a esta propuesta.
email-coorganizer-invitation-subject = Invitación a coorganizar “{ $title }” en el Foro de la CMSI
email-coorganizer-invitation-body =
    Estimado/a señor/a:

    { $lead } invita a { $organization } a coorganizar la sesión “{ $title }” ({ $code }) en el Foro de la CMSI.

    Acepte o decline la invitación aquí (antes, inicie sesión o cree una cuenta):

    { $link }

    Secretaría del Foro de la CMSI
nav-organization = Organización
org-lead = Región de la UIT: { $region }. Todos los miembros pueden editar este perfil y las propuestas de la organización.
org-profile = Perfil
org-website = Sitio web
org-website-hint = Opcional. La dirección completa, que empiece por https://.
org-save = Guardar el perfil
org-members = Miembros
org-requests = Solicitudes de adhesión
org-no-requests = No hay nadie esperando para unirse.
org-approve = Aprobar a { $name }
org-decline = Rechazar a { $name }
org-join-other = Unirse a otra organización
org-join-title = Unirse a una organización
org-join-lead = Busque el perfil de su organización y solicite unirse; un miembro aprobará la solicitud. Mientras tanto, conservará su organización actual.
org-search = Nombre de la organización
org-search-submit = Buscar
org-results = Resultados
org-ask-to-join = Solicitar unirse a { $name }
flash-organization-saved = El perfil de la organización se ha guardado.
flash-join-requested = Su solicitud se ha enviado a los miembros de la organización.
flash-join-answered = Su respuesta ha quedado registrada.
error-url-invalid = Introduzca una dirección web completa que empiece por https://.
error-already-member = Ya es miembro de esta organización.
error-join-already-requested = Ya ha solicitado unirse; un miembro le responderá.
email-join-request-subject = { $requester } solicita unirse a { $organization }
email-join-request-body =
    Estimado/a { $name }:

    { $requester } ({ $email }) solicita unirse a { $organization } en el Portal de Consulta del Foro de la CMSI. Los miembros pueden ver y editar las propuestas de la organización.

    Apruebe o rechace la solicitud aquí:

    { $link }

    Secretaría del Foro de la CMSI
email-draft-reminder-subject = Su borrador { $code } aún no se ha enviado
email-draft-reminder-body =
    Estimado/a { $name }:

    Su propuesta de sesión { $code }, “{ $title }”, sigue siendo un borrador. La fecha límite vence dentro de unas { $hours } horas; después, el borrador ya no podrá enviarse.

    Complétela y envíela aquí:

    { $link }

    Secretaría del Foro de la CMSI
questions-title = Preguntas de este formato
questions-choose-format = Elija un formato de sesión para ver sus preguntas.
questions-for-format = Preguntas para { $format }
questions-none = Este formato no incluye preguntas adicionales.
answer-yes = Sí
answer-no = No
question-new = Añadir una pregunta
question-label = Pregunta
question-kind = Tipo de respuesta
question-kind-text = Texto
question-kind-choice = Una entre varias opciones
question-kind-number = Número entero
question-kind-url = Dirección web
question-kind-yes-no = Sí o no
question-choices = Opciones (una por línea)
question-required = Es obligatorio responder para poder enviar
question-add = Añadir la pregunta
question-remove = Quitar “{ $label }”
question-list-empty = No hay preguntas adicionales.
flash-question-saved = La pregunta se ha guardado.
flash-question-removed = La pregunta se ha quitado.
error-two-choices = Indique al menos dos opciones, una por línea.
rationale-label = Cómo contribuye la sesión

## Evaluación, selección y moderación
nav-review = Evaluación
nav-organize = Organizar
nav-moderation = Moderación
choose = Elija…
error-choose-proposals = Marque al menos una propuesta de la lista.
error-criterion-scored = Ya hay evaluaciones que utilizan este criterio, por lo que no se puede cambiar su escala ni eliminarlo.
error-language-code-invalid = Escriba un código de idioma de dos o tres letras, como sw o pt.
error-scale-texts-required = Indique qué significan la puntuación más baja y la más alta, en al menos un idioma.
error-moderation-no-change = La evaluación ya se encuentra en ese estado; no se ha cambiado nada.
error-no-such-account = Ninguna cuenta utiliza esta dirección de correo electrónico. Pida a la persona que se registre primero.
error-not-a-reviewer = Aquí solo se puede elegir a evaluadores y facilitadores.
error-not-confirmable = Solo se puede confirmar una sesión aceptada.
error-not-decidable = Solo se puede decidir sobre propuestas enviadas; no sobre borradores ni propuestas retiradas o fusionadas.
error-not-in-review = Solo las propuestas enviadas pueden asignarse a evaluadores.
error-phase-overlaps = Esta fase se solapa con otra; las fases no deben solaparse.
error-review-decided = Ya se ha tomado una decisión sobre la propuesta, por lo que las evaluaciones están cerradas.
error-review-hidden = Un administrador ha ocultado su evaluación; ya no se puede modificar.
error-review-locked = Un administrador ha bloqueado su evaluación; ya no se puede modificar.
error-review-phase-closed = No hay ninguna fase de evaluación abierta en este momento, por lo que no se pueden redactar ni modificar evaluaciones.
error-reviewer-conflicted = Este evaluador tiene un conflicto de intereses con la propuesta.
error-same-reviewer = Elija un evaluador distinto del que redactó la evaluación.
error-score-out-of-scale = Elija una puntuación del 1 al { $limit }.
error-unknown-code = Utilice códigos de las listas (por ejemplo, C3, C7-EHEALTH o thematic-workshop), separados por comas.
error-unknown-placeholder = Utilice solo los marcadores {"{"}name{"}"}, {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} y {"{"}edition{"}"}, cada uno entre llaves.
flash-queue-done = Ha evaluado todas las propuestas de su lista. ¡Gracias!
flash-review-saved = Su evaluación se ha guardado.
flash-comment-posted = Su mensaje se ha añadido al debate.
flash-conflict-declared = Su conflicto de intereses ha quedado registrado; la propuesta se ha retirado de su lista.
flash-review-flagged = La evaluación se ha señalado a los administradores.
flash-flag-needs-reason = Para señalar una evaluación, explique el motivo en pocas palabras.
flash-reviewer-assigned = El evaluador se ha asignado.
flash-reviewer-unassigned = El evaluador se ha retirado de esta propuesta.
flash-decision-recorded = La decisión ha quedado registrada. Seguirá pendiente hasta que publique las decisiones.
flash-decisions-recorded = Las decisiones han quedado registradas. Seguirán pendientes hasta que las publique.
flash-decisions-released = Las decisiones se han publicado; los correos electrónicos están en la bandeja de salida.
flash-template-saved = La plantilla de correo electrónico se ha guardado.
flash-review-settings-saved = La configuración de la evaluación se ha guardado.
flash-criterion-saved = El criterio se ha guardado.
flash-criterion-removed = El criterio se ha eliminado.
flash-phase-saved = La fase de evaluación se ha añadido.
flash-phase-removed = La fase de evaluación se ha eliminado.
flash-team-saved = El equipo se ha añadido.
flash-team-removed = El equipo se ha eliminado.
flash-reviewer-added = El rol se ha asignado.
flash-auto-assign-done = Todas las propuestas enviadas tienen ya sus evaluadores.
flash-auto-assign-short = Se han asignado evaluadores, pero algunas propuestas tienen menos de los solicitados: añada evaluadores o amplíe el ámbito de los equipos y vuelva a asignar.
flash-review-moderated = La acción de moderación ha quedado registrada.
flash-session-confirmed = Gracias: su sesión está confirmada.
criterion-relevance = Pertinencia para las Líneas de Acción y los ODS
criterion-multistakeholder = Panel de múltiples partes interesadas
criterion-balance = Equilibrio regional y de género
criterion-interactivity = Interactividad y diseño híbrido
criterion-quality = Claridad y calidad
criterion-novelty = Novedad
criterion-relevance-low = Sin relación con las Líneas de Acción y los ODS
criterion-relevance-high = Central para las Líneas de Acción y los ODS que cita
criterion-multistakeholder-low = Un solo grupo de partes interesadas
criterion-multistakeholder-high = Varios grupos de partes interesadas, cada uno con un papel real
criterion-balance-low = Una sola región y un solo género
criterion-balance-high = Equilibrio entre regiones y géneros
criterion-interactivity-low = Solo discursos; sin espacio para el público
criterion-interactivity-high = Pensada para el debate, presencial y en línea
criterion-quality-low = Objetivos y estructura poco claros
criterion-quality-high = Objetivos, estructura y resultados esperados claros
criterion-novelty-low = Repite lo que trataron Foros anteriores
criterion-novelty-high = Una pregunta, un enfoque o una voz nuevos
criterion-weight = Ponderación { $weight }; puntuación del 1 al { $max }.
rec-accept = Aceptar
rec-weak-accept = Aceptar si hay espacio
rec-weak-reject = Mejor no
rec-reject = Rechazar
confidence-1 = Baja: fuera de mi ámbito de especialización
confidence-2 = Media
confidence-3 = Alta: conozco bien este ámbito
outcome-accept = Aceptar
outcome-waitlist = Lista de espera
outcome-reject = No seleccionada
queue-title = Evaluaciones
queue-progress = Ha evaluado { $done } de { $total } propuestas.
queue-start-next = Evaluar la siguiente propuesta
queue-nothing-next = No hay nada pendiente de su evaluación.
queue-to-review = Por evaluar
queue-reviewed = Evaluadas
queue-assigned = Asignada a usted
queue-in-line = En su Línea de Acción
queue-why = Motivo
queue-your-review = Su evaluación
agg-count = Evaluaciones
agg-mean = Media ponderada
agg-median = Mediana
agg-spread = Desviación típica
agg-disagreement = Los evaluadores discrepan
agg-reviews-assigned = Evaluaciones / asignadas
blind-hidden = Oculto (evaluación anónima)
results-hidden = Oculto en esta fase
blind-panelist = Panelista (nombre oculto)
blind-notice = Evaluación anónima: los nombres de los proponentes y de los panelistas están ocultos. Juzgue la propuesta por su contenido.
review-lead-organization = Organización principal
review-lead-type = Su tipo de parte interesada
review-lead-country = Su país
review-yours = Su evaluación
review-note = Nota (opcional)
review-confidence = Su grado de confianza
review-confidence-line = Confianza: { $level }
review-recommendation = Su recomendación
review-comment = Comentario para los organizadores
review-comment-hint = No se muestra a los proponentes. Indique qué mejoraría la sesión o por qué no debería seleccionarse.
review-save = Guardar
review-save-next = Guardar y evaluar la siguiente
review-skip-next = Pasar a la siguiente propuesta
review-scores = Puntuaciones
review-others = Otras evaluaciones
review-state-hidden = Ocultada por un administrador
review-state-locked = Bloqueada
review-state-flagged = Señalada
review-flag = Señalar para moderación
review-flag-reason = ¿Por qué debería un administrador examinar esta evaluación?
review-moderate-link = Moderar evaluaciones
review-moderation-history = Lo que han hecho los administradores con su evaluación
review-staff-title = Herramientas de los organizadores
assign-title = Evaluadores asignados
assign-reviewer = Añadir un evaluador (evaluaciones asignadas hasta ahora)
assign-add = Asignar
assign-remove = Quitar a { $name }
conflicts-title = Conflictos de intereses
decision-title = Decisión
decision-current = Decisión: { $outcome } ({ $status })
decision-pending = pendiente, no publicada
decision-released = publicada
decision-none = Sin decidir
decision-outcome = Resultado
decision-note = Nota interna
decision-note-hint = Solo para los organizadores; no se envía a los proponentes.
decision-save = Registrar la decisión
discussion-title = Debate de los evaluadores
discussion-hint = Solo los evaluadores de esta propuesta y los organizadores lo leen; los proponentes nunca lo ven.
discussion-new = Su mensaje
discussion-post = Publicar
conflict-declare-title = Conflicto de intereses
conflict-declare-hint = Si trabaja con los proponentes, forma parte del panel o no puede juzgar la propuesta con imparcialidad por otro motivo, declárelo: la propuesta se retirará de su lista y su evaluación, si la hubiera, dejará de contabilizarse.
conflict-reason = Motivo
conflict-declare = Declarar un conflicto de intereses
selection-title = Propuestas y selección
selection-count = { $total } propuestas coinciden. Página { $page } de { $pages }.
selection-none = Ninguna propuesta coincide con estos filtros.
select-proposal = Seleccionar { $code }
select-proposals = Propuestas sobre las que decidir
bulk-title = Decidir sobre las propuestas seleccionadas
bulk-decide = Registrar la decisión para las propuestas seleccionadas
filter-title = Filtrar y ordenar
filter-search = Buscar por código, título u organización
filter-any = Cualquiera
filter-line = Línea de Acción
filter-sdg = ODS
filter-region = Región de la organización principal
filter-stakeholder = Tipo de parte interesada de la organización principal
filter-disagreement = Solo las propuestas en las que los evaluadores discrepan
filter-apply = Aplicar
filter-clear = Borrar los filtros
sort-by = Ordenar por
sort-direction = Orden
sort-asc = Ascendente
sort-desc = Descendente
sort-code = Código
sort-title = Título
sort-mean = Media ponderada
sort-median = Mediana
sort-spread = Desviación típica
sort-reviews = Número de evaluaciones
sort-decision = Decisión
pager-label = Páginas
pager-prev = Página anterior
pager-next = Página siguiente
decisions-title = Decisiones y correos electrónicos
release-title = Publicar las decisiones
release-nothing = No hay ninguna decisión pendiente de publicación.
release-pending = { $count } decisiones están pendientes de publicación:
release-hint = Al publicar, cambia el estado de cada propuesta y se envía a sus organizadores el correo electrónico con la decisión en su idioma. No se puede deshacer, pero una decisión puede modificarse y volver a publicarse.
release-button = Publicar las decisiones y enviar los correos electrónicos
release-review-pending = Ver las decisiones pendientes en la lista
templates-title = Correos electrónicos de decisión
templates-hint = Cada resultado tiene su correo electrónico en cada idioma. Mientras no lo modifique, se utiliza el texto predeterminado.
templates-language = Idioma de las plantillas
template-subject = Asunto
template-body = Texto
template-placeholders = Marcadores: {"{"}name{"}"} (el destinatario), {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} (la página de la propuesta) y {"{"}edition{"}"}.
template-preview = Vista previa
template-save = Guardar la plantilla
template-custom = modificada por los organizadores
review-setup-title = Configuración de la evaluación
review-settings-title = Parámetros de la evaluación
review-per-proposal = Evaluadores por propuesta
review-threshold = Umbral de discrepancia
review-threshold-hint = Desviación típica de las puntuaciones (0–100) a partir de la cual se considera que los evaluadores discrepan.
review-blind = Evaluación anónima
review-blind-hint = Los evaluadores y facilitadores no verán entonces los nombres de los proponentes, las organizaciones ni los panelistas, en ninguna página ni exportación.
review-settings-save = Guardar los parámetros de la evaluación
auto-assign-title = Asignación automática
auto-assign-hint = Asigna { $n } evaluadores a cada propuesta enviada, reparte el trabajo de forma equitativa, respeta el ámbito de los equipos y nunca asigna a nadie con un conflicto de intereses. Las asignaciones existentes se mantienen.
auto-assign-button = Asignar evaluadores automáticamente
criteria-title = Criterios
criteria-hint = Cada evaluación puntúa todos los criterios; la media ponderada lleva cada puntuación a una escala de 0–100 y la pondera. Ponderación total actual: { $total }.
criterion-name = Nombre
criterion-name-default = Déjelo vacío para mantener el nombre estándar, traducido para cada lector.
criterion-description = Orientaciones para los evaluadores
criterion-weight-label = Ponderación
criterion-scale = Puntuación máxima
criterion-save = Guardar “{ $name }”
criterion-remove = Eliminar “{ $name }”
criterion-new = Nuevo criterio
criterion-add = Añadir el criterio
criterion-scale-texts = Qué significan las puntuaciones
criterion-scale-low = Qué significa { $min } ({ $language })
criterion-scale-high = Qué significa { $max } ({ $language })
criterion-scale-hint-default = Deje un idioma vacío para mostrar en él el texto estándar.
criterion-scale-hint-custom = Al menos un idioma para cada extremo. Los lectores de los demás idiomas ven el primero introducido.
phases-title = Fases de evaluación
phases-none = No se ha definido ninguna fase: la evaluación está abierta y los evaluadores no ven las evaluaciones de los demás.
phase-new = Nueva fase
phase-name = Nombre
phase-starts = Inicio
phase-ends = Fin
phase-may-review = Los evaluadores pueden redactar y modificar evaluaciones
phase-see-others = Los evaluadores ven las demás evaluaciones una vez redactada la suya
phase-proposers-edit = Los proponentes aún pueden editar las propuestas enviadas
phase-no-rights = Nadie puede modificar nada
phase-add = Añadir la fase
phase-remove = Eliminar { $name }
reviewers-title = Evaluadores y facilitadores
reviewer-name = Nombre
reviewer-roles = Roles
reviewer-assigned = Asignadas
reviewer-reviewed = Evaluadas
reviewer-add-title = Asignar el rol de evaluador o facilitador
reviewer-email-hint = El correo electrónico de la cuenta de la persona.
reviewer-line = Línea de Acción que facilitará
reviewer-line-hint = Déjelo vacío para que la persona sea evaluadora; introduzca un código como C3 o C3-LIB para que sea su facilitadora.
reviewer-add = Asignar el rol
facilitator-of = Facilitador/a de { $lines }
teams-title = Equipos
teams-hint = A un evaluador que pertenece a equipos solo se le asignan propuestas dentro de las Líneas de Acción y los formatos de un equipo; a un evaluador sin equipo se le puede asignar cualquier propuesta.
team-new = Nuevo equipo
team-name = Nombre
team-lines = Líneas de Acción
team-lines-hint = Códigos separados por comas, p. ej., C7, C3-LIB. Vacío: cualquier línea.
team-formats = Formatos
team-formats-hint = Códigos separados por comas, p. ej., thematic-workshop. Vacío: cualquier formato.
team-members = Miembros
team-members-hint = Direcciones de correo electrónico de evaluadores o facilitadores, separadas por comas o en líneas distintas.
team-add = Añadir el equipo
team-any = cualquier propuesta
team-remove = Eliminar { $name }
moderation-title = Moderación de las evaluaciones
moderation-lead = Las evaluaciones señaladas aparecen primero. Cada acción requiere un motivo, queda registrada en el registro de auditoría y se muestra al autor de la evaluación.
moderation-show-all = Mostrar todas las evaluaciones
moderation-show-flagged = Mostrar solo las evaluaciones señaladas
moderation-none = No hay evaluaciones que moderar.
moderation-by = Por { $name }
moderation-act = Actuar sobre esta evaluación
moderation-action = Acción
moderation-reason = Motivo
moderation-reason-hint = Obligatorio. El autor de la evaluación lo leerá.
moderation-edit-fields = Nuevo texto, recomendación o evaluador (para “Editar” y “Reasignar”)
moderation-new-reviewer = Nuevo evaluador
moderation-apply = Aplicar
moderation-before-after = Antes y después
moderation-flag = Señalar
moderation-unflag = Quitar la señal
moderation-hide = Ocultar
moderation-restore = Restaurar
moderation-edit = Editar
moderation-reassign = Reasignar a otro evaluador
moderation-lock = Bloquear
moderation-unlock = Desbloquear
organize-title = Equilibrio del programa
organize-tools = Herramientas de los organizadores
organize-submitted = propuestas enviadas
organize-reviewed = evaluadas al menos una vez
organize-accepted = aceptadas
organize-pending = decisiones pendientes de publicación
balance-lead = Cada gráfico compara todas las propuestas enviadas con el conjunto de las aceptadas (publicadas o no). La tabla bajo cada gráfico ofrece las cifras.
balance-dim-stakeholder = Tipo de parte interesada de la organización principal
balance-dim-region = Región de la UIT de la organización principal
balance-dim-gender = Género de los panelistas
balance-dim-line = Líneas de Acción
balance-dim-sdg = Objetivos de Desarrollo Sostenible
balance-dim-format = Formatos de sesión
balance-dim-country = País de la organización principal
balance-chart-summary = Gráfico de barras de { $dimension } ({ $count } categorías; se muestran las más grandes).
balance-legend-all = todas las propuestas enviadas
balance-legend-accepted = aceptadas
balance-category = Categoría
balance-submitted = Enviadas
balance-accepted = Aceptadas
balance-share = Proporción
line-reports-title = Informes por Línea de Acción
line-reports-lead = Para cada Línea de Acción: sus propuestas enviadas, las decisiones publicadas y el equilibrio, para informar al organismo de las Naciones Unidas que la facilita.
line-report-count = { $count } propuestas enviadas en esta línea y sus subtemas.
line-report-csv = Descargar en CSV
confirm-title = Confirme su sesión
confirm-text = Su propuesta ha sido aceptada. Confirme que celebrará la sesión tal como la propuso.
confirm-button = Confirmar la sesión
email-decision-accept-subject = { $edition }: su sesión { $code } ha sido aceptada
email-decision-accept-body =
    Estimado/a { $name }:

    Nos complace comunicarle que su propuesta de sesión { $code }, “{ $title }”, ha sido aceptada para { $edition }.

    Confirme aquí que celebrará la sesión:

    { $link }

    Volveremos a escribirle cuando se publique la agenda.
email-decision-waitlist-subject = { $edition }: su propuesta { $code } está en la lista de espera
email-decision-waitlist-body =
    Estimado/a { $name }:

    Gracias por proponer “{ $title }” ({ $code }) para { $edition }. Hemos recibido muchas propuestas de calidad; la suya está en la lista de espera y le escribiremos si queda una plaza libre.

    Puede seguir su estado aquí:

    { $link }
email-decision-reject-subject = { $edition }: su propuesta { $code }
email-decision-reject-body =
    Estimado/a { $name }:

    Gracias por proponer “{ $title }” ({ $code }) para { $edition }. Lamentamos no haber podido seleccionarla este año; hemos recibido muchas más propuestas de las que caben en el programa.

    Esperamos verle en el Foro. Puede consultar su propuesta aquí:

    { $link }
outcome-merge = Fusionada con otra sesión
error-merge-two-or-more = Marque dos o más propuestas para fusionarlas.
error-not-mergeable = Solo se pueden fusionar propuestas enviadas o sobre las que ya se ha decidido; no las retiradas, fusionadas, confirmadas ni programadas.
flash-proposals-merged = Las propuestas se han fusionado en esta sesión. Su aceptación, y la fusión, quedan pendientes hasta que publique las decisiones.
bulk-merge = Fusionar las propuestas seleccionadas en una sola sesión
bulk-merge-hint = O fusiónelas: en la página siguiente elegirá cuál se mantiene como sesión y su título.
merge-title = Fusionar propuestas en una sola sesión
merge-lead = La sesión conserva el código y el contenido de la propuesta elegida y suma los panelistas, las Líneas de Acción, los ODS y las organizaciones (como coorganizadoras) de las demás. Cada propuesta fusionada conserva su propio registro y remite a la sesión. Podrá editar la sesión posteriormente. No se anuncia nada hasta que publique las decisiones.
merge-primary = La propuesta que se convierte en la sesión
merge-primary-hint = Se mantienen su código, su descripción y su moderador.
merge-title-label = Título de la sesión
merge-title-hint = A menudo, un nuevo título que abarque todas las propuestas fusionadas.
merge-button = Fusionar en una sola sesión
merge-cancel = Cancelar
merged-from = Esta sesión resulta de la fusión de
merged-into = Esta propuesta se ha fusionado con la sesión
email-decision-merge-subject = { $edition }: su propuesta { $code } se integra en una sesión conjunta
email-decision-merge-body =
    Estimado/a { $name }:

    Gracias por proponer “{ $title }” ({ $code }) para { $edition }. Varias propuestas sobre el mismo tema eran de gran calidad, por lo que el comité del programa ha combinado la suya con otras en una sola sesión. Su organización es coorganizadora de esa sesión y sus panelistas forman parte de ella.

    Puede ver de qué sesión se trata y seguirla aquí:

    { $link }
coorganizers-none-short = Ninguno
error-review-unassigned = Ya no está asignado/a a esta propuesta; su evaluación sigue registrada, pero ya no se puede modificar.
moderation-page = Página { $page } de { $pages }.
moderation-audit-link = Ver las acciones de moderación en el registro de auditoría.
audit-title = Registro de auditoría
audit-lead = Todos los cambios realizados en el portal: quién, qué, cuándo, desde qué dirección y el estado antes y después. Los más recientes primero.
audit-action = Acción
audit-action-hint = El comienzo del nombre de una acción, p. ej., review. o decision.
audit-target = Objeto
audit-target-hint = Un código de propuesta o el número de un usuario o de una evaluación.
audit-when = Cuándo
audit-who = Quién
audit-change = Antes y después
audit-address = Dirección
audit-before-after = Mostrar
audit-system = El portal
audit-none = Ninguna entrada coincide.

## Agenda: elementos comunes
nav-agenda = Agenda
day-long = { $weekday } { $day } de { $month } de { $year }
date-long = { $day } de { $month } de { $year }
datetime-long = { $date }, { $time } ({ $zone })
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Creador de la agenda (organizadores)
agenda-builder-title = Creador de la agenda
agenda-step = Intervalo de la cuadrícula
agenda-step-venue = Intervalo del recinto ({ $minutes } min)
agenda-step-minutes = { $minutes } min
agenda-rooms-shown = Salas mostradas: { $shown } de { $total }
agenda-tools = Herramientas de la agenda
agenda-venue-title = Lugar y cuadrícula horaria
agenda-sessions-title = Sesiones y público
agenda-schedule-title = Programación automática
agenda-release-title = Publicar la agenda
agenda-back-to-builder = Volver al creador de la agenda
agenda-days = Días
agenda-how = Elija una sesión en la lista o en la cuadrícula y pulse el “+” de una celda de la cuadrícula, o elija una sala y una hora de inicio a continuación y pulse “Colocar”. Las sesiones mantienen la duración de su formato.
agenda-drag-hint = También puede arrastrar una sesión a una celda de la cuadrícula.
agenda-filter-q = Buscar sesiones
agenda-filter-format = Formato
agenda-filter-line = Línea de Acción
agenda-unscheduled = Aún sin programar
agenda-unscheduled-count = Se muestran { $shown } de { $total } aún sin programar.
agenda-unscheduled-none = Aquí no hay ninguna sesión pendiente de programación.
agenda-card-meta = { $format }, { $minutes } min
agenda-has-conflict = Conflicto
agenda-room-facts = { $building }, { $capacity } plazas
agenda-hybrid = híbrida
agenda-place-here = Colocar la sesión elegida en { $room } a las { $time }
agenda-place-legend = Colocar la sesión elegida en este día
agenda-room = Sala
agenda-start = Inicio
agenda-time = Hora
agenda-place = Colocar
agenda-unschedule = Retirar de la cuadrícula
agenda-conflicts = Conflictos
agenda-conflict-error = Conflicto
agenda-conflict-warning = Advertencia
agenda-conflict-summary = { $errors } conflictos y { $warnings } advertencias en toda la agenda.
agenda-not-placed = Sin programar
agenda-remote-panel = oradores a distancia
agenda-sessions-hint = El público previsto se compara con las plazas de la sala en la que se coloca la sesión.
agenda-audience-for = Público previsto de { $code }
agenda-audience-save = Guardar
agenda-col-code = Código
agenda-col-title = Título
agenda-col-format = Formato y duración
agenda-col-place = Ubicación
agenda-col-audience = Público previsto
conflict-room-overlap = { $room } acoge más sesiones simultáneas de las que admite: { $sessions }.
conflict-overrun = { $session } no cabe en su franja en { $room }: se prolonga más allá del final del día o hasta una pausa o sesión plenaria.
conflict-person-overlap = { $person } está en dos sesiones al mismo tiempo: { $sessions }.
conflict-travel = { $person } solo dispone de { $gap } minutos para cambiar de edificio entre { $sessions }.
conflict-unavailable = { $person } no puede asistir a { $session } a esa hora.
conflict-capacity = { $session } prevé { $audience } personas, pero { $room } tiene { $capacity } plazas.
conflict-no-hybrid = { $session } tiene oradores a distancia, pero { $room } no dispone de equipo híbrido.
conflict-parallel = { $count } sesiones se celebran al mismo tiempo, más que el límite del lugar: { $sessions }.
conflict-same-line = Dos sesiones de la Línea de Acción { $line } se celebran al mismo tiempo: { $sessions }.
flash-agenda-placed = La sesión se ha colocado.
flash-agenda-unscheduled = La sesión se ha retirado de la cuadrícula y ha vuelto a la lista.
error-agenda-pick-session = Elija primero una sesión, en la lista o en la cuadrícula.
error-agenda-stale = Otro organizador ha hecho cambios entretanto, por lo que no se ha modificado nada. La agenda que figura a continuación es la actual: revísela y vuelva a intentarlo.
error-outside-grid = Esa hora está fuera de la cuadrícula horaria del día.
error-not-a-forum-day = Elija uno de los días del Foro.
error-time-invalid = Introduzca una hora como 09:30.

## Lugar
grid-title = Cuadrícula horaria
grid-day-start = El día empieza a las
grid-day-end = El día termina a las
grid-time-hint = Hora de Ginebra en formato de 24 horas, como 09:00.
grid-step = Intervalo de la cuadrícula (minutos)
grid-travel = Minutos necesarios para cambiar de edificio
grid-travel-hint = Los oradores necesitan al menos este tiempo entre sesiones celebradas en edificios distintos.
grid-max-parallel = Número máximo de sesiones simultáneas
grid-max-parallel-hint = 0 significa sin límite.
grid-save = Guardar la cuadrícula horaria
flash-grid-saved = La cuadrícula horaria se ha guardado.
error-venue-stale = Otra persona ha hecho cambios entretanto. Se muestran los valores actuales: revíselos y vuelva a guardar.
rooms-title = Salas
room-new = Añadir una sala
room-name = Nombre
room-building = Edificio
room-building-hint = Las salas situadas en edificios distintos requieren tiempo de desplazamiento entre sesiones.
room-capacity = Plazas
room-parallel = Sesiones simultáneas
room-parallel-hint = 1 para una sala de reuniones; más para una zona de exposición con varios stands.
room-interpretation = Idiomas de interpretación
room-interpretation-hint = Códigos de idioma de las Naciones Unidas separados por espacios, como “ar en fr”.
room-remote-url = Enlace para la participación a distancia
room-hybrid = Equipo híbrido (los oradores a distancia pueden participar)
room-add = Añadir la sala
room-save = Guardar la sala
room-summary = { $name } – { $building }, { $capacity } plazas
room-remove = Eliminar { $name }
flash-room-saved = La sala se ha guardado.
flash-room-removed = La sala se ha eliminado.
error-room-in-use = Hay sesiones colocadas en esta sala. Muévalas primero.
error-room-name-taken = Ya hay otra sala con este nombre.
error-unknown-language = Utilice códigos de idioma de las Naciones Unidas: ar, en, es, fr, ru, zh.
blocks-title = Pausas y sesiones plenarias
blocks-hint = No se puede colocar ninguna sesión sobre una pausa o sesión plenaria en las salas que esta abarca.
block-new = Añadir una pausa o sesión plenaria
block-kind = Tipo
block-kind-break = Pausa
block-kind-plenary = Sesión plenaria
block-title = Título
block-day = Día
block-start = Desde
block-end = Hasta
block-rooms = Salas
block-rooms-hint = No marque ninguna para todas las salas.
block-all-rooms = todas las salas
block-add = Añadir
block-remove = Eliminar { $title }
flash-block-saved = La pausa o sesión plenaria se ha guardado.
flash-block-removed = La pausa o sesión plenaria se ha eliminado.
unavailable-title = Disponibilidad de los oradores
unavailable-hint = Horas en las que un panelista no puede asistir. Una sesión con esa persona a esa hora se muestra como conflicto.
unavailable-new = Añadir una hora en la que alguien no puede asistir
unavailable-email = Dirección de correo electrónico del panelista
unavailable-note = Nota
unavailable-add = Añadir
unavailable-remove = Eliminar la entrada de { $email }
flash-unavailable-saved = La disponibilidad se ha guardado.
flash-unavailable-removed = La entrada se ha eliminado.
flash-audience-saved = El público previsto se ha guardado.

## Programación automática
schedule-hint = El programador coloca las sesiones que aún no están en la cuadrícula. Nunca infringe una regla estricta (sala, personas, desplazamientos, disponibilidad, plazas, equipo híbrido, pausas) y, en la medida de lo posible, separa las sesiones de una misma Línea de Acción. No cambia nada hasta que aplique el plan.
schedule-summary = { $placed } sesiones colocadas y { $unplaced } pendientes, calculado en { $millis } ms. Con este plan, la agenda completa tiene { $pairs } pares de sesiones de la misma línea a la misma hora.
schedule-apply = Aplicar este plan
schedule-proposed = Ubicaciones propuestas
schedule-nothing = Todas las sesiones ya están en la cuadrícula o no se puede colocar ninguna.
schedule-unplaced = Sesiones pendientes
schedule-unplaced-hint = No hay ningún hueco libre adecuado para ellas sin infringir una regla: añada salas o tiempo, o colóquelas manualmente.
flash-schedule-applied = El plan se ha aplicado.
error-plan-empty = El plan está vacío: no hay nada que aplicar.

## Publicaciones
release-summary = Al publicar ahora se difundirán { $sessions } sesiones. La agenda tiene { $errors } conflictos.
release-changes = Cambios desde la última publicación
release-note = Nota para el público
release-note-hint = Opcional: qué ha cambiado y por qué.
release-confirm = Confirmación
release-confirm-conflicts = Publicar de todos modos, con { $n } conflictos en la agenda.
release-publish = Publicar la agenda
release-earlier = Publicaciones anteriores
release-none-yet = Aún no se ha publicado nada.
release-heading = Publicación { $number }, { $when }
changelog-none = No se ha añadido, movido ni cancelado ninguna sesión.
changelog-added = Añadidas ({ $n })
changelog-moved = Movidas ({ $n })
changelog-cancelled = Canceladas ({ $n })
flash-agenda-released = La agenda se ha publicado. Las personas de cada sesión añadida, movida o cancelada recibirán un correo electrónico.
error-agenda-empty = No hay ninguna sesión en la cuadrícula, por lo que no hay nada que publicar.
error-agenda-has-conflicts = La agenda tiene conflictos. Resuélvalos o marque la casilla para publicarla de todos modos.
email-agenda-added-subject = { $code } figura en la agenda de { $edition }
email-agenda-added-body =
    Estimado/a { $name }:

    Su sesión { $code }, “{ $title }”, figura en la agenda publicada de { $edition }:

    { $when }, { $room }

    { $link }
email-agenda-moved-subject = { $code } ha cambiado de horario o de sala
email-agenda-moved-body =
    Estimado/a { $name }:

    Su sesión { $code }, “{ $title }”, tiene un nuevo horario o una nueva sala en la agenda de { $edition }:

    { $when }, { $room }

    { $link }
email-agenda-cancelled-subject = { $code } ya no figura en la agenda
email-agenda-cancelled-body =
    Estimado/a { $name }:

    Su sesión { $code }, “{ $title }”, ya no figura en la agenda publicada de { $edition }. La Secretaría se pondrá en contacto con usted.

## Programa público
programme-title = Programa
programme-not-yet = La agenda aún no se ha publicado. Vuelva más tarde.
programme-release = Publicación { $number }, publicada el { $when }
programme-releases = Publicaciones anteriores y cambios
programme-old-release = Está consultando una publicación anterior. La más reciente es la publicación { $latest }.
programme-see-latest = Ver la agenda más reciente
programme-exports = Descargas
export-ics = Calendario (iCalendar)
export-xml = Programa en XML
export-json = Programa en JSON
export-csv = Sesiones (CSV)
programme-view = Vista
programme-view-grid = Cuadrícula
programme-view-list = Lista
programme-day = Día
programme-mode = Participación
programme-search = Buscar
programme-count = Sesiones que coinciden: { $n }.
programme-none = Ninguna sesión coincide en este día.
session-when-geneva = { $day }, { $time } hora de Ginebra (UTC{ $offset })
session-when-utc = { $time } UTC
session-when-local = Su hora
session-where = { $room }, { $building }
session-remote-link = Participar a distancia
session-interpretation = Interpretación: { $languages }
session-add-calendar = Añadir a mi calendario
session-abstract = Resumen
session-description = Descripción
session-organizers = Organizadores
session-panel = Panel
session-lines = Líneas de Acción de la CMSI
session-sdgs = Objetivos de Desarrollo Sostenible
session-back = Volver al programa
speaker-sessions = Sesiones
speakers-title = Ponentes
speakers-search = Buscar por nombre, cargo u organización
speakers-country = País
speakers-count = { $n ->
    [one] Un ponente en el programa.
   *[other] { $n } ponentes en el programa.
}
speakers-matching = Ponentes que coinciden: { $shown } de { $total }.
speakers-none = Ningún ponente coincide con esta búsqueda.
speakers-all = Mostrar todos los ponentes
speakers-pages = Páginas de la lista de ponentes
speakers-page = Página { $page } de { $pages }
speakers-previous = Página anterior
speakers-next = Página siguiente
matrix-title = Matriz CMSI–ODS
matrix-intro = Sesiones de la publicación { $release } por Línea de Acción de la CMSI y Objetivo de Desarrollo Sostenible. Cada número enlaza con sus sesiones.
matrix-csv = Descargar la matriz (CSV)
matrix-line = Línea de Acción
matrix-sdg = ODS { $n }
matrix-total = Total
matrix-cell = { $n } sesiones sobre { $line } y el ODS { $sdg }
programme-filter = Filtrar
programme-filters = Filtros
programme-filters-active = Filtros ({ $n } activos)
programme-legend = Qué significan los colores
programme-now = Ahora
programme-next = A continuación
now-title = Ahora y a continuación
now-at = { $day }, { $time } (hora de Ginebra)
now-before = El Foro comienza el { $day }. Primeras sesiones:
now-over = El Foro ha terminado. Gracias por participar.
now-free = Libre
now-nothing-later = Nada más hoy
now-nothing-that-day = Nada ese día
now-full-programme = Todo el programa
print-title = Programa para imprimir
print-link = Programa para imprimir (A4)
print-time = Hora
print-room = Sala
print-session = Sesión
print-release = Versión { $number }
print-geneva-time = Todas las horas son de Ginebra
print-hint = Use la orden Imprimir de su navegador: cada día empieza en una nueva página A4.
print-hint-sign = Use la orden Imprimir de su navegador para imprimir este cartel en A4.
sign-title = Cartel de sala
sign-qr = Código QR que lleva a { $url }
sign-back = Volver a la sesión
session-sign = Cartel de sala para imprimir
embed-full-programme = El programa completo
offline-notice = Está sin conexión. Esta es la copia del programa guardada en este dispositivo: versión { $number }, publicada el { $when }.
update-notice = Se ha publicado una versión más reciente del programa.
update-show = Verla
star-off = Marcar
star-on = Marcada
mine-title = Mi agenda
mine-overlap = Solapamiento
mine-overlaps-with = A la misma hora que { $sessions }
mine-dropped = Ya no están en el programa
mine-dropped-hint = Estas sesiones marcadas se cancelaron o se fusionaron con otras desde que las marcó.
mine-empty = Aún no ha marcado ninguna sesión. Marque sesiones en el programa y aparecerán aquí, día por día.
mine-account = Sus sesiones marcadas se guardan con su cuenta, en todos los dispositivos donde inicie sesión.
mine-browser = Sus sesiones marcadas se guardan solo en este navegador.
mine-sign-in = Inicie sesión para guardarlas con su cuenta y obtener un calendario suscrito.
mine-no-js = Sin JavaScript, marcar sesiones requiere una cuenta: inicie sesión primero.
feed-title = Calendario suscrito
feed-hint = Suscriba su aplicación de calendario a esta dirección privada. Sigue cada cambio del programa: las sesiones movidas se mueven y las canceladas desaparecen. Cualquiera que tenga la dirección puede ver sus sesiones marcadas.
feed-address = Su dirección de calendario privada
feed-renew = Crear una dirección nueva
feed-revoke = Desactivar el calendario
feed-renew-hint = Una dirección nueva desactiva la anterior de inmediato; desactivar el calendario también.
feed-none = Reciba sus sesiones marcadas en su propia aplicación de calendario mediante una dirección privada que sigue cada cambio del programa.
feed-create = Crear mi dirección de calendario
flash-feed-made = Su dirección de calendario está lista. Cualquier dirección anterior ya no funciona.
flash-feed-revoked = El calendario suscrito está desactivado. Su dirección ya no funciona.
error-too-many-stars = Ha marcado el máximo de sesiones que puede guardar una cuenta (1000). Quite algunas primero.

## API de automatización
api-invalid = Algunos campos no son válidos; consulte el mensaje de cada campo.
api-error-not-found = Aquí no hay nada, o esta cuenta no tiene permiso para verlo.
api-error-unauthenticated = Envíe un token de acceso personal válido y no caducado: Authorization: Bearer wsis_…
api-error-forbidden = Este token o su cuenta no tienen permiso para hacer esto.
api-error-rate-limited = Demasiadas solicitudes desde este token; espere lo que indique Retry-After.
api-error-internal = Se ha producido un error por nuestra parte. Ha quedado registrado.
api-error-no-such-route = Esta ruta de la API no existe. Consulte /api/v1/openapi.json.
api-error-bad-json = El cuerpo de la solicitud no es el JSON que espera esta ruta.
api-error-bad-query = La cadena de consulta no es la que espera esta ruta.
tokens-title = Tokens de la API
tokens-intro = Los tokens de acceso personal permiten que sus scripts utilicen la API de automatización del portal en su nombre, con sus permisos. Asigne a cada script su propio token y revóquelo cuando ya no sea necesario.
tokens-openapi = La descripción de la API (OpenAPI)
tokens-yours = Sus tokens
tokens-none = Aún no tiene tokens.
token-new = Crear un token
token-name = Nombre
token-name-hint = Para qué sirve, p. ej., “Sincronización del programa”.
token-scopes = Qué puede hacer
token-scope-read = Leer
token-scope-write = Modificar (crear, decidir, programar)
token-days = Caduca al cabo de (días)
token-days-hint = Déjelo vacío para un token que dure hasta que lo revoque.
token-create = Crear el token
token-created = Su nuevo token “{ $name }”:
token-created-once = Cópielo ahora: solo se muestra esta vez y no podrá volver a mostrarse.
token-prefix = Empieza por
token-created-at = Creado
token-last-used = Último uso
token-expires = Caduca
token-actions = Acciones
token-never-used = Nunca
token-no-expiry = Nunca
token-revoked = Revocado
token-revoke = Revocar { $name }
flash-token-revoked = El token se ha revocado; los scripts que lo utilizan ya no pueden iniciar sesión.

## Personas (administradores)
nav-people = Personas
people-title = Personas
people-search = Nombre, dirección u organización
people-role = Rol
people-count = Personas encontradas: { $n }.
people-status = Estado
people-change = Cambiar
people-active = Activa
people-inactive = Desactivada
people-roles-of = Roles de { $name }
people-save-roles = Guardar los roles
people-deactivate = Desactivar a { $name }
people-reactivate = Reactivar a { $name }
people-pages = Páginas
people-invite = Invitar a alguien
people-invite-hint = Evaluadores, facilitadores de Líneas de Acción, organizadores y administradores. Una dirección que ya tiene cuenta recibe el rol de inmediato; una dirección nueva recibe un correo electrónico con un enlace para elegir una contraseña, válido durante siete días.
people-name-hint = Solo es necesario si la dirección aún no tiene cuenta.
people-line = Línea de Acción
people-line-hint = Para los facilitadores: la línea que facilitan, como C7 o C7-EHEALTH.
people-invite-send = Invitar
flash-person-invited = La invitación está en camino.
flash-person-role-added = La cuenta ya existía; ahora tiene el rol.
flash-person-roles-saved = Los roles se han guardado.
flash-person-deactivated = La cuenta se ha desactivado y se ha cerrado su sesión en todos los dispositivos.
flash-person-reactivated = La cuenta vuelve a estar activa.
error-cannot-deactivate-self = No puede desactivar su propia cuenta.
email-staff-invitation-subject = Ha sido invitado/a al Portal de Consulta del Foro de la CMSI
email-staff-invitation-body =
    Estimado/a { $name }:

    { $inviter } le ha invitado al Portal de Consulta del Foro de la CMSI. Elija su contraseña aquí (el enlace es válido durante siete días):

    { $link }
audit-csv = Descargar estos eventos (CSV)
outbox-title = Bandeja de salida de correo electrónico
outbox-intro = Cada correo electrónico que redacta el portal espera aquí hasta que el servidor SMTP lo acepta; los envíos fallidos se reintentan con pausas cada vez más largas durante aproximadamente un día. Reintente ahora un correo fallido o en espera, o vuelva a enviar uno ya entregado.
outbox-status = Estado
outbox-status-pending = En espera
outbox-status-sent = Enviado
outbox-status-failed = Fallido
outbox-to = Destinatario
outbox-subject = Asunto
outbox-written = Redactado
outbox-count = Correos electrónicos encontrados: { $n }.
outbox-retry = Reintentar ahora
outbox-resend = Volver a enviar
flash-email-requeued = El correo electrónico está en cola y se enviará en menos de un minuto.
account-my-data = Descargar mis datos (JSON)

# Protección de datos: supresión
account-erase-title = Suprimir mi cuenta
account-erase-lead = Se eliminan su nombre, su dirección de correo electrónico y su contraseña, y se cierra su sesión en todos los dispositivos. Las propuestas y evaluaciones en las que participó quedan con sus organizaciones, sin su nombre. Esta acción no se puede deshacer.
account-erase-confirm = Entiendo que esta acción no se puede deshacer.
account-erase-submit = Suprimir mi cuenta
error-erase-not-confirmed = Marque la casilla para confirmar.
error-already-erased = Esta cuenta ya ha sido suprimida.
error-last-admin = El portal necesita al menos un administrador activo: designe primero a otro.
flash-account-erased = Su cuenta ha sido suprimida. Gracias por su participación.
people-erase = Suprimir los datos personales de { $name }
people-erase-confirm = Esta persona solicitó la supresión, y entiendo que no se puede deshacer.
people-erase-submit = Suprimir
flash-person-erased = Los datos personales han sido suprimidos; las propuestas y evaluaciones se mantienen, sin el nombre.
flash-erase-needs-confirmation = No se suprimió nada: marque primero la casilla de confirmación.

# E-mail template previews (admins)
mailpreview-title = Plantillas de correo
mailpreview-intro = Cada correo que envía el portal, redactado con valores de ejemplo en el idioma que elija. Los correos de decisión muestran el texto predeterminado; los organizadores pueden adaptarlo para una edición en la página de decisiones.
mailpreview-languages = Idioma de las plantillas
template-verify-email = Confirmar una dirección de correo electrónico
template-account-exists = Registro con una dirección que ya tiene cuenta
template-reset-password = Restablecimiento de contraseña
template-proposal-received = Acuse de recibo de la propuesta
template-draft-reminder = Recordatorio de borrador antes del plazo
template-speaker-invitation = Invitación a orador/a
template-coorganizer-invitation = Invitación a coorganizador/a
template-join-request = Solicitud para unirse a una organización
template-decision-accept = Decisión: aceptada
template-decision-waitlist = Decisión: en lista de espera
template-decision-reject = Decisión: no seleccionada
template-decision-merge = Decisión: fusionada
template-agenda-added = Agenda: sesión programada
template-agenda-moved = Agenda: sesión trasladada
template-agenda-cancelled = Agenda: sesión cancelada
template-staff-invitation = Invitación al personal

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = Líneas de acción y ODS
taxonomy-lead = Quienes proponen eligen entre las líneas de acción y los ODS ofrecidos aquí. Cambie el nombre de una entrada, retírela o añada un subtema moderado bajo una línea de acción. Una propuesta que ya eligió una entrada retirada la conserva.
taxonomy-fixed = Los tipos de partes interesadas, las regiones de la UIT y los países siguen las listas de la ONU y de la UIT y no se editan aquí.
taxonomy-lines = Líneas de acción, sublíneas y subtemas
taxonomy-sdgs = Objetivos de Desarrollo Sostenible
taxonomy-offered = Ofrecido
taxonomy-retired = Retirado
taxonomy-added = Añadido en esta edición
taxonomy-edit = Editar { $code }
taxonomy-name = Nombre
taxonomy-name-hint = Déjelo vacío para usar el nombre estándar, traducido a cada idioma. Un nombre escrito aquí se muestra tal cual en todos los idiomas.
taxonomy-moderator = Moderado por
taxonomy-active = Ofrecido a quienes proponen
taxonomy-save = Guardar { $code }
taxonomy-add-title = Añadir un subtema
taxonomy-add-lead = Un subtema depende de una línea de acción, a menudo lo modera una organización asociada y se ofrece enseguida a quienes proponen.
taxonomy-parent = Línea de acción
taxonomy-code = Código
taxonomy-code-hint = El código de la línea de acción, un guion y de 2 a 12 mayúsculas o dígitos, por ejemplo C3-OPENDATA.
taxonomy-add = Añadir el subtema
flash-taxonomy-saved = La entrada se ha guardado.
flash-taxonomy-added-flash = El subtema se ha añadido y se ofrece a quienes proponen.
error-keep-one-active = Mantenga ofrecida al menos una entrada de esta lista; si no, no se podrá enviar ninguna propuesta.
error-theme-code-format = Use el código de la línea de acción, un guion y de 2 a 12 mayúsculas o dígitos (por ejemplo C3-OPENDATA).
error-theme-code-taken = Este código ya está en uso. Elija otro.

## Submissions beyond session proposals (issue 10)
nav-submissions = Otras contribuciones
submissions-title = Otras contribuciones
submissions-lead = Además de las propuestas de sesión, la consulta recoge sus opiniones sobre los temas y el formato del foro, recomendaciones de oradores, candidaturas de facilitadores del segmento de alto nivel y solicitudes de espacio de exposición. Cada contribución se presenta en nombre de su organización; puede guardar un borrador, modificarla hasta su fecha límite o retirarla.
submissions-mine = Contribuciones de su organización
submissions-none = Su organización aún no ha iniciado ninguna contribución.
submissions-kinds = Enviar una contribución
submissions-back = Volver a las contribuciones
submission-kind-thematic-view = Opiniones sobre aspectos temáticos
submission-kind-format-view = Opiniones sobre innovaciones de formato
submission-kind-speaker-recommendation = Recomendación de orador/a
submission-kind-hlt-nomination = Candidatura de facilitador/a del segmento de alto nivel
submission-kind-exhibition-request = Solicitud de espacio de exposición
submission-thematic-view-lead = Indique a los organizadores qué temas debería abordar el foro y por qué. Señale las Líneas de Acción y los ODS a los que se refieren sus opiniones.
submission-thematic-view-title = Asunto
submission-thematic-view-body = Sus opiniones
submission-format-view-lead = Sugiera nuevas formas de organizar el foro: formatos de sesión, participación híbrida, accesibilidad, inclusión.
submission-format-view-title = Asunto
submission-format-view-body = Su sugerencia
submission-speaker-recommendation-lead = Recomiende a una persona que debería intervenir en el foro e indique sobre qué tema.
submission-speaker-recommendation-title = Tema sobre el que hablaría la persona
submission-speaker-recommendation-body = Por qué esta persona
submission-speaker-recommendation-person = La persona que recomienda
submission-hlt-nomination-lead = Proponga a una persona para facilitar una sesión del segmento de alto nivel sobre una Línea de Acción.
submission-hlt-nomination-title = Sesión o tema del segmento de alto nivel
submission-hlt-nomination-body = Por qué esta persona
submission-hlt-nomination-person = La persona que propone
submission-exhibition-request-lead = Solicite un espacio en la exposición del foro para mostrar su trabajo.
submission-exhibition-request-title = Qué va a exponer
submission-exhibition-request-body = Descripción y necesidades (electricidad, pantallas, internet, mobiliario)
submission-themes-hint = Elija hasta { $max }.
submission-person-name = Nombre completo
submission-person-organization = Organización
submission-person-gender = Género
submission-person-email = Dirección de correo electrónico
submission-person-email-hint = Opcional. Solo la ven los organizadores, que podrán escribir a la persona.
submission-space-size = Espacio
submission-space-option = { $m2 } m²
submission-on-behalf-legend = Quién lo dijo
submission-on-behalf-hint = La persona que intervino en la reunión. La contribución se marca como registrada por los organizadores en su nombre.
submission-on-behalf-name = Nombre y organización de quien intervino
submission-record-heading = { $kind }: aporte en { $meeting }
submission-edit-heading = { $kind } { $code }
submission-deadline = Abierto hasta el { $deadline }.
submission-limit = Cada organización puede enviar como máximo { $count } de este tipo.
submission-consent = Incluir esta contribución en el informe público de resultados
submission-consent-hint = El informe siempre cuenta todas las contribuciones. Con su consentimiento, también muestra el título, su organización y su texto (nunca los datos de una persona que usted recomiende o proponga).
submission-consent-short = Publicación en el informe
submission-consent-given = Con consentimiento
submission-consent-not-given = Sin consentimiento
submission-record = Registrar el aporte
submission-save-changes = Guardar los cambios
submission-send = Enviar
submission-save-draft = Guardar como borrador
submission-status-draft = Borrador
submission-status-submitted = Enviada
submission-status-withdrawn = Retirada
submission-kind-not-offered = No se admite en esta edición.
submission-closes = Abierto hasta el { $deadline }.
submission-closed-on = Cerrado el { $deadline }.
submission-start = Comenzar: { $kind }
submission-col-title = Título
submission-col-kind = Tipo
submission-col-updated = Último cambio
submission-col-themes = Temas
submission-from = De
submission-received-how = Recepción
submission-received-online = Mediante el formulario en línea
submission-received-meeting = En { $meeting }, registrada por los organizadores en nombre de { $name }
submission-at-meeting = en { $meeting }
submission-sent-at = Fecha de envío
submission-change = Modificar
submission-withdraw = Retirar
submission-editable-until = Puede modificarla o retirarla hasta el { $deadline }.
submission-organizer-tools = Para los organizadores
submission-tags = Etiquetas
submission-no-tags = Aún no hay etiquetas.
submission-tag-new = Nueva etiqueta
submission-tag-hint = Un tema en pocas palabras, p. ej., “brecha de género”. Las etiquetas se cuentan en el informe de resultados.
submission-tag-add = Añadir la etiqueta
submission-tag-remove = Quitar la etiqueta { $tag }
submission-uses = Uso en el programa
submission-use-kind = Usarla como
submission-use-speaker = Orador/a de una sesión
submission-use-session = Nota sobre una sesión
submission-use-line = Nota sobre la serie de sesiones de una Línea de Acción
submission-use-target = Sesión o Línea de Acción
submission-use-target-hint = El código de la sesión (p. ej., WF27-0042) o el de la Línea de Acción (p. ej., C5).
submission-use-note = Nota
submission-use-note-hint = Opcional. En las notas, si se deja vacío, se usa el título de la contribución.
submission-use-save = Usarla
submission-used-speaker = Se añadió como orador/a a la sesión { $target }
submission-used-session = Nota sobre la sesión { $target }
submission-used-line = Nota sobre la serie de sesiones { $target }
submission-region = Región de la UIT
submission-count = { $count ->
    [one] Una contribución.
   *[other] { $count } contribuciones.
}
filter-submissions = Filtrar las contribuciones
organize-submissions-title = Contribuciones a la consulta
organize-submissions-lead = Todas las contribuciones de todos los tipos, enviadas en línea o registradas en una reunión de consulta. Los borradores solo los ven sus autores.
consultation-settings-title = Configuración y reuniones de la consulta
consultation-settings-lead = Qué tipos de contribución admite la convocatoria, hasta cuándo y cuántas, y las reuniones de la consulta.
submission-kinds-title = Tipos de contribución
submission-kind-open = Admitir contribuciones de este tipo
submission-kind-deadline = Fecha límite propia (hora de Ginebra)
submission-kind-deadline-hint = Vacío: la fecha límite de la convocatoria. No puede ser posterior a la de la convocatoria.
submission-kind-max-org = Máximo por organización
submission-kind-max-chars = Máximo de caracteres del texto
submission-kind-save = Guardar: { $kind }
meetings-title = Reuniones de consulta
meetings-none = Aún no se ha añadido ninguna reunión.
meeting-add = Añadir una reunión
meeting-change = Modificar la reunión
meeting-title = Título
meeting-mode = Modalidad
meeting-mode-virtual = Virtual
meeting-mode-physical = Presencial
meeting-mode-hybrid = Híbrida
meeting-starts = Inicio (hora de Ginebra)
meeting-ends = Fin (hora de Ginebra)
meeting-when = Fecha y hora
meeting-time-hint = Por ejemplo, 2027-01-20T14:00.
meeting-location = Lugar
meeting-location-hint = Obligatorio para las reuniones presenciales e híbridas.
meeting-remote-url = Enlace de participación a distancia
meeting-remote-url-hint = Obligatorio para las reuniones virtuales e híbridas, p. ej., https://meet.example.org/wsis.
meeting-save = Guardar la reunión
meeting-inputs = Aportes
meeting-inputs-title = Aportes recibidos en esta reunión
meeting-inputs-lead = Registre lo que una persona dijo o entregó como una contribución en su nombre.
meeting-no-inputs = Aún no se ha registrado ningún aporte.
meeting-record = Registrar: { $kind }
outcomes-edit-title = Informe de resultados
outcomes-title = { $edition }: resultados del Proceso de Consulta Abierta
outcomes-published-on = Publicado el { $date }.
outcomes-is-public = El informe es público.
outcomes-not-public = El informe aún no es público. Redacte su resumen y luego publíquelo.
outcomes-view-public = Ver la página pública
outcomes-summary = Resumen
outcomes-summary-hint = Markdown. Obligatorio para publicar.
outcomes-programme-answer = Cómo responde el programa a la consulta
outcomes-answer-hint = Markdown. Opcional.
outcomes-save = Guardar
outcomes-publish = Publicar el informe
outcomes-unpublish = Retirar el informe de la vista pública
outcomes-preview = Vista previa
outcomes-total = contribuciones contabilizadas
outcomes-from-meetings = de ellas, recibidas en reuniones de consulta
outcomes-listed = publicadas con el consentimiento de sus autores
outcomes-lines-hint = Barras: proporción de cada Línea de Acción en las contribuciones y en las sesiones aceptadas en el programa.
outcomes-listed-title = Contribuciones publicadas con el consentimiento de sus autores
outcomes-listed-lead = Contribuciones cuyos autores aceptaron su publicación. No se nombra a las personas recomendadas ni propuestas.
outcomes-listed-none = Ningún autor ha aceptado la publicación.
outcomes-csv-counts = Descargar los recuentos (CSV)
outcomes-csv-list = Descargar las contribuciones publicadas (CSV)
outcomes-print-hint = Para conservar un PDF, imprima esta página desde su navegador y elija “Guardar como PDF”.
outcomes-dim-kind = Tipos de contribución
outcomes-dim-stakeholder = Tipo de parte interesada de los autores
outcomes-dim-region = Región de la UIT de los autores
outcomes-dim-country = País de los autores
outcomes-dim-line = Líneas de Acción a las que se refieren las contribuciones
outcomes-dim-sdg = ODS a los que se refieren las contribuciones
outcomes-dim-tag = Temas etiquetados por los organizadores
flash-submission-sent = Su contribución se ha enviado. Recibirá un acuse de recibo en su bandeja de entrada.
flash-submission-draft-saved = El borrador se ha guardado.
flash-submission-saved = Sus cambios se han guardado.
flash-submission-not-editable = Esta contribución ya no se puede modificar.
flash-submission-withdrawn = La contribución se ha retirado.
flash-submission-tagged = La etiqueta se ha añadido.
flash-submission-untagged = La etiqueta se ha quitado.
flash-submission-used = Hecho: la contribución forma parte ahora del material del programa.
flash-submission-kind-saved = La configuración se ha guardado.
flash-meeting-saved = La reunión se ha guardado.
flash-meeting-input-recorded = El aporte se ha registrado.
flash-outcomes-published = El informe de resultados ya es público.
flash-outcomes-unpublished = El informe de resultados ya no es público.
flash-outcomes-saved = El informe se ha guardado.
error-too-many = Elija como máximo { $limit }.
error-tag-format = Use solo letras, cifras, espacios y guiones.
error-kind-closed = Este tipo de contribución no se admite en esta edición.
error-submission-limit = Su organización ya ha enviado tantas contribuciones de este tipo como permite esta edición.
error-session-not-found = Ninguna sesión de esta edición tiene este código.
error-session-not-accepted = Esta propuesta no se ha aceptado como sesión.
error-deadline-after-call = No puede ser posterior a la fecha límite de la convocatoria.
email-submission-received-subject = Contribución { $code } recibida
email-submission-received-body =
    Estimado/a { $name }:

    Gracias: hemos recibido su contribución { $code } ({ $kind }), “{ $title }”.

    Puede consultarla, modificarla o retirarla hasta su fecha límite aquí:

    { $link }

    Secretaría del Foro de la CMSI
template-submission-received = Acuse de recibo de la contribución
api-error-bad-path = La dirección nombra un elemento en una forma que esta ruta no acepta.
error-bad-json = El cuerpo de la solicitud no es el JSON que espera esta ruta.
error-bad-query = La cadena de consulta no es la que espera esta ruta.
error-bad-path = La dirección nombra un elemento en una forma que esta ruta no acepta.
consultation-notes-title = De la consulta
consultation-notes-lead = Notas que los organizadores adjuntaron a partir de las contribuciones a la consulta.
profile-title = Su perfil de ponente
profile-title-staff = Perfil de ponente de { $name }
profile-staff-note = Está editando este perfil en nombre del ponente. Su modificación queda registrada con su nombre en el registro de auditoría.
profile-lead = Así es como el programa le presenta en las páginas de sus sesiones y en su página de ponente. Sus sesiones:
profile-print-name = Nombre tal como se imprime
profile-print-name-hint = Tal como debe aparecer en el programa, sin tratamiento.
profile-honorific = Tratamiento
profile-honorific-hint = Opcional, por ejemplo Dr., Prof. o S. E.
profile-job-title = Cargo
profile-organization = Organización
profile-pronouns = Pronombres
profile-pronouns-hint = Opcional, por ejemplo ella.
profile-bio = Biografía breve
profile-bio-hint = Como máximo 1500 caracteres. Puede utilizar Markdown: *cursiva*, **negrita** y [enlaces](https://example.org).
profile-links = Enlaces
profile-links-hint = Su sitio web o sus perfiles en redes sociales: una dirección completa por línea, 5 como máximo.
profile-photo = Foto
profile-photo-hint = JPEG, PNG o WebP, 5 MB como máximo. Conservamos el cuadrado central y eliminamos los datos de ubicación y de la cámara.
profile-photo-current = Su foto actual
profile-photo-remove = Eliminar mi foto
profile-public-title = Lo que muestra el programa
profile-public-hint = Su nombre impreso se muestra siempre; su dirección de correo electrónico, nunca. Marque qué más puede hacerse público.
profile-public-details = Mostrar mi tratamiento, cargo y organización
profile-public-bio = Mostrar mi biografía
profile-public-links = Mostrar mis enlaces
profile-public-pronouns = Mostrar mis pronombres
profile-public-photo = Mostrar mi foto
profile-save = Guardar el perfil
profile-availability-title = Cuándo no puede intervenir
profile-availability-lead = Indique a los organizadores cuándo no está disponible, para que sus sesiones no se programen en esos momentos. Las horas son de Ginebra ({ $zone } durante el Foro); las sesiones se celebran en el horario { $hours }.
profile-unavailable-none = Aún no ha indicado ningún horario.
profile-unavailable-new = Añadir un horario en el que no puede intervenir
profile-unavailable-day = Día
profile-unavailable-start = Desde
profile-unavailable-end = Hasta
profile-time-hint = Hora de Ginebra, como 14:00.
profile-whole-day = Todo el día
profile-unavailable-add = Añadir
profile-unavailable-remove = Retirar ({ $day })
profile-unavailable-by-organizers = (registrado por los organizadores)
profile-edit-link = Edite su perfil de ponente e indíquenos cuándo no puede intervenir
flash-profile-saved = Su perfil se ha guardado.
flash-profile-unavailable-added = El horario se ha añadido.
flash-profile-unavailable-removed = El horario se ha retirado.
error-photo-too-large = Este archivo supera los 5 MB. Elija una foto más pequeña.
error-photo-wrong-type = No es una foto JPEG, PNG o WebP. Elija una en uno de esos formatos.
error-photo-corrupt = Este archivo está dañado o incompleto. Elija otra copia.
error-photo-too-many-pixels = Esta imagen es demasiado grande (como máximo 12 000 píxeles por lado y 50 megapíxeles). Elija una más pequeña.
error-photo-too-small = Esta imagen es demasiado pequeña: elija una de al menos 96 píxeles de ancho y de alto.
error-too-many-links = Indique como máximo { $limit } direcciones.
speaker-links = Enlaces
speaker-pronouns = Pronombres: { $pronouns }
speaker-photo-alt = Foto de { $name }
venue-profile-edit = Perfil de { $email }
venue-profile-lookup = Editar el perfil de un ponente
venue-profile-email = Dirección de correo electrónico del ponente, tal como figura en el panel
venue-profile-open = Abrir el perfil
unavailable-by-speaker = indicado por el ponente
profile-not-on-panel = Su dirección { $email } no figura en el panel de ninguna sesión. Si un proponente le inscribió con otra dirección, utilice el enlace del correo electrónico que recibió en ella.
account-speaker-profile-lead = ¿Forma parte del panel de una sesión? Edite cómo le presenta el programa e indique a los organizadores cuándo no puede intervenir.
account-speaker-profile-link = Su perfil de ponente
