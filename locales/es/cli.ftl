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
