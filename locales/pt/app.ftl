## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Abrindo o Waypoint…
app-ui-language = A sua língua
app-quick-hide = Ocultar
app-quick-hide-hint = Ocultar tudo agora (Esc)
app-lock = Bloquear
app-dismiss = Fechar
app-save-saving = Guardando…
app-save-saved = Guardado
app-save-error = Não guardado — veja a mensagem
app-neutral-title = Waypoint
app-neutral-continue = Continuar

## Set-up and unlock
app-setup-title = Configurar este dispositivo
app-setup-explain = Tudo o que está neste dispositivo é cifrado com a sua frase secreta. Escolha uma que consiga lembrar: se a perder, não é possível recuperá-la.
app-setup-site = Local (posto de fronteira ou abrigo)
app-setup-submit = Configurar
app-user = Nome da conta
app-passphrase = Frase secreta
app-passphrase-again = Repita a frase secreta
app-unlock-title = Desbloquear
app-unlock-submit = Desbloquear

## Case list
app-search-placeholder = Pesquisar por nome (em qualquer alfabeto) ou código do caso
app-new-case = Novo caso
app-no-cases = Nenhum caso encontrado.
app-no-name = (ainda sem nome)
app-filter-any = Todos
app-filter-site = Local
app-filter-status = Situação
app-filter-risk = Risco
app-filter-age-band = Idade
app-filter-flag = Marcador
app-status-open = Aberto
app-status-transferred = Transferido
app-status-closed = Encerrado
app-risk-none = Sem indicadores de risco
app-risk-low = Risco baixo
app-risk-medium = Risco médio
app-risk-high = Risco alto
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 ou mais
app-age-band-unknown = Idade desconhecida
app-flag-child = Criança
app-flag-unaccompanied = Sem acompanhante
app-flag-separated = Separação familiar
app-flag-referral-prompt = Encaminhamento necessário
app-flag-age-disputed = Idade contestada
app-flag-trafficking-risk = Risco de tráfico de pessoas
app-flag-not-shared = Apenas neste dispositivo
app-conflicts-count = { $count ->
    [one] { $count } conflito por resolver
   *[other] { $count } conflitos por resolver
}

## Case
app-back-to-list = ← Casos
app-cases-title = Casos
app-case-sections = Seções do caso
app-interview-keys = Teclas: Alt+N próxima pergunta · Alt+P pergunta anterior · Alt+D preferiu não responder · Alt+R voltar a ela mais tarde · Alt+O pergunta não feita
app-tab-registration = Registro
app-tab-consent = Consentimento
app-tab-interview = Entrevista
app-tab-age = Idade
app-tab-tracing = Busca de familiares
app-tab-screening = Triagem
app-tab-referrals = Encaminhamentos e acompanhamento
app-tab-transfer = Transferência
app-tab-conflicts = Conflitos
app-referral-prompt = Encaminhe esta pessoa agora:
app-age-treated-as-child = Pessoa tratada como criança{ $basis ->
    [doubt] { " " }(idade incerta)
    [disputed_assessment] { " " }(avaliação contestada)
   *[other] {""}
}
app-age-adult = Pessoa tratada como adulta
app-age-range = { $min }–{ $max } anos

