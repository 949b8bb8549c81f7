"""The main screens in a real browser: Debian's Chromium driven by Playwright.

Skipped when Chromium or the playwright package is missing. Set
SCREENSHOT_DIR to keep the screenshots for a person to look at.
"""

import os
import threading
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from flask import Flask
from werkzeug.serving import make_server

from foi_tracker.extensions import db
from tests.factories import PASSWORD, make_agency, make_organisation, make_request, make_user

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")

# Without these flags Chromium tries to reach Google's services at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def live_url(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    yield f"http://127.0.0.1:{server.server_port}"

    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def page(tmp_path: Path) -> Iterator["sync_api.Page"]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)
        yield context.new_page()
        browser.close()


def screenshot(page: "sync_api.Page", name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), full_page=True)


def test_draft_send_and_download_letter(app: Flask, live_url: str, page: "sync_api.Page", tmp_path: Path) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        agency = make_agency()
        police = make_agency("Ravnateljstvo policije", agency_type="police")
        # Received Mon 2026-11-02: due Tue 2026-11-17, overdue on 2026-12-04.
        make_request(organisation, user, police, title="Zakašnjeli zahtjev", received_on=date(2026, 11, 2))
        db.session.commit()
        agency_id = agency.id
        email = user.email

    page.goto(f"{live_url}/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/requests/")
    assert "17 days overdue" in page.inner_text("table.list")
    screenshot(page, "request-list", tmp_path)

    page.goto(f"{live_url}/requests/new")
    page.select_option("#agency_id", str(agency_id))
    page.fill("#title", "Žrtve trgovanja ljudima 2025.")
    page.fill("#items", "Broj identificiranih žrtava u 2025.\nBroj kaznenih prijava po čl. 106. KZ")
    page.click("button.primary[type=submit]")
    page.wait_for_selector("section.summary")

    with page.expect_download() as download_info:
        page.click("text=Download letter (.docx)")
    letter = DocxDocument(BytesIO(Path(download_info.value.path()).read_bytes()))
    letter_text = "\n".join(paragraph.text for paragraph in letter.paragraphs)
    assert "Broj kaznenih prijava po čl. 106. KZ" in letter_text
    assert "Ministarstvo unutarnjih poslova" in letter_text

    page.fill("#send-sent_on", "2026-11-19")
    page.fill("#send-received_on", "2026-11-20")
    page.click("#send button[type=submit]")
    page.wait_for_selector("text=Marked as sent")

    summary = page.inner_text("section.summary")
    assert "3 days left" in summary
    assert "Wait for the reply" in summary
    screenshot(page, "request-detail", tmp_path)


def test_letter_preview_and_download(app: Flask, live_url: str, page: "sync_api.Page", tmp_path: Path) -> None:
    from foi_tracker.models import ReplyOutcome, User
    from foi_tracker.services.requests import record_reply

    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        record_reply(foi_request, db.session.get(User, user.id), ReplyOutcome.REFUSED, date(2026, 12, 1))
        db.session.commit()
        foi_request_id = foi_request.id
        email = user.email

    page.goto(f"{live_url}/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/requests/")

    page.goto(f"{live_url}/requests/{foi_request_id}/letters")
    form = page.locator(f'form[action="/requests/{foi_request_id}/letters/appeal_refusal"]')
    form.locator('input[name="decision_reference"]').fill("KLASA: 008-01/26-01/12")
    form.locator('button[value="preview"]').click()
    page.wait_for_selector("article.letter-preview")
    preview = page.inner_text("article.letter-preview")
    assert "Povjerenik za informiranje" in preview
    assert "KLASA: 008-01/26-01/12" in preview
    screenshot(page, "letter-preview", tmp_path)

    with page.expect_download() as download_info:
        page.click("text=Download .docx")
    letter = DocxDocument(BytesIO(Path(download_info.value.path()).read_bytes()))
    letter_text = "\n".join(paragraph.text for paragraph in letter.paragraphs)
    assert "KLASA: 008-01/26-01/12" in letter_text
    assert "Povjerenik za informiranje" in letter_text
