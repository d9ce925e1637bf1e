## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint açılıyor…
app-ui-language = Diliniz
app-quick-hide = Gizle
app-quick-hide-hint = Her şeyi hemen gizle (Esc)
app-lock = Kilitle
app-dismiss = Kapat
app-save-saving = Kaydediliyor…
app-save-saved = Kaydedildi
app-save-error = Kaydedilmedi — mesaja bakın
app-neutral-title = Waypoint
app-neutral-continue = Devam et

## Set-up and unlock
app-setup-title = Bu cihazı kurun
app-setup-explain = Bu cihazdaki her şey parolanızla şifrelenir. Hatırlayabileceğiniz bir parola seçin: unutulursa kurtarılamaz.
app-setup-site = Görev yeri (sınır kapısı veya barınak)
app-setup-submit = Kur
app-user = Kullanıcı adı
app-passphrase = Parola
app-passphrase-again = Parola (tekrar)
app-unlock-title = Kilidi aç
app-unlock-submit = Kilidi aç

## Case list
app-search-placeholder = Ada (herhangi bir alfabede) veya vaka koduna göre arayın
app-new-case = Yeni vaka
app-no-cases = Vaka bulunamadı.
app-no-name = (henüz ad yok)
app-filter-any = Tümü
app-filter-site = Görev yeri
app-filter-status = Durum
app-filter-risk = Risk
app-filter-age-band = Yaş
app-filter-flag = İşaret
app-status-open = Açık
app-status-transferred = Devredildi
app-status-closed = Kapatıldı
app-risk-none = Risk göstergesi yok
app-risk-low = Düşük risk
app-risk-medium = Orta risk
app-risk-high = Yüksek risk
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 ve üzeri
app-age-band-unknown = Yaşı bilinmiyor
app-flag-child = Çocuk
app-flag-unaccompanied = Refakatsiz
app-flag-separated = Ailesinden ayrı düşmüş
app-flag-referral-prompt = Yönlendirme gerekli
app-flag-age-disputed = Yaşa itiraz var
app-flag-trafficking-risk = İnsan ticareti riski
app-flag-not-shared = Yalnızca bu cihazda
app-conflicts-count = { $count ->
    [one] Çözülmesi gereken bir çakışma
   *[other] Çözülmesi gereken { $count } çakışma
}

## Case
app-back-to-list = ← Vakalar
app-cases-title = Vakalar
app-case-sections = Vakanın bölümleri
app-interview-keys = Tuşlar: Alt+N sonraki soru · Alt+P önceki soru · Alt+D yanıt vermek istemedi · Alt+R sonra tekrar dönülecek · Alt+O sorulmadı
app-tab-registration = Kayıt
app-tab-consent = Onay
app-tab-interview = Görüşme
app-tab-age = Yaş
app-tab-tracing = Aile arama
app-tab-screening = Tarama
app-tab-referrals = Yönlendirmeler ve takip
app-tab-transfer = Devir
app-tab-conflicts = Çakışmalar
app-referral-prompt = Bu kişiyi hemen yönlendirin:
app-age-treated-as-child = Çocuk olarak kabul ediliyor{ $basis ->
    [doubt] { " " }(yaşı konusunda şüphe var)
    [disputed_assessment] { " " }(değerlendirmeye itiraz edildi)
   *[other] {""}
}
app-age-adult = Yetişkin olarak kabul ediliyor
app-age-range = { $min }–{ $max } yaş