## Registration
app-names = Nomes
app-name-given = Nome próprio
app-name-family = Nome de família
app-name-alias = Outro nome ou outra grafia
app-add = Adicionar
app-remove = Remover
app-sex = Sexo
app-sex-female = Feminino
app-sex-male = Masculino
app-sex-other = Outro
app-sex-not-stated = Prefere não dizer
app-birth = Data de nascimento ou idade
app-birth-kind-unknown = Não se sabe
app-birth-kind-exact = Data exata
app-birth-kind-approximate = Ano (e mês)
app-birth-kind-stated-age = Idade que a pessoa diz ter
app-birth-date = Data de nascimento (ano-mês-dia)
app-birth-year = Ano
app-birth-month = Mês (1–12)
app-stated-age = Idade em anos
app-origin = Nacionalidade e línguas
app-nationalities = Nacionalidades (separadas por vírgulas)
app-languages-spoken = Línguas que fala (códigos como ar, ti, so)
app-preferred-language = Língua preferida para a entrevista
app-not-known = Não se sabe
app-accompaniment = Viaja com
app-accompaniment-unaccompanied = Ninguém (sem acompanhante)
app-accompaniment-separated = Separação dos pais ou de quem normalmente cuida da criança
app-accompaniment-accompanied = Com os pais ou com quem normalmente cuida da criança
app-adults = Adultos que viajam com a pessoa
app-adults-explain = Para cada adulto: quem diz ser, como isso foi verificado e o que lhe causar preocupação. Uma criança com um adulto cuja relação com ela é duvidosa, ou que lhe causa preocupação, é encaminhada para a proteção à criança.
app-adults-none = Nenhum adulto registrado.
app-adult-name = Nome do adulto
app-adult-relationship = Relação que declara
app-adult-verified = Verificação da relação
app-adult-verified-not-verified = Ainda não verificada
app-adult-verified-verified = Verificada
app-adult-verified-doubtful = Duvidosa
app-adult-verified-how = Como foi verificada
app-adult-documents = Documentos vistos
app-adult-concern = A sua preocupação, se houver
app-adult-add = Adicionar este adulto
app-adult-save = Guardar as alterações
app-encounter = Onde e como a pessoa foi encontrada
app-encounter-place = Local
app-encounter-circumstances = Circunstâncias

## Consent
app-consent-explain = Explique cada finalidade em { $language } e anote a decisão da própria pessoa. Cada finalidade é decidida separadamente, e o consentimento pode ser retirado a qualquer momento.
app-consent-read-aloud = Leia isto para a pessoa:
app-consent-withdraw-sharing-explain = Ao retirar este consentimento, a ficha é apagada na sede e em todos os outros dispositivos; ela fica só neste dispositivo, e a sede guarda apenas uma contagem anônima. Retirar o consentimento?
app-consent-withdraw-confirm = Sim, retirar
app-consent-withdraw-cancel = Manter o envio
app-consent-given-by = Decisão tomada por
app-consent-giver-person = A própria pessoa
app-consent-giver-guardian = Pai, mãe ou responsável legal
app-consent-giver-best-interest-decision = Decisão no superior interesse da criança
app-consent-guardian-name = Nome do pai, da mãe ou do responsável legal
app-consent-role = Função de quem toma a decisão
app-consent-purpose = { $purpose ->
    [registration] Registro dos seus dados
    [sharing_with_hq] Envio de dados à sede
    [family_tracing] Busca de familiares
    [referral] Encaminhamento para serviços
   *[photo] Fotografia
}
app-consent-not-asked = Ainda não perguntado
app-consent-given = Dado
app-consent-refused = Recusado
app-consent-withdrawn = Retirado
app-consent-give = Dá consentimento
app-consent-refuse = Recusa
app-consent-withdraw = Retira o consentimento

## Interview
app-interview-language = Língua da entrevista
app-sitting-controls = Sessão
app-end-sitting = Terminar a sessão (concluída)
app-in-your-language = Na sua língua
app-interpreter = Intérprete (se houver)
app-start-interview = Iniciar a entrevista em { $language }
app-continue-interview = Continuar a entrevista em { $language }
app-sitting-completed = concluída
app-sitting-paused = em pausa
app-sitting-stopped-by-person = interrompida pela pessoa
app-sitting-stopped-by-officer = interrompida por quem entrevista
app-question-progress = Pergunta { $n } de { $total }
app-layout-section = Mostrar todas as perguntas desta parte
app-layout-one = Uma pergunta de cada vez
app-previous = Anterior
app-next = Próxima
app-sensitive-question = Pergunta sensível: faça-a só quando a pessoa estiver pronta e ofereça uma pausa.
app-officer-note = Nota para quem entrevista
app-officer-only = Apenas para você: não leia isto em voz alta nem o mostre à pessoa.
app-yes = Sim
app-no = Não
app-answer-answered = Respondida
app-answer-declined = Preferiu não responder
app-answer-not-asked = Pergunta não feita
app-answer-revisit = Voltar a ela mais tarde

## Age assessment
app-age-new = Nova avaliação da idade
app-age-method = Método
app-age-method-documents = Documentos
app-age-method-statement = O que a pessoa diz
app-age-method-holistic = Avaliação global (holística)
app-age-min = Idade mínima
app-age-max = Idade máxima
app-age-indicators = Em que se baseia a avaliação (um elemento por linha)
app-age-outcome = Resultado
app-age-disputed = A pessoa contesta esta avaliação
app-age-save = Guardar a avaliação

