### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Tanışalım
interview-intro-who-we-are = İnsanların, özellikle de ailesi olmadan yolculuk eden çocukların ve gençlerin güvende olmasına yardım etmek için buradayız. Sizi yargılamak için burada değiliz.
interview-intro-why-we-ask = Size bazı sorular sormak istiyorum. Yanıtlarınız, neye ihtiyacınız olduğunu anlamamıza, güvenliğinizi sağlamamıza ve isterseniz ailenizi aramamıza yardımcı olur.
interview-intro-nothing-mandatory = Hiçbir soruyu yanıtlamak zorunda değilsiniz. Yanıt vermezseniz başınız derde girmez ve yine de yardım alırsınız.
interview-intro-decline = Bir soruya yanıt vermek istemezseniz, "Yanıt vermek istemiyorum" demeniz yeterli. Bunda bir sakınca yok.
interview-intro-no-wrong-answers = Bilmiyorsanız ya da hatırlamıyorsanız, bu da sorun değil. Yanlış yanıt yoktur.
interview-intro-pause-stop = İstediğiniz zaman ara vermek ya da durmak isteyebilirsiniz. Bana söylemeniz ya da ara düğmesine dokunmanız yeterli.
interview-intro-protection = Bize anlattıklarınız güvenli ve gizli tutulur. Bunları yalnızca dosyanızla ilgilenen kişiler görebilir.
interview-intro-consent = Bu bilgileri başkalarıyla, örneğin ailenizi bulmaya yardım edebilecek kişilerle, yalnızca siz kabul ederseniz paylaşırız. Daha sonra fikrinizi değiştirebilirsiniz.

## Controls, always visible during the interview

interview-control-pause = Ara ver
interview-control-stop = Bugünlük bitir
interview-control-decline = Yanıt vermek istemiyorum
interview-control-revisit = Buna sonra dön
interview-control-not-asked = Sorulmadı
interview-control-resume = Devam et
interview-control-break-offer = Biraz ara vermek ister misiniz? Bir süre durup sonra devam edebiliriz.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = Kişi çok huzursuzdu ya da çok yorgundu
interview-not-asked-too-young = Kişinin yaşına uygun değil
interview-not-asked-not-relevant = Bu kişi için geçerli değil
interview-not-asked-interpreter-unavailable = Uygun tercüman yok
interview-not-asked-time = Bu oturumda zaman kalmadı
interview-not-asked-safety-concern = Burada sormak güvenli değil, örneğin orada başka biri bulunduğu için
interview-not-asked-asked-elsewhere = Başka bir birim tarafından zaten soruldu

## Section: Welcome

interview-section-welcome = Hoş geldiniz
interview-section-welcome-intro = Başlamadan önce rahat olduğunuzdan emin olalım.

interview-welcome-needs-now = Başlamadan önce bir şeye ihtiyacınız var mı?
interview-welcome-needs-now-child = Şu anda bir şeye ihtiyacın var mı?
interview-welcome-needs-now-note = Önce temel ihtiyaçları karşılayın. Kişi açsa, üşüyorsa, bir yeri ağrıyorsa ya da çok yorgunsa ara verin ve daha sonra devam edin.
interview-welcome-needs-now-water = Su ya da içecek bir şey
interview-welcome-needs-now-food = Yiyecek bir şey
interview-welcome-needs-now-rest = Dinlenmek
interview-welcome-needs-now-toilet = Tuvalete gitmek
interview-welcome-needs-now-warm = Giyecek sıcak bir şey
interview-welcome-needs-now-medical = Bir hemşireye ya da doktora görünmek
interview-welcome-needs-now-nothing = Hiçbir şey, iyiyim

interview-welcome-preferred-language = Hangi dilde konuşmak istersiniz?
interview-welcome-preferred-language-child = Hangi dilde konuşmayı seversin?
interview-welcome-preferred-language-note = Kişinin ve tercümanın birbirini iyi anladığından emin olun. Anlamıyorlarsa durun ve başka bir tercüman bulun.

interview-welcome-someone-present = Güvendiğiniz birinin burada bizimle olmasını ister misiniz?
interview-welcome-someone-present-child = Güvendiğin birinin yanında oturmasını ister misin?
interview-welcome-someone-present-note = Çocuk, vasisi ya da sosyal çalışmacısı gibi güvendiği bir yetişkinin yanında olmasını isteyebilir. Çocukla ilişkisi doğrulanmamış ya da çocuğu kontrol ediyor gibi görünen bir yetişkinin bu rolü üstlenmesine izin vermeyin.

