### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Conocernos
interview-intro-who-we-are = Estamos aquí para ayudar a proteger a las personas, sobre todo a niños, niñas y jóvenes que viajan sin su familia. No estamos aquí para juzgarle.
interview-intro-why-we-ask = Me gustaría hacerle algunas preguntas. Sus respuestas nos ayudan a entender lo que necesita, a protegerle y, si lo desea, a buscar a su familia.
interview-intro-nothing-mandatory = No tiene que responder a ninguna pregunta si no quiere. Si no responde, no tendrá problemas y seguirá recibiendo ayuda.
interview-intro-decline = Si no quiere responder a algo, solo diga «No quiero responder». No pasa nada.
interview-intro-no-wrong-answers = Si no lo sabe o no lo recuerda, tampoco pasa nada. No hay respuestas incorrectas.
interview-intro-pause-stop = Puede pedir un descanso, o pedir que paremos, en cualquier momento. Solo dígamelo, o toque el botón de pausa.
interview-intro-protection = Lo que nos cuenta se guarda de forma segura y confidencial. Solo pueden verlo las personas que ayudan con su caso.
interview-intro-consent = Solo lo compartimos con otras personas, por ejemplo con quienes pueden ayudar a encontrar a su familia, si usted está de acuerdo. Puede cambiar de opinión más adelante.

## Controls, always visible during the interview

interview-control-pause = Tomar un descanso
interview-control-stop = Parar por hoy
interview-control-decline = No quiero responder
interview-control-revisit = Volver a esto más tarde
interview-control-not-asked = No se preguntó
interview-control-resume = Continuar
interview-control-break-offer = ¿Quiere tomar un descanso? Podemos parar un rato y seguir más tarde.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = La persona estaba alterada o demasiado cansada
interview-not-asked-too-young = No es adecuada para la edad de la persona
interview-not-asked-not-relevant = No se aplica a esta persona
interview-not-asked-interpreter-unavailable = No se dispone de interpretación adecuada
interview-not-asked-time = No queda tiempo en esta sesión
interview-not-asked-safety-concern = No es seguro preguntarlo aquí, por ejemplo porque hay otra persona presente
interview-not-asked-asked-elsewhere = Otro servicio ya la hizo

## Section: Welcome

interview-section-welcome = Bienvenida
interview-section-welcome-intro = Antes de empezar, queremos que se sienta a gusto.

interview-welcome-needs-now = Antes de empezar, ¿necesita algo?
interview-welcome-needs-now-child = ¿Necesitas algo ahora mismo?
interview-welcome-needs-now-note = Atienda primero las necesidades básicas. Si la persona tiene hambre, frío, dolor o mucho cansancio, haga una pausa y retome la entrevista más tarde.
interview-welcome-needs-now-water = Agua o algo de beber
interview-welcome-needs-now-food = Algo de comer
interview-welcome-needs-now-rest = Descansar
interview-welcome-needs-now-toilet = Ir al baño
interview-welcome-needs-now-warm = Ropa de abrigo
interview-welcome-needs-now-medical = Ver a un médico o a una enfermera
interview-welcome-needs-now-nothing = Nada, estoy bien

interview-welcome-preferred-language = ¿En qué idioma le gustaría hablar?
interview-welcome-preferred-language-child = ¿En qué idioma te gusta hablar?
interview-welcome-preferred-language-note = Compruebe que la persona y quien interpreta se entienden bien. Si no es así, pare y busque a otra persona para interpretar.

interview-welcome-someone-present = ¿Le gustaría que una persona de su confianza estuviera aquí con nosotros?
interview-welcome-someone-present-child = ¿Quieres que una persona en la que confías se siente contigo?
interview-welcome-someone-present-note = Un niño o una niña puede querer a una persona adulta de confianza, como su tutor o tutora legal o alguien de servicios sociales. No recurra a ninguna persona adulta cuya relación con la persona menor no esté verificada o que parezca ejercer control sobre ella.

