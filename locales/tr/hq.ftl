# The `waypoint-hq` command for headquarters administrators.

hq-listening = Merkez ofis { $address } adresinde bağlantıları dinliyor.
hq-certificate = Merkez ofis kendi TLS sertifikasını oluşturdu; bu sertifikanın SHA-256 parmak izi: { $fingerprint }. Kaydolan cihazlar tam olarak bu sertifikaya güvenir; bu parmak izini, tarayıcının panoya güvenip güvenmeyeceğinizi sorarken gösterdiğiyle karşılaştırın.
hq-plain-http-refused = Şifrelenmemiş HTTP yalnızca bu makinede (127.0.0.1 gibi bir loopback adresinde) sunulur, hiçbir zaman { $address } adresinde sunulmaz. --plain-http seçeneğini kullanmazsanız merkez ofis HTTPS hizmetini kendisi verir.
hq-keys-beside-cases = Uyarı: vaka anahtarları vakalarla aynı PostgreSQL sunucusunda tutuluyor; bu nedenle o sunucunun tek bir yedeği her vakayı anahtarıyla birlikte içerir ve bir vakayı silmek böyle bir yedeği okunamaz hale getiremez. Anahtar veritabanını başka bir sunucuda tutun (--keys-database) ve yedeklerini yalnızca kısa bir süre saklayın.
hq-proxy-certificate-invalid = --proxy-certificate, proxy sertifikasının SHA-256 parmak izini alır: 64 onaltılık basamak (iki nokta üst üste kullanılabilir). Hiçbir şey başlatılmadı.
hq-tls-unusable = TLS sertifikası veya anahtarı kullanılamıyor: dosyalar okunamıyor, PEM biçiminde sertifika veya anahtar içermiyor ya da birbiriyle eşleşmiyor. Hiçbir şey başlatılmadı.
hq-listen-failed = { $address } adresinde dinleme yapılamıyor: adres kullanımda veya izin verilmiyor.
hq-storage-failed = Merkez ofis veritabanı açılamadı veya veritabanına yazılamadı. Hiçbir şey değiştirilmedi; ayrıntılar için günlük kaydına bakın.
hq-device-code = { $site } konumundaki bir cihaz için kayıt kodu: { $code } ({ $hours ->
    [one] { $hours } saat
   *[other] { $hours } saat
} boyunca, bir kez geçerli).
hq-device-revoked = Cihazın yetkisi iptal edildi. Bir sonraki bağlantısında reddedilecek ve verilerini silmesi istenecek.
hq-device-unknown = Bu kimliğe sahip bir cihaz yok.
hq-device-id-invalid = Cihaz kimliği 32 onaltılık basamaktan oluşur.
hq-case-id-invalid = Vaka kimliği bir UUID'dir (32 onaltılık basamak; tireler isteğe bağlıdır).
hq-case-erased = Vaka merkez ofiste silindi. Bu vakayı bulunduran cihazlar bir sonraki eşitlemede vakayı silecek ve bunu onaylayacak.

