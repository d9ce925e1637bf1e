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
cli-names-line-malformed = A linha { $line } não tem tabulação entre os dois nomes; foi ignorada.
cli-names-malformed-lines = { $count ->
    [one] Não foi possível comparar { $count } linha (ver acima).
   *[other] Não foi possível comparar { $count } linhas (ver acima).
}
cli-i18n-missing = Falta: { $message }
cli-i18n-extra = Não existe em inglês (remova ou mude o nome): { $message }
cli-i18n-malformed = Não é possível ler: { $message }
cli-i18n-placeables = As variáveis de { $message } são diferentes das do inglês: o inglês tem { $expected }; esta tradução tem { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Alguns idiomas estão incompletos ou têm erros (ver a lista acima).
