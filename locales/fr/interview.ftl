### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Faire connaissance
interview-intro-who-we-are = Nous sommes là pour aider à protéger les personnes, surtout les enfants et les jeunes qui voyagent sans leur famille. Nous ne sommes pas là pour vous juger.
interview-intro-why-we-ask = J’aimerais vous poser quelques questions. Vos réponses nous aident à comprendre ce dont vous avez besoin, à vous protéger et, si vous le souhaitez, à rechercher votre famille.
interview-intro-nothing-mandatory = Aucune question n’est obligatoire. Si vous ne répondez pas, vous n’aurez pas de problèmes, et vous recevrez quand même de l’aide.
interview-intro-decline = Si vous ne voulez pas répondre à quelque chose, dites simplement « Je ne veux pas répondre ». Ce n’est pas un problème.
interview-intro-no-wrong-answers = Si vous ne savez pas ou si vous ne vous souvenez pas, ce n’est pas grave non plus. Il n’y a pas de mauvaise réponse.
interview-intro-pause-stop = Vous pouvez demander une pause, ou demander d’arrêter, à tout moment. Dites-le-moi simplement, ou touchez le bouton pause.
interview-intro-protection = Ce que vous nous dites est protégé et reste confidentiel. Seules les personnes qui s’occupent de votre dossier peuvent le voir.
interview-intro-consent = Nous le partageons avec d’autres personnes, par exemple celles qui peuvent aider à retrouver votre famille, seulement si vous êtes d’accord. Vous pourrez changer d’avis plus tard.

## Controls, always visible during the interview

interview-control-pause = Faire une pause
interview-control-stop = Arrêter pour aujourd’hui
interview-control-decline = Je ne veux pas répondre
interview-control-revisit = Y revenir plus tard
interview-control-not-asked = Non posée
interview-control-resume = Continuer
interview-control-break-offer = Voulez-vous faire une pause ? Nous pouvons nous arrêter un moment et reprendre plus tard.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = La personne était bouleversée ou trop fatiguée
interview-not-asked-too-young = Pas adaptée à l’âge de la personne
interview-not-asked-not-relevant = Ne concerne pas cette personne
interview-not-asked-interpreter-unavailable = Pas d’interprète qui convienne
interview-not-asked-time = Plus de temps pour cette séance
interview-not-asked-safety-concern = Pas prudent de la poser ici, par exemple parce qu’une autre personne est présente
interview-not-asked-asked-elsewhere = Déjà posée par un autre service

## Section: Welcome

interview-section-welcome = Bienvenue
interview-section-welcome-intro = Avant de commencer, assurons-nous que vous êtes à l’aise.

interview-welcome-needs-now = Avant de commencer, avez-vous besoin de quelque chose ?
interview-welcome-needs-now-child = Est-ce que tu as besoin de quelque chose maintenant ?
interview-welcome-needs-now-note = Répondez d’abord aux besoins essentiels. Si la personne a faim, froid, mal ou est très fatiguée, faites une pause et reprenez plus tard.
interview-welcome-needs-now-water = De l’eau ou quelque chose à boire
interview-welcome-needs-now-food = Quelque chose à manger
interview-welcome-needs-now-rest = Me reposer
interview-welcome-needs-now-toilet = Aller aux toilettes
interview-welcome-needs-now-warm = Un vêtement chaud
interview-welcome-needs-now-medical = Voir un médecin ou une infirmière
interview-welcome-needs-now-nothing = Rien, ça va

interview-welcome-preferred-language = Dans quelle langue souhaitez-vous parler ?
interview-welcome-preferred-language-child = Dans quelle langue est-ce que tu aimes parler ?
interview-welcome-preferred-language-note = Vérifiez que la personne et l’interprète se comprennent bien. Sinon, arrêtez et cherchez une autre personne pour interpréter.

interview-welcome-someone-present = Souhaitez-vous qu’une personne de confiance soit ici avec nous ?
interview-welcome-someone-present-child = Est-ce que tu veux qu’une personne en qui tu as confiance reste à côté de toi ?
interview-welcome-someone-present-note = Un enfant peut souhaiter la présence d’un adulte de confiance, par exemple son tuteur ou sa tutrice, ou une personne des services sociaux. Ne faites pas appel à un adulte dont le lien avec l’enfant n’est pas vérifié, ou qui semble le contrôler.

