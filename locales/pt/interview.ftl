### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Uma conversa para nos conhecermos
interview-intro-who-we-are = Estamos aqui para ajudar a proteger as pessoas, sobretudo crianças e jovens que viajam sem a família. Não estamos aqui para julgar ninguém.
interview-intro-why-we-ask = Gostaria de fazer algumas perguntas. Com as suas respostas, podemos entender as suas necessidades, garantir a sua segurança e, se quiser, procurar a sua família.
interview-intro-nothing-mandatory = Não é obrigatório responder a nenhuma pergunta. Se não responder, não terá nenhum problema, e a ajuda continua garantida.
interview-intro-decline = Se não quiser responder a alguma coisa, basta dizer “Não quero responder”. Não há problema.
interview-intro-no-wrong-answers = Se não souber ou não se lembrar, também não há problema. Não há respostas erradas.
interview-intro-pause-stop = Pode pedir uma pausa, ou pedir para parar, a qualquer momento. Basta avisar, ou tocar no botão de pausa.
interview-intro-protection = O que nos contar fica guardado em segurança e em sigilo. Só as pessoas que tratam do seu caso podem ver.
interview-intro-consent = Só passamos estas informações a outras pessoas, por exemplo a quem pode ajudar a encontrar a sua família, se concordar. Pode mudar de opinião mais tarde.

## Controls, always visible during the interview

interview-control-pause = Fazer uma pausa
interview-control-stop = Parar por hoje
interview-control-decline = Não quero responder
interview-control-revisit = Voltar a isto mais tarde
interview-control-not-asked = Pergunta não feita
interview-control-resume = Continuar
interview-control-break-offer = Quer fazer uma pausa? Podemos parar um pouco e continuar mais tarde.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = A pessoa estava aflita ou muito cansada
interview-not-asked-too-young = Não é adequada à idade da pessoa
interview-not-asked-not-relevant = Não se aplica a esta pessoa
interview-not-asked-interpreter-unavailable = Não havia intérprete adequado
interview-not-asked-time = Já não havia tempo nesta sessão
interview-not-asked-safety-concern = Não era seguro perguntar aqui, por exemplo porque estava presente outra pessoa
interview-not-asked-asked-elsewhere = Já foi perguntada por outro serviço

## Section: Welcome

interview-section-welcome = Boas-vindas
interview-section-welcome-intro = Antes de começarmos, queremos que se sinta à vontade.

interview-welcome-needs-now = Antes de começarmos, precisa de alguma coisa?
interview-welcome-needs-now-child = Precisa de alguma coisa agora?
interview-welcome-needs-now-note = Primeiro, atenda às necessidades básicas. Se a pessoa tiver fome, frio, dores ou estiver muito cansada, faça uma pausa e volte mais tarde.
interview-welcome-needs-now-water = Água ou alguma coisa para beber
interview-welcome-needs-now-food = Alguma coisa para comer
interview-welcome-needs-now-rest = Descansar
interview-welcome-needs-now-toilet = Ir à casa de banho / ao banheiro
interview-welcome-needs-now-warm = Roupa quente para vestir
interview-welcome-needs-now-medical = Ver um médico ou enfermeiro
interview-welcome-needs-now-nothing = Nada, estou bem

interview-welcome-preferred-language = Em que língua gostaria de falar?
interview-welcome-preferred-language-child = Em que língua gosta mais de falar?
interview-welcome-preferred-language-note = Verifique se a pessoa e o intérprete se entendem bem. Se não for assim, pare e procure outro intérprete.

interview-welcome-someone-present = Gostaria que uma pessoa da sua confiança estivesse aqui durante a conversa?
interview-welcome-someone-present-child = Quer que uma pessoa em quem confia fique ao seu lado?
interview-welcome-someone-present-note = Uma criança pode querer a presença de um adulto de confiança, como um tutor ou um assistente social. Não recorra a um adulto cuja relação com a criança não esteja confirmada ou que pareça controlá-la.

