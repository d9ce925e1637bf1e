### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Getting to know you
interview-intro-who-we-are = We are here to help keep people safe, especially children and young people who travel without their family. We are not here to judge you.
interview-intro-why-we-ask = I would like to ask you some questions. Your answers help us understand what you need, keep you safe and, if you want, look for your family.
interview-intro-nothing-mandatory = You do not have to answer any question. If you do not answer, you will not get into trouble, and you will still get help.
interview-intro-decline = If you do not want to answer something, just say "I don't want to answer". That is OK.
interview-intro-no-wrong-answers = If you do not know or do not remember, that is OK too. There are no wrong answers.
interview-intro-pause-stop = You can ask for a break, or ask to stop, at any time. Just tell me, or touch the pause button.
interview-intro-protection = What you tell us is kept safe and private. Only the people who help with your case can see it.
interview-intro-consent = We only share it with others, such as people who can help find your family, if you agree. You can change your mind later.

## Controls, always visible during the interview

interview-control-pause = Take a break
interview-control-stop = Stop for today
interview-control-decline = I don't want to answer
interview-control-revisit = Come back to this later
interview-control-not-asked = Not asked
interview-control-resume = Continue
interview-control-break-offer = Would you like a break? We can stop for a while and continue later.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = The person was upset or too tired
interview-not-asked-too-young = Not suitable for the person's age
interview-not-asked-not-relevant = Does not apply to this person
interview-not-asked-interpreter-unavailable = No suitable interpreter
interview-not-asked-time = No time left in this sitting
interview-not-asked-safety-concern = Not safe to ask here, for example because someone else is present
interview-not-asked-asked-elsewhere = Already asked by another service

## Section: Welcome

interview-section-welcome = Welcome
interview-section-welcome-intro = Before we start, let's make sure you are comfortable.

interview-welcome-needs-now = Before we start, do you need anything?
interview-welcome-needs-now-child = Do you need anything right now?
interview-welcome-needs-now-note = Meet basic needs first. If the person is hungry, cold, in pain or very tired, pause and come back later.
interview-welcome-needs-now-water = Water or something to drink
interview-welcome-needs-now-food = Something to eat
interview-welcome-needs-now-rest = A rest
interview-welcome-needs-now-toilet = The toilet
interview-welcome-needs-now-warm = Something warm to wear
interview-welcome-needs-now-medical = To see a nurse or doctor
interview-welcome-needs-now-nothing = Nothing, I am fine

interview-welcome-preferred-language = Which language would you like to talk in?
interview-welcome-preferred-language-child = Which language do you like to talk in?
interview-welcome-preferred-language-note = Check that the person and the interpreter understand each other well. If they do not, stop and find another interpreter.

interview-welcome-someone-present = Would you like someone you trust to be here with us?
interview-welcome-someone-present-child = Would you like someone you trust to sit with you?
interview-welcome-someone-present-note = A child may want a trusted adult, such as a guardian or social worker. Do not use an adult whose relationship with the child is not verified, or who seems to control them.

interview-welcome-ready = Is it OK to start now? You can stop at any time.
interview-welcome-ready-child = Shall we start? You can stop whenever you want.
interview-welcome-ready-note = If the answer is no, do not start. Offer a break and ask again later.

## Section: About you

interview-section-about-you = About you
interview-section-about-you-intro = First, some easy questions about you.

interview-about-you-called-name = What name would you like us to call you?
interview-about-you-called-name-child = What should we call you?
interview-about-you-called-name-note = Use this name for the rest of the conversation.

interview-about-you-full-name = What is your full name? You can write it yourself if you like.
interview-about-you-full-name-child = What is your whole name? You can write it if you want.
interview-about-you-full-name-note = Record every spelling and script. Let the person write the name in their own script if they can.

interview-about-you-age = How old are you, as far as you know?
interview-about-you-age-child = How old are you? It is OK if you are not sure.
interview-about-you-age-note = Write down what the person says. Never ask them to prove it. If there is doubt, the person is treated as a child.

interview-about-you-birth-date = Do you know when you were born? A year is enough.
interview-about-you-birth-date-child = Do you know your birthday, or the year you were born?
interview-about-you-birth-date-note = Record what is known, even just a year. Do not correct the person.

interview-about-you-languages = Which languages do you speak?
interview-about-you-languages-child = Which languages can you speak?

interview-about-you-home = Where are you from? A town or area is enough.
interview-about-you-home-child = Where is your home? What is the name of the town or village?
interview-about-you-home-note = Ask about the place, not about documents. If the person does not want to say, that is OK.

## Section: Your journey