interview-welcome-ready = Pouvons-nous commencer maintenant ? Vous pouvez arrêter à tout moment.
interview-welcome-ready-child = On commence ? Tu peux arrêter quand tu veux.
interview-welcome-ready-note = Si la réponse est non, ne commencez pas. Proposez une pause et redemandez plus tard.

## Section: About you

interview-section-about-you = À propos de vous
interview-section-about-you-intro = D’abord, quelques questions simples sur vous.

interview-about-you-called-name = Comment souhaitez-vous qu’on vous appelle ?
interview-about-you-called-name-child = Comment est-ce que tu veux qu’on t’appelle ?
interview-about-you-called-name-note = Utilisez ce nom pendant tout le reste de la conversation.

interview-about-you-full-name = Quel est votre nom complet ? Vous pouvez l’écrire vous-même si vous le souhaitez.
interview-about-you-full-name-child = Quel est ton nom en entier ? Tu peux l’écrire si tu veux.
interview-about-you-full-name-note = Notez toutes les orthographes et toutes les écritures. Laissez la personne écrire son nom dans sa propre écriture si elle le peut.

interview-about-you-age = Quel âge avez-vous, pour autant que vous le sachiez ?
interview-about-you-age-child = Quel âge as-tu ? Ce n’est pas grave si tu ne sais pas exactement.
interview-about-you-age-note = Notez ce que dit la personne. Ne lui demandez jamais de le prouver. En cas de doute, la personne est traitée comme un enfant.

interview-about-you-birth-date = Connaissez-vous votre date de naissance ? L’année suffit.
interview-about-you-birth-date-child = Est-ce que tu connais la date de ton anniversaire, ou ton année de naissance ?
interview-about-you-birth-date-note = Notez ce qui est connu, même si c’est seulement l’année. Ne corrigez pas la personne.

interview-about-you-languages = Quelles langues parlez-vous ?
interview-about-you-languages-child = Quelles langues est-ce que tu sais parler ?

interview-about-you-home = D’où venez-vous ? Une ville ou une région suffit.
interview-about-you-home-child = Où est ta maison ? Comment s’appelle ta ville ou ton village ?
interview-about-you-home-note = Posez des questions sur le lieu, pas sur les documents. Si la personne ne veut pas le dire, ce n’est pas un problème.

## Section: Your journey

interview-section-journey = Votre voyage
interview-section-journey-intro = Maintenant, j’aimerais vous poser des questions sur votre voyage. Prenez votre temps.

interview-journey-left-home = Quand avez-vous quitté votre maison ? Un mois ou une saison suffit.
interview-journey-left-home-child = Quand as-tu quitté ta maison ? Tu peux dire un mois ou une saison.

interview-journey-travelled-with = Avec qui avez-vous voyagé ?
interview-journey-travelled-with-child = Qui est venu avec toi pendant le voyage ?
interview-journey-travelled-with-note = Plusieurs réponses sont possibles. Si la personne a voyagé avec un adulte qui n’est pas son père ou sa mère, demandez-lui avec douceur comment elle le connaît.
interview-journey-travelled-with-alone = Personne, je n’avais personne avec moi
interview-journey-travelled-with-parents = Ma mère ou mon père
interview-journey-travelled-with-siblings = Mes frères ou mes sœurs
interview-journey-travelled-with-relatives = D’autres membres de ma famille
interview-journey-travelled-with-friends = Des amis
interview-journey-travelled-with-met-on-way = Des personnes rencontrées en chemin
interview-journey-travelled-with-organiser = La personne qui a organisé le voyage
interview-journey-travelled-with-other = Quelqu’un d’autre

interview-journey-organised-by = Qui a organisé le voyage ?
interview-journey-organised-by-child = Qui a préparé le voyage ?
interview-journey-organised-by-note = Posez la question sans jugement. Beaucoup de gens ont besoin de l’aide d’autres personnes pour voyager. Cela nous aide à comprendre, pas à blâmer.
interview-journey-organised-by-self = Moi-même
interview-journey-organised-by-family = Ma famille
interview-journey-organised-by-friend = Un ami ou une amie
interview-journey-organised-by-someone-else = Quelqu’un d’autre
interview-journey-organised-by-do-not-know = Je ne sais pas

interview-journey-paid-by = Qui a payé le voyage ?
interview-journey-paid-by-child = Qui a payé le voyage ?
interview-journey-paid-by-note = Si la personne doit rembourser, demandez plus tard, dans les questions sur la sécurité, si elle doit encore de l’argent.
interview-journey-paid-by-self = Moi-même
interview-journey-paid-by-family = Ma famille
interview-journey-paid-by-someone-else = Quelqu’un d’autre
interview-journey-paid-by-pay-back-later = Je dois le rembourser plus tard
interview-journey-paid-by-do-not-know = Je ne sais pas

