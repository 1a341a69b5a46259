"""The words of an answer to an invitation, per language, as data (issue #18).

`replies.read_reply` decides what a reply says from these tables and nothing
else: a coordinator or translator who meets a new way of saying "yes" adds a
line here, and `tests/unit/test_replies.py` reads the corpus again. Phrases
are written as people write them; they are folded when the matcher is built
(case, Latin accents, Arabic vowel marks and hamza forms, curly apostrophes,
hyphens as spaces), so "Nous signons", "nous signons" and "NOUS SIGNONS" are
one phrase, and "نوقّع" is "نوقع". A phrase matches whole words only; a
trailing "*" lets its last word go on ("suggest*" is "suggested",
"suggestion"). An Arabic phrase may also take the conjunctions و and ف
written onto its first word ("ونوقع").

The tables, per language ("en", "es", "fr", "ar", "pt"):

- `ENDORSE`: clear intent to sign. Only phrases that say it on their own;
  "sign" or "support" alone are not here (see `NEGATABLE`).
- `DECLINE`: clear intent not to sign.
- `NEGATABLE`: verbs of signing that say nothing alone but decline when
  negated ("we will not be signing", "no podremos sumarnos"). An `ENDORSE`
  phrase that is negated declines too ("we cannot endorse this").
- `NEGATIONS`: the words that negate what follows them within a few words
  of the same clause (`NEGATION_WINDOW`); "n't" matches as an ending
  ("can't", "won't"), "n'" as a French elision ("n'avons"). `NOT_NEGATING`
  are phrases that start with a negation and mean no "no" ("no problem",
  "لا مانع": no objection).
- `BARE_YES` / `BARE_NO`: a whole sentence that is only an answer ("Yes!",
  "Avec plaisir.", "No, thank you.").
- `QUESTION`: asking something (a "?" anywhere asks too);
  `QUESTION_STARTS`: the words that make a sentence a question when it
  starts with them.
- `EDIT`: proposing a change to the text.
- `HEDGE`: not an answer yet ("we need to check with our board").

Anything asked, proposed or hedged goes to a person (REVIEW), whatever else
the reply says: a wrong "yes" puts a name on a public letter.
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "fr", "ar", "pt")

ENDORSE: dict[str, tuple[str, ...]] = {
    "en": (
        "we endorse", "we'd like to endorse", "we would like to endorse", "we will endorse",
        "we'll endorse", "we are happy to endorse", "we're happy to endorse", "happy to endorse",
        "glad to endorse", "pleased to endorse", "delighted to endorse", "proud to endorse",
        "honoured to endorse", "honored to endorse", "keen to endorse", "would love to endorse",
        "endorses the", "endorses this", "endorse the statement", "endorse the letter",
        "endorse this statement", "endorse this letter", "our endorsement",
        "please add us", "please add our", "please include us", "please include our",
        "please list us", "add us to", "add our name", "add our organisation",
        "add our organization", "you can add us", "you may add us", "feel free to add us",
        "count us in", "count on us", "sign us up", "consider us signed",
        "happy to sign", "glad to sign", "pleased to sign", "delighted to sign", "proud to sign",
        "honoured to sign", "honored to sign", "keen to sign", "would love to sign",
        "we'd love to sign", "yes, we sign", "we sign", "we will sign", "we'll sign",
        "we'd like to sign", "we would like to sign", "we want to sign", "we are signing",
        "we're signing", "we agree to sign", "we co-sign", "we cosign",
        "we support the statement", "we support the letter", "we support this statement",
        "we support this letter", "we're on board", "we are on board", "happy to join",
        "glad to join", "we'd like to join", "we would like to join", "we join the",
        "yes, we endorse", "yes please", "happy to be included", "happy to be added",
    ),
    "es": (
        "firmamos", "nos sumamos", "adherimos", "nos adherimos", "se adhiere", "adhiere a",
        "apoyamos la declaración", "apoyamos la carta", "apoyamos el comunicado",
        "respaldamos", "suscribimos", "con gusto firmamos", "sí, firmamos",
        "pueden contar con nosotros", "cuenten con nosotros", "cuentan con nosotros",
        "por favor agreguen", "por favor añadan", "por favor incluyan", "favor de incluir",
        "agréguennos", "añádannos", "inclúyannos", "nos gustaría firmar", "queremos firmar",
        "nos unimos", "estamos de acuerdo en firmar", "encantados de firmar",
        "encantadas de firmar", "con gusto nos sumamos", "firma la declaración",
        "firma la carta", "nuestra adhesión", "nuestro apoyo a la declaración",
    ),
    "fr": (
        "nous signons", "nous soutenons", "comptez sur nous", "vous pouvez compter sur nous",
        "nous adhérons", "nous nous associons", "nous nous joignons", "nous sommes partants",
        "nous sommes partantes", "ajoutez-nous", "merci d'ajouter", "veuillez ajouter",
        "vous pouvez ajouter", "nous acceptons de signer", "nous souhaitons signer",
        "nous voulons signer", "heureux de signer", "heureuse de signer", "heureuses de signer",
        "ravis de signer", "ravi de signer", "ravie de signer", "ravies de signer",
        "heureux de nous joindre", "oui, nous signons", "nous apportons notre soutien",
        "signe la déclaration", "signe la lettre", "soutient la déclaration",
        "nous cosignons", "nous co-signons", "notre signature",
    ),
    "ar": (
        "نوقع", "نؤيد", "نحن ندعم", "ندعم البيان", "ندعم الرسالة", "نوافق على التوقيع",
        "نوافق على البيان", "يسعدنا التوقيع", "يسعدنا الانضمام", "يسعدنا أن نوقع",
        "يسعدنا المشاركة في التوقيع", "نرجو إضافة", "يرجى إضافة", "الرجاء إضافة",
        "أضيفوا اسم", "أضيفونا", "نعم نوقع", "نحن موافقون", "نضم صوتنا", "ننضم",
        "نشارك في التوقيع", "لا مانع لدينا", "نعلن تأييدنا", "تأييدنا للبيان",
        "توقع على البيان", "تؤيد البيان", "إدراج اسمنا", "أدرجوا اسمنا", "إضافة اسمنا",
    ),
    "pt": (
        "assinamos", "aderimos", "subscrevemos", "endossamos", "apoiamos a declaração",
        "apoiamos a carta", "podem contar conosco", "contem conosco", "contem com a gente",
        "por favor incluam", "por favor adicionem", "por favor acrescentem",
        "podem incluir", "podem adicionar", "podem acrescentar", "incluam o nosso nome",
        "incluam nosso nome", "gostaríamos de assinar", "queremos assinar",
        "gostaríamos de aderir", "queremos aderir", "nos juntamos", "sim, assinamos",
        "sim, aderimos", "temos o prazer de assinar", "ficamos felizes em assinar",
        "com prazer assinamos", "assina a declaração", "assina a carta",
        "adere à declaração", "nossa adesão", "a nossa adesão", "nossa assinatura",
    ),
}

DECLINE: dict[str, tuple[str, ...]] = {
    "en": (
        "unfortunately we can't", "unfortunately we cannot", "unfortunately we won't",
        "unfortunately we will not", "unfortunately we are unable", "we will not sign",
        "we won't sign", "we will not be signing", "we won't be signing", "we decline",
        "we must decline", "we have to decline", "will have to decline",
        "respectfully decline", "we'll pass", "we will pass", "have to pass", "pass on this",
        "not able to sign", "not able to endorse", "not able to join", "unable to sign",
        "unable to endorse", "unable to join", "unable to support",
        "not in a position to", "sit this one out", "not sign on", "not be able to sign",
        "decline to sign", "decline to endorse", "decided not to", "prefer not to",
        "we are not signing", "we're not signing", "no thanks", "no thank you",
    ),
    "es": (
        "no podemos firmar", "no podremos firmar", "no vamos a firmar", "no firmaremos",
        "no firmamos", "declinamos", "debemos declinar", "no nos sumamos",
        "no nos es posible", "no es posible firmar", "lamentablemente no podemos",
        "lamentablemente no podremos", "no podemos sumarnos", "no podemos adherir",
        "no estamos en condiciones", "preferimos no", "nos abstenemos",
        "decidimos no", "hemos decidido no",
    ),
    "fr": (
        "ne pourrons pas signer", "ne pouvons pas signer", "ne signerons pas",
        "ne signons pas", "nous déclinons", "devons décliner", "ne pourrons pas nous associer",
        "ne pouvons pas nous associer", "nous ne soutenons pas", "ne sommes pas en mesure",
        "pas en mesure de signer", "nous préférons ne pas", "nous nous abstenons",
        "avons décidé de ne pas", "malheureusement nous ne pourrons pas",
        "malheureusement nous ne pouvons pas",
    ),
    "ar": (
        "لا يمكننا التوقيع", "لن نتمكن من التوقيع", "لن نوقع", "لا نستطيع التوقيع",
        "نعتذر عن التوقيع", "نعتذر عن المشاركة", "نعتذر عن عدم", "نعتذر عن الانضمام",
        "لن نشارك", "لا نوقع", "نرفض التوقيع", "لا نؤيد", "لسنا في وضع",
        "قررنا عدم", "لا نستطيع المشاركة", "لا يمكننا المشاركة", "لا يمكننا الانضمام",
    ),
    "pt": (
        "não podemos assinar", "não poderemos assinar", "não vamos assinar",
        "não assinaremos", "não assinamos", "infelizmente não podemos",
        "infelizmente não poderemos", "não podemos aderir", "não podemos nos juntar",
        "não estamos em condições", "preferimos não", "decidimos não",
        "vamos declinar", "nos abstemos",
    ),
}

NEGATABLE: dict[str, tuple[str, ...]] = {
    "en": ("endorse", "endorsing", "sign", "signing", "sign on", "co-sign", "cosign", "support",
           "join", "take part", "participate", "add our name", "be part"),
    "es": ("firmar", "firmamos", "firmaremos", "adherir", "adherirnos", "adherimos",
           "sumarnos", "sumamos", "apoyar", "apoyamos", "respaldar", "suscribir", "participar",
           "unirnos"),
    "fr": ("signer", "signons", "signerons", "soutenir", "soutenons", "adhérer", "adhérons",
           "associer", "joindre", "participer", "cosigner"),
    "ar": ("التوقيع", "نوقع", "نؤيد", "ندعم", "المشاركة", "الانضمام", "التأييد", "ننضم"),
    "pt": ("assinar", "assinamos", "assinaremos", "aderir", "aderimos", "apoiar", "apoiamos",
           "endossar", "subscrever", "participar", "juntar", "somar"),
}

NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "no", "never", "cannot", "cant", "wont", "dont", "unable", "nor", "neither",
           "n't"),
    "es": ("no", "nunca", "jamás", "ni", "tampoco"),
    "fr": ("ne", "n'", "pas", "jamais", "aucun", "aucune", "ni"),
    "ar": ("لا", "لن", "لم", "ليس", "لسنا", "غير", "عدم"),
    "pt": ("não", "nunca", "jamais", "nem", "tampouco"),
}

#: Words after a verb that negate it in spoken French ("on signe pas").
NEGATIONS_AFTER: tuple[str, ...] = ("pas",)

#: How many words before a phrase a negation may stand, in the same clause
#: ("we are unfortunately not in a position to endorse").
NEGATION_WINDOW = 5

NOT_NEGATING: tuple[str, ...] = (
    "no problem", "no doubt", "no hesitation", "not only", "no objection", "no objections",
    "can't wait", "cannot wait", "never been", "no question", "without hesitation",
    "sin duda", "sin problema", "ningún problema", "no dudamos", "no hay problema",
    "pas de problème", "sans doute", "sans hésiter", "n'hésitez pas", "nous n'hésitons pas",
    "لا مانع", "لا شك", "بلا شك", "لا بأس",
    "sem dúvida", "sem problema", "não há problema", "nenhum problema", "não hesitamos",
)

#: Words that end the reach of a negation inside a sentence ("We can't
#: attend, but we sign").
CLAUSE_BREAKS: tuple[str, ...] = (
    "but", "however", "though", "although", "mais", "cependant", "pero", "sin embargo",
    "aunque", "لكن", "ولكن", "لكننا", "غير أن",
    "porém", "contudo", "entretanto", "embora",
)

BARE_YES: dict[str, tuple[str, ...]] = {
    "en": ("yes", "yes please", "yes absolutely", "yes of course", "yes definitely",
           "absolutely", "definitely", "of course", "sure", "yes sure", "yes indeed",
           "yes thank you", "yes thanks", "yes we do"),
    "es": ("sí", "sí claro", "claro", "claro que sí", "por supuesto", "con gusto",
           "sí por supuesto", "sí gracias", "desde luego"),
    "fr": ("oui", "oui bien sûr", "bien sûr", "avec plaisir", "oui avec plaisir",
           "oui merci", "volontiers", "oui volontiers", "absolument"),
    "ar": ("نعم", "بالتأكيد", "بكل سرور", "نعم بالتأكيد", "نعم بكل سرور", "أكيد",
           "نعم شكرا"),
    "pt": ("sim", "sim claro", "claro que sim", "com certeza", "sim com certeza",
           "com prazer", "sim obrigado", "sim obrigada", "certamente"),
}

BARE_NO: dict[str, tuple[str, ...]] = {
    "en": ("no", "no sorry", "sorry no", "not this time", "no not this time"),
    "es": ("no gracias", "no lo siento", "esta vez no"),
    "fr": ("non", "non merci", "non désolé", "non désolée", "pas cette fois"),
    "ar": ("لا", "لا شكرا", "لا للأسف", "للأسف لا"),
    "pt": ("não", "não obrigado", "não obrigada", "desta vez não", "infelizmente não"),
}

QUESTION: dict[str, tuple[str, ...]] = {
    "en": ("could you", "can you", "would you", "would it be possible", "is it possible",
           "do you know", "i wonder", "we wonder", "wondering", "a question", "one question",
           "quick question", "a few questions", "some questions", "clarify",
           "clarification", "please confirm whether", "please let us know whether"),
    "es": ("podrían", "podrías", "podría usted", "quisiera saber", "quisiéramos saber",
           "me gustaría saber", "nos gustaría saber", "una pregunta", "una consulta",
           "una duda", "es posible que", "sería posible"),
    "fr": ("pouvez-vous", "pourriez-vous", "est-ce que", "est-il possible",
           "serait-il possible", "auriez-vous", "savez-vous", "j'aimerais savoir",
           "nous aimerions savoir", "une question", "quelques questions", "précisions"),
    "ar": ("هل", "يمكنكم", "هل يمكن", "نود أن نعرف", "أود أن أعرف", "لدينا سؤال",
           "استفسار"),
    "pt": ("poderiam", "poderia", "gostaríamos de saber", "gostaria de saber",
           "uma pergunta", "uma dúvida", "seria possível", "é possível"),
}

#: Words that open a question when a sentence starts with them ("Is the
#: list public", "¿Quién más firma", "هل يمكن"), even without its "?".
QUESTION_STARTS: dict[str, tuple[str, ...]] = {
    # not "will", "would", "can": "Would love to sign!", "Will do!" answer
    "en": ("is", "are", "do", "does", "did", "who", "what", "when", "where", "which", "why",
           "how"),
    # not "pueden": "Pueden contar con nosotros" answers
    "es": ("qué", "quién", "quiénes", "cuándo", "dónde", "cómo", "cuál", "cuáles",
           "por qué"),
    "fr": ("qui", "quoi", "quand", "où", "comment", "pourquoi", "quel", "quelle", "quels",
           "quelles", "est-ce", "peut-on", "pouvons-nous"),
    "ar": ("هل", "ماذا", "متى", "أين", "كيف", "لماذا", "أي"),
    # not "como": "Como organização, assinamos" answers
    "pt": ("quem", "o que", "quando", "onde", "qual", "quais", "por que", "por quê"),
}

EDIT: dict[str, tuple[str, ...]] = {
    "en": ("suggest*", "amend*", "we propose", "i propose", "propose to", "proposed change*",
           "change the", "change to", "change this", "change it", "changes to",
           "changing", "following change*", "small change*", "minor change*", "one change",
           "a change", "a few changes", "some changes", "edit", "edits", "editing", "tweak*",
           "rephras*", "reword*", "instead of", "replace", "replacing", "delete", "remove the",
           "typo*", "our proposal", "a proposal"),
    "es": ("cambiar", "cambios", "un cambio", "modificar", "modificación", "modificaciones",
           "sugerimos", "sugiero", "sugerencia*", "proponemos", "propongo", "en lugar de",
           "en vez de", "reemplazar", "corregir", "otra redacción"),
    "fr": ("modifier", "modification*", "suggér*", "suggestion*", "nous proposons",
           "je propose", "proposition", "changer", "changement*", "remplacer", "reformuler",
           "au lieu de", "plutôt que", "amendement*", "corriger", "autre formulation"),
    "ar": ("تعديل*", "نقترح", "اقترح", "اقتراح*", "تغيير", "بدلا من", "استبدال", "صياغة"),
    "pt": ("sugerimos", "sugiro", "sugest*", "propomos", "proponho", "alterar", "alteração",
           "alterações", "modificar", "mudar", "mudança*", "em vez de", "ao invés de",
           "substituir", "corrigir", "reformular", "outra redação"),
}

HEDGE: dict[str, tuple[str, ...]] = {
    "en": ("get back to you", "come back to you", "need to check", "have to check",
           "need to consult", "have to consult", "check with our", "check with the",
           "consult our", "consult with", "subject to", "pending approval",
           "pending a decision", "pending board", "board approval",
           "if our board", "if the board", "once our board", "once the board", "not sure",
           "unsure", "undecided", "still deciding", "considering", "will confirm",
           "we'll confirm", "will let you know", "we'll let you know", "maybe", "perhaps",
           "possibly", "discuss internally", "discuss it internally"),
    "es": ("debemos consultar", "tenemos que consultar", "necesitamos consultar",
           "les volveremos a escribir", "les confirmaremos", "le confirmaremos",
           "les confirmamos pronto", "sujeto a", "a reserva de", "no estamos seguros",
           "no estamos seguras", "quizás", "tal vez", "lo estamos evaluando",
           "lo consultaremos"),
    "fr": ("nous reviendrons vers vous", "je reviens vers vous", "nous revenons vers vous",
           "sous réserve", "nous devons consulter", "nous devons vérifier", "pas sûrs",
           "pas sûr", "peut-être", "en interne", "nous vous confirmerons",
           "je vous confirmerai", "nous étudions"),
    "ar": ("سنعود إليكم", "سنوافيكم", "بعد التشاور", "بشرط", "لسنا متأكدين", "ربما",
           "سنؤكد لكم", "نحتاج إلى التشاور", "ندرس"),
    "pt": ("precisamos consultar", "temos que consultar", "vamos consultar",
           "retornaremos", "daremos retorno", "confirmaremos", "sujeito a",
           "não temos certeza", "talvez", "estamos avaliando", "internamente"),
}

#: Lines that end a reply's own text: a valediction, then its signature.
#: Compared whole (folded, punctuation dropped), optionally followed by a
#: comma and a short name ("Best, Maria").
VALEDICTIONS: tuple[str, ...] = (
    "best", "best regards", "kind regards", "regards", "warm regards", "warmly",
    "warm wishes", "best wishes", "all the best", "with best wishes", "with best regards",
    "with kind regards", "with thanks", "with many thanks", "many thanks and best wishes",
    "thanks", "thank you", "many thanks",
    "thanks again", "cheers", "sincerely", "yours sincerely", "yours", "in solidarity",
    "solidarity", "with solidarity", "cordialement", "bien cordialement",
    "très cordialement", "bien à vous", "salutations", "meilleures salutations", "amitiés",
    "merci", "merci beaucoup", "bonne journée", "saludos", "saludos cordiales", "un saludo",
    "atentamente", "cordialmente", "abrazos", "un abrazo", "gracias", "muchas gracias",
    "mit freundlichen grüßen", "viele grüße", "مع التحية", "مع خالص التحية", "تحياتي",
    "مع الشكر", "شكرا", "مع فائق الاحترام", "وتفضلوا بقبول فائق الاحترام", "مع التقدير",
    "atenciosamente", "abraços", "um abraço", "saudações", "obrigado", "obrigada",
    "muito obrigado", "muito obrigada", "em solidariedade",
)

#: First lines that open a reply rather than say something.
GREETINGS: tuple[str, ...] = (
    "hi", "hello", "dear", "hey", "good morning", "good afternoon", "greetings",
    "bonjour", "cher", "chère", "chers", "chères", "madame", "monsieur", "hola",
    "estimado", "estimada", "estimados", "estimadas", "buenos días", "buenas tardes",
    "querido", "querida", "queridos", "queridas", "مرحبا", "عزيزي", "عزيزتي",
    "السلام عليكم", "تحية طيبة", "الأعزاء", "الزملاء الأعزاء",
    "olá", "oi", "prezado", "prezada", "prezados", "prezadas", "bom dia", "boa tarde",
)

#: Lines a phone or web mail adds under the text: they end it.
MOBILE_FOOTERS: tuple[str, ...] = (
    "sent from my", "sent from outlook", "get outlook for", "sent from mail for windows",
    "sent from yahoo mail", "sent with proton mail", "sent from proton mail",
    "envoyé de mon", "envoyé depuis", "obtenir outlook pour", "enviado desde mi",
    "enviado desde", "obtener outlook para", "أرسلت من", "مرسل من", "تم الإرسال من",
    "enviado do meu", "obter o outlook para",
)

#: Subjects of automatic answers (folded, anywhere in the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    "out of office", "out of the office", "automatic reply", "auto reply", "autoreply",
    "auto-reply", "auto response", "autoresponse", "away from the office",
    "réponse automatique", "absent du bureau", "absente du bureau", "absence du bureau",
    "respuesta automática", "fuera de la oficina", "fuera de oficina", "aviso de ausencia",
    "mensaje de ausencia",
    "abwesenheit", "abwesenheitsnotiz", "abwesend", "automatische antwort", "رد تلقائي",
    "الرد التلقائي", "خارج المكتب",
    "resposta automática", "fora do escritório", "mensagem de ausência", "ausência temporária",
)

#: Subjects of bounces that carry no RFC 3464 report (Exim, qmail and old
#: servers), read only from mailer-daemon and postmaster senders.
BOUNCE_SUBJECTS: tuple[str, ...] = (
    "undeliverable", "undelivered mail", "delivery status notification (failure)",
    "mail delivery failed", "delivery failure", "failure notice", "returned mail",
    "message not delivered", "non remis", "non distribuable", "no se puede entregar",
    "no entregado", "تعذر تسليم", "لم يتم التسليم",
    "não entregue", "falha na entrega",
)