interview-section-journey = Your journey
interview-section-journey-intro = Now I would like to ask about your journey. Take your time.

interview-journey-left-home = When did you leave home? A month or a season is enough.
interview-journey-left-home-child = When did you leave home? You can say a month or a season.

interview-journey-travelled-with = Who travelled with you?
interview-journey-travelled-with-child = Who came with you on the trip?
interview-journey-travelled-with-note = Several answers are possible. If the person travelled with an adult who is not a parent, ask gently how they know them.
interview-journey-travelled-with-alone = Nobody, I was alone
interview-journey-travelled-with-parents = My mother or father
interview-journey-travelled-with-siblings = My brothers or sisters
interview-journey-travelled-with-relatives = Other family
interview-journey-travelled-with-friends = Friends
interview-journey-travelled-with-met-on-way = People I met on the way
interview-journey-travelled-with-organiser = The person who organised the trip
interview-journey-travelled-with-other = Someone else

interview-journey-organised-by = Who organised the journey?
interview-journey-organised-by-child = Who planned the trip?
interview-journey-organised-by-note = Ask without judgement. Many people need others to help them travel. This helps us understand, not blame.
interview-journey-organised-by-self = I did
interview-journey-organised-by-family = My family
interview-journey-organised-by-friend = A friend
interview-journey-organised-by-someone-else = Someone else
interview-journey-organised-by-do-not-know = I don't know

interview-journey-paid-by = Who paid for the journey?
interview-journey-paid-by-child = Who paid for the trip?
interview-journey-paid-by-note = If the person has to pay it back, ask later, in the safety questions, whether they still owe money.
interview-journey-paid-by-self = I did
interview-journey-paid-by-family = My family
interview-journey-paid-by-someone-else = Someone else
interview-journey-paid-by-pay-back-later = I have to pay it back later
interview-journey-paid-by-do-not-know = I don't know

interview-journey-route = How did you travel? For example by bus, car, boat or on foot.
interview-journey-route-child = How did you travel? By bus, car, boat, or walking?

interview-journey-travelled-hidden = Did you ever have to travel hidden, or cross a border away from the official crossing?
interview-journey-travelled-hidden-child = Did you ever have to hide during the trip?
interview-journey-travelled-hidden-note = Many people had no safe way to travel. Make clear that you ask for their safety, not to punish them.

interview-journey-promised-job = Before you left, did anyone promise you a job, school or a better life at the end of the journey?
interview-journey-promised-job-child = Did anyone promise you work, school or a better life where you were going?
interview-journey-promised-job-note = If the answer is yes, ask the next question. If no, skip it as not relevant.

interview-journey-promise-kept = Was it how they promised?
interview-journey-promise-kept-child = Was it like they said it would be?
interview-journey-promise-kept-note = Ask only if someone made a promise.
interview-journey-promise-kept-as-promised = Yes, it was as promised
interview-journey-promise-kept-different = No, it was different
interview-journey-promise-kept-not-yet = I don't know yet

interview-journey-documents-holder = Who has your papers now, like a passport or ID card?
interview-journey-documents-holder-child = Where are your papers, like a passport or ID card? Who has them now?
interview-journey-documents-holder-note = Do not ask to see documents here. Having no papers is common and is not a reason for suspicion.
interview-journey-documents-holder-me = I have them
interview-journey-documents-holder-family = Someone in my family
interview-journey-documents-holder-organiser = The person who organised the trip
interview-journey-documents-holder-employer = Someone I worked for
interview-journey-documents-holder-someone-else = Someone else
interview-journey-documents-holder-taken = Someone took them from me
interview-journey-documents-holder-lost = They got lost
interview-journey-documents-holder-never-had = I never had papers

## Section: Your family

interview-section-family = Your family
interview-section-family-intro = Now some questions about your family. If something is hard to talk about, tell me and we can skip it.

interview-family-parents = Can you tell me about your mother and father? What are their names, and where are they now, if you know?
interview-family-parents-child = Can you tell me about your mum and dad? What are their names? Where are they now?
interview-family-parents-note = A parent may have died or be missing. Let the person lead, and do not press for details.

interview-family-siblings = Do you have brothers or sisters? Where are they now?
interview-family-siblings-child = Do you have brothers or sisters? Where are they?

interview-family-separated-suddenly = Were you separated from your family suddenly, without planning it?
interview-family-separated-suddenly-child = Did you lose your family suddenly, when you did not expect it?
interview-family-separated-suddenly-note = This may bring back painful memories. Watch for distress and offer a break.

interview-family-sudden-move = Before you left, did you suddenly have to move to another place, or live with other people?
interview-family-sudden-move-child = Before the trip, did you suddenly have to go and live in a new place or with new people?

