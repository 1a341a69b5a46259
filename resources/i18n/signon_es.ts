<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coalition sign-on campaigns, from draft statement to published letter.</source>
        <translation>Campañas de adhesión de coaliciones, del borrador de la declaración a la carta publicada.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Bundled resources</source>
        <translation>Recursos incluidos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>None bundled.</source>
        <translation>Ninguno incluido.</translation>
    </message>
    <message>
        <source>Licences of bundled resources</source>
        <translation>Licencias de los recursos incluidos</translation>
    </message>
    <message>
        <source>No third-party resources with their own licence are bundled.</source>
        <translation>No se incluyen recursos de terceros con licencia propia.</translation>
    </message>
    <message>
        <source>About Sign-on</source>
        <translation>Acerca de Sign-on</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>Versión, base de datos y licencias</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AddLanguageDialog</name>
    <message>
        <source>Add a translation language</source>
        <translation>Añadir un idioma de traducción</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <source>Pick a language or type its code (such as es, fr, ar or pt-BR). Each section and item of the statement gets a translation into it, side by side with the primary text.</source>
        <translation>Elija un idioma o escriba su código (como es, fr, ar o pt-BR). Cada sección y cada punto de la declaración tendrá su traducción a ese idioma, junto al texto principal.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Type a language code such as es, fr, ar or pt-BR.</source>
        <translation>Escriba un código de idioma como es, fr, ar o pt-BR.</translation>
    </message>
    <message>
        <source>This is the campaign&apos;s own language.</source>
        <translation>Es el idioma propio de la campaña.</translation>
    </message>
    <message>
        <source>The statement is already translated into this language.</source>
        <translation>La declaración ya está traducida a este idioma.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup written to {path}.</source>
        <extracomment>The first check waits until the window is up and idle.</extracomment>
        <translation>Copia de seguridad diaria guardada en {path}.</translation>
    </message>
    <message>
        <source>Daily backup failed ({message}); it will be tried again within the hour. File → Backups… shows the folder.</source>
        <translation>Falló la copia de seguridad diaria ({message}); se volverá a intentar dentro de una hora. Archivo → Copias de seguridad… muestra la carpeta.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>before a restore</source>
        <extracomment>What each copy is; kept in English on the row, translated when shown (kind_text).</extracomment>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>antes de una eliminación</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source> (damaged file, kept as found)</source>
        <translation> (archivo dañado, conservado tal cual)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>{folder}: backups cannot be written there ({error}); choose another folder</source>
        <translation>{folder}: no se pueden guardar copias de seguridad allí ({error}); elija otra carpeta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>Cambiar la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Usar la carpeta de copias de seguridad predeterminada</translation>
    </message>
    <message>
        <source>Daily backups kept (days):</source>
        <translation>Copias diarias conservadas (días):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days that have backups</source>
        <translation>La copia más reciente de cada uno de estos días con copias</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks):</source>
        <translation>Copias semanales conservadas (semanas):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many weeks, besides the daily ones</source>
        <translation>La copia más reciente de cada una de estas semanas, además de las diarias</translation>
    </message>
    <message>
        <source>Safety copies kept (days):</source>
        <translation>Copias de resguardo conservadas (días):</translation>
    </message>
    <message>
        <source>Copies made before an upgrade, a restore or a deletion are deleted this many days after they were made; the newest copy before an upgrade stays</source>
        <translation>Las copias hechas antes de una actualización, una restauración o una eliminación se borran este número de días después de hacerse; la copia más reciente anterior a una actualización se conserva</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Copias de seguridad de esta base de datos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>set by SIGNON_BACKUP_DIR</source>
        <translation>fijada por SIGNON_BACKUP_DIR</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folder:&lt;/b&gt; {folder} ({note})</source>
        <translation>&lt;b&gt;Carpeta:&lt;/b&gt; {folder} ({note})</translation>
    </message>
    <message>
        <source>SIGNON_BACKUP_DIR decides the folder</source>
        <translation>SIGNON_BACKUP_DIR decide la carpeta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team database&lt;/b&gt;: its server keeps the backups (pg_dump); Sign-on backs up database files only.</source>
        <translation>&lt;b&gt;Base de datos de equipo&lt;/b&gt;: su servidor guarda las copias de seguridad (pg_dump); Sign-on solo copia archivos de base de datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of {file}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Copias de seguridad de {file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>While Sign-on is open it backs this database up once a day; each backup is checked after writing. What is kept is set below: older backups and safety copies are deleted when the next backup is written.</source>
        <translation>Mientras Sign-on está abierto, hace una copia de seguridad de esta base de datos una vez al día y comprueba cada copia tras escribirla. Lo que se conserva se indica abajo: las copias y copias de resguardo más antiguas se borran al escribir la siguiente copia.</translation>
    </message>
    <message>
        <source>Saved; the next backup deletes what these periods no longer keep.</source>
        <translation>Guardado; la próxima copia borrará lo que estos plazos ya no conservan.</translation>
    </message>
    <message>
        <source>New backups go to {folder}. Backups already written stay in {old}.</source>
        <translation>Las nuevas copias irán a {folder}. Las copias ya hechas se quedan en {old}.</translation>
    </message>
    <message>
        <source>New backups go to {folder}.</source>
        <translation>Las nuevas copias irán a {folder}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>Replace the open database by the backup taken {taken}?

The database as it is now is kept in the backup folder first, so this can be undone by restoring that copy.</source>
        <translation>¿Reemplazar la base de datos abierta por la copia del {taken}?

Antes se guarda la base de datos tal como está en la carpeta de copias, así que se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>La base de datos reemplazada se conserva como {path}.</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}.</source>
        <translation>Restaurada la copia del {taken}.</translation>
    </message>
    <message>
        <source>No backup of this database yet: Back up now writes one.</source>
        <translation>Todavía no hay ninguna copia de esta base de datos: «Hacer copia ahora» crea una.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation>Editar bloque</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nuevo bloque</translation>
    </message>
    <message>
        <source>Short name shown in the library</source>
        <translation>Nombre corto que se muestra en la biblioteca</translation>
    </message>
    <message>
        <source>The wording. Write concerns and recommendations without their lead-in, starting in lower case: “the paragraphs calling for …”.</source>
        <translation>La redacción. Escriba las preocupaciones y recomendaciones sin su fórmula introductoria, en minúscula: «los párrafos que piden …».</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. biometrics, surveillance</source>
        <translation>Separadas por comas, p. ej. biometría, vigilancia</translation>
    </message>
    <message>
        <source>Where the wording came from (statement, coalition)</source>
        <translation>De dónde procede la redacción (declaración, coalición)</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation>Tipo de bloque</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Título del bloque</translation>
    </message>
    <message>
        <source>Block text</source>
        <translation>Texto del bloque</translation>
    </message>
    <message>
        <source>Block tags</source>
        <translation>Etiquetas del bloque</translation>
    </message>
    <message>
        <source>Block language</source>
        <translation>Idioma del bloque</translation>
    </message>
    <message>
        <source>Block source</source>
        <translation>Fuente del bloque</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
