# The `waypoint-hq` command for headquarters administrators.

hq-listening = Merkez ofis { $address } adresinde bağlantıları dinliyor.
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
hq-database-invalid = Veritabanı adresi sqlite:YOL veya postgres://kullanıcı@sunucu:port/ad biçimindedir.
hq-migrated = PostgreSQL'e taşındı: cihazlar: { $devices }, vakalar: { $cases }, değişiklikler: { $changes }. Cihazlar kaldıkları yerden devam eder.
hq-migrate-target-not-empty = Hedef veritabanında zaten cihazlar veya vakalar var. Taşıma yalnızca boş bir merkez veritabanını doldurur; hiçbir şey değiştirilmedi.