interview-welcome-ready = Şimdi başlayabilir miyiz? İstediğiniz zaman durabilirsiniz.
interview-welcome-ready-child = Başlayalım mı? İstediğin zaman durabilirsin.
interview-welcome-ready-note = Yanıt hayırsa başlamayın. Ara vermeyi önerin ve daha sonra yeniden sorun.

## Section: About you

interview-section-about-you = Hakkınızda
interview-section-about-you-intro = Önce sizinle ilgili birkaç kolay soru.

interview-about-you-called-name = Size hangi adla hitap etmemizi istersiniz?
interview-about-you-called-name-child = Sana ne diye seslenelim?
interview-about-you-called-name-note = Görüşmenin geri kalanında bu adı kullanın.

interview-about-you-full-name = Tam adınız nedir? İsterseniz kendiniz yazabilirsiniz.
interview-about-you-full-name-child = Adın ve soyadın ne? İstersen kendin yazabilirsin.
interview-about-you-full-name-note = Her yazılışı ve her alfabeyi kaydedin. Kişi yazabiliyorsa, adını kendi alfabesiyle yazmasına izin verin.

interview-about-you-age = Bildiğiniz kadarıyla kaç yaşındasınız?
interview-about-you-age-child = Kaç yaşındasın? Emin değilsen sorun değil.
interview-about-you-age-note = Kişinin söylediğini yazın. Bunu kanıtlamasını asla istemeyin. Şüphe varsa kişiye çocuk olarak davranılır.

interview-about-you-birth-date = Ne zaman doğduğunuzu biliyor musunuz? Yalnızca yıl da yeterli.
interview-about-you-birth-date-child = Doğum gününü ya da hangi yıl doğduğunu biliyor musun?
interview-about-you-birth-date-note = Yalnızca yıl bile olsa, bilineni kaydedin. Kişiyi düzeltmeyin.

interview-about-you-languages = Hangi dilleri konuşuyorsunuz?
interview-about-you-languages-child = Hangi dilleri konuşabiliyorsun?

interview-about-you-home = Nerelisiniz? Bir kasaba ya da bölge adı yeterli.
interview-about-you-home-child = Evin nerede? Kasabanın ya da köyün adı ne?
interview-about-you-home-note = Belgeleri değil, yeri sorun. Kişi söylemek istemezse sorun değil.

## Section: Your journey

interview-section-journey = Yolculuğunuz
interview-section-journey-intro = Şimdi yolculuğunuzla ilgili sorular sormak istiyorum. Acele etmeyin.

interview-journey-left-home = Evinizden ne zaman ayrıldınız? Bir ay ya da mevsim söylemeniz yeterli.
interview-journey-left-home-child = Evden ne zaman ayrıldın? Bir ay ya da mevsim söyleyebilirsin.

interview-journey-travelled-with = Sizinle kimler yolculuk etti?
interview-journey-travelled-with-child = Yolculukta seninle kim geldi?
interview-journey-travelled-with-note = Birden fazla yanıt olabilir. Kişi, ebeveyni olmayan bir yetişkinle yolculuk ettiyse o yetişkini nereden tanıdığını nazikçe sorun.
interview-journey-travelled-with-alone = Hiç kimse, yalnızdım
interview-journey-travelled-with-parents = Annem ya da babam
interview-journey-travelled-with-siblings = Kardeşlerim
interview-journey-travelled-with-relatives = Diğer akrabalarım
interview-journey-travelled-with-friends = Arkadaşlarım
interview-journey-travelled-with-met-on-way = Yolda tanıştığım kişiler
interview-journey-travelled-with-organiser = Yolculuğu ayarlayan kişi
interview-journey-travelled-with-other = Başka biri

interview-journey-organised-by = Yolculuğu kim ayarladı?
interview-journey-organised-by-child = Yolculuğu kim planladı?
interview-journey-organised-by-note = Yargılamadan sorun. Pek çok insan yolculuk etmek için başkalarının yardımına ihtiyaç duyar. Bu soru suçlamak için değil, anlamak için.
interview-journey-organised-by-self = Ben ayarladım
interview-journey-organised-by-family = Ailem
interview-journey-organised-by-friend = Bir arkadaşım
interview-journey-organised-by-someone-else = Başka biri
interview-journey-organised-by-do-not-know = Bilmiyorum