interview-journey-route = Comment avez-vous voyagé ? Par exemple en bus, en voiture, en bateau ou à pied.
interview-journey-route-child = Comment as-tu voyagé ? En bus, en voiture, en bateau ou à pied ?

interview-journey-travelled-hidden = Avez-vous dû vous cacher pendant le voyage, ou passer une frontière ailleurs qu’à un poste-frontière officiel ?
interview-journey-travelled-hidden-child = Est-ce que tu as dû te cacher pendant le voyage ?
interview-journey-travelled-hidden-note = Beaucoup de personnes n’avaient aucun moyen sûr de voyager. Faites bien comprendre que vous posez la question pour leur sécurité, pas pour les punir.

interview-journey-promised-job = Avant votre départ, est-ce que quelqu’un vous a promis un travail, des études ou une vie meilleure à la fin du voyage ?
interview-journey-promised-job-child = Est-ce que quelqu’un t’a promis du travail, l’école ou une vie meilleure là où tu allais ?
interview-journey-promised-job-note = Si la réponse est oui, posez la question suivante. Sinon, passez-la en indiquant qu’elle ne concerne pas la personne.

interview-journey-promise-kept = Est-ce que c’était comme promis ?
interview-journey-promise-kept-child = Est-ce que c’était comme on te l’avait dit ?
interview-journey-promise-kept-note = Ne posez cette question que si quelqu’un a fait une promesse.
interview-journey-promise-kept-as-promised = Oui, c’était comme promis
interview-journey-promise-kept-different = Non, c’était différent
interview-journey-promise-kept-not-yet = Je ne sais pas encore

interview-journey-documents-holder = Qui a vos papiers maintenant, comme un passeport ou une carte d’identité ?
interview-journey-documents-holder-child = Où sont tes papiers, comme un passeport ou une carte d’identité ? Qui les a maintenant ?
interview-journey-documents-holder-note = Ne demandez pas à voir les documents ici. Ne pas avoir de papiers est courant et n’est pas une raison d’avoir des soupçons.
interview-journey-documents-holder-me = Je les ai
interview-journey-documents-holder-family = Quelqu’un de ma famille
interview-journey-documents-holder-organiser = La personne qui a organisé le voyage
interview-journey-documents-holder-employer = Quelqu’un pour qui j’ai travaillé
interview-journey-documents-holder-someone-else = Quelqu’un d’autre
interview-journey-documents-holder-taken = Quelqu’un me les a pris
interview-journey-documents-holder-lost = Ils ont été perdus
interview-journey-documents-holder-never-had = Je n’ai jamais eu de papiers

## Section: Your family

interview-section-family = Votre famille
interview-section-family-intro = Maintenant, quelques questions sur votre famille. Si quelque chose est difficile à dire, dites-le-moi et nous pourrons passer à la suite.

interview-family-parents = Pouvez-vous me parler de votre mère et de votre père ? Comment s’appellent-ils, et où sont-ils maintenant, si vous le savez ?
interview-family-parents-child = Est-ce que tu peux me parler de ta maman et de ton papa ? Comment s’appellent-ils ? Où sont-ils maintenant ?
interview-family-parents-note = Le père ou la mère est peut-être décédé ou disparu. Laissez la personne mener la conversation et n’insistez pas pour avoir des détails.

interview-family-siblings = Avez-vous des frères ou des sœurs ? Où sont-ils maintenant ?
interview-family-siblings-child = Est-ce que tu as des frères ou des sœurs ? Où sont-ils ?

interview-family-separated-suddenly = La séparation avec votre famille s’est-elle faite soudainement, sans que ce soit prévu ?
interview-family-separated-suddenly-child = Est-ce que tu as perdu ta famille d’un coup, quand tu ne t’y attendais pas ?
interview-family-separated-suddenly-note = Cela peut raviver des souvenirs douloureux. Observez les signes de détresse et proposez une pause.

interview-family-sudden-move = Avant votre départ, avez-vous dû soudainement aller vivre ailleurs, ou avec d’autres personnes ?
interview-family-sudden-move-child = Avant le voyage, est-ce que tu as dû tout à coup aller vivre dans un nouvel endroit ou avec de nouvelles personnes ?

