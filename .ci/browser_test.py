#!/usr/bin/env python3
"""Starts `zuegig serve` on a fresh data folder and checks it from the outside:
/health, /ready, a valid OpenAPI 3.1 document, the German login page, and, in headless Chromium
driven by Selenium, the demo case worker logging in and seeing the inbox, an application flow, and a
citizen sending a statement through the public participation form."""
import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

from openapi_spec_validator import validate
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def wait_until_up(base, server, log_path):
    for _ in range(120):
        if server.poll() is not None:
            sys.exit(f"server exited early with {server.returncode}:\n{open(log_path).read()[-4000:]}")
        try:
            if fetch(base + "/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.5)
    sys.exit("server did not answer /health within 60 s")


def check_http(base):
    status, _ = fetch(base + "/ready")
    assert status == 200, f"/ready answered {status}"
    status, body = fetch(base + "/api/v1/openapi.json")
    document = json.loads(body)
    assert document["openapi"].startswith("3.1"), document["openapi"]
    validate(document)  # raises on an invalid OpenAPI 3.1 document
    status, body = fetch(base + "/anmelden")
    assert '<html lang="de">' in body and "Anmelden" in body, "login page is not German"
    print(f"ok: /health, /ready, OpenAPI 3.1 valid ({len(document['paths'])} paths), German login page")


def tiny_pdf():
    """A minimal, valid one-page PDF with a text layer, as the applicant's Lageplan."""
    lines = [b"Lageplan zum Bauantrag, Massstab 1:500", b"Gemarkung: Musterstadt", b"Flur: 4",
             b"Flurst\\374ck: 21", b"Grundst\\374cksfl\\344che: 640 m\\262",
             b"Abstandsfl\\344chen und Grenzabst\\344nde nach Bauordnung, Nordpfeil, Flurst\\374cksgrenzen"]
    content = b"BT /F1 12 Tf 72 760 Td 16 TL " + b" ".join(b"(" + line + b") '" for line in lines) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def log_in(driver, wait, base, email):
    driver.get(base + "/anmelden")
    driver.find_element(By.ID, "username").send_keys(email)
    password = driver.find_element(By.ID, "password")
    password.send_keys("zuegig-demo")
    password.send_keys(Keys.ENTER)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main h1")))


def log_out(driver, wait):
    driver.find_element(By.XPATH, "//button[normalize-space()='Abmelden']").click()
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "Anmelden")))


def click_button(driver, label):
    driver.find_element(By.XPATH, f"//button[normalize-space()='{label}']").click()


def check_application_flow(driver, wait, base, artifacts):
    """The applicant creates a draft, uploads a PDF and submits; the case worker decides on completeness."""
    pdf_path = os.path.join(artifacts, "lageplan.pdf")
    with open(pdf_path, "wb") as handle:
        handle.write(tiny_pdf())
    log_in(driver, wait, base, "antrag@demo.zuegig.de")
    driver.get(base + "/vorgaenge/neu")
    Select(driver.find_element(By.ID, "authority")).select_by_visible_text("Bauaufsicht Musterstadt (Demo)")
    driver.find_element(By.ID, "title").send_keys("Browsertest: Neubau Gartenhaus")
    driver.find_element(By.ID, "siteAddress").send_keys("Eichenweg 3, 12345 Musterstadt")
    driver.find_element(By.ID, "parcel").send_keys("Musterstadt, Flur 4, Flurstück 21")
    driver.find_element(By.ID, "declaredCostEuros").send_keys("25000")
    click_button(driver, "Entwurf anlegen")
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Antragsentwurf"))
    case_url = driver.current_url
    driver.find_element(By.ID, "file").send_keys(os.path.abspath(pdf_path))
    click_button(driver, "Dokument hochladen")
    wait.until(EC.presence_of_element_located((By.PARTIAL_LINK_TEXT, "lageplan.pdf")))
    click_button(driver, "Antrag einreichen")
    try:
        wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Vorgang BG-"))
    except Exception:
        driver.save_screenshot(os.path.join(artifacts, "submit-failed.png"))
        raise
    number = driver.find_element(By.TAG_NAME, "h1").text.replace("Vorgang ", "")
    assert "Eingegangen" in driver.page_source, "the case is not shown as submitted"
    print(f"ok: applicant created, uploaded a PDF and submitted {number}")
    log_out(driver, wait)

    log_in(driver, wait, base, "sachbearbeitung@demo.zuegig.de")
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, number)))
    driver.find_element(By.LINK_TEXT, number).click()
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), number))
    # The worker inside serve reads the upload in the background (pdftotext) within seconds.
    for _ in range(40):
        if "Text gelesen" in driver.page_source:
            break
        time.sleep(0.5)
        driver.refresh()
    page = driver.page_source
    assert "Eingangsprüfung mit KI-Vorschlägen" in page, "no intake panel for the case worker"
    assert "Text gelesen: Textebene (pdftotext) Seite 1" in page, "the uploaded PDF was not read"
    assert driver.find_element(By.CSS_SELECTOR, "input[name='field.flurstueck']").get_attribute("value") == "21"
    message = driver.find_element(By.ID, "message").get_attribute("value")
    assert message.startswith("Sehr geehrte Damen und Herren"), f"no drafted deficiency letter: {message[:80]!r}"
    print("ok: case worker sees the text read, the extracted parcel and a drafted deficiency letter")
    items = driver.find_element(By.ID, "items").get_attribute("value")
    assert "Baubeschreibung fehlt" in items, f"no suggested items: {items!r}"
    click_button(driver, "Nachforderung senden")
    wait.until(EC.text_to_be_present_in_element((By.ID, "angaben"), "Angaben"))
    assert "Nachforderung" in driver.find_element(By.CSS_SELECTOR, "dl.facts").text, "step did not change"
    driver.save_screenshot(os.path.join(artifacts, "deficiency.png"))
    assert driver.current_url.startswith(case_url.split("#")[0])
    print("ok: case worker requested the missing documents through the form")
    log_out(driver, wait)