interview-welcome-ready = Podemos começar agora? Pode parar a qualquer momento.
interview-welcome-ready-child = Vamos começar? Pode parar quando quiser.
interview-welcome-ready-note = Se a resposta for não, não comece. Ofereça uma pausa e volte a perguntar mais tarde.

## Section: About you

interview-section-about-you = Sobre você
interview-section-about-you-intro = Primeiro, algumas perguntas fáceis sobre você.

interview-about-you-called-name = Que nome prefere que usemos durante a conversa?
interview-about-you-called-name-child = Que nome gosta que usemos para você?
interview-about-you-called-name-note = Use este nome durante o resto da conversa.

interview-about-you-full-name = Qual é o seu nome completo? Se quiser, pode escrevê-lo.
interview-about-you-full-name-child = Qual é o seu nome todo? Pode escrever, se quiser.
interview-about-you-full-name-note = Anote todas as grafias e todos os alfabetos. Se a pessoa conseguir, deixe-a escrever o nome na sua própria escrita.

interview-about-you-age = Quantos anos tem, pelo que sabe?
interview-about-you-age-child = Quantos anos tem? Não há problema se não souber bem.
interview-about-you-age-note = Anote o que a pessoa disser. Nunca lhe peça provas. Em caso de dúvida, a pessoa é tratada como criança.

interview-about-you-birth-date = Sabe quando nasceu? Basta o ano.
interview-about-you-birth-date-child = Sabe o dia do seu aniversário, ou o ano em que nasceu?
interview-about-you-birth-date-note = Anote o que se sabe, mesmo que seja só o ano. Não corrija a pessoa.

interview-about-you-languages = Que línguas fala?
interview-about-you-languages-child = Que línguas sabe falar?

interview-about-you-home = De onde é? Basta uma cidade ou uma região.
interview-about-you-home-child = Onde fica a sua casa? Como se chama a cidade ou a aldeia?
interview-about-you-home-note = Pergunte pelo lugar, não pelos documentos. Se a pessoa não quiser dizer, não há problema.

## Section: Your journey

interview-section-journey = A sua viagem
interview-section-journey-intro = Agora gostaria de perguntar sobre a sua viagem. Sem pressa.

interview-journey-left-home = Quando saiu de casa? Basta o mês ou a estação do ano.
interview-journey-left-home-child = Quando saiu de casa? Pode dizer o mês ou a estação do ano.

interview-journey-travelled-with = Com quem viajou?
interview-journey-travelled-with-child = Quem fez a viagem com você?
interview-journey-travelled-with-note = Pode haver várias respostas. Se a pessoa viajou com um adulto que não é o pai nem a mãe, pergunte com cuidado de onde conhece esse adulto.
interview-journey-travelled-with-alone = Ninguém, viajei sem companhia
interview-journey-travelled-with-parents = A minha mãe ou o meu pai
interview-journey-travelled-with-siblings = Os meus irmãos ou irmãs
interview-journey-travelled-with-relatives = Outros familiares
interview-journey-travelled-with-friends = Amigos
interview-journey-travelled-with-met-on-way = Pessoas que conheci no caminho
interview-journey-travelled-with-organiser = A pessoa que organizou a viagem
interview-journey-travelled-with-other = Outra pessoa

interview-journey-organised-by = Quem organizou a viagem?
interview-journey-organised-by-child = Quem preparou a viagem?
interview-journey-organised-by-note = Pergunte sem julgar. Muitas pessoas precisam da ajuda de outras para viajar. Isto serve para entender, não para culpar.
interview-journey-organised-by-self = Fui eu
interview-journey-organised-by-family = A minha família
interview-journey-organised-by-friend = Uma pessoa amiga
interview-journey-organised-by-someone-else = Outra pessoa
interview-journey-organised-by-do-not-know = Não sei