interview-welcome-ready = ¿Le parece bien que empecemos ahora? Puede parar en cualquier momento.
interview-welcome-ready-child = ¿Empezamos? Puedes parar cuando quieras.
interview-welcome-ready-note = Si la respuesta es no, no empiece. Ofrezca un descanso y vuelva a preguntar más tarde.

## Section: About you

interview-section-about-you = Sobre usted
interview-section-about-you-intro = Primero, unas preguntas sencillas sobre usted.

interview-about-you-called-name = ¿Cómo le gustaría que le llamemos?
interview-about-you-called-name-child = ¿Cómo quieres que te llamemos?
interview-about-you-called-name-note = Use este nombre durante el resto de la conversación.

interview-about-you-full-name = ¿Cuál es su nombre completo? Si lo prefiere, puede escribirlo usted.
interview-about-you-full-name-child = ¿Cuál es tu nombre completo? Puedes escribirlo si quieres.
interview-about-you-full-name-note = Anote todas las formas de escribirlo y todos los alfabetos. Deje que la persona escriba el nombre en su propia escritura si puede.

interview-about-you-age = ¿Cuántos años tiene, hasta donde usted sabe?
interview-about-you-age-child = ¿Cuántos años tienes? No pasa nada si no lo sabes bien.
interview-about-you-age-note = Anote lo que dice la persona. Nunca le pida que lo demuestre. Si hay dudas, se trata a la persona como menor de edad.

interview-about-you-birth-date = ¿Sabe cuándo nació? Basta con el año.
interview-about-you-birth-date-child = ¿Sabes cuándo es tu cumpleaños, o en qué año naciste?
interview-about-you-birth-date-note = Anote lo que se sepa, aunque sea solo el año. No corrija a la persona.

interview-about-you-languages = ¿Qué idiomas habla?
interview-about-you-languages-child = ¿Qué idiomas sabes hablar?

interview-about-you-home = ¿De dónde es? Basta con una ciudad o una zona.
interview-about-you-home-child = ¿Dónde está tu casa? ¿Cómo se llama el pueblo o la ciudad?
interview-about-you-home-note = Pregunte por el lugar, no por documentos. Si la persona no quiere decirlo, no pasa nada.

## Section: Your journey

interview-section-journey = Su viaje
interview-section-journey-intro = Ahora me gustaría preguntarle por su viaje. Tómese su tiempo.

interview-journey-left-home = ¿Cuándo salió de su casa? Basta con un mes o una estación del año.
interview-journey-left-home-child = ¿Cuándo saliste de casa? Puedes decir un mes o una estación del año.

interview-journey-travelled-with = ¿Con quién viajó?
interview-journey-travelled-with-child = ¿Quién fue contigo en el viaje?
interview-journey-travelled-with-note = Puede haber varias respuestas. Si la persona viajó con una persona adulta que no es su padre ni su madre, pregúntele con delicadeza de qué la conoce.
interview-journey-travelled-with-alone = Nadie, no iba con nadie
interview-journey-travelled-with-parents = Mi madre o mi padre
interview-journey-travelled-with-siblings = Mis hermanos o hermanas
interview-journey-travelled-with-relatives = Otros familiares
interview-journey-travelled-with-friends = Amigos o amigas
interview-journey-travelled-with-met-on-way = Personas que conocí en el camino
interview-journey-travelled-with-organiser = La persona que organizó el viaje
interview-journey-travelled-with-other = Otra persona

interview-journey-organised-by = ¿Quién organizó el viaje?
interview-journey-organised-by-child = ¿Quién planeó el viaje?
interview-journey-organised-by-note = Pregunte sin juzgar. Muchas personas necesitan ayuda de otras para viajar. Esto nos ayuda a entender, no a culpar.
interview-journey-organised-by-self = Yo
interview-journey-organised-by-family = Mi familia
interview-journey-organised-by-friend = Un amigo o una amiga
interview-journey-organised-by-someone-else = Otra persona
interview-journey-organised-by-do-not-know = No lo sé