interview-family-last-contact = Quand avez-vous été en contact avec votre famille pour la dernière fois ?
interview-family-last-contact-child = Quand as-tu parlé à ta famille pour la dernière fois ?

interview-family-can-contact = Pouvez-vous contacter votre famille quand vous le voulez ?
interview-family-can-contact-child = Est-ce que tu peux appeler ta famille ou lui envoyer un message quand tu veux ?
interview-family-can-contact-note = Si quelqu’un contrôle les contacts, c’est un problème de protection. Proposez un appel téléphonique si c’est sans danger et si la personne le souhaite.
interview-family-can-contact-yes-freely = Oui, quand je veux
interview-family-can-contact-only-when-allowed = Seulement quand quelqu’un me le permet
interview-family-can-contact-someone-stops-me = Quelqu’un m’en empêche, ou m’a pris mon téléphone
interview-family-can-contact-no-means = Je n’ai pas de téléphone ni de numéro
interview-family-can-contact-do-not-know-where = Je ne sais pas où ils sont

interview-family-wish-to-trace = Voulez-vous que nous vous aidions à retrouver quelqu’un de votre famille ?
interview-family-wish-to-trace-child = Est-ce que tu veux qu’on t’aide à retrouver quelqu’un de ta famille ?
interview-family-wish-to-trace-note = La recherche familiale nécessite un consentement ou, pour un enfant, une décision prise dans son intérêt supérieur. Enregistrez-le avant de commencer toute recherche.

interview-family-who-to-find = Qui voulez-vous retrouver ? Dites-moi son nom, et où et quand vous avez vu cette personne pour la dernière fois.
interview-family-who-to-find-child = Qui veux-tu qu’on retrouve ? Comment s’appelle cette personne ? Où l’as-tu vue pour la dernière fois ?
interview-family-who-to-find-note = Notez les noms dans toutes les orthographes que vous entendez. Cette réponse lance une recherche dès que le consentement est enregistré.

## Section: Safety and work

interview-section-safety-and-work = Sécurité et travail
interview-section-safety-and-work-intro = Les questions suivantes portent sur votre sécurité. Certaines peuvent être difficiles. Vous pouvez passer n’importe laquelle, et vous pouvez faire une pause.

interview-safety-and-work-feels-safe = Vous sentez-vous en sécurité maintenant ?
interview-safety-and-work-feels-safe-child = Est-ce que tu te sens en sécurité ici ?
interview-safety-and-work-feels-safe-note = Si la réponse est non, demandez ce qui aiderait, et agissez avant de continuer.

interview-safety-and-work-worked = Avez-vous travaillé pendant le voyage, ou avant d’arriver ici ?
interview-safety-and-work-worked-child = Est-ce que tu as dû travailler pendant le voyage, ou avant de venir ici ?
interview-safety-and-work-worked-note = Comptez tout travail : dans une maison, dans une ferme, vendre des choses, mendier ou garder des enfants.

interview-safety-and-work-work-kind = Quel type de travail était-ce ?
interview-safety-and-work-work-kind-child = Quel travail est-ce que tu faisais ?
interview-safety-and-work-work-kind-note = Ne posez cette question que si la personne a travaillé. Plusieurs réponses sont possibles.
interview-safety-and-work-work-kind-house = Ménage, cuisine ou travaux de la maison
interview-safety-and-work-work-kind-childcare = Garder des enfants
interview-safety-and-work-work-kind-farm = Travail à la ferme ou avec des animaux
interview-safety-and-work-work-kind-building = Travail sur un chantier ou en usine
interview-safety-and-work-work-kind-selling = Vendre des choses
interview-safety-and-work-work-kind-begging = Mendier
interview-safety-and-work-work-kind-mine = Dans une mine ou une carrière
interview-safety-and-work-work-kind-dangerous = Avec des machines dangereuses, des produits chimiques ou de lourdes charges, ou la nuit
interview-safety-and-work-work-kind-sexual = Des choses sexuelles, ou des photos ou des vidéos de ce genre
interview-safety-and-work-work-kind-armed-group = Pour des soldats ou un groupe armé : combattre, porter des charges, monter la garde ou faire la cuisine
interview-safety-and-work-work-kind-other = Autre travail