interview-journey-paid-by = Yolculuğun parasını kim ödedi?
interview-journey-paid-by-child = Yolculuğun parasını kim ödedi?
interview-journey-paid-by-note = Kişinin bu parayı geri ödemesi gerekiyorsa, daha sonra güvenlik sorularında hâlâ borcu olup olmadığını sorun.
interview-journey-paid-by-self = Ben ödedim
interview-journey-paid-by-family = Ailem
interview-journey-paid-by-someone-else = Başka biri
interview-journey-paid-by-pay-back-later = Parayı daha sonra geri ödemem gerekiyor
interview-journey-paid-by-do-not-know = Bilmiyorum

interview-journey-route = Nasıl yolculuk ettiniz? Örneğin otobüsle, arabayla, tekneyle ya da yürüyerek.
interview-journey-route-child = Nasıl yolculuk ettin? Otobüsle mi, arabayla mı, tekneyle mi, yürüyerek mi?

interview-journey-travelled-hidden = Hiç saklanarak yolculuk etmek ya da sınırı resmi sınır kapısı dışından geçmek zorunda kaldınız mı?
interview-journey-travelled-hidden-child = Yolculuk sırasında hiç saklanmak zorunda kaldın mı?
interview-journey-travelled-hidden-note = Pek çok insanın güvenli bir yolculuk imkânı yoktu. Bunu cezalandırmak için değil, kişinin güvenliği için sorduğunuzu açıkça belirtin.

interview-journey-promised-job = Yola çıkmadan önce biri size yolculuğun sonunda iş, okul ya da daha iyi bir hayat sözü verdi mi?
interview-journey-promised-job-child = Biri sana gideceğin yerde iş, okul ya da daha iyi bir hayat sözü verdi mi?
interview-journey-promised-job-note = Yanıt evetse sonraki soruyu sorun. Hayırsa sonraki soruyu "geçerli değil" olarak atlayın.

interview-journey-promise-kept = Söz verdikleri gibi miydi?
interview-journey-promise-kept-child = Dedikleri gibi miydi?
interview-journey-promise-kept-note = Yalnızca biri söz verdiyse sorun.
interview-journey-promise-kept-as-promised = Evet, söz verildiği gibiydi
interview-journey-promise-kept-different = Hayır, farklıydı
interview-journey-promise-kept-not-yet = Henüz bilmiyorum

interview-journey-documents-holder = Pasaport ya da kimlik kartı gibi belgeleriniz şu anda kimde?
interview-journey-documents-holder-child = Pasaport ya da kimlik kartı gibi belgelerin nerede? Şimdi kimde?
interview-journey-documents-holder-note = Burada belgeleri görmek istemeyin. Belgesi olmamak yaygındır ve şüphe nedeni değildir.
interview-journey-documents-holder-me = Bende
interview-journey-documents-holder-family = Ailemden birinde
interview-journey-documents-holder-organiser = Yolculuğu ayarlayan kişide
interview-journey-documents-holder-employer = Yanında çalıştığım birinde
interview-journey-documents-holder-someone-else = Başka birinde
interview-journey-documents-holder-taken = Biri elimden aldı
interview-journey-documents-holder-lost = Kayboldular
interview-journey-documents-holder-never-had = Hiç belgem olmadı

## Section: Your family

interview-section-family = Aileniz
interview-section-family-intro = Şimdi ailenizle ilgili bazı sorular. Konuşması zor olan bir şey olursa bana söyleyin, o soruyu geçebiliriz.

interview-family-parents = Bana annenizden ve babanızdan bahseder misiniz? Adları ne ve biliyorsanız şu anda neredeler?
interview-family-parents-child = Bana annenden ve babandan bahseder misin? Adları ne? Şimdi neredeler?
interview-family-parents-note = Anne ya da baba ölmüş veya kayıp olabilir. Konuşmayı kişinin yönlendirmesine izin verin ve ayrıntılar için ısrar etmeyin.

interview-family-siblings = Kardeşleriniz var mı? Şu anda neredeler?
interview-family-siblings-child = Kardeşlerin var mı? Neredeler?

interview-family-separated-suddenly = Ailenizden önceden planlanmadan, aniden ayrı düştünüz mü?
interview-family-separated-suddenly-child = Ailenden birden, hiç beklemediğin bir anda ayrı düştün mü?
interview-family-separated-suddenly-note = Bu soru acı anıları canlandırabilir. Sıkıntı belirtilerine dikkat edin ve ara vermeyi önerin.

interview-family-sudden-move = Yola çıkmadan önce aniden başka bir yere taşınmak ya da başka insanlarla yaşamak zorunda kaldınız mı?
interview-family-sudden-move-child = Yolculuktan önce birden yeni bir yerde ya da yeni insanların yanında yaşamaya başlamak zorunda kaldın mı?

