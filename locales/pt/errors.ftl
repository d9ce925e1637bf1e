# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = A frase secreta não está certa. Verifique o idioma do teclado e a tecla Caps Lock e tente de novo.
error-unknown-user = Não existe nenhuma conta com o nome { $user } neste dispositivo. Peça ao seu administrador que crie a sua conta.
error-user-exists = Já existe uma conta com o nome { $user } neste dispositivo. Escolha outro nome.
error-store-missing = Não foram encontrados dados do Waypoint em { $path }. Primeiro, configure este dispositivo.
error-store-exists = Já existem dados do Waypoint em { $path }. Nada foi alterado.
error-store-corrupt = Os dados deste dispositivo estão danificados e não podem ser lidos. Não apague nada; fale com o seu administrador, que pode restaurá-los a partir da sede.
error-store-truncated = Os dados deste dispositivo estão incompletos (talvez tenham sido copiados só em parte). Não apague nada; fale com o seu administrador.
error-store-too-new = Estes dados foram gravados por uma versão mais recente do Waypoint (formato { $found }; esta versão lê no máximo o formato { $supported }). Atualize o Waypoint neste dispositivo.
error-case-not-found = O caso { $case } não está neste dispositivo.
error-sought-person-not-found = Este caso não tem nenhuma pessoa procurada com o identificador { $entry }. Ela pode ter sido removida em outro dispositivo; recarregue o caso.
error-passphrase-too-short = A frase secreta é muito curta. Use pelo menos { $min } caracteres; algumas palavras juntas são fáceis de lembrar.
error-audit-broken = O histórico de auditoria foi alterado ou danificado na entrada { $seq }. Comunique isto à sua chefia.
error-case-invalid = Não foi possível ler os dados deste caso. Nada foi alterado.
error-io = O dispositivo não conseguiu ler ou gravar os seus dados ({ $detail }). Verifique se há espaço livre no disco e tente de novo.
error-internal = Ocorreu um erro interno no Waypoint. Nada do que foi guardado se perdeu. Tente de novo; se voltar a acontecer, avise o seu administrador.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Ainda não foi anotado nenhum nome. É possível guardar um caso sem nome.
diag-name-empty = Este nome está vazio.
diag-age-range-inverted = A idade mínima ({ $min }) é maior do que a idade máxima ({ $max }). Verifique os dois números.
diag-age-implausible = Uma idade acima de { $max } não é possível. Verifique o número.
diag-age-single-indicator = Uma avaliação da idade não deve depender de um só indicador.
diag-date-future = Esta data está no futuro.
diag-date-impossible = Esta data não existe. Verifique o dia e o mês.
diag-answer-without-value = Esta pergunta está marcada como respondida, mas não há nenhuma resposta anotada.
diag-not-asked-without-reason = Indique por que motivo esta pergunta não foi feita.
diag-ends-before-start = Esta sessão termina antes de começar.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = É preciso consentimento para { $purpose ->
        [registration] o registo
        [sharing_with_hq] o envio de dados à sede
        [family_tracing] a busca de familiares
        [referral] o encaminhamento para serviços
        [photo] tirar uma fotografia
       *[other] isto
    }. Primeiro, pergunte à pessoa (ou ao seu tutor ou responsável legal) e anote a resposta.
consent-withdrawn-stops = O consentimento para { $purpose ->
        [registration] o registo
        [sharing_with_hq] o envio de dados à sede
        [family_tracing] a busca de familiares
        [referral] o encaminhamento para serviços
        [photo] tirar uma fotografia
       *[other] isto
    } foi retirado, por isso o processo foi interrompido.
consent-refused-stops = O consentimento para { $purpose ->
        [registration] o registo
        [sharing_with_hq] o envio de dados à sede
        [family_tracing] a busca de familiares
        [referral] o encaminhamento para serviços
        [photo] tirar uma fotografia
       *[other] isto
    } foi recusado, por isso não é possível continuar.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Rota ou condições de viagem irregulares ou fora do comum.