interview-journey-paid-by = Quem pagou a viagem?
interview-journey-paid-by-child = Quem pagou a viagem?
interview-journey-paid-by-note = Se a pessoa tiver de devolver o dinheiro, pergunte mais tarde, nas perguntas sobre segurança, se ainda deve dinheiro.
interview-journey-paid-by-self = Fui eu
interview-journey-paid-by-family = A minha família
interview-journey-paid-by-someone-else = Outra pessoa
interview-journey-paid-by-pay-back-later = Vou ter de devolver o dinheiro mais tarde
interview-journey-paid-by-do-not-know = Não sei

interview-journey-route = Como viajou? Por exemplo, de autocarro/ônibus, de carro, de barco ou a pé.
interview-journey-route-child = Como viajou? De autocarro/ônibus, de carro, de barco ou a pé?

interview-journey-travelled-hidden = Alguma vez teve de viajar às escondidas, ou de atravessar uma fronteira fora do posto oficial?
interview-journey-travelled-hidden-child = Alguma vez teve de se esconder durante a viagem?
interview-journey-travelled-hidden-note = Muitas pessoas não tinham uma forma segura de viajar. Deixe claro que pergunta pela segurança da pessoa, e não para puni-la.

interview-journey-promised-job = Antes de partir, alguém lhe prometeu um trabalho, escola ou uma vida melhor no fim da viagem?
interview-journey-promised-job-child = Alguém lhe prometeu trabalho, escola ou uma vida melhor no lugar para onde ia?
interview-journey-promised-job-note = Se a resposta for sim, faça a pergunta seguinte. Se for não, não a faça e indique que não se aplica.

interview-journey-promise-kept = Foi como lhe prometeram?
interview-journey-promise-kept-child = Foi como disseram que ia ser?
interview-journey-promise-kept-note = Pergunte só se alguém fez uma promessa.
interview-journey-promise-kept-as-promised = Sim, foi como prometeram
interview-journey-promise-kept-different = Não, foi diferente
interview-journey-promise-kept-not-yet = Ainda não sei

interview-journey-documents-holder = Quem está agora com os seus documentos, como o passaporte ou o documento de identidade?
interview-journey-documents-holder-child = Onde estão os seus documentos, como o passaporte ou o documento de identidade? Quem está com eles agora?
interview-journey-documents-holder-note = Não peça para ver documentos aqui. Não ter documentos é comum e não é motivo de suspeita.
interview-journey-documents-holder-me = Estão comigo
interview-journey-documents-holder-family = Uma pessoa da minha família
interview-journey-documents-holder-organiser = A pessoa que organizou a viagem
interview-journey-documents-holder-employer = Uma pessoa para quem trabalhei
interview-journey-documents-holder-someone-else = Outra pessoa
interview-journey-documents-holder-taken = Alguém me tirou os documentos
interview-journey-documents-holder-lost = Perderam-se
interview-journey-documents-holder-never-had = Nunca tive documentos

## Section: Your family

interview-section-family = A sua família
interview-section-family-intro = Agora algumas perguntas sobre a sua família. Se for difícil falar de alguma coisa, é só dizer e passamos à frente.

interview-family-parents = Pode contar um pouco sobre a sua mãe e o seu pai? Como se chamam e onde estão agora, se souber?
interview-family-parents-child = Pode falar um pouco da sua mãe e do seu pai? Como se chamam? Onde estão agora?
interview-family-parents-note = O pai ou a mãe pode ter morrido ou estar desaparecido. Deixe a pessoa conduzir a conversa e não insista em detalhes.

interview-family-siblings = Tem irmãos ou irmãs? Onde estão agora?
interview-family-siblings-child = Tem irmãos ou irmãs? Onde estão?

interview-family-separated-suddenly = A separação da sua família aconteceu de repente, sem estar combinada?
interview-family-separated-suddenly-child = Ficou longe da sua família de repente, quando não esperava?
interview-family-separated-suddenly-note = Isto pode trazer lembranças dolorosas. Observe se há sinais de sofrimento e ofereça uma pausa.