## Registration
app-names = Adlar
app-name-given = Ad
app-name-family = Soyadı
app-name-alias = Başka bir ad veya yazılış
app-add = Ekle
app-remove = Kaldır
app-sex = Cinsiyet
app-sex-female = Kadın
app-sex-male = Erkek
app-sex-other = Diğer
app-sex-not-stated = Belirtmek istemiyor
app-birth = Doğum tarihi veya yaş
app-birth-kind-unknown = Bilinmiyor
app-birth-kind-exact = Kesin tarih
app-birth-kind-approximate = Yıl (ve ay)
app-birth-kind-stated-age = Kişinin söylediği yaş
app-birth-date = Doğum tarihi (yıl-ay-gün)
app-birth-year = Yıl
app-birth-month = Ay (1–12)
app-stated-age = Yaş (yıl olarak)
app-origin = Uyruk ve diller
app-nationalities = Uyruklar (virgülle ayırın)
app-languages-spoken = Konuştuğu diller (ar, ti, so gibi kodlar)
app-preferred-language = Tercih ettiği görüşme dili
app-not-known = Bilinmiyor
app-accompaniment = Kiminle seyahat ediyor
app-accompaniment-unaccompanied = Yalnız (refakatsiz)
app-accompaniment-separated = Ebeveyninden veya her zamanki bakım vereninden ayrı düşmüş
app-accompaniment-accompanied = Ebeveyniyle veya her zamanki bakım vereniyle
app-adults = Kişiyle seyahat eden yetişkinler
app-adults-explain = Her yetişkin için: kim olduğunu söylediği, bunun nasıl kontrol edildiği ve sizi endişelendiren her şey. Yakınlığı şüpheli olan ya da sizi endişelendiren bir yetişkinle birlikte olan çocuk, çocuk korumaya yönlendirilir.
app-adults-none = Kayıtlı yetişkin yok.
app-adult-name = Yetişkinin adı
app-adult-relationship = Söylediği yakınlık
app-adult-verified = Yakınlık kontrolü
app-adult-verified-not-verified = Henüz kontrol edilmedi
app-adult-verified-verified = Doğrulandı
app-adult-verified-doubtful = Şüpheli
app-adult-verified-how = Nasıl kontrol edildi
app-adult-documents = Görülen belgeler
app-adult-concern = Varsa endişeniz
app-adult-add = Bu yetişkini ekle
app-adult-save = Değişiklikleri kaydet
app-encounter = Kişiyle nerede ve nasıl karşılaşıldı
app-encounter-place = Yer
app-encounter-circumstances = Koşullar

## Consent
app-consent-explain = Her amacı { $language } dilinde açıklayın ve kişinin kendi kararını kaydedin. Her amaç için ayrı karar verilir ve onay her zaman geri çekilebilir.
app-consent-read-aloud = Bunu kişiye okuyun:
app-consent-withdraw-sharing-explain = Bu onayı geri çekmek vaka dosyasını merkez ofisten ve diğer tüm cihazlardan siler; dosya yalnızca bu cihazda kalır ve merkez ofis yalnızca anonim bir sayım tutar. Geri çekilsin mi?
app-consent-withdraw-confirm = Evet, geri çek
app-consent-withdraw-cancel = Paylaşmaya devam et
app-consent-given-by = Kararı veren
app-consent-giver-person = Kişinin kendisi
app-consent-giver-guardian = Ebeveyn veya vasi
app-consent-giver-best-interest-decision = Üstün yarar kararı
app-consent-guardian-name = Ebeveynin veya vasinin adı
app-consent-role = Karar veren uzmanın görevi
app-consent-purpose = { $purpose ->
    [registration] Bilgilerinin kaydedilmesi
    [sharing_with_hq] Merkez ofisle paylaşım
    [family_tracing] Aile arama
    [referral] Hizmetlere yönlendirme
   *[photo] Fotoğraf
}
app-consent-not-asked = Henüz sorulmadı
app-consent-given = Verildi
app-consent-refused = Reddedildi
app-consent-withdrawn = Geri çekildi
app-consent-give = Onay veriyor
app-consent-refuse = Reddediyor
app-consent-withdraw = Onayını geri çekiyor

