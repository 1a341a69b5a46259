<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coalition sign-on campaigns, from draft statement to published letter.</source>
        <translation>حملات التوقيع للتحالفات، من مسودة البيان إلى الرسالة المنشورة.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>Bundled resources</source>
        <translation>الموارد المرفقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفّان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>None bundled.</source>
        <translation>لا موارد مرفقة.</translation>
    </message>
    <message>
        <source>Licences of bundled resources</source>
        <translation>تراخيص الموارد المرفقة</translation>
    </message>
    <message>
        <source>No third-party resources with their own licence are bundled.</source>
        <translation>لا توجد موارد مرفقة من أطراف ثالثة بترخيص خاص بها.</translation>
    </message>
    <message>
        <source>About Sign-on</source>
        <translation>حول Sign-on</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>الإصدار وقاعدة البيانات والتراخيص</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AddLanguageDialog</name>
    <message>
        <source>Add a translation language</source>
        <translation>إضافة لغة ترجمة</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>رمز اللغة</translation>
    </message>
    <message>
        <source>Pick a language or type its code (such as es, fr, ar or pt-BR). Each section and item of the statement gets a translation into it, side by side with the primary text.</source>
        <translation>اختر لغة أو اكتب رمزها (مثل es أو fr أو ar أو pt-BR). يحصل كل قسم وكل بند في البيان على ترجمة إليها، بجانب النص الأصلي.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Type a language code such as es, fr, ar or pt-BR.</source>
        <translation>اكتب رمز لغة مثل es أو fr أو ar أو pt-BR.</translation>
    </message>
    <message>
        <source>This is the campaign&apos;s own language.</source>
        <translation>هذه هي لغة الحملة نفسها.</translation>
    </message>
    <message>
        <source>The statement is already translated into this language.</source>
        <translation>البيان مترجم إلى هذه اللغة بالفعل.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup written to {path}.</source>
        <extracomment>The first check waits until the window is up and idle.</extracomment>
        <translation>حُفظت النسخة الاحتياطية اليومية في {path}.</translation>
    </message>
    <message>
        <source>Daily backup failed ({message}); it will be tried again within the hour. File → Backups… shows the folder.</source>
        <translation>فشلت النسخة الاحتياطية اليومية ({message})؛ ستُعاد المحاولة خلال ساعة. يعرض ملف ← النسخ الاحتياطية… المجلد.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>before a restore</source>
        <extracomment>What each copy is; kept in English on the row, translated when shown (kind_text).</extracomment>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>قبل حذف</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <source> (damaged file, kept as found)</source>
        <translation> (ملف تالف، محفوظ كما وُجد)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختيار مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>{folder}: backups cannot be written there ({error}); choose another folder</source>
        <translation>{folder}: لا يمكن حفظ النسخ الاحتياطية هناك ({error})؛ اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>تغيير مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>استخدام الافتراضي</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>استخدام مجلد النسخ الاحتياطية الافتراضي</translation>
    </message>
    <message>
        <source>Daily backups kept (days):</source>
        <translation>النسخ اليومية المحفوظة (أيام):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days that have backups</source>
        <translation>أحدث نسخة احتياطية من كل يوم من هذا العدد من الأيام التي فيها نسخ</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks):</source>
        <translation>النسخ الأسبوعية المحفوظة (أسابيع):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many weeks, besides the daily ones</source>
        <translation>أحدث نسخة احتياطية من كل أسبوع من هذا العدد من الأسابيع، إضافةً إلى النسخ اليومية</translation>
    </message>
    <message>
        <source>Safety copies kept (days):</source>
        <translation>نسخ الأمان المحفوظة (أيام):</translation>
    </message>
    <message>
        <source>Copies made before an upgrade, a restore or a deletion are deleted this many days after they were made; the newest copy before an upgrade stays</source>
        <translation>تُحذف النسخ المأخوذة قبل ترقية أو استعادة أو حذف بعد هذا العدد من الأيام من أخذها؛ وتبقى أحدث نسخة مأخوذة قبل ترقية</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>النسخ الاحتياطية لقاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>استعادة المحدّد…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>استعادة النسخة الاحتياطية المحدّدة</translation>
    </message>
    <message>
        <source>set by SIGNON_BACKUP_DIR</source>
        <translation>يحدّده SIGNON_BACKUP_DIR</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folder:&lt;/b&gt; {folder} ({note})</source>
        <translation>&lt;b&gt;المجلد:&lt;/b&gt; {folder} ({note})</translation>
    </message>
    <message>
        <source>SIGNON_BACKUP_DIR decides the folder</source>
        <translation>يحدّد SIGNON_BACKUP_DIR المجلد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team database&lt;/b&gt;: its server keeps the backups (pg_dump); Sign-on backs up database files only.</source>
        <translation>&lt;b&gt;قاعدة بيانات الفريق&lt;/b&gt;: يحتفظ خادمها بالنسخ الاحتياطية (pg_dump)؛ لا ينسخ Sign-on إلا ملفات قواعد البيانات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of {file}&lt;/b&gt;</source>
        <translation>&lt;b&gt;النسخ الاحتياطية لـ {file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>While Sign-on is open it backs this database up once a day; each backup is checked after writing. What is kept is set below: older backups and safety copies are deleted when the next backup is written.</source>
        <translation>ما دام Sign-on مفتوحًا، ينسخ قاعدة البيانات هذه احتياطيًا مرة في اليوم ويتحقق من كل نسخة بعد كتابتها. ما يُحفظ محدد أدناه: تُحذف النسخ الاحتياطية ونسخ الأمان الأقدم عند كتابة النسخة التالية.</translation>
    </message>
    <message>
        <source>Saved; the next backup deletes what these periods no longer keep.</source>
        <translation>حُفظ؛ ستحذف النسخة الاحتياطية التالية ما لم تعد هذه المدد تحفظه.</translation>
    </message>
    <message>
        <source>New backups go to {folder}. Backups already written stay in {old}.</source>
        <translation>ستُحفظ النسخ الجديدة في {folder}. وتبقى النسخ السابقة في {old}.</translation>
    </message>
    <message>
        <source>New backups go to {folder}.</source>
        <translation>ستُحفظ النسخ الجديدة في {folder}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>حُفظت النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <source>Replace the open database by the backup taken {taken}?

The database as it is now is kept in the backup folder first, so this can be undone by restoring that copy.</source>
        <translation>هل تريد استبدال قاعدة البيانات المفتوحة بالنسخة الاحتياطية المأخوذة في {taken}؟

تُحفظ قاعدة البيانات بحالتها الحالية في مجلد النسخ الاحتياطية أولًا، فيمكن التراجع باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>قاعدة البيانات المستبدَلة محفوظة باسم {path}.</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في {taken}.</translation>
    </message>
    <message>
        <source>No backup of this database yet: Back up now writes one.</source>
        <translation>لا توجد نسخة احتياطية لقاعدة البيانات هذه بعد: «نسخ احتياطي الآن» ينشئ واحدة.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation>تعديل الفقرة</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <source>Short name shown in the library</source>
        <translation>اسم قصير يظهر في المكتبة</translation>
    </message>
    <message>
        <source>The wording. Write concerns and recommendations without their lead-in, starting in lower case: “the paragraphs calling for …”.</source>
        <translation>الصياغة. اكتب المخاوف والتوصيات دون عبارتها التمهيدية: «الفقرات التي تدعو إلى …».</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. biometrics, surveillance</source>
        <translation>مفصولة بفواصل، مثل: القياسات الحيوية، المراقبة</translation>
    </message>
    <message>
        <source>Where the wording came from (statement, coalition)</source>
        <translation>مصدر الصياغة (بيان، تحالف)</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation>نوع الفقرة</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>عنوان الفقرة</translation>
    </message>
    <message>
        <source>Block text</source>
        <translation>نص الفقرة</translation>
    </message>
    <message>
        <source>Block tags</source>
        <translation>وسوم الفقرة</translation>
    </message>
    <message>
        <source>Block language</source>
        <translation>لغة الفقرة</translation>
    </message>
    <message>
        <source>Block source</source>
        <translation>مصدر الفقرة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
</context>
<context>
    <name>BulkStatusStrip</name>
    <message>
        <source>Status change progress</source>
        <extracomment>What a finished write was (`BulkOutcome.kind`). the status the rows were moved or corrected to; of an undo, the one they were taken back from of an undo, `changed` are the rows put back of an undo: the rows left as they were, changed by someone since</extracomment>
        <translation>تقدّم تغيير الحالة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the status change</source>
        <translation>إلغاء تغيير الحالة</translation>
    </message>
    <message>
        <source>The change is written as a whole: cancelling leaves every status as it was</source>
        <translation>يُكتب التغيير دفعة واحدة: الإلغاء يُبقي كل حالة كما كانت</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the status change of %Ln signatories…</source>
        <translation>
            <numerusform>جارٍ التراجع عن تغيير حالة %Ln موقّع…</numerusform>
            <numerusform>جارٍ التراجع عن تغيير حالة موقّع واحد…</numerusform>
            <numerusform>جارٍ التراجع عن تغيير حالة موقّعَين…</numerusform>
            <numerusform>جارٍ التراجع عن تغيير حالة %Ln موقّعين…</numerusform>
            <numerusform>جارٍ التراجع عن تغيير حالة %Ln موقّعًا…</numerusform>
            <numerusform>جارٍ التراجع عن تغيير حالة %Ln موقّع…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correcting %Ln signatories to {status}…</source>
        <translation>
            <numerusform>جارٍ تصحيح حالة %Ln موقّع إلى «{status}»…</numerusform>
            <numerusform>جارٍ تصحيح حالة موقّع واحد إلى «{status}»…</numerusform>
            <numerusform>جارٍ تصحيح حالة موقّعَين إلى «{status}»…</numerusform>
            <numerusform>جارٍ تصحيح حالة %Ln موقّعين إلى «{status}»…</numerusform>
            <numerusform>جارٍ تصحيح حالة %Ln موقّعًا إلى «{status}»…</numerusform>
            <numerusform>جارٍ تصحيح حالة %Ln موقّع إلى «{status}»…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln signatories to {status}…</source>
        <translation>
            <numerusform>جارٍ نقل %Ln موقّع إلى «{status}»…</numerusform>
            <numerusform>جارٍ نقل موقّع واحد إلى «{status}»…</numerusform>
            <numerusform>جارٍ نقل موقّعَين إلى «{status}»…</numerusform>
            <numerusform>جارٍ نقل %Ln موقّعين إلى «{status}»…</numerusform>
            <numerusform>جارٍ نقل %Ln موقّعًا إلى «{status}»…</numerusform>
            <numerusform>جارٍ نقل %Ln موقّع إلى «{status}»…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>{status} · no signatories yet</source>
        <translation>{status} · لا موقّعين بعد</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation>
            <numerusform>{status} · %Ln توقيع من {total}</numerusform>
            <numerusform>{status} · توقيع واحد من {total}</numerusform>
            <numerusform>{status} · توقيعان من {total}</numerusform>
            <numerusform>{status} · %Ln توقيعات من {total}</numerusform>
            <numerusform>{status} · %Ln توقيعًا من {total}</numerusform>
            <numerusform>{status} · %Ln توقيع من {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln توقيع موثّق</numerusform>
            <numerusform>توقيع واحد موثّق</numerusform>
            <numerusform>توقيعان موثّقان</numerusform>
            <numerusform>%Ln توقيعات موثّقة</numerusform>
            <numerusform>%Ln توقيعًا موثّقًا</numerusform>
            <numerusform>%Ln توقيع موثّق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Deadline: {date}</source>
        <translation>الموعد النهائي: {date}</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Your campaigns with their status and endorsement counts</source>
        <translation>حملاتك مع حالتها وعدد التوقيعات</translation>
    </message>
    <message>
        <source>Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings</source>
        <translation>حملاتك؛ F2 لإعادة التسمية، Delete للحذف، Ctrl+, للإعدادات</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>إعدادات الحملة</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>عنوان الحملة</translation>
    </message>
    <message>
        <source>The title of the joint statement (required)</source>
        <translation>عنوان البيان المشترك (إلزامي)</translation>
    </message>
    <message>
        <source>e.g. Joint statement on the UN AI resolution</source>
        <translation>مثلًا: بيان مشترك بشأن قرار الأمم المتحدة حول الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Whom the letter is addressed to</source>
        <translation>الجهة التي توجَّه إليها الرسالة</translation>
    </message>
    <message>
        <source>e.g. Member States of the UN General Assembly</source>
        <translation>مثلًا: الدول الأعضاء في الجمعية العامة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>Language of the letter (ordinals, dates, headings); pick one or type a code such as pt-BR</source>
        <translation>لغة الرسالة (الأعداد الترتيبية والتواريخ والعناوين)؛ اختر لغة أو اكتب رمزًا مثل pt-BR</translation>
    </message>
    <message>
        <source>Translation languages</source>
        <translation>لغات الترجمة</translation>
    </message>
    <message>
        <source>Languages the statement is also published in, comma-separated (e.g. es, fr, ar): each text gets a translation in the Statement tab, and the letter can be exported in each language</source>
        <translation>لغات أخرى يُنشر بها البيان، مفصولة بفواصل (مثل es, fr, ar): يحصل كل نص على ترجمة في تبويب البيان، ويمكن تصدير الرسالة بكل لغة</translation>
    </message>
    <message>
        <source>e.g. es, fr, ar (optional)</source>
        <translation>مثلًا: es, fr, ar (اختياري)</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>Tick when endorsements are open-ended</source>
        <translation>حدّد هذا الخيار إذا كان التوقيع مفتوحًا دون موعد</translation>
    </message>
    <message>
        <source>Deadline for endorsements</source>
        <translation>الموعد النهائي للتوقيع</translation>
    </message>
    <message>
        <source>Last day to endorse; reminders are timed from it</source>
        <translation>آخر يوم للتوقيع؛ تُحسب التذكيرات انطلاقًا منه</translation>
    </message>
    <message>
        <source>Form link</source>
        <translation>رابط الاستمارة</translation>
    </message>
    <message>
        <source>The web address of the form where organisations sign: it fills {link} in messages. Optional: without it, the standard messages ask people to reply</source>
        <translation>عنوان الويب للاستمارة التي توقّع فيها المنظمات: يملأ {link} في الرسائل. اختياري: من دونه تطلب الرسائل القياسية الردّ على الرسالة</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (اختياري)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>المنسّق</translation>
    </message>
    <message>
        <source>The name that signs messages: it fills {coordinator}. Optional: without it, the standard messages are signed by the coordinating team</source>
        <translation>الاسم الذي يوقّع الرسائل: يملأ {coordinator}. اختياري: من دونه يوقّع الرسائلَ القياسية فريقُ التنسيق</translation>
    </message>
    <message>
        <source>e.g. Ana García (optional)</source>
        <translation>مثلًا: ليلى الأحمد (اختياري)</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>حالة الحملة</translation>
    </message>
    <message>
        <source>Where the campaign stands</source>
        <translation>المرحلة التي بلغتها الحملة</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>عنوان قائمة الموقّعين</translation>
    </message>
    <message>
        <source>Heading above the signatory list in the letter</source>
        <translation>العنوان فوق قائمة الموقّعين في الرسالة</translation>
    </message>
    <message>
        <source>Signatory list order</source>
        <translation>ترتيب قائمة الموقّعين</translation>
    </message>
    <message>
        <source>How signatories are ordered in the letter</source>
        <translation>كيفية ترتيب الموقّعين في الرسالة</translation>
    </message>
    <message>
        <source>Signatory policy</source>
        <translation>من يحق له التوقيع</translation>
    </message>
    <message>
        <source>Who may sign: decides how imported rows are read when they do not say</source>
        <translation>من يحق له التوقيع: يحدد كيف تُقرأ الصفوف المستوردة التي لا تذكر ذلك</translation>
    </message>
    <message>
        <source>The counts line then says “…, including 3 who asked not to be named”; their names never print</source>
        <translation>يقول سطر الأعداد عندئذ «…، منهم 3 طلبوا عدم ذكر أسمائهم»؛ ولا تُطبع أسماؤهم أبدًا</translation>
    </message>
    <message>
        <source>Remove private contact data {days} days after the campaign closes</source>
        <translation>إزالة بيانات الاتصال الخاصة بعد {days} يومًا من إغلاق الحملة</translation>
    </message>
    <message>
        <source>Days after closing</source>
        <translation>الأيام بعد الإغلاق</translation>
    </message>
    <message>
        <source>Counted from the day the campaign was closed or first published; checked each time Sign-on starts, and by `signon retention`</source>
        <translation>تُحسب من يوم إغلاق الحملة أو نشرها لأول مرة؛ يُتحقق منها عند كل بدء لـ Sign-on، وبالأمر `signon retention`</translation>
    </message>
    <message>
        <source>Removes its messages, the text and sender of replies, signatory notes and contacts no open campaign needs; the letter, endorsements and editions stay.</source>
        <translation>تُزال رسائلها، ونص الردود ومرسلوها، وملاحظات الموقّعين، وجهات الاتصال التي لا تحتاجها أي حملة مفتوحة؛ وتبقى الرسالة والتأييدات والإصدارات.</translation>
    </message>
    <message>
        <source>Form link: “{link}” is not a web address; give the address of the form (https://…).</source>
        <translation>رابط الاستمارة: «{link}» ليس عنوان ويب؛ أدخل عنوان الاستمارة (https://…).</translation>
    </message>
    <message>
        <source>Keep signatories who must reconfirm in the letter</source>
        <translation>إبقاء الموقّعين الذين عليهم إعادة التأكيد في الرسالة</translation>
    </message>
    <message>
        <source>Keep signatories awaiting reconfirmation in the letter</source>
        <translation>إبقاء الموقّعين بانتظار إعادة التأكيد في الرسالة</translation>
    </message>
    <message>
        <source>After the text changes, endorsers must reconfirm; tick to keep listing them until they answer</source>
        <translation>بعد تغيّر النص، على الموقّعين إعادة التأكيد؛ حدّد هذا الخيار لإبقائهم في القائمة حتى يردّوا</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>ما يجب تصحيحه</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Offered languages (shown through ui.labels); any other BCP 47-like code can be typed. Stored as is: the letter translates the default heading into its language. The retention period offered when the rule is switched on: half a year, long enough for late corrections and the follow-up of a published letter.</extracomment>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>المرسَل إ&amp;ليه:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>T&amp;ranslations:</source>
        <translation>ال&amp;ترجمات:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>الموعد ال&amp;نهائي:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Signatory &amp;heading:</source>
        <translation>عنوان &amp;الموقّعين:</translation>
    </message>
    <message>
        <source>List &amp;order:</source>
        <translation>&amp;ترتيب القائمة:</translation>
    </message>
    <message>
        <source>Who may &amp;sign:</source>
        <translation>من يحق له ال&amp;توقيع:</translation>
    </message>
    <message>
        <source>Form lin&amp;k (where organisations sign):</source>
        <translation>رابط الاست&amp;مارة (حيث توقّع المنظمات):</translation>
    </message>
    <message>
        <source>&amp;Coordinator (name that signs messages):</source>
        <translation>المنسّ&amp;ق (الاسم الذي يوقّع الرسائل):</translation>
    </message>
    <message>
        <source>Private data:</source>
        <translation>البيانات الخاصة:</translation>
    </message>
    <message>
        <source>Count the signatories marked “do not publish” in the letter’s totals</source>
        <translation>احتساب الموقّعين المعلَّمين «لا تنشر» في أعداد الرسالة</translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation>تحتاج الحملة إلى عنوان.</translation>
    </message>
    <message>
        <source>Language: type a code such as en, es, fr or pt-BR.</source>
        <translation>اللغة: اكتب رمزًا مثل en أو es أو fr أو pt-BR.</translation>
    </message>
    <message>
        <source>Translations: “{code}” is not a language code; separate codes such as es, fr, ar with commas.</source>
        <translation>الترجمات: «{code}» ليس رمز لغة؛ افصل بين الرموز مثل es وfr وar بفواصل.</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Drafting</source>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>جمع التوقيعات</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Drafting the statement</source>
        <extracomment>The longer form the settings dialog offers.</extracomment>
        <translation>صياغة البيان</translation>
    </message>
    <message>
        <source>Collecting endorsements</source>
        <translation>جمع التوقيعات</translation>
    </message>
    <message>
        <source>Closed to new endorsements</source>
        <translation>مغلقة أمام توقيعات جديدة</translation>
    </message>
</context>
<context>
    <name>CampaignTranslationDialog</name>
    <message>
        <source>Translate the title and addressee into {language}</source>
        <translation>ترجمة العنوان والمرسَل إليه إلى {language}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>عنوان قائمة الموقّعين</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>تعليم كمحدَّثة</translation>
    </message>
    <message>
        <source>made from “{text}”</source>
        <translation>مأخوذة من «{text}»</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>استمارة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Introduction paragraph</source>
        <extracomment>What the Add menu adds (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>فقرة تمهيدية</translation>
    </message>
    <message>
        <source>Concern list</source>
        <translation>قائمة مخاوف</translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation>قائمة توصيات</translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation>فقرة ختامية</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <source>Recommendation {number} of {count}</source>
        <translation>التوصية {number} من {count}</translation>
    </message>
    <message>
        <source>Concern {number} of {count}</source>
        <translation>مصدر القلق {number} من {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;البيان&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Compare frozen versions, restore an old one</source>
        <translation>مقارنة الإصدارات المثبّتة، واستعادة إصدار قديم</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>تثبيت…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a section or an item</source>
        <translation>إضافة قسم أو بند</translation>
    </message>
    <message>
        <source>Item in the selected list</source>
        <translation>بند في القائمة المحدّدة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Plain list (findings, conclusions)</source>
        <translation>قائمة بسيطة (نتائج، استنتاجات)</translation>
    </message>
    <message>
        <source>• Bulleted</source>
        <extracomment>What is drawn before each item (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>• بنقاط</translation>
    </message>
    <message>
        <source>Plain paragraphs</source>
        <translation>فقرات عادية</translation>
    </message>
    <message>
        <source>Keep the current text as a numbered version that never changes; each endorsement records the version it agreed to</source>
        <translation>حفظ النص الحالي كإصدار مرقّم لا يتغيّر أبدًا؛ ويسجّل كل توقيع الإصدار الذي وافق عليه</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected section or item</source>
        <translation>حذف القسم أو البند المحدّد</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>تراجع عن: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>إعادة: {action}</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it. Insert wording from the block library with Enter or by dragging it here, or add a section with Add.</source>
        <translation>حدّد قسمًا أو بندًا لتعديله. أدرج صياغات من مكتبة الفقرات بمفتاح Enter أو بسحبها إلى هنا، أو أضف قسمًا بزر «إضافة».</translation>
    </message>
    <message>
        <source>Optional heading</source>
        <translation>عنوان اختياري</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line</source>
        <translation>فقرات، يفصل بينها سطر فارغ</translation>
    </message>
    <message>
        <source>Marker before each item</source>
        <translation>العلامة قبل كل عنصر</translation>
    </message>
    <message>
        <source>Without a marker the items print as plain paragraphs (“First, …”, “Second, …”, “Finally, …”), as event reports do</source>
        <translation>بلا علامة تُطبع العناصر فقرات عادية («أولًا، …»، «ثانيًا، …»، «أخيرًا، …») كما في تقارير الفعاليات</translation>
    </message>
    <message>
        <source>The items print as typed, without lead-ins: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>تُطبع العناصر كما كُتبت، بلا عبارات تمهيدية: اختر عنصرًا لتحريره، وAlt+أعلى/أسفل لنقله.</translation>
    </message>
    <message>
        <source>Write it as it should print: a plain list adds a bullet and nothing else.</source>
        <translation>اكتبه كما يجب أن يُطبع: القائمة البسيطة تضيف نقطة فقط.</translation>
    </message>
    <message>
        <source>Lead sentence, e.g. “{example}”</source>
        <translation>الجملة التمهيدية، مثلاً: «{example}»</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Lead-ins are computed from the order of the items: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>تُحسب العبارات التمهيدية من ترتيب البنود: حدّد بندًا لتعديله، وAlt+أعلى/أسفل لنقله.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>&amp;Lead sentence</source>
        <translation>الجملة ال&amp;تمهيدية</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>ال&amp;ترقيم</translation>
    </message>
    <message>
        <source>Printed above the items. Without it the list follows the text before it directly (“… Finally, … First, …”).</source>
        <translation>تُطبع قبل البنود. من دونها تأتي القائمة مباشرة بعد النص الذي يسبقها («… وأخيراً، … أولاً، …»).</translation>
    </message>
    <message>
        <source>the paragraphs calling for …</source>
        <translation>الفقرات التي تدعو إلى …</translation>
    </message>
    <message>
        <source>Write it without its lead-in (“the paragraphs calling for …”): the letter adds “First, …”, “Second, …”, “Finally, …” and renumbers when items move.</source>
        <translation>اكتبه دون عبارته التمهيدية («الفقرات التي تدعو إلى …»): تضيف الرسالة «أولًا، …» و«ثانيًا، …» و«أخيرًا، …» وتعيد الترقيم عند نقل البنود.</translation>
    </message>
    <message>
        <source>Section type</source>
        <translation>نوع القسم</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>نوع القائمة</translation>
    </message>
    <message>
        <source>List heading</source>
        <translation>عنوان القائمة</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>الجملة التمهيدية</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>الترقيم</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>Copied from library block “{title}”</source>
        <extracomment>Title of a library block by id, for &quot;copied from …&quot; (set by the tab). The language being translated beside the primary text (None: off), the campaign&apos;s translation languages, and its title/addressee fields for the status summary (set by the tab).</extracomment>
        <translation>منسوخ من فقرة المكتبة «{title}»</translation>
    </message>
    <message>
        <source>We have the following concerns:</source>
        <translation>لدينا المخاوف التالية:</translation>
    </message>
    <message>
        <source>We call on decision-makers to:</source>
        <translation>ندعو صانعي القرار إلى:</translation>
    </message>
    <message>
        <source>copied from “{title}”</source>
        <translation>منسوخ من «{title}»</translation>
    </message>
    <message>
        <source>Insert “{title}”</source>
        <translation>إدراج «{title}»</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>إدراج فقرة</translation>
    </message>
    <message>
        <source>Insert blocks</source>
        <translation>إدراج فقرات</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>إضافة: {what}</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Delete {section}</source>
        <translation>حذف: {section}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>العنصر {number} من {count}</translation>
    </message>
    <message>
        <source>The participants concluded:</source>
        <translation>خلص المشاركون إلى ما يلي:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement is empty: insert blocks from the library or use Add.</source>
        <translation>البيان فارغ: أدرج فقرات من المكتبة أو استخدم «إضافة».</translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation>
            <numerusform>أقسام فارغة: {names} (لا تُطبع؛ اكتبها أو احذفها)</numerusform>
            <numerusform>قسم فارغ: {names} (لا يُطبع؛ اكتبه أو احذفه)</numerusform>
            <numerusform>قسمان فارغان: {names} (لا يُطبعان؛ اكتبهما أو احذفهما)</numerusform>
            <numerusform>أقسام فارغة: {names} (لا تُطبع؛ اكتبها أو احذفها)</numerusform>
            <numerusform>أقسام فارغة: {names} (لا تُطبع؛ اكتبها أو احذفها)</numerusform>
            <numerusform>أقسام فارغة: {names} (لا تُطبع؛ اكتبها أو احذفها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation>
            <numerusform>%Ln بند فارغ (لا تُطبع)</numerusform>
            <numerusform>بند فارغ واحد (لا يُطبع)</numerusform>
            <numerusform>بندان فارغان (لا يُطبعان)</numerusform>
            <numerusform>%Ln بنود فارغة (لا تُطبع)</numerusform>
            <numerusform>%Ln بندًا فارغًا (لا تُطبع)</numerusform>
            <numerusform>%Ln بند فارغ (لا تُطبع)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>تعليم الترجمة كمحدَّثة</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>تعديل الترجمة</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <extracomment>libpq&apos;s sslmode values offered, from none to the strictest.</extracomment>
        <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>A PostgreSQL database that your coalition shares: every coordinator sees the same campaigns. Your tech volunteer gives you these details.</source>
        <translation>قاعدة بيانات PostgreSQL يتشاركها تحالفكم: يرى كل المنسّقين الحملات نفسها. يزوّدك المتطوّع التقني بهذه البيانات.</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>اسم المستخدم في PostgreSQL</translation>
    </message>
    <message>
        <source>from the keyring, ~/.pgpass or PGPASSWORD when empty</source>
        <translation>من سلسلة المفاتيح أو ‎~/.pgpass أو PGPASSWORD إذا تُركت فارغة</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>تذكّر كلمة المرور في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>disable — no encryption (a server on this computer only)</source>
        <translation>disable — بلا تشفير (لخادم على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — التشفير عندما يدعمه الخادم</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — التشفير دائمًا</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — التشفير والتحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>وضع TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Connection works: {summary}</source>
        <translation>الاتصال يعمل: {summary}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct status</source>
        <translation>تصحيح الحالة</translation>
    </message>
    <message numerus="yes">
        <source>Correct the status of %Ln signatories</source>
        <translation>
            <numerusform>تصحيح حالة %Ln موقّع</numerusform>
            <numerusform>تصحيح حالة موقّع واحد</numerusform>
            <numerusform>تصحيح حالة موقّعَين</numerusform>
            <numerusform>تصحيح حالة %Ln موقّعين</numerusform>
            <numerusform>تصحيح حالة %Ln موقّعًا</numerusform>
            <numerusform>تصحيح حالة %Ln موقّع</numerusform>
        </translation>
    </message>
    <message>
        <source>For a status set by mistake. Any status can be corrected to any other; the history keeps it as a correction with your reason, not as a change.</source>
        <translation>لحالة وُضعت خطأً. يمكن تصحيح أي حالة إلى أي حالة أخرى، ويحفظها السجل تصحيحًا مع السبب الذي تذكره، لا تغييرًا.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>e.g. marked endorsed by mistake</source>
        <translation>مثلًا: وُضع «وقّع» خطأً</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>التصحيح إلى</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>تصحيح</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be corrected to {status}.</source>
        <translation>
            <numerusform>ستُصحَّح حالة %Ln موقّع إلى «{status}».</numerusform>
            <numerusform>ستُصحَّح حالة موقّع واحد إلى «{status}».</numerusform>
            <numerusform>ستُصحَّح حالة موقّعَين إلى «{status}».</numerusform>
            <numerusform>ستُصحَّح حالة %Ln موقّعين إلى «{status}».</numerusform>
            <numerusform>ستُصحَّح حالة %Ln موقّعًا إلى «{status}».</numerusform>
            <numerusform>ستُصحَّح حالة %Ln موقّع إلى «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already {status} will stay as they are.</source>
        <translation>
            <numerusform>سيبقى %Ln موقّع حالتهم «{status}» بالفعل كما هم.</numerusform>
            <numerusform>سيبقى موقّع واحد حالته «{status}» بالفعل كما هو.</numerusform>
            <numerusform>سيبقى موقّعان حالتهما «{status}» بالفعل كما هما.</numerusform>
            <numerusform>سيبقى %Ln موقّعين حالتهم «{status}» بالفعل كما هم.</numerusform>
            <numerusform>سيبقى %Ln موقّعًا حالتهم «{status}» بالفعل كما هم.</numerusform>
            <numerusform>سيبقى %Ln موقّع حالتهم «{status}» بالفعل كما هم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>اذكر السبب: يُحفظ في السجل.</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>No deadline set (set one in the campaign settings).</source>
        <translation>لم يُحدَّد موعد نهائي (حدّده في إعدادات الحملة).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation>
            <numerusform>بقي %Ln يوم · الموعد النهائي {date}</numerusform>
            <numerusform>بقي يوم واحد · الموعد النهائي {date}</numerusform>
            <numerusform>بقي يومان · الموعد النهائي {date}</numerusform>
            <numerusform>بقيت %Ln أيام · الموعد النهائي {date}</numerusform>
            <numerusform>بقي %Ln يومًا · الموعد النهائي {date}</numerusform>
            <numerusform>بقي %Ln يوم · الموعد النهائي {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today · deadline {date}</source>
        <translation>اليوم هو اليوم الأخير · الموعد النهائي {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation>
            <numerusform>انقضى الموعد النهائي منذ %Ln يوم ({date})</numerusform>
            <numerusform>انقضى الموعد النهائي منذ يوم واحد ({date})</numerusform>
            <numerusform>انقضى الموعد النهائي منذ يومين ({date})</numerusform>
            <numerusform>انقضى الموعد النهائي منذ %Ln أيام ({date})</numerusform>
            <numerusform>انقضى الموعد النهائي منذ %Ln يومًا ({date})</numerusform>
            <numerusform>انقضى الموعد النهائي منذ %Ln يوم ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder days before the deadline</source>
        <extracomment>what the panel shows changed (a reminder round queued): read it again &quot;Now&quot;, aware; today is its date. One clock for both, so a round queued on a given day is stamped with that day (tests pass a fixed one).</extracomment>
        <translation>أيام التذكير قبل الموعد النهائي</translation>
    </message>
    <message>
        <source>e.g. 7,2</source>
        <translation>مثلًا 7,2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>أيام قبل الموعد النهائي</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>التذكيرات:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Last written to</source>
        <translation>آخر مراسلة</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Who has not answered</source>
        <translation>من لم يردّ</translation>
    </message>
    <message>
        <source>Queue due reminders</source>
        <translation>وضع التذكيرات المستحقة في الطابور</translation>
    </message>
    <message>
        <source>Put a reminder in the outbox for everyone who has not answered and was not written to since this round</source>
        <translation>وضع تذكير في صندوق الصادر لكل من لم يردّ ولم تُرسل إليه رسالة منذ هذه الجولة</translation>
    </message>
    <message>
        <source>Mark unanswered as no response</source>
        <translation>تعليم من لم يردّ بـ«لا رد»</translation>
    </message>
    <message>
        <source>After the deadline: every invited or reminded signatory becomes no response (each change is recorded)</source>
        <translation>بعد الموعد النهائي: يصبح كل موقّع مدعو أو مذكَّر «لا رد» (يُسجَّل كل تغيير)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation>
            <numerusform>لم يردّ %Ln بعد</numerusform>
            <numerusform>لم يردّ واحد بعد</numerusform>
            <numerusform>لم يردّ اثنان بعد</numerusform>
            <numerusform>لم يردّ %Ln بعد</numerusform>
            <numerusform>لم يردّ %Ln بعد</numerusform>
            <numerusform>لم يردّ %Ln بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone written to has answered.</source>
        <translation>ردّ كل من راسلتهم.</translation>
    </message>
    <message>
        <source>No reminder rounds are set.</source>
        <translation>لم تُحدَّد جولات تذكير.</translation>
    </message>
    <message>
        <source>Reminder rounds: {dates}.</source>
        <translation>جولات التذكير: {dates}.</translation>
    </message>
    <message>
        <source>The round of {date} is due.</source>
        <translation>حان موعد جولة {date}.</translation>
    </message>
    <message>
        <source>Next round: {date}.</source>
        <translation>الجولة التالية: {date}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>No reminder round is due today.</source>
        <translation>لا توجد جولة تذكير مستحقة اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation>
            <numerusform>جولة {date}: %Ln تذكير في صندوق الصادر لتراجعها وترسلها.</numerusform>
            <numerusform>جولة {date}: تذكير واحد في صندوق الصادر لتراجعها وترسلها.</numerusform>
            <numerusform>جولة {date}: تذكيران في صندوق الصادر لتراجعها وترسلها.</numerusform>
            <numerusform>جولة {date}: %Ln تذكيرات في صندوق الصادر لتراجعها وترسلها.</numerusform>
            <numerusform>جولة {date}: %Ln تذكيرًا في صندوق الصادر لتراجعها وترسلها.</numerusform>
            <numerusform>جولة {date}: %Ln تذكير في صندوق الصادر لتراجعها وترسلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation>
            <numerusform>استُبعد %Ln (لا عنوان صالح أو ردّوا بالفعل).</numerusform>
            <numerusform>استُبعد واحد (لا عنوان صالح أو ردّ بالفعل).</numerusform>
            <numerusform>استُبعد اثنان (لا عنوان صالح أو ردّا بالفعل).</numerusform>
            <numerusform>استُبعد %Ln (لا عنوان صالح أو ردّوا بالفعل).</numerusform>
            <numerusform>استُبعد %Ln (لا عنوان صالح أو ردّوا بالفعل).</numerusform>
            <numerusform>استُبعد %Ln (لا عنوان صالح أو ردّوا بالفعل).</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لا رد</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation>
            <numerusform>هل تريد تعليم %Ln موقّع لم يردّوا بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
            <numerusform>هل تريد تعليم موقّع واحد لم يردّ بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
            <numerusform>هل تريد تعليم موقّعَين لم يردّا بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
            <numerusform>هل تريد تعليم %Ln موقّعين لم يردّوا بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
            <numerusform>هل تريد تعليم %Ln موقّعًا لم يردّوا بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
            <numerusform>هل تريد تعليم %Ln موقّع لم يردّوا بـ«لا رد»؟ يُسجَّل كل تغيير، ويمكن إدخال ردّ متأخر لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as no response</source>
        <translation>تعليم بـ«لا رد»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation>
            <numerusform>عُلّم %Ln موقّع بـ«لا رد».</numerusform>
            <numerusform>عُلّم موقّع واحد بـ«لا رد».</numerusform>
            <numerusform>عُلّم موقّعان بـ«لا رد».</numerusform>
            <numerusform>عُلّم %Ln موقّعين بـ«لا رد».</numerusform>
            <numerusform>عُلّم %Ln موقّعًا بـ«لا رد».</numerusform>
            <numerusform>عُلّم %Ln موقّع بـ«لا رد».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation>طريقة قراءة التواريخ</translation>
    </message>
    <message>
        <source>Read as day/month/year</source>
        <translation>القراءة يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Read as month/day/year</source>
        <translation>القراءة شهر/يوم/سنة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل صف…</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: no row is imported as {status}.</source>
        <translation>عمود تاريخ التوقيع غير مستخدم: لا يُستورد أي صف بحالة {status}.</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: the rows are imported as {status}.</source>
        <translation>عمود تاريخ التوقيع غير مستخدم: تُستورد الصفوف بحالة {status}.</translation>
    </message>
    <message>
        <source>The dates in “{column}” are written both day first and month first: only those that can be read one way are taken; the others are rejected.</source>
        <translation>التواريخ في «{column}» مكتوبة أحيانًا باليوم أولًا وأحيانًا بالشهر أولًا: لا يُؤخذ إلا ما يُقرأ بطريقة واحدة، ويُرفض الباقي.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}: no date in the file tells day from month. Check a few rows, or read them the other way.</source>
        <translation>قُرئت التواريخ في «{column}» على أنها {order}: لا يوجد في الملف تاريخ يميّز اليوم من الشهر. تحقّق من بعض الصفوف، أو اقرأها بالطريقة الأخرى.</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}, as “{example}” shows.</source>
        <translation>قُرئت التواريخ في «{column}» على أنها {order}، كما يُظهر «{example}».</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>دمج في {name}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>ما يُفعل بالصف {row}</translation>
    </message>
    <message>
        <source>Change what the import does with this row</source>
        <translation>تغيير ما يفعله الاستيراد بهذا الصف</translation>
    </message>
    <message>
        <source>Repeated in this file (row {row})</source>
        <translation>مكرّر في هذا الملف (الصف {row})</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a date</source>
        <translation>القيمة «{value}» في {column} ليست تاريخًا</translation>
    </message>
    <message>
        <source>“{value}” in {column} is after today</source>
        <translation>القيمة «{value}» في {column} تاريخ لاحق لليوم</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a status</source>
        <translation>القيمة «{value}» في {column} ليست حالة</translation>
    </message>
    <message>
        <source>“{value}” in {column} is “{status}”, which an import cannot give</source>
        <translation>القيمة «{value}» في {column} تعني «{status}»، وهي حالة لا يمنحها الاستيراد</translation>
    </message>
    <message>
        <source>Already on this campaign</source>
        <translation>موجود في هذه الحملة بالفعل</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>same acronym and country</source>
        <translation>الاختصار والبلد نفسهما</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>Looks like {name} in the directory: choose “Merge into…” if it is the same</source>
        <translation>يشبه {name} في الدليل: اختر «دمج في…» إن كان هو نفسه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>سيُضاف %Ln موقّع بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف موقّع واحد بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف موقّعان بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّعين بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّعًا بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّع بالحالة التي يذكرها الملف ({statuses})؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>سيُضاف %Ln موقّع بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف موقّع واحد بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف موقّعان بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّعين بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّعًا بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
            <numerusform>سيُضاف %Ln موقّع بحالة «{status}»؛ وتنضم الصفوف المدمجة إلى منظمة موجودة في الدليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>استيراد %Ln موقّع</numerusform>
            <numerusform>استيراد موقّع واحد</numerusform>
            <numerusform>استيراد موقّعَين</numerusform>
            <numerusform>استيراد %Ln موقّعين</numerusform>
            <numerusform>استيراد %Ln موقّعًا</numerusform>
            <numerusform>استيراد %Ln موقّع</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Warning — {text}</source>
        <translation>تحذير — {text}</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rejected rows are left out (fix them in the file and import it again); skipped ones are already on the campaign or repeated in the file. To change what happens to a row, choose in its Outcome list.</source>
        <translation>لم يُكتب شيء بعد. تُستبعد الصفوف المرفوضة (صحّحها في الملف ثم استورده من جديد)؛ أما الصفوف المتخطّاة فموجودة في الحملة بالفعل أو مكرّرة في الملف. لتغيير ما يحدث لصف ما، اختر من قائمة «النتيجة» الخاصة به.</translation>
    </message>
    <message>
        <source>Possible duplicate — {text}</source>
        <translation>تكرار محتمل — {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation>
            <numerusform>تُجوهل %Ln صف فارغ.</numerusform>
            <numerusform>تُجوهل صف فارغ واحد.</numerusform>
            <numerusform>تُجوهل صفّان فارغان.</numerusform>
            <numerusform>تُجوهل %Ln صفوف فارغة.</numerusform>
            <numerusform>تُجوهل %Ln صفًا فارغًا.</numerusform>
            <numerusform>تُجوهل %Ln صف فارغ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <source>Publish edition…</source>
        <translation>نشر إصدار…</translation>
    </message>
    <message>
        <source>Publish the next edition</source>
        <translation>نشر الإصدار التالي</translation>
    </message>
    <message>
        <source>Store the letter as the preview shows it, as the next numbered edition, and mark the campaign published</source>
        <translation>حفظ الرسالة كما تظهر في المعاينة بوصفها الإصدار المرقّم التالي، ووسم الحملة بأنها منشورة</translation>
    </message>
    <message>
        <source>An edition prints the current text: choose “Current text” under Text on the Letter page to publish one.</source>
        <translation>يطبع الإصدار النص الحالي: اختر «النص الحالي» في خانة النص بصفحة الرسالة لنشر إصدار.</translation>
    </message>
    <message>
        <source>No edition published yet. Publishing stores the letter as the preview shows it, as edition 1 with its date and a digest: it can be exported again exactly at any time, and signon verify recognises its files. Later editions add late signers and mark those who withdrew.</source>
        <translation>لم يُنشر أي إصدار بعد. النشر يحفظ الرسالة كما تظهر في المعاينة، بوصفها الإصدار 1 بتاريخه وبصمته: يمكن تصديرها مجددًا مطابقة في أي وقت، ويتعرّف signon verify على ملفاتها. تضيف الإصدارات اللاحقة الموقّعين المتأخرين وتشير إلى من انسحبوا.</translation>
    </message>
    <message>
        <source>Published editions</source>
        <translation>الإصدارات المنشورة</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Format of the edition&apos;s file</source>
        <translation>صيغة ملف الإصدار</translation>
    </message>
    <message>
        <source>Export this edition…</source>
        <translation>تصدير هذا الإصدار…</translation>
    </message>
    <message>
        <source>Write the selected edition exactly as it was published, whatever changed since</source>
        <translation>كتابة الإصدار المحدد تمامًا كما نُشر، مهما تغيّر بعده</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>نسخ البصمة</translation>
    </message>
    <message>
        <source>Copy the edition&apos;s SHA-256 digest</source>
        <translation>نسخ بصمة SHA-256 للإصدار</translation>
    </message>
    <message>
        <source>{names} (+{retracted} retracted)</source>
        <translation>{names} (+{retracted} منسحبة)</translation>
    </message>
    <message numerus="yes">
        <source>Edition {number}, published {date}: %Ln names, statement version {version}.</source>
        <translation>
            <numerusform>الإصدار {number}، نُشر في {date}: لا أسماء، النسخة {version} من البيان.</numerusform>
            <numerusform>الإصدار {number}، نُشر في {date}: اسم واحد، النسخة {version} من البيان.</numerusform>
            <numerusform>الإصدار {number}، نُشر في {date}: اسمان، النسخة {version} من البيان.</numerusform>
            <numerusform>الإصدار {number}، نُشر في {date}: %Ln أسماء، النسخة {version} من البيان.</numerusform>
            <numerusform>الإصدار {number}، نُشر في {date}: %Ln اسمًا، النسخة {version} من البيان.</numerusform>
            <numerusform>الإصدار {number}، نُشر في {date}: %Ln اسم، النسخة {version} من البيان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Digest of edition {number} copied.</source>
        <translation>نُسخت بصمة الإصدار {number}.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No campaigns yet</source>
        <translation>لا حملات بعد</translation>
    </message>
    <message>
        <source>A campaign holds one joint statement, the organisations and people you invite to endorse it, and the letter you publish with its signatory list.

Start your own, or explore a ready-made demo: a statement with concerns and recommendations, and about forty signatories from many countries.</source>
        <translation>تضم الحملة بيانًا مشتركًا واحدًا، والمنظمات والأشخاص الذين تدعوهم إلى التوقيع عليه، والرسالة التي تنشرها مع قائمة الموقّعين.

ابدأ حملتك، أو استكشف حملة تجريبية جاهزة: بيان فيه مخاوف وتوصيات، ونحو أربعين موقّعًا من بلدان كثيرة.</translation>
    </message>
    <message>
        <source>What a campaign holds</source>
        <translation>ما تضمّه الحملة</translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>إنشاء حملة…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>إنشاء حملة</translation>
    </message>
    <message>
        <source>Start a new campaign (Ctrl+N)</source>
        <translation>بدء حملة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the demo campaign</source>
        <translation>تحميل الحملة التجريبية</translation>
    </message>
    <message>
        <source>Add a realistic example campaign to explore</source>
        <translation>إضافة حملة نموذجية واقعية لاستكشافها</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>PDF document</source>
        <extracomment>(format, name); names are translated when shown (context &quot;ExportTab&quot;).</extracomment>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>مستند Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Signatory list (CSV)</source>
        <translation>قائمة الموقّعين (CSV)</translation>
    </message>
    <message>
        <source>Campaign file (JSON, with private contacts)</source>
        <translation>ملف الحملة (JSON، مع جهات الاتصال الخاصة)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>أبجدي</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>حسب تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>ترتيب يدوي</translation>
    </message>
    <message>
        <source>Print the letter date under the title</source>
        <translation>طباعة تاريخ الرسالة تحت العنوان</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <extracomment>Names shown in the preview: enough for the first pages; the file has all. Delay before the preview follows an option (several clicks, one rebuild). Which options mean something for which format. (number, created_at, note) of each frozen version, oldest first the version read (None: the current text) the letter with the options and language the tab had when the read started (`matches`): built here, as sorting 6,000 names takes 0.2 s the published editions, newest first (`store.editions.EditionSummary`)</extracomment>
        <translation>تصدير الرسالة</translation>
    </message>
    <message>
        <source>Translate the missing texts</source>
        <translation>ترجمة النصوص الناقصة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Edition date</source>
        <translation>تاريخ الطبعة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>What the letter holds</source>
        <translation>محتوى الرسالة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Write the letter in the chosen format (Ctrl+E)</source>
        <translation>كتابة الرسالة بالصيغة المختارة (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy HTML snippet</source>
        <translation>نسخ مقتطف HTML</translation>
    </message>
    <message>
        <source>Copy the letter as an HTML snippet</source>
        <translation>نسخ الرسالة كمقتطف HTML</translation>
    </message>
    <message>
        <source>The letter as HTML without page or style, for a website or CMS</source>
        <translation>الرسالة بصيغة HTML دون صفحة أو تنسيق، لموقع ويب أو نظام إدارة محتوى</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Warning about the letter</source>
        <translation>تحذير بشأن الرسالة</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>معاينة الرسالة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{format} (*{extension});;All files (*)</source>
        <translation>{format} (*{extension});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <extracomment>What the person asked of &quot;Export finished&quot; (`exported_message`).</extracomment>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>The letter was written to
{path}</source>
        <translation>حُفظت الرسالة في
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>إصدار البيان</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source>Order of the signatories</source>
        <translation>ترتيب الموقّعين</translation>
    </message>
    <message>
        <source>Campaign&apos;s order</source>
        <translation>ترتيب الحملة</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Columns of names</source>
        <translation>أعمدة الأسماء</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>صورة الترويسة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a letterhead image</source>
        <translation>اختيار صورة للترويسة</translation>
    </message>
    <message>
        <source>A logo (PNG or JPEG) at the top of PDF and Word letters, kept for this campaign</source>
        <translation>شعار (PNG أو JPEG) أعلى رسائل PDF وWord، محفوظ لهذه الحملة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the letterhead image</source>
        <translation>إزالة صورة الترويسة</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>Campaign language</source>
        <translation>لغة الحملة</translation>
    </message>
    <message>
        <source>The letter in one of the campaign&apos;s languages: its translated text, dates and headings</source>
        <translation>الرسالة بإحدى لغات الحملة: نصها المترجم وتواريخها وعناوينها</translation>
    </message>
    <message>
        <source>Second language side by side (PDF)</source>
        <translation>لغة ثانية جنبًا إلى جنب (PDF)</translation>
    </message>
    <message>
        <source>A PDF with the statement in two languages side by side and the signatories once</source>
        <translation>ملف PDF فيه البيان بلغتين جنبًا إلى جنب والموقّعون مرة واحدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Print the campaign title at the top</source>
        <translation>طباعة عنوان الحملة في الأعلى</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>سطر التاريخ</translation>
    </message>
    <message>
        <source>Counts line</source>
        <translation>سطر الأعداد</translation>
    </message>
    <message>
        <source>“Signed by 312 organisations and 45 individuals from 61 countries”</source>
        <translation>«وقّعت عليه ٣١٢ منظمة و٤٥ فردًا من ٦١ بلدًا»</translation>
    </message>
    <message>
        <source>Country after each name</source>
        <translation>البلد بعد كل اسم</translation>
    </message>
    <message>
        <source>“Access Now (United States)”</source>
        <translation>«Access Now (الولايات المتحدة)»</translation>
    </message>
    <message>
        <source>Individuals in their own section</source>
        <translation>الأفراد في قسم مستقل</translation>
    </message>
    <message>
        <source>Organisations and individuals under two subheadings</source>
        <translation>المنظمات والأفراد تحت عنوانين فرعيين</translation>
    </message>
    <message>
        <source>Edition line</source>
        <translation>سطر الطبعة</translation>
    </message>
    <message>
        <source>“List as of …; signatures received after publication are added in later editions”</source>
        <translation>«القائمة حتى تاريخ …؛ تُضاف التوقيعات الواردة بعد النشر في طبعات لاحقة»</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>{file} (missing)</source>
        <translation>{file} (مفقود)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>الإصدار {number}</translation>
    </message>
    <message>
        <source>Campaign&apos;s order ({order})</source>
        <translation>ترتيب الحملة ({order})</translation>
    </message>
    <message>
        <source>Choose a campaign to see its letter.</source>
        <translation>اختر حملة لعرض رسالتها.</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Editions ({count})</source>
        <translation>الإصدارات ({count})</translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation>جارٍ قراءة الرسالة…</translation>
    </message>
    <message>
        <source>Translate the missing texts in the Statement tab</source>
        <translation>ترجمة النصوص الناقصة في تبويب البيان</translation>
    </message>
    <message>
        <source>section {number}, {kind}</source>
        <translation>القسم {number}، {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</source>
        <translation>
            <numerusform>%Ln قائمة بلا جملة تمهيدية ({sections}): تأتي بنودها مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
            <numerusform>قائمة واحدة بلا جملة تمهيدية ({sections}): تأتي بنودها مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
            <numerusform>قائمتان بلا جملة تمهيدية ({sections}): تأتي بنود كل منهما مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
            <numerusform>%Ln قوائم بلا جملة تمهيدية ({sections}): تأتي بنود كل منها مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
            <numerusform>%Ln قائمةً بلا جملة تمهيدية ({sections}): تأتي بنود كل منها مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
            <numerusform>%Ln قائمة بلا جملة تمهيدية ({sections}): تأتي بنود كل منها مباشرة بعد النص الذي يسبقها. أضف جملة تمهيدية في تبويب البيان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation>
            <numerusform>%Ln نص لم يُترجم بعد (يُطبع بـ{language})</numerusform>
            <numerusform>نص واحد لم يُترجم بعد (يُطبع بـ{language})</numerusform>
            <numerusform>نصّان لم يُترجما بعد (يُطبعان بـ{language})</numerusform>
            <numerusform>%Ln نصوص لم يُترجم بعد (يُطبع بـ{language})</numerusform>
            <numerusform>%Ln نصًا لم يُترجم بعد (يُطبع بـ{language})</numerusform>
            <numerusform>%Ln نص لم يُترجم بعد (يُطبع بـ{language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
            <numerusform>ترجمة واحدة غير محدَّثة</numerusform>
            <numerusform>ترجمتان غير محدَّثتين</numerusform>
            <numerusform>%Ln ترجمات غير محدَّثة</numerusform>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: {gaps}.</source>
        <translation>{language}: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%Ln منظمات</numerusform>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>%Ln منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individuals</source>
        <translation>
            <numerusform>%Ln فرد</numerusform>
            <numerusform>فرد واحد</numerusform>
            <numerusform>فردان</numerusform>
            <numerusform>%Ln أفراد</numerusform>
            <numerusform>%Ln فردًا</numerusform>
            <numerusform>%Ln فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsed signatory yet: the letter has no signatory list.</source>
        <translation>لا توقيعات بعد: ليس في الرسالة قائمة موقّعين.</translation>
    </message>
    <message>
        <source>{organisations} and {individuals}</source>
        <translation>{organisations} و{individuals}</translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation>
            <numerusform>وقّعت عليه {signatories} من %Ln بلد</numerusform>
            <numerusform>وقّعت عليه {signatories} من بلد واحد</numerusform>
            <numerusform>وقّعت عليه {signatories} من بلدين</numerusform>
            <numerusform>وقّعت عليه {signatories} من %Ln بلدان</numerusform>
            <numerusform>وقّعت عليه {signatories} من %Ln بلدًا</numerusform>
            <numerusform>وقّعت عليه {signatories} من %Ln بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsed by {signatories}</source>
        <translation>وقّعت عليه {signatories}</translation>
    </message>
    <message>
        <source>{counts}; the letter uses version {number}.</source>
        <translation>{counts}؛ تستخدم الرسالة الإصدار {number}.</translation>
    </message>
    <message>
        <source>{counts}; the letter uses the current text.</source>
        <translation>{counts}؛ تستخدم الرسالة النص الحالي.</translation>
    </message>
    <message>
        <source>An export to {file} is still being written. Cancelling it leaves no file.</source>
        <translation>لا يزال التصدير إلى {file} قيد الكتابة. إلغاؤه لا يترك أي ملف.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Writing the campaign file</source>
        <translation>جارٍ كتابة ملف الحملة</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدّرت إلى {path}</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>فشل التصدير: {message}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>HTML snippet copied: paste it into your website or CMS.</source>
        <translation>نُسخ مقتطف HTML: ألصقه في موقعك أو نظام إدارة المحتوى.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories have characters that no font of the letter can draw.</source>
        <translation>
            <numerusform>لدى %Ln موقّع أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
            <numerusform>لدى موقّع واحد أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
            <numerusform>لدى موقّعَين أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
            <numerusform>لدى %Ln موقّعين أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
            <numerusform>لدى %Ln موقّعًا أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
            <numerusform>لدى %Ln موقّع أحرف لا يستطيع أي خط في الرسالة رسمها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter&apos;s text has characters that no font of the letter can draw.</source>
        <translation>في نص الرسالة أحرف لا يستطيع أي خط في الرسالة رسمها.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>{signatory}: {characters}</source>
        <translation>{signatory}: {characters}</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Characters the letter cannot show</source>
        <translation>أحرف لا تستطيع الرسالة عرضها</translation>
    </message>
    <message>
        <source>The PDF prints {replacement} in their place; Word and web pages show them only where the reader has a font for them.</source>
        <translation>يطبع ملف PDF الرمز {replacement} مكانها؛ ولا يعرضها Word وصفحات الويب إلا حيث يملك القارئ خطًا لها.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>صدّر على أي حال</translation>
    </message>
</context>
<context>
    <name>FieldCommand</name>
    <message>
        <source>Edit</source>
        <extracomment>Typing separated by a longer pause starts a new undo step. What Undo and Redo name (translated, context &quot;FieldCommand&quot;; &quot;Edit&quot; too).</extracomment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>تعديل النص</translation>
    </message>
    <message>
        <source>Edit lead sentence</source>
        <translation>تعديل الجملة التمهيدية</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>تغيير الترقيم</translation>
    </message>
    <message>
        <source>Change section type</source>
        <translation>تغيير نوع القسم</translation>
    </message>
    <message>
        <source>Change marker</source>
        <translation>تغيير العلامة</translation>
    </message>
</context>
<context>
    <name>FieldPane</name>
    <message>
        <source>What changed in the primary text</source>
        <translation>ما تغيّر في النص الأصلي</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>تعليم كمحدَّثة</translation>
    </message>
    <message>
        <source>The primary change does not affect this translation: keep it as it is</source>
        <translation>التغيير في النص الأصلي لا يمسّ هذه الترجمة: إبقاؤها كما هي</translation>
    </message>
    <message>
        <source>{language} · primary text</source>
        <translation>{language} · النص الأصلي</translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation>الترجمة إلى {language}</translation>
    </message>
    <message>
        <source>The primary text changed after this translation was made: update the translation, or mark it as up to date</source>
        <translation>تغيّر النص الأصلي بعد إعداد هذه الترجمة: حدّث الترجمة، أو علّمها كمحدَّثة</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a Google Form, Typeform or spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, Windows) is understood.</source>
        <translation>ملف CSV أو XLSX مُصدَّر من Google Forms أو Typeform أو جدول بيانات. يُفهم أي فاصل وأي ترميز (UTF-8 وUTF-16 وWindows).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>مسار ملف ‎.csv أو ‎.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ورقة العمل</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation>
            <numerusform>في {file} %Ln ورقة: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
            <numerusform>في {file} ورقة واحدة: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
            <numerusform>في {file} ورقتان: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
            <numerusform>في {file} %Ln أوراق: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
            <numerusform>في {file} %Ln ورقة: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
            <numerusform>في {file} %Ln ورقة: اختر الورقة التي فيها الموقّعون، ثم «التالي».</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: no rows below the header</source>
        <translation>{file}: لا صفوف تحت سطر العناوين</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze version {number}</source>
        <translation>تثبيت الإصدار {number}</translation>
    </message>
    <message>
        <source>Version {number} keeps the text exactly as it is now, with today&apos;s date: later edits never change it. Each endorsement records the version the organisation agreed to. A campaign still drafting moves to collecting.</source>
        <translation>يحفظ الإصدار {number} النص كما هو الآن تمامًا، بتاريخ اليوم: لا تغيّره التعديلات اللاحقة أبدًا. ويسجّل كل توقيع الإصدار الذي وافقت عليه المنظمة. وتنتقل الحملة التي لا تزال قيد الصياغة إلى جمع التوقيعات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation>
            <numerusform>%Ln توقيع على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>توقيع واحد على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>توقيعان على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيعات على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيعًا على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيع على نص سابق سيحتاج إلى إعادة تأكيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional), e.g. “text agreed with partners”</source>
        <translation>ملاحظة (اختيارية)، مثلًا: «النص المتفق عليه مع الشركاء»</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>ملاحظة الإصدار</translation>
    </message>
    <message>
        <source>Some translations are not up to date with this text. You can freeze anyway (endorsers sign the primary text) and update them later:</source>
        <translation>بعض الترجمات غير محدَّثة مع هذا النص. يمكنك التثبيت على أي حال (يوقّع الموقّعون على النص الأصلي) وتحديثها لاحقًا:</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message>
        <source>Imported from {source}, row {row}</source>
        <extracomment>The notes the lower layers write on a signatory&apos;s history, in English (they travel in campaign files and the command line prints them), each with the text it is shown as (`event_note`). A note that is none of these (a coordinator&apos;s own) is shown as it was typed.</extracomment>
        <translation>مستورد من {source}، الصف {row}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>مستورد من {source}</translation>
    </message>
    <message>
        <source>Copied from campaign {campaign}</source>
        <translation>منسوخ من الحملة {campaign}</translation>
    </message>
    <message>
        <source>Endorsed version {version}; the text is now version {latest}</source>
        <translation>وقّع على الإصدار {version}؛ والنص الآن في الإصدار {latest}</translation>
    </message>
    <message>
        <source>Merged “{other}” into “{keep}”; the other entry was {status}</source>
        <translation>دُمج «{other}» في «{keep}»؛ وكانت حالة المُدخل الآخر «{status}»</translation>
    </message>
    <message>
        <source>No answer by the deadline, {date}</source>
        <translation>لا رد حتى الموعد النهائي، {date}</translation>
    </message>
    <message>
        <source>Marked “do not publish”</source>
        <translation>عُلِّم «لا تنشر»</translation>
    </message>
    <message>
        <source>“Do not publish” taken off</source>
        <translation>أُزيلت علامة «لا تنشر»</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (organisation or person)</source>
        <extracomment>Columns of an import mapped to signatory fields (signon.domain.fields).</extracomment>
        <translation>الاسم (منظمة أو شخص)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Email (private contact)</source>
        <translation>البريد الإلكتروني (جهة اتصال خاصة)</translation>
    </message>
    <message>
        <source>Contact person (private)</source>
        <translation>شخص الاتصال (خاص)</translation>
    </message>
    <message>
        <source>Title / position (individuals)</source>
        <translation>المنصب (للأفراد)</translation>
    </message>
    <message>
        <source>Affiliation (individuals)</source>
        <translation>الجهة (للأفراد)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Signing as (organisation / individual)</source>
        <translation>التوقيع بصفة (منظمة / فرد)</translation>
    </message>
    <message>
        <source>Endorsement date</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Status (endorsed, declined, …)</source>
        <translation>الحالة (وقّع، اعتذر، …)</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <extracomment>Statuses an import can give: a file of invitees (prospect, invited) or of answers (endorsed, declined).</extracomment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف جديد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف جديد</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفّان جديدان</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفوف جديدة</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفًا جديدًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مدمج</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مدمج</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفّان مدمجان</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفوف مدمجة</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفًا مدمجًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مدمج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف متخطّى</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف متخطّى</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفّان متخطّيان</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفوف متخطّاة</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفًا متخطّى</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف متخطّى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مرفوض</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مرفوض</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفّان مرفوضان</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفوف مرفوضة</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صفًا مرفوضًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; صف مرفوض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import signatories</source>
        <translation>استيراد موقّعين</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Letter languages the campaign settings offer, in English; the list shows each translated, followed by its own name (NATIVE_LANGUAGE).</extracomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>السواحيلية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter preview</source>
        <extracomment>Inline styles on paragraphs: Qt&apos;s rich text keeps its own size steps for &lt;h1&gt;…&lt;h3&gt; whatever the CSS says, and ignores most of a &lt;style&gt; sheet. Names the preview lists before it says how many more the letter has.</extracomment>
        <translation>معاينة الرسالة</translation>
    </message>
    <message>
        <source>The letter as it will be exported, updated as you type</source>
        <translation>الرسالة كما ستُصدَّر، تتحدّث أثناء الكتابة</translation>
    </message>
    <message>
        <source>No endorsed signatories yet</source>
        <translation>لا موقّعين بعد</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in every export.</source>
        <translation>
            <numerusform>… و%Ln موقّع آخر، مدرَجون في كل تصدير.</numerusform>
            <numerusform>… وموقّع آخر، مدرَج في كل تصدير.</numerusform>
            <numerusform>… وموقّعان آخران، مدرَجان في كل تصدير.</numerusform>
            <numerusform>… و%Ln موقّعين آخرين، مدرَجون في كل تصدير.</numerusform>
            <numerusform>… و%Ln موقّعًا آخر، مدرَجون في كل تصدير.</numerusform>
            <numerusform>… و%Ln موقّع آخر، مدرَجون في كل تصدير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Letter date</source>
        <extracomment>Up to this many signers, one closing line is suggested (issue 20). A typed date is saved once typing pauses (not at every digit). the campaign whose settings are shown (and saved): the tab may already have switched to another while a typed date waits</extracomment>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <source>Day of export</source>
        <translation>يوم التصدير</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>تاريخ ثابت</translation>
    </message>
    <message>
        <source>The date the letter prints: the day it is exported, or a date of your choice (an event&apos;s day)</source>
        <translation>التاريخ الذي تطبعه الرسالة: يوم تصديرها، أو تاريخ تختاره (يوم فعالية)</translation>
    </message>
    <message>
        <source>Fixed letter date</source>
        <translation>تاريخ الرسالة الثابت</translation>
    </message>
    <message>
        <source>How the signers are printed</source>
        <translation>كيف يُطبع الموقّعون</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>اسم في كل سطر</translation>
    </message>
    <message>
        <source>One closing line</source>
        <translation>سطر ختامي واحد</translation>
    </message>
    <message>
        <source>One closing line: the date, then the signers joined as a sentence, with no heading (“November 14, 2023. Org A and Org B.”)</source>
        <translation>سطر ختامي واحد: التاريخ ثم الموقّعون في جملة واحدة، بلا عنوان («14 نوفمبر 2023. منظمة أ ومنظمة ب.»)</translation>
    </message>
    <message>
        <source>Signers who withdrew</source>
        <translation>الموقّعون المنسحبون</translation>
    </message>
    <message>
        <source>Marked “retracted (date)”</source>
        <translation>يُوسَمون «منسحب (التاريخ)»</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>يُحذفون</translation>
    </message>
    <message>
        <source>In a later edition, a signer an earlier edition printed who has withdrawn since</source>
        <translation>في إصدار لاحق: موقّع طبعه إصدار سابق ثم انسحب بعده</translation>
    </message>
    <message>
        <source>Use one closing line</source>
        <translation>استخدام سطر ختامي واحد</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>المنسحبون</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signers: one closing line may read better.</source>
        <translation>
            <numerusform>لا موقّعين: قد يكون سطر ختامي واحد أوضح.</numerusform>
            <numerusform>موقّع واحد: قد يكون سطر ختامي واحد أوضح.</numerusform>
            <numerusform>موقّعان: قد يكون سطر ختامي واحد أوضح.</numerusform>
            <numerusform>%Ln موقّعين: قد يكون سطر ختامي واحد أوضح.</numerusform>
            <numerusform>%Ln موقّعًا: قد يكون سطر ختامي واحد أوضح.</numerusform>
            <numerusform>%Ln موقّع: قد يكون سطر ختامي واحد أوضح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&lt;b&gt;Block library&lt;/b&gt;</source>
        <translation>&lt;b&gt;المكتبة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search title, text, tags…</source>
        <translation>ابحث في العنوان والنص والوسوم…</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>البحث في الفقرات</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>التصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation>الفقرة المحدّدة</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Insert a copy of the block into the statement (Enter)</source>
        <translation>إدراج نسخة من الفقرة في البيان (Enter)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>Write a new block</source>
        <translation>كتابة فقرة جديدة</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation>إجراءات أخرى للمكتبة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>تعديل الوسوم…</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>ترجمة إلى</translation>
    </message>
    <message>
        <source>Link a translation…</source>
        <translation>ربط ترجمة…</translation>
    </message>
    <message>
        <source>Unlink from its translations</source>
        <translation>فكّ الارتباط بترجماتها</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Import library…</source>
        <translation>استيراد مكتبة…</translation>
    </message>
    <message>
        <source>Export library…</source>
        <translation>تصدير المكتبة…</translation>
    </message>
    <message>
        <source>Add starter blocks</source>
        <translation>إضافة الفقرات الأولية</translation>
    </message>
    <message>
        <source>All languages</source>
        <extracomment>language variants by group key, and the campaign&apos;s languages: an inserted block brings its variants in the translation languages</extracomment>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Also in {languages}: inserting it adds the campaign&apos;s translation languages too</source>
        <translation>متوفرة أيضًا بـ{languages}: إدراجها يضيف لغات ترجمة الحملة أيضًا</translation>
    </message>
    <message>
        <source>Translate “{title}”</source>
        <translation>ترجمة «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation>
            <numerusform>{shown} من %Ln فقرة</numerusform>
            <numerusform>{shown} من فقرة واحدة</numerusform>
            <numerusform>{shown} من فقرتين</numerusform>
            <numerusform>{shown} من %Ln فقرات</numerusform>
            <numerusform>{shown} من %Ln فقرة</numerusform>
            <numerusform>{shown} من %Ln فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation>
            <numerusform>%Ln فقرة</numerusform>
            <numerusform>فقرة واحدة</numerusform>
            <numerusform>فقرتان</numerusform>
            <numerusform>%Ln فقرات</numerusform>
            <numerusform>%Ln فقرة</numerusform>
            <numerusform>%Ln فقرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block to read it; Enter or drag inserts a copy into the statement.</source>
        <translation>حدّد فقرة لقراءتها؛ Enter أو السحب يُدرج نسخة منها في البيان.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Other language…</source>
        <translation>لغة أخرى…</translation>
    </message>
    <message>
        <source>No block of this kind in another language to link: use Translate into to write one.</source>
        <translation>لا توجد فقرة من هذا النوع بلغة أخرى لربطها: استخدم «ترجمة إلى» لكتابة واحدة.</translation>
    </message>
    <message>
        <source>Block library</source>
        <translation>مكتبة الفقرات</translation>
    </message>
    <message>
        <source>Blocks linked as translations</source>
        <translation>رُبطت الفقرات كترجمات</translation>
    </message>
    <message>
        <source>Block unlinked from its translations</source>
        <translation>فُكّ ارتباط الفقرة بترجماتها</translation>
    </message>
    <message>
        <source>Translation added to the library</source>
        <translation>أُضيفت الترجمة إلى المكتبة</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <source>Block added</source>
        <translation>أُضيفت الفقرة</translation>
    </message>
    <message>
        <source>Block saved</source>
        <translation>حُفظت الفقرة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tags of “{title}” (comma-separated):</source>
        <translation>وسوم «{title}» (مفصولة بفواصل):</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>حُفظت الوسوم</translation>
    </message>
    <message>
        <source>Block duplicated</source>
        <translation>كُرّرت الفقرة</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>حذف الفقرة</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library? Statements that use it keep their own copy of the text.</source>
        <translation>هل تريد حذف «{title}» من المكتبة؟ تحتفظ البيانات التي تستخدمها بنسختها الخاصة من النص.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Block deleted</source>
        <translation>حُذفت الفقرة</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>استُورد {file}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation>
            <numerusform>صُدّرت %Ln فقرة إلى {file}</numerusform>
            <numerusform>صُدّرت فقرة واحدة إلى {file}</numerusform>
            <numerusform>صُدّرت فقرتان إلى {file}</numerusform>
            <numerusform>صُدّرت %Ln فقرات إلى {file}</numerusform>
            <numerusform>صُدّرت %Ln فقرة إلى {file}</numerusform>
            <numerusform>صُدّرت %Ln فقرة إلى {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Starter library: {summary}</source>
        <translation>المكتبة الأولية: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation>
            <numerusform>أُضيفت %Ln فقرة</numerusform>
            <numerusform>أُضيفت فقرة واحدة</numerusform>
            <numerusform>أُضيفت فقرتان</numerusform>
            <numerusform>أُضيفت %Ln فقرات</numerusform>
            <numerusform>أُضيفت %Ln فقرة</numerusform>
            <numerusform>أُضيفت %Ln فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln فقرة موجودة في المكتبة بالفعل</numerusform>
            <numerusform>فقرة واحدة موجودة في المكتبة بالفعل</numerusform>
            <numerusform>فقرتان موجودتان في المكتبة بالفعل</numerusform>
            <numerusform>%Ln فقرات موجودة في المكتبة بالفعل</numerusform>
            <numerusform>%Ln فقرة موجودة في المكتبة بالفعل</numerusform>
            <numerusform>%Ln فقرة موجودة في المكتبة بالفعل</numerusform>
        </translation>
    </message>
    <message>
        <source>Import block library</source>
        <translation>استيراد مكتبة فقرات</translation>
    </message>
    <message>
        <source>Block library (*.json)</source>
        <translation>مكتبة فقرات (*.json)</translation>
    </message>
    <message>
        <source>Export block library</source>
        <translation>تصدير مكتبة الفقرات</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Block library</source>
        <extracomment>the block&apos;s text, which a drag carries as plain text</extracomment>
        <translation>مكتبة الفقرات</translation>
    </message>
    <message>
        <source>Enter inserts the selected block into the statement</source>
        <translation>يُدرج Enter الفقرة المحدّدة في البيان</translation>
    </message>
</context>
<context>
    <name>LinkVariantDialog</name>
    <message>
        <source>Link a translation of “{title}”</source>
        <translation>ربط ترجمة لـ«{title}»</translation>
    </message>
    <message>
        <source>Blocks of the same kind in other languages. Link the one that says the same as this block: inserting either then brings the other as its translation.</source>
        <translation>فقرات من النوع نفسه بلغات أخرى. اربط الفقرة التي تقول ما تقوله هذه الفقرة: عندها يجلب إدراج أيٍّ منهما الأخرى بوصفها ترجمتها.</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>التصفية حسب العنوان أو النص</translation>
    </message>
    <message>
        <source>Blocks to link</source>
        <translation>الفقرات المراد ربطها</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>ListOrder</name>
    <message>
        <source>Alphabetical</source>
        <translation>أبجدي</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation>حسب نوع المنظمة</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>حسب تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Manual (your own order)</source>
        <translation>يدوي (ترتيبك الخاص)</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (المنفذ 993 عادةً)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (المنفذ 143 عادةً)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>بلا تشفير (لخادم على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>Mailbox for replies (IMAP)</source>
        <translation>صندوق بريد الردود (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>إعدادات صندوق البريد</translation>
    </message>
    <message>
        <source>Leave empty to leave them where they are</source>
        <translation>اتركه فارغًا لإبقائها في مكانها</translation>
    </message>
    <message>
        <source>Reading never changes the mailbox. With a folder here, the replies recorded by Apply clear replies are moved there; the folder must exist.</source>
        <translation>القراءة لا تغيّر صندوق البريد أبدًا. إذا حدّدت مجلدًا هنا، تُنقل إليه الردود التي يسجّلها «تطبيق الردود الواضحة»؛ ويجب أن يكون المجلد موجودًا.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Move processed mail to:</source>
        <translation>نقل البريد المعالَج إلى:</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>خادم IMAP</translation>
    </message>
    <message>
        <source>Folder to read</source>
        <translation>المجلد المقروء</translation>
    </message>
    <message>
        <source>Folder to move processed mail to</source>
        <translation>المجلد الذي يُنقل إليه البريد المعالَج</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <extracomment>the campaign the list `refresh` is reading should select (see there)</extracomment>
        <translation>جارٍ فتح {database}…</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>ا&amp;لحملات</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>عنوان الحملة</translation>
    </message>
    <message>
        <source>Campaign status and counts</source>
        <translation>حالة الحملة وأعدادها</translation>
    </message>
    <message>
        <source>Campaign tabs</source>
        <translation>تبويبات الحملة</translation>
    </message>
    <message>
        <source>Campaigns and campaign tabs</source>
        <translation>الحملات وتبويبات الحملة</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open another Sign-on database file</source>
        <translation>فتح ملف قاعدة بيانات Sign-on آخر</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Write a checked copy of the database into the backups folder</source>
        <translation>حفظ نسخة مفحوصة من قاعدة البيانات في مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Sign-on</source>
        <translation>إغلاق Sign-on</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
    <message>
        <source>The backup folder and the backups in it: back up, restore one, change the folder</source>
        <translation>مجلد النسخ الاحتياطية ومحتواه: نسخ احتياطي، استعادة نسخة، تغيير المجلد</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last campaign deletion</source>
        <translation>التراجع عن آخر حذف لحملة</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>Interface language and other choices that apply to every campaign</source>
        <translation>لغة الواجهة وخيارات أخرى تسري على كل الحملات</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>حملة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>إنشاء حملة</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Rename the selected campaign in the list</source>
        <translation>إعادة تسمية الحملة المحدّدة في القائمة</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <source>Copy the campaign&apos;s statement and signatories (reset to prospect) into a new campaign</source>
        <translation>نسخ بيان الحملة وموقّعيها (بعد إعادتهم إلى «مرشّح للدعوة») إلى حملة جديدة</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected campaign (asks first, takes a backup)</source>
        <translation>حذف الحملة المحدّدة (يسأل أولًا، ويأخذ نسخة احتياطية)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Title, addressee, language, deadline, status and signatory list options</source>
        <translation>العنوان والمرسَل إليه واللغة والموعد النهائي والحالة وخيارات قائمة الموقّعين</translation>
    </message>
    <message>
        <source>&amp;Publish edition…</source>
        <translation>&amp;نشر إصدار…</translation>
    </message>
    <message>
        <source>Store the letter as it stands as a numbered, dated edition, after seeing what changed since the last one</source>
        <translation>حفظ الرسالة كما هي إصدارًا مرقّمًا ومؤرّخًا، بعد الاطلاع على ما تغيّر منذ الإصدار السابق</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database shared by your team</source>
        <translation>فتح قاعدة بيانات PostgreSQL يتشاركها فريقك</translation>
    </message>
    <message>
        <source>&amp;About Sign-on</source>
        <translation>&amp;حول Sign-on</translation>
    </message>
    <message>
        <source>Version, database path and licences</source>
        <translation>الإصدار ومسار قاعدة البيانات والتراخيص</translation>
    </message>
    <message>
        <source>Campaign &amp;list</source>
        <translation>&amp;قائمة الحملات</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the campaign list</source>
        <translation>نقل تركيز لوحة المفاتيح إلى قائمة الحملات</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>عرض تبويب {tab}</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>ينقل تركيز لوحة المفاتيح إلى الجزء التالي من النافذة</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>ينقل تركيز لوحة المفاتيح إلى الجزء السابق من النافذة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>نقل النص المحدّد إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows as text, to the clipboard</source>
        <translation>نسخ النص المحدّد، أو الصفوف المحدّدة كنص، إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>إدراج نص الحافظة</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Select all the text, or all the rows</source>
        <translation>تحديد كل النص، أو كل الصفوف</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Go to the search field of the tab in view</source>
        <translation>الانتقال إلى حقل البحث في التبويب المعروض</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>Read how to run a campaign in Sign-on, from the statement to the published letter</source>
        <translation>قراءة كيفية إدارة حملة في Sign-on، من البيان إلى الرسالة المنشورة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window and its tabs</source>
        <translation>عرض كل اختصارات لوحة المفاتيح في النافذة وتبويباتها</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;حملة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>قائمة {menu}</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>إجراءات الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>تبويب {tab}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>Could not read the campaigns: {error}</source>
        <translation>تعذّرت قراءة الحملات: {error}</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>الموعد النهائي {date}</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>أُنشئت «{title}».</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>أُعيدت التسمية إلى «{title}».</translation>
    </message>
    <message>
        <source>Created “{title}”: same statement, signatories reset to prospect.</source>
        <translation>أُنشئت «{title}»: البيان نفسه، وأُعيد الموقّعون إلى «مرشّح للدعوة».</translation>
    </message>
    <message>
        <source>no signatories</source>
        <translation>لا موقّعين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation>
            <numerusform>%Ln موقّع ({endorsed} وقّعوا) مع سجلّهم</numerusform>
            <numerusform>موقّع واحد ({endorsed} وقّعوا) مع سجلّهم</numerusform>
            <numerusform>موقّعان ({endorsed} وقّعوا) مع سجلّهم</numerusform>
            <numerusform>%Ln موقّعين ({endorsed} وقّعوا) مع سجلّهم</numerusform>
            <numerusform>%Ln موقّعًا ({endorsed} وقّعوا) مع سجلّهم</numerusform>
            <numerusform>%Ln موقّع ({endorsed} وقّعوا) مع سجلّهم</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its statement, versions and {signatories} will be removed. Organisations stay in your directory.

A backup is taken first, and Edit → Undo puts the campaign back.</source>
        <translation>هل تريد حذف «{title}»؟

سيُحذف بيانها وإصداراتها و{signatories}. وتبقى المنظمات في دليلك.

تُؤخذ نسخة احتياطية أولًا، ويعيد تحرير ← تراجع الحملة.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Backup: {path}.</source>
        <translation>النسخة الاحتياطية: {path}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.{backup} Ctrl+Z undoes.</source>
        <translation>حُذفت «{title}».{backup} Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{title}”</source>
        <translation>&amp;تراجع عن حذف «{title}»</translation>
    </message>
    <message>
        <source>Put “{title}” back (Ctrl+Z)</source>
        <translation>إعادة «{title}» (Ctrl+Z)</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>عادت «{title}».</translation>
    </message>
    <message>
        <source>Another coordinator changed “{settings}” while the settings were open, so nothing was saved. The settings open again on their value, with your other changes kept.</source>
        <translation>غيّر منسّق آخر «{settings}» بينما كانت الإعدادات مفتوحة، فلم يُحفظ شيء. تُفتح الإعدادات من جديد على قيمته، مع الإبقاء على تغييراتك الأخرى.</translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation>حُفظت إعدادات الحملة.</translation>
    </message>
    <message>
        <source>Demo campaign loaded.</source>
        <translation>حُمّلت الحملة التجريبية.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Opened {database}.</source>
        <translation>فُتحت {database}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>حُفظت النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>لا قواعد بيانات حديثة</translation>
    </message>
    <message>
        <source>Background work did not stop within {seconds} seconds, so nothing was closed. Try again in a moment.</source>
        <translation>لم تتوقف المهام الجارية في الخلفية خلال {seconds} ثانية، لذا لم يُغلق أي شيء. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Cancel it and open the other database?</source>
        <translation>هل تريد الإلغاء وفتح قاعدة البيانات الأخرى؟</translation>
    </message>
    <message>
        <source>Cancel them and open the other database?</source>
        <translation>هل تريد إلغاءها كلها وفتح قاعدة البيانات الأخرى؟</translation>
    </message>
    <message>
        <source>Cancel and open</source>
        <translation>إلغاء وفتح</translation>
    </message>
    <message>
        <source>Cancel it and restore the backup?</source>
        <translation>هل تريد الإلغاء واستعادة النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Cancel them and restore the backup?</source>
        <translation>هل تريد إلغاءها كلها واستعادة النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Cancel and restore</source>
        <translation>إلغاء واستعادة</translation>
    </message>
    <message>
        <source>Cancel it and quit?</source>
        <translation>هل تريد الإلغاء والخروج؟</translation>
    </message>
    <message>
        <source>Cancel them and quit?</source>
        <translation>هل تريد إلغاءها كلها والخروج؟</translation>
    </message>
    <message>
        <source>Cancel and quit</source>
        <translation>إلغاء وخروج</translation>
    </message>
    <message>
        <source>Waiting for background work to stop…</source>
        <translation>في انتظار توقف المهام الجارية في الخلفية…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>What each column holds. Guessed from the headers; a choice you make is remembered for the next file with the same columns.</source>
        <translation>ما يحتويه كل عمود. يُستنتج من العناوين؛ ويُحفظ اختيارك للملف التالي الذي يحمل الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>يُستورد كـ</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>الحقل للعمود {column}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— تجاهل —</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the organisation or person.</source>
        <translation>اختر العمود الذي يحوي اسم المنظمة أو الشخص.</translation>
    </message>
    <message>
        <source>Each field comes from one column: {fields} is chosen more than once.</source>
        <translation>يأتي كل حقل من عمود واحد: اختير {fields} أكثر من مرة.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>منظمات مكررة محتملة</translation>
    </message>
    <message>
        <source>Organisations that may have been entered twice. Nothing is merged unless you choose to: a merge keeps both entries&apos; endorsements, contacts and history under the name you keep.</source>
        <translation>منظمات ربما أُدخلت مرتين. لا يُدمج شيء إلا إذا اخترت ذلك: يحتفظ الدمج بتوقيعات المدخلين وجهات اتصالهما وسجلّهما تحت الاسم الذي تبقيه.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>الإبقاء على هذا الاسم</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>ليستا نفس المنظمة</translation>
    </message>
    <message>
        <source>They are different groups: stop suggesting this pair</source>
        <translation>هما مجموعتان مختلفتان: التوقف عن اقتراح هذا الزوج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Comparing the directory…</source>
        <translation>جارٍ مقارنة الدليل…</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>لا تكرارات محتملة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation>
            <numerusform>%Ln تكرار محتمل.</numerusform>
            <numerusform>تكرار محتمل واحد.</numerusform>
            <numerusform>تكراران محتملان.</numerusform>
            <numerusform>%Ln تكرارات محتملة.</numerusform>
            <numerusform>%Ln تكرارًا محتملًا.</numerusform>
            <numerusform>%Ln تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع %Ln موقّع.</numerusform>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع موقّع واحد.</numerusform>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع موقّعان.</numerusform>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع %Ln موقّعين.</numerusform>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع %Ln موقّعًا.</numerusform>
            <numerusform>دُمجت «{gone}» في «{kept}»، وجُمع %Ln موقّع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <translation>دُمجت «{gone}» في «{kept}».</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Ordinal words (numbered in this language)</source>
        <extracomment>List numbering styles; the composer shows the ordinal style with the letter language&apos;s own words (&quot;First, Second … Finally&quot;) when it has them.</extracomment>
        <translation>أعداد ترتيبية بالكلمات (بهذه اللغة)</translation>
    </message>
    <message>
        <source>1.  2.  3.</source>
        <translation>1.  2.  3.</translation>
    </message>
    <message>
        <source>•  Bullets</source>
        <translation>•  نقاط</translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation>بلا ترقيم</translation>
    </message>
</context>
<context>
    <name>OrganisationType</name>
    <message>
        <source>NGO</source>
        <extracomment>Suggested organisation types (the field stays free text, stored as typed).</extracomment>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>أكاديمية</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>نقابة</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>مجموعة مجتمعية</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation>دينية</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>هيئة مهنية</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>هيئة عامة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>All messages</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, uncertain)</source>
        <translation>بالانتظار (في الطابور، فاشلة، غير مؤكدة)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسلة</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>المستبعدة</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>الرسائل المعروضة</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>إعدادات SMTP…</translation>
    </message>
    <message>
        <source>Server, sender address and password for sending</source>
        <translation>الخادم وعنوان المرسل وكلمة المرور للإرسال</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Sent / note</source>
        <translation>الإرسال / ملاحظة</translation>
    </message>
    <message>
        <source>A bounce came back: mark the message bounced and flag the address on the contact</source>
        <translation>عاد إشعار ارتداد: وسم الرسالة بأنها ارتدّت ووضع علامة على عنوان جهة الاتصال</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>statuses moved (messages were marked)</extracomment>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>الرسالة المحدّدة</translation>
    </message>
    <message>
        <source>Select a message to read it as it will be sent.</source>
        <translation>حدّد رسالة لقراءتها كما ستُرسل.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send every queued and failed message by SMTP, one at a time at the set rate</source>
        <translation>إرسال كل الرسائل المنتظرة والفاشلة عبر SMTP، واحدة تلو الأخرى بالمعدّل المحدّد</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop after the message being sent; the rest stay queued</source>
        <translation>التوقف بعد الرسالة الجاري إرسالها؛ وتبقى البقية في الطابور</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>تقدّم الإرسال</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>Leave the selected messages out of sending</source>
        <translation>استبعاد الرسائل المحدّدة من الإرسال</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>تضمين</translation>
    </message>
    <message>
        <source>Put excluded messages back</source>
        <translation>إعادة الرسائل المستبعدة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Delete the selected messages that were never sent</source>
        <translation>حذف الرسائل المحدّدة التي لم تُرسل قط</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>حفظ بصيغة ‎.eml…</translation>
    </message>
    <message>
        <source>One file per message, to send from your own mail program</source>
        <translation>ملف لكل رسالة، لإرسالها من برنامج البريد الخاص بك</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>فتح في برنامج البريد</translation>
    </message>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation>
            <numerusform>يفتح حتى %Ln رسالة محدّدة كمسودات</numerusform>
            <numerusform>يفتح رسالة واحدة محدّدة كمسودة</numerusform>
            <numerusform>يفتح حتى رسالتين محدّدتين كمسودتين</numerusform>
            <numerusform>يفتح حتى %Ln رسائل محدّدة كمسودات</numerusform>
            <numerusform>يفتح حتى %Ln رسالة محدّدة كمسودات</numerusform>
            <numerusform>يفتح حتى %Ln رسالة محدّدة كمسودات</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>تعليم كمرسلة</translation>
    </message>
    <message>
        <source>You sent the selected messages yourself</source>
        <translation>أرسلت الرسائل المحدّدة بنفسك</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>An uncertain message was delivered after all (found in your Sent folder)</source>
        <translation>وصلت رسالة غير مؤكدة في النهاية (موجودة في مجلد المرسل)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message>
        <source>An uncertain message did not arrive: queue it again</source>
        <translation>لم تصل رسالة غير مؤكدة: إعادتها إلى الطابور</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>ارتدّت</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <extracomment>the signatory each message is for, by signatory id the messages to select again when the outbox being read arrives</extracomment>
        <translation>صندوق الصادر فارغ.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation>
            <numerusform>إرسال %Ln رسالة منتظرة</numerusform>
            <numerusform>إرسال رسالة واحدة منتظرة</numerusform>
            <numerusform>إرسال رسالتين منتظرتين</numerusform>
            <numerusform>إرسال %Ln رسائل منتظرة</numerusform>
            <numerusform>إرسال %Ln رسالة منتظرة</numerusform>
            <numerusform>إرسال %Ln رسالة منتظرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation>
            <numerusform>حُدّدت %Ln رسالة.</numerusform>
            <numerusform>حُدّدت رسالة واحدة.</numerusform>
            <numerusform>حُدّدت رسالتان.</numerusform>
            <numerusform>حُدّدت %Ln رسائل.</numerusform>
            <numerusform>حُدّدت %Ln رسالة.</numerusform>
            <numerusform>حُدّدت %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation>
            <numerusform>هل تريد تعليم %Ln رسالة محدّدة كمرسلة؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
            <numerusform>هل تريد تعليم رسالة واحدة محدّدة كمرسلة؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
            <numerusform>هل تريد تعليم رسالتين محدّدتين كمرسلتين؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
            <numerusform>هل تريد تعليم %Ln رسائل محدّدة كمرسلة؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
            <numerusform>هل تريد تعليم %Ln رسالة محدّدة كمرسلة؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
            <numerusform>هل تريد تعليم %Ln رسالة محدّدة كمرسلة؟ تنقل الدعوات والتذكيرات موقّعيها إلى «مدعو» أو «أُرسل تذكير».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation>
            <numerusform>هل تريد إزالة %Ln رسالة غير مرسلة من صندوق الصادر؟</numerusform>
            <numerusform>هل تريد إزالة رسالة واحدة غير مرسلة من صندوق الصادر؟</numerusform>
            <numerusform>هل تريد إزالة رسالتين غير مرسلتين من صندوق الصادر؟</numerusform>
            <numerusform>هل تريد إزالة %Ln رسائل غير مرسلة من صندوق الصادر؟</numerusform>
            <numerusform>هل تريد إزالة %Ln رسالة غير مرسلة من صندوق الصادر؟</numerusform>
            <numerusform>هل تريد إزالة %Ln رسالة غير مرسلة من صندوق الصادر؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the messages as .eml files into</source>
        <translation>حفظ الرسائل كملفات ‎.eml في</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation>
            <numerusform>حُفظ %Ln ملف ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
            <numerusform>حُفظ ملف واحد ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
            <numerusform>حُفظ ملفّان ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
            <numerusform>حُفظ %Ln ملفات ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
            <numerusform>حُفظ %Ln ملفًا ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
            <numerusform>حُفظ %Ln ملف ‎.eml في {folder}. بعد إرسالها، حدّدها هنا وانقر «تعليم كمرسلة».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation>
            <numerusform>فُتحت %Ln رسالة في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
            <numerusform>فُتحت رسالة واحدة في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
            <numerusform>فُتحت رسالتان في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
            <numerusform>فُتحت %Ln رسائل في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
            <numerusform>فُتحت %Ln رسالة في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
            <numerusform>فُتحت %Ln رسالة في برنامج البريد. بعد إرسالها، انقر «تعليم كمرسلة».</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <extracomment>statuses moved (messages were sent) queued and failed messages, whatever the filter shows</extracomment>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>كلمة المرور لـ{user} على {host}:</translation>
    </message>
    <message numerus="yes">
        <source>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</source>
        <translation>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (%Ln رسالة). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (رسالة واحدة). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (رسالتان). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (%Ln رسائل). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (%Ln رسالة). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
            <numerusform>لا يزال صندوق الصادر قيد الإرسال (%Ln رسالة). الإلغاء يسري بعد الرسالة الجاري إرسالها: الرسائل المُرسلة تبقى مُرسلة، والباقي يبقى في صندوق الصادر لعملية «إرسال» التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>جارٍ الاتصال بـ{host}…</translation>
    </message>
    <message>
        <source>Cancelling after the current message…</source>
        <translation>جارٍ الإلغاء بعد الرسالة الحالية…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Paused: no new message starts until you resume.</source>
        <translation>متوقف مؤقتًا: لن تبدأ أي رسالة جديدة حتى تستأنف.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {message}</source>
        <translation>إرسال {done} من {total}: {message}</translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation>اكتمل: {summary}.</translation>
    </message>
    <message>
        <source>Uncertain messages may have arrived: check your Sent folder, then click It arrived or Send again.</source>
        <translation>ربما وصلت الرسائل غير المؤكدة: تحقق من مجلد المرسل، ثم انقر «وصلت» أو «إرسال مجددًا».</translation>
    </message>
    <message>
        <source>Failed messages go again with the next Send.</source>
        <translation>تُرسل الرسائل الفاشلة مجددًا مع الإرسال التالي.</translation>
    </message>
    <message>
        <source>Sending stopped: {message}</source>
        <translation>توقف الإرسال: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation>
            <numerusform>أُلغي الإرسال. ما زالت %Ln رسالة في الطابور.</numerusform>
            <numerusform>أُلغي الإرسال. ما زالت رسالة واحدة في الطابور.</numerusform>
            <numerusform>أُلغي الإرسال. ما زالت رسالتان في الطابور.</numerusform>
            <numerusform>أُلغي الإرسال. ما زالت %Ln رسائل في الطابور.</numerusform>
            <numerusform>أُلغي الإرسال. ما زالت %Ln رسالة في الطابور.</numerusform>
            <numerusform>أُلغي الإرسال. ما زالت %Ln رسالة في الطابور.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>في الطابور</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>ارتدّت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <extracomment>The outbox table&apos;s state column (after signatory, to, address, kind, subject).</extracomment>
        <translation>
            <numerusform>%Ln رسالة في الطابور</numerusform>
            <numerusform>%Ln رسالة في الطابور</numerusform>
            <numerusform>%Ln رسالتان في الطابور</numerusform>
            <numerusform>%Ln رسائل في الطابور</numerusform>
            <numerusform>%Ln رسالة في الطابور</numerusform>
            <numerusform>%Ln رسالة في الطابور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln رسالة مرسلة</numerusform>
            <numerusform>%Ln رسالة مرسلة</numerusform>
            <numerusform>%Ln رسالتان مرسلتان</numerusform>
            <numerusform>%Ln رسائل مرسلة</numerusform>
            <numerusform>%Ln رسالة مرسلة</numerusform>
            <numerusform>%Ln رسالة مرسلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln رسالة فاشلة</numerusform>
            <numerusform>%Ln رسالة فاشلة</numerusform>
            <numerusform>%Ln رسالتان فاشلتان</numerusform>
            <numerusform>%Ln رسائل فاشلة</numerusform>
            <numerusform>%Ln رسالة فاشلة</numerusform>
            <numerusform>%Ln رسالة فاشلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln رسالة غير مؤكدة</numerusform>
            <numerusform>%Ln رسالة غير مؤكدة</numerusform>
            <numerusform>%Ln رسالتان غير مؤكدتين</numerusform>
            <numerusform>%Ln رسائل غير مؤكدة</numerusform>
            <numerusform>%Ln رسالة غير مؤكدة</numerusform>
            <numerusform>%Ln رسالة غير مؤكدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln رسالة مرتدّة</numerusform>
            <numerusform>%Ln رسالة مرتدّة</numerusform>
            <numerusform>%Ln رسالتان مرتدّتان</numerusform>
            <numerusform>%Ln رسائل مرتدّة</numerusform>
            <numerusform>%Ln رسالة مرتدّة</numerusform>
            <numerusform>%Ln رسالة مرتدّة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln رسالة مستبعدة</numerusform>
            <numerusform>%Ln رسالة مستبعدة</numerusform>
            <numerusform>%Ln رسالتان مستبعدتان</numerusform>
            <numerusform>%Ln رسائل مستبعدة</numerusform>
            <numerusform>%Ln رسالة مستبعدة</numerusform>
            <numerusform>%Ln رسالة مستبعدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>(empty item: write it or delete it)</source>
        <translation>(بند فارغ: اكتبه أو احذفه)</translation>
    </message>
    <message>
        <source>{section} “{title}”</source>
        <translation>{section} «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln بند</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%Ln بنود</numerusform>
            <numerusform>%Ln بندًا</numerusform>
            <numerusform>%Ln بند</numerusform>
        </translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>قائمة فارغة</translation>
    </message>
    <message>
        <source>{section} (empty)</source>
        <translation>{section} (فارغ)</translation>
    </message>
    <message>
        <source>Statement outline</source>
        <translation>مخطط البيان</translation>
    </message>
    <message>
        <source>Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete removes, Enter edits the selected text.</source>
        <translation>أقسام البيان وبنوده. Alt+أعلى وAlt+أسفل لإعادة الترتيب، Delete للحذف، Enter لتعديل النص المحدّد.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach to prospective signatories</source>
        <translation>التواصل مع الموقّعين المحتملين</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Choose a campaign to write to its signatories.</source>
        <translation>اختر حملة لمراسلة موقّعيها.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data: {address}</source>
        <translation>البيانات الشخصية: {address}</translation>
    </message>
    <message>
        <source>Looking through the database and its backups…</source>
        <translation>جارٍ البحث في قاعدة البيانات ونسخها الاحتياطية…</translation>
    </message>
    <message>
        <source>Where the data is held</source>
        <translation>أين تُحفظ البيانات</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>يحتوي</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <source>A file to send the person: readable by you only</source>
        <translation>ملف لإرساله إلى الشخص: لا يقرؤه غيرك</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>محو…</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the database hold data of this person.</source>
        <translation>
            <numerusform>لا مواضع في قاعدة البيانات تحفظ بيانات هذا الشخص.</numerusform>
            <numerusform>موضع واحد في قاعدة البيانات يحفظ بيانات هذا الشخص.</numerusform>
            <numerusform>موضعان في قاعدة البيانات يحفظان بيانات هذا الشخص.</numerusform>
            <numerusform>%n مواضع في قاعدة البيانات تحفظ بيانات هذا الشخص.</numerusform>
            <numerusform>%n موضعًا في قاعدة البيانات تحفظ بيانات هذا الشخص.</numerusform>
            <numerusform>%n موضع في قاعدة البيانات تحفظ بيانات هذا الشخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds nothing about this person.</source>
        <translation>لا تحفظ قاعدة البيانات شيئًا عن هذا الشخص.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the backups and safety copies still hold(s) the address.</source>
        <translation>
            <numerusform>لا تحتوي أي نسخة احتياطية أو نسخة أمان على العنوان.</numerusform>
            <numerusform>نسخة واحدة من النسخ الاحتياطية ونسخ الأمان ما زالت تحتوي على العنوان.</numerusform>
            <numerusform>نسختان من النسخ الاحتياطية ونسخ الأمان ما زالتا تحتويان على العنوان.</numerusform>
            <numerusform>%n نسخ من النسخ الاحتياطية ونسخ الأمان ما زالت تحتوي على العنوان.</numerusform>
            <numerusform>%n نسخة من النسخ الاحتياطية ونسخ الأمان ما زالت تحتوي على العنوان.</numerusform>
            <numerusform>%n نسخة من النسخ الاحتياطية ونسخ الأمان ما زالت تحتوي على العنوان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the listing</source>
        <translation>حفظ القائمة</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup(s) holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</source>
        <translation>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسخة احتياطية تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسخة احتياطية تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسختين احتياطيتين تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسخ احتياطية تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسخة احتياطية تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتريد محو كل ما هو محفوظ عن {address}؟

تُحذف بطاقة الاتصال الخاصة به والرسائل التي كُتبت إليه وردوده؛ ويخرج الموقّع الفرد من القائمة ومن الرسالة. ويبقى توقيع المنظمة. وتُترك لك الملاحظات التي تذكره لتعدّلها. وتُعاد كتابة قاعدة البيانات و%n نسخة احتياطية تحتوي على العنوان بحيث لا يمكن قراءة شيء منه هناك مجددًا.

لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>جارٍ المحو…</translation>
    </message>
    <message>
        <source>Erased. The database and its copies no longer hold the removed data.</source>
        <translation>تمّ المحو. لم تعد قاعدة البيانات ونسخها تحتوي على البيانات المحذوفة.</translation>
    </message>
    <message>
        <source>Erased on the team database. Its server&apos;s own backups are its administrator&apos;s to clear.</source>
        <translation>تمّ المحو في قاعدة بيانات الفريق. أما النسخ الاحتياطية الخاصة بالخادم فمحوها من مهمة مسؤوله.</translation>
    </message>
    <message numerus="yes">
        <source>Their name is replaced in %n published edition(s), each kept with its digest.</source>
        <translation>
            <numerusform>لم يُستبدل الاسم في أي إصدار منشور.</numerusform>
            <numerusform>استُبدل الاسم في إصدار منشور واحد، محفوظ ببصمته.</numerusform>
            <numerusform>استُبدل الاسم في إصدارين منشورين، كلٌّ محفوظ ببصمته.</numerusform>
            <numerusform>استُبدل الاسم في %n إصدارات منشورة، كلٌّ محفوظ ببصمته.</numerusform>
            <numerusform>استُبدل الاسم في %n إصدارًا منشورًا، كلٌّ محفوظ ببصمته.</numerusform>
            <numerusform>استُبدل الاسم في %n إصدار منشور، كلٌّ محفوظ ببصمته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) that mention the address are left for you to edit:</source>
        <translation>
            <numerusform>لا ملاحظات تذكر العنوان:</numerusform>
            <numerusform>ملاحظة واحدة تذكر العنوان تُركت لك لتعدّلها:</numerusform>
            <numerusform>ملاحظتان تذكران العنوان تُركتا لك لتعدّلهما:</numerusform>
            <numerusform>%n ملاحظات تذكر العنوان تُركت لك لتعدّلها:</numerusform>
            <numerusform>%n ملاحظة تذكر العنوان تُركت لك لتعدّلها:</numerusform>
            <numerusform>%n ملاحظة تذكر العنوان تُركت لك لتعدّلها:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the signatory&apos;s name (the organisation, or the person)</source>
        <extracomment>What each message placeholder inserts (signon.domain.message_templates.PLACEHOLDERS).</extracomment>
        <translation>اسم الموقّع (المنظمة أو الشخص)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>اسم شخص الاتصال</translation>
    </message>
    <message>
        <source>the campaign title</source>
        <translation>عنوان الحملة</translation>
    </message>
    <message>
        <source>the deadline, as a long date in the template&apos;s language</source>
        <translation>الموعد النهائي، كتاريخ كامل بلغة القالب</translation>
    </message>
    <message>
        <source>the current text of the statement</source>
        <translation>النص الحالي للبيان</translation>
    </message>
    <message>
        <source>the web address where organisations sign (Campaign settings)</source>
        <translation>عنوان الويب الذي توقّع فيه المنظمات (إعدادات الحملة)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name, who signs the message (Campaign settings)</source>
        <translation>اسم المنسّق الذي يوقّع الرسالة (إعدادات الحملة)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Sign-on will be in {language} the next time it starts.</source>
        <extracomment>Source texts shown in the chosen language as well (see _in_language).</extracomment>
        <translation>سيكون Sign-on باللغة {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; letters have their own language in each campaign&apos;s settings</source>
        <translation>لغة القوائم والأزرار والرسائل؛ أما الرسائل الموجَّهة فلها لغتها في إعدادات كل حملة</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>{variable}={value} is set: it decides the language while it stays set.</source>
        <translation>المتغير {variable}={value} معيَّن: يحدد اللغة ما دام معيَّنًا.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <extracomment>OK and restart at once (shown while the language would change)</extracomment>
        <translation>&amp;إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Close Sign-on and start it again in the chosen language</source>
        <translation>إغلاق Sign-on وتشغيله من جديد باللغة المختارة</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation>الترميز {encoding}، الفاصل {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفّان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln عمود</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%Ln أعمدة</numerusform>
            <numerusform>%Ln عمودًا</numerusform>
            <numerusform>%Ln عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation>
            <numerusform>أول %Ln صف كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
            <numerusform>الصف الأول كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
            <numerusform>أول صفّين كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
            <numerusform>أول %Ln صفوف كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
            <numerusform>أول %Ln صفًا كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
            <numerusform>أول %Ln صف كما في الملف. أرقام الصفوف هي التي يعرضها جدول البيانات.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>شريط عمودي</translation>
    </message>
</context>
<context>
    <name>PrivacyChoice</name>
    <message>
        <source>Delivery copy (not for publication)</source>
        <translation>نسخة التسليم (ليست للنشر)</translation>
    </message>
    <message>
        <source>A private copy for the addressee: the signatories marked “do not publish” are printed in their place, under a line saying the copy is not for publication. Never an edition.</source>
        <translation>نسخة خاصة للجهة المخاطَبة: يظهر فيها الموقّعون المعلَّمون «عدم النشر» في أماكنهم، تحت سطر يقول إن النسخة ليست للنشر. ليست طبعةً أبدًا.</translation>
    </message>
    <message>
        <source>Leave out private data</source>
        <translation>استبعاد البيانات الخاصة</translation>
    </message>
    <message>
        <source>No contacts, notes, messages, replies or private signatories: a file to share with a partner.</source>
        <translation>بلا جهات اتصال ولا ملاحظات ولا رسائل ولا ردود ولا موقّعين خاصّين: ملف لمشاركته مع شريك.</translation>
    </message>
    <message numerus="yes">
        <source>Also prints the %Ln signatories marked “do not publish”.</source>
        <translation>
            <numerusform>لا يطبع أي موقّع معلَّم «لا تنشر».</numerusform>
            <numerusform>يطبع أيضًا الموقّع المعلَّم «لا تنشر».</numerusform>
            <numerusform>يطبع أيضًا الموقّعَين المعلَّمين «لا تنشر».</numerusform>
            <numerusform>يطبع أيضًا %Ln موقّعين معلَّمين «لا تنشر».</numerusform>
            <numerusform>يطبع أيضًا %Ln موقّعًا معلَّمًا «لا تنشر».</numerusform>
            <numerusform>يطبع أيضًا %Ln موقّع معلَّم «لا تنشر».</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file to share with a partner: its statement, settings and public signatories, imported as a campaign of its own</source>
        <translation>ملف الحملة لمشاركته مع شريك: بيانها وإعداداتها وموقّعوها العلنيون، ويُستورد حملةً قائمة بذاتها</translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message>
        <source>Publish edition</source>
        <translation>نشر إصدار</translation>
    </message>
    <message>
        <source>Date of the edition</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>What changed since the edition before</source>
        <translation>ما تغيّر منذ الإصدار السابق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Optional: kept with the edition</source>
        <translation>اختيارية: تُحفظ مع الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Write its files…</source>
        <translation>كتابة ملفاته…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading what the edition would print…</source>
        <translation>جارٍ قراءة ما سيطبعه الإصدار…</translation>
    </message>
    <message>
        <source>Edition {number} of “{title}”</source>
        <translation>الإصدار {number} من «{title}»</translation>
    </message>
    <message>
        <source>The letter prints its own date, {date} (Letter date in the Export tab).</source>
        <translation>تطبع الرسالة تاريخها الخاص، {date} (تاريخ الرسالة في تبويب التصدير).</translation>
    </message>
    <message>
        <source>The current text, not frozen yet: publishing freezes it as version {number}.</source>
        <translation>النص الحالي، غير مجمّد بعد: النشر يجمّده بوصفه النسخة {number}.</translation>
    </message>
    <message>
        <source>Version {number}, as frozen.</source>
        <translation>النسخة {number}، كما جُمّدت.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names</source>
        <translation>
            <numerusform>لا أسماء</numerusform>
            <numerusform>اسم واحد</numerusform>
            <numerusform>اسمان</numerusform>
            <numerusform>%Ln أسماء</numerusform>
            <numerusform>%Ln اسمًا</numerusform>
            <numerusform>%Ln اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names}, and %Ln marked retracted</source>
        <translation>
            <numerusform>{names}، ولا أحد موسوم بالانسحاب</numerusform>
            <numerusform>{names}، وواحد موسوم بالانسحاب</numerusform>
            <numerusform>{names}، واثنان موسومان بالانسحاب</numerusform>
            <numerusform>{names}، و%Ln موسومين بالانسحاب</numerusform>
            <numerusform>{names}، و%Ln موسومًا بالانسحاب</numerusform>
            <numerusform>{names}، و%Ln موسوم بالانسحاب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>لا إضافات</numerusform>
            <numerusform>إضافة واحدة</numerusform>
            <numerusform>إضافتان</numerusform>
            <numerusform>%Ln إضافات</numerusform>
            <numerusform>%Ln إضافةً</numerusform>
            <numerusform>%Ln إضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retracted</source>
        <translation>
            <numerusform>لا انسحابات</numerusform>
            <numerusform>انسحاب واحد</numerusform>
            <numerusform>انسحابان</numerusform>
            <numerusform>%Ln انسحابات</numerusform>
            <numerusform>%Ln انسحابًا</numerusform>
            <numerusform>%Ln انسحاب</numerusform>
        </translation>
    </message>
    <message>
        <source>The first edition: every name it prints is new. Later editions add late signers and say who withdrew.</source>
        <translation>الإصدار الأول: كل اسم يطبعه جديد. تضيف الإصدارات اللاحقة الموقّعين المتأخرين وتذكر من انسحب.</translation>
    </message>
    <message>
        <source>End the list with “Added since edition {number}: …”</source>
        <translation>إنهاء القائمة بعبارة «أُضيف منذ الإصدار {number}: …»</translation>
    </message>
    <message>
        <source>Since edition {number}: {added}, {retracted}.</source>
        <translation>منذ الإصدار {number}: {added}، {retracted}.</translation>
    </message>
    <message>
        <source>Added: {name}</source>
        <translation>أُضيف: {name}</translation>
    </message>
    <message>
        <source>Retracted: {name}</source>
        <translation>انسحب: {name}</translation>
    </message>
    <message>
        <source>The same names as edition {number}.</source>
        <translation>الأسماء نفسها كما في الإصدار {number}.</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition are left out of this one (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>يُحذف من هذا الإصدار الموقّعون الذين انسحبوا بعد إصدار سابق (إعداد الحملة، «المنسحبون» في تبويب التصدير).</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition stay in their place, marked “retracted (date)” (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>يبقى الموقّعون الذين انسحبوا بعد إصدار سابق في مكانهم موسومين «منسحب (التاريخ)» (إعداد الحملة، «المنسحبون» في تبويب التصدير).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Nothing was published: {reason}</source>
        <translation>لم يُنشر شيء: {reason}</translation>
    </message>
    <message>
        <source>Edition {number} published on {date} — digest {digest}…</source>
        <extracomment>Hex digits of a digest shown in a sentence (the whole one is copyable).</extracomment>
        <translation>نُشر الإصدار {number} في {date} — البصمة {digest}…</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Template to send</source>
        <translation>القالب المراد إرساله</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Not answered yet (invited or reminded)</source>
        <translation>لم يردّوا بعد (مدعوون أو مذكَّرون)</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>التصفية حسب البلد</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Address fixed: clear flag</source>
        <translation>صُحّح العنوان: إزالة العلامة</translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses were corrected: stop treating them as invalid or bounced</source>
        <translation>صُحّحت عناوين جهات الاتصال المحدّدة: التوقف عن عدّها غير صالحة أو مرتدّة</translation>
    </message>
    <message>
        <source>Add to outbox</source>
        <translation>إضافة إلى صندوق الصادر</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>أي بلد</translation>
    </message>
    <message>
        <source>{placeholder} has no value</source>
        <translation>{placeholder} بلا قيمة</translation>
    </message>
    <message>
        <source>{checked} of {total} checked</source>
        <translation>{checked} من {total} محدّد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation>
            <numerusform>%Ln مستلم لديهم مشكلة</numerusform>
            <numerusform>%Ln مستلم لديه مشكلة</numerusform>
            <numerusform>%Ln مستلمان لديهما مشكلة</numerusform>
            <numerusform>%Ln مستلمين لديهم مشكلة</numerusform>
            <numerusform>%Ln مستلمًا لديهم مشكلة</numerusform>
            <numerusform>%Ln مستلم لديهم مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation>
            <numerusform>%Ln رسالة في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
            <numerusform>رسالة واحدة في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
            <numerusform>رسالتان في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
            <numerusform>%Ln رسائل في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
            <numerusform>%Ln رسالة في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
            <numerusform>%Ln رسالة في صندوق الصادر ({new} جديدة، {updated} محدَّثة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} وواحد آخر</numerusform>
            <numerusform>{names} واثنان آخران</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation>
            <numerusform>استُبعد %Ln: {names}.</numerusform>
            <numerusform>استُبعد واحد: {names}.</numerusform>
            <numerusform>استُبعد اثنان: {names}.</numerusform>
            <numerusform>استُبعد %Ln: {names}.</numerusform>
            <numerusform>استُبعد %Ln: {names}.</numerusform>
            <numerusform>استُبعد %Ln: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>صندوق البريد (IMAP)</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>ملف mbox</translation>
    </message>
    <message>
        <source>Folder of .eml files</source>
        <translation>مجلد ملفات ‎.eml</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>الربط</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>موثّق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Read replies from</source>
        <translation>قراءة الردود من</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the mbox file or the folder of .eml files</source>
        <translation>اختيار ملف mbox أو مجلد ملفات ‎.eml</translation>
    </message>
    <message>
        <source>Mailbox settings…</source>
        <translation>صندوق البريد…</translation>
    </message>
    <message>
        <source>Server, user, folder and password of the mailbox replies arrive in</source>
        <translation>الخادم والمستخدم والمجلد وكلمة المرور لصندوق البريد الذي تصل إليه الردود</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>قراءة الردود</translation>
    </message>
    <message>
        <source>Read the replies and show what each one is; nothing is written</source>
        <translation>قراءة الردود وعرض نوع كل منها؛ لا يُكتب شيء</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>القراءة من:</translation>
    </message>
    <message>
        <source>The reply&apos;s own text</source>
        <translation>نص الرد نفسه</translation>
    </message>
    <message>
        <source>Select a message to read what it says.</source>
        <translation>اختر رسالة لقراءة ما تقوله.</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>بتفويض من</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>اسم المفوِّض</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>اسم الشخص</translation>
    </message>
    <message>
        <source>Representative&apos;s role</source>
        <translation>صفة المفوِّض</translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation>الصفة في المنظمة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Keep the name and role with the reply&apos;s evidence (private)</source>
        <translation>حفظ الاسم والصفة مع أدلة الرد (خاص)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الصفة:</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>The selected reply endorses: mark its signatory endorsed, as the reply says</source>
        <translation>الرد المحدد توقيع: وسم موقّعه بأنه وقّع، كما يقول الرد</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>The selected reply declines: mark its signatory declined</source>
        <translation>الرد المحدد اعتذار: وسم موقّعه بأنه اعتذر</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The selected reply needs nothing done: keep it as evidence only</source>
        <translation>الرد المحدد لا يتطلب شيئًا: الاحتفاظ به دليلًا فقط</translation>
    </message>
    <message>
        <source>Apply clear replies</source>
        <translation>تطبيق الردود الواضحة</translation>
    </message>
    <message>
        <source>Read again and apply every endorsement, refusal and bounce that answers the campaign&apos;s own messages; record the others for you to decide</source>
        <translation>القراءة مجددًا وتطبيق كل توقيع واعتذار وارتداد يردّ على رسائل الحملة نفسها؛ وتسجيل البقية لتقرر فيها</translation>
    </message>
    <message>
        <source>Save evidence report…</source>
        <translation>حفظ تقرير الأدلة…</translation>
    </message>
    <message>
        <source>A CSV file of every recorded reply: who authorised what, when, how it was verified. Private: it names people and quotes their mail, and only you can read the file.</source>
        <translation>ملف CSV بكل رد مسجّل: من فوّض بماذا، ومتى، وكيف جرى التحقق منه. خاص: يذكر أشخاصًا ويقتبس بريدهم، ولا يستطيع قراءة الملف أحد سواك.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop reading after the current batch of messages</source>
        <translation>إيقاف القراءة بعد دفعة الرسائل الحالية</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>signatory removed</source>
        <translation>موقّع محذوف</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ موثّق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير موثّق</translation>
    </message>
    <message>
        <source>A bounce comes from a mail server, not from the organisation: there is no sender to verify.</source>
        <translation>الارتداد يأتي من خادم بريد لا من المنظمة: لا مرسِل للتحقق منه.</translation>
    </message>
    <message>
        <source>No signatory matched: there is no organisation to check the sender against.</source>
        <translation>لا موقّع مطابق: لا منظمة للتحقق من المرسِل مقابلها.</translation>
    </message>
    <message>
        <source>Verified: {address} is the organisation&apos;s address, and its mail system vouched for the message (DKIM {dkim}, DMARC {dmarc}).</source>
        <translation>موثّق: {address} عنوان للمنظمة، ونظام بريدها يشهد للرسالة (DKIM {dkim}، DMARC {dmarc}).</translation>
    </message>
    <message>
        <source>Not verified: the message gives no sender address.</source>
        <translation>غير موثّق: الرسالة لا تذكر عنوان مرسِل.</translation>
    </message>
    <message>
        <source>Not verified: {address} is a personal mailbox ({domain}). Free mail is never verified, even when the address is on record.</source>
        <translation>غير موثّق: {address} صندوق بريد شخصي ({domain}). البريد المجاني لا يوثَّق أبدًا، حتى لو كان العنوان مسجّلًا.</translation>
    </message>
    <message>
        <source>Not verified: the receiving server recorded no DKIM or DMARC result for this message.</source>
        <translation>غير موثّق: لم يسجّل الخادم المستقبِل أي نتيجة DKIM أو DMARC لهذه الرسالة.</translation>
    </message>
    <message>
        <source>Not verified: the message did come from {domain}&apos;s mail system, but {address} is not the organisation&apos;s: not on its website&apos;s domain, nor an address on record.</source>
        <translation>غير موثّق: الرسالة جاءت فعلًا من نظام بريد {domain}، لكن {address} ليس للمنظمة: ليس على نطاق موقعها الإلكتروني ولا عنوانًا مسجّلًا.</translation>
    </message>
    <message>
        <source>Not verified: neither DKIM nor DMARC passed for {domain} (DKIM {dkim}, DMARC {dmarc}), so nothing shows that the organisation&apos;s mail system sent it.</source>
        <translation>غير موثّق: لم ينجح لا DKIM ولا DMARC للنطاق {domain} (DKIM {dkim}، DMARC {dmarc})، فلا شيء يُظهر أن نظام بريد المنظمة أرسلها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorse</source>
        <translation>
            <numerusform>%Ln توقيع</numerusform>
            <numerusform>توقيع واحد</numerusform>
            <numerusform>توقيعان</numerusform>
            <numerusform>%Ln توقيعات</numerusform>
            <numerusform>%Ln توقيعًا</numerusform>
            <numerusform>%Ln توقيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decline</source>
        <translation>
            <numerusform>%Ln اعتذار</numerusform>
            <numerusform>اعتذار واحد</numerusform>
            <numerusform>اعتذاران</numerusform>
            <numerusform>%Ln اعتذارات</numerusform>
            <numerusform>%Ln اعتذارًا</numerusform>
            <numerusform>%Ln اعتذار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln للمراجعة</numerusform>
            <numerusform>واحد للمراجعة</numerusform>
            <numerusform>اثنان للمراجعة</numerusform>
            <numerusform>%Ln للمراجعة</numerusform>
            <numerusform>%Ln للمراجعة</numerusform>
            <numerusform>%Ln للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce</source>
        <translation>
            <numerusform>%Ln ارتداد</numerusform>
            <numerusform>ارتداد واحد</numerusform>
            <numerusform>ارتدادان</numerusform>
            <numerusform>%Ln ارتدادات</numerusform>
            <numerusform>%Ln ارتدادًا</numerusform>
            <numerusform>%Ln ارتداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln رد آلي</numerusform>
            <numerusform>رد آلي واحد</numerusform>
            <numerusform>ردّان آليّان</numerusform>
            <numerusform>%Ln ردود آلية</numerusform>
            <numerusform>%Ln ردًا آليًا</numerusform>
            <numerusform>%Ln رد آلي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate</source>
        <translation>
            <numerusform>%Ln نسخة مكرّرة</numerusform>
            <numerusform>نسخة مكرّرة واحدة</numerusform>
            <numerusform>نسختان مكرّرتان</numerusform>
            <numerusform>%Ln نسخ مكرّرة</numerusform>
            <numerusform>%Ln نسخة مكرّرة</numerusform>
            <numerusform>%Ln نسخة مكرّرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln رسالة غير مطابقة</numerusform>
            <numerusform>رسالة واحدة غير مطابقة</numerusform>
            <numerusform>رسالتان غير مطابقتين</numerusform>
            <numerusform>%Ln رسائل غير مطابقة</numerusform>
            <numerusform>%Ln رسالة غير مطابقة</numerusform>
            <numerusform>%Ln رسالة غير مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet: choose where they come from, then Read replies.</source>
        <translation>لا ردود بعد: اختر مصدرها، ثم «قراءة الردود».</translation>
    </message>
    <message>
        <source>{replies}: {counts}</source>
        <translation>{replies}: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln رد</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%Ln ردود</numerusform>
            <numerusform>%Ln ردًا</numerusform>
            <numerusform>%Ln رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln رد موثّق</numerusform>
            <numerusform>رد واحد موثّق</numerusform>
            <numerusform>ردّان موثّقان</numerusform>
            <numerusform>%Ln ردود موثّقة</numerusform>
            <numerusform>%Ln ردًا موثّقًا</numerusform>
            <numerusform>%Ln رد موثّق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to apply</source>
        <translation>
            <numerusform>%Ln للتطبيق</numerusform>
            <numerusform>واحد للتطبيق</numerusform>
            <numerusform>اثنان للتطبيق</numerusform>
            <numerusform>%Ln للتطبيق</numerusform>
            <numerusform>%Ln للتطبيق</numerusform>
            <numerusform>%Ln للتطبيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln yours to decide</source>
        <translation>
            <numerusform>%Ln بانتظار قرارك</numerusform>
            <numerusform>واحد بانتظار قرارك</numerusform>
            <numerusform>اثنان بانتظار قرارك</numerusform>
            <numerusform>%Ln بانتظار قرارك</numerusform>
            <numerusform>%Ln بانتظار قرارك</numerusform>
            <numerusform>%Ln بانتظار قرارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages.</source>
        <translation>
            <numerusform>قُرئت %Ln رسالة.</numerusform>
            <numerusform>قُرئت رسالة واحدة.</numerusform>
            <numerusform>قُرئت رسالتان.</numerusform>
            <numerusform>قُرئت %Ln رسائل.</numerusform>
            <numerusform>قُرئت %Ln رسالة.</numerusform>
            <numerusform>قُرئت %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clear replies applied; the other matched ones are recorded for you to decide.</source>
        <translation>
            <numerusform>طُبّق %Ln رد واضح؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
            <numerusform>طُبّق رد واضح واحد؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
            <numerusform>طُبّق ردّان واضحان؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
            <numerusform>طُبّقت %Ln ردود واضحة؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
            <numerusform>طُبّق %Ln ردًا واضحًا؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
            <numerusform>طُبّق %Ln رد واضح؛ وسُجّلت الردود المطابقة الأخرى لتقرر فيها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</source>
        <translation>
            <numerusform>قُرئت %Ln رسالة. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلها ويطبّق الواضح منها.</numerusform>
            <numerusform>قُرئت رسالة واحدة. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلها ويطبّقها إن كانت واضحة.</numerusform>
            <numerusform>قُرئت رسالتان. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلهما ويطبّق الواضح منهما.</numerusform>
            <numerusform>قُرئت %Ln رسائل. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلها ويطبّق الواضح منها.</numerusform>
            <numerusform>قُرئت %Ln رسالة. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلها ويطبّق الواضح منها.</numerusform>
            <numerusform>قُرئت %Ln رسالة. لم يُكتب شيء: «تطبيق الردود الواضحة» يسجّلها ويطبّق الواضح منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last reading found %Ln to apply.</source>
        <translation>
            <numerusform>وجدت القراءة الأخيرة %Ln ردًا للتطبيق.</numerusform>
            <numerusform>وجدت القراءة الأخيرة ردًا واحدًا للتطبيق.</numerusform>
            <numerusform>وجدت القراءة الأخيرة ردّين للتطبيق.</numerusform>
            <numerusform>وجدت القراءة الأخيرة %Ln ردود للتطبيق.</numerusform>
            <numerusform>وجدت القراءة الأخيرة %Ln ردًا للتطبيق.</numerusform>
            <numerusform>وجدت القراءة الأخيرة %Ln رد للتطبيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are being read and applied. Cancelling stops after the current batch: what was applied stays applied, and the next reading carries on.</source>
        <translation>تجري قراءة الردود وتطبيقها. الإلغاء يوقفها بعد الدفعة الحالية: ما طُبّق يبقى مطبّقًا، والقراءة التالية تكمل.</translation>
    </message>
    <message>
        <source>Replies are being read; nothing is written. Cancelling stops the reading.</source>
        <translation>تجري قراءة الردود؛ لا يُكتب شيء. الإلغاء يوقف القراءة.</translation>
    </message>
    <message>
        <source>{signatory}: {outcome}.</source>
        <extracomment>statuses moved (a reply was applied)</extracomment>
        <translation>{signatory}: {outcome}.</translation>
    </message>
    <message>
        <source>The reply from {address} is kept as evidence; nothing was changed.</source>
        <translation>حُفظ الرد من {address} دليلًا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Saved who authorised the reply from {address}.</source>
        <translation>حُفظ من فوّض بالرد من {address}.</translation>
    </message>
    <message>
        <source>Save the evidence report (private: it names people and quotes their mail)</source>
        <translation>حفظ تقرير الأدلة (خاص: يذكر أشخاصًا ويقتبس بريدهم)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the evidence report to {path}. It is private: only you can read the file; keep it out of shared folders.</source>
        <translation>حُفظ تقرير الأدلة في {path}. إنه خاص: لا يقرأ الملف أحد سواك؛ أبقِه خارج المجلدات المشتركة.</translation>
    </message>
    <message>
        <source>The evidence report was not saved: {message}</source>
        <translation>لم يُحفظ تقرير الأدلة: {message}</translation>
    </message>
    <message>
        <source>{user} on {host}, folder {folder}</source>
        <extracomment>The columns&apos; widths while there are no replies (Date, From, Signatory, Match, Action, Verified), about as wide as once they come. the file or folder chosen for each kind of source, this session</extracomment>
        <translation>{user} على {host}، المجلد {folder}</translation>
    </message>
    <message>
        <source>(recorded replies move to {folder})</source>
        <translation>(تُنقل الردود المسجّلة إلى {folder})</translation>
    </message>
    <message>
        <source>Not set up yet: give the server in Mailbox settings…</source>
        <translation>لم يُضبط بعد: حدّد الخادم في «صندوق البريد…»</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>لم يُختر ملف بعد</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>لم يُختر مجلد بعد</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>From {address}, {date}</source>
        <translation>من {address}، {date}</translation>
    </message>
    <message>
        <source>From {address}</source>
        <translation>من {address}</translation>
    </message>
    <message>
        <source>No text of its own (a bounce, an automatic reply, or only the quoted invitation).</source>
        <translation>لا نص خاص به (ارتداد، أو رد آلي، أو الدعوة المقتبسة فقط).</translation>
    </message>
    <message>
        <source>Kept with the reply&apos;s evidence: private, never in the letter.</source>
        <translation>يُحفظ مع أدلة الرد: خاص، ولا يظهر في الرسالة أبدًا.</translation>
    </message>
    <message>
        <source>Not a reply to this campaign: nothing of it is recorded.</source>
        <translation>ليس ردًا على هذه الحملة: لا يُسجَّل منه شيء.</translation>
    </message>
    <message>
        <source>Only for a recorded reply: Apply clear replies records every matched one.</source>
        <translation>لرد مسجّل فقط: «تطبيق الردود الواضحة» يسجّل كل رد مطابق.</translation>
    </message>
    <message>
        <source>Choose the mbox file replies are in</source>
        <extracomment>statuses moved (replies were applied)</extracomment>
        <translation>اختيار ملف mbox الذي فيه الردود</translation>
    </message>
    <message>
        <source>All files (*);;mbox files (*.mbox *.mbx)</source>
        <translation>كل الملفات (*);;ملفات mbox (*.mbox *.mbx)</translation>
    </message>
    <message>
        <source>Choose the folder of .eml files</source>
        <translation>اختيار مجلد ملفات ‎.eml</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>كلمة مرور صندوق البريد</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>كلمة المرور لـ{user} على {host}:</translation>
    </message>
    <message>
        <source>Apply the clear replies? Every reply that answers one of the campaign&apos;s own messages and clearly endorses or declines moves its signatory&apos;s status, with the reply kept as evidence; a bounce flags the address. The other matched replies are recorded for you to decide. Mail that is not the campaign&apos;s is left alone.</source>
        <translation>تطبيق الردود الواضحة؟ كل رد على إحدى رسائل الحملة يوقّع أو يعتذر بوضوح يغيّر حالة موقّعه، مع حفظ الرد دليلًا؛ والارتداد يضع علامة على العنوان. تُسجَّل الردود المطابقة الأخرى لتقرر فيها. أما البريد الذي لا يخص الحملة فلا يُمسّ.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>جارٍ قراءة {source}…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>جارٍ الإلغاء بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {message}</source>
        <translation>قراءة {done} من {total}: {message}</translation>
    </message>
    <message>
        <source>Reading stopped: {message}</source>
        <translation>توقفت القراءة: {message}</translation>
    </message>
    <message>
        <source>Cancelled. Replies applied before stay applied; the next reading carries on.</source>
        <translation>أُلغيت. الردود التي طُبّقت قبل ذلك تبقى مطبّقة؛ والقراءة التالية تكمل.</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>أُلغيت القراءة؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Endorse</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>ارتداد</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>رد آلي</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرّرة</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>غير مطابقة</translation>
    </message>
</context>
<context>
    <name>ReplyMatch</name>
    <message>
        <source>Thread</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>It answers a message the outbox sent to this signatory</source>
        <translation>يردّ على رسالة أرسلها صندوق الصادر إلى هذا الموقّع</translation>
    </message>
    <message>
        <source>Its sender is a contact address of this signatory, and of no other</source>
        <translation>مرسِله عنوان اتصال لهذا الموقّع دون غيره</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>Applied</source>
        <extracomment>The colour of each action, as the statuses it leads to are coloured. The order of the counts above the table.</extracomment>
        <translation>مطبَّق</translation>
    </message>
    <message>
        <source>To apply</source>
        <translation>للتطبيق</translation>
    </message>
    <message>
        <source>Yours to decide</source>
        <translation>بانتظار قرارك</translation>
    </message>
    <message>
        <source>To record</source>
        <translation>للتسجيل</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Applied: the signatory&apos;s status or the message&apos;s state changed, with the reply as evidence</source>
        <translation>مطبَّق: تغيّرت حالة الموقّع أو حالة الرسالة، والرد دليل على ذلك</translation>
    </message>
    <message>
        <source>Clear, and it answers the campaign&apos;s own message: Apply clear replies applies it</source>
        <translation>واضح ويردّ على رسالة من الحملة نفسها: «تطبيق الردود الواضحة» يطبّقه</translation>
    </message>
    <message>
        <source>Recorded, waiting for you: Endorse, Decline or Ignore it</source>
        <translation>مسجّل وينتظرك: «توقيع» أو «اعتذار» أو «تجاهل»</translation>
    </message>
    <message>
        <source>Needs your decision: Apply clear replies records it, then Endorse, Decline or Ignore it</source>
        <translation>يحتاج إلى قرارك: «تطبيق الردود الواضحة» يسجّله، ثم «توقيع» أو «اعتذار» أو «تجاهل»</translation>
    </message>
    <message>
        <source>Nothing to do: kept as evidence only</source>
        <translation>لا شيء يُفعل: يُحفظ دليلًا فقط</translation>
    </message>
    <message>
        <source>Not the campaign&apos;s, or a second copy: nothing is recorded</source>
        <translation>لا يخص الحملة، أو نسخة ثانية: لا يُسجَّل شيء</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Private contact data removed from %Ln campaigns past their retention period.</source>
        <extracomment>the store&apos;s RetentionReport</extracomment>
        <translation>
            <numerusform>لم تُزل بيانات اتصال خاصة من أي حملة تجاوزت مدة الاحتفاظ.</numerusform>
            <numerusform>أُزيلت بيانات الاتصال الخاصة من حملة واحدة تجاوزت مدة الاحتفاظ.</numerusform>
            <numerusform>أُزيلت بيانات الاتصال الخاصة من حملتين تجاوزتا مدة الاحتفاظ.</numerusform>
            <numerusform>أُزيلت بيانات الاتصال الخاصة من %Ln حملات تجاوزت مدة الاحتفاظ.</numerusform>
            <numerusform>أُزيلت بيانات الاتصال الخاصة من %Ln حملة تجاوزت مدة الاحتفاظ.</numerusform>
            <numerusform>أُزيلت بيانات الاتصال الخاصة من %Ln حملة تجاوزت مدة الاحتفاظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” — outbox messages: {messages}, replies: {replies}, contacts: {contacts}, signatory notes: {notes}</source>
        <translation>«{title}» — رسائل صندوق الصادر: {messages}، الردود: {replies}، جهات الاتصال: {contacts}، ملاحظات الموقّعين: {notes}</translation>
    </message>
    <message>
        <source>Private contact data removed</source>
        <translation>أُزيلت بيانات الاتصال الخاصة</translation>
    </message>
    <message>
        <source>These campaigns are past their retention period; their private contact data was removed:</source>
        <translation>تجاوزت هذه الحملات مدة الاحتفاظ، فأُزيلت بيانات الاتصال الخاصة بها:</translation>
    </message>
    <message>
        <source>The letters, endorsements and editions are kept. Backups hold the removed data until they age out (File → Backups…).</source>
        <translation>تبقى الرسائل والتأييدات والإصدارات. تحتفظ النسخ الاحتياطية بالبيانات المُزالة حتى تنتهي مدتها (ملف ← النسخ الاحتياطية…).</translation>
    </message>
    <message>
        <source>Removing private contact data past its retention period failed ({message}); it is tried again at the next start.</source>
        <translation>تعذّرت إزالة بيانات الاتصال الخاصة التي تجاوزت مدة الاحتفاظ ({message})؛ ستُعاد المحاولة عند البدء التالي.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database as it was.</source>
        <translation>تُكتب كل الصفوف في معاملة واحدة: الإلغاء يترك قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Writing every row in one transaction…</source>
        <translation>جارٍ كتابة كل الصفوف في معاملة واحدة…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories added to the campaign.</source>
        <translation>
            <numerusform>أُضيف %Ln موقّع إلى الحملة.</numerusform>
            <numerusform>أُضيف موقّع واحد إلى الحملة.</numerusform>
            <numerusform>أُضيف موقّعان إلى الحملة.</numerusform>
            <numerusform>أُضيف %Ln موقّعين إلى الحملة.</numerusform>
            <numerusform>أُضيف %Ln موقّعًا إلى الحملة.</numerusform>
            <numerusform>أُضيف %Ln موقّع إلى الحملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation>{message} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>أُلغي؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>SavedHistory</name>
    <message>
        <source>Saved edits of {time}</source>
        <translation>تعديلات محفوظة في {time}</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>مصدر قلق</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الخاتمة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>المقدمات</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>المخاوف</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>الخواتيم</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <source>Introduction</source>
        <extracomment>The row&apos;s translation status (&quot;missing&quot;, &quot;outdated&quot;, &quot;current&quot;) in the chosen translation language, None when it has nothing to translate. What a section is called in the outline and the composer (translated when shown: section_title).</extracomment>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>المخاوف</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الخاتمة</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>التذكّر في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Usual port ({port})</source>
        <translation>المنفذ المعتاد ({port})</translation>
    </message>
</context>
<context>
    <name>SetValueButton</name>
    <message>
        <source>Set form link…</source>
        <translation>تعيين رابط الاستمارة…</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>تعيين المنسّق…</translation>
    </message>
    <message>
        <source>Set deadline…</source>
        <translation>تعيين الموعد النهائي…</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no form link.</source>
        <translation>يستخدم «{template}» ‏{placeholder}، وليس للحملة رابط استمارة.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no coordinator.</source>
        <translation>يستخدم «{template}» ‏{placeholder}، وليس للحملة منسّق.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no deadline.</source>
        <translation>يستخدم «{template}» ‏{placeholder}، وليس للحملة موعد نهائي.</translation>
    </message>
    <message>
        <source>Open Campaign settings at this field</source>
        <translation>فتح إعدادات الحملة عند هذا الحقل</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>الانتقال إلى {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs. A key listed under a tab works while that tab is shown; Alt with an underlined letter goes to that field.</source>
        <translation>كل مفاتيح النافذة وتبويباتها. يعمل المفتاح المُدرج تحت تبويب ما دام ذلك التبويب معروضًا؛ وAlt مع حرف مسطَّر ينقلك إلى ذلك الحقل.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>The campaign&apos;s signatories</source>
        <extracomment>Above this many rows, `refresh_rows` reads the whole table again instead of those rows: one query for everything beats many IN lists. The rows read first, in the campaign&apos;s order, and shown while the rest of a bigger campaign is read: a few screens, read in milliseconds, where all 200,000 rows took 1.5-2 s to appear. `store.signatories.table_fingerprint` when the rows were read (None while not `complete`: `AllRows` brings it) signatory id → the applied reply behind its status (`store.replies.verification_by_signatory`) the signatories marked &quot;do not publish&quot; (a padlock by the name; empty while not `complete`: `AllRows` brings them) False: `prepared` holds the first `HEAD_ROWS` rows only, and `read_all_rows` reads them all the rows of the signatories whose status moved, when only statuses moved and not too many; None: read the whole table again the replies behind the statuses now (`read_table`&apos;s `verification`) the signatories marked &quot;do not publish&quot; now</extracomment>
        <translation>موقّعو الحملة</translation>
    </message>
    <message>
        <source>Search signatories</source>
        <extracomment>Debounce of the search field: long enough to skip the intermediate states of fast typing, short enough to feel immediate. Width the name column keeps before the other columns grow, in pixels. A stable key per column, for the widths remembered across restarts. The columns that step aside, in this order, when the table is too narrow for every column at its narrow width beside the name (`NAME_ROOM`): each is also in the side panel (the endorsement&apos;s date in its status line), while the country and status must stay readable. The country column is as wide as the longest country name in the campaign, but no wider than this many average characters (narrow: when the table is short of room); a longer name is elided, whole in its tooltip. Keyboard shortcuts that open the status dialog on the selection.</extracomment>
        <translation>البحث في الموقّعين</translation>
    </message>
    <message>
        <source>Search name, acronym, country, affiliation  (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الاختصار أو البلد أو الجهة  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>الحالة المعروضة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Signatories shown</source>
        <translation>الموقّعون المعروضون</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln معروض</numerusform>
            <numerusform>%Ln معروض</numerusform>
            <numerusform>%Ln معروضان</numerusform>
            <numerusform>%Ln معروضين</numerusform>
            <numerusform>%Ln معروضًا</numerusform>
            <numerusform>%Ln معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>الأعداد حسب الحالة</translation>
    </message>
    <message>
        <source>Ask them to reconfirm</source>
        <translation>طلب إعادة التأكيد منهم</translation>
    </message>
    <message>
        <source>Mark them “needs reconfirmation”: they leave the letter until they answer</source>
        <translation>تعليمهم بـ«يحتاج إلى إعادة تأكيد»: يخرجون من الرسالة حتى يردّوا</translation>
    </message>
    <message>
        <source>Keep as endorsed</source>
        <translation>الإبقاء على توقيعهم</translation>
    </message>
    <message>
        <source>The change does not need a new answer: stop asking until another version is frozen</source>
        <translation>التغيير لا يستدعي ردًا جديدًا: التوقف عن السؤال حتى تثبيت إصدار آخر</translation>
    </message>
    <message>
        <source>Print them in the letter until they answer</source>
        <translation>إبقاؤهم في الرسالة حتى يردّوا</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>التراجع عن تغيير الحالة</translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z); the history records it as a correction</source>
        <translation>إعادتهم إلى ما كانوا عليه (Ctrl+Z)؛ ويسجّل السجل ذلك تصحيحًا</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>إعادة ضبط عرض الأعمدة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add an organisation or an individual</source>
        <translation>إضافة منظمة أو فرد</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import signatories from a form export or spreadsheet (CSV, XLSX)</source>
        <translation>استيراد موقّعين من ملف استمارة مُصدَّر أو جدول بيانات (CSV، XLSX)</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <source>Change the status of the selected signatories</source>
        <translation>تغيير حالة الموقّعين المحدّدين</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the selected signatories from this campaign</source>
        <translation>إزالة الموقّعين المحدّدين من هذه الحملة</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>التكرارات…</translation>
    </message>
    <message>
        <source>Find organisations entered twice and merge them</source>
        <translation>العثور على المنظمات المُدخلة مرتين ودمجها</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Merge the two selected signatories: the same one entered twice</source>
        <translation>دمج الموقّعَين المحدّدين: الموقّع نفسه أُدخل مرتين</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search the signatories</source>
        <translation>البحث في الموقّعين</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected signatory</source>
        <translation>تعديل الموقّع المحدّد</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>عدم النشر</translation>
    </message>
    <message>
        <source>Keep the selected signatories off every public letter and edition; they print only in a delivery copy</source>
        <translation>إبقاء الموقّعين المحدَّدين خارج كل رسالة وطبعة علنية؛ لا يظهرون إلا في نسخة التسليم</translation>
    </message>
    <message>
        <source>Correct status…</source>
        <translation>تصحيح الحالة…</translation>
    </message>
    <message>
        <source>Put a wrong status right, from any status, with the reason; the history keeps it as a correction</source>
        <translation>تصحيح حالة خاطئة، من أي حالة، مع ذكر السبب؛ ويحفظه السجل تصحيحًا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show or hide the side panel (contacts and history)</source>
        <translation>إظهار اللوحة الجانبية أو إخفاؤها (جهات الاتصال والسجل)</translation>
    </message>
    <message>
        <source>Loading signatories…</source>
        <translation>جارٍ تحميل الموقّعين…</translation>
    </message>
    <message>
        <source>Mark the selection as {status}</source>
        <translation>تعليم المحدّد بـ«{status}»</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّع</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّع</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّعان</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّعين</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّعًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; موقّع</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>كل الحالات ({count})</translation>
    </message>
    <message numerus="yes">
        <source>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</source>
        <translation>
            <numerusform>لا يزال تغيير حالة %Ln موقّع جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
            <numerusform>لا يزال تغيير حالة موقّع واحد جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
            <numerusform>لا يزال تغيير حالة موقّعَين جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
            <numerusform>لا يزال تغيير حالة %Ln موقّعين جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
            <numerusform>لا يزال تغيير حالة %Ln موقّعًا جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
            <numerusform>لا يزال تغيير حالة %Ln موقّع جارياً. الإلغاء يتراجع عنه كله: لا يتغيّر أي موقّع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation>
            <numerusform>انتقل %Ln موقّع إلى «{status}».</numerusform>
            <numerusform>انتقل موقّع واحد إلى «{status}».</numerusform>
            <numerusform>انتقل موقّعان إلى «{status}».</numerusform>
            <numerusform>انتقل %Ln موقّعين إلى «{status}».</numerusform>
            <numerusform>انتقل %Ln موقّعًا إلى «{status}».</numerusform>
            <numerusform>انتقل %Ln موقّع إلى «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged.</source>
        <translation>
            <numerusform>بقي %Ln موقّع دون تغيير.</numerusform>
            <numerusform>بقي موقّع واحد دون تغيير.</numerusform>
            <numerusform>بقي موقّعان دون تغيير.</numerusform>
            <numerusform>بقي %Ln موقّعين دون تغيير.</numerusform>
            <numerusform>بقي %Ln موقّعًا دون تغيير.</numerusform>
            <numerusform>بقي %Ln موقّع دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected to {status}.</source>
        <translation>
            <numerusform>صُحّحت حالة %Ln موقّع إلى «{status}».</numerusform>
            <numerusform>صُحّحت حالة موقّع واحد إلى «{status}».</numerusform>
            <numerusform>صُحّحت حالة موقّعَين إلى «{status}».</numerusform>
            <numerusform>صُحّحت حالة %Ln موقّعين إلى «{status}».</numerusform>
            <numerusform>صُحّحت حالة %Ln موقّعًا إلى «{status}».</numerusform>
            <numerusform>صُحّحت حالة %Ln موقّع إلى «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln put back as they were.</source>
        <translation>
            <numerusform>تم التراجع: أُعيد %Ln موقّع إلى ما كانوا عليه.</numerusform>
            <numerusform>تم التراجع: أُعيد موقّع واحد إلى ما كان عليه.</numerusform>
            <numerusform>تم التراجع: أُعيد موقّعان إلى ما كانا عليه.</numerusform>
            <numerusform>تم التراجع: أُعيد %Ln موقّعين إلى ما كانوا عليه.</numerusform>
            <numerusform>تم التراجع: أُعيد %Ln موقّعًا إلى ما كانوا عليه.</numerusform>
            <numerusform>تم التراجع: أُعيد %Ln موقّع إلى ما كانوا عليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they are: someone changed them since.</source>
        <translation>
            <numerusform>بقي %Ln موقّع على حالهم: غيّرهم أحد بعد ذلك.</numerusform>
            <numerusform>بقي موقّع واحد على حاله: غيّره أحد بعد ذلك.</numerusform>
            <numerusform>بقي موقّعان على حالهما: غيّرهما أحد بعد ذلك.</numerusform>
            <numerusform>بقي %Ln موقّعين على حالهم: غيّرهم أحد بعد ذلك.</numerusform>
            <numerusform>بقي %Ln موقّعًا على حالهم: غيّرهم أحد بعد ذلك.</numerusform>
            <numerusform>بقي %Ln موقّع على حالهم: غيّرهم أحد بعد ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the status change of %Ln signatories</source>
        <translation>
            <numerusform>ال&amp;تراجع عن تغيير حالة %Ln موقّع</numerusform>
            <numerusform>ال&amp;تراجع عن تغيير حالة موقّع واحد</numerusform>
            <numerusform>ال&amp;تراجع عن تغيير حالة موقّعَين</numerusform>
            <numerusform>ال&amp;تراجع عن تغيير حالة %Ln موقّعين</numerusform>
            <numerusform>ال&amp;تراجع عن تغيير حالة %Ln موقّعًا</numerusform>
            <numerusform>ال&amp;تراجع عن تغيير حالة %Ln موقّع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</source>
        <translation>
            <numerusform>لا يزال التراجع عن تغيير حالة %Ln موقّع جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
            <numerusform>لا يزال التراجع عن تغيير حالة موقّع واحد جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
            <numerusform>لا يزال التراجع عن تغيير حالة موقّعَين جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
            <numerusform>لا يزال التراجع عن تغيير حالة %Ln موقّعين جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
            <numerusform>لا يزال التراجع عن تغيير حالة %Ln موقّعًا جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
            <numerusform>لا يزال التراجع عن تغيير حالة %Ln موقّع جاريًا. الإلغاء يتراجع عنه كله: يبقى التغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</source>
        <translation>
            <numerusform>وُضعت الدعوة في الطابور لـ%Ln موقّع، في صندوق الصادر للمراجعة: ينتقلون إلى «مدعو» عند إرسالها.</numerusform>
            <numerusform>وُضعت الدعوة في الطابور لموقّع واحد، في صندوق الصادر للمراجعة: ينتقل إلى «مدعو» عند إرسالها.</numerusform>
            <numerusform>وُضعت الدعوة في الطابور لموقّعَين، في صندوق الصادر للمراجعة: ينتقلان إلى «مدعو» عند إرسالها.</numerusform>
            <numerusform>وُضعت الدعوة في الطابور لـ%Ln موقّعين، في صندوق الصادر للمراجعة: ينتقلون إلى «مدعو» عند إرسالها.</numerusform>
            <numerusform>وُضعت الدعوة في الطابور لـ%Ln موقّعًا، في صندوق الصادر للمراجعة: ينتقلون إلى «مدعو» عند إرسالها.</numerusform>
            <numerusform>وُضعت الدعوة في الطابور لـ%Ln موقّع، في صندوق الصادر للمراجعة: ينتقلون إلى «مدعو» عند إرسالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (no usable address, or the invitation does not apply).</source>
        <translation>
            <numerusform>استُبعد %Ln موقّع (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
            <numerusform>استُبعد موقّع واحد (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
            <numerusform>استُبعد موقّعان (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
            <numerusform>استُبعد %Ln موقّعين (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
            <numerusform>استُبعد %Ln موقّعًا (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
            <numerusform>استُبعد %Ln موقّع (لا عنوان صالح، أو لا تنطبق الدعوة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</source>
        <translation>
            <numerusform>عُلِّم %Ln موقّع «عدم النشر»: يبقون خارج كل رسالة وطبعة علنية، ولا يظهرون إلا في نسخة التسليم.</numerusform>
            <numerusform>عُلِّم موقّع واحد «عدم النشر»: يبقى خارج كل رسالة وطبعة علنية، ولا يظهر إلا في نسخة التسليم.</numerusform>
            <numerusform>عُلِّم موقّعان «عدم النشر»: يبقيان خارج كل رسالة وطبعة علنية، ولا يظهران إلا في نسخة التسليم.</numerusform>
            <numerusform>عُلِّم %Ln موقّعين «عدم النشر»: يبقون خارج كل رسالة وطبعة علنية، ولا يظهرون إلا في نسخة التسليم.</numerusform>
            <numerusform>عُلِّم %Ln موقّعًا «عدم النشر»: يبقون خارج كل رسالة وطبعة علنية، ولا يظهرون إلا في نسخة التسليم.</numerusform>
            <numerusform>عُلِّم %Ln موقّع «عدم النشر»: يبقون خارج كل رسالة وطبعة علنية، ولا يظهرون إلا في نسخة التسليم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories no longer marked “do not publish”: the letter prints them again.</source>
        <translation>
            <numerusform>أُزيلت علامة «عدم النشر» عن %Ln موقّع: تعود الرسالة إلى ذكرهم.</numerusform>
            <numerusform>أُزيلت علامة «عدم النشر» عن موقّع واحد: تعود الرسالة إلى ذكره.</numerusform>
            <numerusform>أُزيلت علامة «عدم النشر» عن موقّعَين: تعود الرسالة إلى ذكرهما.</numerusform>
            <numerusform>أُزيلت علامة «عدم النشر» عن %Ln موقّعين: تعود الرسالة إلى ذكرهم.</numerusform>
            <numerusform>أُزيلت علامة «عدم النشر» عن %Ln موقّعًا: تعود الرسالة إلى ذكرهم.</numerusform>
            <numerusform>أُزيلت علامة «عدم النشر» عن %Ln موقّع: تعود الرسالة إلى ذكرهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “do not publish” of %Ln signatories</source>
        <translation>
            <numerusform>التراجع عن «عدم النشر» لـ%Ln موقّع</numerusform>
            <numerusform>التراجع عن «عدم النشر» لموقّع واحد</numerusform>
            <numerusform>التراجع عن «عدم النشر» لموقّعَين</numerusform>
            <numerusform>التراجع عن «عدم النشر» لـ%Ln موقّعين</numerusform>
            <numerusform>التراجع عن «عدم النشر» لـ%Ln موقّعًا</numerusform>
            <numerusform>التراجع عن «عدم النشر» لـ%Ln موقّع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo publishing %Ln signatories again</source>
        <translation>
            <numerusform>التراجع عن إعادة نشر %Ln موقّع</numerusform>
            <numerusform>التراجع عن إعادة نشر موقّع واحد</numerusform>
            <numerusform>التراجع عن إعادة نشر موقّعَين</numerusform>
            <numerusform>التراجع عن إعادة نشر %Ln موقّعين</numerusform>
            <numerusform>التراجع عن إعادة نشر %Ln موقّعًا</numerusform>
            <numerusform>التراجع عن إعادة نشر %Ln موقّع</numerusform>
        </translation>
    </message>
    <message>
        <source>Status change cancelled; no signatory was changed.</source>
        <translation>أُلغي تغيير الحالة؛ لم يتغيّر أي موقّع.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} وواحد آخر</numerusform>
            <numerusform>{names} واثنان آخران</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
            <numerusform>{names} و%Ln غيرهم</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z)</source>
        <extracomment>what the last write that moved rows can be undone with</extracomment>
        <translation>إعادتهم إلى ما كانوا عليه (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo cancelled; the change stays as it was.</source>
        <translation>أُلغي التراجع؛ يبقى التغيير كما هو.</translation>
    </message>
    <message>
        <source>already {status}: {names}</source>
        <translation>في «{status}» بالفعل: {names}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>from {status}: {names}</source>
        <translation>من «{status}»: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation>
            <numerusform>بقي %Ln موقّع دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
            <numerusform>بقي موقّع واحد دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
            <numerusform>بقي موقّعان دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
            <numerusform>بقي %Ln موقّعين دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
            <numerusform>بقي %Ln موقّعًا دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
            <numerusform>بقي %Ln موقّع دون تغيير — لا يسمح سير العمل بـ«{status}» {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>تحديدهم</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>the selection to restore when the rows being read arrive</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Already in the directory as “{name}”: that entry will be used.</source>
        <translation>موجود في الدليل باسم «{name}»: سيُستخدم ذلك المُدخل.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <source>{error}.

Reload shows their version in the table; your edit stays in the form so you can save it again over theirs.</source>
        <translation>{error}.

«إعادة التحميل» تعرض نسختهم في الجدول؛ ويبقى تعديلك في النموذج لتحفظه مجددًا فوق نسختهم.</translation>
    </message>
    <message>
        <source>Already on this campaign as “{name}” ({status}).</source>
        <translation>موجود في هذه الحملة بالفعل باسم «{name}» ({status}).</translation>
    </message>
    <message>
        <source>This campaign has “{name}” ({status}): the same signatory?</source>
        <translation>في هذه الحملة «{name}» ({status}): هل هو الموقّع نفسه؟</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation>
            <numerusform>أُزيل %Ln موقّع من الحملة.</numerusform>
            <numerusform>أُزيل موقّع واحد من الحملة.</numerusform>
            <numerusform>أُزيل موقّعان من الحملة.</numerusform>
            <numerusform>أُزيل %Ln موقّعين من الحملة.</numerusform>
            <numerusform>أُزيل %Ln موقّعًا من الحملة.</numerusform>
            <numerusform>أُزيل %Ln موقّع من الحملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error}. Their version is shown now; edit the cell again to change it.</source>
        <translation>{error}. تُعرض نسختهم الآن؛ عدّل الخلية مجددًا لتغييرها.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>إزالة جهة الاتصال</translation>
    </message>
    <message>
        <source>Forget this private contact? This cannot be undone.</source>
        <translation>هل تريد نسيان جهة الاتصال الخاصة هذه؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation>
            <numerusform>على %Ln موقّع إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
            <numerusform>على موقّع واحد إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
            <numerusform>على موقّعَين إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
            <numerusform>على %Ln موقّعين إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
            <numerusform>على %Ln موقّعًا إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
            <numerusform>على %Ln موقّع إعادة التأكيد قبل الظهور في الرسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation>
            <numerusform>عُلّم %Ln موقّع بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
            <numerusform>عُلّم موقّع واحد بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
            <numerusform>عُلّم موقّعان بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
            <numerusform>عُلّم %Ln موقّعين بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
            <numerusform>عُلّم %Ln موقّعًا بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
            <numerusform>عُلّم %Ln موقّع بـ«يحتاج إلى إعادة تأكيد»؛ أرسل إليهم النص الجديد من تبويب التواصل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>تعليم بـ</translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <extracomment>what the last merge can be undone with</extracomment>
        <translation>دُمج «{gone}» في «{kept}».</translation>
    </message>
    <message>
        <source>Undo the merge of “{kept}” and “{gone}”</source>
        <translation>التراجع عن دمج «{kept}» و«{gone}»</translation>
    </message>
    <message>
        <source>Make them two entries again, as they were before the merge (Ctrl+Z)</source>
        <translation>إعادتهما مُدخلَين كما كانا قبل الدمج (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>“{kept}” changed since the merge (its status, a message or an edit), so the merge can no longer be undone exactly.</source>
        <translation>تغيّر «{kept}» منذ الدمج (حالته أو رسالة أو تعديل)، لذا لم يعد ممكنًا التراجع عن الدمج بدقة.</translation>
    </message>
    <message>
        <source>Merge undone: “{kept}” and “{gone}” are two entries again.</source>
        <translation>تم التراجع عن الدمج: «{kept}» و«{gone}» مُدخلان منفصلان من جديد.</translation>
    </message>
    <message>
        <source>Put the “do not publish” marks back as they were (Ctrl+Z)</source>
        <extracomment>(campaign id, the rows the last marking changed, the mark it set)</extracomment>
        <translation>إعادة علامات «عدم النشر» كما كانت (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the “do not publish” marks are as they were.</source>
        <translation>تم التراجع: علامات «عدم النشر» عادت كما كانت.</translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message>
        <source>Signatory details</source>
        <extracomment>The contact table&apos;s columns: the address first, so a narrow side panel still shows it whole (it is what messages go to); the person after it. The most a contact column takes before its text is elided (the notes take what is left). The least a contact column is cut to in a panel too narrow for every header (room for a letter and &quot;…&quot;; the header&apos;s tooltip names it). Columns a narrow panel leaves out while no contact has a value in them (the notes first); they come back when the panel is widened. the selected contact&apos;s address: what the database holds about that person, and erasing it (issue 19) &quot;Merge…&quot; under &quot;2 signatories selected&quot; (the same signer entered twice) &quot;Do not publish&quot; ticked (True) or cleared (False) by the coordinator</extracomment>
        <translation>تفاصيل الموقّع</translation>
    </message>
    <message>
        <source>Select a signatory to see its details, private contacts and history.</source>
        <translation>حدّد موقّعًا لعرض تفاصيله وجهات اتصاله الخاصة وسجلّه.</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>دمج هذين…</translation>
    </message>
    <message>
        <source>The same signatory entered twice: keep one entry, with the history, contacts and answer of both</source>
        <translation>الموقّع نفسه أُدخل مرتين: الإبقاء على مُدخل واحد، مع سجلّ الاثنين وجهات اتصالهما وردّهما</translation>
    </message>
    <message>
        <source>Mark as {status} (asks for channel and note)</source>
        <translation>تعليم بـ«{status}» (يطلب القناة وملاحظة)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>The status is wrong: correct it to any status, with the reason</source>
        <translation>الحالة خاطئة: صحّحها إلى أي حالة مع ذكر السبب</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>عدم النشر</translation>
    </message>
    <message>
        <source>Left out of every public letter and edition (someone at risk, or who asked not to be named); printed only in a delivery copy for the addressee</source>
        <translation>مستبعد من كل رسالة وطبعة علنية (شخص معرَّض للخطر، أو طلب عدم ذكر اسمه)؛ ولا يظهر إلا في نسخة التسليم إلى الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the public fields (double-click a row does too)</source>
        <translation>تعديل الحقول العامة (النقر المزدوج على صف يفعل ذلك أيضًا)</translation>
    </message>
    <message>
        <source>Private contacts</source>
        <translation>جهات الاتصال الخاصة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact person, to answer their request: save it as a file, or erase it everywhere</source>
        <translation>كل ما هو محفوظ عن جهة الاتصال المحددة، للرد على طلبها: احفظه في ملف أو امحه في كل مكان</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Private contacts · never exported</source>
        <translation>جهات الاتصال الخاصة · لا تُصدَّر أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation>
            <numerusform>حُدّد %Ln موقّع. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
            <numerusform>حُدّد موقّع واحد. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
            <numerusform>حُدّد موقّعان. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
            <numerusform>حُدّد %Ln موقّعين. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
            <numerusform>حُدّد %Ln موقّعًا. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
            <numerusform>حُدّد %Ln موقّع. غيّر حالتهم معًا بـ«تغيير الحالة…» أو بالقائمة السياقية.</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Corrected: {change} — {reason}</source>
        <translation>صُحّح: {change} — {reason}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>الإصدار {number}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>عبر {channel}</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Edit signatory</source>
        <translation>تعديل الموقّع</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>إضافة موقّع</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Association for Progressive Communications</source>
        <translation>مثلًا: رابطة الاتصالات التقدمية</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>e.g. APC</source>
        <translation>مثلًا: APC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>name or code: Perú, UK, KE…</source>
        <translation>الاسم أو الرمز: بيرو، UK، KE…</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>e.g. Professor</source>
        <translation>مثلًا: أستاذة</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>for identification purposes only</source>
        <translation>لأغراض التعريف فقط</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص الاتصال</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>بريد الاتصال</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>هاتف الاتصال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Private notes (never exported)</source>
        <translation>ملاحظات خاصة (لا تُصدَّر أبدًا)</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>التوقيع بصفة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>وصل عبر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>مثلًا: آدا لوفليس</translation>
    </message>
    <message>
        <source>Not a country we know: check the spelling</source>
        <translation>بلد غير معروف: تحقق من الإملاء</translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation>يحتاج الموقّع إلى اسم.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know.</source>
        <translation>«{country}» ليس بلدًا معروفًا.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid email address.</source>
        <translation>«{email}» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
</context>
<context>
    <name>SignatoryKind</name>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
</context>
<context>
    <name>SignatoryMergeDialog</name>
    <message>
        <source>Merge signatories</source>
        <translation>دمج موقّعين</translation>
    </message>
    <message>
        <source>Merge two signatories</source>
        <translation>دمج موقّعَين</translation>
    </message>
    <message>
        <source>The same signatory entered twice? Choose the entry to keep: the other one is merged into it.</source>
        <translation>الموقّع نفسه أُدخل مرتين؟ اختر المُدخل الذي تريد إبقاءه: يُدمج الآخر فيه.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>الإبقاء على هذا</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>التوقيع بصفة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln حدث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Other campaigns</source>
        <translation>حملات أخرى</translation>
    </message>
    <message>
        <source>The list and the letter show “{name}”; “{other}” is gone from this campaign.</source>
        <translation>تعرض القائمة والرسالة «{name}»؛ ويختفي «{other}» من هذه الحملة.</translation>
    </message>
    <message>
        <source>Status: {status}, the stronger answer (from “{whose}”), with its date and channel.</source>
        <translation>الحالة: {status}، وهي الرد الأقوى (من «{whose}»)، مع تاريخه وقناته.</translation>
    </message>
    <message numerus="yes">
        <source>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</source>
        <translation>
            <numerusform>السجل: %Ln حدث للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
            <numerusform>السجل: حدث واحد للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
            <numerusform>السجل: حدثان للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
            <numerusform>السجل: %Ln أحداث للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
            <numerusform>السجل: %Ln حدثًا للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
            <numerusform>السجل: %Ln حدث للاثنين في قائمة واحدة، وحدث آخر يذكر الدمج؛ وتُحفظ ملاحظات الاثنين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %Ln move to “{name}”.</source>
        <translation>
            <numerusform>جهات الاتصال: تنتقل %Ln جهة اتصال إلى «{name}».</numerusform>
            <numerusform>جهات الاتصال: تنتقل جهة اتصال واحدة إلى «{name}».</numerusform>
            <numerusform>جهات الاتصال: تنتقل جهتا اتصال إلى «{name}».</numerusform>
            <numerusform>جهات الاتصال: تنتقل %Ln جهات اتصال إلى «{name}».</numerusform>
            <numerusform>جهات الاتصال: تنتقل %Ln جهة اتصال إلى «{name}».</numerusform>
            <numerusform>جهات الاتصال: تنتقل %Ln جهة اتصال إلى «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</source>
        <translation>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في %Ln حملة أخرى أيضًا.</numerusform>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في حملة أخرى أيضًا.</numerusform>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في حملتين أخريين أيضًا.</numerusform>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في %Ln حملات أخرى أيضًا.</numerusform>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في %Ln حملة أخرى أيضًا.</numerusform>
            <numerusform>الدليل: تصبح المنظمتان منظمة واحدة، «{name}»، في %Ln حملة أخرى أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact: the one of “{whose}” stays; the other is written into the notes.</source>
        <translation>جهة الاتصال: تبقى جهة اتصال «{whose}»؛ وتُكتب الأخرى في الملاحظات.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back.</source>
        <translation>تحرير ← تراجع يلغي الدمج.</translation>
    </message>
    <message>
        <source>Merging will:</source>
        <translation>بعد الدمج:</translation>
    </message>
</context>
<context>
    <name>SignatoryPolicy</name>
    <message>
        <source>Organisations only</source>
        <translation>المنظمات فقط</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>الأفراد فقط</translation>
    </message>
    <message>
        <source>Organisations and individuals</source>
        <translation>المنظمات والأفراد</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Do not publish: left out of every public letter and edition, printed only in a delivery copy</source>
        <extracomment>The workflow&apos;s order, used to sort the status column and list the counts. The statuses an endorsement by reply leads to: the Verification column speaks of those only (a reply that declined, or bounced, endorses nothing). The Verification column&apos;s sort ranks: verified, by reply, nothing. Folded form of each word seen, bounded so a huge import cannot grow it forever. country code → its name in the interface language how many rows have each status the sort keys of the name column (`name_keys`) the rows&apos; order by name, ascending (the table&apos;s default order) Rows sorted at a time by `sorted_in_slices`: one slice holds the lock for about 40 ms, and a campaign of up to this many needs no merge (the merge is Python, several times slower than the sort). Items freed at a time by `let_go`: a couple of milliseconds each. the rows `show_prepared` showed (`add_search` is for them alone, though edits since replaced some in `_rows`), and the positions of those replaced (their search texts, folded from the old rows, are folded again when they arrive) signatory id → the applied reply behind its status (`store.replies.Verification`) the signatories marked &quot;do not publish&quot;: a padlock by the name</extracomment>
        <translation>عدم النشر: مستبعد من كل رسالة وطبعة علنية، ولا يظهر إلا في نسخة التسليم</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>موثّق</translation>
    </message>
    <message>
        <source>by reply, not verified</source>
        <translation>بالرد، غير موثّق</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}: the address is the organisation&apos;s and its mail system vouched for the message.</source>
        <translation>وقّع برد من {address}، طُبّق في {date}: العنوان للمنظمة ونظام بريدها يشهد للرسالة.</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}, whose sender could not be verified: confirm it another way (a call, a second address).</source>
        <translation>وقّع برد من {address}، طُبّق في {date}، ولم يمكن التحقق من مرسِله: أكّده بطريقة أخرى (مكالمة، أو عنوان آخر).</translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>بلا (مرحّل محلي فقط)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation>إرسال البريد (SMTP)</translation>
    </message>
    <message>
        <source>Email sending settings</source>
        <translation>إعدادات إرسال البريد</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>اتركه فارغًا إذا كان الخادم لا يتطلب تسجيل دخول</translation>
    </message>
    <message>
        <source>Name shown to recipients</source>
        <translation>الاسم الذي يراه المستلمون</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <translation> رسالة في الدقيقة</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>عنوان المرسل:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>اسم المرسل:</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>معدّل الإرسال:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>معدّل الإرسال</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>The campaign&apos;s statement</source>
        <extracomment>the letter without its text: `with_sections` puts the text being edited in `context_state` when it was read the version status and banner over the text, and what Freeze asks, are right from the first moment the text can be edited `base_letter` without signatories: the preview until the context is read starter blocks added now (a new database&apos;s first start) the stored text, when its revision is not the one the editor holds</extracomment>
        <translation>بيان الحملة</translation>
    </message>
    <message>
        <source>Preview language</source>
        <extracomment>the ways out of a team conflict: show their text, copy ours, save ours</extracomment>
        <translation>لغة المعاينة</translation>
    </message>
    <message>
        <source>Preview the letter in this language</source>
        <translation>معاينة الرسالة بهذه اللغة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;معاينة الرسالة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Starter block library not added: {error}</source>
        <extracomment>the campaign shown, the signatories its preview lists, and who endorsed which version (read again by `refresh_context`) a translation language the Export tab asked to show (`show_translation`) a check for teammates&apos; changes ended while the text was on its way (`_changes_read`): it runs again once the text is shown the letter without its text, from the context; None until it is read the same without signatories, which the text comes with (`StatementOpening`) what the preview says where the names go while it has no context (reading them, or why they could not be read); &quot;&quot; once it has one</extracomment>
        <translation>لم تُضف مكتبة الفقرات الأولية: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation>
            <numerusform>بدأت مكتبة الفقرات بـ%Ln فقرة أولية</numerusform>
            <numerusform>بدأت مكتبة الفقرات بفقرة أولية واحدة</numerusform>
            <numerusform>بدأت مكتبة الفقرات بفقرتين أوليتين</numerusform>
            <numerusform>بدأت مكتبة الفقرات بـ%Ln فقرات أولية</numerusform>
            <numerusform>بدأت مكتبة الفقرات بـ%Ln فقرة أولية</numerusform>
            <numerusform>بدأت مكتبة الفقرات بـ%Ln فقرة أولية</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to draft its statement.</source>
        <translation>اختر حملة لصياغة بيانها.</translation>
    </message>
    <message>
        <source>Reading the signatories…</source>
        <translation>جارٍ قراءة الموقّعين…</translation>
    </message>
    <message>
        <source>draft, not frozen yet</source>
        <translation>مسودة، لم تُثبَّت بعد</translation>
    </message>
    <message>
        <source>edited since version {number}</source>
        <translation>عُدّل منذ الإصدار {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation>
            <numerusform>%Ln توقيع على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
            <numerusform>توقيع واحد على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
            <numerusform>توقيعان على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
            <numerusform>%Ln توقيعات على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
            <numerusform>%Ln توقيعًا على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
            <numerusform>%Ln توقيع على النص السابق سيحتاج إلى إعادة تأكيد عند تثبيت النص الجديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsement is affected yet: nobody has endorsed an earlier version.</source>
        <translation>لا يتأثر أي توقيع بعد: لم يوقّع أحد على إصدار سابق.</translation>
    </message>
    <message>
        <source>You are editing the text after version {number} was frozen.</source>
        <translation>أنت تعدّل النص بعد تثبيت الإصدار {number}.</translation>
    </message>
    <message>
        <source>version {number}, frozen {date}</source>
        <translation>الإصدار {number}، مثبَّت في {date}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>الإصدار {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation>
            <numerusform>%Ln توقيع على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>توقيع واحد على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>توقيعان على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيعات على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيعًا على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
            <numerusform>%Ln توقيع على إصدار سابق للإصدار {number} ويحتاج إلى إعادة تأكيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed, retrying: {error}</source>
        <translation>فشل الحفظ التلقائي، إعادة المحاولة: {error}</translation>
    </message>
    <message>
        <source>&amp;Reload their text</source>
        <translation>إعادة &amp;تحميل نصّهم</translation>
    </message>
    <message>
        <source>Show the text as it is now saved (Ctrl+Z brings yours back)</source>
        <translation>عرض النص كما هو محفوظ الآن (Ctrl+Z يعيد نصّك)</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;نسخ نصّي</translation>
    </message>
    <message>
        <source>Put your version of the statement on the clipboard</source>
        <translation>وضع نسختك من البيان في الحافظة</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإ&amp;بقاء على نصّي</translation>
    </message>
    <message>
        <source>Save your text over theirs</source>
        <translation>حفظ نصّك فوق نصّهم</translation>
    </message>
    <message>
        <source>&lt;b&gt;The statement was changed by someone else&lt;/b&gt; since you opened it; your latest edits are not saved. Reload?</source>
        <translation>&lt;b&gt;غيّر شخص آخر البيان&lt;/b&gt; منذ أن فتحته؛ لم تُحفظ تعديلاتك الأخيرة. هل تريد إعادة التحميل؟</translation>
    </message>
    <message>
        <source>Text saved by someone else</source>
        <translation>نص حفظه شخص آخر</translation>
    </message>
    <message>
        <source>The statement was updated by someone else</source>
        <translation>حدّث شخص آخر البيان</translation>
    </message>
    <message>
        <source>Reload their text</source>
        <translation>إعادة تحميل نصّهم</translation>
    </message>
    <message>
        <source>Their text is shown; Ctrl+Z brings yours back</source>
        <translation>يُعرض نصّهم؛ Ctrl+Z يعيد نصّك</translation>
    </message>
    <message>
        <source>Your text is on the clipboard</source>
        <translation>نصّك في الحافظة</translation>
    </message>
    <message>
        <source>Your text is saved</source>
        <translation>حُفظ نصّك</translation>
    </message>
    <message>
        <source>Not frozen: {error}</source>
        <translation>لم يُثبَّت: {error}</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>ثُبّت الإصدار {number}</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>استعادة الإصدار {number}</translation>
    </message>
    <message>
        <source>Version {number} restored as the current text; freeze it to make it a new version</source>
        <translation>استُعيد الإصدار {number} كنص حالي؛ ثبّته لجعله إصدارًا جديدًا</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Prospect</source>
        <translation>مرشّح للدعوة</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>أُرسل تذكير</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>وقّع</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انسحب</translation>
    </message>
    <message>
        <source>Needs reconfirmation</source>
        <translation>يحتاج إلى إعادة تأكيد</translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation>
            <numerusform>%Ln مرشّح للدعوة</numerusform>
            <numerusform>%Ln مرشّح للدعوة</numerusform>
            <numerusform>%Ln مرشّحان للدعوة</numerusform>
            <numerusform>%Ln مرشّحين للدعوة</numerusform>
            <numerusform>%Ln مرشّحًا للدعوة</numerusform>
            <numerusform>%Ln مرشّح للدعوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln مدعو</numerusform>
            <numerusform>%Ln مدعو</numerusform>
            <numerusform>%Ln مدعوان</numerusform>
            <numerusform>%Ln مدعوين</numerusform>
            <numerusform>%Ln مدعوًا</numerusform>
            <numerusform>%Ln مدعو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation>
            <numerusform>%Ln أُرسل إليهم تذكير</numerusform>
            <numerusform>%Ln أُرسل إليه تذكير</numerusform>
            <numerusform>%Ln أُرسل إليهما تذكير</numerusform>
            <numerusform>%Ln أُرسل إليهم تذكير</numerusform>
            <numerusform>%Ln أُرسل إليهم تذكير</numerusform>
            <numerusform>%Ln أُرسل إليهم تذكير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation>
            <numerusform>%Ln وقّعوا</numerusform>
            <numerusform>%Ln وقّع</numerusform>
            <numerusform>%Ln وقّعا</numerusform>
            <numerusform>%Ln وقّعوا</numerusform>
            <numerusform>%Ln وقّعوا</numerusform>
            <numerusform>%Ln وقّعوا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln اعتذروا</numerusform>
            <numerusform>%Ln اعتذر</numerusform>
            <numerusform>%Ln اعتذرا</numerusform>
            <numerusform>%Ln اعتذروا</numerusform>
            <numerusform>%Ln اعتذروا</numerusform>
            <numerusform>%Ln اعتذروا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation>
            <numerusform>%Ln لم يردّوا</numerusform>
            <numerusform>%Ln لم يردّ</numerusform>
            <numerusform>%Ln لم يردّا</numerusform>
            <numerusform>%Ln لم يردّوا</numerusform>
            <numerusform>%Ln لم يردّوا</numerusform>
            <numerusform>%Ln لم يردّوا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln انسحبوا</numerusform>
            <numerusform>%Ln انسحب</numerusform>
            <numerusform>%Ln انسحبا</numerusform>
            <numerusform>%Ln انسحبوا</numerusform>
            <numerusform>%Ln انسحبوا</numerusform>
            <numerusform>%Ln انسحبوا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs reconfirmation</source>
        <translation>
            <numerusform>%Ln يحتاجون إلى إعادة تأكيد</numerusform>
            <numerusform>%Ln يحتاج إلى إعادة تأكيد</numerusform>
            <numerusform>%Ln يحتاجان إلى إعادة تأكيد</numerusform>
            <numerusform>%Ln يحتاجون إلى إعادة تأكيد</numerusform>
            <numerusform>%Ln يحتاجون إلى إعادة تأكيد</numerusform>
            <numerusform>%Ln يحتاجون إلى إعادة تأكيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation>
            <numerusform>تغيير حالة %Ln موقّع</numerusform>
            <numerusform>تغيير حالة موقّع واحد</numerusform>
            <numerusform>تغيير حالة موقّعَين</numerusform>
            <numerusform>تغيير حالة %Ln موقّعين</numerusform>
            <numerusform>تغيير حالة %Ln موقّعًا</numerusform>
            <numerusform>تغيير حالة %Ln موقّع</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>e.g. replied to the invitation of 3 May</source>
        <translation>مثلًا: ردّ على دعوة ٣ مايو</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>وصل عبر</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation>
            <numerusform>سينتقل %Ln موقّع إلى «{status}».</numerusform>
            <numerusform>سينتقل موقّع واحد إلى «{status}».</numerusform>
            <numerusform>سينتقل موقّعان إلى «{status}».</numerusform>
            <numerusform>سينتقل %Ln موقّعين إلى «{status}».</numerusform>
            <numerusform>سينتقل %Ln موقّعًا إلى «{status}».</numerusform>
            <numerusform>سينتقل %Ln موقّع إلى «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation>
            <numerusform>سيبقى %Ln موقّع كما هم (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
            <numerusform>سيبقى موقّع واحد كما هو (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
            <numerusform>سيبقى موقّعان كما هما (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
            <numerusform>سيبقى %Ln موقّعين كما هم (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
            <numerusform>سيبقى %Ln موقّعًا كما هم (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
            <numerusform>سيبقى %Ln موقّع كما هم (لا يسمح سير العمل بـ«{status}» بعد {previous}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInSentence</name>
    <message>
        <source>prospect</source>
        <extracomment>The same statuses inside a sentence (&quot;3 moved to endorsed&quot;): lower case in English, whatever reads naturally in a sentence elsewhere.</extracomment>
        <translation>مرشّح للدعوة</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>أُرسل تذكير</translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation>وقّع</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>انسحب</translation>
    </message>
    <message>
        <source>needs reconfirmation</source>
        <translation>يحتاج إلى إعادة تأكيد</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status of the new signatories</source>
        <translation>حالة الموقّعين الجدد</translation>
    </message>
    <message>
        <source>Each row gets the status in the file&apos;s “{column}” column; rows with an empty cell get:</source>
        <translation>يأخذ كل صف الحالة المذكورة في عمود «{column}» من الملف؛ وتأخذ الصفوف ذات الخلية الفارغة:</translation>
    </message>
    <message>
        <source>Status of rows with an empty cell</source>
        <translation>حالة الصفوف ذات الخلية الفارغة</translation>
    </message>
    <message>
        <source>The file has no status column. Choose the status the new signatories get: “{endorsed}” for a form of endorsements, “{prospect}” for a list of groups to invite.</source>
        <translation>لا يحتوي الملف على عمود للحالة. اختر الحالة التي يأخذها الموقّعون الجدد: «{endorsed}» لاستمارة توقيعات، و«{prospect}» لقائمة مجموعات ستُدعى.</translation>
    </message>
    <message>
        <source>Status to give</source>
        <translation>الحالة المراد منحها</translation>
    </message>
    <message>
        <source>Signatories already on this campaign are skipped and keep their status; organisations already in the directory are reused.</source>
        <translation>يُتخطّى الموقّعون الموجودون في هذه الحملة ويحتفظون بحالتهم؛ وتُستخدم المنظمات الموجودة في الدليل مجددًا.</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Invitation</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Reconfirmation</source>
        <translation>إعادة تأكيد</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>شكر</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصّص</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Message templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
    <message>
        <source>New custom template</source>
        <translation>قالب مخصّص جديد</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>اسم القالب</translation>
    </message>
    <message>
        <source>Name (custom templates)</source>
        <translation>الاسم (للقوالب المخصّصة)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>إدراج:</translation>
    </message>
    <message>
        <source>Insert {placeholder}</source>
        <translation>إدراج {placeholder}</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>العودة إلى الافتراضي</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Preview for signatory</source>
        <translation>المعاينة لموقّع</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>معاينة الرسالة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>{kind} (new)</source>
        <translation>{kind} (جديد)</translation>
    </message>
    <message>
        <source>Another coordinator saved “{template}” while you were editing it, so nothing was saved. Your text is still in the editor: save again to replace their version with yours.</source>
        <translation>حفظ منسّق آخر «{template}» بينما كنت تحرّره، فلم يُحفظ شيء. لا يزال نصّك في المحرّر: احفظه مرة أخرى لتستبدل نسخته بنسختك.</translation>
    </message>
    <message>
        <source>Do you want to delete the template “{name}”? Your changes to it will be lost.</source>
        <translation>هل تريد حذف القالب «{name}»؟ ستضيع تعديلاتك عليه.</translation>
    </message>
    <message>
        <source>Do you want to go back to the standard wording of “{name}”? Your changes to it will be lost.</source>
        <translation>هل تريد العودة إلى الصياغة القياسية لـ«{name}»؟ ستضيع تعديلاتك عليه.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Add signatories to preview a message.</source>
        <translation>أضف موقّعين لمعاينة رسالة.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>لا عنوان</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Translate:</source>
        <translation>الترجمة:</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>Edit the translation into this language beside the primary text</source>
        <translation>تعديل الترجمة إلى هذه اللغة بجانب النص الأصلي</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ لغة</translation>
    </message>
    <message>
        <source>Add a translation language to the campaign</source>
        <translation>إضافة لغة ترجمة إلى الحملة</translation>
    </message>
    <message>
        <source>Add a translation language</source>
        <translation>إضافة لغة ترجمة</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>العنوان…</translation>
    </message>
    <message>
        <source>Translate the campaign title, addressee and signatory heading</source>
        <translation>ترجمة عنوان الحملة والمرسَل إليه وعنوان قائمة الموقّعين</translation>
    </message>
    <message>
        <source>Translate title and addressee</source>
        <translation>ترجمة العنوان والمرسَل إليه</translation>
    </message>
    <message>
        <source>Off ({language}, primary text)</source>
        <translation>لا ترجمة ({language}، الأصل)</translation>
    </message>
    <message>
        <source>No translation languages yet: add one with “+ Language” or in the campaign settings.</source>
        <translation>لا لغات ترجمة بعد: أضف لغة بـ«+ لغة» أو من إعدادات الحملة.</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Was:</source>
        <extracomment>Below this width the primary text goes above the translation, not beside it. Unchanged words kept either side of a change in the diff: enough to find the place in the translation, short enough to see every change at once.</extracomment>
        <translation>كان:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>الآن:</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter adds “{first}, …” … “{last}, …” itself.</source>
        <translation>ترجمه دون عبارته التمهيدية، كما في النص الأصلي: تضيف الرسالة بنفسها «{first}، …» … «{last}، …».</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter numbers the items itself.</source>
        <translation>ترجمه دون عبارته التمهيدية، كما في النص الأصلي: ترقّم الرسالة البنود بنفسها.</translation>
    </message>
    <message>
        <source>Heading translation</source>
        <translation>ترجمة العنوان</translation>
    </message>
    <message>
        <source>Lead sentence translation</source>
        <translation>ترجمة الجملة التمهيدية</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Select a section or an item to translate it.</source>
        <translation>حدّد قسمًا أو بندًا لترجمته.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>الجملة التمهيدية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>This list has no heading or lead sentence to translate: select one of its items.</source>
        <translation>ليس لهذه القائمة عنوان أو جملة تمهيدية للترجمة: حدّد أحد بنودها.</translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message>
        <source>Every text is translated into {language}.</source>
        <extracomment>Languages offered first when adding one (any other code can be typed).</extracomment>
        <translation>كل النصوص مترجمة إلى {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation>
            <numerusform>%Ln نص لم يُترجم بعد (يُعرض بـ{language})</numerusform>
            <numerusform>نص واحد لم يُترجم بعد (يُعرض بـ{language})</numerusform>
            <numerusform>نصّان لم يُترجما بعد (يُعرضان بـ{language})</numerusform>
            <numerusform>%Ln نصوص لم تُترجم بعد (تُعرض بـ{language})</numerusform>
            <numerusform>%Ln نصًا لم يُترجم بعد (يُعرض بـ{language})</numerusform>
            <numerusform>%Ln نص لم يُترجم بعد (يُعرض بـ{language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
            <numerusform>ترجمة واحدة غير محدَّثة</numerusform>
            <numerusform>ترجمتان غير محدَّثتين</numerusform>
            <numerusform>%Ln ترجمات غير محدَّثة</numerusform>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
            <numerusform>%Ln ترجمة غير محدَّثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>current</source>
        <extracomment>Order of severity when a section has several fields.</extracomment>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Sign-on user guide</source>
        <extracomment>The guide&apos;s pages in reading order: a person&apos;s journey through a campaign. docs/ also holds pages for developers (DEVELOPER_PAGES), which ship but are not listed; tests/ui/test_help.py fails on a page in neither.</extracomment>
        <translation>دليل مستخدم Sign-on</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>صفحات الدليل</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>صفحة الدليل</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Sign-on ({folder} is missing).</source>
        <translation>دليل المستخدم غير مثبَّت مع هذه النسخة من Sign-on (المجلد {folder} غير موجود).</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version {number}</source>
        <translation>الإصدار {number}</translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation>إصدارات البيان</translation>
    </message>
    <message>
        <source>Current draft (not frozen)</source>
        <translation>المسودة الحالية (غير مثبَّتة)</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>النص الأقدم</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>النص الأحدث</translation>
    </message>
    <message>
        <source>Older text with removed words struck through</source>
        <translation>النص الأقدم مع شطب الكلمات المحذوفة</translation>
    </message>
    <message>
        <source>Newer text with added words highlighted</source>
        <translation>النص الأحدث مع إبراز الكلمات المضافة</translation>
    </message>
    <message>
        <source>Make this version&apos;s text the current draft again. Versions are never changed: freeze the restored text to make it a new version.</source>
        <translation>جعل نص هذا الإصدار المسودة الحالية من جديد. لا تتغير الإصدارات أبدًا: ثبّت النص المستعاد لجعله إصدارًا جديدًا.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>The text as it is now in the composer</source>
        <translation>النص كما هو الآن في المحرّر</translation>
    </message>
    <message>
        <source>Frozen: this text never changes</source>
        <translation>مثبَّت: هذا النص لا يتغيّر</translation>
    </message>
    <message>
        <source>Frozen on {date}: this text never changes</source>
        <translation>مثبَّت في {date}: هذا النص لا يتغيّر</translation>
    </message>
    <message>
        <source>The same text on both sides</source>
        <translation>النص نفسه في الجانبين</translation>
    </message>
    <message>
        <source>Restore version {number} as current text</source>
        <translation>استعادة الإصدار {number} كنص حالي</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>WordDiff</name>
    <message>
        <source>No differences</source>
        <translation>لا اختلافات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation>
            <numerusform>حُذفت %Ln كلمة</numerusform>
            <numerusform>حُذفت كلمة واحدة</numerusform>
            <numerusform>حُذفت كلمتان</numerusform>
            <numerusform>حُذفت %Ln كلمات</numerusform>
            <numerusform>حُذفت %Ln كلمة</numerusform>
            <numerusform>حُذفت %Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation>
            <numerusform>أُضيفت %Ln كلمة</numerusform>
            <numerusform>أُضيفت كلمة واحدة</numerusform>
            <numerusform>أُضيفت كلمتان</numerusform>
            <numerusform>أُضيفت %Ln كلمات</numerusform>
            <numerusform>أُضيفت %Ln كلمة</numerusform>
            <numerusform>أُضيفت %Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Punctuation or spacing changed</source>
        <translation>تغيّرت علامات الترقيم أو المسافات</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>قواعد بيانات Sign-on (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>لا يزال جارياً</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>متابعة العمل</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>استعادة آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put {path} in place of this file; the file it replaces is kept in the backups folder</source>
        <translation>وضع {path} مكان هذا الملف؛ ويُحفظ الملف المستبدَل في مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Open a Sign-on database</source>
        <translation>فتح قاعدة بيانات Sign-on</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{path}: is open in another Sign-on window ({holder}); switch to that window, or open another file</source>
        <translation>{path}: مفتوحة في نافذة Sign-on أخرى ({holder})؛ انتقل إلى تلك النافذة، أو افتح ملفًا آخر</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <extracomment>answers of `ask_duplicate` answers of `ask_invitation`</extracomment>
        <translation>جداول البيانات وملفات الاستمارات المُصدَّرة (*.csv *.tsv *.txt *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation>
            <numerusform>هل تريد إزالة %Ln موقّع من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
            <numerusform>هل تريد إزالة موقّع واحد من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
            <numerusform>هل تريد إزالة موقّعَين من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
            <numerusform>هل تريد إزالة %Ln موقّعين من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
            <numerusform>هل تريد إزالة %Ln موقّعًا من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
            <numerusform>هل تريد إزالة %Ln موقّع من الحملة؟ يُحذف أيضًا سجل الدعوات والردود؛ وتبقى المنظمات في الدليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation>
            <numerusform>وقّع %Ln منهم على البيان: تعليمهم بـ«انسحب» يحفظ أثر ذلك.</numerusform>
            <numerusform>وقّع واحد منهم على البيان: تعليمه بـ«انسحب» يحفظ أثر ذلك.</numerusform>
            <numerusform>وقّع اثنان منهم على البيان: تعليمهما بـ«انسحب» يحفظ أثر ذلك.</numerusform>
            <numerusform>وقّع %Ln منهم على البيان: تعليمهم بـ«انسحب» يحفظ أثر ذلك.</numerusform>
            <numerusform>وقّع %Ln منهم على البيان: تعليمهم بـ«انسحب» يحفظ أثر ذلك.</numerusform>
            <numerusform>وقّع %Ln منهم على البيان: تعليمهم بـ«انسحب» يحفظ أثر ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation>إزالة من الحملة</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>تعليم بـ«انسحب»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>“{name}” is already on this campaign&apos;s list, as “{existing}” ({status}): it cannot be added twice.</source>
        <translation>«{name}» موجود بالفعل في قائمة هذه الحملة باسم «{existing}» ({status}): لا يمكن إضافته مرتين.</translation>
    </message>
    <message>
        <source>This campaign already has a signatory like “{name}”; it may be the same one:</source>
        <translation>في هذه الحملة موقّع يشبه «{name}»؛ وقد يكون هو نفسه:</translation>
    </message>
    <message>
        <source>Open the existing entry, or add “{name}” as another signatory.</source>
        <translation>افتح المُدخل الموجود، أو أضف «{name}» كموقّع آخر.</translation>
    </message>
    <message>
        <source>Already on the list?</source>
        <translation>موجود في القائمة بالفعل؟</translation>
    </message>
    <message>
        <source>Open “{name}”</source>
        <translation>فتح «{name}»</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>الإضافة على أي حال</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
    <message numerus="yes">
        <source>No invitation was sent to %Ln of them from Sign-on.</source>
        <translation>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى %Ln منهم.</numerusform>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى واحد منهم.</numerusform>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى اثنين منهم.</numerusform>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى %Ln منهم.</numerusform>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى %Ln منهم.</numerusform>
            <numerusform>لم تُرسل أي دعوة من Sign-on إلى %Ln منهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue the invitation: it waits in the Outbox for you to review and send. They stay prospects, among the invitation&apos;s recipients, and become invited when it is sent.</source>
        <translation>وضع الدعوة في الطابور: تنتظر في صندوق الصادر لتراجعها وترسلها. ويبقون «مرشّح للدعوة» ضمن مستلمي الدعوة، وينتقلون إلى «مدعو» عند إرسالها.</translation>
    </message>
    <message>
        <source>Mark invited: they were invited another way (by phone, from your own mailbox).</source>
        <translation>تعليم بـ«مدعو»: دُعوا بطريقة أخرى (بالهاتف، أو من بريدك الخاص).</translation>
    </message>
    <message>
        <source>No invitation sent</source>
        <translation>لم تُرسل أي دعوة</translation>
    </message>
    <message>
        <source>Queue the invitation</source>
        <translation>وضع الدعوة في الطابور</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>تعليم بـ«مدعو»</translation>
    </message>
    <message>
        <source>Keep as prospects</source>
        <translation>الإبقاء على «مرشّح للدعوة»</translation>
    </message>
    <message>
        <source>Import signatories</source>
        <translation>استيراد موقّعين</translation>
    </message>
</context>
</TS>