interview-journey-paid-by = ¿Quién pagó el viaje?
interview-journey-paid-by-child = ¿Quién pagó el viaje?
interview-journey-paid-by-note = Si la persona tiene que devolver el dinero, pregunte más tarde, en las preguntas de seguridad, si todavía debe dinero.
interview-journey-paid-by-self = Yo
interview-journey-paid-by-family = Mi familia
interview-journey-paid-by-someone-else = Otra persona
interview-journey-paid-by-pay-back-later = Tengo que devolverlo más tarde
interview-journey-paid-by-do-not-know = No lo sé

interview-journey-route = ¿Cómo viajó? Por ejemplo, en autobús, en coche, en barco o a pie.
interview-journey-route-child = ¿Cómo viajaste? ¿En autobús, en coche, en barco o caminando?

interview-journey-travelled-hidden = ¿Alguna vez tuvo que esconderse durante el viaje, o cruzar una frontera fuera de un paso oficial?
interview-journey-travelled-hidden-child = ¿Alguna vez tuviste que esconderte durante el viaje?
interview-journey-travelled-hidden-note = Muchas personas no tenían una forma segura de viajar. Deje claro que pregunta por su seguridad, no para castigarlas.

interview-journey-promised-job = Antes de salir, ¿alguien le prometió un trabajo, estudios o una vida mejor al final del viaje?
interview-journey-promised-job-child = ¿Alguien te prometió trabajo, escuela o una vida mejor en el lugar adonde ibas?
interview-journey-promised-job-note = Si la respuesta es sí, haga la siguiente pregunta. Si es no, sáltela y márquela como no aplicable.

interview-journey-promise-kept = ¿Fue como le prometieron?
interview-journey-promise-kept-child = ¿Fue como te dijeron que iba a ser?
interview-journey-promise-kept-note = Pregunte solo si alguien hizo una promesa.
interview-journey-promise-kept-as-promised = Sí, fue como me prometieron
interview-journey-promise-kept-different = No, fue diferente
interview-journey-promise-kept-not-yet = Todavía no lo sé

interview-journey-documents-holder = ¿Quién tiene ahora sus documentos, como el pasaporte o el documento de identidad?
interview-journey-documents-holder-child = ¿Dónde están tus papeles, como el pasaporte o el documento de identidad? ¿Quién los tiene ahora?
interview-journey-documents-holder-note = No pida ver documentos aquí. No tener papeles es habitual y no es motivo de sospecha.
interview-journey-documents-holder-me = Los tengo yo
interview-journey-documents-holder-family = Alguien de mi familia
interview-journey-documents-holder-organiser = La persona que organizó el viaje
interview-journey-documents-holder-employer = Alguien para quien trabajé
interview-journey-documents-holder-someone-else = Otra persona
interview-journey-documents-holder-taken = Alguien me los quitó
interview-journey-documents-holder-lost = Se perdieron
interview-journey-documents-holder-never-had = Nunca he tenido papeles

## Section: Your family

interview-section-family = Su familia
interview-section-family-intro = Ahora, algunas preguntas sobre su familia. Si le cuesta hablar de algo, dígamelo y podemos saltarlo.

interview-family-parents = ¿Puede hablarme de su madre y de su padre? ¿Cómo se llaman y dónde están ahora, si lo sabe?
interview-family-parents-child = ¿Me puedes hablar de tu mamá y de tu papá? ¿Cómo se llaman? ¿Dónde están ahora?
interview-family-parents-note = Puede que el padre o la madre haya fallecido o esté en paradero desconocido. Deje que la persona marque el ritmo y no insista en los detalles.

interview-family-siblings = ¿Tiene hermanos o hermanas? ¿Dónde están ahora?
interview-family-siblings-child = ¿Tienes hermanos o hermanas? ¿Dónde están?

interview-family-separated-suddenly = ¿Se separó de su familia de repente, sin haberlo planeado?
interview-family-separated-suddenly-child = ¿Perdiste a tu familia de repente, cuando no te lo esperabas?
interview-family-separated-suddenly-note = Esto puede traer recuerdos dolorosos. Fíjese en si hay señales de angustia y ofrezca un descanso.