## Interview
app-interview-language = Görüşme dili
app-sitting-controls = Oturum
app-end-sitting = Oturumu bitir (tamamlandı)
app-in-your-language = Kendi dilinizde
app-interpreter = Tercüman (varsa)
app-start-interview = Görüşmeyi { $language } dilinde başlat
app-continue-interview = Görüşmeye { $language } dilinde devam et
app-sitting-completed = tamamlandı
app-sitting-paused = ara verildi
app-sitting-stopped-by-person = kişi tarafından durduruldu
app-sitting-stopped-by-officer = görevli tarafından durduruldu
app-question-progress = Soru { $n } / { $total }
app-layout-section = Bölümün tamamını göster
app-layout-one = Her seferinde bir soru
app-previous = Önceki
app-next = Sonraki
app-sensitive-question = Hassas soru: yalnızca kişi hazır olduğunda sorun ve ara vermeyi önerin.
app-officer-note = Görevli için not
app-officer-only = Yalnızca sizin için: bunu yüksek sesle okumayın ve kişiye göstermeyin.
app-yes = Evet
app-no = Hayır
app-answer-answered = Yanıtlandı
app-answer-declined = Yanıt vermek istemedi
app-answer-not-asked = Sorulmadı
app-answer-revisit = Sonra tekrar dönülecek

## Age assessment
app-age-new = Yeni yaş değerlendirmesi
app-age-method = Yöntem
app-age-method-documents = Belgeler
app-age-method-statement = Kişinin beyanı
app-age-method-holistic = Bütüncül değerlendirme
app-age-min = En küçük yaş
app-age-max = En büyük yaş
app-age-indicators = Değerlendirmenin dayanakları (her satıra bir tane)
app-age-outcome = Sonuç
app-age-disputed = Kişi bu sonuca itiraz ediyor
app-age-save = Değerlendirmeyi kaydet

## Family tracing
app-tracing-explain = Bu kişinin aradığı akrabalar. Duyduğunuz her yazılışı, hangi alfabede olursa olsun yazın: eşleşmeler farklı alfabeler arasında ve tüm görev yerlerinde aranır.
app-tracing-add = Aranacak bir akraba ekle
app-tracing-relationship = Yakınlık (anne, erkek kardeş, teyze…)
app-tracing-names = Adlar ve yazılışlar (her satıra bir tane)
app-tracing-age = Yaş (yıl olarak) veya doğum tarihi
app-tracing-last-seen-place = En son nerede görüldü
app-tracing-last-seen-date = En son ne zaman görüldü (2023, 2023-06 veya 2023-06-21)
app-tracing-contacts = İletişim bilgileri veya bilgisi olabilecek kişiler (her satıra bir tane)
app-tracing-find = Eşleşme ara
app-tracing-no-candidates = Henüz eşleşen kayıtlı kişi yok. Daha sonra yeniden bakın: her eşitlemede yeni kayıtlar gelir.
app-tracing-score = Eşleşme %{ $score }
app-tracing-confirm = Aynı kişi
app-tracing-reject = Aynı kişi değil
app-tracing-confirmed = Onaylandı
app-tracing-rejected = Reddedildi
app-tracing-decided-by = { $user } tarafından, { $when }

## Screening for trafficking and exploitation
app-screening-explain = Gözlemlediklerinizi veya kişinin size anlattıklarını kaydedin. Bu listeyi kişiye okumayın.
app-screening-source = Nereden biliyorsunuz
app-indicator-source-observed = Gözlemlendi
app-indicator-source-stated = Kişi kendisi söyledi
app-indicator-source-document = Bir belgede
app-indicator-source-third-party = Başka biri söyledi
app-indicator-source-interview-answer = Görüşmeden
app-screening-record = Kaydet
app-screening-dismiss = Geçerli değil
app-screening-restore = Yine de geçerli
app-screening-dismissed = geçerli olmadığına karar verildi
app-screening-reasons = Neden:
app-screening-no-reasons = Kaydedilmiş gösterge yok.