interview-family-last-contact = Ailenizle en son ne zaman iletişim kurdunuz?
interview-family-last-contact-child = Ailenle en son ne zaman konuştun?

interview-family-can-contact = Ailenizle istediğiniz zaman iletişim kurabiliyor musunuz?
interview-family-can-contact-child = Ailene istediğin zaman telefon edebiliyor ya da mesaj atabiliyor musun?
interview-family-can-contact-note = Bu iletişimi biri kontrol ediyorsa, bu bir koruma endişesidir. Güvenliyse ve kişi isterse bir telefon görüşmesi önerin.
interview-family-can-contact-yes-freely = Evet, istediğim zaman
interview-family-can-contact-only-when-allowed = Yalnızca biri izin verince
interview-family-can-contact-someone-stops-me = Biri engel oluyor ya da telefonumu aldı
interview-family-can-contact-no-means = Telefonum ya da numaram yok
interview-family-can-contact-do-not-know-where = Nerede olduklarını bilmiyorum

interview-family-wish-to-trace = Ailenizden birini bulmanıza yardım etmemizi ister misiniz?
interview-family-wish-to-trace-child = Ailenden birini bulmak için sana yardım etmemizi ister misin?
interview-family-wish-to-trace-note = Aile araması için onay ya da, çocuk söz konusuysa, üstün yarar kararı gerekir. Herhangi bir arama başlamadan önce bunu kaydedin.

interview-family-who-to-find = Kimi bulmak istersiniz? Bana adını ve onu en son nerede ve ne zaman gördüğünüzü söyleyin.
interview-family-who-to-find-child = Kimi bulmamızı istersin? Adı ne? Onu en son nerede gördün?
interview-family-who-to-find-note = Adları duyduğunuz her yazılışla kaydedin. Onay kaydedildiğinde bu yanıt bir arama başlatır.

## Section: Safety and work

interview-section-safety-and-work = Güvenlik ve çalışma
interview-section-safety-and-work-intro = Sonraki sorular güvenliğinizle ilgili. Bazıları zor olabilir. İstediğiniz soruyu atlayabilir, ara verebilirsiniz.

interview-safety-and-work-feels-safe = Şu anda kendinizi güvende hissediyor musunuz?
interview-safety-and-work-feels-safe-child = Burada kendini güvende hissediyor musun?
interview-safety-and-work-feels-safe-note = Yanıt hayırsa neyin yardımcı olacağını sorun ve devam etmeden önce gereğini yapın.

interview-safety-and-work-worked = Yolculuk sırasında ya da buraya gelmeden önce herhangi bir işte çalıştınız mı?
interview-safety-and-work-worked-child = Yolculukta ya da buraya gelmeden önce çalışmak zorunda kaldın mı?
interview-safety-and-work-worked-note = Her türlü işi sayın: bir evde, tarlada, bir şeyler satarak, dilenerek ya da çocuklara bakarak.

interview-safety-and-work-work-kind = Ne tür bir işti?
interview-safety-and-work-work-kind-child = Ne tür bir iş yaptın?
interview-safety-and-work-work-kind-note = Yalnızca kişi çalıştıysa sorun. Birden fazla yanıt olabilir.
interview-safety-and-work-work-kind-house = Temizlik, yemek ya da ev işleri
interview-safety-and-work-work-kind-childcare = Çocuklara bakmak
interview-safety-and-work-work-kind-farm = Tarla işi ya da hayvan bakımı
interview-safety-and-work-work-kind-building = İnşaat ya da fabrika işi
interview-safety-and-work-work-kind-selling = Bir şeyler satmak
interview-safety-and-work-work-kind-begging = Dilenmek
interview-safety-and-work-work-kind-mine = Bir madende ya da taş ocağında
interview-safety-and-work-work-kind-dangerous = Tehlikeli makinelerle, kimyasallarla ya da ağır yüklerle veya geceleri
interview-safety-and-work-work-kind-sexual = Cinsel şeyler ya da bu tür fotoğraflar veya videolar
interview-safety-and-work-work-kind-armed-group = Askerler ya da silahlı bir grup için: savaşmak, yük taşımak, nöbet tutmak ya da yemek yapmak
interview-safety-and-work-work-kind-other = Başka bir iş