interview-family-last-contact = When were you last in touch with your family?
interview-family-last-contact-child = When did you last talk to your family?

interview-family-can-contact = Can you contact your family when you want to?
interview-family-can-contact-child = Can you call or message your family when you want to?
interview-family-can-contact-note = If someone controls the contact, this is a protection concern. Offer a phone call if it is safe and the person wants one.
interview-family-can-contact-yes-freely = Yes, whenever I want
interview-family-can-contact-only-when-allowed = Only when someone lets me
interview-family-can-contact-someone-stops-me = Someone stops me, or took my phone
interview-family-can-contact-no-means = I have no phone or number
interview-family-can-contact-do-not-know-where = I don't know where they are

interview-family-wish-to-trace = Would you like us to help you find someone from your family?
interview-family-wish-to-trace-child = Do you want us to help find someone from your family?
interview-family-wish-to-trace-note = Searching for family needs consent, or a best-interest decision for a child. Record it before any search starts.

interview-family-who-to-find = Who would you like to find? Tell me their name, and where and when you last saw them.
interview-family-who-to-find-child = Who do you want us to find? What is their name? Where did you last see them?
interview-family-who-to-find-note = Record the names in every spelling you hear. This answer starts a search once consent is recorded.

## Section: Safety and work

interview-section-safety-and-work = Safety and work
interview-section-safety-and-work-intro = The next questions are about your safety. Some may be hard. You can skip any of them, and you can take a break.

interview-safety-and-work-feels-safe = Do you feel safe now?
interview-safety-and-work-feels-safe-child = Do you feel safe here?
interview-safety-and-work-feels-safe-note = If the answer is no, ask what would help, and act on it before you continue.

interview-safety-and-work-worked = Did you do any work during the journey, or before you came here?
interview-safety-and-work-worked-child = Did you have to work on the trip, or before you came here?
interview-safety-and-work-worked-note = Count any work: in a house, on a farm, selling things, begging or looking after children.

interview-safety-and-work-work-kind = What kind of work was it?
interview-safety-and-work-work-kind-child = What kind of work did you do?
interview-safety-and-work-work-kind-note = Ask only if the person worked. Several answers are possible.
interview-safety-and-work-work-kind-house = Cleaning, cooking or housework
interview-safety-and-work-work-kind-childcare = Looking after children
interview-safety-and-work-work-kind-farm = Farm work or animals
interview-safety-and-work-work-kind-building = Building or factory work
interview-safety-and-work-work-kind-selling = Selling things
interview-safety-and-work-work-kind-begging = Begging
interview-safety-and-work-work-kind-mine = In a mine or a quarry
interview-safety-and-work-work-kind-dangerous = With dangerous machines, chemicals or heavy loads, or at night
interview-safety-and-work-work-kind-sexual = Sexual things, or photos or videos of that kind
interview-safety-and-work-work-kind-armed-group = For soldiers or an armed group: fighting, carrying, guarding or cooking
interview-safety-and-work-work-kind-other = Other work

interview-safety-and-work-age-started-work = How old were you when you first started to work?
interview-safety-and-work-age-started-work-child = How old were you when you started working?
interview-safety-and-work-age-started-work-note = Ask only if the person worked. Work below 15 (below 13 for light work) is under the minimum age in most countries (ILO Convention 138).
interview-safety-and-work-age-started-work-under-13 = Younger than 13
interview-safety-and-work-age-started-work-13-to-14 = 13 or 14
interview-safety-and-work-age-started-work-15-or-older = 15 or older
interview-safety-and-work-age-started-work-not-sure = I am not sure

interview-safety-and-work-paid = Were you paid for this work?
interview-safety-and-work-paid-child = Did you get money for the work?
interview-safety-and-work-paid-note = Ask only if the person worked.
interview-safety-and-work-paid-paid-fully = Yes, as agreed
interview-safety-and-work-paid-paid-less = Less than agreed
interview-safety-and-work-paid-not-paid = No
interview-safety-and-work-paid-paid-to-others = Someone else got the money

interview-safety-and-work-owes-money = Do you owe money to anyone, for example for the journey, food or a place to sleep?
interview-safety-and-work-owes-money-child = Does anyone say you owe them money?
interview-safety-and-work-owes-money-note = Debts for the journey are often used to control people. Ask who, only if the person wants to say.

interview-safety-and-work-marriage = Has anyone married you, or promised you to someone in marriage, when you did not want it?
interview-safety-and-work-marriage-child = Has anyone said that you have to marry someone?
interview-safety-and-work-marriage-note = Forced marriage, and any marriage of a child, is exploitation. For a child, refer to child protection now.