## Family tracing
app-tracing-explain = Os familiares que esta pessoa procura. Escreva todas as grafias que ouvir, em qualquer alfabeto: as correspondências são encontradas entre alfabetos diferentes e em todos os locais.
app-tracing-add = Adicionar um familiar a procurar
app-tracing-relationship = Parentesco (mãe, irmão, tia…)
app-tracing-names = Nomes e grafias (um por linha)
app-tracing-age = Idade em anos ou data de nascimento
app-tracing-last-seen-place = Local onde a pessoa foi vista pela última vez
app-tracing-last-seen-date = Quando a pessoa foi vista pela última vez (2023, 2023-06 ou 2023-06-21)
app-tracing-contacts = Contatos ou pessoas que possam saber (um por linha)
app-tracing-find = Procurar correspondências
app-tracing-no-candidates = Ainda nenhuma pessoa registrada corresponde. Procure de novo mais tarde: novos registros chegam a cada sincronização.
app-tracing-score = Correspondência: { $score }%
app-tracing-confirm = É a mesma pessoa
app-tracing-reject = Não é a mesma pessoa
app-tracing-confirmed = Confirmada
app-tracing-rejected = Descartada
app-tracing-decided-by = por { $user }, em { $when }

## Screening for trafficking and exploitation
app-screening-explain = Anote o que observar ou o que a pessoa contar. Não leia esta lista para a pessoa.
app-screening-source = Origem da informação
app-indicator-source-observed = Observado
app-indicator-source-stated = A pessoa disse
app-indicator-source-document = Em um documento
app-indicator-source-third-party = Outra pessoa disse
app-indicator-source-interview-answer = Na entrevista
app-screening-record = Registrar
app-screening-dismiss = Não se aplica
app-screening-restore = Afinal se aplica
app-screening-dismissed = considerado não aplicável
app-screening-reasons = Por quê:
app-screening-no-reasons = Nenhum indicador registrado.

## Referrals and follow-ups
app-service-child-protection = Proteção à criança
app-service-anti-trafficking = Serviço de combate ao tráfico de pessoas
app-service-health = Atendimento de saúde
app-service-psychosocial = Apoio psicossocial
app-service-legal = Assistência jurídica
app-service-shelter = Abrigo
app-service-guardianship = Tutela
app-service-family-tracing = Serviço de busca de familiares
app-referral-service = Serviço
app-referral-urgent = Urgente
app-referral-note = Nota para o serviço
app-referral-status = Situação
app-referral-status-proposed = Proposto
app-referral-status-made = Encaminhado
app-referral-status-accepted = Aceito
app-referral-status-declined = Recusado
app-referral-status-completed = Concluído
app-referrals-add = Adicionar encaminhamento
app-referrals-none = Ainda não há encaminhamentos.
app-referral-basis = O que permite este encaminhamento
app-referral-basis-consent = O consentimento da pessoa para o encaminhamento
app-referral-basis-best-interest-decision = Uma decisão no superior interesse da criança
app-referral-basis-mandatory-report = Uma notificação exigida por lei
app-follow-ups = Tarefas de acompanhamento
app-follow-up-due = Prazo
app-follow-up-note = O que fazer
app-follow-up-add = Adicionar tarefa
app-follow-up-done = Feita
app-follow-up-overdue = Atrasada
app-follow-ups-none = Nenhuma tarefa de acompanhamento prevista.

## Transfer
app-transfer-explain = Passe este caso para outro local. A sede entrega o caso a esse local na próxima sincronização.
app-transfer-to = Local de destino
app-transfer-reason = Motivo
app-transfer-do = Transferir o caso
app-transfer-history = De { $from } para { $to }, em { $when }, por { $user }

## Conflicts
app-conflicts-explain = Dois dispositivos alteraram a mesma informação sem conexão. Os dois valores são mantidos até que você escolha um; a sua escolha é enviada como qualquer outra alteração.
app-conflicts-none = Nada a resolver neste caso.
app-conflict-written = Escrito por { $user }, em { $when }
app-conflict-unknown-writer = Não se sabe quem escreveu
app-conflict-keep = Manter este valor

