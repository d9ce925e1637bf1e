## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Abriendo Waypoint…
app-ui-language = Su idioma
app-quick-hide = Ocultar
app-quick-hide-hint = Ocultarlo todo ahora (Esc)
app-lock = Bloquear
app-dismiss = Cerrar
app-save-saving = Guardando…
app-save-saved = Guardado
app-save-error = No se ha guardado — vea el mensaje
app-neutral-title = Waypoint
app-neutral-continue = Continuar

## Set-up and unlock
app-setup-title = Configurar este dispositivo
app-setup-explain = Todo lo que hay en este dispositivo se cifra con su frase de contraseña. Elija una que pueda recordar: si la pierde, no se puede recuperar.
app-setup-site = Lugar (puesto fronterizo o centro de acogida)
app-setup-submit = Configurar
app-user = Nombre de la cuenta
app-passphrase = Frase de contraseña
app-passphrase-again = Repita la frase de contraseña
app-unlock-title = Desbloquear
app-unlock-submit = Desbloquear

## Case list
app-search-placeholder = Buscar por nombre (en cualquier alfabeto) o por código de caso
app-new-case = Nuevo caso
app-no-cases = No se encontraron casos.
app-no-name = (todavía sin nombre)
app-filter-any = Todos
app-filter-site = Lugar
app-filter-status = Estado
app-filter-risk = Riesgo
app-filter-age-band = Edad
app-filter-flag = Etiqueta
app-status-open = Abierto
app-status-transferred = Transferido
app-status-closed = Cerrado
app-risk-none = Sin indicadores de riesgo
app-risk-low = Riesgo bajo
app-risk-medium = Riesgo medio
app-risk-high = Riesgo alto
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 o más
app-age-band-unknown = Edad desconocida
app-flag-child = Menor de edad
app-flag-unaccompanied = Sin acompañamiento
app-flag-separated = Separación familiar
app-flag-referral-prompt = Derivación necesaria
app-flag-age-disputed = Edad cuestionada
app-flag-trafficking-risk = Riesgo de trata
app-flag-not-shared = Solo en este dispositivo
app-conflicts-count = { $count ->
    [one] Un conflicto por resolver
   *[other] { $count } conflictos por resolver
}

## Case
app-back-to-list = ← Casos
app-cases-title = Casos
app-case-sections = Secciones del caso
app-interview-keys = Teclas: Alt+N siguiente pregunta · Alt+P pregunta anterior · Alt+D prefirió no responder · Alt+R volver a ella más tarde · Alt+O no se preguntó
app-tab-registration = Registro
app-tab-consent = Consentimiento
app-tab-interview = Entrevista
app-tab-age = Edad
app-tab-tracing = Búsqueda de familiares
app-tab-screening = Detección
app-tab-referrals = Derivaciones y seguimiento
app-tab-transfer = Transferencia
app-tab-conflicts = Conflictos
app-referral-prompt = Derive a esta persona ahora:
app-age-treated-as-child = Se le trata como menor de edad{ $basis ->
    [doubt] { " " }(edad en duda)
    [disputed_assessment] { " " }(evaluación cuestionada)
   *[other] {""}
}
app-age-adult = Se le trata como persona adulta
app-age-range = { $min }–{ $max } años