interview-family-sudden-move = Antes de partir, teve de ir viver de repente para outro lugar, ou com outras pessoas?
interview-family-sudden-move-child = Antes da viagem, teve de ir morar de repente num lugar novo ou com pessoas novas?

interview-family-last-contact = Quando falou com a sua família pela última vez?
interview-family-last-contact-child = Quando foi a última vez que falou com a sua família?

interview-family-can-contact = Consegue falar com a sua família quando quer?
interview-family-can-contact-child = Pode ligar ou mandar mensagens para a sua família quando quer?
interview-family-can-contact-note = Se alguém controla estas conversas, há uma preocupação de proteção. Se for seguro e a pessoa quiser, ofereça a possibilidade de telefonar.
interview-family-can-contact-yes-freely = Sim, sempre que quero
interview-family-can-contact-only-when-allowed = Só quando alguém deixa
interview-family-can-contact-someone-stops-me = Alguém me impede, ou ficou com o meu telefone
interview-family-can-contact-no-means = Não tenho telefone nem número
interview-family-can-contact-do-not-know-where = Não sei onde estão

interview-family-wish-to-trace = Quer a nossa ajuda para encontrar alguém da sua família?
interview-family-wish-to-trace-child = Quer ajuda para encontrar alguém da sua família?
interview-family-wish-to-trace-note = A procura de familiares exige consentimento ou, no caso de uma criança, uma decisão baseada no seu superior interesse. Anote isso antes de iniciar qualquer procura.

interview-family-who-to-find = Quem gostaria de encontrar? Diga o nome da pessoa, e onde e quando a viu pela última vez.
interview-family-who-to-find-child = Quem quer encontrar? Como se chama? Onde viu essa pessoa pela última vez?
interview-family-who-to-find-note = Anote os nomes em todas as grafias que ouvir. Esta resposta dá início a uma procura assim que o consentimento estiver anotado.

## Section: Safety and work

interview-section-safety-and-work = Segurança e trabalho
interview-section-safety-and-work-intro = As próximas perguntas são sobre a sua segurança. Algumas podem ser difíceis. Pode não responder a qualquer uma delas, e pode fazer uma pausa.

interview-safety-and-work-feels-safe = Sente-se em segurança agora?
interview-safety-and-work-feels-safe-child = Sente-se em segurança aqui?
interview-safety-and-work-feels-safe-note = Se a resposta for não, pergunte o que ajudaria e trate disso antes de continuar.

interview-safety-and-work-worked = Trabalhou durante a viagem, ou antes de chegar aqui?
interview-safety-and-work-worked-child = Teve de trabalhar na viagem, ou antes de chegar aqui?
interview-safety-and-work-worked-note = Conte qualquer trabalho: numa casa, no campo, venda de coisas, pedir esmola ou cuidar de crianças.

interview-safety-and-work-work-kind = Que tipo de trabalho era?
interview-safety-and-work-work-kind-child = Que tipo de trabalho fazia?
interview-safety-and-work-work-kind-note = Pergunte só se a pessoa trabalhou. Pode haver várias respostas.
interview-safety-and-work-work-kind-house = Limpar, cozinhar ou outras tarefas da casa
interview-safety-and-work-work-kind-childcare = Cuidar de crianças
interview-safety-and-work-work-kind-farm = Trabalho no campo ou com animais
interview-safety-and-work-work-kind-building = Trabalho em obras ou numa fábrica
interview-safety-and-work-work-kind-selling = Vender coisas
interview-safety-and-work-work-kind-begging = Pedir esmola
interview-safety-and-work-work-kind-mine = Numa mina ou numa pedreira
interview-safety-and-work-work-kind-dangerous = Com máquinas perigosas, produtos químicos ou cargas pesadas, ou à noite
interview-safety-and-work-work-kind-sexual = Coisas sexuais, ou fotos ou vídeos desse tipo
interview-safety-and-work-work-kind-armed-group = Para soldados ou um grupo armado: combater, carregar coisas, vigiar ou cozinhar
interview-safety-and-work-work-kind-other = Outro trabalho

