# The `waypoint-hq` command for headquarters administrators.

hq-listening = مرکزي دفتر په { $address } پته د اړیکو په تمه دی.
hq-listen-failed = په { $address } پته د اړیکو انتظار نه شي کېدای: دا پته مخکې له مخکې کارېږي یا یې اجازه نشته.
hq-storage-failed = د مرکزي دفتر ډیټابیس پرانیستل یا پکې لیکل ونه شول. هېڅ شی بدل نه شو؛ د جزئیاتو لپاره لاګ (log) وګورئ.
hq-device-code = په { $site } کې د یوې وسیلې د نوم لیکنې کوډ: { $code } (د { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعتونو
} لپاره د اعتبار وړ، یوازې یو ځل).
hq-device-revoked = د وسیلې اجازه لغوه شوه. په راتلونکې اړیکه کې به رد شي او ورته به وویل شي چې خپل معلومات پاک کړي.
hq-device-unknown = هېڅ وسیله دا پېژند نه لري.
hq-device-id-invalid = د وسیلې پېژند له 32 هېکساډېسیمل (hexadecimal) عددونو جوړ وي.
hq-case-id-invalid = د دوسیې پېژند UUID وي (32 هېکساډېسیمل عددونه؛ ډش (-) اختیاري دي).
hq-case-erased = دوسیه په مرکزي دفتر کې پاکه شوه. هغه وسیلې چې دا دوسیه لري، په راتلونکې همغږۍ (sync) کې به یې لرې کړي او تایید به یې کړي.
hq-database-invalid = د ډیټابیس پته sqlite:PATH یا postgres://user@host:port/name ده.
hq-migrated = PostgreSQL ته ولېږدول شو: وسایل: { $devices }، قضیې: { $cases }، بدلونونه: { $changes }. وسایل له هماغه ځایه دوام ورکوي چې پاتې شوي وو.
hq-migrate-target-not-empty = موخه ډیټابیس دمخه وسایل یا قضیې لري. لېږد یوازې د مرکز یو تش ډیټابیس ډکوي؛ هیڅ شی بدل نه شو.
