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
app-conflicts-count = { $count ->
    [one] Çözülmesi gereken bir çakışma
   *[other] Çözülmesi gereken { $count } çakışma
}

## Case
app-back-to-list = ← Vakalar
app-tab-registration = Kayıt
app-tab-consent = Onay
app-tab-interview = Görüşme
app-tab-age = Yaş
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
app-encounter = Kişiyle nerede ve nasıl karşılaşıldı
app-encounter-place = Yer
app-encounter-circumstances = Koşullar

## Consent
app-consent-explain = Her amacı { $language } dilinde açıklayın ve kişinin kendi kararını kaydedin. Her amaç için ayrı karar verilir ve onay her zaman geri çekilebilir.
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