interview-safety-and-work-age-started-work = Que idade tinha quando começou a trabalhar pela primeira vez?
interview-safety-and-work-age-started-work-child = Quantos anos tinha quando começou a trabalhar?
interview-safety-and-work-age-started-work-note = Pergunte só se a pessoa trabalhou. Na maioria dos países, trabalhar antes dos 15 anos (antes dos 13 em trabalhos leves) é trabalhar abaixo da idade mínima (Convenção 138 da OIT).
interview-safety-and-work-age-started-work-under-13 = Menos de 13 anos
interview-safety-and-work-age-started-work-13-to-14 = 13 ou 14 anos
interview-safety-and-work-age-started-work-15-or-older = 15 anos ou mais
interview-safety-and-work-age-started-work-not-sure = Não sei bem

interview-safety-and-work-paid = Recebeu pagamento por esse trabalho?
interview-safety-and-work-paid-child = Recebeu dinheiro pelo trabalho?
interview-safety-and-work-paid-note = Pergunte só se a pessoa trabalhou.
interview-safety-and-work-paid-paid-fully = Sim, como combinado
interview-safety-and-work-paid-paid-less = Menos do que o combinado
interview-safety-and-work-paid-not-paid = Não
interview-safety-and-work-paid-paid-to-others = Outra pessoa ficou com o dinheiro

interview-safety-and-work-owes-money = Deve dinheiro a alguém, por exemplo pela viagem, pela comida ou por um lugar para dormir?
interview-safety-and-work-owes-money-child = Alguém diz que você deve dinheiro a essa pessoa?
interview-safety-and-work-owes-money-note = As dívidas da viagem são muitas vezes usadas para controlar as pessoas. Pergunte a quem, só se a pessoa quiser dizer.

interview-safety-and-work-marriage = Alguém fez com que se casasse, ou combinou o seu casamento com alguém, contra a sua vontade?
interview-safety-and-work-marriage-child = Alguém disse que você tem de se casar com alguém?
interview-safety-and-work-marriage-note = O casamento forçado, e qualquer casamento de uma criança, é exploração. No caso de uma criança, encaminhe-a já para a proteção à criança.

interview-safety-and-work-free-to-leave = Podia sair do lugar onde trabalhava ou ficava sempre que queria?
interview-safety-and-work-free-to-leave-child = Podia sair, ou ir embora do lugar onde estava, quando queria?

interview-safety-and-work-controlled-movement = Há alguém que decide aonde pode ir, ou que não deixa que saia sem companhia?
interview-safety-and-work-controlled-movement-child = Há alguém que decide aonde você pode ir, ou que não deixa você sair sem companhia?
interview-safety-and-work-controlled-movement-note = Pergunte só quando não houver nenhum adulto acompanhante na sala.

interview-safety-and-work-told-not-to-speak = Alguém lhe disse para não falar com a polícia, ou com pessoas como eu?
interview-safety-and-work-told-not-to-speak-child = Alguém lhe disse para não falar com a polícia, ou com pessoas como eu?
interview-safety-and-work-told-not-to-speak-note = Se a resposta for sim, explique à pessoa que não haverá nenhum castigo por falar com quem está aqui para ajudar.

interview-safety-and-work-hurt-or-threatened = Alguém lhe fez mal, ou ameaçou fazer mal a você ou à sua família?
interview-safety-and-work-hurt-or-threatened-child = Alguém lhe fez mal, ou tentou assustar você dizendo que ia fazer mal a você ou à sua família?
interview-safety-and-work-hurt-or-threatened-note = Não peça detalhes. Ouça, acredite na pessoa e diga-lhe que a culpa não é dela. Se a resposta for sim, siga o procedimento de proteção e ofereça apoio de saúde e psicossocial.

## Section: Your health

interview-section-health = A sua saúde
interview-section-health-intro = Agora algumas perguntas sobre como se sente, para podermos dar a ajuda certa.