interview-safety-and-work-age-started-work = Quel âge aviez-vous quand vous avez commencé à travailler pour la première fois ?
interview-safety-and-work-age-started-work-child = Quel âge avais-tu quand tu as commencé à travailler ?
interview-safety-and-work-age-started-work-note = Ne posez cette question que si la personne a travaillé. Dans la plupart des pays, travailler avant 15 ans (avant 13 ans pour des travaux légers), c’est travailler en dessous de l’âge minimum (convention 138 de l’OIT).
interview-safety-and-work-age-started-work-under-13 = Moins de 13 ans
interview-safety-and-work-age-started-work-13-to-14 = 13 ou 14 ans
interview-safety-and-work-age-started-work-15-or-older = 15 ans ou plus
interview-safety-and-work-age-started-work-not-sure = Je ne sais pas exactement

interview-safety-and-work-paid = Avez-vous reçu de l’argent pour ce travail ?
interview-safety-and-work-paid-child = Est-ce que tu as reçu de l’argent pour ce travail ?
interview-safety-and-work-paid-note = Ne posez cette question que si la personne a travaillé.
interview-safety-and-work-paid-paid-fully = Oui, comme convenu
interview-safety-and-work-paid-paid-less = Moins que ce qui était convenu
interview-safety-and-work-paid-not-paid = Non
interview-safety-and-work-paid-paid-to-others = Quelqu’un d’autre a reçu l’argent

interview-safety-and-work-owes-money = Devez-vous de l’argent à quelqu’un, par exemple pour le voyage, la nourriture ou un endroit où dormir ?
interview-safety-and-work-owes-money-child = Est-ce que quelqu’un dit que tu lui dois de l’argent ?
interview-safety-and-work-owes-money-note = Les dettes de voyage servent souvent à contrôler les personnes. Demandez à qui, seulement si la personne veut le dire.

interview-safety-and-work-marriage = Est-ce que quelqu’un vous a fait épouser une personne, ou a promis de vous marier à quelqu’un, alors que vous ne le vouliez pas ?
interview-safety-and-work-marriage-child = Est-ce que quelqu’un t’a dit que tu dois te marier avec quelqu’un ?
interview-safety-and-work-marriage-note = Le mariage forcé, et tout mariage d’un enfant, est une exploitation. S’il s’agit d’un enfant, orientez-le dès maintenant vers la protection de l’enfance.

interview-safety-and-work-free-to-leave = Pouviez-vous quitter l’endroit où vous travailliez ou logiez quand vous le vouliez ?
interview-safety-and-work-free-to-leave-child = Est-ce que tu pouvais sortir, ou partir de l’endroit où tu restais, quand tu voulais ?

interview-safety-and-work-controlled-movement = Est-ce que quelqu’un vous dit où vous pouvez aller, ou vous empêche de sortir par vous-même ?
interview-safety-and-work-controlled-movement-child = Est-ce que quelqu’un décide où tu peux aller, ou ne te laisse pas sortir si personne ne vient avec toi ?
interview-safety-and-work-controlled-movement-note = Ne posez cette question que si aucun adulte accompagnant n’est dans la pièce.

interview-safety-and-work-told-not-to-speak = Est-ce que quelqu’un vous a dit de ne pas parler à la police, ou à des personnes comme moi ?
interview-safety-and-work-told-not-to-speak-child = Est-ce que quelqu’un t’a dit de ne pas parler à la police, ou à des personnes comme moi ?
interview-safety-and-work-told-not-to-speak-note = Si la réponse est oui, dites à la personne qu’elle ne sera pas punie pour nous avoir parlé.

interview-safety-and-work-hurt-or-threatened = Est-ce que quelqu’un vous a fait du mal, ou a menacé de s’en prendre à vous ou à votre famille ?
interview-safety-and-work-hurt-or-threatened-child = Est-ce que quelqu’un t’a fait du mal ? Ou t’a fait peur en disant qu’il allait te faire du mal, ou faire du mal à ta famille ?
interview-safety-and-work-hurt-or-threatened-note = Ne demandez pas de détails. Écoutez, croyez la personne et dites-lui que ce n’est pas sa faute. Si la réponse est oui, suivez la procédure de protection et proposez un soutien médical et psychosocial.

## Section: Your health

interview-section-health = Votre santé
interview-section-health-intro = Maintenant, quelques questions sur la façon dont vous vous sentez, pour que nous puissions vous apporter l’aide qu’il vous faut.

interview-health-injuries = Avez-vous une blessure, ou avez-vous mal quelque part ?
interview-health-injuries-child = Est-ce que tu as mal quelque part ?
interview-health-injuries-note = Si la réponse est oui, proposez des soins médicaux tout de suite. N’examinez pas la personne, et ne demandez pas ici comment c’est arrivé.

