# The `waypoint-hq` command for headquarters administrators.

hq-listening = La sede central está escuchando en { $address }.
hq-certificate = La sede central creó su propio certificado TLS; su huella digital SHA-256 es { $fingerprint }. Los dispositivos que se inscriban confiarán exactamente en este certificado; compare esta huella con la que muestra el navegador cuando pregunta si debe confiar en el panel.
hq-plain-http-refused = El HTTP sin cifrar solo se sirve en esta máquina (en una dirección de loopback, como 127.0.0.1), nunca en { $address }. Omita --plain-http y la sede central servirá HTTPS por sí misma.
hq-keys-beside-cases = Advertencia: las claves de los casos se guardan en el mismo servidor PostgreSQL que los casos, así que una sola copia de seguridad de ese servidor contiene cada caso con su clave, y borrar un caso no puede hacer ilegible esa copia de seguridad. Ponga la base de datos de claves en otro servidor (--keys-database) y conserve sus copias de seguridad solo por poco tiempo.
hq-proxy-certificate-invalid = --proxy-certificate recibe la huella digital SHA-256 del certificado del proxy: 64 dígitos hexadecimales (se admiten dos puntos). No se ha iniciado nada.
hq-tls-unusable = No se pueden usar el certificado o la clave TLS: los archivos no se pueden leer, no contienen ningún certificado ni clave PEM, o no se corresponden entre sí. No se ha iniciado nada.
hq-listen-failed = No se puede escuchar en { $address }: la dirección está en uso o no está permitida.
hq-storage-failed = No se pudo abrir la base de datos de la sede central ni escribir en ella. No se ha cambiado nada; consulte el registro para ver los detalles.
hq-device-code = Código de inscripción para un dispositivo en { $site }: { $code } (válido durante { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}, un solo uso).
hq-device-revoked = El dispositivo ha sido revocado. En su próximo contacto será rechazado y recibirá la orden de borrar sus datos.
hq-device-unknown = Ningún dispositivo tiene este identificador.
hq-device-id-invalid = Un identificador de dispositivo tiene 32 dígitos hexadecimales.
hq-case-id-invalid = Un identificador de caso es un UUID (32 dígitos hexadecimales; los guiones son opcionales).
hq-case-erased = El caso se ha borrado en la sede central. Los dispositivos que lo tengan lo eliminarán en su próxima sincronización y lo confirmarán.

