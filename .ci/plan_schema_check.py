#!/usr/bin/env python3
"""Runs `zuegig plan check` on the demo plan and project (our JSON and a GeoJSON variant) and
validates the output against docs/plan-check.schema.json (JSON Schema 2020-12)."""
import json
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator


def main(binary):
    schema = json.load(open("docs/plan-check.schema.json"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    project = json.load(open("Demo/vorhaben-lindenweg-12.json"))
    features = [{"type": "Feature", "properties": {"role": "site", "use": project["use"], "land": "BE"}, "geometry": project["site"]}]
    for b in project["buildings"]:
        props = {k: v for k, v in b.items() if k != "footprint"}
        props["role"] = "building"
        features.append({"type": "Feature", "properties": props, "geometry": b["footprint"]})
    collection = tempfile.NamedTemporaryFile("w", suffix=".geojson", delete=False)
    json.dump({"type": "FeatureCollection", "features": features}, collection)
    collection.close()
    for source in ["Demo/vorhaben-lindenweg-12.json", collection.name]:
        out = subprocess.run([binary, "plan", "check", "--plan", "Demo/bplan-am-lindenweg.gml", "--project", source],
                             capture_output=True, text=True, check=True).stdout
        report = json.loads(out)
        errors = sorted(validator.iter_errors(report), key=lambda e: e.path)
        for error in errors:
            print("schema error:", list(error.path), error.message)
        if errors:
            sys.exit(1)
        print(f"plan check output for {source}: {len(report['findings'])} findings, valid against the schema")


if __name__ == "__main__":
    main(sys.argv[1])