interview-family-sudden-move = Antes de salir, ¿tuvo que irse de repente a otro lugar, o a vivir con otras personas?
interview-family-sudden-move-child = Antes del viaje, ¿tuviste que irte de repente a vivir a otro sitio o con otras personas?

interview-family-last-contact = ¿Cuándo tuvo contacto con su familia por última vez?
interview-family-last-contact-child = ¿Cuándo hablaste con tu familia por última vez?

interview-family-can-contact = ¿Puede contactar con su familia cuando quiere?
interview-family-can-contact-child = ¿Puedes llamar o escribir a tu familia cuando quieres?
interview-family-can-contact-note = Si alguien controla el contacto, es un problema de protección. Ofrezca una llamada de teléfono si es seguro y la persona lo desea.
interview-family-can-contact-yes-freely = Sí, cuando quiero
interview-family-can-contact-only-when-allowed = Solo cuando alguien me deja
interview-family-can-contact-someone-stops-me = Alguien me lo impide, o me quitó el teléfono
interview-family-can-contact-no-means = No tengo teléfono ni número
interview-family-can-contact-do-not-know-where = No sé dónde están

interview-family-wish-to-trace = ¿Le gustaría que le ayudemos a encontrar a alguien de su familia?
interview-family-wish-to-trace-child = ¿Quieres que te ayudemos a encontrar a alguien de tu familia?
interview-family-wish-to-trace-note = La búsqueda de familiares requiere consentimiento o, en el caso de menores, una decisión basada en su interés superior. Regístrelo antes de empezar cualquier búsqueda.

interview-family-who-to-find = ¿A quién le gustaría encontrar? Dígame su nombre, y dónde y cuándo vio a esa persona por última vez.
interview-family-who-to-find-child = ¿A quién quieres que busquemos? ¿Cómo se llama? ¿Dónde viste a esa persona por última vez?
interview-family-who-to-find-note = Anote los nombres de todas las formas en que los oiga escribir o pronunciar. Esta respuesta inicia una búsqueda en cuanto se registre el consentimiento.

## Section: Safety and work

interview-section-safety-and-work = Seguridad y trabajo
interview-section-safety-and-work-intro = Las siguientes preguntas son sobre su seguridad. Algunas pueden ser difíciles. Puede saltarse cualquiera y puede tomar un descanso.

interview-safety-and-work-feels-safe = ¿Se siente a salvo ahora?
interview-safety-and-work-feels-safe-child = ¿Te sientes a salvo aquí?
interview-safety-and-work-feels-safe-note = Si la respuesta es no, pregunte qué le ayudaría y actúe antes de continuar.

interview-safety-and-work-worked = ¿Trabajó durante el viaje, o antes de llegar aquí?
interview-safety-and-work-worked-child = ¿Tuviste que trabajar durante el viaje, o antes de venir aquí?
interview-safety-and-work-worked-note = Cuente cualquier trabajo: en una casa, en el campo, vendiendo cosas, pidiendo dinero o cuidando niños.

interview-safety-and-work-work-kind = ¿Qué tipo de trabajo era?
interview-safety-and-work-work-kind-child = ¿Qué trabajo hacías?
interview-safety-and-work-work-kind-note = Pregunte solo si la persona trabajó. Puede haber varias respuestas.
interview-safety-and-work-work-kind-house = Limpiar, cocinar o tareas de la casa
interview-safety-and-work-work-kind-childcare = Cuidar niños
interview-safety-and-work-work-kind-farm = Trabajo en el campo o con animales
interview-safety-and-work-work-kind-building = Trabajo en obras o en una fábrica
interview-safety-and-work-work-kind-selling = Vender cosas
interview-safety-and-work-work-kind-begging = Pedir dinero en la calle
interview-safety-and-work-work-kind-mine = En una mina o una cantera
interview-safety-and-work-work-kind-dangerous = Con máquinas peligrosas, productos químicos o cargas pesadas, o de noche
interview-safety-and-work-work-kind-sexual = Cosas sexuales, o fotos o vídeos de ese tipo
interview-safety-and-work-work-kind-armed-group = Para soldados o un grupo armado: luchar, cargar cosas, vigilar o cocinar
interview-safety-and-work-work-kind-other = Otro trabajo

