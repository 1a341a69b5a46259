<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coalition sign-on campaigns, from draft statement to published letter.</source>
        <translation>Campanhas de adesão de coalizões, do rascunho da declaração à carta publicada.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Bundled resources</source>
        <translation>Recursos incluídos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>None bundled.</source>
        <translation>Nenhum incluído.</translation>
    </message>
    <message>
        <source>Licences of bundled resources</source>
        <translation>Licenças dos recursos incluídos</translation>
    </message>
    <message>
        <source>No third-party resources with their own licence are bundled.</source>
        <translation>Não há recursos de terceiros com licença própria incluídos.</translation>
    </message>
    <message>
        <source>About Sign-on</source>
        <translation>Sobre o Sign-on</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>Versão, banco de dados e licenças</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>AddLanguageDialog</name>
    <message>
        <source>Add a translation language</source>
        <translation>Adicionar um idioma de tradução</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Código do idioma</translation>
    </message>
    <message>
        <source>Pick a language or type its code (such as es, fr, ar or pt-BR). Each section and item of the statement gets a translation into it, side by side with the primary text.</source>
        <translation>Escolha um idioma ou digite o código dele (como es, fr, ar ou pt-BR). Cada seção e cada item da declaração recebe uma tradução nesse idioma, lado a lado com o texto principal.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Type a language code such as es, fr, ar or pt-BR.</source>
        <translation>Digite um código de idioma como es, fr, ar ou pt-BR.</translation>
    </message>
    <message>
        <source>This is the campaign&apos;s own language.</source>
        <translation>Este é o idioma da própria campanha.</translation>
    </message>
    <message>
        <source>The statement is already translated into this language.</source>
        <translation>A declaração já está traduzida para este idioma.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup written to {path}.</source>
        <extracomment>The first check waits until the window is up and idle.</extracomment>
        <translation>Cópia de segurança diária gravada em {path}.</translation>
    </message>
    <message>
        <source>Daily backup failed ({message}); it will be tried again within the hour. File → Backups… shows the folder.</source>
        <translation>A cópia de segurança diária falhou ({message}); será tentada de novo dentro de uma hora. Arquivo → Cópias de segurança… mostra a pasta.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>before a restore</source>
        <extracomment>What each copy is; kept in English on the row, translated when shown (kind_text).</extracomment>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>antes de uma exclusão</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de uma atualização</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>cópia de segurança</translation>
    </message>
    <message>
        <source> (damaged file, kept as found)</source>
        <translation> (arquivo danificado, mantido como foi encontrado)</translation>
    </message>
    <message>
        <source>{folder}: backups cannot be written there ({error}); choose another folder</source>
        <translation>{folder}: não é possível gravar cópias de segurança ali ({error}); escolha outra pasta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>Alterar a pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar a padrão</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Usar a pasta padrão das cópias de segurança</translation>
    </message>
    <message>
        <source>Daily backups kept (days):</source>
        <translation>Cópias diárias mantidas (dias):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days that have backups</source>
        <translation>A cópia mais recente de cada um destes dias com cópias</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks):</source>
        <translation>Cópias semanais mantidas (semanas):</translation>
    </message>
    <message>
        <source>The newest backup of each of this many weeks, besides the daily ones</source>
        <translation>A cópia mais recente de cada uma destas semanas, além das diárias</translation>
    </message>
    <message>
        <source>Safety copies kept (days):</source>
        <translation>Cópias de proteção mantidas (dias):</translation>
    </message>
    <message>
        <source>Copies made before an upgrade, a restore or a deletion are deleted this many days after they were made; the newest copy before an upgrade stays</source>
        <translation>As cópias feitas antes de uma atualização, uma restauração ou uma exclusão são apagadas este número de dias depois de feitas; a cópia mais recente anterior a uma atualização permanece</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Cópias de segurança deste banco de dados</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer cópia agora</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurar a selecionada…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar a cópia de segurança selecionada</translation>
    </message>
    <message>
        <source>set by SIGNON_BACKUP_DIR</source>
        <translation>definida por SIGNON_BACKUP_DIR</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>sua escolha</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folder:&lt;/b&gt; {folder} ({note})</source>
        <translation>&lt;b&gt;Pasta:&lt;/b&gt; {folder} ({note})</translation>
    </message>
    <message>
        <source>SIGNON_BACKUP_DIR decides the folder</source>
        <translation>SIGNON_BACKUP_DIR decide a pasta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team database&lt;/b&gt;: its server keeps the backups (pg_dump); Sign-on backs up database files only.</source>
        <translation>&lt;b&gt;Banco de dados da equipe&lt;/b&gt;: o servidor dele guarda as cópias de segurança (pg_dump); o Sign-on só copia arquivos de banco de dados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of {file}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cópias de segurança de {file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>While Sign-on is open it backs this database up once a day; each backup is checked after writing. What is kept is set below: older backups and safety copies are deleted when the next backup is written.</source>
        <translation>Enquanto o Sign-on está aberto, ele faz uma cópia de segurança deste banco de dados uma vez por dia e verifica cada cópia depois de gravá-la. O que fica guardado é definido abaixo: as cópias e cópias de proteção mais antigas são apagadas quando a próxima cópia é gravada.</translation>
    </message>
    <message>
        <source>No backup of this database yet: Back up now writes one.</source>
        <translation>Ainda não há nenhuma cópia deste banco de dados: “Fazer cópia agora” cria uma.</translation>
    </message>
    <message>
        <source>Saved; the next backup deletes what these periods no longer keep.</source>
        <translation>Salvo; a próxima cópia apagará o que estes prazos não mantêm mais.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Escolher a pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>New backups go to {folder}. Backups already written stay in {old}.</source>
        <translation>As novas cópias vão para {folder}. As cópias já feitas ficam em {old}.</translation>
    </message>
    <message>
        <source>New backups go to {folder}.</source>
        <translation>As novas cópias vão para {folder}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo cópia de segurança…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Cópia de segurança gravada em {path}.</translation>
    </message>
    <message>
        <source>Replace the open database by the backup taken {taken}?

The database as it is now is kept in the backup folder first, so this can be undone by restoring that copy.</source>
        <translation>Substituir o banco de dados aberto pela cópia feita em {taken}?

Antes, o banco de dados como está agora é guardado na pasta das cópias, então é possível desfazer restaurando essa cópia.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>O banco de dados substituído foi guardado como {path}.</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}.</source>
        <translation>Restaurada a cópia feita em {taken}.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation>Editar bloco</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Novo bloco</translation>
    </message>
    <message>
        <source>Short name shown in the library</source>
        <translation>Nome curto mostrado na biblioteca</translation>
    </message>
    <message>
        <source>The wording. Write concerns and recommendations without their lead-in, starting in lower case: “the paragraphs calling for …”.</source>
        <translation>O texto. Escreva as preocupações e recomendações sem a fórmula introdutória, começando com minúscula: “os parágrafos que pedem …”.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. biometrics, surveillance</source>
        <translation>Separadas por vírgulas, p. ex. biometria, vigilância</translation>
    </message>
    <message>
        <source>Where the wording came from (statement, coalition)</source>
        <translation>De onde veio o texto (declaração, coalizão)</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation>Tipo de bloco</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Título do bloco</translation>
    </message>
    <message>
        <source>Block text</source>
        <translation>Texto do bloco</translation>
    </message>
    <message>
        <source>Block tags</source>
        <translation>Etiquetas do bloco</translation>
    </message>
    <message>
        <source>Block language</source>
        <translation>Idioma do bloco</translation>
    </message>
    <message>
        <source>Block source</source>
        <translation>Fonte do bloco</translation>
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
        <translation>&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>BulkStatusStrip</name>
    <message>
        <source>Status change progress</source>
        <extracomment>What a finished write was (`BulkOutcome.kind`). the status the rows were moved or corrected to; of an undo, the one they were taken back from of an undo, `changed` are the rows put back of an undo: the rows left as they were, changed by someone since</extracomment>
        <translation>Progresso da mudança de status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the status change</source>
        <translation>Cancelar a mudança de status</translation>
    </message>
    <message>
        <source>The change is written as a whole: cancelling leaves every status as it was</source>
        <translation>A mudança é gravada de uma só vez: cancelar deixa todos os status como estavam</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the status change of %Ln signatories…</source>
        <translation>
            <numerusform>Desfazendo a mudança de status de %Ln signatário…</numerusform>
            <numerusform>Desfazendo a mudança de status de %Ln signatários…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correcting %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Corrigindo %Ln signatário para “{status}”…</numerusform>
            <numerusform>Corrigindo %Ln signatários para “{status}”…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Passando %Ln signatário para “{status}”…</numerusform>
            <numerusform>Passando %Ln signatários para “{status}”…</numerusform>
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
        <translation>{status} · ainda sem signatários</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation>
            <numerusform>{status} · %Ln adesão de {total}</numerusform>
            <numerusform>{status} · %Ln adesões de {total}</numerusform>
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
        <translation>Prazo: {date}</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Your campaigns with their status and endorsement counts</source>
        <translation>Suas campanhas, com o status e o número de adesões</translation>
    </message>
    <message>
        <source>Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings</source>
        <translation>Suas campanhas; F2 renomeia, Delete exclui, Ctrl+, abre as configurações</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Offered languages (shown through ui.labels); any other BCP 47-like code can be typed. Stored as is: the letter translates the default heading into its language. The retention period offered when the rule is switched on: half a year, long enough for late corrections and the follow-up of a published letter.</extracomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinatário:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>T&amp;ranslations:</source>
        <translation>T&amp;raduções:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Signatory &amp;heading:</source>
        <translation>&amp;Cabeçalho dos signatários:</translation>
    </message>
    <message>
        <source>List &amp;order:</source>
        <translation>&amp;Ordem da lista:</translation>
    </message>
    <message>
        <source>Who may &amp;sign:</source>
        <translation>&amp;Quem pode assinar:</translation>
    </message>
    <message>
        <source>Keep signatories who must reconfirm in the letter</source>
        <translation>Manter na carta quem precisa reconfirmar</translation>
    </message>
    <message>
        <source>Form lin&amp;k (where organisations sign):</source>
        <translation>&amp;Link do formulário (onde as organizações assinam):</translation>
    </message>
    <message>
        <source>&amp;Coordinator (name that signs messages):</source>
        <translation>&amp;Coordenação (nome que assina as mensagens):</translation>
    </message>
    <message>
        <source>Private data:</source>
        <translation>Dados privados:</translation>
    </message>
    <message>
        <source>Count the signatories marked “do not publish” in the letter’s totals</source>
        <translation>Contar nos totais da carta quem assinou marcado “não publicar”</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Configurações da campanha</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título da campanha</translation>
    </message>
    <message>
        <source>The title of the joint statement (required)</source>
        <translation>O título da declaração conjunta (obrigatório)</translation>
    </message>
    <message>
        <source>e.g. Joint statement on the UN AI resolution</source>
        <translation>p. ex. Declaração conjunta sobre a resolução da ONU sobre IA</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Whom the letter is addressed to</source>
        <translation>A quem a carta é dirigida</translation>
    </message>
    <message>
        <source>e.g. Member States of the UN General Assembly</source>
        <translation>p. ex. Estados-membros da Assembleia Geral da ONU</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma da carta</translation>
    </message>
    <message>
        <source>Language of the letter (ordinals, dates, headings); pick one or type a code such as pt-BR</source>
        <translation>Idioma da carta (ordinais, datas, cabeçalhos); escolha um ou digite um código como pt-BR</translation>
    </message>
    <message>
        <source>Translation languages</source>
        <translation>Idiomas de tradução</translation>
    </message>
    <message>
        <source>Languages the statement is also published in, comma-separated (e.g. es, fr, ar): each text gets a translation in the Statement tab, and the letter can be exported in each language</source>
        <translation>Outros idiomas em que a declaração é publicada, separados por vírgulas (p. ex. es, fr, ar): cada texto recebe uma tradução na aba Declaração, e a carta pode ser exportada em cada idioma</translation>
    </message>
    <message>
        <source>e.g. es, fr, ar (optional)</source>
        <translation>p. ex. es, fr, ar (opcional)</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>Tick when endorsements are open-ended</source>
        <translation>Marque se as adesões não tiverem prazo</translation>
    </message>
    <message>
        <source>Deadline for endorsements</source>
        <translation>Prazo para as adesões</translation>
    </message>
    <message>
        <source>Last day to endorse; reminders are timed from it</source>
        <translation>Último dia para aderir; os lembretes são calculados a partir dele</translation>
    </message>
    <message>
        <source>Form link</source>
        <translation>Link do formulário</translation>
    </message>
    <message>
        <source>The web address of the form where organisations sign: it fills {link} in messages. Optional: without it, the standard messages ask people to reply</source>
        <translation>O endereço web do formulário onde as organizações assinam: ele preenche {link} nas mensagens. Opcional: sem ele, as mensagens padrão pedem que as pessoas respondam</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenação</translation>
    </message>
    <message>
        <source>The name that signs messages: it fills {coordinator}. Optional: without it, the standard messages are signed by the coordinating team</source>
        <translation>O nome que assina as mensagens: ele preenche {coordinator}. Opcional: sem ele, as mensagens padrão são assinadas pela equipe de coordenação</translation>
    </message>
    <message>
        <source>e.g. Ana García (optional)</source>
        <translation>p. ex. Ana Souza (opcional)</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Status da campanha</translation>
    </message>
    <message>
        <source>Where the campaign stands</source>
        <translation>Em que ponto está a campanha</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Cabeçalho dos signatários</translation>
    </message>
    <message>
        <source>Heading above the signatory list in the letter</source>
        <translation>Cabeçalho acima da lista de signatários na carta</translation>
    </message>
    <message>
        <source>Signatory list order</source>
        <translation>Ordem da lista de signatários</translation>
    </message>
    <message>
        <source>How signatories are ordered in the letter</source>
        <translation>Como os signatários são ordenados na carta</translation>
    </message>
    <message>
        <source>Signatory policy</source>
        <translation>Quem pode assinar</translation>
    </message>
    <message>
        <source>Who may sign: decides how imported rows are read when they do not say</source>
        <translation>Quem pode assinar: decide como são lidas as linhas importadas que não dizem</translation>
    </message>
    <message>
        <source>Keep signatories awaiting reconfirmation in the letter</source>
        <translation>Manter na carta os signatários que aguardam reconfirmação</translation>
    </message>
    <message>
        <source>After the text changes, endorsers must reconfirm; tick to keep listing them until they answer</source>
        <translation>Quando o texto muda, quem aderiu precisa reconfirmar; marque para continuar a listá-los até que respondam</translation>
    </message>
    <message>
        <source>The counts line then says “…, including 3 who asked not to be named”; their names never print</source>
        <translation>A linha de totais passa a dizer “…, incluindo 3 que pediram para não ser nomeadas”; os nomes delas nunca são impressos</translation>
    </message>
    <message>
        <source>Remove private contact data {days} days after the campaign closes</source>
        <translation>Remover os dados de contato privados {days} dias após o encerramento da campanha</translation>
    </message>
    <message>
        <source>Days after closing</source>
        <translation>Dias após o encerramento</translation>
    </message>
    <message>
        <source>Counted from the day the campaign was closed or first published; checked each time Sign-on starts, and by `signon retention`</source>
        <translation>Contados a partir do dia em que a campanha foi encerrada ou publicada pela primeira vez; verificado a cada início do Sign-on, e por `signon retention`</translation>
    </message>
    <message>
        <source>Removes its messages, the text and sender of replies, signatory notes and contacts no open campaign needs; the letter, endorsements and editions stay.</source>
        <translation>Remove as mensagens, o texto e o remetente das respostas, as notas dos signatários e os contatos de que nenhuma campanha aberta precisa; a carta, as adesões e as edições permanecem.</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>O que precisa ser corrigido</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation>Uma campanha precisa de um título.</translation>
    </message>
    <message>
        <source>Language: type a code such as en, es, fr or pt-BR.</source>
        <translation>Idioma: digite um código como en, es, fr ou pt-BR.</translation>
    </message>
    <message>
        <source>Translations: “{code}” is not a language code; separate codes such as es, fr, ar with commas.</source>
        <translation>Traduções: “{code}” não é um código de idioma; separe códigos como es, fr, ar com vírgulas.</translation>
    </message>
    <message>
        <source>Form link: “{link}” is not a web address; give the address of the form (https://…).</source>
        <translation>Link do formulário: “{link}” não é um endereço web; informe o endereço do formulário (https://…).</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Drafting</source>
        <translation>Em redação</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Coletando adesões</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Drafting the statement</source>
        <extracomment>The longer form the settings dialog offers.</extracomment>
        <translation>Redigindo a declaração</translation>
    </message>
    <message>
        <source>Collecting endorsements</source>
        <translation>Coletando adesões</translation>
    </message>
    <message>
        <source>Closed to new endorsements</source>
        <translation>Encerrada para novas adesões</translation>
    </message>
</context>
<context>
    <name>CampaignTranslationDialog</name>
    <message>
        <source>Translate the title and addressee into {language}</source>
        <translation>Traduzir o título e o destinatário para {language}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Cabeçalho dos signatários</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marcar como atualizada</translation>
    </message>
    <message>
        <source>made from “{text}”</source>
        <translation>feita a partir de “{text}”</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Item {number} de {count}</translation>
    </message>
    <message>
        <source>Recommendation {number} of {count}</source>
        <translation>Recomendação {number} de {count}</translation>
    </message>
    <message>
        <source>Concern {number} of {count}</source>
        <translation>Preocupação {number} de {count}</translation>
    </message>
    <message>
        <source>Copied from library block “{title}”</source>
        <extracomment>Title of a library block by id, for &quot;copied from …&quot; (set by the tab). The language being translated beside the primary text (None: off), the campaign&apos;s translation languages, and its title/addressee fields for the status summary (set by the tab).</extracomment>
        <translation>Copiado do bloco da biblioteca “{title}”</translation>
    </message>
    <message>
        <source>We have the following concerns:</source>
        <translation>Temos as seguintes preocupações:</translation>
    </message>
    <message>
        <source>The participants concluded:</source>
        <translation>Os participantes concluíram:</translation>
    </message>
    <message>
        <source>We call on decision-makers to:</source>
        <translation>Exortamos os decisores políticos a:</translation>
    </message>
    <message>
        <source>copied from “{title}”</source>
        <translation>copiado de “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palavra</numerusform>
            <numerusform>%Ln palavras</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement is empty: insert blocks from the library or use Add.</source>
        <translation>A declaração está vazia: insira blocos da biblioteca ou use Adicionar.</translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation>
            <numerusform>Seção vazia: {names} (não impressa; escreva-a ou exclua-a)</numerusform>
            <numerusform>Seções vazias: {names} (não impressas; escreva-as ou exclua-as)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation>
            <numerusform>%Ln item vazio (não impresso)</numerusform>
            <numerusform>%Ln itens vazios (não impressos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Marcar a tradução como atualizada</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Editar tradução</translation>
    </message>
    <message>
        <source>Introduction paragraph</source>
        <extracomment>What the Add menu adds (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>Parágrafo de introdução</translation>
    </message>
    <message>
        <source>Concern list</source>
        <translation>Lista de preocupações</translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation>Lista de recomendações</translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation>Parágrafo de encerramento</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <source>Plain list (findings, conclusions)</source>
        <translation>Lista simples (constatações, conclusões)</translation>
    </message>
    <message>
        <source>• Bulleted</source>
        <extracomment>What is drawn before each item (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>• Com marcadores</translation>
    </message>
    <message>
        <source>Plain paragraphs</source>
        <translation>Parágrafos simples</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Declaração&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Compare frozen versions, restore an old one</source>
        <translation>Comparar versões congeladas, restaurar uma antiga</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Congelar…</translation>
    </message>
    <message>
        <source>Keep the current text as a numbered version that never changes; each endorsement records the version it agreed to</source>
        <translation>Guardar o texto atual como uma versão numerada que nunca muda; cada adesão registra a versão com que concordou</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a section or an item</source>
        <translation>Adicionar uma seção ou um item</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected section or item</source>
        <translation>Excluir a seção ou o item selecionado</translation>
    </message>
    <message>
        <source>Item in the selected list</source>
        <translation>Item na lista selecionada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Desfazer {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Refazer {action}</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it. Insert wording from the block library with Enter or by dragging it here, or add a section with Add.</source>
        <translation>Selecione uma seção ou um item para editá-lo. Insira textos da biblioteca de blocos com Enter ou arrastando-os até aqui, ou adicione uma seção com Adicionar.</translation>
    </message>
    <message>
        <source>Section type</source>
        <translation>Tipo de seção</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto da seção</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>Tipo de lista</translation>
    </message>
    <message>
        <source>List heading</source>
        <translation>Cabeçalho da lista</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Frase introdutória</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeração</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto do item</translation>
    </message>
    <message>
        <source>Optional heading</source>
        <translation>Cabeçalho opcional</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line</source>
        <translation>Parágrafos, separados por uma linha em branco</translation>
    </message>
    <message>
        <source>Printed above the items. Without it the list follows the text before it directly (“… Finally, … First, …”).</source>
        <translation>Impressa acima dos itens. Sem ela, a lista segue diretamente o texto anterior (“… Por fim, … Em primeiro lugar, …”).</translation>
    </message>
    <message>
        <source>Marker before each item</source>
        <translation>Marcador antes de cada item</translation>
    </message>
    <message>
        <source>Without a marker the items print as plain paragraphs (“First, …”, “Second, …”, “Finally, …”), as event reports do</source>
        <translation>Sem marcador, os itens saem como parágrafos simples (“Primeiro, …”, “Segundo, …”, “Por fim, …”), como nos relatórios de eventos</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Adicionar item</translation>
    </message>
    <message>
        <source>The items print as typed, without lead-ins: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>Os itens saem como foram escritos, sem introduções: selecione um item para editá-lo, Alt+Cima/Baixo para movê-lo.</translation>
    </message>
    <message>
        <source>Lead-ins are computed from the order of the items: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>As fórmulas introdutórias são calculadas pela ordem dos itens: selecione um item para editá-lo, Alt+Cima/Baixo para movê-lo.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>&amp;Numeração</translation>
    </message>
    <message>
        <source>the paragraphs calling for …</source>
        <translation>os parágrafos que pedem …</translation>
    </message>
    <message>
        <source>Write it as it should print: a plain list adds a bullet and nothing else.</source>
        <translation>Escreva como deve sair: uma lista simples só acrescenta um marcador.</translation>
    </message>
    <message>
        <source>Write it without its lead-in (“the paragraphs calling for …”): the letter adds “First, …”, “Second, …”, “Finally, …” and renumbers when items move.</source>
        <translation>Escreva-o sem a fórmula introdutória (“os parágrafos que pedem …”): a carta acrescenta “Em primeiro lugar, …”, “Em segundo lugar, …”, “Por fim, …” e renumera quando os itens mudam de lugar.</translation>
    </message>
    <message>
        <source>&amp;Lead sentence</source>
        <translation>&amp;Frase introdutória</translation>
    </message>
    <message>
        <source>Lead sentence, e.g. “{example}”</source>
        <translation>Frase introdutória, p. ex. “{example}”</translation>
    </message>
    <message>
        <source>Insert “{title}”</source>
        <translation>Inserir “{title}”</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Inserir bloco</translation>
    </message>
    <message>
        <source>Insert blocks</source>
        <translation>Inserir blocos</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Adicionar {what}</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Excluir item</translation>
    </message>
    <message>
        <source>Delete {section}</source>
        <translation>Excluir {section}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <extracomment>libpq&apos;s sslmode values offered, from none to the strictest.</extracomment>
        <translation>Conectar ao banco de dados da equipe</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>seu nome de usuário do PostgreSQL</translation>
    </message>
    <message>
        <source>from the keyring, ~/.pgpass or PGPASSWORD when empty</source>
        <translation>do chaveiro, de ~/.pgpass ou de PGPASSWORD quando vazio</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <source>disable — no encryption (a server on this computer only)</source>
        <translation>disable — sem criptografia (apenas um servidor neste computador)</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — criptografar quando o servidor permitir</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — sempre criptografar</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — criptografar e verificar o certificado do servidor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
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
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>A PostgreSQL database that your coalition shares: every coordinator sees the same campaigns. Your tech volunteer gives you these details.</source>
        <translation>Um banco de dados PostgreSQL que sua coalizão compartilha: todas as pessoas que coordenam veem as mesmas campanhas. Quem cuida da parte técnica passa esses dados para você.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Connection works: {summary}</source>
        <translation>A conexão funciona: {summary}</translation>
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
        <translation>Corrigir o status</translation>
    </message>
    <message numerus="yes">
        <source>Correct the status of %Ln signatories</source>
        <translation>
            <numerusform>Corrigir o status de %Ln signatário</numerusform>
            <numerusform>Corrigir o status de %Ln signatários</numerusform>
        </translation>
    </message>
    <message>
        <source>For a status set by mistake. Any status can be corrected to any other; the history keeps it as a correction with your reason, not as a change.</source>
        <translation>Para um status definido por engano. Qualquer status pode ser corrigido para qualquer outro; o histórico o guarda como uma correção com o seu motivo, não como uma mudança.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. marked endorsed by mistake</source>
        <translation>p. ex. marcado como aderido por engano</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>Corrigir para</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be corrected to {status}.</source>
        <translation>
            <numerusform>%Ln será corrigido para “{status}”.</numerusform>
            <numerusform>%Ln serão corrigidos para “{status}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already {status} will stay as they are.</source>
        <translation>
            <numerusform>%Ln que já está em “{status}” ficará como está.</numerusform>
            <numerusform>%Ln que já estão em “{status}” ficarão como estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Diga o motivo: ele fica guardado no histórico.</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>No deadline set (set one in the campaign settings).</source>
        <translation>Nenhum prazo definido (defina um nas configurações da campanha).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation>
            <numerusform>Falta %Ln dia · prazo {date}</numerusform>
            <numerusform>Faltam %Ln dias · prazo {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today · deadline {date}</source>
        <translation>Hoje é o último dia · prazo {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation>
            <numerusform>O prazo terminou há %Ln dia ({date})</numerusform>
            <numerusform>O prazo terminou há %Ln dias ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder days before the deadline</source>
        <extracomment>what the panel shows changed (a reminder round queued): read it again &quot;Now&quot;, aware; today is its date. One clock for both, so a round queued on a given day is stamped with that day (tests pass a fixed one).</extracomment>
        <translation>Dias de lembrete antes do prazo</translation>
    </message>
    <message>
        <source>e.g. 7,2</source>
        <translation>p. ex. 7,2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>dias antes do prazo</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Lembretes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Last written to</source>
        <translation>Última mensagem</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Who has not answered</source>
        <translation>Quem não respondeu</translation>
    </message>
    <message>
        <source>Queue due reminders</source>
        <translation>Pôr na fila os lembretes devidos</translation>
    </message>
    <message>
        <source>Put a reminder in the outbox for everyone who has not answered and was not written to since this round</source>
        <translation>Pôr na caixa de saída um lembrete para todos que não responderam e não receberam mensagem desde esta rodada</translation>
    </message>
    <message>
        <source>Mark unanswered as no response</source>
        <translation>Marcar quem não respondeu como “Sem resposta”</translation>
    </message>
    <message>
        <source>After the deadline: every invited or reminded signatory becomes no response (each change is recorded)</source>
        <translation>Depois do prazo: cada signatário convidado ou com lembrete passa a “Sem resposta” (cada mudança fica registrada)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation>
            <numerusform>%Ln ainda não respondeu</numerusform>
            <numerusform>%Ln ainda não responderam</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone written to has answered.</source>
        <translation>Todas as pessoas contatadas responderam.</translation>
    </message>
    <message>
        <source>No reminder rounds are set.</source>
        <translation>Nenhuma rodada de lembretes está definida.</translation>
    </message>
    <message>
        <source>Reminder rounds: {dates}.</source>
        <translation>Rodadas de lembretes: {dates}.</translation>
    </message>
    <message>
        <source>The round of {date} is due.</source>
        <translation>A rodada de {date} está devida.</translation>
    </message>
    <message>
        <source>Next round: {date}.</source>
        <translation>Próxima rodada: {date}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>No reminder round is due today.</source>
        <translation>Nenhuma rodada de lembretes é devida hoje.</translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation>
            <numerusform>Rodada de {date}: %Ln lembrete na caixa de saída para você revisar e enviar.</numerusform>
            <numerusform>Rodada de {date}: %Ln lembretes na caixa de saída para você revisar e enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation>
            <numerusform>%Ln deixado de fora (sem endereço utilizável ou já respondeu).</numerusform>
            <numerusform>%Ln deixados de fora (sem endereço utilizável ou já responderam).</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sem resposta</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation>
            <numerusform>Marcar o %Ln signatário que não respondeu como “Sem resposta”? Cada mudança fica registrada; uma resposta tardia ainda pode ser registrada.</numerusform>
            <numerusform>Marcar os %Ln signatários que não responderam como “Sem resposta”? Cada mudança fica registrada; uma resposta tardia ainda pode ser registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as no response</source>
        <translation>Marcar como “Sem resposta”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation>
            <numerusform>%Ln signatário marcado como “Sem resposta”.</numerusform>
            <numerusform>%Ln signatários marcados como “Sem resposta”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Verificar antes de importar</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rejected rows are left out (fix them in the file and import it again); skipped ones are already on the campaign or repeated in the file. To change what happens to a row, choose in its Outcome list.</source>
        <translation>Nada foi gravado ainda. As linhas rejeitadas ficam de fora (corrija-as no arquivo e importe-o de novo); as ignoradas já estão na campanha ou se repetem no arquivo. Para mudar o que acontece com uma linha, escolha na lista Resultado dela.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Data da adesão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation>Como as datas são lidas</translation>
    </message>
    <message>
        <source>Read as day/month/year</source>
        <translation>Ler como dia/mês/ano</translation>
    </message>
    <message>
        <source>Read as month/day/year</source>
        <translation>Ler como mês/dia/ano</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verificando cada linha…</translation>
    </message>
    <message>
        <source>Warning — {text}</source>
        <translation>Aviso — {text}</translation>
    </message>
    <message>
        <source>Possible duplicate — {text}</source>
        <translation>Possível duplicata — {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation>
            <numerusform>%Ln linha vazia ignorada.</numerusform>
            <numerusform>%Ln linhas vazias ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endorsement date column is not used: no row is imported as {status}.</source>
        <translation>A coluna da data de adesão não é usada: nenhuma linha é importada como {status}.</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: the rows are imported as {status}.</source>
        <translation>A coluna da data de adesão não é usada: as linhas são importadas como {status}.</translation>
    </message>
    <message>
        <source>The dates in “{column}” are written both day first and month first: only those that can be read one way are taken; the others are rejected.</source>
        <translation>As datas em “{column}” estão escritas umas com o dia primeiro e outras com o mês primeiro: só são aceitas as que podem ser lidas de uma única maneira; as outras são rejeitadas.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dia/mês/ano</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mês/dia/ano</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}: no date in the file tells day from month. Check a few rows, or read them the other way.</source>
        <translation>Datas em “{column}” lidas como {order}: nenhuma data do arquivo distingue o dia do mês. Confira algumas linhas ou leia-as da outra maneira.</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}, as “{example}” shows.</source>
        <translation>Datas em “{column}” lidas como {order}, como mostra “{example}”.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Mesclar com {name}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>O que fazer com a linha {row}</translation>
    </message>
    <message>
        <source>Change what the import does with this row</source>
        <translation>Mudar o que a importação faz com esta linha</translation>
    </message>
    <message>
        <source>Repeated in this file (row {row})</source>
        <translation>Repetida neste arquivo (linha {row})</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a date</source>
        <translation>“{value}” em {column} não é uma data</translation>
    </message>
    <message>
        <source>“{value}” in {column} is after today</source>
        <translation>“{value}” em {column} é posterior a hoje</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a status</source>
        <translation>“{value}” em {column} não é um status</translation>
    </message>
    <message>
        <source>“{value}” in {column} is “{status}”, which an import cannot give</source>
        <translation>“{value}” em {column} é “{status}”, um status que uma importação não pode dar</translation>
    </message>
    <message>
        <source>Already on this campaign</source>
        <translation>Já está nesta campanha</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Deixada de fora</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>sua escolha</translation>
    </message>
    <message>
        <source>same acronym and country</source>
        <translation>mesma sigla e mesmo país</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>Looks like {name} in the directory: choose “Merge into…” if it is the same</source>
        <translation>Parece {name} do diretório: escolha “Mesclar com…” se for a mesma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln será adicionada com o status que o arquivo indica ({statuses}); as linhas mescladas se juntam a uma organização que já está no diretório.</numerusform>
            <numerusform>%Ln serão adicionadas com o status que o arquivo indica ({statuses}); as linhas mescladas se juntam a uma organização que já está no diretório.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln será adicionada como {status}; as linhas mescladas se juntam a uma organização que já está no diretório.</numerusform>
            <numerusform>%Ln serão adicionadas como {status}; as linhas mescladas se juntam a uma organização que já está no diretório.</numerusform>
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
        <translation>Nada a importar</translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <source>Publish edition…</source>
        <translation>Publicar edição…</translation>
    </message>
    <message>
        <source>Publish the next edition</source>
        <translation>Publicar a próxima edição</translation>
    </message>
    <message>
        <source>Store the letter as the preview shows it, as the next numbered edition, and mark the campaign published</source>
        <translation>Guardar a carta como a pré-visualização mostra, como a próxima edição numerada, e marcar a campanha como publicada</translation>
    </message>
    <message>
        <source>An edition prints the current text: choose “Current text” under Text on the Letter page to publish one.</source>
        <translation>Uma edição imprime o texto atual: escolha “Texto atual” em Texto, na página Carta, para publicar uma.</translation>
    </message>
    <message>
        <source>No edition published yet. Publishing stores the letter as the preview shows it, as edition 1 with its date and a digest: it can be exported again exactly at any time, and signon verify recognises its files. Later editions add late signers and mark those who withdrew.</source>
        <translation>Nenhuma edição publicada ainda. Publicar guarda a carta como a pré-visualização mostra, como edição 1 com sua data e um resumo: ela pode ser exportada de novo, idêntica, a qualquer momento, e o signon verify reconhece seus arquivos. Edições posteriores acrescentam os signatários tardios e marcam os que se retiraram.</translation>
    </message>
    <message>
        <source>Published editions</source>
        <translation>Edições publicadas</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Format of the edition&apos;s file</source>
        <translation>Formato do arquivo da edição</translation>
    </message>
    <message>
        <source>Export this edition…</source>
        <translation>Exportar esta edição…</translation>
    </message>
    <message>
        <source>Write the selected edition exactly as it was published, whatever changed since</source>
        <translation>Gravar a edição selecionada exatamente como foi publicada, seja o que for que tenha mudado depois</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copiar resumo</translation>
    </message>
    <message>
        <source>Copy the edition&apos;s SHA-256 digest</source>
        <translation>Copiar o resumo SHA-256 da edição</translation>
    </message>
    <message>
        <source>{names} (+{retracted} retracted)</source>
        <translation>{names} (+{retracted} retiradas)</translation>
    </message>
    <message numerus="yes">
        <source>Edition {number}, published {date}: %Ln names, statement version {version}.</source>
        <translation>
            <numerusform>Edição {number}, publicada em {date}: %Ln nome, versão {version} da declaração.</numerusform>
            <numerusform>Edição {number}, publicada em {date}: %Ln nomes, versão {version} da declaração.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Digest of edition {number} copied.</source>
        <translation>Resumo da edição {number} copiado.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No campaigns yet</source>
        <translation>Ainda não há campanhas</translation>
    </message>
    <message>
        <source>A campaign holds one joint statement, the organisations and people you invite to endorse it, and the letter you publish with its signatory list.

Start your own, or explore a ready-made demo: a statement with concerns and recommendations, and about forty signatories from many countries.</source>
        <translation>Uma campanha reúne uma declaração conjunta, as organizações e pessoas que você convida a aderir a ela e a carta que você publica com a lista de signatários.

Comece a sua ou explore uma demonstração pronta: uma declaração com preocupações e recomendações e cerca de quarenta signatários de muitos países.</translation>
    </message>
    <message>
        <source>What a campaign holds</source>
        <translation>O que uma campanha reúne</translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>Criar uma campanha…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Criar uma campanha</translation>
    </message>
    <message>
        <source>Start a new campaign (Ctrl+N)</source>
        <translation>Começar uma nova campanha (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the demo campaign</source>
        <translation>Carregar a campanha de demonstração</translation>
    </message>
    <message>
        <source>Add a realistic example campaign to explore</source>
        <translation>Adicionar uma campanha de exemplo realista para explorar</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>{file} (missing)</source>
        <translation>{file} (não encontrado)</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>Imagem do timbre</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <extracomment>(format, name); names are translated when shown (context &quot;ExportTab&quot;).</extracomment>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Documento do Word (DOCX)</translation>
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
        <translation>Texto simples</translation>
    </message>
    <message>
        <source>Signatory list (CSV)</source>
        <translation>Lista de signatários (CSV)</translation>
    </message>
    <message>
        <source>Campaign file (JSON, with private contacts)</source>
        <translation>Arquivo da campanha (JSON, com contatos privados)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alfabética</translation>
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
        <translation>Por data de adesão</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Ordem manual</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Pré-visualização da carta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>Versão da declaração</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto atual</translation>
    </message>
    <message>
        <source>Order of the signatories</source>
        <translation>Ordem dos signatários</translation>
    </message>
    <message>
        <source>Campaign&apos;s order</source>
        <translation>Ordem da campanha</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Columns of names</source>
        <translation>Colunas de nomes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma da carta</translation>
    </message>
    <message>
        <source>Campaign language</source>
        <translation>Idioma da campanha</translation>
    </message>
    <message>
        <source>The letter in one of the campaign&apos;s languages: its translated text, dates and headings</source>
        <translation>A carta em um dos idiomas da campanha: o texto traduzido, as datas e os cabeçalhos</translation>
    </message>
    <message>
        <source>Second language side by side (PDF)</source>
        <translation>Segundo idioma lado a lado (PDF)</translation>
    </message>
    <message>
        <source>A PDF with the statement in two languages side by side and the signatories once</source>
        <translation>Um PDF com a declaração em dois idiomas lado a lado e os signatários uma só vez</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose a letterhead image</source>
        <translation>Escolher uma imagem de timbre</translation>
    </message>
    <message>
        <source>A logo (PNG or JPEG) at the top of PDF and Word letters, kept for this campaign</source>
        <translation>Um logotipo (PNG ou JPEG) no alto das cartas em PDF e Word, guardado para esta campanha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the letterhead image</source>
        <translation>Remover a imagem do timbre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Print the campaign title at the top</source>
        <translation>Imprimir o título da campanha no alto</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Linha da data</translation>
    </message>
    <message>
        <source>Print the letter date under the title</source>
        <translation>Imprimir a data da carta sob o título</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Translate the missing texts</source>
        <translation>Traduzir os textos que faltam</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Counts line</source>
        <translation>Linha de contagem</translation>
    </message>
    <message>
        <source>“Signed by 312 organisations and 45 individuals from 61 countries”</source>
        <translation>“Assinada por 312 organizações e 45 pessoas de 61 países”</translation>
    </message>
    <message>
        <source>Country after each name</source>
        <translation>País depois de cada nome</translation>
    </message>
    <message>
        <source>“Access Now (United States)”</source>
        <translation>“Access Now (Estados Unidos)”</translation>
    </message>
    <message>
        <source>Individuals in their own section</source>
        <translation>Pessoas em uma seção própria</translation>
    </message>
    <message>
        <source>Organisations and individuals under two subheadings</source>
        <translation>Organizações e pessoas sob dois subtítulos</translation>
    </message>
    <message>
        <source>Edition line</source>
        <translation>Linha da edição</translation>
    </message>
    <message>
        <source>“List as of …; signatures received after publication are added in later editions”</source>
        <translation>“Lista de …; as assinaturas recebidas após a publicação são acrescentadas em edições posteriores”</translation>
    </message>
    <message>
        <source>Edition date</source>
        <translation>Data da edição</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <extracomment>Names shown in the preview: enough for the first pages; the file has all. Delay before the preview follows an option (several clicks, one rebuild). Which options mean something for which format. (number, created_at, note) of each frozen version, oldest first the version read (None: the current text) the letter with the options and language the tab had when the read started (`matches`): built here, as sorting 6,000 names takes 0.2 s the published editions, newest first (`store.editions.EditionSummary`)</extracomment>
        <translation>Exportar a carta</translation>
    </message>
    <message>
        <source>Write the letter in the chosen format (Ctrl+E)</source>
        <translation>Gravar a carta no formato escolhido (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy HTML snippet</source>
        <translation>Copiar trecho HTML</translation>
    </message>
    <message>
        <source>Copy the letter as an HTML snippet</source>
        <translation>Copiar a carta como trecho HTML</translation>
    </message>
    <message>
        <source>The letter as HTML without page or style, for a website or CMS</source>
        <translation>A carta em HTML sem página nem estilo, para um site ou CMS</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar a exportação</translation>
    </message>
    <message>
        <source>What the letter holds</source>
        <translation>O que a carta contém</translation>
    </message>
    <message>
        <source>Warning about the letter</source>
        <translation>Aviso sobre a carta</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>{format} (*{extension});;All files (*)</source>
        <translation>{format} (*{extension});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <extracomment>What the person asked of &quot;Export finished&quot; (`exported_message`).</extracomment>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>The letter was written to
{path}</source>
        <translation>A carta foi gravada em
{path}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories have characters that no font of the letter can draw.</source>
        <translation>
            <numerusform>%Ln signatário tem caracteres que nenhuma fonte da carta consegue desenhar.</numerusform>
            <numerusform>%Ln signatários têm caracteres que nenhuma fonte da carta consegue desenhar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter&apos;s text has characters that no font of the letter can draw.</source>
        <translation>O texto da carta tem caracteres que nenhuma fonte da carta consegue desenhar.</translation>
    </message>
    <message>
        <source>{signatory}: {characters}</source>
        <translation>{signatory}: {characters}</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>O texto da carta</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters the letter cannot show</source>
        <translation>Caracteres que a carta não consegue mostrar</translation>
    </message>
    <message>
        <source>The PDF prints {replacement} in their place; Word and web pages show them only where the reader has a font for them.</source>
        <translation>O PDF imprime {replacement} no lugar deles; o Word e as páginas web só os mostram onde quem lê tem uma fonte para eles.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar mesmo assim</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>An export to {file} is still being written. Cancelling it leaves no file.</source>
        <translation>Uma exportação para {file} ainda está sendo gravada. Cancelá-la não deixa nenhum arquivo.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Gravando {file}…</translation>
    </message>
    <message>
        <source>Writing the campaign file</source>
        <translation>Gravando o arquivo da campanha</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportada para {path}</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>A exportação falhou: {message}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>HTML snippet copied: paste it into your website or CMS.</source>
        <translation>Trecho HTML copiado: cole-o no seu site ou CMS.</translation>
    </message>
    <message>
        <source>Choose a campaign to see its letter.</source>
        <translation>Escolha uma campanha para ver a carta dela.</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Edições</translation>
    </message>
    <message>
        <source>Editions ({count})</source>
        <translation>Edições ({count})</translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation>Lendo a carta…</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versão {number}</translation>
    </message>
    <message>
        <source>Campaign&apos;s order ({order})</source>
        <translation>Ordem da campanha ({order})</translation>
    </message>
    <message>
        <source>Translate the missing texts in the Statement tab</source>
        <translation>Traduzir os textos que faltam na aba Declaração</translation>
    </message>
    <message>
        <source>section {number}, {kind}</source>
        <translation>seção {number}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</source>
        <translation>
            <numerusform>%Ln lista sem frase introdutória ({sections}): os itens dela seguem diretamente o texto anterior. Adicione uma na aba Declaração.</numerusform>
            <numerusform>%Ln listas sem frase introdutória ({sections}): os itens delas seguem diretamente o texto anterior. Adicione uma na aba Declaração.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation>
            <numerusform>%Ln texto ainda não traduzido (impresso em {language})</numerusform>
            <numerusform>%Ln textos ainda não traduzidos (impressos em {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation>
            <numerusform>%Ln tradução desatualizada</numerusform>
            <numerusform>%Ln traduções desatualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: {gaps}.</source>
        <translation>{language}: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organização</numerusform>
            <numerusform>%Ln organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individuals</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsed signatory yet: the letter has no signatory list.</source>
        <translation>Ainda nenhum signatário aderiu: a carta não tem lista de signatários.</translation>
    </message>
    <message>
        <source>{organisations} and {individuals}</source>
        <translation>{organisations} e {individuals}</translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation>
            <numerusform>Com a adesão de {signatories} de %Ln país</numerusform>
            <numerusform>Com a adesão de {signatories} de %Ln países</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsed by {signatories}</source>
        <translation>Com a adesão de {signatories}</translation>
    </message>
    <message>
        <source>{counts}; the letter uses version {number}.</source>
        <translation>{counts}; a carta usa a versão {number}.</translation>
    </message>
    <message>
        <source>{counts}; the letter uses the current text.</source>
        <translation>{counts}; a carta usa o texto atual.</translation>
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
        <translation>Editar frase introdutória</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Editar cabeçalho</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>Mudar a numeração</translation>
    </message>
    <message>
        <source>Change section type</source>
        <translation>Mudar o tipo de seção</translation>
    </message>
    <message>
        <source>Change marker</source>
        <translation>Alterar o marcador</translation>
    </message>
</context>
<context>
    <name>FieldPane</name>
    <message>
        <source>What changed in the primary text</source>
        <translation>O que mudou no texto principal</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marcar como atualizada</translation>
    </message>
    <message>
        <source>The primary change does not affect this translation: keep it as it is</source>
        <translation>A mudança no texto principal não afeta esta tradução: mantê-la como está</translation>
    </message>
    <message>
        <source>{language} · primary text</source>
        <translation>{language} · texto principal</translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation>Tradução para {language}</translation>
    </message>
    <message>
        <source>The primary text changed after this translation was made: update the translation, or mark it as up to date</source>
        <translation>O texto principal mudou depois que esta tradução foi feita: atualize a tradução ou marque-a como atualizada</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a Google Form, Typeform or spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, Windows) is understood.</source>
        <translation>Uma exportação CSV ou XLSX de um Google Forms, Typeform ou planilha. Qualquer delimitador e codificação (UTF-8, UTF-16, Windows) é compreendido.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Caminho de um arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Planilha</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation>
            <numerusform>{file} tem %Ln planilha: escolha a que contém os signatários e clique em Avançar.</numerusform>
            <numerusform>{file} tem %Ln planilhas: escolha a que contém os signatários e clique em Avançar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: no rows below the header</source>
        <translation>{file}: nenhuma linha abaixo do cabeçalho</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze version {number}</source>
        <translation>Congelar a versão {number}</translation>
    </message>
    <message>
        <source>Version {number} keeps the text exactly as it is now, with today&apos;s date: later edits never change it. Each endorsement records the version the organisation agreed to. A campaign still drafting moves to collecting.</source>
        <translation>A versão {number} guarda o texto exatamente como está agora, com a data de hoje: edições posteriores nunca a alteram. Cada adesão registra a versão com que a organização concordou. Uma campanha ainda em redação passa a coletar adesões.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation>
            <numerusform>%Ln adesão a um texto anterior precisará ser reconfirmada.</numerusform>
            <numerusform>%Ln adesões a um texto anterior precisarão ser reconfirmadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional), e.g. “text agreed with partners”</source>
        <translation>Nota (opcional), p. ex. “texto acordado com os parceiros”</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Nota da versão</translation>
    </message>
    <message>
        <source>Some translations are not up to date with this text. You can freeze anyway (endorsers sign the primary text) and update them later:</source>
        <translation>Algumas traduções não estão atualizadas com este texto. Você pode congelar mesmo assim (quem adere assina o texto principal) e atualizá-las depois:</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message>
        <source>Imported from {source}, row {row}</source>
        <extracomment>The notes the lower layers write on a signatory&apos;s history, in English (they travel in campaign files and the command line prints them), each with the text it is shown as (`event_note`). A note that is none of these (a coordinator&apos;s own) is shown as it was typed.</extracomment>
        <translation>Importado de {source}, linha {row}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importado de {source}</translation>
    </message>
    <message>
        <source>Copied from campaign {campaign}</source>
        <translation>Copiado da campanha {campaign}</translation>
    </message>
    <message>
        <source>Endorsed version {version}; the text is now version {latest}</source>
        <translation>Aderiu à versão {version}; o texto agora está na versão {latest}</translation>
    </message>
    <message>
        <source>Merged “{other}” into “{keep}”; the other entry was {status}</source>
        <translation>“{other}” mesclado em “{keep}”; a outra entrada estava com o status {status}</translation>
    </message>
    <message>
        <source>No answer by the deadline, {date}</source>
        <translation>Sem resposta até o prazo, {date}</translation>
    </message>
    <message>
        <source>Marked “do not publish”</source>
        <translation>Marcado “não publicar”</translation>
    </message>
    <message>
        <source>“Do not publish” taken off</source>
        <translation>“Não publicar” retirado</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (organisation or person)</source>
        <extracomment>Columns of an import mapped to signatory fields (signon.domain.fields).</extracomment>
        <translation>Nome (organização ou pessoa)</translation>
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
        <translation>Tipo de organização</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Email (private contact)</source>
        <translation>E-mail (contato privado)</translation>
    </message>
    <message>
        <source>Contact person (private)</source>
        <translation>Pessoa de contato (privado)</translation>
    </message>
    <message>
        <source>Title / position (individuals)</source>
        <translation>Cargo / função (pessoas)</translation>
    </message>
    <message>
        <source>Affiliation (individuals)</source>
        <translation>Afiliação (pessoas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Signing as (organisation / individual)</source>
        <translation>Assina como (organização / pessoa)</translation>
    </message>
    <message>
        <source>Endorsement date</source>
        <translation>Data da adesão</translation>
    </message>
    <message>
        <source>Status (endorsed, declined, …)</source>
        <translation>Status (aderiu, recusou, …)</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <extracomment>Statuses an import can give: a file of invitees (prospect, invited) or of answers (endorsed, declined).</extracomment>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Mesclada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; nova</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; mesclada</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; mescladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ignorada</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejeitada</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejeitadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import signatories</source>
        <translation>Importar signatários</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Letter languages the campaign settings offer, in English; the list shows each translated, followed by its own name (NATIVE_LANGUAGE).</extracomment>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinês</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>híndi</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suaíli</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebraico</translation>
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
        <translation>Pré-visualização da carta</translation>
    </message>
    <message>
        <source>The letter as it will be exported, updated as you type</source>
        <translation>A carta como será exportada, atualizada enquanto você digita</translation>
    </message>
    <message>
        <source>No endorsed signatories yet</source>
        <translation>Ainda não há signatários que aderiram</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in every export.</source>
        <translation>
            <numerusform>… e mais %Ln, listado em todas as exportações.</numerusform>
            <numerusform>… e mais %Ln, listados em todas as exportações.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Letter date</source>
        <extracomment>Up to this many signers, one closing line is suggested (issue 20). A typed date is saved once typing pauses (not at every digit). the campaign whose settings are shown (and saved): the tab may already have switched to another while a typed date waits</extracomment>
        <translation>Data da carta</translation>
    </message>
    <message>
        <source>Day of export</source>
        <translation>Dia da exportação</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Data fixa</translation>
    </message>
    <message>
        <source>The date the letter prints: the day it is exported, or a date of your choice (an event&apos;s day)</source>
        <translation>A data que a carta imprime: o dia em que é exportada, ou uma data à sua escolha (o dia de um evento)</translation>
    </message>
    <message>
        <source>Fixed letter date</source>
        <translation>Data fixa da carta</translation>
    </message>
    <message>
        <source>How the signers are printed</source>
        <translation>Como os signatários são impressos</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Um nome por linha</translation>
    </message>
    <message>
        <source>One closing line</source>
        <translation>Uma linha de fecho</translation>
    </message>
    <message>
        <source>One closing line: the date, then the signers joined as a sentence, with no heading (“November 14, 2023. Org A and Org B.”)</source>
        <translation>Uma linha de fecho: a data e depois os signatários unidos numa frase, sem título (“14 de novembro de 2023. Org A e Org B.”)</translation>
    </message>
    <message>
        <source>Signers who withdrew</source>
        <translation>Signatários que se retiraram</translation>
    </message>
    <message>
        <source>Marked “retracted (date)”</source>
        <translation>Marcados “retirada (data)”</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>In a later edition, a signer an earlier edition printed who has withdrawn since</source>
        <translation>Numa edição posterior, um signatário que uma edição anterior imprimiu e que se retirou depois</translation>
    </message>
    <message>
        <source>Use one closing line</source>
        <translation>Usar uma linha de fecho</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signers: one closing line may read better.</source>
        <translation>
            <numerusform>%Ln signatário: uma linha de fecho pode ler melhor.</numerusform>
            <numerusform>%Ln signatários: uma linha de fecho pode ler melhor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>All languages</source>
        <extracomment>language variants by group key, and the campaign&apos;s languages: an inserted block brings its variants in the translation languages</extracomment>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Also in {languages}: inserting it adds the campaign&apos;s translation languages too</source>
        <translation>Também em {languages}: inseri-lo acrescenta também os idiomas de tradução da campanha</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation>
            <numerusform>{shown} de %Ln bloco</numerusform>
            <numerusform>{shown} de %Ln blocos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation>
            <numerusform>%Ln bloco</numerusform>
            <numerusform>%Ln blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block to read it; Enter or drag inserts a copy into the statement.</source>
        <translation>Selecione um bloco para lê-lo; Enter ou arrastá-lo insere uma cópia na declaração.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Other language…</source>
        <translation>Outro idioma…</translation>
    </message>
    <message>
        <source>Block library</source>
        <translation>Biblioteca de blocos</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Novo bloco</translation>
    </message>
    <message>
        <source>Block added</source>
        <translation>Bloco adicionado</translation>
    </message>
    <message>
        <source>Block saved</source>
        <translation>Bloco salvo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags of “{title}” (comma-separated):</source>
        <translation>Etiquetas de “{title}” (separadas por vírgulas):</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Etiquetas salvas</translation>
    </message>
    <message>
        <source>Block duplicated</source>
        <translation>Bloco duplicado</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Excluir bloco</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library? Statements that use it keep their own copy of the text.</source>
        <translation>Excluir “{title}” da biblioteca? As declarações que o usam mantêm sua própria cópia do texto.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Block deleted</source>
        <translation>Bloco excluído</translation>
    </message>
    <message>
        <source>Translate “{title}”</source>
        <translation>Traduzir “{title}”</translation>
    </message>
    <message>
        <source>Translation added to the library</source>
        <translation>Tradução adicionada à biblioteca</translation>
    </message>
    <message>
        <source>No block of this kind in another language to link: use Translate into to write one.</source>
        <translation>Nenhum bloco deste tipo em outro idioma para vincular: use “Traduzir para” para escrever um.</translation>
    </message>
    <message>
        <source>Blocks linked as translations</source>
        <translation>Blocos vinculados como traduções</translation>
    </message>
    <message>
        <source>Block unlinked from its translations</source>
        <translation>Bloco desvinculado das suas traduções</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importado: {summary}</translation>
    </message>
    <message>
        <source>Starter library: {summary}</source>
        <translation>Biblioteca inicial: {summary}</translation>
    </message>
    <message>
        <source>Import block library</source>
        <translation>Importar biblioteca de blocos</translation>
    </message>
    <message>
        <source>Block library (*.json)</source>
        <translation>Biblioteca de blocos (*.json)</translation>
    </message>
    <message>
        <source>Export block library</source>
        <translation>Exportar biblioteca de blocos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation>Bloco selecionado</translation>
    </message>
    <message>
        <source>Search title, text, tags…</source>
        <translation>Buscar título, texto, etiquetas…</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Buscar blocos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
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
        <source>Insert</source>
        <translation>Inserir</translation>
    </message>
    <message>
        <source>Insert a copy of the block into the statement (Enter)</source>
        <translation>Inserir uma cópia do bloco na declaração (Enter)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Write a new block</source>
        <translation>Escrever um novo bloco</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation>Mais ações da biblioteca</translation>
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
        <translation>Traduzir para</translation>
    </message>
    <message>
        <source>Link a translation…</source>
        <translation>Vincular uma tradução…</translation>
    </message>
    <message>
        <source>Unlink from its translations</source>
        <translation>Desvincular das suas traduções</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
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
        <translation>Adicionar blocos iniciais</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation>
            <numerusform>%Ln bloco adicionado</numerusform>
            <numerusform>%Ln blocos adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln já estava na biblioteca</numerusform>
            <numerusform>%Ln já estavam na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation>
            <numerusform>%Ln bloco exportado para {file}</numerusform>
            <numerusform>%Ln blocos exportados para {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Block library</source>
        <extracomment>the block&apos;s text, which a drag carries as plain text</extracomment>
        <translation>Biblioteca de blocos</translation>
    </message>
    <message>
        <source>Enter inserts the selected block into the statement</source>
        <translation>Enter insere o bloco selecionado na declaração</translation>
    </message>
</context>
<context>
    <name>LinkVariantDialog</name>
    <message>
        <source>Link a translation of “{title}”</source>
        <translation>Vincular uma tradução de “{title}”</translation>
    </message>
    <message>
        <source>Blocks of the same kind in other languages. Link the one that says the same as this block: inserting either then brings the other as its translation.</source>
        <translation>Blocos do mesmo tipo em outros idiomas. Vincule o que diz o mesmo que este bloco: ao inserir qualquer um dos dois, o outro vem como tradução dele.</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>Filtrar por título ou texto</translation>
    </message>
    <message>
        <source>Blocks to link</source>
        <translation>Blocos a vincular</translation>
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
        <translation>Alfabética</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation>Por tipo de organização</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>Por data de adesão</translation>
    </message>
    <message>
        <source>Manual (your own order)</source>
        <translation>Manual (a sua própria ordem)</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (geralmente porta 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (geralmente porta 143)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Nenhuma (apenas um servidor neste computador)</translation>
    </message>
    <message>
        <source>Mailbox for replies (IMAP)</source>
        <translation>Caixa de correio das respostas (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>Configurações da caixa de correio</translation>
    </message>
    <message>
        <source>Leave empty to leave them where they are</source>
        <translation>Deixe vazio para deixá-las onde estão</translation>
    </message>
    <message>
        <source>Reading never changes the mailbox. With a folder here, the replies recorded by Apply clear replies are moved there; the folder must exist.</source>
        <translation>A leitura nunca altera a caixa de correio. Com uma pasta aqui, as respostas registradas por “Aplicar respostas claras” são movidas para ela; a pasta precisa existir.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Move processed mail to:</source>
        <translation>Mover as mensagens processadas para:</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>Folder to read</source>
        <translation>Pasta a ler</translation>
    </message>
    <message>
        <source>Folder to move processed mail to</source>
        <translation>Pasta para onde mover as mensagens processadas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {database}…</source>
        <extracomment>the campaign the list `refresh` is reading should select (see there)</extracomment>
        <translation>Abrindo {database}…</translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Aba {tab}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Banco de dados: {path}</translation>
    </message>
    <message>
        <source>Could not read the campaigns: {error}</source>
        <translation>Não foi possível ler as campanhas: {error}</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>prazo {date}</translation>
    </message>
    <message>
        <source>Opened {database}.</source>
        <translation>{database} aberto.</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>“{title}” criada.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Renomeada para “{title}”.</translation>
    </message>
    <message>
        <source>Created “{title}”: same statement, signatories reset to prospect.</source>
        <translation>“{title}” criada: a mesma declaração, com os signatários de volta a “A convidar”.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Excluir campanha</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Backup: {path}.</source>
        <translation>Cópia de segurança: {path}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.{backup} Ctrl+Z undoes.</source>
        <translation>“{title}” excluída.{backup} Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>no signatories</source>
        <translation>nenhum signatário</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation>
            <numerusform>%Ln signatário ({endorsed} com adesão) com o seu histórico</numerusform>
            <numerusform>%Ln signatários ({endorsed} com adesão) com o seu histórico</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its statement, versions and {signatories} will be removed. Organisations stay in your directory.

A backup is taken first, and Edit → Undo puts the campaign back.</source>
        <translation>Excluir “{title}”?

A declaração, as versões e {signatories} serão removidos. As organizações continuam no seu diretório.

Antes é feita uma cópia de segurança, e Editar → Desfazer traz a campanha de volta.</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{title}”</source>
        <translation>&amp;Desfazer a exclusão de “{title}”</translation>
    </message>
    <message>
        <source>Put “{title}” back (Ctrl+Z)</source>
        <translation>Trazer “{title}” de volta (Ctrl+Z)</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>“{title}” está de volta.</translation>
    </message>
    <message>
        <source>Another coordinator changed “{settings}” while the settings were open, so nothing was saved. The settings open again on their value, with your other changes kept.</source>
        <translation>Outra pessoa da coordenação alterou “{settings}” enquanto as configurações estavam abertas, então nada foi salvo. As configurações abrem de novo com o valor dela, mantendo as suas outras alterações.</translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation>Configurações da campanha salvas.</translation>
    </message>
    <message>
        <source>Demo campaign loaded.</source>
        <translation>Campanha de demonstração carregada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nenhum banco de dados recente</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo cópia de segurança…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Cópia de segurança gravada em {path}.</translation>
    </message>
    <message>
        <source>Background work did not stop within {seconds} seconds, so nothing was closed. Try again in a moment.</source>
        <translation>As tarefas em segundo plano não pararam em {seconds} segundos, então nada foi fechado. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Cancel it and open the other database?</source>
        <translation>Cancelar e abrir o outro banco de dados?</translation>
    </message>
    <message>
        <source>Cancel them and open the other database?</source>
        <translation>Cancelar tudo e abrir o outro banco de dados?</translation>
    </message>
    <message>
        <source>Cancel and open</source>
        <translation>Cancelar e abrir</translation>
    </message>
    <message>
        <source>Cancel it and restore the backup?</source>
        <translation>Cancelar e restaurar a cópia de segurança?</translation>
    </message>
    <message>
        <source>Cancel them and restore the backup?</source>
        <translation>Cancelar tudo e restaurar a cópia de segurança?</translation>
    </message>
    <message>
        <source>Cancel and restore</source>
        <translation>Cancelar e restaurar</translation>
    </message>
    <message>
        <source>Cancel it and quit?</source>
        <translation>Cancelar e sair?</translation>
    </message>
    <message>
        <source>Cancel them and quit?</source>
        <translation>Cancelar tudo e sair?</translation>
    </message>
    <message>
        <source>Cancel and quit</source>
        <translation>Cancelar e sair</translation>
    </message>
    <message>
        <source>Waiting for background work to stop…</source>
        <translation>Aguardando as tarefas em segundo plano pararem…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>Open another Sign-on database file</source>
        <translation>Abrir outro arquivo de banco de dados do Sign-on</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>Write a checked copy of the database into the backups folder</source>
        <translation>Gravar uma cópia verificada do banco de dados na pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close Sign-on</source>
        <translation>Fechar o Sign-on</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Có&amp;pias de segurança…</translation>
    </message>
    <message>
        <source>The backup folder and the backups in it: back up, restore one, change the folder</source>
        <translation>A pasta das cópias de segurança e as cópias que ela contém: fazer uma cópia, restaurar uma, mudar a pasta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last campaign deletion</source>
        <translation>Desfazer a última exclusão de uma campanha</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Interface language and other choices that apply to every campaign</source>
        <translation>Idioma da interface e outras opções que valem para todas as campanhas</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nova campanha…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Criar uma campanha</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Rename the selected campaign in the list</source>
        <translation>Renomear a campanha selecionada na lista</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the campaign&apos;s statement and signatories (reset to prospect) into a new campaign</source>
        <translation>Copiar a declaração e os signatários da campanha (de volta a “A convidar”) para uma nova campanha</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected campaign (asks first, takes a backup)</source>
        <translation>Excluir a campanha selecionada (pergunta antes e faz uma cópia de segurança)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Title, addressee, language, deadline, status and signatory list options</source>
        <translation>Título, destinatário, idioma, prazo, status e opções da lista de signatários</translation>
    </message>
    <message>
        <source>&amp;Publish edition…</source>
        <translation>&amp;Publicar edição…</translation>
    </message>
    <message>
        <source>Store the letter as it stands as a numbered, dated edition, after seeing what changed since the last one</source>
        <translation>Guardar a carta como está numa edição numerada e datada, depois de ver o que mudou desde a anterior</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Conectar ao banco de dados da &amp;equipe…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database shared by your team</source>
        <translation>Abrir um banco de dados PostgreSQL compartilhado pela sua equipe</translation>
    </message>
    <message>
        <source>&amp;About Sign-on</source>
        <translation>&amp;Sobre o Sign-on</translation>
    </message>
    <message>
        <source>Version, database path and licences</source>
        <translation>Versão, caminho do banco de dados e licenças</translation>
    </message>
    <message>
        <source>Campaign &amp;list</source>
        <translation>&amp;Lista de campanhas</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the campaign list</source>
        <translation>Levar o foco do teclado para a lista de campanhas</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostrar a aba {tab}</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Painel &amp;seguinte</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Levar o foco do teclado para a próxima parte da janela</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Painel &amp;anterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Levar o foco do teclado para a parte anterior da janela</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Mover o texto selecionado para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows as text, to the clipboard</source>
        <translation>Copiar para a área de transferência o texto selecionado, ou as linhas selecionadas como texto</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Inserir o texto da área de transferência</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select all the text, or all the rows</source>
        <translation>Selecionar todo o texto, ou todas as linhas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Go to the search field of the tab in view</source>
        <translation>Ir para o campo de busca da aba visível</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>Read how to run a campaign in Sign-on, from the statement to the published letter</source>
        <translation>Ler como conduzir uma campanha no Sign-on, da declaração à carta publicada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window and its tabs</source>
        <translation>Listar todos os atalhos de teclado da janela e das suas abas</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campanha</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menu {menu}</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>Ações da campanha</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Divulgação</translation>
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
        <source>Campaigns and campaign tabs</source>
        <translation>Campanhas e abas da campanha</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>Ca&amp;mpanhas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título da campanha</translation>
    </message>
    <message>
        <source>Campaign status and counts</source>
        <translation>Status e contagens da campanha</translation>
    </message>
    <message>
        <source>Campaign tabs</source>
        <translation>Abas da campanha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Desfazer a exclusão</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associar as colunas</translation>
    </message>
    <message>
        <source>What each column holds. Guessed from the headers; a choice you make is remembered for the next file with the same columns.</source>
        <translation>O que cada coluna contém. Deduzido dos cabeçalhos; a escolha que você fizer é lembrada para o próximo arquivo com as mesmas colunas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importa como</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo da coluna {column}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the organisation or person.</source>
        <translation>Escolha a coluna que contém o nome da organização ou da pessoa.</translation>
    </message>
    <message>
        <source>Each field comes from one column: {fields} is chosen more than once.</source>
        <translation>Cada campo vem de uma só coluna: {fields} foi escolhido mais de uma vez.</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicatas</translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>Organizações possivelmente duplicadas</translation>
    </message>
    <message>
        <source>Comparing the directory…</source>
        <translation>Comparando o diretório…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>Manter este nome</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Não são a mesma</translation>
    </message>
    <message>
        <source>They are different groups: stop suggesting this pair</source>
        <translation>São grupos diferentes: parar de sugerir este par</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Organisations that may have been entered twice. Nothing is merged unless you choose to: a merge keeps both entries&apos; endorsements, contacts and history under the name you keep.</source>
        <translation>Organizações que talvez tenham sido cadastradas duas vezes. Nada é mesclado a menos que você escolha: uma mesclagem mantém as adesões, os contatos e o histórico das duas entradas sob o nome que você mantiver.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Nenhuma possível duplicata.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation>
            <numerusform>%Ln possível duplicata.</numerusform>
            <numerusform>%Ln possíveis duplicatas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation>
            <numerusform>“{gone}” mesclada em “{kept}”, %Ln signatário combinado.</numerusform>
            <numerusform>“{gone}” mesclada em “{kept}”, %Ln signatários combinados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <translation>“{gone}” mesclada em “{kept}”.</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Ordinal words (numbered in this language)</source>
        <extracomment>List numbering styles; the composer shows the ordinal style with the letter language&apos;s own words (&quot;First, Second … Finally&quot;) when it has them.</extracomment>
        <translation>Ordinais por extenso (numerados neste idioma)</translation>
    </message>
    <message>
        <source>1.  2.  3.</source>
        <translation>1.  2.  3.</translation>
    </message>
    <message>
        <source>•  Bullets</source>
        <translation>•  Marcadores</translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation>Sem numeração</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Acadêmica</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundação</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitário</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Meio de comunicação</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation>Religiosa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Entidade profissional</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Órgão público</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <extracomment>statuses moved (messages were marked)</extracomment>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Save the messages as .eml files into</source>
        <translation>Salvar as mensagens como arquivos .eml em</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <extracomment>the signatory each message is for, by signatory id the messages to select again when the outbox being read arrives</extracomment>
        <translation>A caixa de saída está vazia.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation>
            <numerusform>Enviar %Ln pendente</numerusform>
            <numerusform>Enviar %Ln pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation>
            <numerusform>%Ln mensagem selecionada.</numerusform>
            <numerusform>%Ln mensagens selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <extracomment>statuses moved (messages were sent) queued and failed messages, whatever the filter shows</extracomment>
        <translation>Senha SMTP</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Senha de {user} em {host}:</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando a {host}…</translation>
    </message>
    <message>
        <source>Cancelling after the current message…</source>
        <translation>Cancelando depois da mensagem atual…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Paused: no new message starts until you resume.</source>
        <translation>Em pausa: nenhuma nova mensagem começa até você retomar.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
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
        <translation>Concluído: {summary}.</translation>
    </message>
    <message>
        <source>Uncertain messages may have arrived: check your Sent folder, then click It arrived or Send again.</source>
        <translation>As mensagens incertas podem ter chegado: confira a sua pasta de enviados e clique em Chegou ou Enviar de novo.</translation>
    </message>
    <message>
        <source>Failed messages go again with the next Send.</source>
        <translation>As mensagens que falharam vão de novo no próximo Enviar.</translation>
    </message>
    <message>
        <source>Sending stopped: {message}</source>
        <translation>Envio interrompido: {message}</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todas as mensagens</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, uncertain)</source>
        <translation>Pendentes (na fila, com falha, incertas)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devolvida</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Mostrar mensagens</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>Configurações SMTP…</translation>
    </message>
    <message>
        <source>Server, sender address and password for sending</source>
        <translation>Servidor, endereço do remetente e senha para enviar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Sent / note</source>
        <translation>Envio / nota</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensagem selecionada</translation>
    </message>
    <message>
        <source>Select a message to read it as it will be sent.</source>
        <translation>Selecione uma mensagem para lê-la como será enviada.</translation>
    </message>
    <message>
        <source>Send every queued and failed message by SMTP, one at a time at the set rate</source>
        <translation>Enviar por SMTP todas as mensagens na fila e com falha, uma de cada vez no ritmo definido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the message being sent; the rest stay queued</source>
        <translation>Parar depois da mensagem que está sendo enviada; as outras continuam na fila</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Leave the selected messages out of sending</source>
        <translation>Deixar as mensagens selecionadas fora do envio</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Put excluded messages back</source>
        <translation>Incluir de novo as mensagens excluídas</translation>
    </message>
    <message>
        <source>Delete the selected messages that were never sent</source>
        <translation>Apagar as mensagens selecionadas que nunca foram enviadas</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Salvar como .eml…</translation>
    </message>
    <message>
        <source>One file per message, to send from your own mail program</source>
        <translation>Um arquivo por mensagem, para enviar pelo seu próprio programa de e-mail</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir no programa de e-mail</translation>
    </message>
    <message>
        <source>You sent the selected messages yourself</source>
        <translation>Você mesmo enviou as mensagens selecionadas</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Chegou</translation>
    </message>
    <message>
        <source>An uncertain message was delivered after all (found in your Sent folder)</source>
        <translation>Uma mensagem incerta foi entregue afinal (encontrada na sua pasta de enviados)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>An uncertain message did not arrive: queue it again</source>
        <translation>Uma mensagem incerta não chegou: pô-la de novo na fila</translation>
    </message>
    <message>
        <source>A bounce came back: mark the message bounced and flag the address on the contact</source>
        <translation>Voltou uma devolução: marcar a mensagem como devolvida e sinalizar o endereço no contato</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation>
            <numerusform>Abre até %Ln mensagem selecionada como rascunho</numerusform>
            <numerusform>Abre até %Ln mensagens selecionadas como rascunhos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation>
            <numerusform>Marcar %Ln mensagem selecionada como enviada? Convites e lembretes passam os signatários deles para “Convidado” ou “Com lembrete”.</numerusform>
            <numerusform>Marcar %Ln mensagens selecionadas como enviadas? Convites e lembretes passam os signatários deles para “Convidado” ou “Com lembrete”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation>
            <numerusform>Remover %Ln mensagem não enviada da caixa de saída?</numerusform>
            <numerusform>Remover %Ln mensagens não enviadas da caixa de saída?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation>
            <numerusform>%Ln arquivo .eml salvo em {folder}. Depois de enviá-lo, selecione-o aqui e clique em Marcar como enviada.</numerusform>
            <numerusform>%Ln arquivos .eml salvos em {folder}. Depois de enviá-los, selecione-os aqui e clique em Marcar como enviada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation>
            <numerusform>%Ln mensagem aberta no seu programa de e-mail. Depois de enviada, clique em Marcar como enviada.</numerusform>
            <numerusform>%Ln mensagens abertas no seu programa de e-mail. Depois de enviadas, clique em Marcar como enviada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</source>
        <translation>
            <numerusform>A caixa de saída ainda está sendo enviada (%Ln mensagem). Cancelar para depois da mensagem que está sendo enviada: as mensagens já enviadas continuam enviadas, as outras ficam na caixa de saída para o próximo Enviar.</numerusform>
            <numerusform>A caixa de saída ainda está sendo enviada (%Ln mensagens). Cancelar para depois da mensagem que está sendo enviada: as mensagens já enviadas continuam enviadas, as outras ficam na caixa de saída para o próximo Enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation>
            <numerusform>Envio cancelado. %Ln mensagem continua na fila.</numerusform>
            <numerusform>Envio cancelado. %Ln mensagens continuam na fila.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devolvida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <extracomment>The outbox table&apos;s state column (after signatory, to, address, kind, subject).</extracomment>
        <translation>
            <numerusform>%Ln na fila</numerusform>
            <numerusform>%Ln na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln enviada</numerusform>
            <numerusform>%Ln enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incerta</numerusform>
            <numerusform>%Ln incertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln devolvida</numerusform>
            <numerusform>%Ln devolvidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluída</numerusform>
            <numerusform>%Ln excluídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>(empty item: write it or delete it)</source>
        <translation>(item vazio: escreva-o ou exclua-o)</translation>
    </message>
    <message>
        <source>{section} “{title}”</source>
        <translation>{section} “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>lista vazia</translation>
    </message>
    <message>
        <source>{section} (empty)</source>
        <translation>{section} (vazia)</translation>
    </message>
    <message>
        <source>Statement outline</source>
        <translation>Estrutura da declaração</translation>
    </message>
    <message>
        <source>Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete removes, Enter edits the selected text.</source>
        <translation>Seções e itens da declaração. Alt+Cima e Alt+Baixo reordenam, Delete remove, Enter edita o texto selecionado.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach to prospective signatories</source>
        <translation>Divulgação para possíveis signatários</translation>
    </message>
    <message>
        <source>Choose a campaign to write to its signatories.</source>
        <translation>Escolha uma campanha para escrever aos signatários dela.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data: {address}</source>
        <translation>Dados pessoais: {address}</translation>
    </message>
    <message>
        <source>Looking through the database and its backups…</source>
        <translation>Procurando no banco de dados e nas cópias de segurança dele…</translation>
    </message>
    <message>
        <source>Where the data is held</source>
        <translation>Onde os dados estão guardados</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Salvar como arquivo…</translation>
    </message>
    <message>
        <source>A file to send the person: readable by you only</source>
        <translation>Um arquivo para enviar à pessoa: só você pode lê-lo</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the database hold data of this person.</source>
        <translation>
            <numerusform>%n lugar do banco de dados guarda dados desta pessoa.</numerusform>
            <numerusform>%n lugares do banco de dados guardam dados desta pessoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds nothing about this person.</source>
        <translation>O banco de dados não guarda nada sobre esta pessoa.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the backups and safety copies still hold(s) the address.</source>
        <translation>
            <numerusform>%n das cópias de segurança e de proteção ainda contém o endereço.</numerusform>
            <numerusform>%n das cópias de segurança e de proteção ainda contêm o endereço.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the listing</source>
        <translation>Salvar a listagem</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup(s) holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</source>
        <translation>
            <numerusform>Apagar tudo o que está guardado sobre {address}?

O registro de contato, as mensagens escritas para essa pessoa e as respostas dela são removidos; quem assina como pessoa sai da lista e da carta. A adesão de uma organização continua. As notas que a mencionam ficam para você editar. O banco de dados e %n cópia de segurança que contém o endereço são regravados para que nada dele possa ser lido ali de novo.

Isto não pode ser desfeito.</numerusform>
            <numerusform>Apagar tudo o que está guardado sobre {address}?

O registro de contato, as mensagens escritas para essa pessoa e as respostas dela são removidos; quem assina como pessoa sai da lista e da carta. A adesão de uma organização continua. As notas que a mencionam ficam para você editar. O banco de dados e %n cópias de segurança que contêm o endereço são regravados para que nada dele possa ser lido ali de novo.

Isto não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Apagar dados pessoais</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Apagando…</translation>
    </message>
    <message>
        <source>Erased. The database and its copies no longer hold the removed data.</source>
        <translation>Apagado. O banco de dados e as cópias dele não guardam mais os dados removidos.</translation>
    </message>
    <message>
        <source>Erased on the team database. Its server&apos;s own backups are its administrator&apos;s to clear.</source>
        <translation>Apagado no banco de dados da equipe. As cópias de segurança do próprio servidor cabem ao administrador dele.</translation>
    </message>
    <message numerus="yes">
        <source>Their name is replaced in %n published edition(s), each kept with its digest.</source>
        <translation>
            <numerusform>O nome foi substituído em %n edição publicada, guardada com a sua impressão digital.</numerusform>
            <numerusform>O nome foi substituído em %n edições publicadas, cada uma guardada com a sua impressão digital.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) that mention the address are left for you to edit:</source>
        <translation>
            <numerusform>%n nota que menciona o endereço fica para você editar:</numerusform>
            <numerusform>%n notas que mencionam o endereço ficam para você editar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the signatory&apos;s name (the organisation, or the person)</source>
        <extracomment>What each message placeholder inserts (signon.domain.message_templates.PLACEHOLDERS).</extracomment>
        <translation>o nome do signatário (a organização ou a pessoa)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>o nome da pessoa de contato</translation>
    </message>
    <message>
        <source>the campaign title</source>
        <translation>o título da campanha</translation>
    </message>
    <message>
        <source>the deadline, as a long date in the template&apos;s language</source>
        <translation>o prazo, como data por extenso no idioma do modelo</translation>
    </message>
    <message>
        <source>the current text of the statement</source>
        <translation>o texto atual da declaração</translation>
    </message>
    <message>
        <source>the web address where organisations sign (Campaign settings)</source>
        <translation>o endereço web onde as organizações assinam (Configurações da campanha)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name, who signs the message (Campaign settings)</source>
        <translation>o nome de quem coordena e assina a mensagem (Configurações da campanha)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Sign-on will be in {language} the next time it starts.</source>
        <extracomment>Source texts shown in the chosen language as well (see _in_language).</extracomment>
        <translation>O Sign-on estará em {language} na próxima vez que iniciar.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; letters have their own language in each campaign&apos;s settings</source>
        <translation>O idioma dos menus, botões e mensagens; as cartas têm o seu próprio idioma nas configurações de cada campanha</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Padrão do sistema ({language})</translation>
    </message>
    <message>
        <source>{variable}={value} is set: it decides the language while it stays set.</source>
        <translation>{variable}={value} está definida: ela decide o idioma enquanto estiver definida.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <extracomment>OK and restart at once (shown while the language would change)</extracomment>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>Close Sign-on and start it again in the chosen language</source>
        <translation>Fechar o Sign-on e iniciá-lo de novo no idioma escolhido</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>planilha “{sheet}”</translation>
    </message>
    <message>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation>codificação {encoding}, delimitador {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln coluna</numerusform>
            <numerusform>%Ln colunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation>
            <numerusform>A primeira linha, como está no arquivo. Os números de linha são os que uma planilha mostra.</numerusform>
            <numerusform>As primeiras %Ln linhas, como estão no arquivo. Os números de linha são os que uma planilha mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
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
        <translation>Cópia de entrega (não para publicação)</translation>
    </message>
    <message>
        <source>A private copy for the addressee: the signatories marked “do not publish” are printed in their place, under a line saying the copy is not for publication. Never an edition.</source>
        <translation>Uma cópia privada para o destinatário: os signatários marcados “não publicar” aparecem no seu lugar, sob uma linha dizendo que a cópia não é para publicação. Nunca é uma edição.</translation>
    </message>
    <message>
        <source>Leave out private data</source>
        <translation>Deixar de fora os dados privados</translation>
    </message>
    <message>
        <source>No contacts, notes, messages, replies or private signatories: a file to share with a partner.</source>
        <translation>Sem contactos, notas, mensagens, respostas nem signatários privados: um arquivo para partilhar com um parceiro.</translation>
    </message>
    <message numerus="yes">
        <source>Also prints the %Ln signatories marked “do not publish”.</source>
        <translation>
            <numerusform>Imprime também o %Ln signatário marcado “não publicar”.</numerusform>
            <numerusform>Imprime também os %Ln signatários marcados “não publicar”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file to share with a partner: its statement, settings and public signatories, imported as a campaign of its own</source>
        <translation>O arquivo de campanha para compartilhar com um parceiro: a declaração, as configurações e os signatários públicos, importado como uma campanha própria</translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message>
        <source>Publish edition</source>
        <translation>Publicar edição</translation>
    </message>
    <message>
        <source>Date of the edition</source>
        <translation>Data da edição</translation>
    </message>
    <message>
        <source>What changed since the edition before</source>
        <translation>O que mudou desde a edição anterior</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: kept with the edition</source>
        <translation>Opcional: guardada com a edição</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
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
        <translation>Gravar os seus arquivos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reading what the edition would print…</source>
        <translation>Lendo o que a edição imprimiria…</translation>
    </message>
    <message>
        <source>Edition {number} of “{title}”</source>
        <translation>Edição {number} de “{title}”</translation>
    </message>
    <message>
        <source>The letter prints its own date, {date} (Letter date in the Export tab).</source>
        <translation>A carta imprime a sua própria data, {date} (Data da carta na aba Exportar).</translation>
    </message>
    <message>
        <source>The current text, not frozen yet: publishing freezes it as version {number}.</source>
        <translation>O texto atual, ainda não congelado: publicar o congela como versão {number}.</translation>
    </message>
    <message>
        <source>Version {number}, as frozen.</source>
        <translation>Versão {number}, como foi congelada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln nome</numerusform>
            <numerusform>%Ln nomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names}, and %Ln marked retracted</source>
        <translation>
            <numerusform>{names}, e %Ln marcado como retirado</numerusform>
            <numerusform>{names}, e %Ln marcados como retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln acrescentado</numerusform>
            <numerusform>%Ln acrescentados</numerusform>
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
        <translation>A primeira edição: todos os nomes que imprime são novos. Edições posteriores acrescentam os signatários tardios e dizem quem se retirou.</translation>
    </message>
    <message>
        <source>End the list with “Added since edition {number}: …”</source>
        <translation>Terminar a lista com “Acrescentados desde a edição {number}: …”</translation>
    </message>
    <message>
        <source>Since edition {number}: {added}, {retracted}.</source>
        <translation>Desde a edição {number}: {added}, {retracted}.</translation>
    </message>
    <message>
        <source>Added: {name}</source>
        <translation>Acrescentado: {name}</translation>
    </message>
    <message>
        <source>Retracted: {name}</source>
        <translation>Retirado: {name}</translation>
    </message>
    <message>
        <source>The same names as edition {number}.</source>
        <translation>Os mesmos nomes da edição {number}.</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition are left out of this one (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Os signatários que se retiraram depois de uma edição anterior ficam de fora desta (configuração da campanha, Retirados na aba Exportar).</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition stay in their place, marked “retracted (date)” (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Os signatários que se retiraram depois de uma edição anterior ficam no seu lugar, marcados “retirada (data)” (configuração da campanha, Retirados na aba Exportar).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Nothing was published: {reason}</source>
        <translation>Nada foi publicado: {reason}</translation>
    </message>
    <message>
        <source>Edition {number} published on {date} — digest {digest}…</source>
        <extracomment>Hex digits of a digest shown in a sentence (the whole one is copyable).</extracomment>
        <translation>Edição {number} publicada em {date} — resumo {digest}…</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Template to send</source>
        <translation>Modelo a enviar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Not answered yet (invited or reminded)</source>
        <translation>Ainda sem resposta (convidados ou com lembrete)</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro por país</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
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
        <translation>Endereço corrigido: remover a marcação</translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses were corrected: stop treating them as invalid or bounced</source>
        <translation>Os endereços dos contatos selecionados foram corrigidos: deixar de tratá-los como inválidos ou devolvidos</translation>
    </message>
    <message>
        <source>Add to outbox</source>
        <translation>Adicionar à caixa de saída</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>{placeholder} has no value</source>
        <translation>{placeholder} não tem valor</translation>
    </message>
    <message>
        <source>{checked} of {total} checked</source>
        <translation>{checked} de {total} marcados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation>
            <numerusform>%Ln com um problema</numerusform>
            <numerusform>%Ln com problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation>
            <numerusform>%Ln mensagem na caixa de saída ({new} novas, {updated} atualizadas).</numerusform>
            <numerusform>%Ln mensagens na caixa de saída ({new} novas, {updated} atualizadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} e mais %Ln</numerusform>
            <numerusform>{names} e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation>
            <numerusform>%Ln deixado de fora: {names}.</numerusform>
            <numerusform>%Ln deixados de fora: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>{signatory}: {outcome}.</source>
        <extracomment>statuses moved (a reply was applied)</extracomment>
        <translation>{signatory}: {outcome}.</translation>
    </message>
    <message>
        <source>The reply from {address} is kept as evidence; nothing was changed.</source>
        <translation>A resposta de {address} é guardada como prova; nada foi alterado.</translation>
    </message>
    <message>
        <source>Saved who authorised the reply from {address}.</source>
        <translation>Foi salvo quem autorizou a resposta de {address}.</translation>
    </message>
    <message>
        <source>Save the evidence report (private: it names people and quotes their mail)</source>
        <translation>Salvar o relatório de provas (privado: nomeia pessoas e cita os e-mails delas)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the evidence report to {path}. It is private: only you can read the file; keep it out of shared folders.</source>
        <translation>Relatório de provas salvo em {path}. Ele é privado: só você pode ler o arquivo; mantenha-o fora de pastas compartilhadas.</translation>
    </message>
    <message>
        <source>The evidence report was not saved: {message}</source>
        <translation>O relatório de provas não foi salvo: {message}</translation>
    </message>
    <message>
        <source>{user} on {host}, folder {folder}</source>
        <extracomment>The columns&apos; widths while there are no replies (Date, From, Signatory, Match, Action, Verified), about as wide as once they come. the file or folder chosen for each kind of source, this session</extracomment>
        <translation>{user} em {host}, pasta {folder}</translation>
    </message>
    <message>
        <source>(recorded replies move to {folder})</source>
        <translation>(as respostas registradas vão para {folder})</translation>
    </message>
    <message>
        <source>Not set up yet: give the server in Mailbox settings…</source>
        <translation>Ainda não configurado: informe o servidor em Configurações da caixa de correio…</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nenhum arquivo escolhido ainda</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Nenhuma pasta escolhida ainda</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
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
        <translation>Sem texto próprio (uma devolução, uma resposta automática ou apenas o convite citado).</translation>
    </message>
    <message>
        <source>Kept with the reply&apos;s evidence: private, never in the letter.</source>
        <translation>Guardado com as provas da resposta: privado, nunca na carta.</translation>
    </message>
    <message>
        <source>Not a reply to this campaign: nothing of it is recorded.</source>
        <translation>Não é uma resposta a esta campanha: nada dela é registrado.</translation>
    </message>
    <message>
        <source>Only for a recorded reply: Apply clear replies records every matched one.</source>
        <translation>Só para uma resposta registrada: “Aplicar respostas claras” registra todas as que correspondem.</translation>
    </message>
    <message>
        <source>Choose the mbox file replies are in</source>
        <extracomment>statuses moved (replies were applied)</extracomment>
        <translation>Escolher o arquivo mbox em que estão as respostas</translation>
    </message>
    <message>
        <source>All files (*);;mbox files (*.mbox *.mbx)</source>
        <translation>Todos os arquivos (*);;Arquivos mbox (*.mbox *.mbx)</translation>
    </message>
    <message>
        <source>Choose the folder of .eml files</source>
        <translation>Escolher a pasta de arquivos .eml</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Senha da caixa de correio</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Senha de {user} em {host}:</translation>
    </message>
    <message>
        <source>Apply the clear replies? Every reply that answers one of the campaign&apos;s own messages and clearly endorses or declines moves its signatory&apos;s status, with the reply kept as evidence; a bounce flags the address. The other matched replies are recorded for you to decide. Mail that is not the campaign&apos;s is left alone.</source>
        <translation>Aplicar as respostas claras? Cada resposta a uma mensagem da própria campanha que claramente adere ou recusa muda o status do signatário, com a resposta guardada como prova; uma devolução sinaliza o endereço. As outras respostas que correspondem são registradas para você decidir. E-mails que não são da campanha ficam intocados.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Lendo {source}…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando depois do lote atual…</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {message}</source>
        <translation>Lendo {done} de {total}: {message}</translation>
    </message>
    <message>
        <source>Reading stopped: {message}</source>
        <translation>Leitura interrompida: {message}</translation>
    </message>
    <message>
        <source>Cancelled. Replies applied before stay applied; the next reading carries on.</source>
        <translation>Cancelado. As respostas já aplicadas continuam aplicadas; a próxima leitura continua de onde parou.</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>Leitura cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Caixa de correio (IMAP)</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>Arquivo mbox</translation>
    </message>
    <message>
        <source>Folder of .eml files</source>
        <translation>Pasta de arquivos .eml</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Ler as respostas de</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the mbox file or the folder of .eml files</source>
        <translation>Escolher o arquivo mbox ou a pasta de arquivos .eml</translation>
    </message>
    <message>
        <source>Mailbox settings…</source>
        <translation>Configurações da caixa de correio…</translation>
    </message>
    <message>
        <source>Server, user, folder and password of the mailbox replies arrive in</source>
        <translation>Servidor, usuário, pasta e senha da caixa de correio em que chegam as respostas</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Ler respostas</translation>
    </message>
    <message>
        <source>Read the replies and show what each one is; nothing is written</source>
        <translation>Ler as respostas e mostrar o que cada uma é; nada é gravado</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>Ler de:</translation>
    </message>
    <message>
        <source>The reply&apos;s own text</source>
        <translation>O texto próprio da resposta</translation>
    </message>
    <message>
        <source>Select a message to read what it says.</source>
        <translation>Selecione uma mensagem para ler o que ela diz.</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizada por</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nome de quem autoriza</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nome da pessoa</translation>
    </message>
    <message>
        <source>Representative&apos;s role</source>
        <translation>Função de quem autoriza</translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation>Função na organização</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Keep the name and role with the reply&apos;s evidence (private)</source>
        <translation>Guardar o nome e a função com as provas da resposta (privado)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Aderir</translation>
    </message>
    <message>
        <source>The selected reply endorses: mark its signatory endorsed, as the reply says</source>
        <translation>A resposta selecionada adere: marcar o signatário como “Aderiu”, como diz a resposta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>The selected reply declines: mark its signatory declined</source>
        <translation>A resposta selecionada recusa: marcar o signatário como “Recusou”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>The selected reply needs nothing done: keep it as evidence only</source>
        <translation>A resposta selecionada não pede nada: guardá-la apenas como prova</translation>
    </message>
    <message>
        <source>Apply clear replies</source>
        <translation>Aplicar respostas claras</translation>
    </message>
    <message>
        <source>Read again and apply every endorsement, refusal and bounce that answers the campaign&apos;s own messages; record the others for you to decide</source>
        <translation>Ler de novo e aplicar cada adesão, recusa e devolução que responde às mensagens da própria campanha; registrar as outras para você decidir</translation>
    </message>
    <message>
        <source>Save evidence report…</source>
        <translation>Salvar relatório de provas…</translation>
    </message>
    <message>
        <source>A CSV file of every recorded reply: who authorised what, when, how it was verified. Private: it names people and quotes their mail, and only you can read the file.</source>
        <translation>Um arquivo CSV de cada resposta registrada: quem autorizou o quê, quando, como foi verificado. Privado: nomeia pessoas e cita os e-mails delas, e só você pode ler o arquivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading after the current batch of messages</source>
        <translation>Parar de ler depois do lote atual de mensagens</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progresso da leitura</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sem correspondência</translation>
    </message>
    <message>
        <source>signatory removed</source>
        <translation>signatário removido</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificada</translation>
    </message>
    <message>
        <source>A bounce comes from a mail server, not from the organisation: there is no sender to verify.</source>
        <translation>Uma devolução vem de um servidor de e-mail, não da organização: não há remetente a verificar.</translation>
    </message>
    <message>
        <source>No signatory matched: there is no organisation to check the sender against.</source>
        <translation>Nenhum signatário correspondeu: não há organização com que conferir o remetente.</translation>
    </message>
    <message>
        <source>Verified: {address} is the organisation&apos;s address, and its mail system vouched for the message (DKIM {dkim}, DMARC {dmarc}).</source>
        <translation>Verificada: {address} é o endereço da organização, e o sistema de e-mail dela garantiu a mensagem (DKIM {dkim}, DMARC {dmarc}).</translation>
    </message>
    <message>
        <source>Not verified: the message gives no sender address.</source>
        <translation>Não verificada: a mensagem não indica endereço de remetente.</translation>
    </message>
    <message>
        <source>Not verified: {address} is a personal mailbox ({domain}). Free mail is never verified, even when the address is on record.</source>
        <translation>Não verificada: {address} é uma caixa de correio pessoal ({domain}). E-mail gratuito nunca é verificado, mesmo quando o endereço está registrado.</translation>
    </message>
    <message>
        <source>Not verified: the receiving server recorded no DKIM or DMARC result for this message.</source>
        <translation>Não verificada: o servidor que recebeu não registrou nenhum resultado DKIM ou DMARC para esta mensagem.</translation>
    </message>
    <message>
        <source>Not verified: the message did come from {domain}&apos;s mail system, but {address} is not the organisation&apos;s: not on its website&apos;s domain, nor an address on record.</source>
        <translation>Não verificada: a mensagem veio de fato do sistema de e-mail de {domain}, mas {address} não é da organização: não está no domínio do site dela nem é um endereço registrado.</translation>
    </message>
    <message>
        <source>Not verified: neither DKIM nor DMARC passed for {domain} (DKIM {dkim}, DMARC {dmarc}), so nothing shows that the organisation&apos;s mail system sent it.</source>
        <translation>Não verificada: nem DKIM nem DMARC passaram para {domain} (DKIM {dkim}, DMARC {dmarc}), então nada mostra que o sistema de e-mail da organização a enviou.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorse</source>
        <translation>
            <numerusform>%Ln adesão</numerusform>
            <numerusform>%Ln adesões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decline</source>
        <translation>
            <numerusform>%Ln recusa</numerusform>
            <numerusform>%Ln recusas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln a revisar</numerusform>
            <numerusform>%Ln a revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce</source>
        <translation>
            <numerusform>%Ln devolução</numerusform>
            <numerusform>%Ln devoluções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln resposta automática</numerusform>
            <numerusform>%Ln respostas automáticas</numerusform>
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
            <numerusform>%Ln sem correspondência</numerusform>
            <numerusform>%Ln sem correspondência</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet: choose where they come from, then Read replies.</source>
        <translation>Ainda não há respostas: escolha de onde elas vêm e depois Ler respostas.</translation>
    </message>
    <message>
        <source>{replies}: {counts}</source>
        <translation>{replies}: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln resposta</numerusform>
            <numerusform>%Ln respostas</numerusform>
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
            <numerusform>%Ln a aplicar</numerusform>
            <numerusform>%Ln a aplicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln yours to decide</source>
        <translation>
            <numerusform>%Ln para você decidir</numerusform>
            <numerusform>%Ln para você decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages.</source>
        <translation>
            <numerusform>%Ln mensagem lida.</numerusform>
            <numerusform>%Ln mensagens lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clear replies applied; the other matched ones are recorded for you to decide.</source>
        <translation>
            <numerusform>%Ln resposta clara aplicada; as outras que correspondem ficam registradas para você decidir.</numerusform>
            <numerusform>%Ln respostas claras aplicadas; as outras que correspondem ficam registradas para você decidir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</source>
        <translation>
            <numerusform>%Ln mensagem lida. Nada foi gravado: “Aplicar respostas claras” a registra e aplica se for clara.</numerusform>
            <numerusform>%Ln mensagens lidas. Nada foi gravado: “Aplicar respostas claras” as registra e aplica as claras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last reading found %Ln to apply.</source>
        <translation>
            <numerusform>A última leitura encontrou %Ln a aplicar.</numerusform>
            <numerusform>A última leitura encontrou %Ln a aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are being read and applied. Cancelling stops after the current batch: what was applied stays applied, and the next reading carries on.</source>
        <translation>As respostas estão sendo lidas e aplicadas. Cancelar para depois do lote atual: o que foi aplicado continua aplicado, e a próxima leitura continua de onde parou.</translation>
    </message>
    <message>
        <source>Replies are being read; nothing is written. Cancelling stops the reading.</source>
        <translation>As respostas estão sendo lidas; nada é gravado. Cancelar interrompe a leitura.</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Endorse</source>
        <translation>Aderir</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sem correspondência</translation>
    </message>
</context>
<context>
    <name>ReplyMatch</name>
    <message>
        <source>Thread</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>It answers a message the outbox sent to this signatory</source>
        <translation>Responde a uma mensagem que a caixa de saída enviou a este signatário</translation>
    </message>
    <message>
        <source>Its sender is a contact address of this signatory, and of no other</source>
        <translation>O remetente é um endereço de contato deste signatário, e de nenhum outro</translation>
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
        <translation>A aplicar</translation>
    </message>
    <message>
        <source>Yours to decide</source>
        <translation>Para você decidir</translation>
    </message>
    <message>
        <source>To record</source>
        <translation>A registrar</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrada</translation>
    </message>
    <message>
        <source>Applied: the signatory&apos;s status or the message&apos;s state changed, with the reply as evidence</source>
        <translation>Aplicada: o status do signatário ou o estado da mensagem mudou, com a resposta como prova</translation>
    </message>
    <message>
        <source>Clear, and it answers the campaign&apos;s own message: Apply clear replies applies it</source>
        <translation>Clara, e responde à mensagem da própria campanha: “Aplicar respostas claras” a aplica</translation>
    </message>
    <message>
        <source>Recorded, waiting for you: Endorse, Decline or Ignore it</source>
        <translation>Registrada, aguardando você: Aderir, Recusar ou Ignorar</translation>
    </message>
    <message>
        <source>Needs your decision: Apply clear replies records it, then Endorse, Decline or Ignore it</source>
        <translation>Precisa da sua decisão: “Aplicar respostas claras” a registra; depois Aderir, Recusar ou Ignorar</translation>
    </message>
    <message>
        <source>Nothing to do: kept as evidence only</source>
        <translation>Nada a fazer: guardada apenas como prova</translation>
    </message>
    <message>
        <source>Not the campaign&apos;s, or a second copy: nothing is recorded</source>
        <translation>Não é da campanha, ou é uma segunda cópia: nada é registrado</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Private contact data removed from %Ln campaigns past their retention period.</source>
        <extracomment>the store&apos;s RetentionReport</extracomment>
        <translation>
            <numerusform>Dados de contato privados removidos de %Ln campanha com prazo de retenção vencido.</numerusform>
            <numerusform>Dados de contato privados removidos de %Ln campanhas com prazo de retenção vencido.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” — outbox messages: {messages}, replies: {replies}, contacts: {contacts}, signatory notes: {notes}</source>
        <translation>“{title}” — mensagens da caixa de saída: {messages}, respostas: {replies}, contatos: {contacts}, notas de signatários: {notes}</translation>
    </message>
    <message>
        <source>Private contact data removed</source>
        <translation>Dados de contato privados removidos</translation>
    </message>
    <message>
        <source>These campaigns are past their retention period; their private contact data was removed:</source>
        <translation>Estas campanhas passaram do prazo de retenção; seus dados de contato privados foram removidos:</translation>
    </message>
    <message>
        <source>The letters, endorsements and editions are kept. Backups hold the removed data until they age out (File → Backups…).</source>
        <translation>As cartas, as adesões e as edições são mantidas. As cópias de segurança guardam os dados removidos até expirarem (Arquivo → Cópias de segurança…).</translation>
    </message>
    <message>
        <source>Removing private contact data past its retention period failed ({message}); it is tried again at the next start.</source>
        <translation>Não foi possível remover os dados de contato privados com prazo de retenção vencido ({message}); será tentado de novo no próximo início.</translation>
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
        <translation>Todas as linhas são gravadas em uma única transação: cancelar deixa o banco de dados como estava.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>Writing every row in one transaction…</source>
        <translation>Gravando todas as linhas em uma única transação…</translation>
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
            <numerusform>%Ln signatário adicionado à campanha.</numerusform>
            <numerusform>%Ln signatários adicionados à campanha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation>{message} Nada foi importado.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelada; nada foi importado.</translation>
    </message>
</context>
<context>
    <name>SavedHistory</name>
    <message>
        <source>Saved edits of {time}</source>
        <translation>Edições salvas às {time}</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupação</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introduções</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupações</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>Encerramentos</translation>
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
        <translation>Introdução</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupações</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto livre</translation>
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
        <translation>Segurança:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Usual port ({port})</source>
        <translation>Porta habitual ({port})</translation>
    </message>
</context>
<context>
    <name>SetValueButton</name>
    <message>
        <source>Set form link…</source>
        <translation>Definir o link do formulário…</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Definir a coordenação…</translation>
    </message>
    <message>
        <source>Set deadline…</source>
        <translation>Definir o prazo…</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no form link.</source>
        <translation>“{template}” usa {placeholder}, e a campanha não tem link de formulário.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no coordinator.</source>
        <translation>“{template}” usa {placeholder}, e a campanha não tem coordenação.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no deadline.</source>
        <translation>“{template}” usa {placeholder}, e a campanha não tem prazo.</translation>
    </message>
    <message>
        <source>Open Campaign settings at this field</source>
        <translation>Abrir as configurações da campanha neste campo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Em todo lugar</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>Ir para {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs. A key listed under a tab works while that tab is shown; Alt with an underlined letter goes to that field.</source>
        <translation>Todas as teclas da janela e das suas abas. Uma tecla listada sob uma aba funciona enquanto essa aba é mostrada; Alt com uma letra sublinhada vai para esse campo.</translation>
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
        <translation>O que faz</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>Put them back as they were before (Ctrl+Z)</source>
        <extracomment>what the last write that moved rows can be undone with</extracomment>
        <translation>Devolvê-los ao que eram antes (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>Selecioná-los</translation>
    </message>
    <message>
        <source>Undo cancelled; the change stays as it was.</source>
        <translation>Desfazer cancelado; a mudança continua como estava.</translation>
    </message>
    <message>
        <source>Status change cancelled; no signatory was changed.</source>
        <translation>Mudança de status cancelada; nenhum signatário foi alterado.</translation>
    </message>
    <message>
        <source>already {status}: {names}</source>
        <translation>já em “{status}”: {names}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>from {status}: {names}</source>
        <translation>de “{status}”: {names}</translation>
    </message>
    <message>
        <source>Already on this campaign as “{name}” ({status}).</source>
        <translation>Já está nesta campanha como “{name}” ({status}).</translation>
    </message>
    <message>
        <source>This campaign has “{name}” ({status}): the same signatory?</source>
        <translation>Esta campanha tem “{name}” ({status}): é o mesmo signatário?</translation>
    </message>
    <message>
        <source>Already in the directory as “{name}”: that entry will be used.</source>
        <translation>Já está no diretório como “{name}”: essa entrada será usada.</translation>
    </message>
    <message>
        <source>{error}.

Reload shows their version in the table; your edit stays in the form so you can save it again over theirs.</source>
        <translation>{error}.

Recarregar mostra a versão da outra pessoa na tabela; a sua edição continua no formulário para você poder salvá-la de novo por cima.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>{error}. Their version is shown now; edit the cell again to change it.</source>
        <translation>{error}. A versão da outra pessoa é mostrada agora; edite a célula de novo para alterá-la.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Novo contato</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remover contato</translation>
    </message>
    <message>
        <source>Forget this private contact? This cannot be undone.</source>
        <translation>Esquecer este contato privado? Isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <extracomment>what the last merge can be undone with</extracomment>
        <translation>“{gone}” mesclada em “{kept}”.</translation>
    </message>
    <message>
        <source>Undo the merge of “{kept}” and “{gone}”</source>
        <translation>Desfazer a mesclagem de “{kept}” e “{gone}”</translation>
    </message>
    <message>
        <source>Make them two entries again, as they were before the merge (Ctrl+Z)</source>
        <translation>Torná-las duas entradas de novo, como eram antes da mesclagem (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Desfazer a mesclagem</translation>
    </message>
    <message>
        <source>“{kept}” changed since the merge (its status, a message or an edit), so the merge can no longer be undone exactly.</source>
        <translation>“{kept}” mudou depois da mesclagem (o status, uma mensagem ou uma edição), então a mesclagem não pode mais ser desfeita com exatidão.</translation>
    </message>
    <message>
        <source>Merge undone: “{kept}” and “{gone}” are two entries again.</source>
        <translation>Mesclagem desfeita: “{kept}” e “{gone}” voltaram a ser duas entradas.</translation>
    </message>
    <message>
        <source>Search signatories</source>
        <extracomment>Debounce of the search field: long enough to skip the intermediate states of fast typing, short enough to feel immediate. Width the name column keeps before the other columns grow, in pixels. A stable key per column, for the widths remembered across restarts. The columns that step aside, in this order, when the table is too narrow for every column at its narrow width beside the name (`NAME_ROOM`): each is also in the side panel (the endorsement&apos;s date in its status line), while the country and status must stay readable. The country column is as wide as the longest country name in the campaign, but no wider than this many average characters (narrow: when the table is short of room); a longer name is elided, whole in its tooltip. Keyboard shortcuts that open the status dialog on the selection.</extracomment>
        <translation>Buscar signatários</translation>
    </message>
    <message>
        <source>Search name, acronym, country, affiliation  (Ctrl+F)</source>
        <translation>Buscar nome, sigla, país, afiliação  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Signatories shown</source>
        <translation>Signatários mostrados</translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>Contagens por status</translation>
    </message>
    <message>
        <source>Ask them to reconfirm</source>
        <translation>Pedir que reconfirmem</translation>
    </message>
    <message>
        <source>Mark them “needs reconfirmation”: they leave the letter until they answer</source>
        <translation>Marcá-los como “Precisa reconfirmar”: eles saem da carta até responderem</translation>
    </message>
    <message>
        <source>Keep as endorsed</source>
        <translation>Manter a adesão</translation>
    </message>
    <message>
        <source>The change does not need a new answer: stop asking until another version is frozen</source>
        <translation>A mudança não pede uma nova resposta: parar de perguntar até que outra versão seja congelada</translation>
    </message>
    <message>
        <source>Print them in the letter until they answer</source>
        <translation>Imprimi-los na carta até responderem</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Desfazer a mudança de status</translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z); the history records it as a correction</source>
        <translation>Devolvê-los ao que eram antes (Ctrl+Z); o histórico registra isso como uma correção</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Redefinir a largura das colunas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add an organisation or an individual</source>
        <translation>Adicionar uma organização ou uma pessoa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import signatories from a form export or spreadsheet (CSV, XLSX)</source>
        <translation>Importar signatários da exportação de um formulário ou de uma planilha (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Definir status…</translation>
    </message>
    <message>
        <source>Change the status of the selected signatories</source>
        <translation>Mudar o status dos signatários selecionados</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected signatories from this campaign</source>
        <translation>Remover desta campanha os signatários selecionados</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Duplicatas…</translation>
    </message>
    <message>
        <source>Find organisations entered twice and merge them</source>
        <translation>Encontrar organizações cadastradas duas vezes e mesclá-las</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Mesclar…</translation>
    </message>
    <message>
        <source>Merge the two selected signatories: the same one entered twice</source>
        <translation>Mesclar os dois signatários selecionados: o mesmo cadastrado duas vezes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the signatories</source>
        <translation>Buscar nos signatários</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected signatory</source>
        <translation>Editar o signatário selecionado</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>Não publicar</translation>
    </message>
    <message>
        <source>Keep the selected signatories off every public letter and edition; they print only in a delivery copy</source>
        <translation>Deixar os signatários selecionados fora de toda carta e edição públicas; eles só aparecem numa cópia de entrega</translation>
    </message>
    <message>
        <source>Mark the selection as {status}</source>
        <translation>Marcar a seleção como {status}</translation>
    </message>
    <message>
        <source>Correct status…</source>
        <translation>Corrigir status…</translation>
    </message>
    <message>
        <source>Put a wrong status right, from any status, with the reason; the history keeps it as a correction</source>
        <translation>Acertar um status errado, a partir de qualquer status, com o motivo; o histórico o guarda como uma correção</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show or hide the side panel (contacts and history)</source>
        <translation>Mostrar ou ocultar o painel lateral (contatos e histórico)</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Todos os status ({count})</translation>
    </message>
    <message>
        <source>Loading signatories…</source>
        <translation>Carregando signatários…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrado</numerusform>
            <numerusform>%Ln mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signatário</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signatários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation>
            <numerusform>%Ln signatário removido da campanha.</numerusform>
            <numerusform>%Ln signatários removidos da campanha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation>
            <numerusform>%Ln signatário precisa reconfirmar antes de aparecer na carta.</numerusform>
            <numerusform>%Ln signatários precisam reconfirmar antes de aparecer na carta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation>
            <numerusform>%Ln signatário marcado como “Precisa reconfirmar”; envie-lhe o novo texto pela Divulgação.</numerusform>
            <numerusform>%Ln signatários marcados como “Precisa reconfirmar”; envie-lhes o novo texto pela Divulgação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</source>
        <translation>
            <numerusform>Uma mudança de status de %Ln signatário ainda está em andamento. Cancelar a reverte: nenhum signatário é alterado.</numerusform>
            <numerusform>Uma mudança de status de %Ln signatários ainda está em andamento. Cancelar a reverte: nenhum signatário é alterado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation>
            <numerusform>%Ln passou para {status}.</numerusform>
            <numerusform>%Ln passaram para {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged.</source>
        <translation>
            <numerusform>%Ln ficou sem alteração.</numerusform>
            <numerusform>%Ln ficaram sem alteração.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} e mais %Ln</numerusform>
            <numerusform>{names} e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation>
            <numerusform>%Ln ficou sem alteração — o fluxo de trabalho não permite {status} {reasons}.</numerusform>
            <numerusform>%Ln ficaram sem alteração — o fluxo de trabalho não permite {status} {reasons}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected to {status}.</source>
        <translation>
            <numerusform>%Ln corrigido para {status}.</numerusform>
            <numerusform>%Ln corrigidos para {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln put back as they were.</source>
        <translation>
            <numerusform>Desfeito: %Ln voltou a ser como era.</numerusform>
            <numerusform>Desfeito: %Ln voltaram a ser como eram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they are: someone changed them since.</source>
        <translation>
            <numerusform>%Ln ficou como está: alguém o alterou depois.</numerusform>
            <numerusform>%Ln ficaram como estão: alguém os alterou depois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the status change of %Ln signatories</source>
        <translation>
            <numerusform>&amp;Desfazer a mudança de status de %Ln signatário</numerusform>
            <numerusform>&amp;Desfazer a mudança de status de %Ln signatários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</source>
        <translation>
            <numerusform>Ainda está em andamento a anulação da mudança de status de %Ln signatário. Cancelar a reverte: a mudança continua.</numerusform>
            <numerusform>Ainda está em andamento a anulação da mudança de status de %Ln signatários. Cancelar a reverte: a mudança continua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</source>
        <translation>
            <numerusform>Convite na fila para %Ln, na caixa de saída para revisão: passa a “Convidado” quando for enviado.</numerusform>
            <numerusform>Convite na fila para %Ln, na caixa de saída para revisão: passam a “Convidado” quando for enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (no usable address, or the invitation does not apply).</source>
        <translation>
            <numerusform>%Ln deixado de fora (sem endereço utilizável, ou o convite não se aplica).</numerusform>
            <numerusform>%Ln deixados de fora (sem endereço utilizável, ou o convite não se aplica).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</source>
        <translation>
            <numerusform>%Ln signatário marcado “não publicar”: fica fora de toda carta e edição públicas e só aparece numa cópia de entrega.</numerusform>
            <numerusform>%Ln signatários marcados “não publicar”: ficam fora de toda carta e edição públicas e só aparecem numa cópia de entrega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories no longer marked “do not publish”: the letter prints them again.</source>
        <translation>
            <numerusform>%Ln signatário não está mais marcado “não publicar”: a carta volta a incluí-lo.</numerusform>
            <numerusform>%Ln signatários não estão mais marcados “não publicar”: a carta volta a incluí-los.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “do not publish” of %Ln signatories</source>
        <translation>
            <numerusform>Desfazer “não publicar” de %Ln signatário</numerusform>
            <numerusform>Desfazer “não publicar” de %Ln signatários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo publishing %Ln signatories again</source>
        <translation>
            <numerusform>Desfazer a volta à lista de %Ln signatário</numerusform>
            <numerusform>Desfazer a volta à lista de %Ln signatários</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign&apos;s signatories</source>
        <extracomment>Above this many rows, `refresh_rows` reads the whole table again instead of those rows: one query for everything beats many IN lists. The rows read first, in the campaign&apos;s order, and shown while the rest of a bigger campaign is read: a few screens, read in milliseconds, where all 200,000 rows took 1.5-2 s to appear. `store.signatories.table_fingerprint` when the rows were read (None while not `complete`: `AllRows` brings it) signatory id → the applied reply behind its status (`store.replies.verification_by_signatory`) the signatories marked &quot;do not publish&quot; (a padlock by the name; empty while not `complete`: `AllRows` brings them) False: `prepared` holds the first `HEAD_ROWS` rows only, and `read_all_rows` reads them all the rows of the signatories whose status moved, when only statuses moved and not too many; None: read the whole table again the replies behind the statuses now (`read_table`&apos;s `verification`) the signatories marked &quot;do not publish&quot; now</extracomment>
        <translation>Os signatários da campanha</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>the selection to restore when the rows being read arrive</extracomment>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Put the “do not publish” marks back as they were (Ctrl+Z)</source>
        <extracomment>(campaign id, the rows the last marking changed, the mark it set)</extracomment>
        <translation>Deixar as marcas “não publicar” como estavam (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the “do not publish” marks are as they were.</source>
        <translation>Desfeito: as marcas “não publicar” estão como estavam.</translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message>
        <source>Signatory details</source>
        <extracomment>The contact table&apos;s columns: the address first, so a narrow side panel still shows it whole (it is what messages go to); the person after it. The most a contact column takes before its text is elided (the notes take what is left). The least a contact column is cut to in a panel too narrow for every header (room for a letter and &quot;…&quot;; the header&apos;s tooltip names it). Columns a narrow panel leaves out while no contact has a value in them (the notes first); they come back when the panel is widened. the selected contact&apos;s address: what the database holds about that person, and erasing it (issue 19) &quot;Merge…&quot; under &quot;2 signatories selected&quot; (the same signer entered twice) &quot;Do not publish&quot; ticked (True) or cleared (False) by the coordinator</extracomment>
        <translation>Detalhes do signatário</translation>
    </message>
    <message>
        <source>Select a signatory to see its details, private contacts and history.</source>
        <translation>Selecione um signatário para ver os detalhes, os contatos privados e o histórico dele.</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Mesclar estes dois…</translation>
    </message>
    <message>
        <source>The same signatory entered twice: keep one entry, with the history, contacts and answer of both</source>
        <translation>O mesmo signatário cadastrado duas vezes: manter uma só entrada, com o histórico, os contatos e a resposta das duas</translation>
    </message>
    <message>
        <source>Mark as {status} (asks for channel and note)</source>
        <translation>Marcar como {status} (pede o canal e uma nota)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <source>The status is wrong: correct it to any status, with the reason</source>
        <translation>O status está errado: corrigi-lo para qualquer status, com o motivo</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>Não publicar</translation>
    </message>
    <message>
        <source>Left out of every public letter and edition (someone at risk, or who asked not to be named); printed only in a delivery copy for the addressee</source>
        <translation>Fora de toda carta e edição públicas (alguém em risco, ou que pediu para não ser nomeado); só aparece numa cópia de entrega ao destinatário</translation>
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
        <translation>Afiliação</translation>
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
        <translation>Site</translation>
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
        <translation>Editar os campos públicos (um clique duplo em uma linha também edita)</translation>
    </message>
    <message>
        <source>Private contacts</source>
        <translation>Contatos privados</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Dados pessoais…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact person, to answer their request: save it as a file, or erase it everywhere</source>
        <translation>Tudo o que está guardado sobre a pessoa de contato selecionada, para atender ao pedido dela: salvar como arquivo ou apagar em todo lugar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Private contacts · never exported</source>
        <translation>Contatos privados · nunca exportados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation>
            <numerusform>%Ln signatário selecionado. Mude o status dele com “Definir status…” ou o menu de contexto.</numerusform>
            <numerusform>%Ln signatários selecionados. Mude o status deles de uma vez com “Definir status…” ou o menu de contexto.</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>desfeito</translation>
    </message>
    <message>
        <source>Corrected: {change} — {reason}</source>
        <translation>Corrigido: {change} — {reason}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>versão {number}</translation>
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
        <translation>Editar signatário</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Adicionar signatário</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Association for Progressive Communications</source>
        <translation>p. ex. Associação para o Progresso das Comunicações</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>e.g. APC</source>
        <translation>p. ex. APC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>name or code: Perú, UK, KE…</source>
        <translation>nome ou código: Peru, UK, KE…</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organização</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Professor</source>
        <translation>p. ex. Professora</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliação</translation>
    </message>
    <message>
        <source>for identification purposes only</source>
        <translation>apenas para fins de identificação</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contato</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefone de contato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Notas privadas (nunca exportadas)</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Assina como</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recebida por</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>p. ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>Not a country we know: check the spelling</source>
        <translation>Não é um país que conhecemos: confira a grafia</translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation>Um signatário precisa de um nome.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know.</source>
        <translation>“{country}” não é um país que conhecemos.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid email address.</source>
        <translation>“{email}” não é um endereço de e-mail válido.</translation>
    </message>
</context>
<context>
    <name>SignatoryKind</name>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa</translation>
    </message>
</context>
<context>
    <name>SignatoryMergeDialog</name>
    <message>
        <source>Merge signatories</source>
        <translation>Mesclar signatários</translation>
    </message>
    <message>
        <source>Merge two signatories</source>
        <translation>Mesclar dois signatários</translation>
    </message>
    <message>
        <source>The same signatory entered twice? Choose the entry to keep: the other one is merged into it.</source>
        <translation>O mesmo signatário cadastrado duas vezes? Escolha a entrada a manter: a outra é mesclada nela.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Manter esta</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Assina como</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
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
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Other campaigns</source>
        <translation>Outras campanhas</translation>
    </message>
    <message>
        <source>The list and the letter show “{name}”; “{other}” is gone from this campaign.</source>
        <translation>A lista e a carta mostram “{name}”; “{other}” sai desta campanha.</translation>
    </message>
    <message>
        <source>Status: {status}, the stronger answer (from “{whose}”), with its date and channel.</source>
        <translation>Status: {status}, a resposta mais forte (de “{whose}”), com a data e o canal dela.</translation>
    </message>
    <message numerus="yes">
        <source>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</source>
        <translation>
            <numerusform>Histórico: o %Ln evento das duas, em uma só lista, e um que diz o que foi mesclado; as notas das duas são mantidas.</numerusform>
            <numerusform>Histórico: os %Ln eventos das duas, em uma só lista, e um que diz o que foi mesclado; as notas das duas são mantidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %Ln move to “{name}”.</source>
        <translation>
            <numerusform>Contatos: %Ln passa para “{name}”.</numerusform>
            <numerusform>Contatos: %Ln passam para “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</source>
        <translation>
            <numerusform>O diretório: as duas organizações se tornam uma só, “{name}”, também em %Ln outra campanha.</numerusform>
            <numerusform>O diretório: as duas organizações se tornam uma só, “{name}”, também em %Ln outras campanhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact: the one of “{whose}” stays; the other is written into the notes.</source>
        <translation>Contato: fica o de “{whose}”; o outro é escrito nas notas.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back.</source>
        <translation>Editar → Desfazer reverte a mesclagem.</translation>
    </message>
    <message>
        <source>Merging will:</source>
        <translation>A mesclagem vai:</translation>
    </message>
</context>
<context>
    <name>SignatoryPolicy</name>
    <message>
        <source>Organisations only</source>
        <translation>Apenas organizações</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>Apenas pessoas</translation>
    </message>
    <message>
        <source>Organisations and individuals</source>
        <translation>Organizações e pessoas</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Data da adesão</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Do not publish: left out of every public letter and edition, printed only in a delivery copy</source>
        <extracomment>The workflow&apos;s order, used to sort the status column and list the counts. The statuses an endorsement by reply leads to: the Verification column speaks of those only (a reply that declined, or bounced, endorses nothing). The Verification column&apos;s sort ranks: verified, by reply, nothing. Folded form of each word seen, bounded so a huge import cannot grow it forever. country code → its name in the interface language how many rows have each status the sort keys of the name column (`name_keys`) the rows&apos; order by name, ascending (the table&apos;s default order) Rows sorted at a time by `sorted_in_slices`: one slice holds the lock for about 40 ms, and a campaign of up to this many needs no merge (the merge is Python, several times slower than the sort). Items freed at a time by `let_go`: a couple of milliseconds each. the rows `show_prepared` showed (`add_search` is for them alone, though edits since replaced some in `_rows`), and the positions of those replaced (their search texts, folded from the old rows, are folded again when they arrive) signatory id → the applied reply behind its status (`store.replies.Verification`) the signatories marked &quot;do not publish&quot;: a padlock by the name</extracomment>
        <translation>Não publicar: fora de toda carta e edição públicas, só aparece numa cópia de entrega</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>by reply, not verified</source>
        <translation>por resposta, não verificada</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}: the address is the organisation&apos;s and its mail system vouched for the message.</source>
        <translation>Aderiu por uma resposta de {address}, aplicada em {date}: o endereço é da organização, e o sistema de e-mail dela garantiu a mensagem.</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}, whose sender could not be verified: confirm it another way (a call, a second address).</source>
        <translation>Aderiu por uma resposta de {address}, aplicada em {date}, cujo remetente não pôde ser verificado: confirme de outra forma (uma ligação, um segundo endereço).</translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (geralmente porta 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (geralmente porta 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Nenhuma (apenas retransmissão local)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation>Envio de e-mail (SMTP)</translation>
    </message>
    <message>
        <source>Email sending settings</source>
        <translation>Configurações de envio de e-mail</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Deixe vazio se o servidor não pedir login</translation>
    </message>
    <message>
        <source>Name shown to recipients</source>
        <translation>Nome mostrado aos destinatários</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <translation> mensagens por minuto</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Endereço do remetente:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nome do remetente:</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>Ritmo de envio:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome do remetente</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Ritmo de envio</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Autosave failed, retrying: {error}</source>
        <translation>O salvamento automático falhou, tentando de novo: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The statement was changed by someone else&lt;/b&gt; since you opened it; your latest edits are not saved. Reload?</source>
        <translation>&lt;b&gt;A declaração foi alterada por outra pessoa&lt;/b&gt; desde que você a abriu; as suas últimas edições não foram salvas. Recarregar?</translation>
    </message>
    <message>
        <source>Text saved by someone else</source>
        <translation>Texto salvo por outra pessoa</translation>
    </message>
    <message>
        <source>The statement was updated by someone else</source>
        <translation>A declaração foi atualizada por outra pessoa</translation>
    </message>
    <message>
        <source>Reload their text</source>
        <translation>Recarregar o texto dela</translation>
    </message>
    <message>
        <source>Their text is shown; Ctrl+Z brings yours back</source>
        <translation>O texto da outra pessoa é mostrado; Ctrl+Z traz o seu de volta</translation>
    </message>
    <message>
        <source>Your text is on the clipboard</source>
        <translation>O seu texto está na área de transferência</translation>
    </message>
    <message>
        <source>Your text is saved</source>
        <translation>O seu texto está salvo</translation>
    </message>
    <message>
        <source>Preview language</source>
        <extracomment>the ways out of a team conflict: show their text, copy ours, save ours</extracomment>
        <translation>Idioma da pré-visualização</translation>
    </message>
    <message>
        <source>Preview the letter in this language</source>
        <translation>Pré-visualizar a carta neste idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pré-visualização da carta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload their text</source>
        <translation>&amp;Recarregar o texto dela</translation>
    </message>
    <message>
        <source>Show the text as it is now saved (Ctrl+Z brings yours back)</source>
        <translation>Mostrar o texto como está salvo agora (Ctrl+Z traz o seu de volta)</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Copiar o meu texto</translation>
    </message>
    <message>
        <source>Put your version of the statement on the clipboard</source>
        <translation>Pôr a sua versão da declaração na área de transferência</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <source>Save your text over theirs</source>
        <translation>Salvar o seu texto por cima do da outra pessoa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Not frozen: {error}</source>
        <translation>Não congelada: {error}</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>Versão {number} congelada</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>Restaurar a versão {number}</translation>
    </message>
    <message>
        <source>Version {number} restored as the current text; freeze it to make it a new version</source>
        <translation>Versão {number} restaurada como texto atual; congele-a para torná-la uma nova versão</translation>
    </message>
    <message>
        <source>The campaign&apos;s statement</source>
        <extracomment>the letter without its text: `with_sections` puts the text being edited in `context_state` when it was read the version status and banner over the text, and what Freeze asks, are right from the first moment the text can be edited `base_letter` without signatories: the preview until the context is read starter blocks added now (a new database&apos;s first start) the stored text, when its revision is not the one the editor holds</extracomment>
        <translation>A declaração da campanha</translation>
    </message>
    <message>
        <source>Choose a campaign to draft its statement.</source>
        <translation>Escolha uma campanha para redigir a declaração dela.</translation>
    </message>
    <message>
        <source>Starter block library not added: {error}</source>
        <extracomment>the campaign shown, the signatories its preview lists, and who endorsed which version (read again by `refresh_context`) a translation language the Export tab asked to show (`show_translation`) a check for teammates&apos; changes ended while the text was on its way (`_changes_read`): it runs again once the text is shown the letter without its text, from the context; None until it is read the same without signatories, which the text comes with (`StatementOpening`) what the preview says where the names go while it has no context (reading them, or why they could not be read); &quot;&quot; once it has one</extracomment>
        <translation>Biblioteca de blocos inicial não adicionada: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation>
            <numerusform>Biblioteca de blocos iniciada com %Ln bloco inicial</numerusform>
            <numerusform>Biblioteca de blocos iniciada com %Ln blocos iniciais</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the signatories…</source>
        <translation>Lendo os signatários…</translation>
    </message>
    <message>
        <source>draft, not frozen yet</source>
        <translation>rascunho, ainda não congelado</translation>
    </message>
    <message>
        <source>edited since version {number}</source>
        <translation>editada desde a versão {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation>
            <numerusform>%Ln adesão ao texto anterior precisará ser reconfirmada quando você congelar o novo texto.</numerusform>
            <numerusform>%Ln adesões ao texto anterior precisarão ser reconfirmadas quando você congelar o novo texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsement is affected yet: nobody has endorsed an earlier version.</source>
        <translation>Nenhuma adesão é afetada ainda: ninguém aderiu a uma versão anterior.</translation>
    </message>
    <message>
        <source>You are editing the text after version {number} was frozen.</source>
        <translation>Você está editando o texto depois que a versão {number} foi congelada.</translation>
    </message>
    <message>
        <source>version {number}, frozen {date}</source>
        <translation>versão {number}, congelada em {date}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>versão {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation>
            <numerusform>%Ln adesão é de uma versão anterior à {number} e precisa de reconfirmação.</numerusform>
            <numerusform>%Ln adesões são de uma versão anterior à {number} e precisam de reconfirmação.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Prospect</source>
        <translation>A convidar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Com lembrete</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Aderiu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Needs reconfirmation</source>
        <translation>Precisa reconfirmar</translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation>
            <numerusform>%Ln a convidar</numerusform>
            <numerusform>%Ln a convidar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln convidado</numerusform>
            <numerusform>%Ln convidados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation>
            <numerusform>%Ln com lembrete</numerusform>
            <numerusform>%Ln com lembrete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation>
            <numerusform>%Ln aderiu</numerusform>
            <numerusform>%Ln aderiram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln recusou</numerusform>
            <numerusform>%Ln recusaram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation>
            <numerusform>%Ln sem resposta</numerusform>
            <numerusform>%Ln sem resposta</numerusform>
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
            <numerusform>%Ln precisa reconfirmar</numerusform>
            <numerusform>%Ln precisam reconfirmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Mudar status</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation>
            <numerusform>Mudar o status de %Ln signatário</numerusform>
            <numerusform>Mudar o status de %Ln signatários</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Novo status</translation>
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
        <translation>p. ex. respondeu ao convite de 3 de maio</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recebida por</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation>
            <numerusform>%Ln passará para {status}.</numerusform>
            <numerusform>%Ln passarão para {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation>
            <numerusform>%Ln ficará como está (o fluxo de trabalho não permite {status} depois de {previous}).</numerusform>
            <numerusform>%Ln ficarão como estão (o fluxo de trabalho não permite {status} depois de {previous}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInSentence</name>
    <message>
        <source>prospect</source>
        <extracomment>The same statuses inside a sentence (&quot;3 moved to endorsed&quot;): lower case in English, whatever reads naturally in a sentence elsewhere.</extracomment>
        <translation>a convidar</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>convidado</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>com lembrete</translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation>aderiu</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>recusou</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>needs reconfirmation</source>
        <translation>precisa reconfirmar</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status of the new signatories</source>
        <translation>Status dos novos signatários</translation>
    </message>
    <message>
        <source>Signatories already on this campaign are skipped and keep their status; organisations already in the directory are reused.</source>
        <translation>Os signatários que já estão nesta campanha são ignorados e mantêm o status; as organizações que já estão no diretório são reaproveitadas.</translation>
    </message>
    <message>
        <source>Each row gets the status in the file&apos;s “{column}” column; rows with an empty cell get:</source>
        <translation>Cada linha recebe o status da coluna “{column}” do arquivo; as linhas com a célula vazia recebem:</translation>
    </message>
    <message>
        <source>Status of rows with an empty cell</source>
        <translation>Status das linhas com a célula vazia</translation>
    </message>
    <message>
        <source>The file has no status column. Choose the status the new signatories get: “{endorsed}” for a form of endorsements, “{prospect}” for a list of groups to invite.</source>
        <translation>O arquivo não tem coluna de status. Escolha o status que os novos signatários recebem: “{endorsed}” para um formulário de adesões, “{prospect}” para uma lista de grupos a convidar.</translation>
    </message>
    <message>
        <source>Status to give</source>
        <translation>Status a dar</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Invitation</source>
        <translation>Convite</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Reconfirmation</source>
        <translation>Reconfirmação</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimento</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <source>New custom template</source>
        <translation>Novo modelo personalizado</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Name (custom templates)</source>
        <translation>Nome (modelos personalizados)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corpo da mensagem</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restaurar o padrão</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Inserir:</translation>
    </message>
    <message>
        <source>Insert {placeholder}</source>
        <translation>Inserir {placeholder}</translation>
    </message>
    <message>
        <source>Preview for signatory</source>
        <translation>Pré-visualização para o signatário</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Pré-visualização da mensagem</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>{kind} (new)</source>
        <translation>{kind} (novo)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Another coordinator saved “{template}” while you were editing it, so nothing was saved. Your text is still in the editor: save again to replace their version with yours.</source>
        <translation>Outra pessoa da coordenação salvou “{template}” enquanto você o editava, então nada foi salvo. O seu texto continua no editor: salve de novo para substituir a versão dela pela sua.</translation>
    </message>
    <message>
        <source>Do you want to delete the template “{name}”? Your changes to it will be lost.</source>
        <translation>Quer excluir o modelo “{name}”? As suas alterações nele serão perdidas.</translation>
    </message>
    <message>
        <source>Do you want to go back to the standard wording of “{name}”? Your changes to it will be lost.</source>
        <translation>Quer voltar ao texto padrão de “{name}”? As suas alterações nele serão perdidas.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Add signatories to preview a message.</source>
        <translation>Adicione signatários para pré-visualizar uma mensagem.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sem endereço</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Translate:</source>
        <translation>Traduzir:</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de tradução</translation>
    </message>
    <message>
        <source>Edit the translation into this language beside the primary text</source>
        <translation>Editar a tradução neste idioma ao lado do texto principal</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Idioma</translation>
    </message>
    <message>
        <source>Add a translation language to the campaign</source>
        <translation>Adicionar um idioma de tradução à campanha</translation>
    </message>
    <message>
        <source>Add a translation language</source>
        <translation>Adicionar um idioma de tradução</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>Título…</translation>
    </message>
    <message>
        <source>Translate the campaign title, addressee and signatory heading</source>
        <translation>Traduzir o título, o destinatário e o cabeçalho dos signatários da campanha</translation>
    </message>
    <message>
        <source>Translate title and addressee</source>
        <translation>Traduzir título e destinatário</translation>
    </message>
    <message>
        <source>Off ({language}, primary text)</source>
        <translation>Nenhuma ({language}, original)</translation>
    </message>
    <message>
        <source>No translation languages yet: add one with “+ Language” or in the campaign settings.</source>
        <translation>Ainda não há idiomas de tradução: adicione um com “+ Idioma” ou nas configurações da campanha.</translation>
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
        <translation>Agora:</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter adds “{first}, …” … “{last}, …” itself.</source>
        <translation>Traduza-o sem a fórmula introdutória, como no texto principal: a própria carta acrescenta “{first}, …” … “{last}, …”.</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter numbers the items itself.</source>
        <translation>Traduza-o sem a fórmula introdutória, como no texto principal: a própria carta numera os itens.</translation>
    </message>
    <message>
        <source>Heading translation</source>
        <translation>Tradução do cabeçalho</translation>
    </message>
    <message>
        <source>Lead sentence translation</source>
        <translation>Tradução da frase introdutória</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Select a section or an item to translate it.</source>
        <translation>Selecione uma seção ou um item para traduzi-lo.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Frase introdutória</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>This list has no heading or lead sentence to translate: select one of its items.</source>
        <translation>Esta lista não tem cabeçalho nem frase introdutória a traduzir: selecione um dos itens dela.</translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message>
        <source>Every text is translated into {language}.</source>
        <extracomment>Languages offered first when adding one (any other code can be typed).</extracomment>
        <translation>Todos os textos estão traduzidos para {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation>
            <numerusform>%Ln ainda não traduzido (mostrado em {language})</numerusform>
            <numerusform>%Ln ainda não traduzidos (mostrados em {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation>
            <numerusform>%Ln desatualizada</numerusform>
            <numerusform>%Ln desatualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>current</source>
        <extracomment>Order of severity when a section has several fields.</extracomment>
        <translation>atualizada</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desatualizada</translation>
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
        <translation>Guia do usuário do Sign-on</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Páginas do guia</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página do guia</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Sign-on ({folder} is missing).</source>
        <translation>O guia do usuário não está instalado com esta cópia do Sign-on ({folder} não existe).</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version {number}</source>
        <translation>Versão {number}</translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation>Versões da declaração</translation>
    </message>
    <message>
        <source>Current draft (not frozen)</source>
        <translation>Rascunho atual (não congelado)</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texto mais novo</translation>
    </message>
    <message>
        <source>Older text with removed words struck through</source>
        <translation>Texto anterior com as palavras removidas riscadas</translation>
    </message>
    <message>
        <source>Newer text with added words highlighted</source>
        <translation>Texto mais novo com as palavras acrescentadas destacadas</translation>
    </message>
    <message>
        <source>Make this version&apos;s text the current draft again. Versions are never changed: freeze the restored text to make it a new version.</source>
        <translation>Tornar o texto desta versão o rascunho atual de novo. As versões nunca mudam: congele o texto restaurado para torná-lo uma nova versão.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>com</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescentado</translation>
    </message>
    <message>
        <source>The text as it is now in the composer</source>
        <translation>O texto como está agora no editor</translation>
    </message>
    <message>
        <source>Frozen: this text never changes</source>
        <translation>Congelada: este texto nunca muda</translation>
    </message>
    <message>
        <source>Frozen on {date}: this text never changes</source>
        <translation>Congelada em {date}: este texto nunca muda</translation>
    </message>
    <message>
        <source>The same text on both sides</source>
        <translation>O mesmo texto dos dois lados</translation>
    </message>
    <message>
        <source>Restore version {number} as current text</source>
        <translation>Restaurar a versão {number} como texto atual</translation>
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
        <translation>Sem diferenças</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation>
            <numerusform>%Ln palavra removida</numerusform>
            <numerusform>%Ln palavras removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation>
            <numerusform>%Ln palavra acrescentada</numerusform>
            <numerusform>%Ln palavras acrescentadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Punctuation or spacing changed</source>
        <translation>A pontuação ou o espaçamento mudou</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bancos de dados do Sign-on (*.db *.sqlite *.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Ainda em andamento</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuar trabalhando</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir outro arquivo…</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Restaurar a cópia de segurança mais recente</translation>
    </message>
    <message>
        <source>Put {path} in place of this file; the file it replaces is kept in the backups folder</source>
        <translation>Pôr {path} no lugar deste arquivo; o arquivo substituído é guardado na pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>Open a Sign-on database</source>
        <translation>Abrir um banco de dados do Sign-on</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{path}: is open in another Sign-on window ({holder}); switch to that window, or open another file</source>
        <translation>{path}: está aberto em outra janela do Sign-on ({holder}); mude para essa janela ou abra outro arquivo</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <extracomment>answers of `ask_duplicate` answers of `ask_invitation`</extracomment>
        <translation>Planilhas e exportações de formulários (*.csv *.tsv *.txt *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation>
            <numerusform>Remover %Ln signatário da campanha? O histórico de convites e respostas também é apagado; as organizações continuam no diretório.</numerusform>
            <numerusform>Remover %Ln signatários da campanha? O histórico de convites e respostas deles também é apagado; as organizações continuam no diretório.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation>
            <numerusform>%Ln deles aderiu à declaração: marcá-lo como retirado mantém esse registro.</numerusform>
            <numerusform>%Ln deles aderiram à declaração: marcá-los como retirados mantém esse registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Marcar como retirado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation>Remover da campanha</translation>
    </message>
    <message>
        <source>“{name}” is already on this campaign&apos;s list, as “{existing}” ({status}): it cannot be added twice.</source>
        <translation>“{name}” já está na lista desta campanha, como “{existing}” ({status}): não pode ser adicionado duas vezes.</translation>
    </message>
    <message>
        <source>This campaign already has a signatory like “{name}”; it may be the same one:</source>
        <translation>Esta campanha já tem um signatário parecido com “{name}”; pode ser o mesmo:</translation>
    </message>
    <message>
        <source>Open the existing entry, or add “{name}” as another signatory.</source>
        <translation>Abra a entrada existente ou adicione “{name}” como outro signatário.</translation>
    </message>
    <message>
        <source>Open “{name}”</source>
        <translation>Abrir “{name}”</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Adicionar mesmo assim</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
    <message>
        <source>Already on the list?</source>
        <translation>Já está na lista?</translation>
    </message>
    <message numerus="yes">
        <source>No invitation was sent to %Ln of them from Sign-on.</source>
        <translation>
            <numerusform>Nenhum convite foi enviado pelo Sign-on a %Ln deles.</numerusform>
            <numerusform>Nenhum convite foi enviado pelo Sign-on a %Ln deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue the invitation: it waits in the Outbox for you to review and send. They stay prospects, among the invitation&apos;s recipients, and become invited when it is sent.</source>
        <translation>Pôr o convite na fila: ele aguarda na caixa de saída até você revisá-lo e enviá-lo. Eles continuam “A convidar”, entre os destinatários do convite, e passam a “Convidado” quando ele for enviado.</translation>
    </message>
    <message>
        <source>Mark invited: they were invited another way (by phone, from your own mailbox).</source>
        <translation>Marcar como “Convidado”: foram convidados de outra forma (por telefone, pela sua própria caixa de correio).</translation>
    </message>
    <message>
        <source>No invitation sent</source>
        <translation>Nenhum convite enviado</translation>
    </message>
    <message>
        <source>Queue the invitation</source>
        <translation>Pôr o convite na fila</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>Marcar como “Convidado”</translation>
    </message>
    <message>
        <source>Keep as prospects</source>
        <translation>Manter como “A convidar”</translation>
    </message>
    <message>
        <source>Import signatories</source>
        <translation>Importar signatários</translation>
    </message>
</context>
</TS>