interview-health-medication = Prenez-vous des médicaments, ou avez-vous besoin de voir un médecin ou une infirmière ?
interview-health-medication-child = Est-ce que tu as besoin de médicaments, ou de voir un médecin ou une infirmière ?

interview-health-sleep = Comment dormez-vous ?
interview-health-sleep-child = Comment est-ce que tu dors la nuit ?
interview-health-sleep-note = Le mauvais sommeil et les cauchemars sont fréquents après un voyage difficile. Dites à la personne qu’une aide existe.
interview-health-sleep-well = Bien
interview-health-sleep-sometimes-badly = Parfois mal
interview-health-sleep-badly = Mal, presque toutes les nuits

interview-health-feeling = Comment vous sentez-vous ces derniers temps ?
interview-health-feeling-child = Comment est-ce que tu te sens dans ton cœur en ce moment ?
interview-health-feeling-note = Acceptez toutes les réponses, y compris « Je ne sais pas ». Si la personne est très bouleversée, faites une pause, proposez un soutien et pensez à une orientation psychosociale.

## Section: What you want

interview-section-wishes = Ce que vous souhaitez
interview-section-wishes-intro = Ce que vous souhaitez est important. Nous en tiendrons compte dans chaque décision qui vous concerne.

interview-wishes-next = Qu’aimeriez-vous qu’il se passe ensuite ?
interview-wishes-next-child = Qu’est-ce que tu aimerais qu’il se passe maintenant ?
interview-wishes-next-note = Notez les mots de la personne elle-même. Ne promettez pas ce que vous ne pouvez pas garantir.

interview-wishes-trusted-people = En qui avez-vous confiance, ici ou ailleurs ?
interview-wishes-trusted-people-child = Qui sont les personnes en qui tu as confiance ?
interview-wishes-trusted-people-note = Cela nous aide à savoir qui peut soutenir la personne.

interview-wishes-worries = Y a-t-il quelque chose qui vous inquiète en ce moment ?
interview-wishes-worries-child = Est-ce qu’il y a quelque chose qui t’inquiète ?

## Section: Finishing

interview-section-closing = Pour finir
interview-section-closing-intro = Nous avons presque fini. Merci d’avoir parlé avec moi.

interview-closing-anything-else = Y a-t-il autre chose que vous aimeriez me dire ?
interview-closing-anything-else-child = Est-ce qu’il y a autre chose que tu veux me dire ?

interview-closing-questions = Avez-vous des questions pour nous ?
interview-closing-questions-child = Est-ce que tu veux nous demander quelque chose ?

interview-closing-next-steps-understood = Je vous ai expliqué ce qui va se passer ensuite. Est-ce que c’est clair pour vous ?
interview-closing-next-steps-understood-child = Est-ce que tu comprends ce qui va se passer après ?
interview-closing-next-steps-understood-note = Expliquez qui va contacter la personne, où elle va loger, comment nous joindre, et qu’elle peut ajouter ou modifier des réponses plus tard. Ne terminez jamais sur un sujet difficile.

## Section: Officer observations

interview-section-officer-observations = Observations du personnel
interview-section-officer-observations-intro = Réservé au personnel. Ne lisez pas ces questions à voix haute. Notez ce que vous avez vu et entendu, pas des conclusions.

interview-officer-observations-scripted-account = Le récit de la personne semblait-il appris par cœur ou enseigné par quelqu’un d’autre ? Par exemple, les mêmes mots que d’autres personnes, ou des mots qui ne correspondent pas à son âge.
interview-officer-observations-scripted-account-note = Un récit appris par cœur n’est pas un mensonge. Cela peut vouloir dire que quelqu’un a dit à la personne ce qu’elle devait dire.

interview-officer-observations-signs-of-abuse = Avez-vous vu des signes possibles de violence physique ou psychologique, comme des blessures, de la peur ou un repli sur soi ?
interview-officer-observations-signs-of-abuse-note = Notez ce que vous avez vu, pas ce que vous pensez en être la cause. Suivez la procédure de protection.

interview-officer-observations-adult-in-control = Un adulte accompagnant a-t-il répondu à la place de la personne, l’a-t-il surveillée de près, ou semblait-il la contrôler ?
interview-officer-observations-adult-in-control-note = Si c’est le cas, veillez à ce que la prochaine conversation ait lieu sans cet adulte.