hq-user-password-prompt = Yeni kullanıcının parolası
hq-user-password-again = Parolayı yeniden yazın
hq-user-passwords-differ = İki parola aynı değil. Hiçbir şey değiştirilmedi.
hq-user-password-unreadable = Parola okunamadı. Hiçbir şey değiştirilmedi.
hq-user-password-short = Parola en az { $count } karakter olmalıdır. Hiçbir şey değiştirilmedi.
hq-user-role-invalid = Rol şunlardan biri olmalıdır: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Kullanıcı adı 1 ile 64 arasında yazdırılabilir karakterden oluşur.
hq-user-exists = Bu adda bir kullanıcı zaten var. Hiçbir şey değiştirilmedi.
hq-user-added = Kullanıcı { $role } rolüyle eklendi. Artık panoya giriş yapabilir.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Waypoint merkez ofisi
hq-login-title = Giriş
hq-login-name = Kullanıcı adı
hq-login-password = Parola
hq-login-submit = Giriş yap
hq-login-failed = Kullanıcı adı veya parola yanlış ya da çok fazla deneme yapıldı. Biraz bekleyip yeniden deneyin.
hq-logout = Çıkış yap
hq-signed-in-as = { $user } olarak giriş yapıldı, { $role }
hq-role = { $role ->
    [officer] Sınır görevlisi
    [caseworker] Barınak vaka çalışanı
    [interpreter] Tercüman
    [supervisor] Yönetici
    [analyst] Merkez ofis analisti
   *[admin] Sistem yöneticisi
}
hq-language = Dil
hq-language-submit = Değiştir
hq-nav-cases = Vakalar
hq-nav-conflicts = Çakışmalar
hq-nav-matches = Eşleşmeler ve mükerrerler
hq-nav-transfers = Devirler
hq-nav-devices = Cihazlar
hq-nav-erasures = Silme
hq-nav-audit = Denetim kaydı
hq-nav-figures = Rakamlar
hq-search-label = Herhangi bir yazıyla ad veya vaka kodu
hq-search-submit = Ara
hq-none = Gösterilecek bir şey yok.
hq-done = Tamam.
hq-col-code = Kod
hq-col-name = Ad
hq-col-site = Yer
hq-col-status = Durum
hq-col-actions = İşlemler
hq-col-confirmations = Silmeyi onaylayan cihazlar
hq-col-age = Yaş grubu
hq-col-risk = Risk
hq-col-when = Ne zaman
hq-col-user = Kim
hq-col-action = İşlem
hq-col-case = Vaka
hq-col-detail = Ayrıntı
hq-col-device = Cihaz
hq-col-field = Alan
hq-col-score = Puan
hq-col-reasons = Gerekçeler
hq-case-title = Vaka { $code }
hq-case-answers = Görüşme yanıtları
hq-case-risk = Risk
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = { $user } tarafından { $when } tarihinde yazıldı
hq-value-sent-by = { $site } yerindeki { $device }… cihazı tarafından gönderildi. Yukarıdaki yazar adı, o cihazın bildirdiği addır.
hq-value-sent-at-hq = Burada, merkez ofiste yapıldı.
hq-value-sender-unknown = Bunu hangi cihazın gönderdiği bilinmiyor.
hq-value-keep = Bu değeri koru
hq-conflict-explain = İki kişi bu alanı aynı anda yazdı. Siz birini seçene kadar iki değer de saklanır; cihazlar seçiminizi bir sonraki eşitlemede alır.
hq-match-sought = { $name } ({ $relationship }), { $code } vakasında aranıyor
hq-match-confirm = Eşleşmeyi onayla
hq-match-reject = Aynı kişi değil
hq-match-status = { $status ->
    [confirmed] Onaylandı
    [rejected] Reddedildi
   *[potential] İncelenecek
}
hq-duplicates = Olası mükerrer kayıtlar (inceleme için; hiçbir şey otomatik birleştirilmez)
hq-duplicate-same = Aynı kişi
hq-duplicate-different = İki farklı kişi
hq-duplicate-confirmed = Aynı kişi olduğu onaylandı. Daha eksiksiz olan vakayı koruyun ve diğerinin «Mükerrer kayıt» gerekçesiyle silinmesini emredin.
hq-transfer-title = Bir vakayı başka bir yere devret
hq-transfer-case = Vaka kimliği
hq-transfer-site = Devralan yer
hq-transfer-submit = Devret
hq-device-enroll = Kayıt kodu oluştur
hq-device-code-shown = { $site } için kayıt kodu: { $code }. 24 saat geçerlidir ve yalnızca bir kez çalışır. Şimdi not edin; bir daha gösterilmeyecek.
hq-device-revoke = İptal et
hq-device-revoke-ask = İptal et…
hq-device-revoke-title = Bu cihazın yetkisi iptal edilsin mi?
hq-device-revoke-explain = { $site } yerindeki { $device } cihazı bundan sonra reddedilecek ve bir sonraki bağlantısında üzerindeki tüm vakaları silmesi istenecek. Vakaları burada, merkez ofiste kalır. Bu geri alınamaz: cihazın yeni bir kodla yeniden kaydolması gerekir.
hq-cancel = Vazgeç
hq-back = Sayfaya geri dön
hq-skip = Sayfanın içeriğine geç
hq-nav-label = Sayfalar
hq-audit-filter = Göster
hq-audit-shown = { $count ->
    [one] Bir giriş, en yenisi önce (en fazla { $max } giriş gösterilir: daha eskilerini görmek için aramayı daraltın).
   *[other] { $count } giriş, en yenisi önce (en fazla { $max } giriş gösterilir: daha eskilerini görmek için aramayı daraltın).
}
hq-device-state = { $revoked ->
    [yes] İptal edildi
   *[no] Etkin
}
hq-erase-title = Bir vakanın silinmesini emret
hq-erase-explain = Vaka merkez ofiste, yedekler dahil, ve her cihazda bir sonraki eşitlemesinde silinir. Bu geri alınamaz.
hq-erase-reason = Gerekçe
hq-erase-reason-option = { $reason ->
    [person_request] Kişi bunu istedi
    [duplicate] Mükerrer kayıt
    [entered_in_error] Yanlışlıkla girildi
    [legal_order] Mahkeme kararı
    [consent_withdrawn] Merkez ofisle paylaşım onayı geri çekildi
   *[retention_expired] Saklama süresi doldu
}
hq-erase-submit = Her yerde sil
hq-erase-ask = Sil…
hq-erase-confirm-title = Bu vaka her yerde silinsin mi?
hq-erase-confirm-explain = { $site } yerindeki { $code } vakası ({ $reason }) burada, merkez ofiste ve onu bulunduran her cihazda, yedekler dahil, silinecek. Bu geri alınamaz.
hq-erase-confirmations = { $count ->
    [one] Bir cihaz onayladı
   *[other] { $count } cihaz onayladı
}
hq-figures-title = Rakamlar (anonim)
hq-figures-explain = Kişiyle karşılaşılan aya göre vakalar. 5'ten küçük sayılar kimsenin ayırt edilememesi için «x» olarak gösterilir. Burada ad ya da vaka ayrıntısı gösterilmez.
hq-figures-withheld = Kişinin merkez ofisle paylaşılmasını kabul etmediği bir vaka, anonim bir kayıttan (ay, yaş grubu, cinsiyet, risk) sayılır: uyruğu ve refakat durumu «Merkez ofisle paylaşılmadı» olarak gösterilir.
hq-figures-chart = { $dimension }, grafik olarak: aşağıdaki tablo aynı rakamları verir.
hq-figures-hidden = Bazı daha büyük sayılar da «x» olarak gösterilir; böylece küçük bir sayı toplamlardan hesaplanamaz.
hq-figures-csv = CSV indir
hq-figures-total = Toplam vaka: { $total }
hq-figures-all-months = Tüm aylar
hq-dimension = { $dimension ->
    [age_band] Yaş grubu
    [sex] Cinsiyet
    [nationality] Uyruk
    [accompaniment] Refakat
    [risk] İnsan ticareti risk işareti
   *[site] Yer
}
hq-figure-value = { $value ->
    [flagged] İşaretli
    [not_flagged] İşaretsiz
    [unknown] Bilinmiyor
    [withheld] Merkez ofisle paylaşılmadı
    [unlisted] Ülke kodu olarak değil, metin olarak yazıldı
   *[other] { $value }
}
hq-error-forbidden = Rolünüz buna izin vermiyor.
hq-nav-welcome = Hoş geldiniz
hq-device-awaiting = Onay bekliyor: kendi yerinin bir yöneticisi onaylayana kadar hiçbir vaka almaz.
hq-device-approve = Onayla: kendi yerinin vakalarını almasına izin ver
hq-col-sites = Yerler
hq-sites-every = Tüm yerler
hq-sites-none = Hiçbiri (hiçbir vaka görmez)
hq-accounts-change-sites = Yerleri değiştir
hq-accounts-sites-hint = Yerler: hesabın vakalarını gördüğü yerler, virgülle ayrılmış olarak (örneğin border-north, shelter-central) ya da tüm yerler için *. Sınır görevlileri, barınak vaka çalışanları ve yöneticiler yalnızca kendi yerlerinin vakalarını ve bu yerlerden birine devredilen vakaları görür.
hq-error-sites = Yer adlarını (harf, rakam, tire, nokta veya alt çizgi) virgülle ayırarak yazın ya da tüm yerler için * yazın.
hq-nothing-for-role = Rolünüzün merkez ofiste hiçbir sayfası yok: tercümanlar cihazlarda, bir sınır görevlisinin yanında çalışır ve burada hiçbir vaka görmez.
hq-error-not-found = Bulunamadı. Silinmiş veya değiştirilmiş olabilir.
hq-error-signed-out = Lütfen yeniden giriş yapın.
hq-error-internal = Merkez ofiste bir sorun oluştu. Hiçbir şey değiştirilmedi; yeniden deneyin.
hq-error-case-id = Vaka kimliği bir UUID'dir (32 onaltılık rakam, tireler isteğe bağlı).
hq-error-site = Yer adı harf, rakam, tire, nokta veya alt çizgiden oluşur.
hq-error-device-id = Cihaz kimliği 32 onaltılık rakamdır.
hq-error-reason = Bir gerekçe seçin.
hq-error-choice = Değerlerden birini seçin.
hq-database-invalid = Veritabanı adresi sqlite:YOL veya postgres://kullanıcı@sunucu:port/ad biçimindedir.
hq-database-in-clear = Bu veritabanı başka bir makinede ve sslmode={ $mode } ile vaka anahtarları oraya şifrelenmeden gönderilebilir. sslmode seçeneğini hiç belirtmeyin (merkez ofis o zaman TLS ve genel bir sertifika yetkilisinden alınmış, sunucunun adını taşıyan bir sertifika ister) ya da sslmode=verify-full ile birlikte, sunucunun sertifikasını imzalayan sertifika yetkilisinin sertifikasını gösteren sslrootcert=PATH verin.
hq-database-certificate = Veritabanı sunucusunun sertifikası kabul edilmedi (sslmode={ $mode }). sslrootcert seçeneğinin sertifikayı imzalayan sertifika yetkilisini gösterdiğini ve verify-full kullanılıyorsa sertifikanın adresteki sunucu adını içerdiğini kontrol edin. Hiçbir şey değiştirilmedi.
hq-database-roots = sslrootcert olarak verilen dosya okunamıyor veya hiç sertifika içermiyor.
hq-migrated = PostgreSQL'e taşındı: cihazlar: { $devices }, vakalar: { $cases }, değişiklikler: { $changes }. Cihazlar kaldıkları yerden devam eder.
hq-migrate-target-not-empty = Hedef veritabanında zaten cihazlar veya vakalar var. Taşıma yalnızca boş bir merkez veritabanını doldurur; hiçbir şey değiştirilmedi.

## Accounts (administrators)
hq-nav-accounts = Hesaplar
hq-col-role = Rol
hq-accounts-password = İlk parola
hq-accounts-password-hint = En az { $count } karakter. İlk parolayı elden teslim edin; asla e-posta veya mesajla göndermeyin.
hq-accounts-add = Hesabı ekle
hq-accounts-change-role = Rolü değiştir
hq-accounts-remove = Kaldır
hq-accounts-remove-ask = Kaldır…
hq-accounts-remove-title = Bu hesap kaldırılsın mı?
hq-accounts-remove-explain = { $user } hesabı kaldırılacak ve oturumları hemen sonlandırılacak. Bu hesapla yapılanlar denetim kaydında kalır.
hq-accounts-you = Hesabınız
hq-accounts-not-yourself = Kendi hesabınızın rolünü değiştiremez veya hesabınızı kaldıramazsınız; bunu başka bir sistem yöneticisi yapabilir.