risk-reason-sudden-separation = Separação repentina da família.
risk-reason-living-change = Mudança brusca do lugar onde a pessoa vive ou das pessoas com quem vive.
risk-reason-documents-held-by-others = Outra pessoa guarda os documentos de identidade ou de viagem desta pessoa.
risk-reason-debt-bondage = A pessoa tem uma dívida com quem organizou a viagem ou o trabalho.
risk-reason-work-exploitation = Trabalho não pago, forçado ou perigoso.
risk-reason-signs-of-abuse = Sinais de abuso físico, sexual ou psicológico.
risk-reason-controlled-movement = Outra pessoa controla aonde a pessoa vai.
risk-reason-deceptive-recruitment = Recrutamento com falsas promessas.
risk-reason-no-contact-with-family = Não tem permissão ou não tem meios para falar com a família.
risk-reason-fear-of-authorities = Fizeram a pessoa ter medo das autoridades.
risk-reason-scripted-account = O relato parece ensaiado ou ditado por outras pessoas.
risk-reason-someone-else-answers = Outra pessoa responde pela pessoa, ou não a deixa sozinha com quem entrevista.
risk-reason-worst-forms-of-child-labour = Trabalho perigoso: numa mina, com máquinas ou produtos químicos perigosos, com cargas pesadas ou à noite.
risk-reason-child-labour-under-minimum-age = Começou a trabalhar antes da idade mínima legal para trabalhar.
risk-reason-sexual-exploitation = Exploração sexual.
risk-reason-forced-marriage = Casamento forçado ou infantil.
risk-reason-armed-group-recruitment = Recrutamento ou utilização por uma força ou um grupo armado.
risk-reason-child-exploitation = Uma criança é explorada. No caso de uma criança, isso por si só é tráfico de pessoas: não é preciso provar força, fraude ou engano.
risk-reason-doubtful-adult = A criança viaja com um adulto cuja relação com ela é duvidosa ou que preocupa quem entrevista.
risk-reason-unaccompanied-child = Criança sem os pais nem a pessoa que normalmente cuida dela.
risk-reason-strong-indicator-child = Há um indicador forte de tráfico de pessoas relativo a uma criança.
risk-reason-several-strong = Vários indicadores fortes ao mesmo tempo.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = O modelo de entrevista não é válido (linha { $line }, coluna { $column }). Verifique a pontuação e os nomes dos campos nesse ponto.
template-error-invalid-message-id = A chave de texto { $key } não é um nome de mensagem válido.
template-error-duplicate-not-asked-reason = O motivo { $reason } aparece duas vezes na lista.
template-error-duplicate-section = A parte { $section } aparece duas vezes.
template-error-duplicate-question = A pergunta { $question } aparece duas vezes.
template-error-malformed-question-id = O identificador da pergunta { $question } deve ser escrito na forma parte.nome.
template-error-question-outside-section = A pergunta { $question } está na parte { $section }, mas o seu identificador não indica essa parte.
template-error-missing-choices = A pergunta { $question } é de escolha, mas não indica nenhuma opção.
template-error-unexpected-choices = A pergunta { $question } não é de escolha, mas indica opções.
template-error-duplicate-choice = A pergunta { $question } indica a opção { $choice } duas vezes.
template-error-unknown-indicator = A pergunta { $question } faz referência a um indicador desconhecido: { $indicator }.
template-error-screening-not-supported = A pergunta { $question } não pode assinalar indicadores: só as respostas sim/não e de escolha o podem fazer.
template-error-empty-when = A pergunta { $question } está ligada a { $indicator }, mas não indica nenhuma resposta que o assinale.
template-error-invalid-yes-no = A pergunta { $question } é de sim/não, mas a sua ligação indica { $value }.
template-error-unknown-choice = A pergunta { $question } não tem a opção { $choice }.