## Registration
app-names = Nombres
app-name-given = Nombre
app-name-family = Apellidos
app-name-alias = Otro nombre u otra forma de escribirlo
app-add = Añadir
app-remove = Quitar
app-sex = Sexo
app-sex-female = Femenino
app-sex-male = Masculino
app-sex-other = Otro
app-sex-not-stated = Prefiere no decirlo
app-birth = Fecha de nacimiento o edad
app-birth-kind-unknown = No se sabe
app-birth-kind-exact = Fecha exacta
app-birth-kind-approximate = Año (y mes)
app-birth-kind-stated-age = Edad que dice tener la persona
app-birth-date = Fecha de nacimiento (año-mes-día)
app-birth-year = Año
app-birth-month = Mes (1–12)
app-stated-age = Edad en años
app-origin = Nacionalidad e idiomas
app-nationalities = Nacionalidades (separadas por comas)
app-languages-spoken = Idiomas que habla (códigos como ar, ti, so)
app-preferred-language = Idioma preferido para la entrevista
app-not-known = No se sabe
app-accompaniment = Viaja con
app-accompaniment-unaccompanied = Nadie (sin acompañamiento)
app-accompaniment-separated = Separación de su padre, su madre o su persona cuidadora habitual
app-accompaniment-accompanied = Con su padre, su madre o su persona cuidadora habitual
app-adults = Personas adultas que viajan con la persona
app-adults-explain = Para cada persona adulta: quién dice ser, cómo se comprobó y cualquier cosa que le preocupe. Una persona menor de edad que viaja con una persona adulta cuya relación con ella es dudosa, o que le preocupa, se deriva a protección de la infancia.
app-adults-none = No se ha registrado ninguna persona adulta.
app-adult-name = Nombre de la persona adulta
app-adult-relationship = Relación que dice tener
app-adult-verified = Comprobación de la relación
app-adult-verified-not-verified = Aún sin comprobar
app-adult-verified-verified = Verificada
app-adult-verified-doubtful = Dudosa
app-adult-verified-how = Cómo se comprobó
app-adult-documents = Documentos vistos
app-adult-concern = Su preocupación, si la hay
app-adult-add = Añadir esta persona adulta
app-adult-save = Guardar los cambios
app-encounter = Dónde y cómo se encontró a la persona
app-encounter-place = Lugar
app-encounter-circumstances = Circunstancias

## Consent
app-consent-explain = Explique cada finalidad en { $language } y registre la decisión de la propia persona. Cada finalidad se decide por separado, y el consentimiento se puede retirar en cualquier momento.
app-consent-read-aloud = Lea esto a la persona:
app-consent-withdraw-sharing-explain = Al retirarlo, el expediente se borra en la sede central y en todos los demás dispositivos; se queda solo en este dispositivo, y la sede central conserva únicamente un recuento anónimo. ¿Retirar el consentimiento?
app-consent-withdraw-confirm = Sí, retirar
app-consent-withdraw-cancel = Seguir compartiendo
app-consent-given-by = Decisión tomada por
app-consent-giver-person = La propia persona
app-consent-giver-guardian = Padre, madre o tutor o tutora legal
app-consent-giver-best-interest-decision = Decisión basada en el interés superior
app-consent-guardian-name = Nombre del padre, la madre o el tutor o tutora legal
app-consent-role = Cargo de la persona profesional que decide
app-consent-purpose = { $purpose ->
    [registration] Registro de sus datos
    [sharing_with_hq] Compartir datos con la sede central
    [family_tracing] Búsqueda de familiares
    [referral] Derivación a servicios
   *[photo] Foto
}
app-consent-not-asked = Aún no se ha preguntado
app-consent-given = Dado
app-consent-refused = Rechazado
app-consent-withdrawn = Retirado
app-consent-give = Da su consentimiento
app-consent-refuse = Rechaza
app-consent-withdraw = Retira su consentimiento

## Interview
app-interview-language = Idioma de la entrevista
app-sitting-controls = Sesión
app-end-sitting = Terminar la sesión (completada)
app-in-your-language = En su idioma
app-interpreter = Intérprete (si lo hay)
app-start-interview = Empezar la entrevista en { $language }
app-continue-interview = Continuar la entrevista en { $language }
app-sitting-completed = completada
app-sitting-paused = en pausa
app-sitting-stopped-by-person = detenida por la persona
app-sitting-stopped-by-officer = detenida por el personal
app-question-progress = Pregunta { $n } de { $total }
app-layout-section = Mostrar toda la sección
app-layout-one = Una pregunta cada vez
app-previous = Anterior
app-next = Siguiente
app-sensitive-question = Pregunta delicada: hágala solo cuando la persona esté preparada y ofrezca un descanso.
app-officer-note = Nota para el personal
app-officer-only = Solo para usted: no lo lea en voz alta ni se lo muestre a la persona.
app-yes = Sí
app-no = No
app-answer-answered = Respondida
app-answer-declined = Prefirió no responder
app-answer-not-asked = No se preguntó
app-answer-revisit = Volver a ella más tarde

## Age assessment
app-age-new = Nueva evaluación de la edad
app-age-method = Método
app-age-method-documents = Documentos
app-age-method-statement = Lo que dice la persona
app-age-method-holistic = Evaluación integral
app-age-min = Edad mínima
app-age-max = Edad máxima
app-age-indicators = En qué se basa la evaluación (un elemento por línea)
app-age-outcome = Resultado
app-age-disputed = La persona no está de acuerdo
app-age-save = Registrar la evaluación

