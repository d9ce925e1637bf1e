# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Frase de contraseña
cli-passphrase-confirm = Escriba de nuevo la frase de contraseña
cli-passphrases-differ = Las dos frases de contraseña son diferentes. No se ha cambiado nada.
cli-new-user-passphrase-prompt = Frase de contraseña de la nueva cuenta
cli-store-initialised = Datos de Waypoint creados en { $path }.
cli-user-added = Cuenta { $user } añadida.
cli-demo-data-created = { $count ->
    [one] Se creó { $count } caso ficticio.
   *[other] Se crearon { $count } casos ficticios.
}
cli-case-exported = Caso guardado en { $path }.
cli-audit-verified = { $entries ->
    [one] El registro de auditoría está intacto ({ $entries } entrada comprobada).
   *[other] El registro de auditoría está intacto ({ $entries } entradas comprobadas).
}
cli-code-ambiguous = Hay varios casos con el código { $code } (creados en dispositivos distintos). Indique en su lugar el identificador del caso; `waypoint cases search { $code }` los muestra.
cli-names-line-malformed = La línea { $line } no tiene tabulación entre los dos nombres; se ha omitido.
cli-names-malformed-lines = { $count ->
    [one] No se pudo comparar { $count } línea (vea arriba).
   *[other] No se pudieron comparar { $count } líneas (vea arriba).
}
cli-i18n-missing = Falta: { $message }
cli-i18n-extra = No existe en inglés (elimínelo o cámbiele el nombre): { $message }
cli-i18n-malformed = No se puede leer: { $message }
cli-i18n-placeables = Las variables de { $message } no coinciden con el inglés: el inglés tiene { $expected }; esta traducción tiene { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Algunos idiomas están incompletos o tienen errores (vea la lista anterior).