interview-safety-and-work-age-started-work = İlk kez çalışmaya başladığınızda kaç yaşındaydınız?
interview-safety-and-work-age-started-work-child = Çalışmaya başladığında kaç yaşındaydın?
interview-safety-and-work-age-started-work-note = Yalnızca kişi çalıştıysa sorun. 15 yaşından önce (hafif işlerde 13 yaşından önce) çalışmak, çoğu ülkede asgari çalışma yaşının altındadır (ILO 138 sayılı Sözleşme).
interview-safety-and-work-age-started-work-under-13 = 13 yaşından küçük
interview-safety-and-work-age-started-work-13-to-14 = 13 ya da 14
interview-safety-and-work-age-started-work-15-or-older = 15 ya da daha büyük
interview-safety-and-work-age-started-work-not-sure = Emin değilim

interview-safety-and-work-paid = Bu iş için size ödeme yapıldı mı?
interview-safety-and-work-paid-child = Yaptığın iş için para aldın mı?
interview-safety-and-work-paid-note = Yalnızca kişi çalıştıysa sorun.
interview-safety-and-work-paid-paid-fully = Evet, anlaştığımız gibi
interview-safety-and-work-paid-paid-less = Anlaştığımızdan az
interview-safety-and-work-paid-not-paid = Hayır
interview-safety-and-work-paid-paid-to-others = Parayı başka biri aldı

interview-safety-and-work-owes-money = Örneğin yolculuk, yemek ya da kalacak yer için birine borcunuz var mı?
interview-safety-and-work-owes-money-child = Biri sana, ona borçlu olduğunu söylüyor mu?
interview-safety-and-work-owes-money-note = Yolculuk borçları çoğu zaman insanları kontrol etmek için kullanılır. Kime borçlu olduğunu yalnızca kişi söylemek isterse sorun.

interview-safety-and-work-marriage = Siz istemediğiniz halde biri sizi evlendirdi mi ya da sizi biriyle evlendirmeye söz verdi mi?
interview-safety-and-work-marriage-child = Biri sana, birisiyle evlenmek zorunda olduğunu söyledi mi?
interview-safety-and-work-marriage-note = Zorla evlendirme ve bir çocuğun her türlü evliliği sömürüdür. Kişi çocuksa hemen çocuk korumaya yönlendirin.

interview-safety-and-work-free-to-leave = Çalıştığınız ya da kaldığınız yerden istediğiniz zaman ayrılabiliyor muydunuz?
interview-safety-and-work-free-to-leave-child = Kaldığın yerden istediğin zaman dışarı çıkabiliyor ya da oradan gidebiliyor muydun?

interview-safety-and-work-controlled-movement = Biri size nereye gidebileceğinizi söylüyor mu, ya da yalnız dışarı çıkmanızı engelliyor mu?
interview-safety-and-work-controlled-movement-child = Nereye gidebileceğine başka biri mi karar veriyor? Biri senin yalnız dışarı çıkmana izin vermiyor mu?
interview-safety-and-work-controlled-movement-note = Yalnızca odada refakat eden bir yetişkin yokken sorun.

interview-safety-and-work-told-not-to-speak = Biri size polisle ya da benim gibi kişilerle konuşmamanızı söyledi mi?
interview-safety-and-work-told-not-to-speak-child = Biri sana polisle ya da benim gibi kişilerle konuşmamanı söyledi mi?
interview-safety-and-work-told-not-to-speak-note = Yanıt evetse, kişiye bizimle konuştuğu için cezalandırılmayacağını söyleyin.

interview-safety-and-work-hurt-or-threatened = Biri size zarar verdi mi, ya da size veya ailenize zarar vereceğini söyledi mi?
interview-safety-and-work-hurt-or-threatened-child = Biri sana zarar verdi mi, ya da sana veya ailene zarar vereceğini söyleyerek seni korkuttu mu?
interview-safety-and-work-hurt-or-threatened-note = Ayrıntı sormayın. Dinleyin, inanın ve bunun kişinin suçu olmadığını söyleyin. Yanıt evetse koruma prosedürünü izleyin ve sağlık ile psikososyal destek önerin.

## Section: Your health

interview-section-health = Sağlığınız
interview-section-health-intro = Şimdi, size doğru yardımı sağlayabilmemiz için nasıl hissettiğinizle ilgili birkaç soru.

interview-health-injuries = Bir yeriniz yaralı mı ya da ağrıyor mu?
interview-health-injuries-child = Bir yerin acıyor mu?
interview-health-injuries-note = Yanıt evetse hemen tıbbi bakım önerin. Muayene etmeyin ve nasıl olduğunu burada sormayın.