## Family tracing
app-tracing-explain = Los familiares que busca esta persona. Anote todas las formas de escribir los nombres que oiga, en cualquier alfabeto: las coincidencias se buscan entre alfabetos distintos y en todos los lugares.
app-tracing-add = Añadir un familiar que buscar
app-tracing-relationship = Parentesco (madre, hermano, tía…)
app-tracing-names = Nombres y formas de escribirlos (uno por línea)
app-tracing-age = Edad en años o fecha de nacimiento
app-tracing-last-seen-place = Dónde se le vio por última vez
app-tracing-last-seen-date = Cuándo se le vio por última vez (2023, 2023-06 o 2023-06-21)
app-tracing-contacts = Contactos o personas que puedan saber algo (uno por línea)
app-tracing-find = Buscar coincidencias
app-tracing-no-candidates = Todavía no coincide ninguna persona registrada. Vuelva a buscar más tarde: con cada sincronización llegan registros nuevos.
app-tracing-score = Coincidencia: { $score } %
app-tracing-confirm = Es la misma persona
app-tracing-reject = No es la misma persona
app-tracing-confirmed = Confirmada
app-tracing-rejected = Descartada
app-tracing-decided-by = por { $user }, el { $when }

## Screening for trafficking and exploitation
app-screening-explain = Registre lo que observe o lo que le cuente la persona. No lea esta lista a la persona.
app-screening-source = Cómo lo sabe
app-indicator-source-observed = Observado
app-indicator-source-stated = Lo dijo la persona
app-indicator-source-document = En un documento
app-indicator-source-third-party = Lo dijo otra persona
app-indicator-source-interview-answer = En la entrevista
app-screening-record = Registrar
app-screening-dismiss = No corresponde
app-screening-restore = Sí corresponde
app-screening-dismissed = se consideró que no corresponde
app-screening-reasons = Por qué:
app-screening-no-reasons = No hay indicadores registrados.

## Referrals and follow-ups
app-service-child-protection = Protección de la infancia
app-service-anti-trafficking = Servicio contra la trata
app-service-health = Atención sanitaria
app-service-psychosocial = Apoyo psicosocial
app-service-legal = Asistencia jurídica
app-service-shelter = Alojamiento
app-service-guardianship = Tutela
app-service-family-tracing = Servicio de búsqueda de familiares
app-referral-service = Servicio
app-referral-urgent = Urgente
app-referral-note = Nota para el servicio
app-referral-status = Estado
app-referral-status-proposed = Propuesta
app-referral-status-made = Realizada
app-referral-status-accepted = Aceptada
app-referral-status-declined = Rechazada
app-referral-status-completed = Completada
app-referrals-add = Añadir derivación
app-referrals-none = Todavía no hay derivaciones.
app-referral-basis = En qué se basa esta derivación
app-referral-basis-consent = El consentimiento de la persona a la derivación
app-referral-basis-best-interest-decision = Una decisión basada en el interés superior
app-referral-basis-mandatory-report = Una notificación que exige la ley
app-follow-ups = Tareas de seguimiento
app-follow-up-due = Fecha límite
app-follow-up-note = Qué hay que hacer
app-follow-up-add = Añadir tarea de seguimiento
app-follow-up-done = Hecha
app-follow-up-overdue = Fuera de plazo
app-follow-ups-none = No hay tareas de seguimiento previstas.

## Transfer
app-transfer-explain = Entregue este caso a otro lugar. La sede central se lo asigna a ese lugar en la próxima sincronización.
app-transfer-to = Lugar de destino
app-transfer-reason = Motivo
app-transfer-do = Transferir el caso
app-transfer-history = De { $from } a { $to }, el { $when }, por { $user }