## Referrals and follow-ups
app-service-child-protection = Çocuk koruma
app-service-anti-trafficking = İnsan ticaretiyle mücadele hizmeti
app-service-health = Sağlık hizmeti
app-service-psychosocial = Psikososyal destek
app-service-legal = Hukuki yardım
app-service-shelter = Barınma
app-service-guardianship = Vasilik
app-service-family-tracing = Aile arama hizmeti
app-referral-service = Hizmet
app-referral-urgent = Acil
app-referral-note = Hizmet için not
app-referral-status = Durum
app-referral-status-proposed = Önerildi
app-referral-status-made = Yönlendirildi
app-referral-status-accepted = Kabul edildi
app-referral-status-declined = Reddedildi
app-referral-status-completed = Tamamlandı
app-referrals-add = Yönlendirme ekle
app-referrals-none = Henüz yönlendirme yok.
app-referral-basis = Bu yönlendirmenin dayanağı
app-referral-basis-consent = Kişinin yönlendirmeye onayı
app-referral-basis-best-interest-decision = Üstün yarar kararı
app-referral-basis-mandatory-report = Yasanın zorunlu kıldığı bildirim
app-follow-ups = Takip işleri
app-follow-up-due = Son tarih
app-follow-up-note = Yapılacak iş
app-follow-up-add = Takip işi ekle
app-follow-up-done = Yapıldı
app-follow-up-overdue = Gecikti
app-follow-ups-none = Planlanmış takip işi yok.

## Transfer
app-transfer-explain = Bu vakayı başka bir görev yerine devredin. Merkez ofis, bir sonraki eşitlemede vakayı o görev yerine verir.
app-transfer-to = Devralan görev yeri
app-transfer-reason = Neden
app-transfer-do = Vakayı devret
app-transfer-history = Devreden: { $from }, devralan: { $to }, { $when }, { $user } tarafından

## Conflicts
app-conflicts-explain = İki cihaz çevrimdışıyken aynı bilgiyi değiştirdi. Siz birini seçene kadar iki değer de saklanır; seçiminiz diğer değişiklikler gibi gönderilir.
app-conflicts-none = Bu vakada çözülecek bir şey yok.
app-conflict-written = Yazan: { $user }, { $when }
app-conflict-unknown-writer = Kimin yazdığı bilinmiyor
app-conflict-keep = Bunu koru

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint, verileri korumak için kendini kilitledi. Devam etmek için kilidi açın; kaydedilen her şey korunur.
app-error-unlock-failed = Kullanıcı adı veya parola doğru değil. Klavye dilini ve Caps Lock tuşunu kontrol edip tekrar deneyin.
app-error-passphrase-mismatch = İki parola aynı değil.
app-error-site-missing = Bu cihazın kullanıldığı görev yerini girin.
app-error-user-missing = Bir kullanıcı adı girin.
app-error-auto-lock-range = { $min } ile { $max } dakika arasında bir süre seçin.
app-error-hq-url = Merkez ofis adresi http:// veya https:// ile başlamalıdır.
app-error-text-too-long = Bu metin çok uzun (en fazla { $max } karakter).
app-error-language-invalid = Bu bir dil kodu değil (ar, ti veya so gibi kodlar kullanın).
app-error-guardian-name-missing = Ebeveynin veya vasinin adını girin.
app-error-adult-name-missing = Yetişkinin adını girin.
app-error-referral-needs-basis = { $state ->
        [refused] Kişi yönlendirmeye onay vermeyi reddetti.
        [withdrawn] Kişi yönlendirme onayını geri çekti.
       *[other] Kişiye yönlendirme henüz sorulmadı.
    } Onay olmadan, yönlendirme için yasal dayanağı seçin: üstün yarar kararı ya da yasanın zorunlu kıldığı bildirim.