interview-safety-and-work-free-to-leave = Could you leave the place where you worked or stayed whenever you wanted?
interview-safety-and-work-free-to-leave-child = Could you go out, or leave the place where you stayed, when you wanted?

interview-safety-and-work-controlled-movement = Does anyone tell you where you can go, or stop you from going out alone?
interview-safety-and-work-controlled-movement-child = Does someone decide where you can go, or not let you go out alone?
interview-safety-and-work-controlled-movement-note = Ask only when no accompanying adult is in the room.

interview-safety-and-work-told-not-to-speak = Did anyone tell you not to talk to the police, or to people like me?
interview-safety-and-work-told-not-to-speak-child = Did anyone tell you not to talk to the police, or to people like me?
interview-safety-and-work-told-not-to-speak-note = If the answer is yes, tell the person that they will not be punished for talking to us.

interview-safety-and-work-hurt-or-threatened = Has anyone hurt you, or said they would hurt you or your family?
interview-safety-and-work-hurt-or-threatened-child = Has anyone hurt you, or scared you by saying they would hurt you or your family?
interview-safety-and-work-hurt-or-threatened-note = Do not ask for details. Listen, believe, and say it is not their fault. If the answer is yes, follow the safeguarding procedure and offer health and psychosocial support.

## Section: Your health

interview-section-health = Your health
interview-section-health-intro = Now a few questions about how you feel, so we can get you the right help.

interview-health-injuries = Are you hurt anywhere, or in pain?
interview-health-injuries-child = Does anything hurt?
interview-health-injuries-note = If the answer is yes, offer medical care now. Do not examine, and do not ask here how it happened.

interview-health-medication = Do you take any medicine, or do you need to see a doctor or nurse?
interview-health-medication-child = Do you need medicine, or to see a doctor or nurse?

interview-health-sleep = How are you sleeping?
interview-health-sleep-child = How do you sleep at night?
interview-health-sleep-note = Bad sleep and bad dreams are common after a hard journey. Tell the person that help is available.
interview-health-sleep-well = Well
interview-health-sleep-sometimes-badly = Sometimes badly
interview-health-sleep-badly = Badly most nights

interview-health-feeling = How have you been feeling lately?
interview-health-feeling-child = How do you feel inside these days?
interview-health-feeling-note = Accept any answer, including "I don't know". If the person is very upset, pause, offer support and think of a psychosocial referral.

## Section: What you want

interview-section-wishes = What you want
interview-section-wishes-intro = What you want matters. We will think about it in every decision about you.

interview-wishes-next = What would you like to happen next?
interview-wishes-next-child = What would you like to happen now?
interview-wishes-next-note = Write down the person's own words. Do not promise what you cannot make sure of.

interview-wishes-trusted-people = Who do you trust, here or anywhere else?
interview-wishes-trusted-people-child = Who are the people you trust?
interview-wishes-trusted-people-note = This helps us know who can support the person.

interview-wishes-worries = Is anything worrying you right now?
interview-wishes-worries-child = Is there anything you are worried about?

## Section: Finishing

interview-section-closing = Finishing
interview-section-closing-intro = We are almost finished. Thank you for talking with me.

interview-closing-anything-else = Is there anything else you would like to tell me?
interview-closing-anything-else-child = Is there anything else you want to tell me?

interview-closing-questions = Do you have any questions for us?
interview-closing-questions-child = Do you want to ask us anything?

interview-closing-next-steps-understood = I have told you what happens next. Is it clear to you?
interview-closing-next-steps-understood-child = Do you understand what will happen next?
interview-closing-next-steps-understood-note = Explain who will contact the person, where they will stay, how to reach us, and that they can add or change answers later. Never end on a hard topic.

## Section: Officer observations

interview-section-officer-observations = Officer observations
interview-section-officer-observations-intro = For the officer only. Do not read these questions aloud. Record what you saw and heard, not conclusions.

interview-officer-observations-scripted-account = Did the person's account seem rehearsed or taught by someone else? For example, the same words as others, or words that do not fit their age.
interview-officer-observations-scripted-account-note = A rehearsed account is not a lie. It may mean that someone told the person what to say.

interview-officer-observations-signs-of-abuse = Did you see possible signs of physical or emotional harm, such as injuries, fear or withdrawal?
interview-officer-observations-signs-of-abuse-note = Note what you saw, not what you think caused it. Follow the safeguarding procedure.

interview-officer-observations-adult-in-control = Did an accompanying adult answer for the person, watch them closely, or seem to control them?
interview-officer-observations-adult-in-control-note = If so, make sure the next conversation takes place without that adult.