## Conflicts
app-conflicts-explain = Dos dispositivos cambiaron el mismo dato sin conexión. Se conservan ambos valores hasta que usted elija uno; su elección se envía como cualquier otro cambio.
app-conflicts-none = No hay nada que resolver en este caso.
app-conflict-written = Escrito por { $user }, el { $when }
app-conflict-unknown-writer = No se sabe quién lo escribió
app-conflict-keep = Conservar este valor

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint se ha bloqueado para proteger los datos. Desbloquéelo para continuar; todo lo guardado se conserva.
app-error-unlock-failed = El nombre de la cuenta o la frase de contraseña no es correcto. Compruebe el idioma del teclado y la tecla Bloq Mayús, y vuelva a intentarlo.
app-error-passphrase-mismatch = Las dos frases de contraseña no coinciden.
app-error-site-missing = Indique el lugar donde se usa este dispositivo.
app-error-user-missing = Escriba un nombre de cuenta.
app-error-auto-lock-range = Elija entre { $min } y { $max } minutos.
app-error-hq-url = La dirección de la sede central debe empezar por http:// o https://.
app-error-text-too-long = El texto es demasiado largo (como máximo { $max } caracteres).
app-error-language-invalid = Esto no es un código de idioma (use códigos como ar, ti o so).
app-error-guardian-name-missing = Escriba el nombre del padre, la madre o el tutor o tutora legal.
app-error-adult-name-missing = Escriba el nombre de la persona adulta.
app-error-referral-needs-basis = { $state ->
        [refused] La persona rechazó dar su consentimiento a la derivación.
        [withdrawn] La persona retiró su consentimiento a la derivación.
       *[other] Todavía no se ha preguntado a la persona sobre la derivación.
    } Sin ese consentimiento, elija la base legal para derivar: una decisión basada en el interés superior o una notificación que exige la ley.
app-error-no-open-sitting = Primero empiece o continúe la entrevista.
app-error-unknown-question = Esta pregunta ({ $question }) no está en la plantilla de la entrevista.
app-error-not-asked-reason = Elija por qué no se hizo la pregunta.
app-error-answer-kind = Esta respuesta no corresponde a la pregunta.
app-error-partial-date = Escriba la fecha como un año (2015), un año y un mes (2015-06) o una fecha completa (2015-06-21).
app-error-birth-date-invalid = Esta fecha no existe. Escríbala como año-mes-día, por ejemplo 2011-04-23.
app-error-birth-date-future = Esta fecha es futura.
app-error-birth-year-range = El año debe estar entre { $min } y { $max }.
app-error-age-too-high = No es posible una edad de más de { $max } años.
app-error-age-range-inverted = La edad máxima es menor que la edad mínima. Compruebe ambos números.
app-error-entry-missing = Este dato ya no está (puede que haya cambiado en otro dispositivo). Vuelva a abrir el caso.
app-error-transfer-same-site = El caso ya está en este lugar. Indique el lugar de destino.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Sincronización con la sede central
app-sync-status-not-enrolled = Dispositivo no conectado a la sede central
app-sync-status-running = Sincronizando…
app-sync-status-error = Sin sincronizar
app-sync-status-never = Aún sin sincronizar
app-sync-status-ok = Sincronizado el { $when }
app-sync-progress = Enviados hasta ahora: { $sent }; recibidos: { $received }
app-sync-pending-label = Pendiente de envío
app-sync-pending =
    { $count ->
        [one] Un caso
        [many] { $count } de casos
       *[other] { $count } casos
    }