app-error-no-open-sitting = Önce görüşmeyi başlatın veya görüşmeye devam edin.
app-error-unknown-question = Bu soru ({ $question }) görüşme şablonunda yok.
app-error-not-asked-reason = Sorunun neden sorulmadığını seçin.
app-error-answer-kind = Bu yanıt soruya uymuyor.
app-error-partial-date = Tarihi yıl (2015), yıl ve ay (2015-06) veya tam tarih (2015-06-21) olarak yazın.
app-error-birth-date-invalid = Böyle bir tarih yok. Tarihi yıl-ay-gün olarak yazın, örneğin 2011-04-23.
app-error-birth-date-future = Bu tarih gelecekte.
app-error-birth-year-range = Yıl { $min } ile { $max } arasında olmalıdır.
app-error-age-too-high = { $max } yaşından büyük bir yaş mümkün değil.
app-error-age-range-inverted = En büyük yaş, en küçük yaştan küçük. İki sayıyı da kontrol edin.
app-error-entry-missing = Bu kayıt artık yok (başka bir cihazda değişmiş olabilir). Vakayı yeniden açın.
app-error-transfer-same-site = Vaka zaten bu görev yerinde. Devralan görev yerini girin.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Merkez ofisle eşitleme
app-sync-status-not-enrolled = Merkez ofise bağlı değil
app-sync-status-running = Eşitleniyor…
app-sync-status-error = Eşitlenmedi
app-sync-status-never = Henüz eşitlenmedi
app-sync-status-ok = Eşitlendi: { $when }
app-sync-progress = Şu ana kadar { $sent } gönderildi, { $received } alındı
app-sync-pending-label = Gönderilmeyi bekleyen
app-sync-pending =
    { $count ->
        [one] Bir vaka
       *[other] { $count } vaka
    }
