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
app-conflicts-count = { $count ->
    [one] Un conflicto por resolver
   *[other] { $count } conflictos por resolver
}

## Case
app-back-to-list = ← Casos
app-tab-registration = Registro
app-tab-consent = Consentimiento
app-tab-interview = Entrevista
app-tab-age = Edad
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
app-encounter = Dónde y cómo se encontró a la persona
app-encounter-place = Lugar
app-encounter-circumstances = Circunstancias

## Consent
app-consent-explain = Explique cada finalidad en { $language } y registre la decisión de la propia persona. Cada finalidad se decide por separado, y el consentimiento se puede retirar en cualquier momento.
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
