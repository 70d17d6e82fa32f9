#!/usr/bin/env python3
"""Check a `prov export --format prov-json` document.

    check_prov_json.py EXPORT.json [--schema prov-json.schema.json]

Three checks, each of which the others miss:
1. with --schema, the document validates against the PROV-JSON schema (draft-04);
2. every relation points at a declared record of the right kind (an agent for
   prov:agent, an entity for prov:usedEntity...), and every identifier is a
   qualified name whose local part holds only letters, digits and `._/-`;
3. the Python `prov` package reads it with no warning (warnings are errors here:
   `prov` warns today on what it will reject tomorrow).

Prints one line of counts and exits 0, or prints what is wrong and exits 1.
Checks 1 and 3 need `jsonschema` and `prov` installed; check 2 needs nothing.
"""

import argparse
import json
import re
import sys
import warnings

# For each relation kind, the attributes that name another record and the kinds
# of record each may name ("relation" for a reference to another relation).
REFERENCES = {
    "wasGeneratedBy": {"prov:entity": {"entity"}, "prov:activity": {"activity"}},
    "used": {"prov:activity": {"activity"}, "prov:entity": {"entity"}},
    "wasInformedBy": {"prov:informed": {"activity"}, "prov:informant": {"activity"}},
    "wasStartedBy": {"prov:activity": {"activity"}, "prov:trigger": {"entity"}, "prov:starter": {"activity"}},
    "wasEndedBy": {"prov:activity": {"activity"}, "prov:trigger": {"entity"}, "prov:ender": {"activity"}},
    "wasInvalidatedBy": {"prov:entity": {"entity"}, "prov:activity": {"activity"}},
    "wasDerivedFrom": {
        "prov:generatedEntity": {"entity"},
        "prov:usedEntity": {"entity"},
        "prov:activity": {"activity"},
        "prov:generation": {"relation"},
        "prov:usage": {"relation"},
    },
    "wasAttributedTo": {"prov:entity": {"entity"}, "prov:agent": {"agent"}},
    "wasAssociatedWith": {"prov:activity": {"activity"}, "prov:agent": {"agent"}, "prov:plan": {"entity"}},
    "actedOnBehalfOf": {"prov:delegate": {"agent"}, "prov:responsible": {"agent"}, "prov:activity": {"activity"}},
    "wasInfluencedBy": {
        "prov:influencee": {"entity", "activity", "agent"},
        "prov:influencer": {"entity", "activity", "agent"},
    },
    "specializationOf": {"prov:specificEntity": {"entity"}, "prov:generalEntity": {"entity"}},
    "alternateOf": {"prov:alternate1": {"entity"}, "prov:alternate2": {"entity"}},
    "hadMember": {"prov:collection": {"entity"}, "prov:entity": {"entity"}},
}
# The schema spells it this way; accept both spellings.
REFERENCES["wasEndedby"] = REFERENCES["wasEndedBy"]

# Required ends of each relation: a relation missing one of these says nothing.
REQUIRED = {
    "wasDerivedFrom": ("prov:generatedEntity", "prov:usedEntity"),
    "wasAttributedTo": ("prov:entity", "prov:agent"),
    "specializationOf": ("prov:specificEntity", "prov:generalEntity"),
}

QUALIFIED_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._/-]*$")
BLANK_NODE = re.compile(r"^_:[A-Za-z0-9][A-Za-z0-9._/-]*$")


def check_references(document):
    """Problems with identifiers and references, as sentences; empty when all is well."""
    problems = []
    kinds = {}
    for kind in ("entity", "activity", "agent"):
        for identifier in document.get(kind, {}):
            if identifier in kinds:
                problems.append(f"{identifier} is declared as {kinds[identifier]} and as {kind}")
            kinds[identifier] = kind
    for relation in REFERENCES:
        for identifier in document.get(relation, {}):
            kinds.setdefault(identifier, "relation")
    prefixes = set(document.get("prefix", {})) | {"prov", "xsd"}
    for identifier in kinds:
        if BLANK_NODE.match(identifier):
            continue
        if not QUALIFIED_NAME.match(identifier):
            problems.append(f"{identifier!r} is not a qualified name with a local part of letters, digits, ._/-")
        elif identifier.split(":", 1)[0] not in prefixes:
            problems.append(f"{identifier!r} uses an undeclared prefix")
    for relation, attributes in REFERENCES.items():
        for identifier, record in document.get(relation, {}).items():
            for required in REQUIRED.get(relation, ()):
                if required not in record:
                    problems.append(f"{relation} {identifier} has no {required}")
            for attribute, allowed in attributes.items():
                if attribute not in record:
                    continue
                target = record[attribute]
                if target not in kinds:
                    problems.append(f"{relation} {identifier}: {attribute} {target} is not declared")
                elif kinds[target] not in allowed:
                    problems.append(
                        f"{relation} {identifier}: {attribute} {target} is declared as {kinds[target]}, "
                        f"expected {' or '.join(sorted(allowed))}"
                    )
    return problems


def check_schema(document, schema_path):
    import jsonschema

    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft4Validator(schema)
    return [
        f"schema: {'/'.join(map(str, error.absolute_path)) or '(document)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def check_prov_package(path):
    import prov

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            document = prov.read(path, format="json")
        except Exception as error:  # a warning raised as an error, or a reader error
            return [f"prov {prov.__version__}: {type(error).__name__}: {error}"], 0
    return [], len(document.get_records())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export")
    parser.add_argument("--schema", help="prov-json.schema.json from the prov sdist (draft-04)")
    parser.add_argument("--no-prov", action="store_true", help="skip loading with the Python prov package")
    arguments = parser.parse_args()

    with open(arguments.export, encoding="utf-8") as handle:
        document = json.load(handle)
    problems = check_references(document)
    if arguments.schema:
        problems += check_schema(document, arguments.schema)
    records = None
    if not arguments.no_prov:
        prov_problems, records = check_prov_package(arguments.export)
        problems += prov_problems
    if problems:
        for problem in problems[:50]:
            print(problem, file=sys.stderr)
        if len(problems) > 50:
            print(f"... and {len(problems) - 50} more", file=sys.stderr)
        return 1
    counts = ", ".join(f"{kind} {len(records_)}" for kind, records_ in document.items() if kind != "prefix")
    loaded = f"; prov read {records} records" if records is not None else ""
    print(f"PROV-JSON ok: {counts}{loaded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