app-sync-nothing-pending = Hiçbir şey: bu cihazdaki her şey merkez ofiste var.
app-sync-last-success = Son eşitleme
app-sync-last-attempt = Son deneme
app-sync-works-offline = Her zamanki gibi çalışmaya devam edin: her şey bu cihaza kaydedilir ve eşitleme sizi bölmeden arka planda yapılır.
app-sync-now = Şimdi eşitle
app-sync-hq = Merkez ofis adresi
app-sync-code = Kayıt kodu
app-sync-enroll = Bu cihazı bağla
app-sync-enroll-hint = Merkez ofisten bu görev yeri için tek kullanımlık bir kayıt kodu isteyin, sonra kodu buraya girin.
app-sync-not-enrolled = Bu cihaz henüz merkez ofise bağlı değil.
app-sync-unreachable = Merkez ofise ulaşılamıyor. Çalışmalarınız bu cihazda güvende; bağlantı geri geldiğinde gönderilecek.
app-sync-impostor = Bu kod kabul edilmedi: yanlış girilmiş, daha önce kullanılmış veya süresi dolmuş olabilir (bir kod 24 saat geçerlidir) ya da yanıt, kodu veren merkez ofisten gelmemiş olabilir. Hiçbir şey kaydedilmedi. Kodu ve merkez ofis adresini kontrol edin ya da merkez ofisten yeni bir kod isteyin.
app-sync-unauthenticated = Merkez ofisten geldiğini öne süren bir yanıt doğrulanamadı; bu yüzden içindeki hiçbir şey uygulanmadı ve vakalarınız değişmedi. Birisi ağa müdahale ediyor olabilir; daha sonra veya başka bir ağdan yeniden deneyin.
app-sync-reenroll = Bu cihaz, merkez ofis yanıtlarını imzalamaya başlamadan önce bağlandı. Merkez ofisten yeni bir kayıt kodu isteyin ve cihazı yeniden bağlayın; vakalarınız bu cihazda kalır.
app-sync-insecure-url = Merkez ofise https:// ile başlayan bir adresle ulaşılmalıdır. Düz http:// yalnızca bu bilgisayarın kendisi (localhost) için kullanılabilir.
app-sync-certificate = Merkez ofis, bu cihazın kayıt sırasında güvendiği güvenlik sertifikasından farklı bir sertifika sundu; bu yüzden eşitleme hiçbir şey gönderilmeden durduruldu. Birisi ağa müdahale ediyor olabilir; merkez ofise bildirin.
app-sync-failed = Eşitleme tamamlanmadı. Hiçbir şey kaybolmadı; kendiliğinden yeniden denenecek.
app-sync-revoked = Merkez ofis bu cihazın yetkisini iptal etti, bu yüzden vakalar cihazdan kaldırıldı. Amirinizle iletişime geçin.
app-sync-unknown-device = Merkez ofis bu cihazı tanımıyor. Yeni bir kayıt kodu isteyin.
app-sync-clock = Bu cihazın tarihi veya saati yanlış. Sistem ayarlarından düzeltin, sonra yeniden eşitleyin.
app-sync-enrollment-code = Bu kayıt kodu yanlış, daha önce kullanılmış veya süresi dolmuş. Merkez ofisten yeni bir kod isteyin.
app-sync-enroll-later = Merkez ofis şu anda bu ağdan kayıt kabul etmiyor. Kodunuz hâlâ geçerli: on dakika sonra yeniden deneyin.
app-sync-version = Merkez ofis, Waypoint'in farklı bir sürümünü kullanıyor. Bu uygulamanın güncellenmesini isteyin.
app-sync-site-mismatch = Bu kod { $hq } görev yeri için, ancak bu cihaz { $device } görev yerinde kullanılıyor. { $device } için bir kod isteyin.
app-sync-code-missing = Kayıt kodunu girin.
app-sync-already-enrolled = Bu cihaz zaten merkez ofise bağlı.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Size yardım edebilmek için adınızı ve bize anlattıklarınızı yazmak istiyoruz. Hayır diyebilirsiniz.
app-consent-tell-registration-child = Adını ve bize anlattıklarını yazabilir miyiz? Böylece sana daha iyi yardım edebiliriz. Hayır diyebilirsin.
app-consent-tell-sharing-with-hq = Başka bir yere giderseniz diğer ofislerimizin de size yardım edebilmesi için dosyanızı merkez ofisimize göndermek istiyoruz. Hayır derseniz dosyanız bu ofiste, bu bilgisayarda kalır ve merkez ofis yalnızca bu ofisin biriyle karşılaştığını sayar; bunun için bildiği şunlardır: karşılaştığımız ay, yaş grubunuz, kadın mı erkek mi olduğunuz ve güvenliğiniz için endişelenip endişelenmediğimiz. Adınız ya da bize anlattıklarınız oraya asla gitmez. Evet der ve daha sonra fikrinizi değiştirirseniz, dosyanızı merkez ofisten ve diğer bilgisayarlardan sileriz; merkez ofiste yalnızca bu sayım kalır.
app-consent-tell-sharing-with-hq-child = Dosyanı ana ofisimize gönderebilir miyiz? O zaman başka bir yere gidersen diğer ofislerimiz de sana yardım edebilir. Hayır dersen dosyan burada, bu bilgisayarda kalır ve adın ana ofise gönderilmez. Sonra fikrini değiştirebilirsin; o zaman dosyanı geri alırız.
app-consent-tell-family-tracing = Ailenizi aramak ve ailenizin de bizim aracılığımızla sizi bulabilmesi için bilgilerinizi kullanmak istiyoruz. Hayır diyebilir ya da bunu istediğiniz zaman durdurabilirsiniz.
app-consent-tell-family-tracing-child = Aileni aramak ve onların seni bulabilmesi için adını kullanabilir miyiz? Hayır diyebilir ya da durmamızı söyleyebilirsin.
app-consent-tell-referral = Size yardım edebilmeleri için doktor, avukat ya da barınak gibi başka bir hizmete sizden söz etmek istiyoruz. Onlara yalnızca ihtiyaç duydukları bilgileri veririz. Hayır diyebilirsiniz.
app-consent-tell-referral-child = Doktor ya da kalabileceğin güvenli bir yer gibi sana yardım edecek başka yerlere senden söz edebilir miyiz? Onlara yalnızca bilmeleri gerekeni söyleriz. Hayır diyebilirsin.
app-consent-tell-photo = Yalnızca dosyanız için fotoğrafınızı çekmek istiyoruz. Hayır diyebilirsiniz.
app-consent-tell-photo-child = Dosyan için fotoğrafını çekebilir miyiz? Hayır diyebilirsin.
