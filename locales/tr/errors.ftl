# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = Parola doğru değil. Klavye dilini ve Caps Lock tuşunu kontrol edip tekrar deneyin.
error-unknown-user = Bu cihazda { $user } adlı bir kullanıcı yok. Sizi eklemesi için yöneticinize başvurun.
error-user-exists = Bu cihazda { $user } adlı bir kullanıcı zaten var. Başka bir ad seçin.
error-store-missing = { $path } konumunda Waypoint verisi bulunamadı. Önce bu cihazın kurulumunu yapın.
error-store-exists = { $path } konumunda zaten Waypoint verisi var. Hiçbir şey değiştirilmedi.
error-store-corrupt = Bu cihazdaki veriler hasar görmüş ve okunamıyor. Hiçbir şeyi silmeyin; verileri merkez ofisten geri yükleyebilecek olan yöneticinize başvurun.
error-store-truncated = Bu cihazdaki veri dosyası eksik (yalnızca bir kısmı kopyalanmış olabilir). Hiçbir şeyi silmeyin; yöneticinize başvurun.
error-store-too-new = Bu veriler Waypoint'in daha yeni bir sürümüyle yazılmış (biçim { $found }; bu sürüm en fazla { $supported } biçimini okuyabilir). Bu cihazdaki Waypoint'i güncelleyin.
error-case-not-found = { $case } vakası bu cihazda yok.
error-sought-person-not-found = Bu vakada { $entry } kimlikli aranan kişi yok. Başka bir cihazda kaldırılmış olabilir; vakayı yeniden yükleyin.
error-passphrase-too-short = Parola çok kısa. En az { $min } karakter kullanın; birkaç kelimeyi yan yana yazarsanız kolayca hatırlarsınız.
error-audit-broken = Denetim kaydı { $seq } numaralı girişte değiştirilmiş ya da hasar görmüş. Bunu amirinize bildirin.
error-case-invalid = Bu vaka kaydı okunamadı. Hiçbir şey değiştirilmedi.
error-io = Cihaz verilerini okuyamadı ya da yazamadı ({ $detail }). Diskte boş yer olup olmadığını kontrol edin, sonra tekrar deneyin.
error-internal = Waypoint içinde bir sorun oluştu. Kaydettiğiniz hiçbir şey kaybolmadı. Tekrar deneyin; yine olursa yöneticinize haber verin.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Henüz ad kaydedilmedi. Vaka ad olmadan da kaydedilebilir.
diag-name-empty = Bu ad boş.
diag-age-range-inverted = En küçük yaş ({ $min }), en büyük yaştan ({ $max }) büyük. İki sayıyı da kontrol edin.
diag-age-implausible = { $max } yaşından büyük bir yaş mümkün değil. Sayıyı kontrol edin.
diag-age-single-indicator = Yaş değerlendirmesi tek bir göstergeye dayanmamalıdır.
diag-date-future = Bu tarih gelecekte.
diag-date-impossible = Böyle bir tarih yok. Günü ve ayı kontrol edin.
diag-answer-without-value = Bu soru yanıtlandı olarak işaretlenmiş, ancak kaydedilmiş bir yanıt yok.
diag-not-asked-without-reason = Bu sorunun neden sorulmadığını belirtin.
diag-ends-before-start = Bu oturumun bitişi, başlangıcından önce.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = { $purpose ->
        [registration] Kayıt
        [sharing_with_hq] Merkez ofisle paylaşım
        [family_tracing] Aile arama
        [referral] Hizmetlere yönlendirme
        [photo] Fotoğraf çekme
       *[other] Bu işlem
    } için onay gerekiyor. Önce kişiye (ya da vasisine) sorun ve yanıtını kaydedin.
consent-withdrawn-stops = { $purpose ->
        [registration] Kayıt
        [sharing_with_hq] Merkez ofisle paylaşım
        [family_tracing] Aile arama
        [referral] Hizmetlere yönlendirme
        [photo] Fotoğraf çekme
       *[other] Bu işlem
    } için verilen onay geri çekildi; bu yüzden işlem durduruldu.
consent-refused-stops = { $purpose ->
        [registration] Kayıt
        [sharing_with_hq] Merkez ofisle paylaşım
        [family_tracing] Aile arama
        [referral] Hizmetlere yönlendirme
        [photo] Fotoğraf çekme
       *[other] Bu işlem
    } için onay verilmedi; bu yüzden işleme devam edilemez.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Düzensiz ya da alışılmadık yolculuk güzergâhı veya koşulları.