interview-health-injuries = Tem alguma ferida, ou sente dores?
interview-health-injuries-child = Dói alguma coisa?
interview-health-injuries-note = Se a resposta for sim, ofereça já cuidados médicos. Não faça nenhum exame e não pergunte aqui como aconteceu.

interview-health-medication = Toma algum medicamento, ou precisa de ver um médico ou enfermeiro?
interview-health-medication-child = Precisa de algum remédio, ou de ver um médico ou enfermeiro?

interview-health-sleep = Como tem dormido?
interview-health-sleep-child = Como dorme à noite?
interview-health-sleep-note = Dormir mal e ter pesadelos é comum depois de uma viagem difícil. Diga à pessoa que existe ajuda.
interview-health-sleep-well = Bem
interview-health-sleep-sometimes-badly = Às vezes mal
interview-health-sleep-badly = Mal, quase todas as noites

interview-health-feeling = Como se tem sentido ultimamente?
interview-health-feeling-child = Como se sente por dentro nestes dias?
interview-health-feeling-note = Aceite qualquer resposta, incluindo “Não sei”. Se a pessoa estiver muito abalada, faça uma pausa, ofereça apoio e pense num encaminhamento psicossocial.

## Section: What you want

interview-section-wishes = O que deseja
interview-section-wishes-intro = O que deseja é importante. Vamos pensar nisso em cada decisão sobre a sua vida.

interview-wishes-next = O que gostaria que acontecesse a seguir?
interview-wishes-next-child = O que gostaria que acontecesse agora?
interview-wishes-next-note = Anote as palavras da própria pessoa. Não prometa o que não pode garantir.

interview-wishes-trusted-people = Em quem confia, aqui ou em qualquer outro lugar?
interview-wishes-trusted-people-child = Quais são as pessoas em quem confia?
interview-wishes-trusted-people-note = Isto permite saber quem pode apoiar a pessoa.

interview-wishes-worries = Tem alguma preocupação neste momento?
interview-wishes-worries-child = Há alguma coisa que preocupa você?

## Section: Finishing

interview-section-closing = Para terminar
interview-section-closing-intro = Falta pouco para terminarmos. Agradeço muito esta conversa.

interview-closing-anything-else = Há mais alguma coisa que queira contar?
interview-closing-anything-else-child = Quer contar mais alguma coisa?

interview-closing-questions = Tem alguma pergunta para nós?
interview-closing-questions-child = Quer perguntar alguma coisa?

interview-closing-next-steps-understood = Já expliquei o que vai acontecer a seguir. Ficou claro?
interview-closing-next-steps-understood-child = Entendeu o que vai acontecer a seguir?
interview-closing-next-steps-understood-note = Explique quem vai falar com a pessoa, onde vai ficar, como chegar até nós, e que pode acrescentar ou mudar respostas mais tarde. Nunca termine com um tema difícil.

## Section: Officer observations

interview-section-officer-observations = Observações de quem entrevista
interview-section-officer-observations-intro = Apenas para quem faz a entrevista. Não leia estas perguntas em voz alta. Anote o que viu e ouviu, não conclusões.

interview-officer-observations-scripted-account = O relato da pessoa parecia ensaiado ou ensinado por outra pessoa? Por exemplo, as mesmas palavras que outras pessoas usam, ou palavras que não combinam com a sua idade.
interview-officer-observations-scripted-account-note = Um relato ensaiado não é uma mentira. Pode significar que alguém disse à pessoa o que dizer.

interview-officer-observations-signs-of-abuse = Viu possíveis sinais de dano físico ou emocional, como ferimentos, medo ou isolamento?
interview-officer-observations-signs-of-abuse-note = Anote o que viu, não o que pensa que os causou. Siga o procedimento de proteção.

interview-officer-observations-adult-in-control = Algum adulto acompanhante respondeu pela pessoa, vigiou a pessoa de perto ou pareceu controlá-la?
interview-officer-observations-adult-in-control-note = Se sim, garanta que a próxima conversa aconteça sem esse adulto.