def check_public_participation(driver, wait, base, artifacts):
    """A citizen without an account: a too-short statement is refused with a German message and the text
    kept; a complete one with a PDF attachment gets a receipt number that shows none of the sender's data."""
    driver.get(base + "/beteiligung/quartier-am-lindenweg")
    assert "Stellungnahme abgeben" in driver.page_source, "the demo participation's form is not open"
    assert not driver.find_element(By.ID, "website").is_displayed(), "the honeypot field is visible"
    text = driver.find_element(By.ID, "text")
    text.send_keys("Zu kurz")
    time.sleep(3.5)  # the form's timing token refuses what comes back within 3 s as automated
    click_button(driver, "Stellungnahme senden")
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "mindestens 10 Zeichen"))
    assert driver.find_element(By.ID, "text").get_attribute("value") == "Zu kurz", "the entered text was lost"
    text = driver.find_element(By.ID, "text")
    text.clear()
    text.send_keys("Die geplante Tiefgarage am Lindenweg ist zu klein. Ich bitte um mehr Stellplätze für Anwohner.\n"
                   "Mit freundlichen Grüßen\nWaltraud Browserprobe")
    driver.find_element(By.ID, "name").send_keys("Waltraud Browserprobe")
    driver.find_element(By.ID, "email").send_keys("waltraud.probe@example.org")
    pdf_path = os.path.join(artifacts, "anlage.pdf")
    with open(pdf_path, "wb") as handle:
        handle.write(tiny_pdf())
    driver.find_element(By.ID, "attachments").send_keys(os.path.abspath(pdf_path))
    time.sleep(3.5)
    click_button(driver, "Stellungnahme senden")
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Ihre Stellungnahme ist eingegangen"))
    receipt = driver.find_element(By.CSS_SELECTOR, "p.receipt").text
    assert receipt.startswith("STN-") and len(receipt) == 12, receipt
    assert "Browserprobe" not in driver.page_source and "waltraud.probe" not in driver.page_source, "the receipt shows personal data"
    driver.save_screenshot(os.path.join(artifacts, "participation.png"))
    print(f"ok: a citizen sent a statement with an attachment through the public form ({receipt}); too short was refused in German")


def check_browser(base, artifacts):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        wait = WebDriverWait(driver, 20)
        driver.get(base + "/anmelden")
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        assert focused.text == "Zum Inhalt springen", f"first Tab stop is {focused.text!r}"
        driver.find_element(By.ID, "username").send_keys("sachbearbeitung@demo.zuegig.de")
        password = driver.find_element(By.ID, "password")
        password.send_keys("zuegig-demo")
        password.send_keys(Keys.ENTER)  # submit with the keyboard
        wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Posteingang"))
        page = driver.page_source
        assert "Bauaufsicht Musterstadt (Demo)" in page, "authority name missing in the header"
        rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
        assert len(rows) >= 1, "inbox shows no cases"
        assert "Doppelhaushälfte" not in page, "another authority's case is visible"
        driver.save_screenshot(os.path.join(artifacts, "inbox.png"))
        print(f"ok: case worker logged in with the keyboard and sees the inbox with {len(rows)} cases")
        log_out(driver, wait)
        check_application_flow(driver, wait, base, artifacts)
        check_public_participation(driver, wait, base, artifacts)
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    artifacts = os.path.join(".build", "ci-artifacts")
    os.makedirs(artifacts, exist_ok=True)
    data = tempfile.mkdtemp(prefix="zuegig-ci-")
    port = free_port()
    environment = dict(os.environ, ZUEGIG_DATA_DIR=data, ZUEGIG_PORT=str(port), ZUEGIG_LOG_FORMAT="json")
    environment.pop("DATABASE_URL", None)
    if args.database_url:
        environment["DATABASE_URL"] = args.database_url
        environment["DATABASE_SCHEMA"] = "browser_" + uuid.uuid4().hex[:12]
    log_path = os.path.join(artifacts, "serve.log")
    with open(log_path, "w") as log:
        server = subprocess.Popen([args.binary, "serve"], env=environment, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server, log_path)
        check_http(base)
        check_browser(base, artifacts)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("browser test passed on", "PostgreSQL" if args.database_url else "SQLite")


if __name__ == "__main__":
    main()