risk-reason-sudden-separation = Ailesinden aniden ayrı düşmüş.
risk-reason-living-change = Kişinin nerede ve kiminle yaşadığında ani bir değişiklik.
risk-reason-documents-held-by-others = Kişinin kimlik ya da seyahat belgeleri başka birinde.
risk-reason-debt-bondage = Kişinin, yolculuğu ya da işi ayarlayanlara borcu var.
risk-reason-work-exploitation = Ücretsiz, zorla yaptırılan ya da tehlikeli iş.
risk-reason-signs-of-abuse = Fiziksel, cinsel ya da psikolojik istismar belirtileri.
risk-reason-controlled-movement = Kişinin nereye gideceğini başka biri kontrol ediyor.
risk-reason-deceptive-recruitment = Sahte vaatlerle işe alınmış.
risk-reason-no-contact-with-family = Ailesiyle iletişim kurmasına izin verilmiyor ya da iletişim kuramıyor.
risk-reason-fear-of-authorities = Yetkililerden korkutulmuş.
risk-reason-scripted-account = Anlatım ezberlenmiş ya da başkaları tarafından söyletilmiş gibi görünüyor.
risk-reason-someone-else-answers = Kişi adına başka biri yanıt veriyor ya da kişiyi görevliyle yalnız bırakmıyor.
risk-reason-worst-forms-of-child-labour = Tehlikeli iş: maden, tehlikeli makineler veya kimyasallar, ağır yükler ya da gece çalışması.
risk-reason-child-labour-under-minimum-age = Asgari çalışma yaşının altında çalışmaya başlamış.
risk-reason-sexual-exploitation = Cinsel sömürü.
risk-reason-forced-marriage = Zorla ya da çocuk yaşta evlendirme.
risk-reason-armed-group-recruitment = Silahlı bir kuvvet ya da grup tarafından saflarına alınmış veya kullanılmış.
risk-reason-child-exploitation = Bir çocuk sömürülüyor. Çocuk söz konusu olduğunda bu tek başına insan ticaretidir: zor, hile ya da aldatma kullanıldığının gösterilmesi gerekmez.
risk-reason-doubtful-adult = Çocuk, kendisiyle yakınlığı şüpheli olan ya da görevliyi endişelendiren bir yetişkinle seyahat ediyor.
risk-reason-unaccompanied-child = Yanında ebeveyni ya da her zamanki bakım vereni olmayan çocuk.
risk-reason-strong-indicator-child = Güçlü bir insan ticareti göstergesi bir çocukla ilgili.
risk-reason-several-strong = Birden fazla güçlü gösterge bir arada.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = Şablon dosyası geçerli değil (satır { $line }, sütun { $column }). Oradaki noktalama işaretlerini ve alan adlarını kontrol edin.
template-error-invalid-message-id = { $key } metin anahtarı geçerli bir mesaj adı değil.
template-error-duplicate-not-asked-reason = { $reason } nedeni iki kez listelenmiş.
template-error-duplicate-section = { $section } bölümü iki kez yer alıyor.
template-error-duplicate-question = { $question } sorusu iki kez yer alıyor.
template-error-malformed-question-id = { $question } soru kimliği bölüm.ad biçiminde yazılmalıdır.
template-error-question-outside-section = { $question } sorusu { $section } bölümüne yerleştirilmiş, ancak kimliği bu bölümü belirtmiyor.
template-error-missing-choices = { $question } sorusu seçenek sunuyor, ancak hiç seçenek listelemiyor.
template-error-unexpected-choices = { $question } sorusu seçmeli bir soru değil, ancak seçenek listeliyor.
template-error-duplicate-choice = { $question } sorusu { $choice } seçeneğini iki kez listeliyor.
template-error-unknown-indicator = { $question } sorusu bilinmeyen bir göstergeye başvuruyor: { $indicator }.
template-error-screening-not-supported = { $question } sorusu gösterge tetikleyemez: bunu yalnızca evet/hayır ve seçmeli yanıtlar yapabilir.
template-error-empty-when = { $question } sorusu { $indicator } göstergesine bağlı, ancak bu göstergeyi tetikleyen bir yanıt belirtmiyor.
template-error-invalid-yes-no = { $question } sorusu evet/hayır sorusu, ancak bağlantısında { $value } değeri belirtilmiş.
template-error-unknown-choice = { $question } sorusunda { $choice } seçeneği yok.
