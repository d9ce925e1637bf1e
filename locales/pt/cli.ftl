# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Frase secreta
cli-passphrase-confirm = Escreva novamente a frase secreta
cli-passphrases-differ = As duas frases secretas são diferentes. Nada foi alterado.
cli-new-user-passphrase-prompt = Frase secreta da nova conta
cli-store-initialised = Dados do Waypoint criados em { $path }.
cli-user-added = Conta { $user } adicionada.
cli-demo-data-created = { $count ->
    [one] Foi criado { $count } caso sintético.
   *[other] Foram criados { $count } casos sintéticos.
}
cli-case-exported = Caso gravado em { $path }.
cli-audit-verified = { $entries ->
    [one] O histórico de auditoria está intacto ({ $entries } entrada verificada).
   *[other] O histórico de auditoria está intacto ({ $entries } entradas verificadas).
}
cli-code-ambiguous = Há vários casos com o código { $code } (criados em dispositivos diferentes). Em vez do código, indique o identificador do caso; `waypoint cases search { $code }` mostra a lista.
