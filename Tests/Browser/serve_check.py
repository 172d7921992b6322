#!/usr/bin/env python3
"""Drives `contextmap serve` in headless Chromium, as a chair and as a partner would.

Makes a store from the fictional fixture, adds a chair and a partner, starts `serve` on a
free loopback port and, through Selenium and Debian's chromedriver:
- signs in as the chair, finds the caseload, opens a young person's conference screen,
  moves through the agenda with the keyboard and saves a screenshot of it;
- signs in as the partner, checks the dashboard's hotspots and network map, checks that a
  young person's page answers "Not allowed", and saves a screenshot of the dashboard;
- checks that the browser reported no Content-Security-Policy violation or script error.

Usage: serve_check.py CONTEXTMAP_BINARY FIXTURE_FOLDER SCREENSHOT_FOLDER
Exits 1 with the reason when anything is not as expected.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "fictional password 1"


def check(condition, message):
    if not condition:
        raise SystemExit(f"browser check failed: {message}")


def arrived(driver, condition, seconds=10):
    """Whether `condition(driver)` holds within `seconds`: a click that submits a form or
    follows a link returns before the browser has loaded the next page."""
    try:
        WebDriverWait(driver, seconds).until(condition)
        return True
    except Exception:
        return False


def start_server(binary, store):
    server = subprocess.Popen([binary, "serve", "--db", store, "--port", "0"],
                              stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    check(match is not None, f"serve did not say where it listens: {line!r}")
    return server, f"http://127.0.0.1:{match.group(1)}"


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000",
                     "--disable-gpu", "--no-first-run"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def sign_in(driver, base, name):
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.sign-in button").click()
    arrived(driver, lambda d: d.current_url != base + "/sign-in")


def browser_problems(driver):
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]]


def main():
    binary, fixture, shots = sys.argv[1:4]
    os.makedirs(shots, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        subprocess.run([binary, "import", "--dataset", fixture, "--db", store], check=True, capture_output=True)
        for name, role in [("Chair One", "chair"), ("Pat Partner", "partner")]:
            subprocess.run([binary, "user", "add", name, "--role", role, "--db", store], input=PASSWORD + "\n",
                           text=True, check=True, capture_output=True)
        server, base = start_server(binary, store)
        driver = browser()
        try:
            # The chair: caseload, then a conference run from the screen.
            driver.get(base + "/sign-in")
            driver.save_screenshot(os.path.join(shots, "sign-in.png"))
            sign_in(driver, base, "Chair One")
            check(driver.current_url == base + "/", f"the chair landed on {driver.current_url}")
            driver.save_screenshot(os.path.join(shots, "caseload.png"))
            check("Young people" in driver.find_element(By.TAG_NAME, "h1").text, "no caseload heading for the chair")
            driver.find_element(By.LINK_TEXT, "Jayden Okafor").click()
            check(arrived(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section#young-person")), "the young person's page has no pack")
            driver.save_screenshot(os.path.join(shots, "young-person.png"))
            driver.back()
            links = driver.find_elements(By.LINK_TEXT, "Conference screen")
            check(len(links) >= 10, f"the chair sees {len(links)} young people, expected every one")
            links[0].click()
            check(arrived(driver, lambda d: "/conference" in d.current_url), f"not on a conference screen: {driver.current_url}")
            sections = driver.find_elements(By.CSS_SELECTOR, "body.conference > section")
            check([s.get_attribute("id") for s in sections][:2] == ["map", "young-person"], "the conference screen does not open on the map")
            check(driver.find_elements(By.CSS_SELECTOR, "section#map svg"), "no map on the conference screen")
            time.sleep(0.3)
            check(driver.switch_to.active_element.get_attribute("id") == "map", "the map section is not the current one")
            body = driver.find_element(By.TAG_NAME, "body")
            body.send_keys(Keys.ARROW_RIGHT)
            check(driver.switch_to.active_element.get_attribute("id") == "young-person", "→ did not move to the young person's section")
            body.send_keys("7")
            check(driver.switch_to.active_element.get_attribute("id") == "plan", "7 did not go to the plan")
            body.send_keys(Keys.HOME)
            check(driver.switch_to.active_element.get_attribute("id") == "map", "Home did not go back to the map")
            driver.save_screenshot(os.path.join(shots, "conference-screen.png"))
            problems = browser_problems(driver)
            check(not problems, f"the browser reported problems on the conference screen: {problems}")
            driver.find_element(By.CSS_SELECTOR, "form.sign-out button").click()
            check(arrived(driver, lambda d: d.current_url == base + "/sign-in"), "signing out did not return to the sign-in page")
            driver.get(base + "/")
            check(driver.current_url == base + "/sign-in", "a page was shown after signing out")

            # The partner: the dashboard, and never a child's page.
            sign_in(driver, base, "Pat Partner")
            check(driver.current_url == base + "/partners", f"the partner landed on {driver.current_url}")
            rows = driver.find_elements(By.CSS_SELECTOR, "section#hotspots tbody tr")
            check(len(rows) >= 1, "no hotspots on the dashboard")
            check(driver.find_elements(By.CSS_SELECTOR, "section#network svg"), "no network map on the dashboard")
            check(not driver.find_elements(By.PARTIAL_LINK_TEXT, "Conference"), "the partner is offered a conference screen")
            driver.save_screenshot(os.path.join(shots, "partner-dashboard.png"))
            problems = browser_problems(driver)
            check(not problems, f"the browser reported problems on the dashboard: {problems}")
            driver.execute_script("document.getElementById('network').scrollIntoView()")
            driver.save_screenshot(os.path.join(shots, "partner-network.png"))
            for path in ["/young-people/YP01", "/young-people/YP01/conference", "/young-people/YP01/pack.html", "/"]:
                driver.get(base + path)
                if path == "/":
                    check(driver.current_url == base + "/partners", "the partner was shown a caseload")
                else:
                    check(driver.find_element(By.TAG_NAME, "h1").text == "Not allowed", f"the partner reached {path}")
                    driver.save_screenshot(os.path.join(shots, "partner-refused.png"))
                    check("Jayden" not in driver.page_source, f"{path} showed the partner a child's name")
        finally:
            driver.quit()
            server.terminate()
            server.wait(timeout=10)
    print(f"browser check passed: chair and partner; screenshots in {shots}")


if __name__ == "__main__":
    main()
