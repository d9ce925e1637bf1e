# The `waypoint-hq` command for headquarters administrators.

hq-listening = La sede central está escuchando en { $address }.
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
hq-database-invalid = Una dirección de base de datos es sqlite:RUTA o postgres://usuario@host:puerto/nombre.
hq-migrated = Trasladado a PostgreSQL: dispositivos: { $devices }, casos: { $cases }, cambios: { $changes }. Los dispositivos continúan donde lo dejaron.
hq-migrate-target-not-empty = La base de datos de destino ya contiene dispositivos o casos. El traslado solo llena una base de datos de la sede vacía; no se ha cambiado nada.
