# The `waypoint-hq` command for headquarters administrators.

hq-listening = المقر الرئيسي في انتظار الاتصالات على العنوان { $address }.
hq-certificate = أنشأ المقر الرئيسي شهادة TLS خاصة به، وبصمة SHA-256 لهذه الشهادة هي { $fingerprint }. تثق الأجهزة التي تُسجَّل بهذه الشهادة تحديدًا دون غيرها؛ قارن هذه البصمة بما يعرضه المتصفح حين يسألك هل تثق بلوحة المتابعة.
hq-plain-http-refused = لا يُقدَّم HTTP غير المشفّر إلا على هذا الحاسوب (على عنوان استرجاع محلي مثل 127.0.0.1)، ولا يُقدَّم أبدًا على العنوان { $address }. احذف الخيار --plain-http وسيقدّم المقر الرئيسي HTTPS بنفسه.
hq-keys-beside-cases = تحذير: مفاتيح الحالات محفوظة على خادم PostgreSQL نفسه الذي يحفظ الحالات، لذا فإن نسخة احتياطية واحدة من هذا الخادم تحتوي على كل حالة مع مفتاحها، ومحو حالة لا يمكن أن يجعل مثل هذه النسخة الاحتياطية غير قابلة للقراءة. ضع قاعدة بيانات المفاتيح على خادم آخر (الخيار --keys-database)، واحتفظ بنسخها الاحتياطية لمدة قصيرة فقط.
hq-proxy-certificate-invalid = يأخذ الخيار --proxy-certificate بصمة SHA-256 لشهادة الخادم الوكيل (proxy): 64 رقمًا ست عشريًا (ويُسمح بالنقطتين الرأسيتين «:»). لم يُشغَّل أي شيء.
hq-tls-unusable = لا يمكن استخدام شهادة TLS أو مفتاحها: الملفات غير قابلة للقراءة، أو لا تحتوي على شهادة أو مفتاح بصيغة PEM، أو أن الشهادة والمفتاح غير متطابقين. لم يُشغَّل أي شيء.
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

