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
app-conflicts-count = { $count ->
    [one] { $count } conflito por resolver
   *[other] { $count } conflitos por resolver
}

## Case
app-back-to-list = ← Casos
app-tab-registration = Registro
app-tab-consent = Consentimento
app-tab-interview = Entrevista
app-tab-age = Idade
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
app-encounter = Onde e como a pessoa foi encontrada
app-encounter-place = Local
app-encounter-circumstances = Circunstâncias

## Consent
app-consent-explain = Explique cada finalidade em { $language } e anote a decisão da própria pessoa. Cada finalidade é decidida separadamente, e o consentimento pode ser retirado a qualquer momento.
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