interview-health-medication = Kullandığınız bir ilaç var mı, ya da bir doktora veya hemşireye görünmeniz gerekiyor mu?
interview-health-medication-child = İlaca ihtiyacın var mı, ya da bir doktora veya hemşireye görünmek ister misin?

interview-health-sleep = Uykularınız nasıl?
interview-health-sleep-child = Geceleri nasıl uyuyorsun?
interview-health-sleep-note = Zor bir yolculuktan sonra kötü uyumak ve kâbus görmek yaygındır. Kişiye yardım alabileceğini söyleyin.
interview-health-sleep-well = İyi
interview-health-sleep-sometimes-badly = Bazen kötü
interview-health-sleep-badly = Çoğu gece kötü

interview-health-feeling = Son zamanlarda kendinizi nasıl hissediyorsunuz?
interview-health-feeling-child = Bu günlerde içinden nasıl hissediyorsun?
interview-health-feeling-note = "Bilmiyorum" dahil her yanıtı kabul edin. Kişi çok üzgünse ara verin, destek önerin ve psikososyal yönlendirmeyi düşünün.

## Section: What you want

interview-section-wishes = İstekleriniz
interview-section-wishes-intro = Ne istediğiniz önemli. Sizinle ilgili her kararda bunu göz önünde bulunduracağız.

interview-wishes-next = Bundan sonra ne olmasını istersiniz?
interview-wishes-next-child = Şimdi ne olmasını istersin?
interview-wishes-next-note = Kişinin kendi sözlerini yazın. Sağlayabileceğinizden emin olmadığınız şeyleri vaat etmeyin.

interview-wishes-trusted-people = Burada ya da başka herhangi bir yerde kimlere güveniyorsunuz?
interview-wishes-trusted-people-child = Güvendiğin insanlar kimler?
interview-wishes-trusted-people-note = Bu, kişiye kimlerin destek olabileceğini bilmemize yardımcı olur.

interview-wishes-worries = Şu anda sizi endişelendiren bir şey var mı?
interview-wishes-worries-child = Seni endişelendiren bir şey var mı?

## Section: Finishing

interview-section-closing = Bitirirken
interview-section-closing-intro = Neredeyse bitirdik. Benimle konuştuğunuz için teşekkür ederim.

interview-closing-anything-else = Bana söylemek istediğiniz başka bir şey var mı?
interview-closing-anything-else-child = Bana anlatmak istediğin başka bir şey var mı?

interview-closing-questions = Bize sormak istediğiniz bir şey var mı?
interview-closing-questions-child = Bize bir şey sormak ister misin?

interview-closing-next-steps-understood = Bundan sonra ne olacağını anlattım. Anlaşılır oldu mu?
interview-closing-next-steps-understood-child = Bundan sonra ne olacağını anladın mı?
interview-closing-next-steps-understood-note = Kişiyle kimin iletişime geçeceğini, nerede kalacağını, bize nasıl ulaşabileceğini ve yanıtlarını daha sonra ekleyip değiştirebileceğini açıklayın. Görüşmeyi asla zor bir konuyla bitirmeyin.

## Section: Officer observations

interview-section-officer-observations = Görevli gözlemleri
interview-section-officer-observations-intro = Yalnızca görevli içindir. Bu soruları yüksek sesle okumayın. Vardığınız sonuçları değil, gördüklerinizi ve duyduklarınızı kaydedin.

interview-officer-observations-scripted-account = Kişinin anlatımı ezberlenmiş ya da başkası tarafından öğretilmiş gibi göründü mü? Örneğin başkalarıyla aynı sözcükler ya da yaşına uymayan sözcükler.
interview-officer-observations-scripted-account-note = Ezberlenmiş bir anlatım yalan değildir. Birinin kişiye ne söyleyeceğini öğrettiği anlamına gelebilir.

interview-officer-observations-signs-of-abuse = Yaralanma, korku ya da içe kapanma gibi olası fiziksel veya duygusal zarar belirtileri gördünüz mü?
interview-officer-observations-signs-of-abuse-note = Neyin neden olduğunu düşündüğünüzü değil, ne gördüğünüzü not edin. Koruma prosedürünü izleyin.

interview-officer-observations-adult-in-control = Refakat eden bir yetişkin kişi adına yanıt verdi mi, kişiyi yakından izledi mi ya da onu kontrol ediyor gibi göründü mü?
interview-officer-observations-adult-in-control-note = Öyleyse bir sonraki görüşmenin o yetişkin olmadan yapılmasını sağlayın.