</context>
<context>
    <name>BulkStatusStrip</name>
    <message>
        <source>Status change progress</source>
        <extracomment>What a finished write was (`BulkOutcome.kind`). the status the rows were moved or corrected to; of an undo, the one they were taken back from of an undo, `changed` are the rows put back of an undo: the rows left as they were, changed by someone since</extracomment>
        <translation>Progreso del cambio de estado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the status change</source>
        <translation>Cancelar el cambio de estado</translation>
    </message>
    <message>
        <source>The change is written as a whole: cancelling leaves every status as it was</source>
        <translation>El cambio se escribe de una vez: al cancelar, todos los estados quedan como estaban</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the status change of %Ln signatories…</source>
        <translation>
            <numerusform>Deshaciendo el cambio de estado de %Ln firmante…</numerusform>
            <numerusform>Deshaciendo el cambio de estado de %Ln firmantes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correcting %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Corrigiendo %Ln firmante a «{status}»…</numerusform>
            <numerusform>Corrigiendo %Ln firmantes a «{status}»…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Pasando %Ln firmante a «{status}»…</numerusform>
            <numerusform>Pasando %Ln firmantes a «{status}»…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>{status} · no signatories yet</source>
        <translation>{status} · aún sin firmantes</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation>
            <numerusform>{status} · %Ln adhesión de {total}</numerusform>
            <numerusform>{status} · %Ln adhesiones de {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln verificada</numerusform>
            <numerusform>%Ln verificadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Deadline: {date}</source>
        <translation>Fecha límite: {date}</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Your campaigns with their status and endorsement counts</source>
        <translation>Sus campañas con su estado y número de adhesiones</translation>
    </message>
    <message>
        <source>Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings</source>
        <translation>Sus campañas; F2 cambia el nombre, Supr elimina, Ctrl+, abre la configuración</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Configuración de la campaña</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título de la campaña</translation>
    </message>
    <message>
        <source>The title of the joint statement (required)</source>
        <translation>El título de la declaración conjunta (obligatorio)</translation>
    </message>
    <message>
        <source>e.g. Joint statement on the UN AI resolution</source>
        <translation>p. ej. Declaración conjunta sobre la resolución de la ONU sobre IA</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Whom the letter is addressed to</source>
        <translation>A quién va dirigida la carta</translation>
    </message>
    <message>
        <source>e.g. Member States of the UN General Assembly</source>
        <translation>p. ej. Estados miembros de la Asamblea General de la ONU</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Language of the letter (ordinals, dates, headings); pick one or type a code such as pt-BR</source>
        <translation>Idioma de la carta (ordinales, fechas, encabezados); elija uno o escriba un código como pt-BR</translation>
    </message>
    <message>
        <source>Translation languages</source>
        <translation>Idiomas de traducción</translation>
    </message>
    <message>
        <source>Languages the statement is also published in, comma-separated (e.g. es, fr, ar): each text gets a translation in the Statement tab, and the letter can be exported in each language</source>
        <translation>Otros idiomas en que se publica la declaración, separados por comas (p. ej. es, fr, ar): cada texto tiene su traducción en la pestaña Declaración y la carta se puede exportar en cada idioma</translation>
    </message>
    <message>
        <source>e.g. es, fr, ar (optional)</source>
        <translation>p. ej. es, fr, ar (opcional)</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Tick when endorsements are open-ended</source>
        <translation>Márquelo si las adhesiones no tienen plazo</translation>
    </message>
    <message>
        <source>Deadline for endorsements</source>
        <translation>Fecha límite para las adhesiones</translation>
    </message>
    <message>
        <source>Last day to endorse; reminders are timed from it</source>
        <translation>Último día para adherir; los recordatorios se calculan a partir de ella</translation>
    </message>
    <message>
        <source>Form link</source>
        <translation>Enlace al formulario</translation>
    </message>
    <message>
        <source>The web address of the form where organisations sign: it fills {link} in messages. Optional: without it, the standard messages ask people to reply</source>
        <translation>La dirección web del formulario donde firman las organizaciones: rellena {link} en los mensajes. Opcional: sin ella, los mensajes estándar piden responder al correo</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>The name that signs messages: it fills {coordinator}. Optional: without it, the standard messages are signed by the coordinating team</source>
        <translation>El nombre que firma los mensajes: rellena {coordinator}. Opcional: sin él, los mensajes estándar los firma el equipo de coordinación</translation>
    </message>
    <message>
        <source>e.g. Ana García (optional)</source>
        <translation>p. ej., Ana García (opcional)</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Estado de la campaña</translation>
    </message>
    <message>
        <source>Where the campaign stands</source>
        <translation>En qué punto está la campaña</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Encabezado de firmantes</translation>
    </message>
    <message>
        <source>Heading above the signatory list in the letter</source>
        <translation>Encabezado sobre la lista de firmantes en la carta</translation>
    </message>
    <message>
        <source>Signatory list order</source>
        <translation>Orden de la lista de firmantes</translation>
    </message>
    <message>
        <source>How signatories are ordered in the letter</source>
        <translation>Cómo se ordenan los firmantes en la carta</translation>
    </message>
    <message>
        <source>Signatory policy</source>
        <translation>Quién puede firmar</translation>
    </message>
    <message>
        <source>Who may sign: decides how imported rows are read when they do not say</source>
        <translation>Quién puede firmar: decide cómo se leen las filas importadas que no lo indican</translation>
    </message>
    <message>
        <source>The counts line then says “…, including 3 who asked not to be named”; their names never print</source>
        <translation>La línea de recuento dirá entonces «…, incluidas 3 que pidieron no ser nombradas»; sus nombres nunca se imprimen</translation>
    </message>
    <message>
        <source>Remove private contact data {days} days after the campaign closes</source>
        <translation>Eliminar los datos de contacto privados {days} días después del cierre de la campaña</translation>
    </message>
    <message>
        <source>Days after closing</source>
        <translation>Días tras el cierre</translation>
    </message>
    <message>
        <source>Counted from the day the campaign was closed or first published; checked each time Sign-on starts, and by `signon retention`</source>
        <translation>Contados desde el día en que la campaña se cerró o se publicó por primera vez; se comprueba cada vez que Sign-on se inicia, y con `signon retention`</translation>
    </message>
    <message>
        <source>Removes its messages, the text and sender of replies, signatory notes and contacts no open campaign needs; the letter, endorsements and editions stay.</source>
        <translation>Elimina sus mensajes, el texto y el remitente de las respuestas, las notas de los firmantes y los contactos que ninguna campaña abierta necesita; la carta, las adhesiones y las ediciones se conservan.</translation>
    </message>
    <message>
        <source>Form link: “{link}” is not a web address; give the address of the form (https://…).</source>
        <translation>Enlace al formulario: «{link}» no es una dirección web; indique la dirección del formulario (https://…).</translation>
    </message>
    <message>
        <source>Keep signatories who must reconfirm in the letter</source>
        <translation>Mantener en la carta a quienes deben reconfirmar</translation>
    </message>
    <message>
        <source>Keep signatories awaiting reconfirmation in the letter</source>
        <translation>Mantener en la carta a los firmantes pendientes de reconfirmación</translation>
    </message>
    <message>
        <source>After the text changes, endorsers must reconfirm; tick to keep listing them until they answer</source>
        <translation>Cuando el texto cambia, quienes adhirieron deben reconfirmar; márquelo para seguir incluyéndolos hasta que respondan</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Offered languages (shown through ui.labels); any other BCP 47-like code can be typed. Stored as is: the letter translates the default heading into its language. The retention period offered when the rule is switched on: half a year, long enough for late corrections and the follow-up of a published letter.</extracomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>T&amp;ranslations:</source>
        <translation>T&amp;raducciones:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Signatory &amp;heading:</source>
        <translation>Enca&amp;bezado de firmantes:</translation>
    </message>
    <message>
        <source>List &amp;order:</source>
        <translation>&amp;Orden de la lista:</translation>
    </message>
    <message>
        <source>Who may &amp;sign:</source>
        <translation>&amp;Quién puede firmar:</translation>
    </message>
    <message>
        <source>Form lin&amp;k (where organisations sign):</source>
        <translation>En&amp;lace al formulario (donde firman las organizaciones):</translation>
    </message>
    <message>
        <source>&amp;Coordinator (name that signs messages):</source>
        <translation>&amp;Coordinación (nombre que firma los mensajes):</translation>
    </message>
    <message>
        <source>Private data:</source>
        <translation>Datos privados:</translation>
    </message>
    <message>
        <source>Count the signatories marked “do not publish” in the letter’s totals</source>
        <translation>Contar en los totales de la carta a quienes firman marcados «no publicar»</translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation>Una campaña necesita un título.</translation>
    </message>
    <message>
        <source>Language: type a code such as en, es, fr or pt-BR.</source>
        <translation>Idioma: escriba un código como en, es, fr o pt-BR.</translation>
    </message>
    <message>
        <source>Translations: “{code}” is not a language code; separate codes such as es, fr, ar with commas.</source>
        <translation>Traducciones: «{code}» no es un código de idioma; separe los códigos como es, fr, ar con comas.</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Recogiendo adhesiones</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Drafting the statement</source>
        <extracomment>The longer form the settings dialog offers.</extracomment>
        <translation>Redactando la declaración</translation>
    </message>
    <message>
        <source>Collecting endorsements</source>
        <translation>Recogiendo adhesiones</translation>
    </message>
    <message>
        <source>Closed to new endorsements</source>
        <translation>Cerrada a nuevas adhesiones</translation>
    </message>
</context>
<context>
    <name>CampaignTranslationDialog</name>
    <message>
        <source>Translate the title and addressee into {language}</source>
        <translation>Traducir el título y el destinatario al {language}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Encabezado de firmantes</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marcar como actualizada</translation>
    </message>
    <message>
        <source>made from “{text}”</source>
        <translation>hecha a partir de «{text}»</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Introduction paragraph</source>
        <extracomment>What the Add menu adds (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>Párrafo de introducción</translation>
    </message>
    <message>
        <source>Concern list</source>
        <translation>Lista de preocupaciones</translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation>Lista de recomendaciones</translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation>Párrafo de cierre</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Recommendation {number} of {count}</source>
        <translation>Recomendación {number} de {count}</translation>
    </message>
    <message>
        <source>Concern {number} of {count}</source>
        <translation>Preocupación {number} de {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Declaración&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Compare frozen versions, restore an old one</source>
        <translation>Comparar versiones congeladas, restaurar una anterior</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Congelar…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a section or an item</source>
        <translation>Añadir una sección o un punto</translation>
    </message>
    <message>
        <source>Item in the selected list</source>
        <translation>Punto en la lista seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Plain list (findings, conclusions)</source>
        <translation>Lista simple (constataciones, conclusiones)</translation>
    </message>
    <message>
        <source>• Bulleted</source>
        <extracomment>What is drawn before each item (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>• Con viñetas</translation>
    </message>
    <message>
        <source>Plain paragraphs</source>
        <translation>Párrafos simples</translation>
    </message>
    <message>
        <source>Keep the current text as a numbered version that never changes; each endorsement records the version it agreed to</source>
        <translation>Guardar el texto actual como una versión numerada que ya no cambia; cada adhesión registra la versión a la que se adhirió</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected section or item</source>
        <translation>Eliminar la sección o el punto seleccionado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Deshacer {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rehacer {action}</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it. Insert wording from the block library with Enter or by dragging it here, or add a section with Add.</source>
        <translation>Seleccione una sección o un punto para editarlo. Inserte textos de la biblioteca de bloques con Intro o arrastrándolos aquí, o añada una sección con Añadir.</translation>
    </message>
    <message>
        <source>Optional heading</source>
        <translation>Encabezado opcional</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line</source>
        <translation>Párrafos, separados por una línea en blanco</translation>
    </message>
    <message>
        <source>Marker before each item</source>
        <translation>Marca antes de cada elemento</translation>
    </message>
    <message>
        <source>Without a marker the items print as plain paragraphs (“First, …”, “Second, …”, “Finally, …”), as event reports do</source>
        <translation>Sin marca, los elementos se imprimen como párrafos simples («En primer lugar, …», «En segundo lugar, …», «Por último, …»), como en los informes de eventos</translation>
    </message>
    <message>
        <source>The items print as typed, without lead-ins: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>Los elementos se imprimen tal como se escriben, sin introducciones: seleccione un elemento para editarlo, Alt+Arriba/Abajo para moverlo.</translation>
    </message>
    <message>
        <source>Write it as it should print: a plain list adds a bullet and nothing else.</source>
        <translation>Escríbalo tal como debe imprimirse: una lista simple solo añade una viñeta.</translation>
    </message>
    <message>
        <source>Lead sentence, e.g. “{example}”</source>
        <translation>Frase introductoria, p. ej., «{example}»</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Lead-ins are computed from the order of the items: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>Las fórmulas introductorias se calculan según el orden de los puntos: seleccione un punto para editarlo, Alt+Arriba/Abajo para moverlo.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>&amp;Lead sentence</source>
        <translation>&amp;Frase introductoria</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>&amp;Numeración</translation>
    </message>
    <message>
        <source>Printed above the items. Without it the list follows the text before it directly (“… Finally, … First, …”).</source>
        <translation>Se imprime antes de los puntos. Sin ella, la lista sigue directamente al texto anterior («… Por último, … En primer lugar, …»).</translation>
    </message>
    <message>
        <source>the paragraphs calling for …</source>
        <translation>los párrafos que piden …</translation>
    </message>
    <message>
        <source>Write it without its lead-in (“the paragraphs calling for …”): the letter adds “First, …”, “Second, …”, “Finally, …” and renumbers when items move.</source>
        <translation>Escríbalo sin su fórmula introductoria («los párrafos que piden …»): la carta añade «En primer lugar, …», «En segundo lugar, …», «Por último, …» y renumera cuando los puntos cambian de sitio.</translation>
    </message>
    <message>
        <source>Section type</source>
        <translation>Tipo de sección</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>Tipo de lista</translation>
    </message>
    <message>
        <source>List heading</source>
        <translation>Encabezado de la lista</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Frase introductoria</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del punto</translation>
    </message>
    <message>
        <source>Copied from library block “{title}”</source>
        <extracomment>Title of a library block by id, for &quot;copied from …&quot; (set by the tab). The language being translated beside the primary text (None: off), the campaign&apos;s translation languages, and its title/addressee fields for the status summary (set by the tab).</extracomment>
        <translation>Copiado del bloque de la biblioteca «{title}»</translation>
    </message>
    <message>
        <source>We have the following concerns:</source>
        <translation>Nos preocupan los siguientes puntos:</translation>
    </message>
    <message>
        <source>We call on decision-makers to:</source>
        <translation>Instamos a quienes toman las decisiones a:</translation>
    </message>
    <message>
        <source>copied from “{title}”</source>
        <translation>copiado de «{title}»</translation>
    </message>
    <message>
        <source>Insert “{title}”</source>
        <translation>Insertar «{title}»</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insertar bloque</translation>
    </message>
    <message>
        <source>Insert blocks</source>
        <translation>Insertar bloques</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Añadir {what}</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eliminar punto</translation>
    </message>
    <message>
        <source>Delete {section}</source>
        <translation>Eliminar {section}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Elemento {number} de {count}</translation>
    </message>
    <message>
        <source>The participants concluded:</source>
        <translation>Los participantes concluyeron:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement is empty: insert blocks from the library or use Add.</source>
        <translation>La declaración está vacía: inserte bloques de la biblioteca o use Añadir.</translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation>
            <numerusform>Sección vacía: {names} (no se imprime; escríbala o elimínela)</numerusform>
            <numerusform>Secciones vacías: {names} (no se imprimen; escríbalas o elimínelas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation>
            <numerusform>%Ln punto vacío (no se imprime)</numerusform>
            <numerusform>%Ln puntos vacíos (no se imprimen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Marcar la traducción como actualizada</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Editar traducción</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <extracomment>libpq&apos;s sslmode values offered, from none to the strictest.</extracomment>
        <translation>Conectar con la base de datos del equipo</translation>
    </message>
    <message>
        <source>A PostgreSQL database that your coalition shares: every coordinator sees the same campaigns. Your tech volunteer gives you these details.</source>
        <translation>Una base de datos PostgreSQL que comparte su coalición: todas las personas que coordinan ven las mismas campañas. Su voluntario técnico le da estos datos.</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>su nombre de usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>from the keyring, ~/.pgpass or PGPASSWORD when empty</source>
        <translation>del llavero, ~/.pgpass o PGPASSWORD si se deja vacía</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>disable — no encryption (a server on this computer only)</source>
        <translation>disable — sin cifrado (solo un servidor en este ordenador)</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — cifrar cuando el servidor lo permita</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — cifrar siempre</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — cifrar y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>P&amp;robar la conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connection works: {summary}</source>
        <translation>La conexión funciona: {summary}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct status</source>
        <translation>Corregir el estado</translation>
    </message>
    <message numerus="yes">
        <source>Correct the status of %Ln signatories</source>
        <translation>
            <numerusform>Corregir el estado de %Ln firmante</numerusform>
            <numerusform>Corregir el estado de %Ln firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>For a status set by mistake. Any status can be corrected to any other; the history keeps it as a correction with your reason, not as a change.</source>
        <translation>Para un estado puesto por error. Cualquier estado puede corregirse a cualquier otro; el historial lo guarda como una corrección con su motivo, no como un cambio.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. marked endorsed by mistake</source>
        <translation>p. ej. marcado como adherido por error</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>Corregir a</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be corrected to {status}.</source>
        <translation>
            <numerusform>%Ln se corregirá a «{status}».</numerusform>
            <numerusform>%Ln se corregirán a «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already {status} will stay as they are.</source>
        <translation>
            <numerusform>%Ln que ya está en «{status}» quedará igual.</numerusform>
            <numerusform>%Ln que ya están en «{status}» quedarán igual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Indique el motivo: se guarda en el historial.</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>No deadline set (set one in the campaign settings).</source>
        <translation>Sin fecha límite (fíjela en la configuración de la campaña).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation>
            <numerusform>Queda %Ln día · fecha límite {date}</numerusform>
            <numerusform>Quedan %Ln días · fecha límite {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today · deadline {date}</source>
        <translation>Hoy es el último día · fecha límite {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation>
            <numerusform>La fecha límite pasó hace %Ln día ({date})</numerusform>
            <numerusform>La fecha límite pasó hace %Ln días ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder days before the deadline</source>
        <extracomment>what the panel shows changed (a reminder round queued): read it again &quot;Now&quot;, aware; today is its date. One clock for both, so a round queued on a given day is stamped with that day (tests pass a fixed one).</extracomment>
        <translation>Días de recordatorio antes de la fecha límite</translation>
    </message>
    <message>
        <source>e.g. 7,2</source>
        <translation>p. ej. 7,2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>días antes de la fecha límite</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last written to</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Who has not answered</source>
        <translation>Quién no ha respondido</translation>
    </message>
    <message>
        <source>Queue due reminders</source>
        <translation>Poner en cola los recordatorios pendientes</translation>
    </message>
    <message>
        <source>Put a reminder in the outbox for everyone who has not answered and was not written to since this round</source>
        <translation>Poner en la bandeja de salida un recordatorio para quienes no han respondido y no han recibido mensaje desde esta ronda</translation>
    </message>
    <message>
        <source>Mark unanswered as no response</source>
        <translation>Marcar a quienes no respondieron como «Sin respuesta»</translation>
    </message>
    <message>
        <source>After the deadline: every invited or reminded signatory becomes no response (each change is recorded)</source>
        <translation>Después de la fecha límite: cada firmante invitado o con recordatorio pasa a «Sin respuesta» (cada cambio queda registrado)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation>
            <numerusform>%Ln aún no ha respondido</numerusform>
            <numerusform>%Ln aún no han respondido</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone written to has answered.</source>
        <translation>Todas las personas contactadas han respondido.</translation>
    </message>
    <message>
        <source>No reminder rounds are set.</source>
        <translation>No hay rondas de recordatorio configuradas.</translation>
    </message>
    <message>
        <source>Reminder rounds: {dates}.</source>
        <translation>Rondas de recordatorio: {dates}.</translation>
    </message>
    <message>
        <source>The round of {date} is due.</source>
        <translation>Toca la ronda del {date}.</translation>
    </message>
    <message>
        <source>Next round: {date}.</source>
        <translation>Próxima ronda: {date}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>No reminder round is due today.</source>
        <translation>Hoy no toca ninguna ronda de recordatorios.</translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation>
            <numerusform>Ronda del {date}: %Ln recordatorio en la bandeja de salida para revisar y enviar.</numerusform>
            <numerusform>Ronda del {date}: %Ln recordatorios en la bandeja de salida para revisar y enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation>
            <numerusform>Se omitió %Ln (sin dirección utilizable o ya respondió).</numerusform>
            <numerusform>Se omitieron %Ln (sin dirección utilizable o ya respondieron).</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation>
            <numerusform>¿Marcar como «Sin respuesta» al firmante que no ha respondido? Cada cambio queda registrado; una respuesta tardía se puede anotar igualmente.</numerusform>
            <numerusform>¿Marcar como «Sin respuesta» a los %Ln firmantes que no han respondido? Cada cambio queda registrado; una respuesta tardía se puede anotar igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as no response</source>
        <translation>Marcar «Sin respuesta»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation>
            <numerusform>%Ln firmante marcado como «Sin respuesta».</numerusform>
            <numerusform>%Ln firmantes marcados como «Sin respuesta».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Fecha de adhesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation>Cómo se leen las fechas</translation>
    </message>
    <message>
        <source>Read as day/month/year</source>
        <translation>Leer como día/mes/año</translation>
    </message>
    <message>
        <source>Read as month/day/year</source>
        <translation>Leer como mes/día/año</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: no row is imported as {status}.</source>
        <translation>No se usa la columna de fecha de adhesión: ninguna fila se importa como {status}.</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: the rows are imported as {status}.</source>
        <translation>No se usa la columna de fecha de adhesión: las filas se importan como {status}.</translation>
    </message>
    <message>
        <source>The dates in “{column}” are written both day first and month first: only those that can be read one way are taken; the others are rejected.</source>
        <translation>Las fechas de «{column}» están escritas unas con el día primero y otras con el mes primero: solo se toman las que se leen de una única manera; las demás se rechazan.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}: no date in the file tells day from month. Check a few rows, or read them the other way.</source>
        <translation>Fechas de «{column}» leídas como {order}: ninguna fecha del archivo distingue el día del mes. Compruebe algunas filas o léalas de la otra manera.</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}, as “{example}” shows.</source>
        <translation>Fechas de «{column}» leídas como {order}, como muestra «{example}».</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Fusionar con {name}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Qué hacer con la fila {row}</translation>
    </message>
    <message>
        <source>Change what the import does with this row</source>
        <translation>Cambiar lo que la importación hace con esta fila</translation>
    </message>
    <message>
        <source>Repeated in this file (row {row})</source>
        <translation>Repetida en este archivo (fila {row})</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a date</source>
        <translation>«{value}» en {column} no es una fecha</translation>
    </message>
    <message>
        <source>“{value}” in {column} is after today</source>
        <translation>«{value}» en {column} es posterior a hoy</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a status</source>
        <translation>«{value}» en {column} no es un estado</translation>
    </message>
    <message>
        <source>“{value}” in {column} is “{status}”, which an import cannot give</source>
        <translation>«{value}» en {column} es «{status}», un estado que una importación no puede asignar</translation>
    </message>
    <message>
        <source>Already on this campaign</source>
        <translation>Ya está en esta campaña</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Dejada fuera</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <source>same acronym and country</source>
        <translation>misma sigla y mismo país</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>Looks like {name} in the directory: choose “Merge into…” if it is the same</source>
        <translation>Se parece a {name} del directorio: elija «Fusionar con…» si es la misma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln se añadirá con el estado que indica el archivo ({statuses}); las filas fusionadas se unen a una organización que ya está en el directorio.</numerusform>
            <numerusform>%Ln se añadirán con el estado que indica el archivo ({statuses}); las filas fusionadas se unen a una organización que ya está en el directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln se añadirá con el estado «{status}»; las filas fusionadas se unen a una organización que ya está en el directorio.</numerusform>
            <numerusform>%Ln se añadirán con el estado «{status}»; las filas fusionadas se unen a una organización que ya está en el directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>Importar %Ln</numerusform>
            <numerusform>Importar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Warning — {text}</source>
        <translation>Aviso — {text}</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rejected rows are left out (fix them in the file and import it again); skipped ones are already on the campaign or repeated in the file. To change what happens to a row, choose in its Outcome list.</source>
        <translation>Todavía no se guarda nada. Las filas rechazadas se dejan fuera (corríjalas en el archivo e impórtelo de nuevo); las omitidas ya están en la campaña o se repiten en el archivo. Para cambiar lo que ocurre con una fila, elija en su lista Resultado.</translation>
    </message>
    <message>
        <source>Possible duplicate — {text}</source>
        <translation>Posible duplicado — {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation>
            <numerusform>%Ln fila vacía ignorada.</numerusform>
            <numerusform>%Ln filas vacías ignoradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <source>Publish edition…</source>
        <translation>Publicar edición…</translation>
    </message>
    <message>
        <source>Publish the next edition</source>
        <translation>Publicar la siguiente edición</translation>
    </message>
    <message>
        <source>Store the letter as the preview shows it, as the next numbered edition, and mark the campaign published</source>
        <translation>Guardar la carta tal como la muestra la vista previa, como la siguiente edición numerada, y marcar la campaña como publicada</translation>
    </message>
    <message>
        <source>An edition prints the current text: choose “Current text” under Text on the Letter page to publish one.</source>
        <translation>Una edición imprime el texto actual: elija «Texto actual» en Texto, en la página Carta, para publicar una.</translation>
    </message>
    <message>
        <source>No edition published yet. Publishing stores the letter as the preview shows it, as edition 1 with its date and a digest: it can be exported again exactly at any time, and signon verify recognises its files. Later editions add late signers and mark those who withdrew.</source>
        <translation>Aún no se ha publicado ninguna edición. Publicar guarda la carta tal como la muestra la vista previa, como edición 1 con su fecha y una huella: puede exportarse de nuevo idéntica en cualquier momento y signon verify reconoce sus archivos. Las ediciones posteriores añaden a los firmantes tardíos y señalan a quienes se retiraron.</translation>
    </message>
    <message>
        <source>Published editions</source>
        <translation>Ediciones publicadas</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Format of the edition&apos;s file</source>
        <translation>Formato del archivo de la edición</translation>
    </message>
    <message>
        <source>Export this edition…</source>
        <translation>Exportar esta edición…</translation>
    </message>
    <message>
        <source>Write the selected edition exactly as it was published, whatever changed since</source>
        <translation>Escribir la edición seleccionada exactamente como se publicó, cambie lo que cambie después</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copiar huella</translation>
    </message>
    <message>
        <source>Copy the edition&apos;s SHA-256 digest</source>
        <translation>Copiar la huella SHA-256 de la edición</translation>
    </message>
    <message>
        <source>{names} (+{retracted} retracted)</source>
        <translation>{names} (+{retracted} retiradas)</translation>
    </message>
    <message numerus="yes">
        <source>Edition {number}, published {date}: %Ln names, statement version {version}.</source>
        <translation>
            <numerusform>Edición {number}, publicada el {date}: %Ln nombre, versión {version} de la declaración.</numerusform>
            <numerusform>Edición {number}, publicada el {date}: %Ln nombres, versión {version} de la declaración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Digest of edition {number} copied.</source>
        <translation>Huella de la edición {number} copiada.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>A campaign holds one joint statement, the organisations and people you invite to endorse it, and the letter you publish with its signatory list.

Start your own, or explore a ready-made demo: a statement with concerns and recommendations, and about forty signatories from many countries.</source>
        <translation>Una campaña reúne una declaración conjunta, las organizaciones y personas a las que invita a adherir y la carta que publica con su lista de firmantes.

Empiece la suya o explore una demostración ya preparada: una declaración con preocupaciones y recomendaciones, y unos cuarenta firmantes de muchos países.</translation>
    </message>
    <message>
        <source>What a campaign holds</source>
        <translation>Qué contiene una campaña</translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>Crear una campaña…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Crear una campaña</translation>
    </message>
    <message>
        <source>Start a new campaign (Ctrl+N)</source>
        <translation>Empezar una campaña nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the demo campaign</source>
        <translation>Cargar la campaña de demostración</translation>
    </message>
    <message>
        <source>Add a realistic example campaign to explore</source>
        <translation>Añadir una campaña de ejemplo realista para explorar</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>PDF document</source>
        <extracomment>(format, name); names are translated when shown (context &quot;ExportTab&quot;).</extracomment>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Documento de Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Signatory list (CSV)</source>
        <translation>Lista de firmantes (CSV)</translation>
    </message>
    <message>
        <source>Campaign file (JSON, with private contacts)</source>
        <translation>Archivo de campaña (JSON, con contactos privados)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>Por fecha de adhesión</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Orden manual</translation>
    </message>
    <message>
        <source>Print the letter date under the title</source>
        <translation>Imprimir la fecha de la carta bajo el título</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <extracomment>Names shown in the preview: enough for the first pages; the file has all. Delay before the preview follows an option (several clicks, one rebuild). Which options mean something for which format. (number, created_at, note) of each frozen version, oldest first the version read (None: the current text) the letter with the options and language the tab had when the read started (`matches`): built here, as sorting 6,000 names takes 0.2 s the published editions, newest first (`store.editions.EditionSummary`)</extracomment>
        <translation>Exportar la carta</translation>
    </message>
    <message>
        <source>Translate the missing texts</source>
        <translation>Traducir los textos que faltan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Edition date</source>
        <translation>Fecha de la edición</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>What the letter holds</source>
        <translation>Qué contiene la carta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the letter in the chosen format (Ctrl+E)</source>
        <translation>Escribir la carta en el formato elegido (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy HTML snippet</source>
        <translation>Copiar fragmento HTML</translation>
    </message>
    <message>
        <source>Copy the letter as an HTML snippet</source>
        <translation>Copiar la carta como fragmento HTML</translation>
    </message>
    <message>
        <source>The letter as HTML without page or style, for a website or CMS</source>
        <translation>La carta en HTML sin página ni estilo, para un sitio web o un CMS</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Warning about the letter</source>
        <translation>Advertencia sobre la carta</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>{format} (*{extension});;All files (*)</source>
        <translation>{format} (*{extension});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <extracomment>What the person asked of &quot;Export finished&quot; (`exported_message`).</extracomment>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>The letter was written to
{path}</source>
        <translation>La carta se guardó en
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>Versión de la declaración</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Order of the signatories</source>
        <translation>Orden de los firmantes</translation>
    </message>
    <message>
        <source>Campaign&apos;s order</source>
        <translation>Orden de la campaña</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Columns of names</source>
        <translation>Columnas de nombres</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>Imagen del membrete</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a letterhead image</source>
        <translation>Elegir una imagen de membrete</translation>
    </message>
    <message>
        <source>A logo (PNG or JPEG) at the top of PDF and Word letters, kept for this campaign</source>
        <translation>Un logotipo (PNG o JPEG) en la parte superior de las cartas PDF y Word, guardado para esta campaña</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the letterhead image</source>
        <translation>Quitar la imagen del membrete</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Campaign language</source>
        <translation>Idioma de la campaña</translation>
    </message>
    <message>
        <source>The letter in one of the campaign&apos;s languages: its translated text, dates and headings</source>
        <translation>La carta en uno de los idiomas de la campaña: su texto traducido, fechas y encabezados</translation>
    </message>
    <message>
        <source>Second language side by side (PDF)</source>
        <translation>Segundo idioma en paralelo (PDF)</translation>
    </message>
    <message>
        <source>A PDF with the statement in two languages side by side and the signatories once</source>
        <translation>Un PDF con la declaración en dos idiomas en paralelo y los firmantes una sola vez</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Print the campaign title at the top</source>
        <translation>Imprimir el título de la campaña arriba</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Línea de fecha</translation>
    </message>
    <message>
        <source>Counts line</source>
        <translation>Línea de recuento</translation>
    </message>
    <message>
        <source>“Signed by 312 organisations and 45 individuals from 61 countries”</source>
        <translation>«Firmado por 312 organizaciones y 45 personas de 61 países»</translation>
    </message>
    <message>
        <source>Country after each name</source>
        <translation>País tras cada nombre</translation>
    </message>
    <message>
        <source>“Access Now (United States)”</source>
        <translation>«Access Now (Estados Unidos)»</translation>
    </message>
    <message>
        <source>Individuals in their own section</source>
        <translation>Personas en su propia sección</translation>
    </message>
    <message>
        <source>Organisations and individuals under two subheadings</source>
        <translation>Organizaciones y personas bajo dos subtítulos</translation>
    </message>
    <message>
        <source>Edition line</source>
        <translation>Línea de edición</translation>
    </message>
    <message>
        <source>“List as of …; signatures received after publication are added in later editions”</source>
        <translation>«Lista a fecha de …; las firmas recibidas después de la publicación se añaden en ediciones posteriores»</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>{file} (missing)</source>
        <translation>{file} (no se encuentra)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Campaign&apos;s order ({order})</source>
        <translation>Orden de la campaña ({order})</translation>
    </message>
    <message>
        <source>Choose a campaign to see its letter.</source>
        <translation>Elija una campaña para ver su carta.</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <source>Editions ({count})</source>
        <translation>Ediciones ({count})</translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation>Leyendo la carta…</translation>
    </message>
    <message>
        <source>Translate the missing texts in the Statement tab</source>
        <translation>Traducir los textos que faltan en la pestaña Declaración</translation>
    </message>
    <message>
        <source>section {number}, {kind}</source>
        <translation>sección {number}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</source>
        <translation>
            <numerusform>%Ln lista sin frase introductoria ({sections}): sus puntos siguen directamente al texto anterior. Añada una en la pestaña Declaración.</numerusform>
            <numerusform>%Ln listas sin frase introductoria ({sections}): sus puntos siguen directamente al texto anterior. Añada una en la pestaña Declaración.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation>
            <numerusform>%Ln texto aún sin traducir (se imprime en {language})</numerusform>
            <numerusform>%Ln textos aún sin traducir (se imprimen en {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation>
            <numerusform>%Ln traducción desactualizada</numerusform>
            <numerusform>%Ln traducciones desactualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: {gaps}.</source>
        <translation>{language}: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individuals</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsed signatory yet: the letter has no signatory list.</source>
        <translation>Aún no hay adhesiones: la carta no tiene lista de firmantes.</translation>
    </message>
    <message>
        <source>{organisations} and {individuals}</source>
        <translation>{organisations} y {individuals}</translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation>
            <numerusform>Con la adhesión de {signatories} de %Ln país</numerusform>
            <numerusform>Con la adhesión de {signatories} de %Ln países</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsed by {signatories}</source>
        <translation>Con la adhesión de {signatories}</translation>
    </message>
    <message>
        <source>{counts}; the letter uses version {number}.</source>
        <translation>{counts}; la carta usa la versión {number}.</translation>
    </message>
    <message>
        <source>{counts}; the letter uses the current text.</source>
        <translation>{counts}; la carta usa el texto actual.</translation>
    </message>
    <message>
        <source>An export to {file} is still being written. Cancelling it leaves no file.</source>
        <translation>Todavía se está escribiendo una exportación a {file}. Si se cancela, no queda ningún archivo.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Writing the campaign file</source>
        <translation>Escribiendo el archivo de campaña</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportada a {path}</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>La exportación falló: {message}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>HTML snippet copied: paste it into your website or CMS.</source>
        <translation>Fragmento HTML copiado: péguelo en su sitio web o CMS.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories have characters that no font of the letter can draw.</source>
        <translation>
            <numerusform>%Ln firmante tiene caracteres que ninguna fuente de la carta puede dibujar.</numerusform>
            <numerusform>%Ln firmantes tienen caracteres que ninguna fuente de la carta puede dibujar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter&apos;s text has characters that no font of the letter can draw.</source>
        <translation>El texto de la carta tiene caracteres que ninguna fuente de la carta puede dibujar.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>{signatory}: {characters}</source>
        <translation>{signatory}: {characters}</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>El texto de la carta</translation>
    </message>
    <message>
        <source>Characters the letter cannot show</source>
        <translation>Caracteres que la carta no puede mostrar</translation>
    </message>
    <message>
        <source>The PDF prints {replacement} in their place; Word and web pages show them only where the reader has a font for them.</source>
        <translation>El PDF imprime {replacement} en su lugar; Word y las páginas web solo los muestran donde quien lee tiene una fuente para ellos.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
</context>
<context>
    <name>FieldCommand</name>
    <message>
        <source>Edit</source>
        <extracomment>Typing separated by a longer pause starts a new undo step. What Undo and Redo name (translated, context &quot;FieldCommand&quot;; &quot;Edit&quot; too).</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit lead sentence</source>
        <translation>Editar frase introductoria</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Editar encabezado</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>Cambiar numeración</translation>
    </message>
    <message>
        <source>Change section type</source>
        <translation>Cambiar tipo de sección</translation>
    </message>
    <message>
        <source>Change marker</source>
        <translation>Cambiar la marca</translation>
    </message>
</context>
<context>
    <name>FieldPane</name>
    <message>
        <source>What changed in the primary text</source>
        <translation>Qué cambió en el texto principal</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marcar como actualizada</translation>
    </message>
    <message>
        <source>The primary change does not affect this translation: keep it as it is</source>
        <translation>El cambio en el texto principal no afecta a esta traducción: dejarla como está</translation>
    </message>
    <message>
        <source>{language} · primary text</source>
        <translation>{language} · texto principal</translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation>Traducción al {language}</translation>
    </message>
    <message>
        <source>The primary text changed after this translation was made: update the translation, or mark it as up to date</source>
        <translation>El texto principal cambió después de hacer esta traducción: actualice la traducción o márquela como actualizada</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a Google Form, Typeform or spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, Windows) is understood.</source>
        <translation>Una exportación CSV o XLSX de Google Forms, Typeform o una hoja de cálculo. Se entiende cualquier separador y codificación (UTF-8, UTF-16, Windows).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Ruta de un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation>
            <numerusform>{file} tiene %Ln hoja: elíjala y pulse Siguiente.</numerusform>
            <numerusform>{file} tiene %Ln hojas: elija la que contiene los firmantes y pulse Siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: no rows below the header</source>
        <translation>{file}: no hay filas bajo la cabecera</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze version {number}</source>
        <translation>Congelar la versión {number}</translation>
    </message>
    <message>
        <source>Version {number} keeps the text exactly as it is now, with today&apos;s date: later edits never change it. Each endorsement records the version the organisation agreed to. A campaign still drafting moves to collecting.</source>
        <translation>La versión {number} conserva el texto exactamente como está ahora, con la fecha de hoy: los cambios posteriores nunca la modifican. Cada adhesión registra la versión a la que se adhirió la organización. Una campaña aún en redacción pasa a recoger adhesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation>
            <numerusform>%Ln adhesión a un texto anterior deberá reconfirmarse.</numerusform>
            <numerusform>%Ln adhesiones a un texto anterior deberán reconfirmarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional), e.g. “text agreed with partners”</source>
        <translation>Nota (opcional), p. ej. «texto acordado con las organizaciones aliadas»</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Nota de la versión</translation>
    </message>
    <message>
        <source>Some translations are not up to date with this text. You can freeze anyway (endorsers sign the primary text) and update them later:</source>
        <translation>Algunas traducciones no están al día con este texto. Puede congelarlo igualmente (se adhiere al texto principal) y actualizarlas más tarde:</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message>
        <source>Imported from {source}, row {row}</source>
        <extracomment>The notes the lower layers write on a signatory&apos;s history, in English (they travel in campaign files and the command line prints them), each with the text it is shown as (`event_note`). A note that is none of these (a coordinator&apos;s own) is shown as it was typed.</extracomment>
        <translation>Importado de {source}, fila {row}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importado de {source}</translation>
    </message>
    <message>
        <source>Copied from campaign {campaign}</source>
        <translation>Copiado de la campaña {campaign}</translation>
    </message>
    <message>
        <source>Endorsed version {version}; the text is now version {latest}</source>
        <translation>Se adhirió a la versión {version}; el texto va ahora por la versión {latest}</translation>
    </message>
    <message>
        <source>Merged “{other}” into “{keep}”; the other entry was {status}</source>
        <translation>Fusión de «{other}» en «{keep}»; la otra entrada tenía el estado «{status}»</translation>
    </message>
    <message>
        <source>No answer by the deadline, {date}</source>
        <translation>Sin respuesta en la fecha límite, {date}</translation>
    </message>
    <message>
        <source>Marked “do not publish”</source>
        <translation>Marcado «no publicar»</translation>
    </message>
    <message>
        <source>“Do not publish” taken off</source>
        <translation>Se quitó «no publicar»</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (organisation or person)</source>
        <extracomment>Columns of an import mapped to signatory fields (signon.domain.fields).</extracomment>
        <translation>Nombre (organización o persona)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email (private contact)</source>
        <translation>Correo electrónico (contacto privado)</translation>
    </message>
    <message>
        <source>Contact person (private)</source>
        <translation>Persona de contacto (privado)</translation>
    </message>
    <message>
        <source>Title / position (individuals)</source>
        <translation>Cargo (personas)</translation>
    </message>
    <message>
        <source>Affiliation (individuals)</source>
        <translation>Afiliación (personas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Signing as (organisation / individual)</source>
        <translation>Firma como (organización / persona)</translation>
    </message>
    <message>
        <source>Endorsement date</source>
        <translation>Fecha de adhesión</translation>
    </message>
    <message>
        <source>Status (endorsed, declined, …)</source>
        <translation>Estado (adherido, declinó, …)</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <extracomment>Statuses an import can give: a file of invitees (prospect, invited) or of answers (endorsed, declined).</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; nueva</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fusionada</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fusionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; omitida</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rechazada</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rechazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import signatories</source>
        <translation>Importar firmantes</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Letter languages the campaign settings offer, in English; the list shows each translated, followed by its own name (NATIVE_LANGUAGE).</extracomment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter preview</source>
        <extracomment>Inline styles on paragraphs: Qt&apos;s rich text keeps its own size steps for &lt;h1&gt;…&lt;h3&gt; whatever the CSS says, and ignores most of a &lt;style&gt; sheet. Names the preview lists before it says how many more the letter has.</extracomment>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>The letter as it will be exported, updated as you type</source>
        <translation>La carta tal como se exportará, actualizada mientras escribe</translation>
    </message>
    <message>
        <source>No endorsed signatories yet</source>
        <translation>Aún no hay firmantes con adhesión</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in every export.</source>
        <translation>
            <numerusform>… y %Ln más, incluido en todas las exportaciones.</numerusform>
            <numerusform>… y %Ln más, incluidos en todas las exportaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Letter date</source>
        <extracomment>Up to this many signers, one closing line is suggested (issue 20). A typed date is saved once typing pauses (not at every digit). the campaign whose settings are shown (and saved): the tab may already have switched to another while a typed date waits</extracomment>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <source>Day of export</source>
        <translation>Día de la exportación</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fecha fija</translation>
    </message>
    <message>
        <source>The date the letter prints: the day it is exported, or a date of your choice (an event&apos;s day)</source>
        <translation>La fecha que imprime la carta: el día en que se exporta o una fecha a su elección (el día de un evento)</translation>
    </message>
    <message>
        <source>Fixed letter date</source>
        <translation>Fecha fija de la carta</translation>
    </message>
    <message>
        <source>How the signers are printed</source>
        <translation>Cómo se imprimen los firmantes</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <source>One closing line</source>
        <translation>Una línea de cierre</translation>
    </message>
    <message>
        <source>One closing line: the date, then the signers joined as a sentence, with no heading (“November 14, 2023. Org A and Org B.”)</source>
        <translation>Una línea de cierre: la fecha y después los firmantes unidos como una frase, sin encabezado («14 de noviembre de 2023. Org A y Org B.»)</translation>
    </message>
    <message>
        <source>Signers who withdrew</source>
        <translation>Firmantes que se retiraron</translation>
    </message>
    <message>
        <source>Marked “retracted (date)”</source>
        <translation>Marcados «retirada (fecha)»</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>In a later edition, a signer an earlier edition printed who has withdrawn since</source>
        <translation>En una edición posterior, un firmante que una edición anterior imprimió y que se retiró después</translation>
    </message>
    <message>
        <source>Use one closing line</source>
        <translation>Usar una línea de cierre</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signers: one closing line may read better.</source>
        <translation>
            <numerusform>%Ln firmante: una línea de cierre puede leerse mejor.</numerusform>
            <numerusform>%Ln firmantes: una línea de cierre puede leerse mejor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&lt;b&gt;Block library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search title, text, tags…</source>
        <translation>Buscar en título, texto, etiquetas…</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Buscar bloques</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todo tipo</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation>Bloque seleccionado</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert a copy of the block into the statement (Enter)</source>
        <translation>Insertar una copia del bloque en la declaración (Intro)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Write a new block</source>
        <translation>Escribir un bloque nuevo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation>Más acciones de la biblioteca</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traducir al</translation>
    </message>
    <message>
        <source>Link a translation…</source>
        <translation>Vincular una traducción…</translation>
    </message>
    <message>
        <source>Unlink from its translations</source>
        <translation>Desvincular de sus traducciones</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import library…</source>
        <translation>Importar biblioteca…</translation>
    </message>
    <message>
        <source>Export library…</source>
        <translation>Exportar biblioteca…</translation>
    </message>
    <message>
        <source>Add starter blocks</source>
        <translation>Añadir bloques iniciales</translation>
    </message>
    <message>
        <source>All languages</source>
        <extracomment>language variants by group key, and the campaign&apos;s languages: an inserted block brings its variants in the translation languages</extracomment>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Also in {languages}: inserting it adds the campaign&apos;s translation languages too</source>
        <translation>También en {languages}: al insertarlo se añaden también los idiomas de traducción de la campaña</translation>
    </message>
    <message>
        <source>Translate “{title}”</source>
        <translation>Traducir «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation>
            <numerusform>{shown} de %Ln bloque</numerusform>
            <numerusform>{shown} de %Ln bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation>
            <numerusform>%Ln bloque</numerusform>
            <numerusform>%Ln bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block to read it; Enter or drag inserts a copy into the statement.</source>
        <translation>Seleccione un bloque para leerlo; Intro o arrastrarlo inserta una copia en la declaración.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Other language…</source>
        <translation>Otro idioma…</translation>
    </message>
    <message>
        <source>No block of this kind in another language to link: use Translate into to write one.</source>
        <translation>No hay ningún bloque de este tipo en otro idioma que vincular: use «Traducir al» para escribir uno.</translation>
    </message>
    <message>
        <source>Block library</source>
        <translation>Biblioteca de bloques</translation>
    </message>
    <message>
        <source>Blocks linked as translations</source>
        <translation>Bloques vinculados como traducciones</translation>
    </message>
    <message>
        <source>Block unlinked from its translations</source>
        <translation>Bloque desvinculado de sus traducciones</translation>
    </message>
    <message>
        <source>Translation added to the library</source>
        <translation>Traducción añadida a la biblioteca</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nuevo bloque</translation>
    </message>
    <message>
        <source>Block added</source>
        <translation>Bloque añadido</translation>
    </message>
    <message>
        <source>Block saved</source>
        <translation>Bloque guardado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags of “{title}” (comma-separated):</source>
        <translation>Etiquetas de «{title}» (separadas por comas):</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Etiquetas guardadas</translation>
    </message>
    <message>
        <source>Block duplicated</source>
        <translation>Bloque duplicado</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Eliminar bloque</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library? Statements that use it keep their own copy of the text.</source>
        <translation>¿Eliminar «{title}» de la biblioteca? Las declaraciones que lo usan conservan su propia copia del texto.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Block deleted</source>
        <translation>Bloque eliminado</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Importado {file}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation>
            <numerusform>Exportado %Ln bloque a {file}</numerusform>
            <numerusform>Exportados %Ln bloques a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Starter library: {summary}</source>
        <translation>Biblioteca inicial: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation>
            <numerusform>%Ln bloque añadido</numerusform>
            <numerusform>%Ln bloques añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln ya estaba en la biblioteca</numerusform>
            <numerusform>%Ln ya estaban en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Import block library</source>
        <translation>Importar biblioteca de bloques</translation>
    </message>
    <message>
        <source>Block library (*.json)</source>
        <translation>Biblioteca de bloques (*.json)</translation>
    </message>
    <message>
        <source>Export block library</source>
        <translation>Exportar biblioteca de bloques</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Block library</source>
        <extracomment>the block&apos;s text, which a drag carries as plain text</extracomment>
        <translation>Biblioteca de bloques</translation>
    </message>
    <message>
        <source>Enter inserts the selected block into the statement</source>
        <translation>Intro inserta el bloque seleccionado en la declaración</translation>
    </message>
</context>
<context>
    <name>LinkVariantDialog</name>
    <message>
        <source>Link a translation of “{title}”</source>
        <translation>Vincular una traducción de «{title}»</translation>
    </message>
    <message>
        <source>Blocks of the same kind in other languages. Link the one that says the same as this block: inserting either then brings the other as its translation.</source>
        <translation>Bloques del mismo tipo en otros idiomas. Vincule el que dice lo mismo que este bloque: al insertar cualquiera de los dos, el otro llega como su traducción.</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>Filtrar por título o texto</translation>
    </message>
    <message>
        <source>Blocks to link</source>
        <translation>Bloques que vincular</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
</context>
<context>
    <name>ListOrder</name>
    <message>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation>Por tipo de organización</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>Por fecha de adhesión</translation>
    </message>
    <message>
        <source>Manual (your own order)</source>
        <translation>Manual (su propio orden)</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (normalmente puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (normalmente puerto 143)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Ninguna (solo un servidor en este equipo)</translation>
    </message>
    <message>
        <source>Mailbox for replies (IMAP)</source>
        <translation>Buzón de las respuestas (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>Configuración del buzón</translation>
    </message>
    <message>
        <source>Leave empty to leave them where they are</source>
        <translation>Déjelo vacío para no moverlas</translation>
    </message>
    <message>
        <source>Reading never changes the mailbox. With a folder here, the replies recorded by Apply clear replies are moved there; the folder must exist.</source>
        <translation>Leer nunca modifica el buzón. Con una carpeta aquí, las respuestas que registra «Aplicar respuestas claras» se mueven a ella; la carpeta debe existir.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Move processed mail to:</source>
        <translation>Mover el correo procesado a:</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>Folder to read</source>
        <translation>Carpeta que se lee</translation>
    </message>
    <message>
        <source>Folder to move processed mail to</source>
        <translation>Carpeta adonde mover el correo procesado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <extracomment>the campaign the list `refresh` is reading should select (see there)</extracomment>
        <translation>Abriendo {database}…</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>Ca&amp;mpañas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título de la campaña</translation>
    </message>
    <message>
        <source>Campaign status and counts</source>
        <translation>Estado y recuentos de la campaña</translation>
    </message>
    <message>
        <source>Campaign tabs</source>
        <translation>Pestañas de la campaña</translation>
    </message>
    <message>
        <source>Campaigns and campaign tabs</source>
        <translation>Campañas y pestañas de la campaña</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another Sign-on database file</source>
        <translation>Abrir otro archivo de base de datos de Sign-on</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Write a checked copy of the database into the backups folder</source>
        <translation>Guardar una copia comprobada de la base de datos en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Sign-on</source>
        <translation>Cerrar Sign-on</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
        <source>The backup folder and the backups in it: back up, restore one, change the folder</source>
        <translation>La carpeta de copias de seguridad y las copias que contiene: hacer una copia, restaurar una, cambiar la carpeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last campaign deletion</source>
        <translation>Deshacer la última eliminación de una campaña</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Interface language and other choices that apply to every campaign</source>
        <translation>Idioma de la interfaz y otras opciones que se aplican a todas las campañas</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Crear una campaña</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Rename the selected campaign in the list</source>
        <translation>Cambiar el nombre de la campaña seleccionada en la lista</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the campaign&apos;s statement and signatories (reset to prospect) into a new campaign</source>
        <translation>Copiar la declaración y los firmantes de la campaña (devueltos a «Por invitar») en una campaña nueva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected campaign (asks first, takes a backup)</source>
        <translation>Eliminar la campaña seleccionada (pregunta antes y hace una copia de seguridad)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Title, addressee, language, deadline, status and signatory list options</source>
        <translation>Título, destinatario, idioma, fecha límite, estado y opciones de la lista de firmantes</translation>
    </message>
    <message>
        <source>&amp;Publish edition…</source>
        <translation>&amp;Publicar edición…</translation>
    </message>
    <message>
        <source>Store the letter as it stands as a numbered, dated edition, after seeing what changed since the last one</source>
        <translation>Guardar la carta tal como está como una edición numerada y fechada, tras ver qué cambió desde la anterior</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Conectar con la base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database shared by your team</source>
        <translation>Abrir una base de datos PostgreSQL compartida por su equipo</translation>
    </message>
    <message>
        <source>&amp;About Sign-on</source>
        <translation>&amp;Acerca de Sign-on</translation>
    </message>
    <message>
        <source>Version, database path and licences</source>
        <translation>Versión, ruta de la base de datos y licencias</translation>
    </message>
    <message>
        <source>Campaign &amp;list</source>
        <translation>&amp;Lista de campañas</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the campaign list</source>
        <translation>Llevar el foco del teclado a la lista de campañas</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostrar la pestaña {tab}</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Lleva el foco del teclado a la siguiente parte de la ventana</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Lleva el foco del teclado a la parte anterior de la ventana</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Mover el texto seleccionado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows as text, to the clipboard</source>
        <translation>Copiar al portapapeles el texto seleccionado, o las filas seleccionadas como texto</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Insertar el texto del portapapeles</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Select all the text, or all the rows</source>
        <translation>Seleccionar todo el texto, o todas las filas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search field of the tab in view</source>
        <translation>Ir al campo de búsqueda de la pestaña visible</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Read how to run a campaign in Sign-on, from the statement to the published letter</source>
        <translation>Leer cómo llevar una campaña en Sign-on, de la declaración a la carta publicada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window and its tabs</source>
        <translation>Ver todos los atajos de teclado de la ventana y sus pestañas</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menú {menu}</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>Acciones de la campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Pestaña {tab}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>Could not read the campaigns: {error}</source>
        <translation>No se pudieron leer las campañas: {error}</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>fecha límite: {date}</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>Creada «{title}».</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Nuevo nombre: «{title}».</translation>
    </message>
    <message>
        <source>Created “{title}”: same statement, signatories reset to prospect.</source>
        <translation>Creada «{title}»: la misma declaración, con los firmantes devueltos a «Por invitar».</translation>
    </message>
    <message>
        <source>no signatories</source>
        <translation>ningún firmante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation>
            <numerusform>%Ln firmante ({endorsed} con adhesión) con su historial</numerusform>
            <numerusform>%Ln firmantes ({endorsed} con adhesión) con su historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its statement, versions and {signatories} will be removed. Organisations stay in your directory.

A backup is taken first, and Edit → Undo puts the campaign back.</source>
        <translation>¿Eliminar «{title}»?

Se eliminarán su declaración, sus versiones y {signatories}. Las organizaciones siguen en su directorio.

Antes se hace una copia de seguridad, y Editar → Deshacer recupera la campaña.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Backup: {path}.</source>
        <translation>Copia de seguridad: {path}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.{backup} Ctrl+Z undoes.</source>
        <translation>Eliminada «{title}».{backup} Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{title}”</source>
        <translation>&amp;Deshacer la eliminación de «{title}»</translation>
    </message>
    <message>
        <source>Put “{title}” back (Ctrl+Z)</source>
        <translation>Recuperar «{title}» (Ctrl+Z)</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>«{title}» ha vuelto.</translation>
    </message>
    <message>
        <source>Another coordinator changed “{settings}” while the settings were open, so nothing was saved. The settings open again on their value, with your other changes kept.</source>
        <translation>Otra persona coordinadora cambió «{settings}» mientras la configuración estaba abierta, así que no se guardó nada. La configuración se abre de nuevo con su valor, y con sus demás cambios conservados.</translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation>Configuración de la campaña guardada.</translation>
    </message>
    <message>
        <source>Demo campaign loaded.</source>
        <translation>Campaña de demostración cargada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opened {database}.</source>
        <translation>Abierta {database}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>Background work did not stop within {seconds} seconds, so nothing was closed. Try again in a moment.</source>
        <translation>Las tareas en segundo plano no se detuvieron en {seconds} segundos, así que no se cerró nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Cancel it and open the other database?</source>
        <translation>¿Cancelar y abrir la otra base de datos?</translation>
    </message>
    <message>
        <source>Cancel them and open the other database?</source>
        <translation>¿Cancelar todo y abrir la otra base de datos?</translation>
    </message>
    <message>
        <source>Cancel and open</source>
        <translation>Cancelar y abrir</translation>
    </message>
    <message>
        <source>Cancel it and restore the backup?</source>
        <translation>¿Cancelar y restaurar la copia de seguridad?</translation>
    </message>
    <message>
        <source>Cancel them and restore the backup?</source>
        <translation>¿Cancelar todo y restaurar la copia de seguridad?</translation>
    </message>
    <message>
        <source>Cancel and restore</source>
        <translation>Cancelar y restaurar</translation>
    </message>
    <message>
        <source>Cancel it and quit?</source>
        <translation>¿Cancelar y salir?</translation>
    </message>
    <message>
        <source>Cancel them and quit?</source>
        <translation>¿Cancelar todo y salir?</translation>
    </message>
    <message>
        <source>Cancel and quit</source>
        <translation>Cancelar y salir</translation>
    </message>
    <message>
        <source>Waiting for background work to stop…</source>
        <translation>Esperando a que se detengan las tareas en segundo plano…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>What each column holds. Guessed from the headers; a choice you make is remembered for the next file with the same columns.</source>
        <translation>Qué contiene cada columna. Se deduce de las cabeceras; lo que usted elija se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo para la columna {column}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the organisation or person.</source>
        <translation>Elija la columna que contiene el nombre de la organización o persona.</translation>
    </message>
    <message>
        <source>Each field comes from one column: {fields} is chosen more than once.</source>
        <translation>Cada campo procede de una sola columna: {fields} está elegido más de una vez.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>Organizaciones posiblemente duplicadas</translation>
    </message>
    <message>
        <source>Organisations that may have been entered twice. Nothing is merged unless you choose to: a merge keeps both entries&apos; endorsements, contacts and history under the name you keep.</source>
        <translation>Organizaciones que quizá se introdujeron dos veces. No se fusiona nada si usted no lo decide: una fusión conserva las adhesiones, los contactos y el historial de ambas entradas bajo el nombre que usted mantenga.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>Mantener este nombre</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>No son la misma</translation>
    </message>
    <message>
        <source>They are different groups: stop suggesting this pair</source>
        <translation>Son grupos distintos: dejar de sugerir este par</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Comparing the directory…</source>
        <translation>Comparando el directorio…</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation>
            <numerusform>%Ln posible duplicado.</numerusform>
            <numerusform>%Ln posibles duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation>
            <numerusform>«{gone}» fusionada en «{kept}», %Ln firmante combinado.</numerusform>
            <numerusform>«{gone}» fusionada en «{kept}», %Ln firmantes combinados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <translation>«{gone}» fusionada en «{kept}».</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Ordinal words (numbered in this language)</source>
        <extracomment>List numbering styles; the composer shows the ordinal style with the letter language&apos;s own words (&quot;First, Second … Finally&quot;) when it has them.</extracomment>
        <translation>Ordinales en palabras (en este idioma)</translation>
    </message>
    <message>
        <source>1.  2.  3.</source>
        <translation>1.  2.  3.</translation>
    </message>
    <message>
        <source>•  Bullets</source>
        <translation>•  Viñetas</translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation>Sin numeración</translation>
    </message>
</context>
<context>
    <name>OrganisationType</name>
    <message>
        <source>NGO</source>
        <extracomment>Suggested organisation types (the field stays free text, stored as typed).</extracomment>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académica</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitario</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio de comunicación</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation>Confesional</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Colegio profesional</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, uncertain)</source>
        <translation>Pendientes (en cola, fallidos, inciertos)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Mostrar mensajes</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>Configuración SMTP…</translation>
    </message>
    <message>
        <source>Server, sender address and password for sending</source>
        <translation>Servidor, dirección del remitente y contraseña para enviar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Sent / note</source>
        <translation>Envío / nota</translation>
    </message>
    <message>
        <source>A bounce came back: mark the message bounced and flag the address on the contact</source>
        <translation>Volvió un rebote: marcar el mensaje como rebotado y señalar la dirección en el contacto</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>statuses moved (messages were marked)</extracomment>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <source>Select a message to read it as it will be sent.</source>
        <translation>Seleccione un mensaje para leerlo tal como se enviará.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send every queued and failed message by SMTP, one at a time at the set rate</source>
        <translation>Enviar por SMTP todos los mensajes en cola y fallidos, de uno en uno al ritmo fijado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the message being sent; the rest stay queued</source>
        <translation>Parar después del mensaje que se está enviando; el resto sigue en cola</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Leave the selected messages out of sending</source>
        <translation>Dejar fuera del envío los mensajes seleccionados</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Put excluded messages back</source>
        <translation>Volver a incluir los mensajes excluidos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete the selected messages that were never sent</source>
        <translation>Borrar los mensajes seleccionados que nunca se enviaron</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <source>One file per message, to send from your own mail program</source>
        <translation>Un archivo por mensaje, para enviarlo desde su propio programa de correo</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation>
            <numerusform>Abre el mensaje seleccionado como borrador</numerusform>
            <numerusform>Abre hasta %Ln mensajes seleccionados como borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>You sent the selected messages yourself</source>
        <translation>Usted mismo envió los mensajes seleccionados</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>An uncertain message was delivered after all (found in your Sent folder)</source>
        <translation>Un mensaje incierto sí se entregó (está en su carpeta de enviados)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>An uncertain message did not arrive: queue it again</source>
        <translation>Un mensaje incierto no llegó: ponerlo de nuevo en cola</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotó</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <extracomment>the signatory each message is for, by signatory id the messages to select again when the outbox being read arrives</extracomment>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation>
            <numerusform>Enviar %Ln pendiente</numerusform>
            <numerusform>Enviar %Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation>
            <numerusform>%Ln mensaje seleccionado.</numerusform>
            <numerusform>%Ln mensajes seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation>
            <numerusform>¿Marcar el mensaje seleccionado como enviado? Las invitaciones y los recordatorios pasan a sus firmantes a «Invitado» o «Con recordatorio».</numerusform>
            <numerusform>¿Marcar los %Ln mensajes seleccionados como enviados? Las invitaciones y los recordatorios pasan a sus firmantes a «Invitado» o «Con recordatorio».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation>
            <numerusform>¿Quitar %Ln mensaje no enviado de la bandeja de salida?</numerusform>
            <numerusform>¿Quitar %Ln mensajes no enviados de la bandeja de salida?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the messages as .eml files into</source>
        <translation>Guardar los mensajes como archivos .eml en</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation>
            <numerusform>Guardado %Ln archivo .eml en {folder}. Cuando lo haya enviado, selecciónelo aquí y pulse Marcar como enviado.</numerusform>
            <numerusform>Guardados %Ln archivos .eml en {folder}. Cuando los haya enviado, selecciónelos aquí y pulse Marcar como enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation>
            <numerusform>Abierto %Ln mensaje en su programa de correo. Cuando se haya enviado, pulse Marcar como enviado.</numerusform>
            <numerusform>Abiertos %Ln mensajes en su programa de correo. Cuando se hayan enviado, pulse Marcar como enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <extracomment>statuses moved (messages were sent) queued and failed messages, whatever the filter shows</extracomment>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message numerus="yes">
        <source>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</source>
        <translation>
            <numerusform>La bandeja de salida todavía se está enviando (%Ln mensaje). Al cancelar, el envío se detiene después del mensaje en curso: los mensajes ya enviados quedan enviados y los demás siguen en la bandeja de salida para el próximo «Enviar».</numerusform>
            <numerusform>La bandeja de salida todavía se está enviando (%Ln mensajes). Al cancelar, el envío se detiene después del mensaje en curso: los mensajes ya enviados quedan enviados y los demás siguen en la bandeja de salida para el próximo «Enviar».</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Cancelling after the current message…</source>
        <translation>Cancelando después del mensaje en curso…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: no new message starts until you resume.</source>
        <translation>En pausa: no empieza ningún mensaje nuevo hasta que reanude.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {message}</source>
        <translation>Enviando {done} de {total}: {message}</translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation>Terminado: {summary}.</translation>
    </message>
    <message>
        <source>Uncertain messages may have arrived: check your Sent folder, then click It arrived or Send again.</source>
        <translation>Puede que los mensajes inciertos hayan llegado: revise su carpeta de enviados y pulse Llegó o Volver a enviar.</translation>
    </message>
    <message>
        <source>Failed messages go again with the next Send.</source>
        <translation>Los mensajes fallidos se reenvían con el próximo Enviar.</translation>
    </message>
    <message>
        <source>Sending stopped: {message}</source>
        <translation>Envío detenido: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation>
            <numerusform>Envío cancelado. %Ln mensaje sigue en cola.</numerusform>
            <numerusform>Envío cancelado. %Ln mensajes siguen en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <extracomment>The outbox table&apos;s state column (after signatory, to, address, kind, subject).</extracomment>
        <translation>
            <numerusform>%Ln en cola</numerusform>
            <numerusform>%Ln en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln enviado</numerusform>
            <numerusform>%Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incierto</numerusform>
            <numerusform>%Ln inciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln rebotado</numerusform>
            <numerusform>%Ln rebotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluido</numerusform>
            <numerusform>%Ln excluidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>(empty item: write it or delete it)</source>
        <translation>(punto vacío: escríbalo o elimínelo)</translation>
    </message>
    <message>
        <source>{section} “{title}”</source>
        <translation>{section} «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>lista vacía</translation>
    </message>
    <message>
        <source>{section} (empty)</source>
        <translation>{section} (vacía)</translation>
    </message>
    <message>
        <source>Statement outline</source>
        <translation>Esquema de la declaración</translation>
    </message>
    <message>
        <source>Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete removes, Enter edits the selected text.</source>
        <translation>Secciones y puntos de la declaración. Alt+Arriba y Alt+Abajo reordenan, Supr elimina, Intro edita el texto seleccionado.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach to prospective signatories</source>
        <translation>Difusión hacia posibles firmantes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a campaign to write to its signatories.</source>
        <translation>Elija una campaña para escribir a sus firmantes.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data: {address}</source>
        <translation>Datos personales: {address}</translation>
    </message>
    <message>
        <source>Looking through the database and its backups…</source>
        <translation>Buscando en la base de datos y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Where the data is held</source>
        <translation>Dónde se guardan los datos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>A file to send the person: readable by you only</source>
        <translation>Un archivo para enviar a la persona: solo usted puede leerlo</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the database hold data of this person.</source>
        <translation>
            <numerusform>%n lugar de la base de datos guarda datos de esta persona.</numerusform>
            <numerusform>%n lugares de la base de datos guardan datos de esta persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds nothing about this person.</source>
        <translation>La base de datos no guarda nada sobre esta persona.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the backups and safety copies still hold(s) the address.</source>
        <translation>
            <numerusform>%n de las copias de seguridad y de resguardo aún contiene la dirección.</numerusform>
            <numerusform>%n de las copias de seguridad y de resguardo aún contienen la dirección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the listing</source>
        <translation>Guardar el listado</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup(s) holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar todo lo que se guarda sobre {address}?

Se eliminan su ficha de contacto, los mensajes que se le escribieron y sus respuestas; una persona firmante a título individual sale de la lista y de la carta. La adhesión de una organización se mantiene. Las notas que la mencionan quedan para que usted las edite. La base de datos y %n copia de seguridad que contiene la dirección se reescriben para que nada de ella pueda volver a leerse allí.

Esto no se puede deshacer.</numerusform>
            <numerusform>¿Borrar todo lo que se guarda sobre {address}?

Se eliminan su ficha de contacto, los mensajes que se le escribieron y sus respuestas; una persona firmante a título individual sale de la lista y de la carta. La adhesión de una organización se mantiene. Las notas que la mencionan quedan para que usted las edite. La base de datos y %n copias de seguridad que contienen la dirección se reescriben para que nada de ella pueda volver a leerse allí.

Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Erased. The database and its copies no longer hold the removed data.</source>
        <translation>Borrado. La base de datos y sus copias ya no contienen los datos eliminados.</translation>
    </message>
    <message>
        <source>Erased on the team database. Its server&apos;s own backups are its administrator&apos;s to clear.</source>
        <translation>Borrado en la base de datos del equipo. Las copias de seguridad propias del servidor corresponde borrarlas a su administrador.</translation>
    </message>
    <message numerus="yes">
        <source>Their name is replaced in %n published edition(s), each kept with its digest.</source>
        <translation>
            <numerusform>Su nombre se reemplazó en %n edición publicada, que se conserva con su huella.</numerusform>
            <numerusform>Su nombre se reemplazó en %n ediciones publicadas, cada una conservada con su huella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) that mention the address are left for you to edit:</source>
        <translation>
            <numerusform>%n nota que menciona la dirección queda para que usted la edite:</numerusform>
            <numerusform>%n notas que mencionan la dirección quedan para que usted las edite:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the signatory&apos;s name (the organisation, or the person)</source>
        <extracomment>What each message placeholder inserts (signon.domain.message_templates.PLACEHOLDERS).</extracomment>
        <translation>el nombre del firmante (la organización o la persona)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>el nombre de la persona de contacto</translation>
    </message>
    <message>
        <source>the campaign title</source>
        <translation>el título de la campaña</translation>
    </message>
    <message>
        <source>the deadline, as a long date in the template&apos;s language</source>
        <translation>la fecha límite, como fecha larga en el idioma de la plantilla</translation>
    </message>
    <message>
        <source>the current text of the statement</source>
        <translation>el texto actual de la declaración</translation>
    </message>
    <message>
        <source>the web address where organisations sign (Campaign settings)</source>
        <translation>la dirección web donde firman las organizaciones (Configuración de la campaña)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name, who signs the message (Campaign settings)</source>
        <translation>el nombre de quien coordina y firma el mensaje (Configuración de la campaña)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Sign-on will be in {language} the next time it starts.</source>
        <extracomment>Source texts shown in the chosen language as well (see _in_language).</extracomment>
        <translation>Sign-on estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; letters have their own language in each campaign&apos;s settings</source>
        <translation>El idioma de los menús, botones y mensajes; las cartas tienen su propio idioma en la configuración de cada campaña</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>{variable}={value} is set: it decides the language while it stays set.</source>
        <translation>{variable}={value} está definida: decide el idioma mientras siga definida.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <extracomment>OK and restart at once (shown while the language would change)</extracomment>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Close Sign-on and start it again in the chosen language</source>
        <translation>Cerrar Sign-on y volver a iniciarlo en el idioma elegido</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation>codificación {encoding}, separador {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation>
            <numerusform>La primera fila, tal como está en el archivo. Los números de fila son los que muestra una hoja de cálculo.</numerusform>
            <numerusform>Las primeras %Ln filas, tal como están en el archivo. Los números de fila son los que muestra una hoja de cálculo.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barra vertical</translation>
    </message>
</context>
<context>
    <name>PrivacyChoice</name>
    <message>
        <source>Delivery copy (not for publication)</source>
        <translation>Copia de entrega (no para publicar)</translation>
    </message>
    <message>
        <source>A private copy for the addressee: the signatories marked “do not publish” are printed in their place, under a line saying the copy is not for publication. Never an edition.</source>
        <translation>Una copia privada para el destinatario: los firmantes marcados «no publicar» figuran en su lugar, bajo una línea que dice que la copia no es para publicación. Nunca es una edición.</translation>
    </message>
    <message>
        <source>Leave out private data</source>
        <translation>Dejar fuera los datos privados</translation>
    </message>
    <message>
        <source>No contacts, notes, messages, replies or private signatories: a file to share with a partner.</source>
        <translation>Sin contactos, notas, mensajes, respuestas ni firmantes privados: un archivo para compartir con una organización socia.</translation>
    </message>
    <message numerus="yes">
        <source>Also prints the %Ln signatories marked “do not publish”.</source>
        <translation>
            <numerusform>Imprime también a la %Ln persona firmante marcada «no publicar».</numerusform>
            <numerusform>Imprime también a las %Ln personas firmantes marcadas «no publicar».</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file to share with a partner: its statement, settings and public signatories, imported as a campaign of its own</source>
        <translation>El archivo de campaña para compartir con un socio: su declaración, su configuración y sus firmantes públicos, que se importa como una campaña propia</translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message>
        <source>Publish edition</source>
        <translation>Publicar edición</translation>
    </message>
    <message>
        <source>Date of the edition</source>
        <translation>Fecha de la edición</translation>
    </message>
    <message>
        <source>What changed since the edition before</source>
        <translation>Qué cambió desde la edición anterior</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: kept with the edition</source>
        <translation>Opcional: se guarda con la edición</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Write its files…</source>
        <translation>Escribir sus archivos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading what the edition would print…</source>
        <translation>Leyendo lo que imprimiría la edición…</translation>
    </message>
    <message>
        <source>Edition {number} of “{title}”</source>
        <translation>Edición {number} de «{title}»</translation>
    </message>
    <message>
        <source>The letter prints its own date, {date} (Letter date in the Export tab).</source>
        <translation>La carta imprime su propia fecha, {date} (Fecha de la carta en la pestaña Exportar).</translation>
    </message>
    <message>
        <source>The current text, not frozen yet: publishing freezes it as version {number}.</source>
        <translation>El texto actual, aún sin congelar: al publicar se congela como versión {number}.</translation>
    </message>
    <message>
        <source>Version {number}, as frozen.</source>
        <translation>Versión {number}, tal como se congeló.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln nombre</numerusform>
            <numerusform>%Ln nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names}, and %Ln marked retracted</source>
        <translation>
            <numerusform>{names}, y %Ln marcado como retirado</numerusform>
            <numerusform>{names}, y %Ln marcados como retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln añadido</numerusform>
            <numerusform>%Ln añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retracted</source>
        <translation>
            <numerusform>%Ln retirado</numerusform>
            <numerusform>%Ln retirados</numerusform>
        </translation>
    </message>
    <message>
        <source>The first edition: every name it prints is new. Later editions add late signers and say who withdrew.</source>
        <translation>La primera edición: todos los nombres que imprime son nuevos. Las ediciones posteriores añaden a los firmantes tardíos e indican quién se retiró.</translation>
    </message>
    <message>
        <source>End the list with “Added since edition {number}: …”</source>
        <translation>Terminar la lista con «Añadidos desde la edición {number}: …»</translation>
    </message>
    <message>
        <source>Since edition {number}: {added}, {retracted}.</source>
        <translation>Desde la edición {number}: {added}, {retracted}.</translation>
    </message>
    <message>
        <source>Added: {name}</source>
        <translation>Añadido: {name}</translation>
    </message>
    <message>
        <source>Retracted: {name}</source>
        <translation>Retirado: {name}</translation>
    </message>
    <message>
        <source>The same names as edition {number}.</source>
        <translation>Los mismos nombres que la edición {number}.</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition are left out of this one (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Los firmantes que se retiraron después de una edición anterior se omiten en esta (ajuste de la campaña, Retirados en la pestaña Exportar).</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition stay in their place, marked “retracted (date)” (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Los firmantes que se retiraron después de una edición anterior siguen en su lugar, marcados «retirada (fecha)» (ajuste de la campaña, Retirados en la pestaña Exportar).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Nothing was published: {reason}</source>
        <translation>No se publicó nada: {reason}</translation>
    </message>
    <message>
        <source>Edition {number} published on {date} — digest {digest}…</source>
        <extracomment>Hex digits of a digest shown in a sentence (the whole one is copyable).</extracomment>
        <translation>Edición {number} publicada el {date} — huella {digest}…</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Template to send</source>
        <translation>Plantilla que enviar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Not answered yet (invited or reminded)</source>
        <translation>Aún sin respuesta (invitados o con recordatorio)</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro por país</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <source>Address fixed: clear flag</source>
        <translation>Dirección corregida: quitar la marca</translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses were corrected: stop treating them as invalid or bounced</source>
        <translation>Las direcciones de los contactos seleccionados se corrigieron: dejar de tratarlas como no válidas o rebotadas</translation>
    </message>
    <message>
        <source>Add to outbox</source>
        <translation>Añadir a la bandeja de salida</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>{placeholder} has no value</source>
        <translation>{placeholder} no tiene valor</translation>
    </message>
    <message>
        <source>{checked} of {total} checked</source>
        <translation>{checked} de {total} marcados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation>
            <numerusform>%Ln con un problema</numerusform>
            <numerusform>%Ln con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation>
            <numerusform>%Ln mensaje en la bandeja de salida ({new} nuevos, {updated} actualizados).</numerusform>
            <numerusform>%Ln mensajes en la bandeja de salida ({new} nuevos, {updated} actualizados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation>
            <numerusform>Se omitió %Ln: {names}.</numerusform>
            <numerusform>Se omitieron %Ln: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Buzón (IMAP)</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>Archivo mbox</translation>
    </message>
    <message>
        <source>Folder of .eml files</source>
        <translation>Carpeta de archivos .eml</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Read replies from</source>
        <translation>Leer las respuestas de</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the mbox file or the folder of .eml files</source>
        <translation>Elegir el archivo mbox o la carpeta de archivos .eml</translation>
    </message>
    <message>
        <source>Mailbox settings…</source>
        <translation>Buzón…</translation>
    </message>
    <message>
        <source>Server, user, folder and password of the mailbox replies arrive in</source>
        <translation>Servidor, usuario, carpeta y contraseña del buzón donde llegan las respuestas</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Leer respuestas</translation>
    </message>
    <message>
        <source>Read the replies and show what each one is; nothing is written</source>
        <translation>Leer las respuestas y mostrar qué es cada una; no se escribe nada</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>Leer de:</translation>
    </message>
    <message>
        <source>The reply&apos;s own text</source>
        <translation>El texto propio de la respuesta</translation>
    </message>
    <message>
        <source>Select a message to read what it says.</source>
        <translation>Seleccione un mensaje para leer lo que dice.</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizada por</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nombre de quien autoriza</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Representative&apos;s role</source>
        <translation>Cargo de quien autoriza</translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation>Cargo en la organización</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep the name and role with the reply&apos;s evidence (private)</source>
        <translation>Guardar el nombre y el cargo con las pruebas de la respuesta (privado)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>The selected reply endorses: mark its signatory endorsed, as the reply says</source>
        <translation>La respuesta seleccionada adhiere: marcar a su firmante como adherido, como dice la respuesta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>The selected reply declines: mark its signatory declined</source>
        <translation>La respuesta seleccionada declina: marcar a su firmante como que declinó</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>The selected reply needs nothing done: keep it as evidence only</source>
        <translation>La respuesta seleccionada no requiere nada: guardarla solo como prueba</translation>
    </message>
    <message>
        <source>Apply clear replies</source>
        <translation>Aplicar respuestas claras</translation>
    </message>
    <message>
        <source>Read again and apply every endorsement, refusal and bounce that answers the campaign&apos;s own messages; record the others for you to decide</source>
        <translation>Leer de nuevo y aplicar cada adhesión, rechazo y rebote que responde a los mensajes de la campaña; registrar las demás para que usted decida</translation>
    </message>
    <message>
        <source>Save evidence report…</source>
        <translation>Guardar informe de pruebas…</translation>
    </message>
    <message>
        <source>A CSV file of every recorded reply: who authorised what, when, how it was verified. Private: it names people and quotes their mail, and only you can read the file.</source>
        <translation>Un archivo CSV de cada respuesta registrada: quién autorizó qué, cuándo y cómo se verificó. Privado: nombra a personas y cita su correo, y solo usted puede leer el archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading after the current batch of messages</source>
        <translation>Dejar de leer tras el lote de mensajes en curso</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sin correspondencia</translation>
    </message>
    <message>
        <source>signatory removed</source>
        <translation>firmante eliminado</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>A bounce comes from a mail server, not from the organisation: there is no sender to verify.</source>
        <translation>Un rebote viene de un servidor de correo, no de la organización: no hay remitente que verificar.</translation>
    </message>
    <message>
        <source>No signatory matched: there is no organisation to check the sender against.</source>
        <translation>Ningún firmante corresponde: no hay organización con la que contrastar al remitente.</translation>
    </message>
    <message>
        <source>Verified: {address} is the organisation&apos;s address, and its mail system vouched for the message (DKIM {dkim}, DMARC {dmarc}).</source>
        <translation>Verificada: {address} es una dirección de la organización, y su sistema de correo respalda el mensaje (DKIM {dkim}, DMARC {dmarc}).</translation>
    </message>
    <message>
        <source>Not verified: the message gives no sender address.</source>
        <translation>No verificada: el mensaje no indica dirección de remitente.</translation>
    </message>
    <message>
        <source>Not verified: {address} is a personal mailbox ({domain}). Free mail is never verified, even when the address is on record.</source>
        <translation>No verificada: {address} es un buzón personal ({domain}). El correo gratuito nunca se verifica, aunque la dirección esté registrada.</translation>
    </message>
    <message>
        <source>Not verified: the receiving server recorded no DKIM or DMARC result for this message.</source>
        <translation>No verificada: el servidor receptor no registró ningún resultado DKIM ni DMARC para este mensaje.</translation>
    </message>
    <message>
        <source>Not verified: the message did come from {domain}&apos;s mail system, but {address} is not the organisation&apos;s: not on its website&apos;s domain, nor an address on record.</source>
        <translation>No verificada: el mensaje sí viene del sistema de correo de {domain}, pero {address} no es de la organización: no está en el dominio de su sitio web ni es una dirección registrada.</translation>
    </message>
    <message>
        <source>Not verified: neither DKIM nor DMARC passed for {domain} (DKIM {dkim}, DMARC {dmarc}), so nothing shows that the organisation&apos;s mail system sent it.</source>
        <translation>No verificada: ni DKIM ni DMARC se superaron para {domain} (DKIM {dkim}, DMARC {dmarc}), así que nada muestra que lo enviara el sistema de correo de la organización.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorse</source>
        <translation>
            <numerusform>%Ln adhesión</numerusform>
            <numerusform>%Ln adhesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decline</source>
        <translation>
            <numerusform>%Ln rechazo</numerusform>
            <numerusform>%Ln rechazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln por revisar</numerusform>
            <numerusform>%Ln por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce</source>
        <translation>
            <numerusform>%Ln rebote</numerusform>
            <numerusform>%Ln rebotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln respuesta automática</numerusform>
            <numerusform>%Ln respuestas automáticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate</source>
        <translation>
            <numerusform>%Ln duplicada</numerusform>
            <numerusform>%Ln duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sin correspondencia</numerusform>
            <numerusform>%Ln sin correspondencia</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet: choose where they come from, then Read replies.</source>
        <translation>Aún no hay respuestas: elija de dónde vienen y luego «Leer respuestas».</translation>
    </message>
    <message>
        <source>{replies}: {counts}</source>
        <translation>{replies}: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln verificada</numerusform>
            <numerusform>%Ln verificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to apply</source>
        <translation>
            <numerusform>%Ln por aplicar</numerusform>
            <numerusform>%Ln por aplicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln yours to decide</source>
        <translation>
            <numerusform>%Ln pendiente de su decisión</numerusform>
            <numerusform>%Ln pendientes de su decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages.</source>
        <translation>
            <numerusform>%Ln mensaje leído.</numerusform>
            <numerusform>%Ln mensajes leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clear replies applied; the other matched ones are recorded for you to decide.</source>
        <translation>
            <numerusform>%Ln respuesta clara aplicada; las demás que corresponden quedan registradas para que usted decida.</numerusform>
            <numerusform>%Ln respuestas claras aplicadas; las demás que corresponden quedan registradas para que usted decida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</source>
        <translation>
            <numerusform>%Ln mensaje leído. No se escribió nada: «Aplicar respuestas claras» lo registra y lo aplica si es claro.</numerusform>
            <numerusform>%Ln mensajes leídos. No se escribió nada: «Aplicar respuestas claras» los registra y aplica los claros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last reading found %Ln to apply.</source>
        <translation>
            <numerusform>La última lectura encontró %Ln por aplicar.</numerusform>
            <numerusform>La última lectura encontró %Ln por aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are being read and applied. Cancelling stops after the current batch: what was applied stays applied, and the next reading carries on.</source>
        <translation>Se están leyendo y aplicando respuestas. Cancelar detiene tras el lote en curso: lo aplicado sigue aplicado y la próxima lectura continúa.</translation>
    </message>
    <message>
        <source>Replies are being read; nothing is written. Cancelling stops the reading.</source>
        <translation>Se están leyendo respuestas; no se escribe nada. Cancelar detiene la lectura.</translation>
    </message>
    <message>
        <source>{signatory}: {outcome}.</source>
        <extracomment>statuses moved (a reply was applied)</extracomment>
        <translation>{signatory}: {outcome}.</translation>
    </message>
    <message>
        <source>The reply from {address} is kept as evidence; nothing was changed.</source>
        <translation>La respuesta de {address} se guarda como prueba; no se cambió nada.</translation>
    </message>
    <message>
        <source>Saved who authorised the reply from {address}.</source>
        <translation>Se guardó quién autorizó la respuesta de {address}.</translation>
    </message>
    <message>
        <source>Save the evidence report (private: it names people and quotes their mail)</source>
        <translation>Guardar el informe de pruebas (privado: nombra a personas y cita su correo)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the evidence report to {path}. It is private: only you can read the file; keep it out of shared folders.</source>
        <translation>Informe de pruebas guardado en {path}. Es privado: solo usted puede leer el archivo; no lo ponga en carpetas compartidas.</translation>
    </message>
    <message>
        <source>The evidence report was not saved: {message}</source>
        <translation>El informe de pruebas no se guardó: {message}</translation>
    </message>
    <message>
        <source>{user} on {host}, folder {folder}</source>
        <extracomment>The columns&apos; widths while there are no replies (Date, From, Signatory, Match, Action, Verified), about as wide as once they come. the file or folder chosen for each kind of source, this session</extracomment>
        <translation>{user} en {host}, carpeta {folder}</translation>
    </message>
    <message>
        <source>(recorded replies move to {folder})</source>
        <translation>(las respuestas registradas pasan a {folder})</translation>
    </message>
    <message>
        <source>Not set up yet: give the server in Mailbox settings…</source>
        <translation>Aún sin configurar: indique el servidor en «Buzón…»</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aún no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Aún no se eligió ninguna carpeta</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From {address}, {date}</source>
        <translation>De {address}, {date}</translation>
    </message>
    <message>
        <source>From {address}</source>
        <translation>De {address}</translation>
    </message>
    <message>
        <source>No text of its own (a bounce, an automatic reply, or only the quoted invitation).</source>
        <translation>Sin texto propio (un rebote, una respuesta automática o solo la invitación citada).</translation>
    </message>
    <message>
        <source>Kept with the reply&apos;s evidence: private, never in the letter.</source>
        <translation>Se guarda con las pruebas de la respuesta: privado, nunca en la carta.</translation>
    </message>
    <message>
        <source>Not a reply to this campaign: nothing of it is recorded.</source>
        <translation>No es una respuesta a esta campaña: no se registra nada de ella.</translation>
    </message>
    <message>
        <source>Only for a recorded reply: Apply clear replies records every matched one.</source>
        <translation>Solo para una respuesta registrada: «Aplicar respuestas claras» registra todas las que corresponden.</translation>
    </message>
    <message>
        <source>Choose the mbox file replies are in</source>
        <extracomment>statuses moved (replies were applied)</extracomment>
        <translation>Elegir el archivo mbox donde están las respuestas</translation>
    </message>
    <message>
        <source>All files (*);;mbox files (*.mbox *.mbx)</source>
        <translation>Todos los archivos (*);;Archivos mbox (*.mbox *.mbx)</translation>
    </message>
    <message>
        <source>Choose the folder of .eml files</source>
        <translation>Elegir la carpeta de archivos .eml</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message>
        <source>Apply the clear replies? Every reply that answers one of the campaign&apos;s own messages and clearly endorses or declines moves its signatory&apos;s status, with the reply kept as evidence; a bounce flags the address. The other matched replies are recorded for you to decide. Mail that is not the campaign&apos;s is left alone.</source>
        <translation>¿Aplicar las respuestas claras? Cada respuesta a un mensaje de la campaña que adhiere o declina claramente cambia el estado de su firmante, con la respuesta guardada como prueba; un rebote señala la dirección. Las demás respuestas que corresponden se registran para que usted decida. El correo ajeno a la campaña no se toca.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Leyendo {source}…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando tras el lote en curso…</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {message}</source>
        <translation>Leyendo {done} de {total}: {message}</translation>
    </message>
    <message>
        <source>Reading stopped: {message}</source>
        <translation>Lectura detenida: {message}</translation>
    </message>
    <message>
        <source>Cancelled. Replies applied before stay applied; the next reading carries on.</source>
        <translation>Cancelado. Las respuestas ya aplicadas siguen aplicadas; la próxima lectura continúa.</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>Lectura cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Endorse</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin correspondencia</translation>
    </message>
</context>
<context>
    <name>ReplyMatch</name>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>It answers a message the outbox sent to this signatory</source>
        <translation>Responde a un mensaje que la bandeja de salida envió a este firmante</translation>
    </message>
    <message>
        <source>Its sender is a contact address of this signatory, and of no other</source>
        <translation>Su remitente es una dirección de contacto de este firmante, y de ningún otro</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>Applied</source>
        <extracomment>The colour of each action, as the statuses it leads to are coloured. The order of the counts above the table.</extracomment>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>To apply</source>
        <translation>Por aplicar</translation>
    </message>
    <message>
        <source>Yours to decide</source>
        <translation>Decide usted</translation>
    </message>
    <message>
        <source>To record</source>
        <translation>Por registrar</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Applied: the signatory&apos;s status or the message&apos;s state changed, with the reply as evidence</source>
        <translation>Aplicada: cambió el estado del firmante o del mensaje, con la respuesta como prueba</translation>
    </message>
    <message>
        <source>Clear, and it answers the campaign&apos;s own message: Apply clear replies applies it</source>
        <translation>Clara, y responde a un mensaje de la campaña: «Aplicar respuestas claras» la aplica</translation>
    </message>
    <message>
        <source>Recorded, waiting for you: Endorse, Decline or Ignore it</source>
        <translation>Registrada, le espera: «Adhesión», «Rechazo» o «Ignorar»</translation>
    </message>
    <message>
        <source>Needs your decision: Apply clear replies records it, then Endorse, Decline or Ignore it</source>
        <translation>Requiere su decisión: «Aplicar respuestas claras» la registra; luego «Adhesión», «Rechazo» o «Ignorar»</translation>
    </message>
    <message>
        <source>Nothing to do: kept as evidence only</source>
        <translation>Nada que hacer: se guarda solo como prueba</translation>
    </message>
    <message>
        <source>Not the campaign&apos;s, or a second copy: nothing is recorded</source>
        <translation>Ajena a la campaña, o una segunda copia: no se registra nada</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Private contact data removed from %Ln campaigns past their retention period.</source>
        <extracomment>the store&apos;s RetentionReport</extracomment>
        <translation>
            <numerusform>Se eliminaron los datos de contacto privados de %Ln campaña cuyo plazo de conservación venció.</numerusform>
            <numerusform>Se eliminaron los datos de contacto privados de %Ln campañas cuyo plazo de conservación venció.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” — outbox messages: {messages}, replies: {replies}, contacts: {contacts}, signatory notes: {notes}</source>
        <translation>«{title}» — mensajes de la bandeja de salida: {messages}, respuestas: {replies}, contactos: {contacts}, notas de firmantes: {notes}</translation>
    </message>
    <message>
        <source>Private contact data removed</source>
        <translation>Datos de contacto privados eliminados</translation>
    </message>
    <message>
        <source>These campaigns are past their retention period; their private contact data was removed:</source>
        <translation>Estas campañas han superado su plazo de conservación; se eliminaron sus datos de contacto privados:</translation>
    </message>
    <message>
        <source>The letters, endorsements and editions are kept. Backups hold the removed data until they age out (File → Backups…).</source>
        <translation>Las cartas, las adhesiones y las ediciones se conservan. Las copias de seguridad guardan los datos eliminados hasta que caducan (Archivo → Copias de seguridad…).</translation>
    </message>
    <message>
        <source>Removing private contact data past its retention period failed ({message}); it is tried again at the next start.</source>
        <translation>No se pudieron eliminar los datos de contacto privados cuyo plazo de conservación venció ({message}); se intentará de nuevo en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database as it was.</source>
        <translation>Todas las filas se escriben en una sola transacción: cancelar deja la base de datos como estaba.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Writing every row in one transaction…</source>
        <translation>Escribiendo todas las filas en una sola transacción…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories added to the campaign.</source>
        <translation>
            <numerusform>%Ln firmante añadido a la campaña.</numerusform>
            <numerusform>%Ln firmantes añadidos a la campaña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation>{message} No se importó nada.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelada; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>SavedHistory</name>
    <message>
        <source>Saved edits of {time}</source>
        <translation>Cambios guardados el {time}</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introducciones</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <source>Introduction</source>
        <extracomment>The row&apos;s translation status (&quot;missing&quot;, &quot;outdated&quot;, &quot;current&quot;) in the chosen translation language, None when it has nothing to translate. What a section is called in the outline and the composer (translated when shown: section_title).</extracomment>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Usual port ({port})</source>
        <translation>Puerto habitual ({port})</translation>
    </message>
</context>
<context>
    <name>SetValueButton</name>
    <message>
        <source>Set form link…</source>
        <translation>Indicar el enlace al formulario…</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Indicar quién coordina…</translation>
    </message>
    <message>
        <source>Set deadline…</source>
        <translation>Fijar la fecha límite…</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no form link.</source>
        <translation>«{template}» usa {placeholder}, y la campaña no tiene enlace al formulario.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no coordinator.</source>
        <translation>«{template}» usa {placeholder}, y la campaña no tiene a nadie en la coordinación.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no deadline.</source>
        <translation>«{template}» usa {placeholder}, y la campaña no tiene fecha límite.</translation>
    </message>
    <message>
        <source>Open Campaign settings at this field</source>
        <translation>Abrir la configuración de la campaña en este campo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>Ir a {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs. A key listed under a tab works while that tab is shown; Alt with an underlined letter goes to that field.</source>
        <translation>Todas las teclas de la ventana y sus pestañas. Una tecla que aparece bajo una pestaña funciona mientras esa pestaña está visible; Alt con una letra subrayada lleva a ese campo.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>The campaign&apos;s signatories</source>
        <extracomment>Above this many rows, `refresh_rows` reads the whole table again instead of those rows: one query for everything beats many IN lists. The rows read first, in the campaign&apos;s order, and shown while the rest of a bigger campaign is read: a few screens, read in milliseconds, where all 200,000 rows took 1.5-2 s to appear. `store.signatories.table_fingerprint` when the rows were read (None while not `complete`: `AllRows` brings it) signatory id → the applied reply behind its status (`store.replies.verification_by_signatory`) the signatories marked &quot;do not publish&quot; (a padlock by the name; empty while not `complete`: `AllRows` brings them) False: `prepared` holds the first `HEAD_ROWS` rows only, and `read_all_rows` reads them all the rows of the signatories whose status moved, when only statuses moved and not too many; None: read the whole table again the replies behind the statuses now (`read_table`&apos;s `verification`) the signatories marked &quot;do not publish&quot; now</extracomment>
        <translation>Los firmantes de la campaña</translation>
    </message>
    <message>
        <source>Search signatories</source>
        <extracomment>Debounce of the search field: long enough to skip the intermediate states of fast typing, short enough to feel immediate. Width the name column keeps before the other columns grow, in pixels. A stable key per column, for the widths remembered across restarts. The columns that step aside, in this order, when the table is too narrow for every column at its narrow width beside the name (`NAME_ROOM`): each is also in the side panel (the endorsement&apos;s date in its status line), while the country and status must stay readable. The country column is as wide as the longest country name in the campaign, but no wider than this many average characters (narrow: when the table is short of room); a longer name is elided, whole in its tooltip. Keyboard shortcuts that open the status dialog on the selection.</extracomment>
        <translation>Buscar firmantes</translation>
    </message>
    <message>
        <source>Search name, acronym, country, affiliation  (Ctrl+F)</source>
        <translation>Buscar nombre, sigla, país, afiliación  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Signatories shown</source>
        <translation>Firmantes mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrado</numerusform>
            <numerusform>%Ln mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>Recuentos por estado</translation>
    </message>
    <message>
        <source>Ask them to reconfirm</source>
        <translation>Pedirles que reconfirmen</translation>
    </message>
    <message>
        <source>Mark them “needs reconfirmation”: they leave the letter until they answer</source>
        <translation>Marcarlos «Debe reconfirmar»: salen de la carta hasta que respondan</translation>
    </message>
    <message>
        <source>Keep as endorsed</source>
        <translation>Mantener la adhesión</translation>
    </message>
    <message>
        <source>The change does not need a new answer: stop asking until another version is frozen</source>
        <translation>El cambio no requiere una nueva respuesta: dejar de preguntar hasta que se congele otra versión</translation>
    </message>
    <message>
        <source>Print them in the letter until they answer</source>
        <translation>Incluirlos en la carta hasta que respondan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Deshacer el cambio de estado</translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z); the history records it as a correction</source>
        <translation>Volver a dejarlos como estaban (Ctrl+Z); el historial lo registra como una corrección</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Restablecer el ancho de las columnas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add an organisation or an individual</source>
        <translation>Añadir una organización o una persona</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import signatories from a form export or spreadsheet (CSV, XLSX)</source>
        <translation>Importar firmantes de la exportación de un formulario o de una hoja de cálculo (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <source>Change the status of the selected signatories</source>
        <translation>Cambiar el estado de los firmantes seleccionados</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected signatories from this campaign</source>
        <translation>Quitar de esta campaña a los firmantes seleccionados</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Duplicados…</translation>
    </message>
    <message>
        <source>Find organisations entered twice and merge them</source>
        <translation>Encontrar organizaciones introducidas dos veces y fusionarlas</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge the two selected signatories: the same one entered twice</source>
        <translation>Fusionar los dos firmantes seleccionados: el mismo introducido dos veces</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the signatories</source>
        <translation>Buscar entre los firmantes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected signatory</source>
        <translation>Editar el firmante seleccionado</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>No publicar</translation>
    </message>
    <message>
        <source>Keep the selected signatories off every public letter and edition; they print only in a delivery copy</source>
        <translation>Dejar a los firmantes seleccionados fuera de toda carta y edición públicas; solo figuran en una copia de entrega</translation>
    </message>
    <message>
        <source>Correct status…</source>
        <translation>Corregir el estado…</translation>
    </message>
    <message>
        <source>Put a wrong status right, from any status, with the reason; the history keeps it as a correction</source>
        <translation>Corregir un estado equivocado, desde cualquier estado, con el motivo; el historial lo guarda como una corrección</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide the side panel (contacts and history)</source>
        <translation>Mostrar u ocultar el panel lateral (contactos e historial)</translation>
    </message>
    <message>
        <source>Loading signatories…</source>
        <translation>Cargando firmantes…</translation>
    </message>
    <message>
        <source>Mark the selection as {status}</source>
        <translation>Marcar la selección como «{status}»</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; firmante</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Todos los estados ({count})</translation>
    </message>
    <message numerus="yes">
        <source>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</source>
        <translation>
            <numerusform>Todavía está en curso un cambio de estado de %Ln firmante. Al cancelarlo se deshace por completo: ningún firmante cambia.</numerusform>
            <numerusform>Todavía está en curso un cambio de estado de %Ln firmantes. Al cancelarlo se deshace por completo: ningún firmante cambia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation>
            <numerusform>%Ln pasó a «{status}».</numerusform>
            <numerusform>%Ln pasaron a «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged.</source>
        <translation>
            <numerusform>%Ln sin cambios.</numerusform>
            <numerusform>%Ln sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected to {status}.</source>
        <translation>
            <numerusform>%Ln corregido a «{status}».</numerusform>
            <numerusform>%Ln corregidos a «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln put back as they were.</source>
        <translation>
            <numerusform>Deshecho: %Ln vuelve a estar como estaba.</numerusform>
            <numerusform>Deshecho: %Ln vuelven a estar como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they are: someone changed them since.</source>
        <translation>
            <numerusform>%Ln queda como está: alguien lo cambió después.</numerusform>
            <numerusform>%Ln quedan como están: alguien los cambió después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the status change of %Ln signatories</source>
        <translation>
            <numerusform>&amp;Deshacer el cambio de estado de %Ln firmante</numerusform>
            <numerusform>&amp;Deshacer el cambio de estado de %Ln firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</source>
        <translation>
            <numerusform>Todavía se está deshaciendo el cambio de estado de %Ln firmante. Cancelar lo revierte: el cambio se mantiene.</numerusform>
            <numerusform>Todavía se está deshaciendo el cambio de estado de %Ln firmantes. Cancelar lo revierte: el cambio se mantiene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</source>
        <translation>
            <numerusform>Invitación en cola para %Ln firmante, en la bandeja de salida para revisarla: pasará a «Invitado» cuando se envíe.</numerusform>
            <numerusform>Invitación en cola para %Ln firmantes, en la bandeja de salida para revisarla: pasarán a «Invitado» cuando se envíe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (no usable address, or the invitation does not apply).</source>
        <translation>
            <numerusform>Se omitió %Ln (sin dirección utilizable, o la invitación no corresponde).</numerusform>
            <numerusform>Se omitieron %Ln (sin dirección utilizable, o la invitación no corresponde).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</source>
        <translation>
            <numerusform>%Ln firmante marcado «no publicar»: queda fuera de toda carta y edición públicas y solo figura en una copia de entrega.</numerusform>
            <numerusform>%Ln firmantes marcados «no publicar»: quedan fuera de toda carta y edición públicas y solo figuran en una copia de entrega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories no longer marked “do not publish”: the letter prints them again.</source>
        <translation>
            <numerusform>%Ln firmante ya no está marcado «no publicar»: la carta vuelve a incluirlo.</numerusform>
            <numerusform>%Ln firmantes ya no están marcados «no publicar»: la carta vuelve a incluirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “do not publish” of %Ln signatories</source>
        <translation>
            <numerusform>Deshacer «no publicar» de %Ln firmante</numerusform>
            <numerusform>Deshacer «no publicar» de %Ln firmantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo publishing %Ln signatories again</source>
        <translation>
            <numerusform>Deshacer la vuelta a la lista de %Ln firmante</numerusform>
            <numerusform>Deshacer la vuelta a la lista de %Ln firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Status change cancelled; no signatory was changed.</source>
        <translation>Cambio de estado cancelado; ningún firmante cambió.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z)</source>
        <extracomment>what the last write that moved rows can be undone with</extracomment>
        <translation>Volver a dejarlos como estaban (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo cancelled; the change stays as it was.</source>
        <translation>Deshacer cancelado; el cambio se mantiene.</translation>
    </message>
    <message>
        <source>already {status}: {names}</source>
        <translation>ya en «{status}»: {names}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>from {status}: {names}</source>
        <translation>desde «{status}»: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation>
            <numerusform>%Ln sin cambios — el flujo de trabajo no permite «{status}» {reasons}.</numerusform>
            <numerusform>%Ln sin cambios — el flujo de trabajo no permite «{status}» {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>Seleccionarlos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>the selection to restore when the rows being read arrive</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Already in the directory as “{name}”: that entry will be used.</source>
        <translation>Ya está en el directorio como «{name}»: se usará esa entrada.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>{error}.

Reload shows their version in the table; your edit stays in the form so you can save it again over theirs.</source>
        <translation>{error}.

Recargar muestra su versión en la tabla; su cambio sigue en el formulario para que pueda guardarlo de nuevo por encima.</translation>
    </message>
    <message>
        <source>Already on this campaign as “{name}” ({status}).</source>
        <translation>Ya está en esta campaña como «{name}» ({status}).</translation>
    </message>
    <message>
        <source>This campaign has “{name}” ({status}): the same signatory?</source>
        <translation>Esta campaña tiene «{name}» ({status}): ¿es el mismo firmante?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation>
            <numerusform>Se quitó %Ln firmante de la campaña.</numerusform>
            <numerusform>Se quitaron %Ln firmantes de la campaña.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error}. Their version is shown now; edit the cell again to change it.</source>
        <translation>{error}. Ahora se muestra su versión; edite la celda de nuevo para cambiarla.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Forget this private contact? This cannot be undone.</source>
        <translation>¿Olvidar este contacto privado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation>
            <numerusform>%Ln firmante debe reconfirmar antes de aparecer en la carta.</numerusform>
            <numerusform>%Ln firmantes deben reconfirmar antes de aparecer en la carta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation>
            <numerusform>%Ln firmante marcado «Debe reconfirmar»; envíele el nuevo texto desde Difusión.</numerusform>
            <numerusform>%Ln firmantes marcados «Debe reconfirmar»; envíeles el nuevo texto desde Difusión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <extracomment>what the last merge can be undone with</extracomment>
        <translation>«{gone}» fusionado en «{kept}».</translation>
    </message>
    <message>
        <source>Undo the merge of “{kept}” and “{gone}”</source>
        <translation>Deshacer la fusión de «{kept}» y «{gone}»</translation>
    </message>
    <message>
        <source>Make them two entries again, as they were before the merge (Ctrl+Z)</source>
        <translation>Volver a separarlos en dos entradas, como antes de la fusión (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>“{kept}” changed since the merge (its status, a message or an edit), so the merge can no longer be undone exactly.</source>
        <translation>«{kept}» cambió después de la fusión (su estado, un mensaje o una edición), así que la fusión ya no puede deshacerse con exactitud.</translation>
    </message>
    <message>
        <source>Merge undone: “{kept}” and “{gone}” are two entries again.</source>
        <translation>Fusión deshecha: «{kept}» y «{gone}» vuelven a ser dos entradas.</translation>
    </message>
    <message>
        <source>Put the “do not publish” marks back as they were (Ctrl+Z)</source>
        <extracomment>(campaign id, the rows the last marking changed, the mark it set)</extracomment>
        <translation>Dejar las marcas «no publicar» como estaban (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the “do not publish” marks are as they were.</source>
        <translation>Deshecho: las marcas «no publicar» están como estaban.</translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message>
        <source>Signatory details</source>
        <extracomment>The contact table&apos;s columns: the address first, so a narrow side panel still shows it whole (it is what messages go to); the person after it. The most a contact column takes before its text is elided (the notes take what is left). The least a contact column is cut to in a panel too narrow for every header (room for a letter and &quot;…&quot;; the header&apos;s tooltip names it). Columns a narrow panel leaves out while no contact has a value in them (the notes first); they come back when the panel is widened. the selected contact&apos;s address: what the database holds about that person, and erasing it (issue 19) &quot;Merge…&quot; under &quot;2 signatories selected&quot; (the same signer entered twice) &quot;Do not publish&quot; ticked (True) or cleared (False) by the coordinator</extracomment>
        <translation>Detalles del firmante</translation>
    </message>
    <message>
        <source>Select a signatory to see its details, private contacts and history.</source>
        <translation>Seleccione un firmante para ver sus detalles, contactos privados e historial.</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Fusionar estos dos…</translation>
    </message>
    <message>
        <source>The same signatory entered twice: keep one entry, with the history, contacts and answer of both</source>
        <translation>El mismo firmante introducido dos veces: conservar una sola entrada, con el historial, los contactos y la respuesta de ambas</translation>
    </message>
    <message>
        <source>Mark as {status} (asks for channel and note)</source>
        <translation>Marcar como «{status}» (pide canal y nota)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>The status is wrong: correct it to any status, with the reason</source>
        <translation>El estado es erróneo: corregirlo a cualquier estado, con el motivo</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>No publicar</translation>
    </message>
    <message>
        <source>Left out of every public letter and edition (someone at risk, or who asked not to be named); printed only in a delivery copy for the addressee</source>
        <translation>Fuera de toda carta y edición públicas (alguien en riesgo, o que pidió no ser nombrado); solo figura en una copia de entrega para el destinatario</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the public fields (double-click a row does too)</source>
        <translation>Editar los campos públicos (también con doble clic en una fila)</translation>
    </message>
    <message>
        <source>Private contacts</source>
        <translation>Contactos privados</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Datos personales…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact person, to answer their request: save it as a file, or erase it everywhere</source>
        <translation>Todo lo que se guarda sobre la persona de contacto seleccionada, para responder a su solicitud: guardarlo como archivo o borrarlo en todas partes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Private contacts · never exported</source>
        <translation>Contactos privados · nunca se exportan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation>
            <numerusform>%Ln firmante seleccionado.</numerusform>
            <numerusform>%Ln firmantes seleccionados. Cambie su estado a la vez con «Cambiar estado…» o el menú contextual.</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>Corrected: {change} — {reason}</source>
        <translation>Corregido: {change} — {reason}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>versión {number}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>por {channel}</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Edit signatory</source>
        <translation>Editar firmante</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Añadir firmante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Association for Progressive Communications</source>
        <translation>p. ej. Asociación para el Progreso de las Comunicaciones</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>e.g. APC</source>
        <translation>p. ej. APC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>name or code: Perú, UK, KE…</source>
        <translation>nombre o código: Perú, UK, KE…</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Professor</source>
        <translation>p. ej. Profesora</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>for identification purposes only</source>
        <translation>solo a efectos de identificación</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Private notes (never exported)</source>
        <translation>Notas privadas (nunca se exportan)</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Firma como</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibida por</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>p. ej. Ada Lovelace</translation>
    </message>
    <message>
        <source>Not a country we know: check the spelling</source>
        <translation>No es un país conocido: revise cómo está escrito</translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation>Un firmante necesita un nombre.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know.</source>
        <translation>«{country}» no es un país conocido.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid email address.</source>
        <translation>«{email}» no es una dirección de correo válida.</translation>
    </message>
</context>
<context>
    <name>SignatoryKind</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>SignatoryMergeDialog</name>
    <message>
        <source>Merge signatories</source>
        <translation>Fusionar firmantes</translation>
    </message>
    <message>
        <source>Merge two signatories</source>
        <translation>Fusionar dos firmantes</translation>
    </message>
    <message>
        <source>The same signatory entered twice? Choose the entry to keep: the other one is merged into it.</source>
        <translation>¿El mismo firmante introducido dos veces? Elija la entrada que desea conservar: la otra se fusiona en ella.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Firma como</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Other campaigns</source>
        <translation>Otras campañas</translation>
    </message>
    <message>
        <source>The list and the letter show “{name}”; “{other}” is gone from this campaign.</source>
        <translation>La lista y la carta muestran «{name}»; «{other}» desaparece de esta campaña.</translation>
    </message>
    <message>
        <source>Status: {status}, the stronger answer (from “{whose}”), with its date and channel.</source>
        <translation>Estado: {status}, la respuesta más firme (de «{whose}»), con su fecha y su canal.</translation>
    </message>
    <message numerus="yes">
        <source>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</source>
        <translation>
            <numerusform>Historial: %Ln evento de ambos, en una sola lista, más uno que indica la fusión; se conservan las notas de ambos.</numerusform>
            <numerusform>Historial: los %Ln eventos de ambos, en una sola lista, más uno que indica la fusión; se conservan las notas de ambos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %Ln move to “{name}”.</source>
        <translation>
            <numerusform>Contactos: %Ln pasa a «{name}».</numerusform>
            <numerusform>Contactos: %Ln pasan a «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</source>
        <translation>
            <numerusform>El directorio: las dos organizaciones pasan a ser una, «{name}», también en %Ln campaña más.</numerusform>
            <numerusform>El directorio: las dos organizaciones pasan a ser una, «{name}», también en otras %Ln campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact: the one of “{whose}” stays; the other is written into the notes.</source>
        <translation>Contacto: se queda el de «{whose}»; el otro se anota en las notas.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back.</source>
        <translation>Editar → Deshacer revierte la fusión.</translation>
    </message>
    <message>
        <source>Merging will:</source>
        <translation>Con la fusión:</translation>
    </message>
</context>
<context>
    <name>SignatoryPolicy</name>
    <message>
        <source>Organisations only</source>
        <translation>Solo organizaciones</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>Solo personas</translation>
    </message>
    <message>
        <source>Organisations and individuals</source>
        <translation>Organizaciones y personas</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Fecha de adhesión</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Do not publish: left out of every public letter and edition, printed only in a delivery copy</source>
        <extracomment>The workflow&apos;s order, used to sort the status column and list the counts. The statuses an endorsement by reply leads to: the Verification column speaks of those only (a reply that declined, or bounced, endorses nothing). The Verification column&apos;s sort ranks: verified, by reply, nothing. Folded form of each word seen, bounded so a huge import cannot grow it forever. country code → its name in the interface language how many rows have each status the sort keys of the name column (`name_keys`) the rows&apos; order by name, ascending (the table&apos;s default order) Rows sorted at a time by `sorted_in_slices`: one slice holds the lock for about 40 ms, and a campaign of up to this many needs no merge (the merge is Python, several times slower than the sort). Items freed at a time by `let_go`: a couple of milliseconds each. the rows `show_prepared` showed (`add_search` is for them alone, though edits since replaced some in `_rows`), and the positions of those replaced (their search texts, folded from the old rows, are folded again when they arrive) signatory id → the applied reply behind its status (`store.replies.Verification`) the signatories marked &quot;do not publish&quot;: a padlock by the name</extracomment>
        <translation>No publicar: fuera de toda carta y edición públicas, solo figura en una copia de entrega</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>by reply, not verified</source>
        <translation>por respuesta, sin verificar</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}: the address is the organisation&apos;s and its mail system vouched for the message.</source>
        <translation>Adhesión por una respuesta de {address}, aplicada el {date}: la dirección es de la organización y su sistema de correo respalda el mensaje.</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}, whose sender could not be verified: confirm it another way (a call, a second address).</source>
        <translation>Adhesión por una respuesta de {address}, aplicada el {date}, cuyo remitente no pudo verificarse: confírmela de otro modo (una llamada, otra dirección).</translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente el puerto 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo servidor de retransmisión local)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation>Envío de correo (SMTP)</translation>
    </message>
    <message>
        <source>Email sending settings</source>
        <translation>Configuración del envío de correo</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Déjelo vacío si el servidor no pide inicio de sesión</translation>
    </message>
    <message>
        <source>Name shown to recipients</source>
        <translation>Nombre que ven los destinatarios</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <translation> mensajes por minuto</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>Ritmo de envío:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Ritmo de envío</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>The campaign&apos;s statement</source>
        <extracomment>the letter without its text: `with_sections` puts the text being edited in `context_state` when it was read the version status and banner over the text, and what Freeze asks, are right from the first moment the text can be edited `base_letter` without signatories: the preview until the context is read starter blocks added now (a new database&apos;s first start) the stored text, when its revision is not the one the editor holds</extracomment>
        <translation>La declaración de la campaña</translation>
    </message>
    <message>
        <source>Preview language</source>
        <extracomment>the ways out of a team conflict: show their text, copy ours, save ours</extracomment>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <source>Preview the letter in this language</source>
        <translation>Ver la carta en este idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa de la carta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Starter block library not added: {error}</source>
        <extracomment>the campaign shown, the signatories its preview lists, and who endorsed which version (read again by `refresh_context`) a translation language the Export tab asked to show (`show_translation`) a check for teammates&apos; changes ended while the text was on its way (`_changes_read`): it runs again once the text is shown the letter without its text, from the context; None until it is read the same without signatories, which the text comes with (`StatementOpening`) what the preview says where the names go while it has no context (reading them, or why they could not be read); &quot;&quot; once it has one</extracomment>
        <translation>No se añadió la biblioteca de bloques inicial: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation>
            <numerusform>Biblioteca de bloques iniciada con %Ln bloque</numerusform>
            <numerusform>Biblioteca de bloques iniciada con %Ln bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to draft its statement.</source>
        <translation>Elija una campaña para redactar su declaración.</translation>
    </message>
    <message>
        <source>Reading the signatories…</source>
        <translation>Leyendo los firmantes…</translation>
    </message>
    <message>
        <source>draft, not frozen yet</source>
        <translation>borrador, aún sin congelar</translation>
    </message>
    <message>
        <source>edited since version {number}</source>
        <translation>editada desde la versión {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation>
            <numerusform>%Ln adhesión al texto anterior deberá reconfirmarse cuando congele el texto nuevo.</numerusform>
            <numerusform>%Ln adhesiones al texto anterior deberán reconfirmarse cuando congele el texto nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsement is affected yet: nobody has endorsed an earlier version.</source>
        <translation>Todavía no afecta a ninguna adhesión: nadie ha adherido a una versión anterior.</translation>
    </message>
    <message>
        <source>You are editing the text after version {number} was frozen.</source>
        <translation>Está editando el texto después de congelar la versión {number}.</translation>
    </message>
    <message>
        <source>version {number}, frozen {date}</source>
        <translation>versión {number}, congelada el {date}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>versión {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation>
            <numerusform>%Ln adhesión es de una versión anterior a la {number} y debe reconfirmarse.</numerusform>
            <numerusform>%Ln adhesiones son de una versión anterior a la {number} y deben reconfirmarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed, retrying: {error}</source>
        <translation>Falló el guardado automático, se reintenta: {error}</translation>
    </message>
    <message>
        <source>&amp;Reload their text</source>
        <translation>&amp;Recargar su texto</translation>
    </message>
    <message>
        <source>Show the text as it is now saved (Ctrl+Z brings yours back)</source>
        <translation>Mostrar el texto tal como está guardado ahora (Ctrl+Z recupera el suyo)</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Copiar mi texto</translation>
    </message>
    <message>
        <source>Put your version of the statement on the clipboard</source>
        <translation>Copiar su versión de la declaración al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener el mío</translation>
    </message>
    <message>
        <source>Save your text over theirs</source>
        <translation>Guardar su texto por encima del de la otra persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;The statement was changed by someone else&lt;/b&gt; since you opened it; your latest edits are not saved. Reload?</source>
        <translation>&lt;b&gt;Otra persona cambió la declaración&lt;/b&gt; desde que usted la abrió; sus últimos cambios no se han guardado. ¿Recargar?</translation>
    </message>
    <message>
        <source>Text saved by someone else</source>
        <translation>Texto guardado por otra persona</translation>
    </message>
    <message>
        <source>The statement was updated by someone else</source>
        <translation>Otra persona actualizó la declaración</translation>
    </message>
    <message>
        <source>Reload their text</source>
        <translation>Recargar su texto</translation>
    </message>
    <message>
        <source>Their text is shown; Ctrl+Z brings yours back</source>
        <translation>Se muestra su texto; Ctrl+Z recupera el suyo</translation>
    </message>
    <message>
        <source>Your text is on the clipboard</source>
        <translation>Su texto está en el portapapeles</translation>
    </message>
    <message>
        <source>Your text is saved</source>
        <translation>Su texto está guardado</translation>
    </message>
    <message>
        <source>Not frozen: {error}</source>
        <translation>No se congeló: {error}</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>Versión {number} congelada</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>Restaurar la versión {number}</translation>
    </message>
    <message>
        <source>Version {number} restored as the current text; freeze it to make it a new version</source>
        <translation>Versión {number} restaurada como texto actual; congélela para convertirla en una versión nueva</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Prospect</source>
        <translation>Por invitar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Con recordatorio</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Adherido</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Needs reconfirmation</source>
        <translation>Debe reconfirmar</translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation>
            <numerusform>%Ln por invitar</numerusform>
            <numerusform>%Ln por invitar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invitado</numerusform>
            <numerusform>%Ln invitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation>
            <numerusform>%Ln con recordatorio</numerusform>
            <numerusform>%Ln con recordatorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation>
            <numerusform>%Ln adherido</numerusform>
            <numerusform>%Ln adheridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln declinó</numerusform>
            <numerusform>%Ln declinaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation>
            <numerusform>%Ln sin respuesta</numerusform>
            <numerusform>%Ln sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retirado</numerusform>
            <numerusform>%Ln retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs reconfirmation</source>
        <translation>
            <numerusform>%Ln debe reconfirmar</numerusform>
            <numerusform>%Ln deben reconfirmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation>
            <numerusform>Cambiar el estado de %Ln firmante</numerusform>
            <numerusform>Cambiar el estado de %Ln firmantes</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. replied to the invitation of 3 May</source>
        <translation>p. ej. respondió a la invitación del 3 de mayo</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibida por</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation>
            <numerusform>%Ln pasará a «{status}».</numerusform>
            <numerusform>%Ln pasarán a «{status}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation>
            <numerusform>%Ln seguirá como está (el flujo de trabajo no permite «{status}» después de {previous}).</numerusform>
            <numerusform>%Ln seguirán como están (el flujo de trabajo no permite «{status}» después de {previous}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInSentence</name>
    <message>
        <source>prospect</source>
        <extracomment>The same statuses inside a sentence (&quot;3 moved to endorsed&quot;): lower case in English, whatever reads naturally in a sentence elsewhere.</extracomment>
        <translation>por invitar</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>con recordatorio</translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation>adherido</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declinó</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>needs reconfirmation</source>
        <translation>debe reconfirmar</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status of the new signatories</source>
        <translation>Estado de los nuevos firmantes</translation>
    </message>
    <message>
        <source>Each row gets the status in the file&apos;s “{column}” column; rows with an empty cell get:</source>
        <translation>Cada fila recibe el estado de la columna «{column}» del archivo; las filas con la celda vacía reciben:</translation>
    </message>
    <message>
        <source>Status of rows with an empty cell</source>
        <translation>Estado de las filas con la celda vacía</translation>
    </message>
    <message>
        <source>The file has no status column. Choose the status the new signatories get: “{endorsed}” for a form of endorsements, “{prospect}” for a list of groups to invite.</source>
        <translation>El archivo no tiene columna de estado. Elija el estado que reciben los nuevos firmantes: «{endorsed}» para un formulario de adhesiones, «{prospect}» para una lista de grupos a los que invitar.</translation>
    </message>
    <message>
        <source>Status to give</source>
        <translation>Estado que asignar</translation>
    </message>
    <message>
        <source>Signatories already on this campaign are skipped and keep their status; organisations already in the directory are reused.</source>
        <translation>Los firmantes que ya están en esta campaña se omiten y conservan su estado; las organizaciones que ya están en el directorio se reutilizan.</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reconfirmation</source>
        <translation>Reconfirmación</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>New custom template</source>
        <translation>Nueva plantilla personalizada</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Name (custom templates)</source>
        <translation>Nombre (plantillas personalizadas)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insertar:</translation>
    </message>
    <message>
        <source>Insert {placeholder}</source>
        <translation>Insertar {placeholder}</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Preview for signatory</source>
        <translation>Vista previa para el firmante</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>{kind} (new)</source>
        <translation>{kind} (nueva)</translation>
    </message>
    <message>
        <source>Another coordinator saved “{template}” while you were editing it, so nothing was saved. Your text is still in the editor: save again to replace their version with yours.</source>
        <translation>Otra persona coordinadora guardó «{template}» mientras usted la editaba, así que no se guardó nada. Su texto sigue en el editor: guarde de nuevo para reemplazar la versión de su colega por la suya.</translation>
    </message>
    <message>
        <source>Do you want to delete the template “{name}”? Your changes to it will be lost.</source>
        <translation>¿Quiere eliminar la plantilla «{name}»? Se perderán sus cambios.</translation>
    </message>
    <message>
        <source>Do you want to go back to the standard wording of “{name}”? Your changes to it will be lost.</source>
        <translation>¿Quiere volver a la redacción estándar de «{name}»? Se perderán sus cambios.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Add signatories to preview a message.</source>
        <translation>Añada firmantes para ver la vista previa de un mensaje.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Translate:</source>
        <translation>Traducir:</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de traducción</translation>
    </message>
    <message>
        <source>Edit the translation into this language beside the primary text</source>
        <translation>Editar la traducción a este idioma junto al texto principal</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Idioma</translation>
    </message>
    <message>
        <source>Add a translation language to the campaign</source>
        <translation>Añadir un idioma de traducción a la campaña</translation>
    </message>
    <message>
        <source>Add a translation language</source>
        <translation>Añadir un idioma de traducción</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>Título…</translation>
    </message>
    <message>
        <source>Translate the campaign title, addressee and signatory heading</source>
        <translation>Traducir el título, el destinatario y el encabezado de firmantes de la campaña</translation>
    </message>
    <message>
        <source>Translate title and addressee</source>
        <translation>Traducir título y destinatario</translation>
    </message>
    <message>
        <source>Off ({language}, primary text)</source>
        <translation>Ninguna ({language}, original)</translation>
    </message>
    <message>
        <source>No translation languages yet: add one with “+ Language” or in the campaign settings.</source>
        <translation>Aún no hay idiomas de traducción: añada uno con «+ Idioma» o en la configuración de la campaña.</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Was:</source>
        <extracomment>Below this width the primary text goes above the translation, not beside it. Unchanged words kept either side of a change in the diff: enough to find the place in the translation, short enough to see every change at once.</extracomment>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter adds “{first}, …” … “{last}, …” itself.</source>
        <translation>Tradúzcalo sin su fórmula introductoria, como en el texto principal: la carta añade ella misma «{first}, …» … «{last}, …».</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter numbers the items itself.</source>
        <translation>Tradúzcalo sin su fórmula introductoria, como en el texto principal: la carta numera ella misma los puntos.</translation>
    </message>
    <message>
        <source>Heading translation</source>
        <translation>Traducción del encabezado</translation>
    </message>
    <message>
        <source>Lead sentence translation</source>
        <translation>Traducción de la frase introductoria</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Select a section or an item to translate it.</source>
        <translation>Seleccione una sección o un punto para traducirlo.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Frase introductoria</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>This list has no heading or lead sentence to translate: select one of its items.</source>
        <translation>Esta lista no tiene encabezado ni frase introductoria que traducir: seleccione uno de sus puntos.</translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message>
        <source>Every text is translated into {language}.</source>
        <extracomment>Languages offered first when adding one (any other code can be typed).</extracomment>
        <translation>Todos los textos están traducidos al {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation>
            <numerusform>%Ln aún sin traducir (se muestra en {language})</numerusform>
            <numerusform>%Ln aún sin traducir (se muestran en {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation>
            <numerusform>%Ln desactualizada</numerusform>
            <numerusform>%Ln desactualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>current</source>
        <extracomment>Order of severity when a section has several fields.</extracomment>
        <translation>al día</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desactualizada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Sign-on user guide</source>
        <extracomment>The guide&apos;s pages in reading order: a person&apos;s journey through a campaign. docs/ also holds pages for developers (DEVELOPER_PAGES), which ship but are not listed; tests/ui/test_help.py fails on a page in neither.</extracomment>
        <translation>Guía del usuario de Sign-on</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Sign-on ({folder} is missing).</source>
        <translation>La guía del usuario no está instalada con esta copia de Sign-on (falta {folder}).</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation>Versiones de la declaración</translation>
    </message>
    <message>
        <source>Current draft (not frozen)</source>
        <translation>Borrador actual (sin congelar)</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texto posterior</translation>
    </message>
    <message>
        <source>Older text with removed words struck through</source>
        <translation>Texto anterior con las palabras eliminadas tachadas</translation>
    </message>
    <message>
        <source>Newer text with added words highlighted</source>
        <translation>Texto posterior con las palabras añadidas resaltadas</translation>
    </message>
    <message>
        <source>Make this version&apos;s text the current draft again. Versions are never changed: freeze the restored text to make it a new version.</source>
        <translation>Hacer del texto de esta versión el borrador actual. Las versiones nunca cambian: congele el texto restaurado para convertirlo en una versión nueva.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>The text as it is now in the composer</source>
        <translation>El texto tal como está ahora en el editor</translation>
    </message>
    <message>
        <source>Frozen: this text never changes</source>
        <translation>Congelada: este texto ya no cambia</translation>
    </message>
    <message>
        <source>Frozen on {date}: this text never changes</source>
        <translation>Congelada el {date}: este texto ya no cambia</translation>
    </message>
    <message>
        <source>The same text on both sides</source>
        <translation>El mismo texto en ambos lados</translation>
    </message>
    <message>
        <source>Restore version {number} as current text</source>
        <translation>Restaurar la versión {number} como texto actual</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>WordDiff</name>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation>
            <numerusform>%Ln palabra eliminada</numerusform>
            <numerusform>%Ln palabras eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation>
            <numerusform>%Ln palabra añadida</numerusform>
            <numerusform>%Ln palabras añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Punctuation or spacing changed</source>
        <translation>Cambió la puntuación o los espacios</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de datos de Sign-on (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Todavía en curso</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <source>Put {path} in place of this file; the file it replaces is kept in the backups folder</source>
        <translation>Poner {path} en lugar de este archivo; el archivo reemplazado se conserva en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Open a Sign-on database</source>
        <translation>Abrir una base de datos de Sign-on</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{path}: is open in another Sign-on window ({holder}); switch to that window, or open another file</source>
        <translation>{path}: está abierta en otra ventana de Sign-on ({holder}); cambie a esa ventana o abra otro archivo</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <extracomment>answers of `ask_duplicate` answers of `ask_invitation`</extracomment>
        <translation>Hojas de cálculo y exportaciones de formularios (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation>
            <numerusform>¿Quitar a este firmante de la campaña? También se borra su historial de invitaciones y respuestas; las organizaciones siguen en el directorio.</numerusform>
            <numerusform>¿Quitar a estos %Ln firmantes de la campaña? También se borra su historial de invitaciones y respuestas; las organizaciones siguen en el directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation>
            <numerusform>%Ln de ellos adhirió a la declaración: marcarlo como retirado conserva ese registro.</numerusform>
            <numerusform>%Ln de ellos adhirieron a la declaración: marcarlos como retirados conserva ese registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation>Quitar de la campaña</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Marcar como retirado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“{name}” is already on this campaign&apos;s list, as “{existing}” ({status}): it cannot be added twice.</source>
        <translation>«{name}» ya está en la lista de esta campaña, como «{existing}» ({status}): no se puede añadir dos veces.</translation>
    </message>
    <message>
        <source>This campaign already has a signatory like “{name}”; it may be the same one:</source>
        <translation>Esta campaña ya tiene un firmante parecido a «{name}»; puede ser el mismo:</translation>
    </message>
    <message>
        <source>Open the existing entry, or add “{name}” as another signatory.</source>
        <translation>Abra la entrada existente, o añada «{name}» como otro firmante.</translation>
    </message>
    <message>
        <source>Already on the list?</source>
        <translation>¿Ya está en la lista?</translation>
    </message>
    <message>
        <source>Open “{name}”</source>
        <translation>Abrir «{name}»</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message numerus="yes">
        <source>No invitation was sent to %Ln of them from Sign-on.</source>
        <translation>
            <numerusform>No se envió ninguna invitación desde Sign-on a %Ln de ellos.</numerusform>
            <numerusform>No se envió ninguna invitación desde Sign-on a %Ln de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue the invitation: it waits in the Outbox for you to review and send. They stay prospects, among the invitation&apos;s recipients, and become invited when it is sent.</source>
        <translation>Poner la invitación en cola: espera en la bandeja de salida a que usted la revise y la envíe. Siguen en «Por invitar», entre los destinatarios de la invitación, y pasan a «Invitado» cuando se envía.</translation>
    </message>
    <message>
        <source>Mark invited: they were invited another way (by phone, from your own mailbox).</source>
        <translation>Marcar como «Invitado»: se les invitó por otra vía (por teléfono, desde su propio correo).</translation>
    </message>
    <message>
        <source>No invitation sent</source>
        <translation>No se envió ninguna invitación</translation>
    </message>
    <message>
        <source>Queue the invitation</source>
        <translation>Poner la invitación en cola</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>Marcar como «Invitado»</translation>
    </message>
    <message>
        <source>Keep as prospects</source>
        <translation>Dejar en «Por invitar»</translation>
    </message>
    <message>
        <source>Import signatories</source>
        <translation>Importar firmantes</translation>
    </message>
</context>
</TS>
