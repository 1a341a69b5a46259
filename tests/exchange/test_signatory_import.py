"""Importing the corpus: what every row becomes, what is written, and that a
dry run, a cancel or a failure writes nothing."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from signon.domain.errors import ValidationError
from signon.exchange.signatory_import import (
    MERGED,
    NEW,
    REJECTED,
    SKIPPED,
    apply_import,
    apply_overrides,
    import_signatories,
    plan_import,
    suggest_mapping,
)
from signon.exchange.tables import read_table
from signon.progress import Cancelled, Progress
from signon.store.campaigns import create_campaign
from signon.store.models import (
    Contact,
    Organisation,
    Setting,
    Signatory,
    SignatoryEvent,
    StatementVersion,
)
from signon.store.organisations import add_contact, get_or_create_organisation
from signon.store.signatories import add_signatory
from tests.conftest import DATA

CORPUS = DATA / "imports"


def campaign(session, policy="organisations", title="Letter"):
    return create_campaign(session, title, signatory_policy=policy).id


def plan_file(session, cid, path, *, sheet=None, status=None, overrides=None):
    table = read_table(path, sheet=sheet)
    mapping = suggest_mapping(session, cid, table)
    if overrides:
        mapping = apply_overrides(table, mapping, overrides)
    return plan_import(session, cid, table, mapping, status=status)


def csv_file(tmp_path, text, name="in.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def outcomes(plan):
    return {r.row: r.outcome for r in plan.rows}


def duplicates(plan):
    return {r.row: r.duplicate_of for r in plan.rows if r.duplicate_of is not None}


def warnings_text(plan):
    return "\n".join(str(w) for w in plan.warnings)


def count(session, model, *where):
    return session.exec(select(func.count()).select_from(model).where(*where)).one()


def sig_by_name(session, cid, name):
    for sig in session.exec(select(Signatory).where(Signatory.campaign_id == cid)).all():
        org = session.get(Organisation, sig.organisation_id) if sig.organisation_id else None
        if (org.name if org else sig.name) == name:
            return sig, org
    raise AssertionError(f"{name} not imported")


# --- the Google Forms export ---------------------------------------------------


GOOGLE = CORPUS / "google_forms_bom_crlf.csv"
GOOGLE_NEW = {2, 3, 6, 11, 13, 15, 16, 17, 18, 20, 21, 22, 24, 26, 27, 28}
GOOGLE_DUPLICATES = {4: 3, 5: 3, 7: 6, 8: 6, 12: 11, 14: 13, 19: 18, 25: 24}


def test_google_forms_plan(session):
    cid = campaign(session)
    plan = plan_file(session, cid, GOOGLE)
    got = outcomes(plan)
    assert {r for r, o in got.items() if o == NEW} == GOOGLE_NEW
    assert duplicates(plan) == GOOGLE_DUPLICATES
    assert {r for r, o in got.items() if o == SKIPPED} == set(GOOGLE_DUPLICATES)
    rejected = {r.row: r.reason for r in plan.of(REJECTED)}
    assert rejected == {10: "no name",
                        23: "field notes is longer than 1,000 characters (1,001)"}
    assert 9 not in got and plan.empty_rows == 0  # the empty row never reached the plan
    text = warnings_text(plan)
    assert "row 21: unknown country 'Narnia'; imported without a country" in text
    assert "row 22: invalid email 'not-an-email'" in text
    assert "row 15: name '=HYPERLINK(" in text and "stored as text, not a formula" in text
    assert "row 16: notes \"+cmd|' /C calc'!A0\" begins with '+'" in text
    assert "row 17: name \"@SUM(1+1)" in text
    assert "row 20: María López shares a name with row 18" in text
    assert "sign as individual in a campaign of organisations (rows 18, 19, 20)" in text
    assert [(s.row, s.candidate, s.other_row) for s in plan.suggestions] == [
        (28, "Privacy International", 27)]
    by_row = {r.row: r for r in plan.rows}
    assert by_row[18].kind == "individual"
    assert (by_row[18].name, by_row[18].affiliation) == ("María López", "Universidad de Chile")
    assert by_row[26].country == "GB"  # "UK"
    assert by_row[6].acronym == "ADC" and by_row[6].country == "AR"


def test_google_forms_import_writes_what_the_plan_says(session):
    cid = campaign(session)
    plan = plan_file(session, cid, GOOGLE)
    report = apply_import(session, plan)
    assert report.added == 16 and len(report.signatory_ids) == 16
    assert count(session, Signatory, Signatory.campaign_id == cid) == 16
    assert count(session, Organisation) == 14  # 16 minus the two individuals
    sig, org = sig_by_name(session, cid, "Asociación por los Derechos Civiles")
    assert (org.acronym, org.country, org.website) == ("ADC", "AR", "https://adc.org.ar")
    assert sig.status == "prospect" and sig.channel == "import"
    contact = session.get(Contact, sig.contact_id)
    assert (contact.name, contact.email) == ("Lucía", "adc@adc.org.ar")
    sig, org = sig_by_name(session, cid, '=HYPERLINK("http://evil.example","Click me")')
    assert org.name.startswith("=HYPERLINK(")  # stored as the text it is
    sig, _ = sig_by_name(session, cid, "Fundación Karisma")
    assert sig.notes == "+cmd|' /C calc'!A0"
    sig, org = sig_by_name(session, cid, "Open Rights Group")
    assert sig.notes == "We support this.\r\nSecond line." and org.country == "GB"
    sig, org = sig_by_name(session, cid, "Digital Rights Foundation")
    assert org.country == ""  # unknown country: imported without one
    sig, _ = sig_by_name(session, cid, "Derechos Digitales")
    contact = session.get(Contact, sig.contact_id)
    assert (contact.email, contact.email_status) == ("not-an-email", "invalid")
    _, org = sig_by_name(session, cid, "The Tor Project, Inc.")
    assert org.norm_key == "tor project"
    people = session.exec(select(Signatory).where(Signatory.campaign_id == cid,
                                                  Signatory.kind == "individual")).all()
    assert sorted((p.name, p.affiliation, p.country) for p in people) == [
        ("María López", "UNAM", "MX"), ("María López", "Universidad de Chile", "CL")]
    events = session.exec(select(SignatoryEvent)).all()
    assert len(events) == 16
    assert {e.channel for e in events} == {"import"}
    assert {e.to_status for e in events} == {"prospect"} and {e.from_status for e in events} \
        == {None}
    assert any(e.note == "imported from google_forms_bom_crlf.csv, row 6" for e in events)
    positions = sorted(s.position for s in session.exec(select(Signatory)).all())
    assert positions == list(range(1, 17))


def test_importing_the_same_file_again_adds_nothing(session):
    cid = campaign(session)
    apply_import(session, plan_file(session, cid, GOOGLE))
    plan = plan_file(session, cid, GOOGLE)
    got = outcomes(plan)
    assert not [r for r, o in got.items() if o in (NEW, MERGED)]
    assert {r.row for r in plan.of(SKIPPED) if r.reason == "already on this campaign"} == \
        GOOGLE_NEW
    report = apply_import(session, plan)
    assert report.added == 0
    assert count(session, Signatory) == 16


def test_existing_directory_entries_are_merged_not_duplicated(session):
    cid = campaign(session)
    add_signatory(session, cid, name="Access Now", country="US")
    privacy, _ = get_or_create_organisation(session, "Privacy International", country="GB")
    adc, _ = get_or_create_organisation(
        session, "Asociación por los Derechos Civiles", acronym="ADC", country="AR")
    orgs_before = count(session, Organisation)
    plan = plan_file(session, cid, GOOGLE)
    by_row = {r.row: r for r in plan.rows}
    assert by_row[2].outcome == SKIPPED and by_row[2].reason == "already on this campaign"
    assert by_row[6].outcome == MERGED and by_row[6].organisation_id == adc.id
    assert by_row[27].outcome == MERGED and by_row[27].target == "Privacy International"
    assert duplicates(plan)[7] == 6 and duplicates(plan)[8] == 6
    (suggestion,) = plan.suggestions
    assert (suggestion.row, suggestion.organisation_id) == (28, privacy.id)
    report = apply_import(session, plan)
    assert len(report.merged) == 2 and len(report.new) == 13
    assert count(session, Organisation) == orgs_before + 11  # 13 new, 2 of them people
    session.refresh(adc)
    assert adc.website == "https://adc.org.ar"  # completed
    assert adc.acronym == "ADC" and adc.name == "Asociación por los Derechos Civiles"


def test_adc_by_acronym_and_country_only(session, tmp_path):
    cid = campaign(session)
    adc, _ = get_or_create_organisation(
        session, "Asociación por los Derechos Civiles", acronym="ADC", country="AR")
    path = csv_file(tmp_path, "Name,Country\nADC,Argentina\nADC,Chile\nADC,\n")
    plan = plan_file(session, cid, path)
    by_row = {r.row: r for r in plan.rows}
    assert by_row[2].outcome == MERGED and by_row[2].organisation_id == adc.id
    assert by_row[2].reason == "same acronym and country"
    assert by_row[3].outcome == NEW  # same acronym, another country: another group
    # without a country the acronym decides nothing; the name is row 3's
    assert by_row[4].outcome == SKIPPED and by_row[4].duplicate_of == 3


def test_acronym_first_then_full_name_keeps_the_full_name(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Name,Acronym,Country\nADC,,AR\n"
                              "Asociación por los Derechos Civiles,ADC,Argentina\n")
    plan = plan_file(session, cid, path)
    assert duplicates(plan) == {3: 2}
    apply_import(session, plan)
    (org,) = session.exec(select(Organisation)).all()
    assert (org.name, org.acronym, org.country) == ("Asociación por los Derechos Civiles",
                                                    "ADC", "AR")


def test_duplicate_rows_complete_the_first_one(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Organisation,Country,Website,Email,Contact\n"
                              "ARTICLE 19,,,a@article19.org,Ann\n"
                              "Article 19 ,GB,https://article19.org,b@article19.org,Ben\n")
    plan = plan_file(session, cid, path)
    apply_import(session, plan)
    (org,) = session.exec(select(Organisation)).all()
    assert (org.name, org.country, org.website) == ("ARTICLE 19", "GB", "https://article19.org")
    contacts = session.exec(select(Contact).order_by(Contact.id)).all()
    assert [(c.name, c.email, c.organisation_id) for c in contacts] == [
        ("Ann", "a@article19.org", org.id), ("Ben", "b@article19.org", org.id)]
    (sig,) = session.exec(select(Signatory)).all()
    assert sig.contact_id == contacts[0].id


def test_existing_contact_is_reused(session, tmp_path):
    cid = campaign(session)
    org, _ = get_or_create_organisation(session, "Access Now")
    contact = add_contact(session, organisation_id=org.id, name="Ana", email="ana@accessnow.org")
    path = csv_file(tmp_path, "Organisation,Email\nAccess Now,ana@accessnow.org\n")
    apply_import(session, plan_file(session, cid, path))
    assert count(session, Contact) == 1
    (sig,) = session.exec(select(Signatory)).all()
    assert sig.contact_id == contact.id


def test_valid_email_is_normalised(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Organisation,Email\nAccess Now,Ana@AccessNow.ORG\n")
    (row,) = plan_file(session, cid, path).rows
    assert row.email == "Ana@accessnow.org" and not row.email_invalid


# --- the other files of the corpus ------------------------------------------


def test_excel_semicolon_cp1252(session):
    cid = campaign(session)
    plan = plan_file(session, cid, CORPUS / "excel_semicolon_cp1252.csv")
    assert outcomes(plan) == {2: NEW, 3: SKIPPED, 4: NEW, 5: SKIPPED, 6: NEW, 7: SKIPPED,
                              9: REJECTED, 10: NEW, 11: NEW}
    assert duplicates(plan) == {3: 2, 5: 4, 7: 6}
    assert "row 10: notes '=1+1' begins with '='" in warnings_text(plan)
    apply_import(session, plan)
    sig, org = sig_by_name(session, cid, "Fundación Vía Libre")
    assert (org.acronym, org.country, org.org_type) == ("FVL", "AR", "ONG")
    assert sig.notes == "Apoyamos “totalmente” la declaración"
    assert session.get(Contact, sig.contact_id).name == "José Núñez"
    sig, _ = sig_by_name(session, cid, "Asociación; con punto y coma")
    assert sig.notes == "=1+1"
    _, org = sig_by_name(session, cid, "Hiperderecho")
    assert org.country == "PE"


def test_utf16_tab_french(session):
    cid = campaign(session)
    plan = plan_file(session, cid, CORPUS / "utf16_tab.txt")
    assert outcomes(plan) == {2: NEW, 3: SKIPPED, 4: SKIPPED, 5: NEW, 6: SKIPPED, 7: NEW,
                              8: NEW, 9: NEW, 11: REJECTED}
    assert duplicates(plan) == {3: 2, 4: 2, 6: 5}
    apply_import(session, plan)
    sig, _ = sig_by_name(session, cid, "Jean Dupont")
    assert (sig.kind, sig.country) == ("individual", "FR")
    sig, _ = sig_by_name(session, cid, "Élise Martin")
    assert (sig.kind, sig.country, sig.notes) == ("individual", "BE", "@SUM(A1)")
    _, org = sig_by_name(session, cid, "المفكرة القانونية")
    assert org.country == "LB"
    _, org = sig_by_name(session, cid, "Роскомсвобода")
    assert org.country == "RU"


def test_utf16_without_bom_legal_forms(session):
    cid = campaign(session)
    plan = plan_file(session, cid, CORPUS / "utf16_nobom.csv")
    assert outcomes(plan) == {2: NEW, 3: SKIPPED, 4: NEW, 5: SKIPPED, 6: NEW}
    assert duplicates(plan) == {3: 2, 5: 4}


def test_xlsx_organisations(session):
    cid = campaign(session)
    plan = plan_file(session, cid, CORPUS / "endorsements.xlsx")
    assert outcomes(plan) == {2: NEW, 3: SKIPPED, 4: SKIPPED, 6: REJECTED, 7: NEW, 8: NEW,
                              9: NEW, 10: NEW, 11: NEW}
    assert duplicates(plan) == {3: 2, 4: 2}
    assert "row 9: name '=CONCATENATE(" in warnings_text(plan)
    apply_import(session, plan)
    _, org = sig_by_name(session, cid, '=CONCATENATE("Evil","Corp")')
    assert org.norm_key  # stored as text, not evaluated to "EvilCorp"
    sig, org = sig_by_name(session, cid, "Article 19")
    assert (org.acronym, sig.notes) == ("19", "=1+1")
    sig, _ = sig_by_name(session, cid, "Ada Lovelace")
    assert sig.kind == "individual"


def test_xlsx_individuals_namesakes_are_not_merged(session):
    cid = campaign(session, policy="individuals")
    plan = plan_file(session, cid, CORPUS / "endorsements.xlsx", sheet="Individuals")
    assert outcomes(plan) == {2: NEW, 3: NEW, 4: SKIPPED, 5: NEW, 6: REJECTED}
    assert duplicates(plan) == {4: 2}
    assert "row 3: John Smith shares a name with row 2" in warnings_text(plan)
    apply_import(session, plan)
    people = session.exec(select(Signatory).order_by(Signatory.position)).all()
    assert [(p.kind, p.name, p.title, p.affiliation) for p in people] == [
        ("individual", "John Smith", "Professor", "University of Oxford"),
        ("individual", "John Smith", "", "University of Cambridge"),
        ("individual", "Ирина Петрова", "Researcher", "Независимый"),
    ]
    assert count(session, Organisation) == 0
    # the same people again: skipped; a namesake with another email: imported
    plan = plan_file(session, cid, CORPUS / "endorsements.xlsx", sheet="Individuals")
    assert outcomes(plan) == {2: SKIPPED, 3: SKIPPED, 4: SKIPPED, 5: SKIPPED, 6: REJECTED}


def test_namesake_of_someone_already_on_the_campaign(session, tmp_path):
    cid = campaign(session, policy="individuals")
    add_signatory(session, cid, kind="individual", name="John Smith",
                  affiliation="University of Oxford", contact_email="js@ox.ac.uk")
    path = csv_file(tmp_path, "Name,Affiliation,Email\n"
                              "John Smith,University of Oxford,js@ox.ac.uk\n"
                              "John Smith,University of Oxford,other@ox.ac.uk\n")
    plan = plan_file(session, cid, path)
    assert outcomes(plan) == {2: SKIPPED, 3: NEW}
    assert "shares a name with an individual already on this campaign" in warnings_text(plan)


# --- signing as, policy, status ----------------------------------------------


def test_policy_both_without_signing_as(session, tmp_path):
    cid = campaign(session, policy="both")
    path = csv_file(tmp_path, "Name,Title,Affiliation,Country\n"
                              "Access Now,,,US\nAda Lovelace,Professor,,GB\n"
                              "Alan Turing,,University of Manchester,GB\n")
    plan = plan_file(session, cid, path)
    assert [(r.name, r.kind) for r in plan.rows] == [
        ("Access Now", "organisation"), ("Ada Lovelace", "individual"),
        ("Alan Turing", "individual")]


def test_policy_individuals_without_signing_as(session, tmp_path):
    cid = campaign(session, policy="individuals")
    path = csv_file(tmp_path, "Full name,Organisation\nAda Lovelace,Analytical Society\n")
    (row,) = plan_file(session, cid, path).rows
    assert (row.kind, row.name, row.affiliation) == ("individual", "Ada Lovelace",
                                                     "Analytical Society")


def test_signing_as_not_understood_falls_back_to_policy(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Name,Signing as\nAccess Now,Yes\n")
    plan = plan_file(session, cid, path)
    assert plan.rows[0].kind == "organisation"
    assert "signing as 'Yes' not understood; imported as organisation" in warnings_text(plan)


def test_status_endorsed_points_at_the_latest_version(session, tmp_path):
    cid = campaign(session)
    for n in (1, 2):
        session.add(StatementVersion(campaign_id=cid, number=n, content=f"v{n}"))
    session.flush()
    path = csv_file(tmp_path, "Name\nAccess Now\n")
    plan = plan_file(session, cid, path, status="endorsed")
    apply_import(session, plan)
    (sig,) = session.exec(select(Signatory)).all()
    assert (sig.status, sig.endorsed_version) == ("endorsed", 2)
    assert sig.endorsed_at is not None
    (event,) = session.exec(select(SignatoryEvent)).all()
    assert (event.to_status, event.channel) == ("endorsed", "import")


def test_unknown_status_is_an_error(session, tmp_path):
    cid = campaign(session)
    with pytest.raises(ValidationError, match="status 'approved' is not one of"):
        plan_file(session, cid, csv_file(tmp_path, "Name\nX\n"), status="approved")


# --- per-row limits ------------------------------------------------------------


def test_field_length_limit_is_1000_characters(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, f"Name,Notes\nOk,{'a' * 1000}\nToo long,{'b' * 1001}\n"
                              f"{'c' * 1001},short\n")
    plan = plan_file(session, cid, path)
    assert outcomes(plan) == {2: NEW, 3: REJECTED, 4: REJECTED}
    assert {r.row: r.reason for r in plan.of(REJECTED)} == {
        3: "field notes is longer than 1,000 characters (1,001)",
        4: "field name is longer than 1,000 characters (1,001)"}


def test_rows_with_only_unmapped_cells_are_empty(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Timestamp,Name\n2024-01-01,\n2024-01-02,X\n")
    plan = plan_file(session, cid, path)
    assert outcomes(plan) == {3: NEW}
    assert plan.empty_rows == 1


# --- mapping -------------------------------------------------------------------


def test_mapping_errors(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Colour,Shape\nred,round\n")
    with pytest.raises(ValidationError, match=r"no column is mapped to the name; use --map "
                                              r"'COLUMN=name' \(columns: Colour, Shape\)"):
        plan_file(session, cid, path)
    with pytest.raises(ValidationError, match="--map: no column 'Size'"):
        plan_file(session, cid, path, overrides={"Size": "name"})
    with pytest.raises(ValidationError, match="unknown field 'flavour'"):
        plan_file(session, cid, path, overrides={"Colour": "flavour"})
    table = read_table(path)
    with pytest.raises(ValidationError, match="'Colour' and 'Shape' are both mapped to name"):
        plan_import(session, cid, table, {0: "name", 1: "name"})
    plan = plan_file(session, cid, path, overrides={"colour": "name", "Shape": "notes"})
    assert (plan.rows[0].name, plan.rows[0].notes) == ("red", "round")


def test_override_moves_a_field_and_ignores_a_column(session, tmp_path):
    cid = campaign(session)
    path = csv_file(tmp_path, "Name,Organisation,Email\nAnn,Access Now,a@x.org\n")
    plan = plan_file(session, cid, path, overrides={"Organisation": "name", "Email": "ignore"})
    assert plan.mapping == {0: "contact", 1: "name", 2: None}
    assert (plan.rows[0].name, plan.rows[0].email) == ("Access Now", "")


def test_mapping_is_remembered_per_header_set(session, tmp_path):
    cid = campaign(session)
    first = csv_file(tmp_path, "Colour,Shape\nred,round\n", "a.csv")
    apply_import(session, plan_file(session, cid, first,
                                    overrides={"Colour": "name", "Shape": "notes"}))
    assert count(session, Setting) == 1
    again = read_table(csv_file(tmp_path, "shape,COLOUR\nsquare,blue\n", "b.csv"))
    assert suggest_mapping(session, cid, again) == {0: "notes", 1: "name"}
    other = read_table(csv_file(tmp_path, "Colour,Size\nred,big\n", "c.csv"))
    assert suggest_mapping(session, cid, other) == {0: None, 1: None}


# --- all or nothing -------------------------------------------------------------


def snapshot(db):
    with db.session() as s:
        return tuple(count(s, m) for m in (Organisation, Signatory, SignatoryEvent, Contact,
                                           Setting))


def test_dry_run_writes_nothing(db):
    with db.session() as s:
        cid = campaign(s)
    before = snapshot(db)
    report = import_signatories(db, cid, GOOGLE, dry_run=True)
    assert report.dry_run and report.added == 16
    assert snapshot(db) == before
    assert "(dry run: nothing written)" in report.summary_lines()[0]


def test_import_signatories_by_title(db):
    with db.session() as s:
        campaign(s, title="UN AI resolution")
    report = import_signatories(db, "UN AI resolution", GOOGLE, status="endorsed")
    assert report.added == 16 and report.status == "endorsed"
    assert snapshot(db)[1] == 16
    lines = report.summary_lines()
    assert "added: 16 as endorsed (16 new, 0 already in the directory)" in lines
    assert "  row 10: no name" in lines


def test_cancel_rolls_everything_back(db):
    with db.session() as s:
        cid = campaign(s)
    before = snapshot(db)
    calls = []

    def on_step(done, total, message):
        calls.append((done, total, message))
        if message == "Importing" and done > 0:
            progress.cancel()

    progress = Progress(on_step)
    with pytest.raises(Cancelled):
        import_signatories(db, cid, GOOGLE, progress=progress)
    assert calls and snapshot(db) == before


def test_directory_changed_since_the_dry_run(db):
    """Another coordinator created ARTICLE 19 (and added Access Now to the
    campaign) between the dry run and the import: the import still succeeds,
    uses their directory entry and skips what they added, never a duplicate."""
    from signon.store.signatories import add_signatory

    with db.session() as s:
        cid = campaign(s)
        plan = plan_file(s, cid, GOOGLE)
    article = next(r for r in plan.rows if r.name == "ARTICLE 19")
    assert article.outcome == "new"
    with db.session() as s:
        theirs = get_or_create_organisation(s, "article 19")[0].id
        first_other = next(r for r in plan.rows if r.outcome == "new" and r is not article)
        add_signatory(s, cid, name=first_other.name)
    with db.session() as s:
        report = apply_import(s, plan)
    assert article.outcome == "merged" and article.organisation_id == theirs
    assert first_other.outcome == "skipped"
    assert first_other.reason == "already on this campaign"
    assert report.added == 15
    with db.session() as s:
        # the 14 organisations a sequential import makes, each once
        assert count(s, Organisation) == 14
        assert count(s, Signatory) == 16


def test_bad_file_is_refused_before_the_campaign_is_looked_up(db):
    with pytest.raises(ValidationError, match="binary.csv: a PNG image"):
        import_signatories(db, "no such campaign", CORPUS / "binary.csv")


# --- email shortcut and storage format -------------------------------------------


EMAILS = [
    "Ana@AccessNow.ORG", "a.b+c@ex-ample.co.uk", "x@localhost", "x@foo.test", "x@a.onion",
    "x@example.com", "x@xn--bcher-kva.de", "ab@c.d1", "a@b.c", "a..b@c.de", ".a@c.de",
    "a.@c.de", '"a b"@c.de', "a@-c.de", "a@c-.de", "José@ejemplo.es", "a@ejémplo.es",
    "a@123.45", "a@b.co", "a@b..co", "a@b_c.org", "a" * 65 + "@b.org", "a@" + "b" * 64 + ".org",
    "a@" + ".".join(["b" * 60] * 5) + ".org", "!#$%&'*+/=?^_`{|}~-@x.org", "a@b", "@b.org",
    "a@", "a b@c.org", "a@b.c-d.org", "a@b.cd-", "a@1.2.3.com", "x@sub.domain.INVALID",
    "info@адрес.рф", "x@a--b.org",
]


@pytest.mark.parametrize("address", EMAILS)
def test_email_shortcut_agrees_with_email_validator(address):
    from email_validator import EmailNotValidError, validate_email

    from signon.exchange.signatory_import import validate_email_address

    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    assert validate_email_address(address) == expected


def test_special_use_domains_are_email_validators():
    import email_validator

    from signon.exchange.signatory_import import SPECIAL_USE_DOMAINS

    assert frozenset(email_validator.SPECIAL_USE_DOMAIN_NAMES) == SPECIAL_USE_DOMAINS


def test_bulk_rows_are_stored_as_the_orm_stores_them(session, tmp_path):
    from sqlalchemy import text

    cid = campaign(session)
    add_signatory(session, cid, name="By hand", status="endorsed")
    path = csv_file(tmp_path, "Name\nImported\n")
    apply_import(session, plan_file(session, cid, path, status="endorsed"))
    rows = session.connection().execute(text(
        "SELECT s.created_at, s.endorsed_at, e.at, o.created_at FROM signatory s "
        "JOIN signatoryevent e ON e.signatory_id = s.id "
        "JOIN organisation o ON o.id = s.organisation_id ORDER BY s.id")).all()
    by_hand, imported = rows
    for a, b in zip(by_hand, imported, strict=True):
        assert len(a) == len(b) and a[10] == b[10] == " "  # same textual format
        assert "+" not in b


def test_database_busy_is_one_line_and_writes_nothing(db, db_path, tmp_path):
    import sqlite3

    with db.session() as s:
        cid = campaign(s)
        plan = plan_file(s, cid, csv_file(tmp_path, "Name\nAccess Now\n"))
    before = snapshot(db)
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        with pytest.raises(ValidationError, match="the database is busy"):
            with db.session() as s:
                s.connection().exec_driver_sql("PRAGMA busy_timeout=50")
                apply_import(s, plan)
    finally:
        other.rollback()
        other.close()
    assert snapshot(db) == before