interview-safety-and-work-age-started-work = ¿Qué edad tenía cuando empezó a trabajar por primera vez?
interview-safety-and-work-age-started-work-child = ¿Cuántos años tenías cuando empezaste a trabajar?
interview-safety-and-work-age-started-work-note = Pregunte solo si la persona trabajó. En la mayoría de los países, trabajar antes de los 15 años (antes de los 13 si es un trabajo ligero) es trabajar por debajo de la edad mínima (Convenio 138 de la OIT).
interview-safety-and-work-age-started-work-under-13 = Menos de 13 años
interview-safety-and-work-age-started-work-13-to-14 = 13 o 14 años
interview-safety-and-work-age-started-work-15-or-older = 15 años o más
interview-safety-and-work-age-started-work-not-sure = No lo sé con seguridad

interview-safety-and-work-paid = ¿Le pagaron por ese trabajo?
interview-safety-and-work-paid-child = ¿Te dieron dinero por el trabajo?
interview-safety-and-work-paid-note = Pregunte solo si la persona trabajó.
interview-safety-and-work-paid-paid-fully = Sí, lo acordado
interview-safety-and-work-paid-paid-less = Menos de lo acordado
interview-safety-and-work-paid-not-paid = No
interview-safety-and-work-paid-paid-to-others = Otra persona se quedó con el dinero

interview-safety-and-work-owes-money = ¿Le debe dinero a alguien, por ejemplo por el viaje, la comida o un lugar donde dormir?
interview-safety-and-work-owes-money-child = ¿Alguien dice que le debes dinero?
interview-safety-and-work-owes-money-note = Las deudas del viaje se usan a menudo para controlar a las personas. Pregunte a quién, solo si la persona quiere decirlo.

interview-safety-and-work-marriage = ¿Le han casado, o le han prometido en matrimonio a alguien, sin que usted lo quisiera?
interview-safety-and-work-marriage-child = ¿Alguien te ha dicho que tienes que casarte con alguien?
interview-safety-and-work-marriage-note = El matrimonio forzado, y cualquier matrimonio de una persona menor de edad, es explotación. Si se trata de una persona menor de edad, derívela ahora a protección de la infancia.

interview-safety-and-work-free-to-leave = ¿Podía irse del lugar donde trabajaba o se alojaba cuando quería?
interview-safety-and-work-free-to-leave-child = ¿Podías salir, o irte del lugar donde estabas, cuando querías?

interview-safety-and-work-controlled-movement = ¿Alguien le dice adónde puede ir, o le impide salir sin compañía?
interview-safety-and-work-controlled-movement-child = ¿Alguien decide adónde puedes ir, o no te deja salir si nadie va contigo?
interview-safety-and-work-controlled-movement-note = Pregunte solo cuando no haya en la sala ninguna persona adulta acompañante.

interview-safety-and-work-told-not-to-speak = ¿Alguien le dijo que no hablara con la policía, o con personas como yo?
interview-safety-and-work-told-not-to-speak-child = ¿Alguien te dijo que no hablaras con la policía, o con personas como yo?
interview-safety-and-work-told-not-to-speak-note = Si la respuesta es sí, dígale a la persona que no recibirá ningún castigo por hablar con nosotros.

interview-safety-and-work-hurt-or-threatened = ¿Alguien le ha hecho daño, o le ha dicho que le haría daño a usted o a su familia?
interview-safety-and-work-hurt-or-threatened-child = ¿Alguien te ha hecho daño, o te ha asustado diciendo que te haría daño a ti o a tu familia?
interview-safety-and-work-hurt-or-threatened-note = No pida detalles. Escuche, crea a la persona y dígale que no es culpa suya. Si la respuesta es sí, siga el procedimiento de protección y ofrezca apoyo médico y psicosocial.

## Section: Your health

interview-section-health = Su salud
interview-section-health-intro = Ahora, unas preguntas sobre cómo se siente, para que podamos darle la ayuda adecuada.

