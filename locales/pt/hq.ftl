# The `waypoint-hq` command for headquarters administrators.

hq-listening = A sede está aguardando conexões em { $address }.
hq-listen-failed = Não é possível aguardar conexões em { $address }: o endereço está em uso ou não é permitido.
hq-storage-failed = Não foi possível abrir o banco de dados da sede nem gravar nele. Nada foi alterado; consulte o log para ver os detalhes.
hq-device-code = Código de inscrição para um dispositivo em { $site }: { $code } (válido por { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}, uso único).
hq-device-revoked = O dispositivo foi revogado. No próximo contato, ele será recusado e receberá a ordem de apagar os seus dados.
hq-device-unknown = Nenhum dispositivo tem este identificador.
hq-device-id-invalid = Um identificador de dispositivo tem 32 dígitos hexadecimais.
hq-case-id-invalid = Um identificador de caso é um UUID (32 dígitos hexadecimais; os hífens são opcionais).
hq-case-erased = O caso foi apagado na sede. Os dispositivos que o têm vão removê-lo na próxima sincronização e confirmar a remoção.
hq-database-invalid = Um endereço de base de dados é sqlite:CAMINHO ou postgres://utilizador@anfitrião:porta/nome.
hq-migrated = Transferido para PostgreSQL: dispositivos: { $devices }, casos: { $cases }, alterações: { $changes }. Os dispositivos continuam onde pararam.
hq-migrate-target-not-empty = A base de dados de destino já contém dispositivos ou casos. A transferência só preenche uma base de dados da sede vazia; nada foi alterado.
