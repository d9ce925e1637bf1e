### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = İsimler eşleşiyor
tracing-reason-names-match-across-scripts = İsimler farklı alfabelerde yazılmış, ancak eşleşiyor
tracing-reason-names-similar = İsimler benzer, ancak farklı isimler olabilir
tracing-reason-sex-matches = Cinsiyet aynı
tracing-reason-sex-differs = Cinsiyet farklı
tracing-reason-ages-overlap = Yaş aralıkları örtüşüyor
tracing-reason-ages-close = Yaşlar yakın, ancak yaş aralıkları örtüşmüyor
tracing-reason-ages-apart = Yaşlar birbirinden çok farklı
tracing-reason-same-nationality = Uyruk aynı
tracing-reason-nationality-differs = Uyruk farklı
tracing-reason-shared-language = Ortak bir dil konuşuyor
tracing-reason-no-shared-language = Ortak dil yok
tracing-reason-place-matches = En son görüldüğü yerde kaydedilmiş
tracing-reason-registered-after-last-seen = En son görüldüğü tarihten sonra kaydedilmiş
tracing-reason-registered-before-last-seen = En son görüldüğü tarihten çok önce kaydedilmiş
tracing-reason-relationship-fits = Yaş ve cinsiyet akrabalık ilişkisine uyuyor
tracing-reason-relationship-unlikely = Yaş veya cinsiyet akrabalık ilişkisine uymuyor

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Anne
tracing-relationship-father = Baba
tracing-relationship-son = Oğul
tracing-relationship-daughter = Kız evlat
tracing-relationship-sister = Kız kardeş
tracing-relationship-brother = Erkek kardeş
tracing-relationship-spouse = Eş veya partner
tracing-relationship-grandparent = Büyükanne veya büyükbaba
tracing-relationship-other = Başka bir akraba veya arkadaş

## Candidate list

tracing-candidates-title = { $name } için olası eşleşmeler
tracing-candidates-none = Henüz olası bir eşleşme yok. Yeni kişiler kaydedildikçe arama yeniden yapılır.
tracing-candidate-score = Eşleşme puanı: %{ $percent }
tracing-candidate-confirm = Eşleşmeyi onayla
tracing-candidate-reject = Bu kişi değil
