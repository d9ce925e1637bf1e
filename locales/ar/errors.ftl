# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = عبارة المرور غير صحيحة. يُرجى التحقق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة (Caps Lock)، ثم المحاولة مرة أخرى.
error-unknown-user = لا يوجد مستخدم باسم { $user } على هذا الجهاز. يُرجى التواصل مع المسؤول لإضافتك.
error-user-exists = يوجد على هذا الجهاز مستخدم باسم { $user } من قبل. يُرجى اختيار اسم آخر.
error-store-missing = لم يُعثر على بيانات Waypoint في { $path }. يجب إعداد هذا الجهاز أولاً.
error-store-exists = توجد بيانات Waypoint في { $path } من قبل. لم يتغير أي شيء.
error-store-corrupt = البيانات على هذا الجهاز تالفة ولا يمكن قراءتها. يُرجى عدم حذف أي شيء، والتواصل مع المسؤول، فهو يستطيع استعادتها من المقر الرئيسي.
error-store-truncated = ملف البيانات على هذا الجهاز غير مكتمل (ربما نُسخ جزء منه فقط). يُرجى عدم حذف أي شيء، والتواصل مع المسؤول.
error-store-too-new = كُتبت هذه البيانات بإصدار أحدث من Waypoint (الصيغة { $found }؛ وهذا الإصدار يقرأ حتى الصيغة { $supported }). يُرجى تحديث Waypoint على هذا الجهاز.
error-case-not-found = الحالة { $case } غير موجودة على هذا الجهاز.
error-sought-person-not-found = لا يوجد في هذه الحالة شخص مبحوث عنه بالمعرّف { $entry }. ربما حُذف على جهاز آخر؛ يُرجى إعادة تحميل الحالة.
error-passphrase-too-short = عبارة المرور قصيرة جداً. يجب ألا يقل عدد أحرفها عن { $min }؛ وبضع كلمات متتالية سهلة التذكّر.
error-audit-broken = سجل التدقيق تعرّض للتغيير أو التلف عند الإدخال رقم { $seq }. يُرجى إبلاغ المشرف بذلك.
error-case-invalid = تعذّرت قراءة سجل هذه الحالة. لم يتغير أي شيء.
error-io = تعذّر على الجهاز قراءة بياناته أو كتابتها ({ $detail }). يُرجى التأكد من وجود مساحة كافية على القرص، ثم المحاولة مرة أخرى.
error-internal = حدث خطأ داخل Waypoint. لم يُفقد أي شيء حفظته. يُرجى المحاولة مرة أخرى؛ وإذا تكرر الخطأ، يُرجى إبلاغ المسؤول.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = لم يُسجَّل اسم بعد. يمكن حفظ الحالة بدون اسم.
diag-name-empty = هذا الاسم فارغ.
diag-age-range-inverted = الحد الأدنى للعمر ({ $min }) أكبر من الحد الأعلى للعمر ({ $max }). يُرجى التحقق من الرقمين.
diag-age-implausible = لا يمكن أن يزيد العمر على { $max }. يُرجى التحقق من الرقم.
diag-age-single-indicator = لا ينبغي أن يعتمد تقدير العمر على مؤشر واحد فقط.
diag-date-future = هذا التاريخ في المستقبل.
diag-date-impossible = هذا التاريخ غير موجود. يُرجى التحقق من اليوم والشهر.
diag-answer-without-value = هذا السؤال مُعلَّم على أنه أُجيب عنه، لكن لم تُسجَّل أي إجابة.
diag-not-asked-without-reason = يُرجى ذكر سبب عدم طرح هذا السؤال.
diag-ends-before-start = تنتهي هذه الجلسة قبل أن تبدأ.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = يتطلب هذا الإجراء الموافقة على { $purpose ->
        [registration] التسجيل
        [sharing_with_hq] المشاركة مع المقر الرئيسي
        [family_tracing] البحث عن العائلة
        [referral] الإحالة إلى الخدمات
        [photo] التقاط صورة
       *[other] هذا الأمر
    }. يُرجى سؤال الشخص (أو وليّ أمره) وتسجيل إجابته أولاً.
consent-withdrawn-stops = سُحبت الموافقة على { $purpose ->
        [registration] التسجيل
        [sharing_with_hq] المشاركة مع المقر الرئيسي
        [family_tracing] البحث عن العائلة
        [referral] الإحالة إلى الخدمات
        [photo] التقاط صورة
       *[other] هذا الأمر
    }، لذلك توقّف هذا الإجراء.
