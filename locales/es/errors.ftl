# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = La frase de contraseña no es correcta. Compruebe el idioma del teclado y la tecla Bloq Mayús, y vuelva a intentarlo.
error-unknown-user = No hay ninguna cuenta { $user } en este dispositivo. Pida al equipo de administración que cree su cuenta.
error-user-exists = Ya existe una cuenta llamada { $user } en este dispositivo. Elija otro nombre.
error-store-missing = No se encontraron datos de Waypoint en { $path }. Configure primero este dispositivo.
error-store-exists = Ya hay datos de Waypoint en { $path }. No se ha cambiado nada.
error-store-corrupt = Los datos de este dispositivo están dañados y no se pueden leer. No borre nada; contacte con el equipo de administración, que puede restaurarlos desde la sede central.
error-store-truncated = El archivo de datos de este dispositivo está incompleto (quizá se copió solo en parte). No borre nada; contacte con el equipo de administración.
error-store-too-new = Estos datos se escribieron con una versión más reciente de Waypoint (formato { $found }; esta versión lee hasta el formato { $supported }). Actualice Waypoint en este dispositivo.
error-case-not-found = El caso { $case } no está en este dispositivo.
error-sought-person-not-found = Este caso no tiene ninguna persona buscada con el identificador { $entry }. Puede que se haya eliminado en otro dispositivo; vuelva a cargar el caso.
error-passphrase-too-short = La frase de contraseña es demasiado corta. Use al menos { $min } caracteres; unas cuantas palabras juntas son fáciles de recordar.
error-audit-broken = El registro de auditoría se ha modificado o dañado en la entrada { $seq }. Informe de ello a su superior.
error-case-invalid = No se pudo leer este expediente. No se ha cambiado nada.
error-io = El dispositivo no pudo leer o escribir sus datos ({ $detail }). Compruebe que queda espacio en el disco y vuelva a intentarlo.
error-internal = Algo ha fallado dentro de Waypoint. No se ha perdido nada de lo que guardó. Vuelva a intentarlo; si vuelve a ocurrir, avise al equipo de administración.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Todavía no se ha registrado ningún nombre. Un caso se puede guardar sin él.
diag-name-empty = Este nombre está vacío.
diag-age-range-inverted = La edad mínima ({ $min }) es mayor que la edad máxima ({ $max }). Compruebe ambos números.
diag-age-implausible = No es posible una edad de más de { $max } años. Compruebe el número.
diag-age-single-indicator = Una evaluación de la edad no debe basarse en un solo indicador.
diag-date-future = Esta fecha es futura.
diag-date-impossible = Esta fecha no existe. Compruebe el día y el mes.
diag-answer-without-value = Esta pregunta está marcada como respondida, pero no hay ninguna respuesta registrada.
diag-not-asked-without-reason = Indique por qué no se hizo esta pregunta.
diag-ends-before-start = Esta sesión termina antes de empezar.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = Esto requiere consentimiento para { $purpose ->
        [registration] el registro
        [sharing_with_hq] compartir datos con la sede central
        [family_tracing] la búsqueda de familiares
        [referral] la derivación a servicios
        [photo] una foto
       *[other] esta acción
    }. Pregunte primero a la persona (o a su tutor o tutora legal) y registre su respuesta.
consent-withdrawn-stops = Se retiró el consentimiento para { $purpose ->
        [registration] el registro
        [sharing_with_hq] compartir datos con la sede central
        [family_tracing] la búsqueda de familiares
        [referral] la derivación a servicios
        [photo] una foto
       *[other] esta acción
    }, así que el proceso se ha detenido.
consent-refused-stops = Se denegó el consentimiento para { $purpose ->
        [registration] el registro
        [sharing_with_hq] compartir datos con la sede central
        [family_tracing] la búsqueda de familiares
        [referral] la derivación a servicios
        [photo] una foto
       *[other] esta acción
    }, así que no se puede continuar.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Ruta o condiciones de viaje irregulares o inusuales.
risk-reason-sudden-separation = Separación repentina de la familia.
risk-reason-living-change = Cambio brusco del lugar donde vive la persona o de las personas con quienes vive.
risk-reason-documents-held-by-others = Otra persona tiene los documentos de identidad o de viaje de la persona.
risk-reason-debt-bondage = La persona tiene una deuda con quienes organizaron su viaje o su trabajo.
risk-reason-work-exploitation = Trabajo sin pagar, forzado o peligroso.
risk-reason-signs-of-abuse = Señales de abuso físico, sexual o psicológico.
risk-reason-controlled-movement = Otra persona controla adónde va la persona.
risk-reason-deceptive-recruitment = Captación con falsas promesas.
risk-reason-no-contact-with-family = No le permiten o no puede contactar con su familia.
risk-reason-fear-of-authorities = Le han hecho tener miedo de las autoridades.
risk-reason-scripted-account = El relato parece ensayado o dictado por otras personas.
risk-reason-someone-else-answers = Otra persona responde por la persona, o no la deja a solas con el personal.
risk-reason-worst-forms-of-child-labour = Trabajo peligroso: en una mina, con máquinas o productos químicos peligrosos, con cargas pesadas o de noche.
risk-reason-child-labour-under-minimum-age = Empezó a trabajar por debajo de la edad mínima legal para trabajar.
risk-reason-sexual-exploitation = Explotación sexual.
risk-reason-forced-marriage = Matrimonio forzado o infantil.
risk-reason-armed-group-recruitment = Reclutamiento o utilización por una fuerza o un grupo armado.
risk-reason-child-exploitation = Explotación de una persona menor de edad. Tratándose de menores, eso basta para que sea trata: no hace falta demostrar fuerza, fraude ni engaño.
risk-reason-doubtful-adult = La persona menor de edad viaja con una persona adulta cuya relación con ella es dudosa o que preocupa al personal.
risk-reason-unaccompanied-child = Menor sin su padre, su madre ni su persona cuidadora habitual.
risk-reason-strong-indicator-child = Un indicador fuerte de trata afecta a una persona menor de edad.
risk-reason-several-strong = Varios indicadores fuertes a la vez.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = El archivo de plantilla no es válido (línea { $line }, columna { $column }). Revise ahí la puntuación y los nombres de los campos.
template-error-invalid-message-id = La clave de texto { $key } no es un nombre de mensaje válido.
template-error-duplicate-not-asked-reason = El motivo { $reason } aparece dos veces.
template-error-duplicate-section = La sección { $section } aparece dos veces.
template-error-duplicate-question = La pregunta { $question } aparece dos veces.
template-error-malformed-question-id = El identificador de pregunta { $question } debe escribirse con la forma sección.nombre.
template-error-question-outside-section = La pregunta { $question } está en la sección { $section }, que su identificador no nombra.
template-error-missing-choices = La pregunta { $question } ofrece opciones, pero no indica ninguna.
template-error-unexpected-choices = La pregunta { $question } no es de opciones, pero indica opciones.
template-error-duplicate-choice = La pregunta { $question } indica dos veces la opción { $choice }.
template-error-unknown-indicator = La pregunta { $question } hace referencia a un indicador desconocido: { $indicator }.
template-error-screening-not-supported = La pregunta { $question } no puede activar indicadores: solo pueden hacerlo las respuestas de sí/no y de opciones.
template-error-empty-when = La pregunta { $question } está vinculada a { $indicator }, pero no indica ninguna respuesta que lo active.
template-error-invalid-yes-no = La pregunta { $question } es de sí/no, pero su vínculo indica { $value }.
template-error-unknown-choice = La pregunta { $question } no tiene la opción { $choice }.
