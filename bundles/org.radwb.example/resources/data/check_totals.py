#!/usr/bin/env python3
"""Checks studies.csv against the totals the seed paper states (Umaru et al., iRADIOLOGY 2025).

Run from this folder: python3 check_totals.py   (exit code 0 = all checks pass)
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENUMS = {
    "design": {"retrospective", "prospective", "mixed"},
    "treatment": {"gamma-knife", "cyberknife", "linac", "mixed"},
    "segmentation_method": {"manual", "semi-automatic", "automatic"},
    "algorithm_type": {"machine-learning", "deep-learning", "statistical", "mixed"},
    "endpoint": {"local-control", "response", "survival", "mutation-status", "radiation-necrosis", "other"},
}
FRACTIONS = ["auc_radiomic", "auc_clinical", "auc_combined", "auc_external", "accuracy", "sensitivity",
             "specificity", "cindex_univariate", "cindex_multivariate"]
PERCENTS = ["train_pct", "validation_pct", "test_pct"]

failures = []


def check(ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok:
        failures.append(message)


with open(HERE / "studies.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))

check(len(rows) == 17, f"studies: {len(rows)} (paper: 17)")
check(len({r['id'] for r in rows}) == len(rows), "study ids unique")
patients = sum(int(r["patients"]) for r in rows)
lesions = sum(int(r["lesions"]) for r in rows)
check(patients == 2744, f"patients: {patients} (paper: 2744)")
check(lesions == 7377, f"lesions: {lesions} (paper: 7377)")
for r in rows:
    for col, allowed in ENUMS.items():
        if r[col] and r[col] not in allowed:
            check(False, f"{r['id']}: {col}={r[col]!r} not in {sorted(allowed)}")
    for col in FRACTIONS:
        if r[col] and not 0 <= float(r[col]) <= 1:
            check(False, f"{r['id']}: {col}={r[col]} is not a fraction 0-1")
    for col in PERCENTS:
        if r[col] and not 0 <= float(r[col]) <= 100:
            check(False, f"{r['id']}: {col}={r[col]} is not a percentage")
    pct = [float(r[c]) for c in PERCENTS if r[c]]
    if pct and len(pct) >= 2:
        check(abs(sum(pct) - 100) < 1e-9, f"{r['id']}: split percentages sum to {sum(pct)}")
    for col in r:
        if r[col].strip().upper() in {"NA", "NR", "N/A", "NOT REPORTED"}:
            check(False, f"{r['id']}: {col} holds {r[col]!r}; leave it empty instead")

auc = [float(r["auc_radiomic"]) for r in rows if r["auc_radiomic"]]
cidx = [float(r[c]) for r in rows for c in ("cindex_univariate", "cindex_multivariate") if r[c]]
print(f"info radiomic AUC range {min(auc)}-{max(auc)} over {len(auc)} studies (abstract: 0.74-0.92)")
print(f"info C-index range {min(cidx)}-{max(cidx)} over {len(cidx)} values (README of the seed: 0.64-0.79)")
check(min(auc) == 0.74, "lowest radiomic AUC is 0.74")
check(max(auc) == 0.93, "highest radiomic AUC is 0.93 (Du et al.; the abstract's 0.92 is the deep-learning model, see README)")
check(min(cidx) == 0.64 and max(cidx) == 0.79, "C-index range 0.64-0.79")
# PRISMA arithmetic (review.csv): identified - duplicates = screened; screened - title = assessed; ... = included
with open(HERE / "review.csv", newline="", encoding="utf-8") as f:
    kv = {r["key"]: r["value"] for r in csv.DictReader(f)}
identified = sum(int(v) for k, v in kv.items() if k.startswith("records."))
check(identified == 200, f"records identified: {identified} (paper: 200)")
check(identified - int(kv["duplicatesRemoved"]) == int(kv["recordsScreened"]), "identified - duplicates = recordsScreened")
check(int(kv["recordsScreened"]) - int(kv["excluded.title"]) == int(kv["reportsAssessed"]), "screened - title exclusions = reportsAssessed")
check(int(kv["reportsAssessed"]) - int(kv["excluded.abstract"]) - int(kv["excluded.fulltext"]) == int(kv["studiesIncluded"]),
      "assessed - abstract - full-text exclusions = studiesIncluded")
check(int(kv["studiesIncluded"]) == len(rows), "studiesIncluded matches studies.csv")

# Table 4 adherence rates are whole studies out of 17
with open(HERE / "rqs_table4.csv", newline="", encoding="utf-8") as f:
    items = list(csv.DictReader(f))
check(sorted(int(i["item_id"].split(".")[1]) for i in items) == list(range(1, 17)), "rqs_table4 covers rqs.1-rqs.16")
for i in items:
    n = int(i["studies_adherent_derived"])
    check(round(100 * n / len(rows), 1) == float(i["adherence_pct"]), f"{i['item_id']}: {n}/17 = {i['adherence_pct']} %")

# Section 3.2 percentages recomputed from the table rows (informational: the text and tables disagree in places)
def share(pred):
    n = sum(1 for r in rows if pred(r))
    return f"{n}/17 = {100 * n / len(rows):.1f} %"
print("info gamma-knife", share(lambda r: r["treatment"] == "gamma-knife"), "(text: 9 = 52.9 %)")
print("info linac or cyberknife", share(lambda r: r["treatment"] in ("linac", "cyberknife")), "(text: LINAC 3 = 17.6 %)")
print("info treatment not specified", share(lambda r: not r["treatment"]), "(text: 5 = 29.4 %)")
print("info 1.5 T used", share(lambda r: "1.5" in r["field_strengths"].split(";")), "(text: 94.1 %)")
print("info T2W", share(lambda r: "T2W" in r["sequences"].split(";")), "(text: 35.3 %)")
print("info FLAIR", share(lambda r: "FLAIR" in r["sequences"].split(";")), "(text: 35.3 %)")
print("info MRI vendor not specified", share(lambda r: not r["mri_vendor"]), "(text: 4 = 23.5 %)")
print("info Philips", share(lambda r: r["mri_vendor"] == "Philips"), "(text: 29.4 %)")
print("info Siemens only", share(lambda r: r["mri_vendor"] == "Siemens"), "(text: 23.5 %)")
print("info GE only", share(lambda r: r["mri_vendor"] == "GE"), "(text: 11.8 %)")
print("info Siemens and GE", share(lambda r: r["mri_vendor"] == "Siemens;GE"), "(text: 11.8 %)")
print("info patients mean", f"{patients / len(rows):.1f}", "range", min(int(r["patients"]) for r in rows), "-",
      max(int(r["patients"]) for r in rows), "(text: mean 161, range 28-831)")
sys.exit(1 if failures else 0)
