# The `waypoint-hq` command for headquarters administrators.

hq-listening = A sede está aguardando conexões em { $address }.
hq-certificate = A sede criou o próprio certificado TLS; a impressão digital SHA-256 dele é { $fingerprint }. Os dispositivos que se inscreverem confiam exatamente neste certificado; compare esta impressão digital com a que o navegador mostra quando pergunta se deve confiar no painel.
hq-plain-http-refused = O HTTP sem criptografia só é servido nesta máquina (em um endereço de loopback, como 127.0.0.1), nunca em { $address }. Omita --plain-http e a própria sede servirá HTTPS.
hq-keys-beside-cases = Aviso: as chaves dos processos são guardadas no mesmo servidor PostgreSQL que os processos, pelo que uma única cópia de segurança desse servidor contém cada processo com a sua chave, e apagar um processo não consegue tornar ilegível essa cópia de segurança. Coloque a base de dados das chaves noutro servidor (--keys-database) e mantenha as respetivas cópias de segurança apenas por pouco tempo.
hq-proxy-certificate-invalid = --proxy-certificate recebe a impressão digital SHA-256 do certificado do proxy: 64 dígitos hexadecimais (são permitidos dois-pontos). Nada foi iniciado.
hq-tls-unusable = Não é possível usar o certificado ou a chave TLS: os arquivos não podem ser lidos, não contêm nenhum certificado ou chave PEM, ou não correspondem entre si. Nada foi iniciado.
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