consent-refused-stops = رُفضت الموافقة على { $purpose ->
        [registration] التسجيل
        [sharing_with_hq] المشاركة مع المقر الرئيسي
        [family_tracing] البحث عن العائلة
        [referral] الإحالة إلى الخدمات
        [photo] التقاط صورة
       *[other] هذا الأمر
    }، لذلك لا يمكن المضي في هذا الإجراء.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = مسار سفر أو ترتيبات سفر غير نظامية أو غير معتادة.
risk-reason-sudden-separation = انفصال مفاجئ عن العائلة.
risk-reason-living-change = تغيّر مفاجئ في مكان سكن الشخص أو في الأشخاص الذين يعيش معهم.
risk-reason-documents-held-by-others = شخص آخر يحتفظ بوثائق هوية الشخص أو وثائق سفره.
risk-reason-debt-bondage = الشخص مَدين لمن رتّبوا له السفر أو العمل.
risk-reason-work-exploitation = عمل بلا أجر، أو بالإكراه، أو خطير.
risk-reason-signs-of-abuse = علامات على إساءة جسدية أو جنسية أو نفسية.
risk-reason-controlled-movement = شخص آخر يتحكم في الأماكن التي يذهب إليها الشخص.
risk-reason-deceptive-recruitment = استُقطب الشخص بوعود كاذبة.
risk-reason-no-contact-with-family = لا يُسمح للشخص بالتواصل مع عائلته، أو لا يستطيع ذلك.
risk-reason-fear-of-authorities = جرى تخويف الشخص من السلطات.
risk-reason-scripted-account = تبدو الرواية محفوظة مسبقاً، أو كأن آخرين لقّنوها للشخص.
risk-reason-someone-else-answers = شخص آخر يجيب نيابةً عن الشخص، أو لا يتركه وحده مع الموظف.
risk-reason-worst-forms-of-child-labour = عمل خطير: في منجم، أو بآلات أو مواد كيميائية خطيرة، أو بحمل أحمال ثقيلة، أو عمل ليلي.
risk-reason-child-labour-under-minimum-age = بدأ العمل قبل بلوغ الحد الأدنى لسن العمل.
risk-reason-sexual-exploitation = استغلال جنسي.
risk-reason-forced-marriage = زواج قسري أو زواج أطفال.
risk-reason-armed-group-recruitment = جنّدته أو استخدمته قوة مسلحة أو جماعة مسلحة.
risk-reason-child-exploitation = طفل يتعرّض للاستغلال. بالنسبة إلى الطفل، يُعدّ ذلك وحده اتجاراً بالبشر: لا يلزم إثبات القوة أو الاحتيال أو الخداع.
risk-reason-doubtful-adult = يسافر الطفل مع شخص بالغ صلته به مشكوك فيها، أو يثير قلق الموظف.
risk-reason-unaccompanied-child = طفل دون أحد والديه أو دون من يرعاه عادةً.
risk-reason-strong-indicator-child = مؤشر قوي على الاتجار بالبشر يخص طفلاً.
risk-reason-several-strong = عدة مؤشرات قوية مجتمعة.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = ملف القالب غير صالح (السطر { $line }، العمود { $column }). يُرجى التحقق من علامات الترقيم وأسماء الحقول في ذلك الموضع.
template-error-invalid-message-id = مفتاح النص { $key } ليس اسم رسالة صالحاً.
template-error-duplicate-not-asked-reason = السبب { $reason } مذكور مرتين.
template-error-duplicate-section = القسم { $section } يظهر مرتين.
template-error-duplicate-question = السؤال { $question } يظهر مرتين.
template-error-malformed-question-id = يجب كتابة معرّف السؤال { $question } بالشكل section.name.
template-error-question-outside-section = السؤال { $question } موضوع في القسم { $section }، لكن معرّفه لا يذكر هذا القسم.
template-error-missing-choices = السؤال { $question } يعرض خيارات، لكنه لا يذكر أياً منها.
template-error-unexpected-choices = السؤال { $question } ليس سؤال اختيار، لكنه يذكر خيارات.
template-error-duplicate-choice = السؤال { $question } يذكر الخيار { $choice } مرتين.
template-error-unknown-indicator = السؤال { $question } يشير إلى مؤشر غير معروف: { $indicator }.
template-error-screening-not-supported = لا يمكن للسؤال { $question } أن يُفعّل مؤشرات؛ فهذا ممكن فقط لإجابات «نعم/لا» وإجابات الاختيار.
template-error-empty-when = السؤال { $question } مرتبط بالمؤشر { $indicator }، لكنه لا يحدد أي إجابة تُفعّله.
template-error-invalid-yes-no = السؤال { $question } من نوع «نعم/لا»، لكن الربط فيه يذكر { $value }.
template-error-unknown-choice = لا يحتوي السؤال { $question } على الخيار { $choice }.