app-sync-nothing-pending = Nada: la sede central ya tiene todo lo de este dispositivo.
app-sync-last-success = Última sincronización
app-sync-last-attempt = Último intento
app-sync-works-offline = Siga trabajando con normalidad: todo se guarda en este dispositivo y la sincronización se hace en segundo plano, sin interrumpir su trabajo.
app-sync-now = Sincronizar ahora
app-sync-hq = Dirección de la sede central
app-sync-code = Código de inscripción
app-sync-enroll = Conectar este dispositivo
app-sync-enroll-hint = Pida a la sede central un código de inscripción de un solo uso para este lugar y escríbalo aquí.
app-sync-not-enrolled = Este dispositivo aún no está conectado a la sede central.
app-sync-unreachable = No se puede contactar con la sede central. Su trabajo está a salvo en este dispositivo y se enviará cuando vuelva la conexión.
app-sync-impostor = Este código no fue aceptado: puede que se haya escrito mal, que ya se haya usado o que haya caducado (un código dura 24 horas), o que la respuesta no viniera de la sede central que lo emitió. No se registró nada. Compruebe el código y la dirección de la sede central, o pida un código nuevo a la sede central.
app-sync-unauthenticated = No se pudo verificar una respuesta que decía venir de la sede central, así que no se aplicó nada de ella y sus casos no han cambiado. Puede que alguien esté interfiriendo en la red; vuelva a intentarlo más tarde o desde otra red.
app-sync-reenroll = Este dispositivo se conectó antes de que la sede central empezara a firmar sus respuestas. Pida a la sede central un nuevo código de inscripción y vuelva a conectar el dispositivo; sus casos se quedan en este dispositivo.
app-sync-insecure-url = Para contactar con la sede central hay que usar una dirección que empiece por https://. El http:// simple solo se permite hacia este mismo ordenador (localhost).
app-sync-certificate = La sede central presentó un certificado de seguridad distinto del que este dispositivo aceptó como de confianza al inscribirse, así que la sincronización se detuvo antes de enviar nada. Puede que alguien esté interfiriendo en la red; avise a la sede central.
app-sync-failed = La sincronización no terminó. No se ha perdido nada; se volverá a intentar automáticamente.
app-sync-revoked = La sede central retiró este dispositivo, por eso se borraron de él sus casos. Póngase en contacto con su superior.
app-sync-unknown-device = La sede central no reconoce este dispositivo. Pida un nuevo código de inscripción.
app-sync-clock = La fecha o la hora de este dispositivo no es correcta. Corríjala en la configuración del sistema y vuelva a sincronizar.
app-sync-enrollment-code = Este código de inscripción no es correcto, ya se ha usado o ha caducado. Pida uno nuevo a la sede central.
app-sync-enroll-later = La sede central no está aceptando inscripciones desde esta red en este momento. Su código sigue siendo válido: vuelva a intentarlo dentro de diez minutos.
app-sync-version = La sede central usa otra versión de Waypoint. Pida que se actualice esta aplicación.
app-sync-site-mismatch = Este código es para el lugar { $hq }, pero este dispositivo se usa en el lugar { $device }. Pida un código para { $device }.
app-sync-code-missing = Escriba el código de inscripción.
app-sync-already-enrolled = Este dispositivo ya está conectado a la sede central.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Nos gustaría anotar su nombre y lo que nos cuente, para poder ayudarle. Puede decir que no.
app-consent-tell-registration-child = ¿Podemos anotar tu nombre y lo que nos cuentes? Eso nos ayuda a ayudarte. Puedes decir que no.
app-consent-tell-sharing-with-hq = Nos gustaría enviar su expediente a nuestra oficina central, para que otras oficinas puedan ayudarle si se va a otro lugar. Si dice que no, su expediente se queda en esta oficina, en este ordenador, y la oficina central solo cuenta que esta oficina atendió a una persona: el mes, su grupo de edad, si es mujer u hombre, y si nos preocupa su seguridad. Nunca recibe su nombre ni lo que nos ha contado. Si dice que sí y más adelante cambia de opinión, borramos su expediente en la oficina central y en los demás ordenadores, y la oficina central solo conserva ese recuento.
app-consent-tell-sharing-with-hq-child = ¿Podemos enviar tu ficha a nuestra oficina principal? Así nuestras otras oficinas pueden ayudarte si vas a otro sitio. Si dices que no, tu ficha se queda aquí, en este ordenador, y tu nombre no se envía a la oficina principal. Puedes cambiar de opinión más tarde, y entonces la borramos de allí.
app-consent-tell-family-tracing = Nos gustaría usar sus datos para buscar a su familia, y para que su familia pueda encontrarle a través de nosotros. Puede decir que no, o pedir que paremos en cualquier momento.
app-consent-tell-family-tracing-child = ¿Podemos usar tu nombre para buscar a tu familia, y para que ellos puedan encontrarte? Puedes decir que no, o decirnos que paremos.
app-consent-tell-referral = Nos gustaría hablar de usted con otro servicio, por ejemplo un médico, un abogado o un centro de acogida, para que puedan ayudarle. Solo les contamos lo que necesitan saber. Puede decir que no.
app-consent-tell-referral-child = ¿Podemos hablar de ti con otras personas que ayudan, como un médico o un lugar seguro donde quedarte? Solo les contamos lo que necesitan saber. Puedes decir que no.
app-consent-tell-photo = Nos gustaría sacarle una foto, solo para su expediente. Puede decir que no.
app-consent-tell-photo-child = ¿Podemos sacarte una foto para tu ficha? Puedes decir que no.