## Errors from the app's checks (shown next to the field)
app-error-locked = O Waypoint foi bloqueado para proteger os dados. Desbloqueie para continuar; tudo o que foi guardado é mantido.
app-error-unlock-failed = O nome da conta ou a frase secreta não está certo. Verifique o idioma do teclado e a tecla Caps Lock e tente de novo.
app-error-passphrase-mismatch = As duas frases secretas não são iguais.
app-error-site-missing = Indique o local onde este dispositivo é usado.
app-error-user-missing = Escreva um nome de conta.
app-error-auto-lock-range = Escolha entre { $min } e { $max } minutos.
app-error-hq-url = O endereço da sede deve começar por http:// ou https://.
app-error-text-too-long = O texto é longo demais (no máximo { $max } caracteres).
app-error-language-invalid = Isto não é um código de língua (use códigos como ar, ti ou so).
app-error-guardian-name-missing = Escreva o nome do pai, da mãe ou do responsável legal.
app-error-adult-name-missing = Escreva o nome do adulto.
app-error-referral-needs-basis = { $state ->
        [refused] A pessoa recusou o consentimento para o encaminhamento.
        [withdrawn] A pessoa retirou o consentimento para o encaminhamento.
       *[other] Ainda não se perguntou à pessoa sobre o encaminhamento.
    } Sem esse consentimento, escolha a base legal do encaminhamento: uma decisão no superior interesse da criança ou uma notificação exigida por lei.
app-error-no-open-sitting = Primeiro, inicie ou continue a entrevista.
app-error-unknown-question = Esta pergunta ({ $question }) não faz parte do modelo da entrevista.
app-error-not-asked-reason = Escolha o motivo por que a pergunta não foi feita.
app-error-answer-kind = Esta resposta não corresponde à pergunta.
app-error-partial-date = Escreva a data como um ano (2015), um ano e um mês (2015-06) ou uma data completa (2015-06-21).
app-error-birth-date-invalid = Esta data não existe. Escreva-a como ano-mês-dia, por exemplo 2011-04-23.
app-error-birth-date-future = Esta data está no futuro.
app-error-birth-year-range = O ano deve estar entre { $min } e { $max }.
app-error-age-too-high = Uma idade acima de { $max } anos não é possível.
app-error-age-range-inverted = A idade máxima é menor do que a idade mínima. Verifique os dois números.
app-error-entry-missing = Este item já não existe (pode ter sido alterado em outro dispositivo). Abra o caso de novo.
app-error-transfer-same-site = O caso já está neste local. Indique o local de destino.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Sincronização com a sede
app-sync-status-not-enrolled = Dispositivo não conectado à sede
app-sync-status-running = Sincronizando…
app-sync-status-error = Não sincronizado
app-sync-status-never = Ainda não sincronizado
app-sync-status-ok = Sincronizado em { $when }
app-sync-progress = Enviados até agora: { $sent }; recebidos: { $received }
app-sync-pending-label = Aguardando envio
app-sync-pending =
    { $count ->
        [one] { $count } caso
        [many] { $count } de casos
       *[other] { $count } casos
    }
