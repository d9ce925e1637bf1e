# The `waypoint-hq` command for headquarters administrators.

hq-listening = Xarunta dhexe waxay ku dhegaysanaysaa { $address }.
hq-listen-failed = Lagama dhegaysan karo { $address }: cinwaanka waa la isticmaalayaa ama lama oggola.
hq-storage-failed = Kaydka xogta (database) ee xarunta dhexe lama furi karin, wax lagumana qori karin. Waxba lama beddelin; faahfaahinta ka eeg diiwaanka (log).
hq-device-code = Koodhka diiwaangelinta qalab ku yaal { $site }: { $code } (wuxuu shaqaynayaa { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
}, hal mar oo keliya).
hq-device-revoked = Oggolaanshaha qalabka waa la joojiyay. Marka xigta ee uu soo xiriiro waa la diidi doonaa, waxaana loo sheegi doonaa inuu tirtiro xogtiisa.
hq-device-unknown = Ma jiro qalab leh aqoonsigan.
hq-device-id-invalid = Aqoonsiga qalabku waa 32 calaamadood oo hexadecimal ah.
hq-case-id-invalid = Aqoonsiga kiisku waa UUID (32 calaamadood oo hexadecimal ah; xariiqyada (-) waa ikhtiyaari).
hq-case-erased = Kiiska waa laga tirtiray xarunta dhexe. Qalabka kiiskan haya ayaa tirtiri doona marka xigta ee la isku waafajiyo (sync), kadibna xaqiijin doona.
hq-database-invalid = Cinwaanka kaydka xogta waa sqlite:PATH ama postgres://user@host:port/name.
hq-migrated = Waxaa loo raray PostgreSQL: qalabka: { $devices }, kiisaska: { $cases }, isbeddellada: { $changes }. Qalabku waxay ka sii wadaan halkii ay ku joogeen.
hq-migrate-target-not-empty = Kaydka xogta ee loo socdo horay ayuu u hayaa qalab ama kiisas. Rarku wuxuu buuxiyaa oo keliya kayd xogeed xarunta oo madhan; waxba lama beddelin.