interview-health-injuries = ¿Tiene alguna herida, o le duele algo?
interview-health-injuries-child = ¿Te duele algo?
interview-health-injuries-note = Si la respuesta es sí, ofrezca atención médica ahora. No haga ninguna exploración, y no pregunte aquí cómo ocurrió.

interview-health-medication = ¿Toma algún medicamento, o necesita ver a un médico o a una enfermera?
interview-health-medication-child = ¿Necesitas medicinas, o ver a un médico o a una enfermera?

interview-health-sleep = ¿Cómo duerme?
interview-health-sleep-child = ¿Cómo duermes por la noche?
interview-health-sleep-note = Dormir mal y tener pesadillas es frecuente después de un viaje difícil. Dígale a la persona que hay ayuda disponible.
interview-health-sleep-well = Bien
interview-health-sleep-sometimes-badly = A veces mal
interview-health-sleep-badly = Mal casi todas las noches

interview-health-feeling = ¿Cómo se ha sentido últimamente?
interview-health-feeling-child = ¿Cómo te sientes por dentro estos días?
interview-health-feeling-note = Acepte cualquier respuesta, incluso «No lo sé». Si la persona está muy alterada, haga una pausa, ofrezca apoyo y considere una derivación psicosocial.

## Section: What you want

interview-section-wishes = Lo que usted quiere
interview-section-wishes-intro = Lo que usted quiere importa. Lo tendremos en cuenta en cada decisión que le afecte.

interview-wishes-next = ¿Qué le gustaría que pasara ahora?
interview-wishes-next-child = ¿Qué te gustaría que pasara ahora?
interview-wishes-next-note = Anote las palabras exactas de la persona. No prometa lo que no pueda garantizar.

interview-wishes-trusted-people = ¿En quién confía, aquí o en cualquier otro lugar?
interview-wishes-trusted-people-child = ¿Quiénes son las personas en las que confías?
interview-wishes-trusted-people-note = Esto nos ayuda a saber quién puede apoyar a la persona.

interview-wishes-worries = ¿Hay algo que le preocupe ahora mismo?
interview-wishes-worries-child = ¿Hay algo que te preocupe?

## Section: Finishing

interview-section-closing = Para terminar
interview-section-closing-intro = Ya casi hemos terminado. Gracias por hablar conmigo.

interview-closing-anything-else = ¿Hay algo más que le gustaría contarme?
interview-closing-anything-else-child = ¿Hay algo más que quieras contarme?

interview-closing-questions = ¿Tiene alguna pregunta para nosotros?
interview-closing-questions-child = ¿Quieres preguntarnos algo?

interview-closing-next-steps-understood = Le he explicado lo que va a pasar ahora. ¿Le queda claro?
interview-closing-next-steps-understood-child = ¿Entiendes lo que va a pasar ahora?
interview-closing-next-steps-understood-note = Explique quién se pondrá en contacto con la persona, dónde se alojará, cómo contactar con nosotros y que puede añadir o cambiar respuestas más adelante. No termine nunca con un tema difícil.

## Section: Officer observations

interview-section-officer-observations = Observaciones del personal
interview-section-officer-observations-intro = Solo para el personal. No lea estas preguntas en voz alta. Anote lo que vio y oyó, no conclusiones.

interview-officer-observations-scripted-account = ¿El relato de la persona parecía ensayado o enseñado por otra persona? Por ejemplo, las mismas palabras que otras personas, o palabras que no corresponden a su edad.
interview-officer-observations-scripted-account-note = Un relato ensayado no es una mentira. Puede significar que alguien le dijo a la persona lo que tenía que decir.

interview-officer-observations-signs-of-abuse = ¿Vio posibles señales de daño físico o emocional, como heridas, miedo o retraimiento?
interview-officer-observations-signs-of-abuse-note = Anote lo que vio, no lo que cree que lo causó. Siga el procedimiento de protección.

interview-officer-observations-adult-in-control = ¿Alguna persona adulta acompañante respondió por la persona, la vigiló de cerca o parecía controlarla?
interview-officer-observations-adult-in-control-note = Si es así, asegúrese de que la próxima conversación se haga sin esa persona adulta.