hq-user-password-prompt = Contraseña del nuevo usuario
hq-user-password-again = Escriba de nuevo la contraseña
hq-user-passwords-differ = Las dos contraseñas son distintas. No se ha cambiado nada.
hq-user-password-unreadable = No se pudo leer la contraseña. No se ha cambiado nada.
hq-user-password-short = La contraseña debe tener al menos { $count } caracteres. No se ha cambiado nada.
hq-user-role-invalid = El rol debe ser uno de estos: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Un nombre de usuario tiene de 1 a 64 caracteres imprimibles.
hq-user-exists = Ya existe un usuario con este nombre. No se ha cambiado nada.
hq-user-added = El usuario se ha añadido con el rol { $role }. Ya puede iniciar sesión en el panel.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Sede de Waypoint
hq-login-title = Iniciar sesión
hq-login-name = Nombre de usuario
hq-login-password = Contraseña
hq-login-submit = Iniciar sesión
hq-login-failed = El nombre de usuario o la contraseña no son correctos, o hubo demasiados intentos. Espere un momento y vuelva a intentarlo.
hq-logout = Cerrar sesión
hq-signed-in-as = Sesión iniciada como { $user }, { $role }
hq-role = { $role ->
    [officer] Agente de frontera
    [caseworker] Trabajador social del albergue
    [interpreter] Intérprete
    [supervisor] Supervisor
    [analyst] Analista de la sede
   *[admin] Administrador
}
hq-language = Idioma
hq-language-submit = Cambiar
hq-nav-cases = Casos
hq-nav-conflicts = Conflictos
hq-nav-matches = Coincidencias y duplicados
hq-nav-transfers = Traslados
hq-nav-devices = Dispositivos
hq-nav-erasures = Borrado
hq-nav-audit = Registro de auditoría
hq-nav-figures = Cifras
hq-search-label = Nombre en cualquier escritura, o código del caso
hq-search-submit = Buscar
hq-none = No hay nada que mostrar.
hq-done = Hecho.
hq-col-code = Código
hq-col-name = Nombre
hq-col-site = Sitio
hq-col-status = Estado
hq-col-actions = Acciones
hq-col-confirmations = Dispositivos que confirmaron el borrado
hq-col-age = Franja de edad
hq-col-risk = Riesgo
hq-col-when = Cuándo
hq-col-user = Quién
hq-col-action = Acción
hq-col-case = Caso
hq-col-detail = Detalle
hq-col-device = Dispositivo
hq-col-field = Campo
hq-col-score = Puntuación
hq-col-reasons = Motivos
hq-case-title = Caso { $code }
hq-case-answers = Respuestas de la entrevista
hq-case-risk = Riesgo
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date }, { $time } UTC
hq-value-by = Escrito por { $user } el { $when }
hq-value-sent-by = Enviado por el dispositivo { $device }… del sitio { $site }. El autor indicado arriba es el que declaró ese dispositivo.
hq-value-sent-at-hq = Hecho aquí, en la sede.
hq-value-sender-unknown = No se sabe qué dispositivo envió esto.
hq-value-keep = Conservar este valor
hq-conflict-explain = Dos personas escribieron este campo a la vez. Se conservan ambos valores hasta que usted elija uno; los dispositivos reciben su elección en la próxima sincronización.
hq-match-sought = { $name } ({ $relationship }), buscado/a en el caso { $code }
hq-match-confirm = Confirmar coincidencia
hq-match-reject = No es la misma persona
hq-match-status = { $status ->
    [confirmed] Confirmada
    [rejected] Rechazada
   *[potential] Por revisar
}
hq-duplicates = Posibles duplicados (para revisar; nada se fusiona automáticamente)
hq-duplicate-same = Misma persona
hq-duplicate-different = Dos personas diferentes
hq-duplicate-confirmed = Confirmado: es una sola persona. Conserve el caso más completo y ordene el borrado del otro, con el motivo «Registro duplicado».
hq-transfer-title = Pasar un caso a otro sitio
hq-transfer-case = Identificador del caso
hq-transfer-site = Sitio que lo recibe
hq-transfer-submit = Trasladar
hq-device-enroll = Crear un código de registro
hq-device-code-shown = Código de registro para { $site }: { $code }. Es válido durante 24 horas y sirve una sola vez. Anótelo ahora; no se volverá a mostrar.
hq-device-revoke = Revocar
hq-device-revoke-ask = Revocar…
hq-device-revoke-title = ¿Revocar este dispositivo?
hq-device-revoke-explain = El dispositivo { $device } del sitio { $site } será rechazado a partir de ahora y, en su próximo contacto, recibirá la orden de borrar todos los casos que tenga. Sus casos se conservan aquí, en la sede. No se puede deshacer: el dispositivo tendrá que registrarse de nuevo con un código nuevo.
hq-cancel = Cancelar
hq-back = Volver a la página
hq-skip = Saltar al contenido de la página
hq-nav-label = Páginas
hq-audit-filter = Mostrar
hq-audit-shown = { $count ->
    [one] Una entrada, de la más reciente a la más antigua (se muestran { $max } como máximo: acote la búsqueda para ver las anteriores).
   *[other] { $count } entradas, de la más reciente a la más antigua (se muestran { $max } como máximo: acote la búsqueda para ver las anteriores).
}
hq-device-state = { $revoked ->
    [yes] Revocado
   *[no] Activo
}
hq-erase-title = Ordenar el borrado de un caso
hq-erase-explain = El caso se elimina en la sede, copias de seguridad incluidas, y en cada dispositivo en su próxima sincronización. No se puede deshacer.
hq-erase-reason = Motivo
hq-erase-reason-option = { $reason ->
    [person_request] La persona lo pidió
    [duplicate] Registro duplicado
    [entered_in_error] Introducido por error
    [legal_order] Orden judicial
    [consent_withdrawn] Retirada del consentimiento para compartir con la sede central
   *[retention_expired] Plazo de conservación vencido
}
hq-erase-submit = Borrar en todas partes
hq-erase-ask = Borrar…
hq-erase-confirm-title = ¿Borrar este caso en todas partes?
hq-erase-confirm-explain = El caso { $code } del sitio { $site } ({ $reason }) se borrará aquí, en la sede, y en cada dispositivo que lo tenga, copias de seguridad incluidas. No se puede deshacer.
hq-erase-confirmations = { $count ->
    [one] Un dispositivo lo confirmó
   *[other] { $count } dispositivos lo confirmaron
}
hq-figures-title = Cifras (anonimizadas)
hq-figures-explain = Casos por el mes en que se encontró a la persona. Los recuentos inferiores a 5 se muestran como «x», para que nadie pueda ser identificado. Aquí no se muestran nombres ni detalles de los casos.
hq-figures-withheld = Un caso que la persona no aceptó compartir con la sede central se cuenta a partir de un registro anónimo (mes, franja de edad, sexo, riesgo): su nacionalidad y su acompañamiento aparecen como «No compartido con la sede central».
hq-figures-chart = { $dimension }, en forma de gráfico: la tabla siguiente ofrece las mismas cifras.
hq-figures-hidden = Algunos recuentos más altos también se muestran como «x», para que un recuento pequeño no pueda deducirse de los totales.
hq-figures-csv = Descargar CSV
hq-figures-total = Casos en total: { $total }
hq-figures-all-months = Todos los meses
hq-dimension = { $dimension ->
    [age_band] Franja de edad
    [sex] Sexo
    [nationality] Nacionalidad
    [accompaniment] Acompañamiento
    [risk] Indicio de riesgo de trata
   *[site] Sitio
}
hq-figure-value = { $value ->
    [flagged] Con indicio
    [not_flagged] Sin indicio
    [unknown] Desconocido
    [withheld] No compartido con la sede central
    [unlisted] Escrito como texto, no como código de país
   *[other] { $value }
}
hq-error-forbidden = Su rol no permite esta acción.
hq-nav-welcome = Bienvenida
hq-device-awaiting = Pendiente de aprobación: no recibe ningún caso hasta que lo apruebe un supervisor de su sitio.
hq-device-approve = Aprobar: permitir que reciba los casos de su sitio
hq-col-sites = Sitios
hq-sites-every = Todos los sitios
hq-sites-none = Ninguno (no ve ningún caso)
hq-accounts-change-sites = Cambiar los sitios
hq-accounts-sites-hint = Sitios: los sitios cuyos casos ve la cuenta, separados por comas (por ejemplo border-north, shelter-central), o * para todos los sitios. Los agentes de frontera, los trabajadores sociales de los albergues y los supervisores solo ven los casos de sus sitios y los trasladados a alguno de ellos.
hq-error-sites = Escriba nombres de sitios (letras, cifras, guiones, puntos o guiones bajos) separados por comas, o * para todos los sitios.
hq-nothing-for-role = Su rol no tiene páginas en la sede: los intérpretes trabajan en los dispositivos, junto a un agente de frontera, y aquí no ven ningún caso.
hq-error-not-found = No se encontró. Puede que se haya borrado o cambiado.
hq-error-signed-out = Vuelva a iniciar sesión.
hq-error-internal = Algo falló en la sede. No se ha cambiado nada; vuelva a intentarlo.
hq-error-case-id = Un identificador de caso es un UUID (32 dígitos hexadecimales, guiones opcionales).
hq-error-site = Un nombre de sitio usa letras, cifras, guiones, puntos o guiones bajos.
hq-error-device-id = Un identificador de dispositivo tiene 32 dígitos hexadecimales.
hq-error-reason = Elija un motivo.
hq-error-choice = Elija uno de los valores.
hq-database-invalid = Una dirección de base de datos es sqlite:RUTA o postgres://usuario@host:puerto/nombre.
hq-database-in-clear = Esta base de datos está en otra máquina, y con sslmode={ $mode } las claves de los casos podrían enviarse allí sin cifrar. Omita sslmode (la sede central exigirá entonces TLS y un certificado de una autoridad pública que lleve el nombre del servidor) o indique sslmode=verify-full con sslrootcert=PATH apuntando al certificado de la autoridad que firmó el certificado del servidor.
hq-database-certificate = No se aceptó el certificado del servidor de la base de datos (sslmode={ $mode }). Compruebe que sslrootcert indica la autoridad que lo firmó y, con verify-full, que el certificado lleva el nombre del host que figura en la dirección. No se ha cambiado nada.
hq-database-roots = El archivo indicado en sslrootcert no se puede leer o no contiene ningún certificado.
hq-migrated = Trasladado a PostgreSQL: dispositivos: { $devices }, casos: { $cases }, cambios: { $changes }. Los dispositivos continúan donde lo dejaron.
hq-migrate-target-not-empty = La base de datos de destino ya contiene dispositivos o casos. El traslado solo llena una base de datos de la sede vacía; no se ha cambiado nada.

## Accounts (administrators)
hq-nav-accounts = Cuentas
hq-col-role = Rol
hq-accounts-password = Contraseña inicial
hq-accounts-password-hint = Al menos { $count } caracteres. Entregue la contraseña inicial en persona, nunca por correo electrónico ni por mensaje.
hq-accounts-add = Añadir la cuenta
hq-accounts-change-role = Cambiar el rol
hq-accounts-remove = Eliminar
hq-accounts-remove-ask = Eliminar…
hq-accounts-remove-title = ¿Eliminar esta cuenta?
hq-accounts-remove-explain = La cuenta { $user } se eliminará y sus sesiones se cerrarán de inmediato. Lo que hizo sigue constando en el registro de auditoría.
hq-accounts-you = Su cuenta
hq-accounts-not-yourself = No puede cambiar el rol de su propia cuenta ni eliminarla; puede hacerlo otra persona con el rol de administrador.
