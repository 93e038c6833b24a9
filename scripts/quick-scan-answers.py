#!/usr/bin/env python3
"""The answer set the bench scripts load the service with: every question of the eight VPT measures answered, good
in every other topic and poor in the rest, so that several rules fire.

    quick-scan-answers.py BASE_URL TOKEN BODY_FILE [ANSWERS_FILE]

BODY_FILE gets a quick-scan body ({"answers": ..., "context": ...}); ANSWERS_FILE, if given, the same answers as
a body for PUT /api/assessments/{id}/answers."""
import datetime
import json
import sys
import urllib.request

base, token, body_file = sys.argv[1:4]
answers_file = sys.argv[4] if len(sys.argv) > 4 else None
request = urllib.request.Request(base + "/api/questionnaires/vpt-8-maatregelen",
                                 headers={"Authorization": "Bearer " + token})
questionnaire = json.load(urllib.request.urlopen(request))
answers = {}
for i, topic in enumerate(questionnaire["topics"]):
    for question in topic["questions"]:
        kind, good = question["type"], i % 2 == 0
        if kind in ("yes_no", "yes_no_partly"):
            value = "yes" if good else "no"
        elif kind == "percentage":
            value = 85 if good else 30
        elif kind == "date":
            value = str(datetime.date.today() - datetime.timedelta(days=60 if good else 900))
        elif kind == "number":
            value = max(12, int(question.get("min") or 0))
        elif kind == "choice":
            value = question["options"][0]["value"]
        elif kind == "multi_choice":
            value = [question["options"][0]["value"]]
        else:
            value = "zie beleidsplan"
        answers[question["id"]] = value
with open(body_file, "w") as out:
    json.dump({"answers": answers, "context": {"sector": "gemeente", "employees": 400, "kind": "SELF"}}, out)
if answers_file:
    with open(answers_file, "w") as out:
        json.dump({"answers": {k: {"value": v} for k, v in answers.items()}}, out)