hq-user-password-prompt = كلمة مرور المستخدم الجديد
hq-user-password-again = اكتب كلمة المرور مرة أخرى
hq-user-passwords-differ = كلمتا المرور مختلفتان. لم يتغيّر شيء.
hq-user-password-unreadable = تعذّرت قراءة كلمة المرور. لم يتغيّر شيء.
hq-user-password-short = يجب أن تتكوّن كلمة المرور من { $count } أحرف على الأقل. لم يتغيّر شيء.
hq-user-role-invalid = يجب أن يكون الدور واحدًا من: officer، caseworker، interpreter، supervisor، analyst، admin.
hq-user-name-invalid = اسم المستخدم من 1 إلى 64 حرفًا قابلًا للطباعة.
hq-user-exists = يوجد مستخدم بهذا الاسم بالفعل. لم يتغيّر شيء.
hq-user-added = أُضيف المستخدم بدور { $role }. يمكنه الآن تسجيل الدخول إلى لوحة المتابعة.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = مقر Waypoint
hq-login-title = تسجيل الدخول
hq-login-name = اسم المستخدم
hq-login-password = كلمة المرور
hq-login-submit = دخول
hq-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة، أو كانت المحاولات كثيرة. انتظر قليلًا ثم حاول مرة أخرى.
hq-logout = تسجيل الخروج
hq-signed-in-as = مسجّل الدخول باسم { $user }، { $role }
hq-role = { $role ->
    [officer] موظف حدود
    [caseworker] أخصائي حالات في دار الإيواء
    [interpreter] مترجم شفهي
    [supervisor] مشرف
    [analyst] محلّل في المقر
   *[admin] مسؤول النظام
}
hq-language = اللغة
hq-language-submit = تغيير
hq-nav-cases = الحالات
hq-nav-conflicts = التعارضات
hq-nav-matches = التطابقات والتكرارات
hq-nav-transfers = عمليات النقل
hq-nav-devices = الأجهزة
hq-nav-erasures = المحو
hq-nav-audit = سجل التدقيق
hq-nav-figures = الأرقام
hq-search-label = الاسم بأي خط، أو رمز الحالة
hq-search-submit = بحث
hq-none = لا يوجد ما يُعرض.
hq-done = تم.
hq-col-code = الرمز
hq-col-name = الاسم
hq-col-site = الموقع
hq-col-status = الوضع
hq-col-actions = الإجراءات
hq-col-confirmations = الأجهزة التي أكّدت المحو
hq-col-age = الفئة العمرية
hq-col-risk = الخطر
hq-col-when = متى
hq-col-user = من
hq-col-action = الإجراء
hq-col-case = الحالة
hq-col-detail = التفاصيل
hq-col-device = الجهاز
hq-col-field = الحقل
hq-col-score = الدرجة
hq-col-reasons = الأسباب
hq-case-title = الحالة { $code }
hq-case-answers = إجابات المقابلة
hq-case-risk = الخطر
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = كتبه { $user } في { $when }
hq-value-sent-by = أرسله الجهاز { $device }… التابع للموقع { $site }. اسم الكاتب المذكور أعلاه هو كما أبلغ عنه ذلك الجهاز.
hq-value-sent-at-hq = أُجري هنا في المقر.
hq-value-sender-unknown = لا يُعرف أي جهاز أرسل هذا.
hq-value-keep = الإبقاء على هذه القيمة
hq-conflict-explain = كتب شخصان هذا الحقل في الوقت نفسه. تُحفظ القيمتان إلى أن تختار إحداهما، وتصل الأجهزةَ قيمتُك المختارة في المزامنة التالية.
hq-match-sought = { $name } ({ $relationship })، مطلوب البحث عنه في الحالة { $code }
hq-match-confirm = تأكيد التطابق
hq-match-reject = ليس الشخص نفسه
hq-match-status = { $status ->
    [confirmed] مؤكَّد
    [rejected] مرفوض
   *[potential] بانتظار المراجعة
}
hq-duplicates = تكرارات محتملة (للمراجعة؛ لا يُدمج شيء تلقائيًا)
hq-duplicate-same = الشخص نفسه
hq-duplicate-different = شخصان مختلفان
hq-duplicate-confirmed = تم التأكيد أن الحالتين لشخص واحد. يُرجى الإبقاء على الحالة الأكثر اكتمالًا والأمر بمحو الأخرى، مع اختيار السبب «سجل مكرر».
hq-transfer-title = نقل حالة إلى موقع آخر
hq-transfer-case = معرّف الحالة
hq-transfer-site = الموقع المستلم
hq-transfer-submit = نقل
hq-device-enroll = إنشاء رمز تسجيل
hq-device-code-shown = رمز التسجيل لـ { $site }: { $code }. صالح لمدة 24 ساعة ويعمل مرة واحدة. دوّنه الآن، فلن يظهر مرة أخرى.
hq-device-revoke = إلغاء
hq-device-revoke-ask = إلغاء…
hq-device-revoke-title = إلغاء اعتماد هذا الجهاز؟
hq-device-revoke-explain = سيُرفض الجهاز { $device } التابع للموقع { $site } من الآن فصاعدًا، وسيُطلب منه عند اتصاله التالي مسح كل الحالات التي يحملها. تبقى حالاته هنا في المقر. لا يمكن التراجع عن ذلك: يجب أن يُسجَّل الجهاز من جديد برمز جديد.
hq-cancel = تراجع
hq-back = العودة إلى الصفحة
hq-skip = الانتقال إلى محتوى الصفحة
hq-nav-label = الصفحات
hq-audit-filter = عرض
hq-audit-shown = { $count ->
    [zero] لا يوجد أي إدخال ({ $count })، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
    [one] إدخال واحد ({ $count })، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
    [two] إدخالان ({ $count })، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
    [few] { $count } إدخالات، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
    [many] { $count } إدخالاً، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
   *[other] { $count } إدخال، الأحدث أولًا (لا يُعرض أكثر من { $max } إدخال: ضيّق البحث لرؤية الإدخالات الأقدم).
}
hq-device-state = { $revoked ->
    [yes] ملغى
   *[no] نشط
}
hq-erase-title = الأمر بمحو حالة
hq-erase-explain = تُحذف الحالة في المقر، بما في ذلك النسخ الاحتياطية، وعلى كل جهاز عند مزامنته التالية. لا يمكن التراجع عن ذلك.
hq-erase-reason = السبب
hq-erase-reason-option = { $reason ->
    [person_request] طلب الشخص ذلك
    [duplicate] سجل مكرر
    [entered_in_error] أُدخل خطأً
    [legal_order] أمر قضائي
    [consent_withdrawn] سحب الموافقة على المشاركة مع المقر الرئيسي
   *[retention_expired] انتهت مدة الاحتفاظ
}
hq-erase-submit = المحو في كل مكان
hq-erase-ask = محو…
hq-erase-confirm-title = محو هذه الحالة في كل مكان؟
hq-erase-confirm-explain = ستُمحى الحالة { $code } التابعة للموقع { $site } ({ $reason }) هنا في المقر وعلى كل جهاز يحملها، بما في ذلك النسخ الاحتياطية. لا يمكن التراجع عن ذلك.
hq-erase-confirmations = { $count ->
    [one] أكّد جهاز واحد
   *[other] أكّدت { $count } أجهزة
}
hq-figures-title = الأرقام (مجهولة الهوية)
hq-figures-explain = الحالات حسب الشهر الذي قوبل فيه الشخص. تظهر الأعداد الأقل من 5 على شكل «x» حتى لا يمكن تمييز أحد. لا تظهر هنا أسماء ولا تفاصيل حالات.
hq-figures-withheld = الحالة التي لم يوافق صاحبها على مشاركتها مع المقر الرئيسي تُحتسب من سجل مجهول الهوية (الشهر، والفئة العمرية، والجنس، والخطر): تظهر جنسيتها ومرافقتها على شكل «غير مُشارَك مع المقر الرئيسي».
hq-figures-chart = { $dimension }، في شكل رسم بياني: يعرض الجدول أدناه الأرقام نفسها.
hq-figures-hidden = تظهر أيضًا بعض الأعداد الأكبر على شكل «x»، حتى لا يمكن استنتاج عدد صغير من المجاميع.
hq-figures-csv = تنزيل ملف CSV
hq-figures-total = مجموع الحالات: { $total }
hq-figures-all-months = كل الأشهر
hq-dimension = { $dimension ->
    [age_band] الفئة العمرية
    [sex] الجنس
    [nationality] الجنسية
    [accompaniment] المرافقة
    [risk] مؤشر خطر الاتجار
   *[site] الموقع
}
hq-figure-value = { $value ->
    [flagged] مُؤشَّر عليه
    [not_flagged] غير مُؤشَّر عليه
    [unknown] غير معروف
    [withheld] غير مُشارَك مع المقر الرئيسي
    [unlisted] مكتوب كنص، لا كرمز بلد
   *[other] { $value }
}
hq-error-forbidden = دورك لا يسمح بهذا.
hq-nav-welcome = مرحبًا بك
hq-device-awaiting = بانتظار الاعتماد: لا يتلقى أي حالة حتى يعتمده مشرف من موقعه.
hq-device-approve = اعتماد: السماح له بتلقي حالات موقعه
hq-col-sites = المواقع
hq-sites-every = كل المواقع
hq-sites-none = لا يوجد (لا يرى أي حالة)
hq-accounts-change-sites = تغيير المواقع
hq-accounts-sites-hint = المواقع: المواقع التي يرى الحساب حالاتها، مفصولة بفواصل «,» (مثلًا border-north, shelter-central)، أو * لكل المواقع. لا يرى موظفو الحدود وأخصائيو الحالات في دور الإيواء والمشرفون إلا حالات مواقعهم والحالات المنقولة إلى أحدها.
hq-error-sites = اكتب أسماء المواقع (أحرف لاتينية أو أرقام أو شرطات أو نقاط أو شرطات سفلية) مفصولة بفواصل «,»، أو * لكل المواقع.
hq-nothing-for-role = ليس لدورك صفحات في المقر: يعمل المترجمون الشفهيون على الأجهزة إلى جانب موظف حدود، ولا يرون هنا أي حالة.
hq-error-not-found = غير موجود. ربما مُحي أو تغيّر.
hq-error-signed-out = يُرجى تسجيل الدخول مرة أخرى.
hq-error-internal = حدث خطأ في المقر. لم يتغيّر شيء؛ حاول مرة أخرى.
hq-error-case-id = معرّف الحالة هو UUID (32 رقمًا ست عشريًا، والشرطات اختيارية).
hq-error-site = يتكوّن اسم الموقع من أحرف لاتينية أو أرقام أو شرطات أو نقاط أو شرطات سفلية.
hq-error-device-id = معرّف الجهاز 32 رقمًا ست عشريًا.
hq-error-reason = اختر سببًا.
hq-error-choice = اختر إحدى القيمتين.
hq-database-invalid = عنوان قاعدة البيانات يكون بالشكل sqlite:PATH أو postgres://user@host:port/name.
hq-database-in-clear = قاعدة البيانات هذه موجودة على حاسوب آخر، ومع sslmode={ $mode } قد تُرسَل إليه مفاتيح الحالات دون تشفير. احذف sslmode (وسيشترط المقر الرئيسي حينئذٍ TLS وشهادةً تحمل اسم الخادم صادرة عن جهة إصدار شهادات عامة)، أو حدّد sslmode=verify-full مع sslrootcert=PATH يشير إلى شهادة جهة إصدار الشهادات التي وقّعت شهادة الخادم.
hq-database-certificate = لم تُقبَل شهادة خادم قاعدة البيانات (sslmode={ $mode }). تحقّق من أن sslrootcert يشير إلى جهة إصدار الشهادات التي وقّعتها، ومن أن الشهادة، عند استخدام verify-full، تحمل اسم المضيف الوارد في العنوان. لم يتغير أي شيء.
hq-database-roots = الملف المحدد في sslrootcert غير قابل للقراءة أو لا يحتوي على أي شهادة.
hq-migrated = نُقلت البيانات إلى PostgreSQL: الأجهزة: { $devices }، الحالات: { $cases }، التغييرات: { $changes }. تتابع الأجهزة من حيث توقفت.
hq-migrate-target-not-empty = قاعدة البيانات الهدف تحتوي بالفعل على أجهزة أو حالات. النقل يملأ فقط قاعدة بيانات فارغة للمقر؛ لم يتغير شيء.

## Accounts (administrators)
hq-nav-accounts = الحسابات
hq-col-role = الدور
hq-accounts-password = كلمة المرور الأولى
hq-accounts-password-hint = { $count } أحرف على الأقل. تُسلَّم كلمة المرور الأولى شخصيًا، ولا تُرسَل أبدًا بالبريد الإلكتروني أو في رسالة.
hq-accounts-add = إضافة الحساب
hq-accounts-change-role = تغيير الدور
hq-accounts-remove = حذف
hq-accounts-remove-ask = حذف…
hq-accounts-remove-title = حذف هذا الحساب؟
hq-accounts-remove-explain = سيُحذف الحساب { $user } وتُنهى جلساته فورًا. يبقى ما قام به في سجل التدقيق.
hq-accounts-you = حسابك
hq-accounts-not-yourself = لا يمكنك تغيير دور حسابك أو حذفه؛ يمكن لشخص آخر بدور مسؤول النظام القيام بذلك.