app-sync-nothing-pending = Nada: a sede já tem tudo o que está neste dispositivo.
app-sync-last-success = Última sincronização
app-sync-last-attempt = Última tentativa
app-sync-works-offline = Continue trabalhando normalmente: tudo fica guardado neste dispositivo, e a sincronização acontece em segundo plano, sem interromper o seu trabalho.
app-sync-now = Sincronizar agora
app-sync-hq = Endereço da sede
app-sync-code = Código de inscrição
app-sync-enroll = Conectar este dispositivo
app-sync-enroll-hint = Peça à sede um código de inscrição de uso único para este local e escreva-o aqui.
app-sync-not-enrolled = Este dispositivo ainda não está conectado à sede.
app-sync-unreachable = Não é possível contatar a sede. O seu trabalho está seguro neste dispositivo e será enviado quando a conexão voltar.
app-sync-impostor = Este código não foi aceito: pode ter sido digitado errado, já ter sido usado ou ter expirado (um código vale 24 horas), ou a resposta não veio da sede que o emitiu. Nada foi registrado. Verifique o código e o endereço da sede, ou peça um novo código à sede.
app-sync-unauthenticated = Não foi possível verificar uma resposta que dizia vir da sede, por isso nada nela foi aplicado e os seus casos não mudaram. Alguém pode estar interferindo na rede; tente de novo mais tarde ou em outra rede.
app-sync-reenroll = Este dispositivo foi conectado antes de a sede começar a assinar as respostas que envia. Peça à sede um novo código de inscrição e conecte o dispositivo de novo; os seus casos continuam neste dispositivo.
app-sync-insecure-url = A sede deve ser contatada por um endereço que comece por https://. O http:// simples só é permitido para este próprio computador (localhost).
app-sync-certificate = A sede apresentou um certificado de segurança diferente daquele em que este dispositivo confiou ao se inscrever, por isso a sincronização foi interrompida antes de qualquer envio. Alguém pode estar interferindo na rede; avise a sede.
app-sync-failed = A sincronização não terminou. Nada foi perdido; uma nova tentativa será feita automaticamente.
app-sync-revoked = A sede retirou este dispositivo, por isso os casos foram removidos dele. Fale com a sua chefia.
app-sync-unknown-device = A sede não reconhece este dispositivo. Peça um novo código de inscrição.
app-sync-clock = A data ou a hora deste dispositivo está errada. Corrija-a nas configurações do sistema e sincronize de novo.
app-sync-enrollment-code = Este código de inscrição está errado, já foi usado ou expirou. Peça um novo à sede.
app-sync-enroll-later = A sede não está aceitando inscrições desta rede neste momento. O seu código continua válido: tente de novo daqui a dez minutos.
app-sync-version = A sede usa outra versão do Waypoint. Peça que este aplicativo seja atualizado.
app-sync-site-mismatch = Este código é para o local { $hq }, mas este dispositivo é usado no local { $device }. Peça um código para { $device }.
app-sync-code-missing = Escreva o código de inscrição.
app-sync-already-enrolled = Este dispositivo já está conectado à sede.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Gostaríamos de anotar o seu nome e o que nos contar, para podermos ajudar. Pode dizer que não.
app-consent-tell-registration-child = Podemos escrever o seu nome e o que nos contar? Assim, podemos ajudar você. Pode dizer que não.
app-consent-tell-sharing-with-hq = Gostaríamos de enviar a sua ficha para o nosso escritório central, para que os nossos outros escritórios possam ajudar se for para outro lugar. Se disser que não, a sua ficha fica neste escritório, neste computador, e o escritório central só conta que este escritório atendeu uma pessoa: o mês, a sua faixa de idade, se é mulher ou homem, e se estamos preocupados com a sua segurança. Nunca recebe o seu nome nem o que nos contou. Se disser que sim e mais tarde mudar de opinião, apagamos a sua ficha no escritório central e nos outros computadores, e o escritório central guarda só essa contagem.
app-consent-tell-sharing-with-hq-child = Podemos enviar a sua ficha para o nosso escritório principal? Assim, os nossos outros escritórios podem ajudar você se for para outro lugar. Se disser que não, a sua ficha fica aqui, neste computador, e o seu nome não é enviado para o escritório principal. Pode mudar de opinião mais tarde, e aí apagamos a ficha de lá.
app-consent-tell-family-tracing = Gostaríamos de usar os seus dados para procurar a sua família, e para que a sua família consiga encontrar você através de nós. Pode dizer que não, ou pedir para pararmos a qualquer momento.
app-consent-tell-family-tracing-child = Podemos usar o seu nome para procurar a sua família, e para que ela encontre você? Pode dizer que não, ou pedir para pararmos.
app-consent-tell-referral = Gostaríamos de falar da sua situação a outro serviço, por exemplo um médico, um advogado ou um abrigo, para que possam ajudar. Só passamos as informações de que precisam. Pode dizer que não.
app-consent-tell-referral-child = Podemos falar sobre você com outras pessoas que ajudam, como um médico ou um lugar seguro para ficar? Só contamos o que for preciso. Pode dizer que não.
app-consent-tell-photo = Gostaríamos de tirar uma fotografia sua, só para a sua ficha. Pode dizer que não.
app-consent-tell-photo-child = Podemos tirar uma foto sua para a sua ficha? Pode dizer que não.