hq-user-password-prompt = Palavra-passe do novo utilizador
hq-user-password-again = Escreva novamente a palavra-passe
hq-user-passwords-differ = As duas palavras-passe são diferentes. Nada foi alterado.
hq-user-password-unreadable = Não foi possível ler a palavra-passe. Nada foi alterado.
hq-user-password-short = A palavra-passe deve ter pelo menos { $count } caracteres. Nada foi alterado.
hq-user-role-invalid = A função deve ser uma das seguintes: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Um nome de utilizador tem de 1 a 64 caracteres imprimíveis.
hq-user-exists = Já existe um utilizador com este nome. Nada foi alterado.
hq-user-added = O utilizador foi adicionado com a função { $role }. Já pode entrar no painel.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Sede do Waypoint
hq-login-title = Entrar
hq-login-name = Nome de utilizador
hq-login-password = Palavra-passe
hq-login-submit = Entrar
hq-login-failed = O nome de utilizador ou a palavra-passe estão errados, ou houve demasiadas tentativas. Aguarde um momento e tente de novo.
hq-logout = Sair
hq-signed-in-as = Sessão iniciada como { $user }, { $role }
hq-role = { $role ->
    [officer] Agente de fronteira
    [caseworker] Técnico do centro de acolhimento
    [interpreter] Intérprete
    [supervisor] Supervisor
    [analyst] Analista da sede
   *[admin] Administrador
}
hq-language = Língua
hq-language-submit = Mudar
hq-nav-cases = Processos
hq-nav-conflicts = Conflitos
hq-nav-matches = Correspondências e duplicados
hq-nav-transfers = Transferências
hq-nav-devices = Dispositivos
hq-nav-erasures = Apagamento
hq-nav-audit = Registo de auditoria
hq-nav-figures = Números
hq-search-label = Nome em qualquer escrita, ou código do processo
hq-search-submit = Pesquisar
hq-none = Nada a mostrar.
hq-done = Feito.
hq-col-code = Código
hq-col-name = Nome
hq-col-site = Local
hq-col-status = Estado
hq-col-actions = Ações
hq-col-confirmations = Dispositivos que confirmaram o apagamento
hq-col-age = Faixa etária
hq-col-risk = Risco
hq-col-when = Quando
hq-col-user = Quem
hq-col-action = Ação
hq-col-case = Processo
hq-col-detail = Detalhe
hq-col-device = Dispositivo
hq-col-field = Campo
hq-col-score = Pontuação
hq-col-reasons = Motivos
hq-case-title = Processo { $code }
hq-case-answers = Respostas da entrevista
hq-case-risk = Risco
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date }, { $time } UTC
hq-value-by = Escrito por { $user } em { $when }
hq-value-sent-by = Enviado pelo dispositivo { $device }… do local { $site }. O autor indicado acima é o que esse dispositivo declarou.
hq-value-sent-at-hq = Feito aqui, na sede.
hq-value-sender-unknown = Não se sabe que dispositivo enviou isto.
hq-value-keep = Manter este valor
hq-conflict-explain = Duas pessoas escreveram este campo ao mesmo tempo. Os dois valores são mantidos até escolher um; os dispositivos recebem a sua escolha na próxima sincronização.
hq-match-sought = { $name } ({ $relationship }), procurado/a no processo { $code }
hq-match-confirm = Confirmar correspondência
hq-match-reject = Não é a mesma pessoa
hq-match-status = { $status ->
    [confirmed] Confirmada
    [rejected] Rejeitada
   *[potential] Por rever
}
hq-duplicates = Possíveis duplicados (para rever; nada é fundido automaticamente)
hq-duplicate-same = Mesma pessoa
hq-duplicate-different = Duas pessoas diferentes
hq-duplicate-confirmed = Confirmado: é uma só pessoa. Mantenha o processo mais completo e ordene o apagamento do outro, com o motivo «Registo duplicado».
hq-transfer-title = Passar um processo para outro local
hq-transfer-case = Identificador do processo
hq-transfer-site = Local que recebe
hq-transfer-submit = Transferir
hq-device-enroll = Criar um código de registo
hq-device-code-shown = Código de registo para { $site }: { $code }. É válido durante 24 horas e funciona uma só vez. Anote-o agora; não voltará a ser mostrado.
hq-device-revoke = Revogar
hq-device-revoke-ask = Revogar…
hq-device-revoke-title = Revogar este dispositivo?
hq-device-revoke-explain = O dispositivo { $device } do local { $site } passa a ser recusado a partir de agora e, na próxima comunicação, receberá a ordem de apagar todos os processos que tiver. Os seus processos ficam aqui, na sede. Não pode ser desfeito: o dispositivo terá de se registar de novo com um código novo.
hq-cancel = Cancelar
hq-back = Voltar à página
hq-skip = Saltar para o conteúdo da página
hq-nav-label = Páginas
hq-audit-filter = Mostrar
hq-audit-shown = { $count ->
    [one] { $count } entrada, da mais recente para a mais antiga (são mostradas no máximo { $max }: restrinja a pesquisa para ver as mais antigas).
   *[other] { $count } entradas, da mais recente para a mais antiga (são mostradas no máximo { $max }: restrinja a pesquisa para ver as mais antigas).
}
hq-device-state = { $revoked ->
    [yes] Revogado
   *[no] Ativo
}
hq-erase-title = Ordenar o apagamento de um processo
hq-erase-explain = O processo é eliminado na sede, incluindo as cópias de segurança, e em cada dispositivo na sua próxima sincronização. Não pode ser desfeito.
hq-erase-reason = Motivo
hq-erase-reason-option = { $reason ->
    [person_request] A pessoa pediu
    [duplicate] Registo duplicado
    [entered_in_error] Introduzido por engano
    [legal_order] Ordem judicial
    [consent_withdrawn] Retirada do consentimento para partilhar com a sede
   *[retention_expired] Prazo de conservação terminado
}
hq-erase-submit = Apagar em todo o lado
hq-erase-ask = Apagar…
hq-erase-confirm-title = Apagar este processo em todo o lado?
hq-erase-confirm-explain = O processo { $code } do local { $site } ({ $reason }) será apagado aqui, na sede, e em cada dispositivo que o tiver, incluindo as cópias de segurança. Não pode ser desfeito.
hq-erase-confirmations = { $count ->
    [one] Um dispositivo confirmou
   *[other] { $count } dispositivos confirmaram
}
hq-figures-title = Números (anonimizados)
hq-figures-explain = Processos pelo mês em que a pessoa foi encontrada. Contagens abaixo de 5 aparecem como «x», para que ninguém possa ser identificado. Aqui não aparecem nomes nem detalhes dos processos.
hq-figures-withheld = Um processo que a pessoa não aceitou partilhar com a sede é contado a partir de um registo anónimo (mês, faixa etária, sexo, risco): a nacionalidade e o acompanhamento aparecem como «Não partilhado com a sede».
hq-figures-chart = { $dimension }, sob a forma de gráfico: a tabela abaixo apresenta os mesmos números.
hq-figures-hidden = Algumas contagens maiores também aparecem como «x», para que uma contagem pequena não possa ser deduzida dos totais.
hq-figures-csv = Descarregar CSV
hq-figures-total = Processos no total: { $total }
hq-figures-all-months = Todos os meses
hq-dimension = { $dimension ->
    [age_band] Faixa etária
    [sex] Sexo
    [nationality] Nacionalidade
    [accompaniment] Acompanhamento
    [risk] Sinal de risco de tráfico
   *[site] Local
}
hq-figure-value = { $value ->
    [flagged] Sinalizado
    [not_flagged] Não sinalizado
    [unknown] Desconhecido
    [withheld] Não partilhado com a sede
    [unlisted] Escrito como texto, não como código de país
   *[other] { $value }
}
hq-error-forbidden = A sua função não permite isto.
hq-nav-welcome = Boas-vindas
hq-device-awaiting = A aguardar aprovação: não recebe nenhum processo até que um supervisor do seu local o aprove.
hq-device-approve = Aprovar: permitir que receba os processos do seu local
hq-col-sites = Locais
hq-sites-every = Todos os locais
hq-sites-none = Nenhum (não vê nenhum processo)
hq-accounts-change-sites = Mudar os locais
hq-accounts-sites-hint = Locais: os locais cujos processos a conta vê, separados por vírgulas (por exemplo border-north, shelter-central), ou * para todos os locais. Os agentes de fronteira, os técnicos dos centros de acolhimento e os supervisores só veem os processos dos seus locais e os transferidos para um deles.
hq-error-sites = Escreva nomes de locais (letras, algarismos, hífenes, pontos ou sublinhados) separados por vírgulas, ou * para todos os locais.
hq-nothing-for-role = A sua função não tem páginas na sede: os intérpretes trabalham nos dispositivos, junto de um agente de fronteira, e aqui não veem nenhum processo.
hq-error-not-found = Não encontrado. Pode ter sido apagado ou alterado.
hq-error-signed-out = Entre novamente.
hq-error-internal = Algo correu mal na sede. Nada foi alterado; tente de novo.
hq-error-case-id = Um identificador de processo é um UUID (32 dígitos hexadecimais, hífenes opcionais).
hq-error-site = Um nome de local usa letras, algarismos, hífenes, pontos ou sublinhados.
hq-error-device-id = Um identificador de dispositivo tem 32 dígitos hexadecimais.
hq-error-reason = Escolha um motivo.
hq-error-choice = Escolha um dos valores.
hq-database-invalid = Um endereço de base de dados é sqlite:CAMINHO ou postgres://utilizador@anfitrião:porta/nome.
hq-database-in-clear = Esta base de dados está noutra máquina, e com sslmode={ $mode } as chaves dos processos poderiam ser enviadas para lá sem criptografia. Omita sslmode (a sede passa então a exigir TLS e um certificado de uma autoridade pública que tenha o nome do servidor) ou indique sslmode=verify-full com sslrootcert=PATH a apontar para o certificado da autoridade que assinou o certificado do servidor.
hq-database-certificate = O certificado do servidor da base de dados não foi aceite (sslmode={ $mode }). Verifique se sslrootcert indica a autoridade que o assinou e, com verify-full, se o certificado tem o nome do anfitrião que consta do endereço. Nada foi alterado.
hq-database-roots = O ficheiro indicado em sslrootcert não pode ser lido ou não contém nenhum certificado.
hq-migrated = Transferido para PostgreSQL: dispositivos: { $devices }, casos: { $cases }, alterações: { $changes }. Os dispositivos continuam onde pararam.
hq-migrate-target-not-empty = A base de dados de destino já contém dispositivos ou casos. A transferência só preenche uma base de dados da sede vazia; nada foi alterado.

## Accounts (administrators)
hq-nav-accounts = Contas
hq-col-role = Função
hq-accounts-password = Palavra-passe inicial
hq-accounts-password-hint = Pelo menos { $count } caracteres. Entregue a palavra-passe inicial em mão, nunca por e-mail nem por mensagem.
hq-accounts-add = Adicionar a conta
hq-accounts-change-role = Mudar a função
hq-accounts-remove = Remover
hq-accounts-remove-ask = Remover…
hq-accounts-remove-title = Remover esta conta?
hq-accounts-remove-explain = A conta { $user } será removida e as suas sessões terminadas de imediato. O que fez continua no registo de auditoria.
hq-accounts-you = A sua conta
hq-accounts-not-yourself = Não pode mudar a função da sua própria conta nem removê-la; outra pessoa com a função de administrador pode fazê-lo.
