# The `waypoint-hq` command for headquarters administrators.

hq-listening = المقر الرئيسي في انتظار الاتصالات على العنوان { $address }.
hq-listen-failed = يتعذّر انتظار الاتصالات على العنوان { $address }: العنوان مستخدم أو غير مسموح به.
hq-storage-failed = تعذّر فتح قاعدة بيانات المقر الرئيسي أو الكتابة فيها. لم يتغير أي شيء؛ يُرجى الاطلاع على السجل لمعرفة التفاصيل.
hq-device-code = رمز تسجيل جهاز في الموقع { $site }: { $code }. يُستخدم مرة واحدة فقط، وهو صالح لمدة { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة ({ $hours })
    [two] ساعتين ({ $hours })
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}.
hq-device-revoked = أُلغي اعتماد الجهاز. سيُرفض عند اتصاله التالي، وسيُطلب منه مسح بياناته.
hq-device-unknown = لا يوجد جهاز بهذا المعرّف.
hq-device-id-invalid = يتكوّن معرّف الجهاز من 32 رقمًا ست عشريًا.
hq-case-id-invalid = معرّف الحالة بصيغة UUID (32 رقمًا ست عشريًا، والشرطات اختيارية).
hq-case-erased = مُسحت الحالة في المقر الرئيسي. ستحذفها الأجهزة الموجودة عليها عند المزامنة التالية، ثم تؤكد الحذف.
hq-database-invalid = عنوان قاعدة البيانات يكون بالشكل sqlite:PATH أو postgres://user@host:port/name.
hq-migrated = نُقلت البيانات إلى PostgreSQL: الأجهزة: { $devices }، الحالات: { $cases }، التغييرات: { $changes }. تتابع الأجهزة من حيث توقفت.
hq-migrate-target-not-empty = قاعدة البيانات الهدف تحتوي بالفعل على أجهزة أو حالات. النقل يملأ فقط قاعدة بيانات فارغة للمقر؛ لم يتغير شيء.
