# expect: clean
"""Word-level MT quality estimation; run settings are attrs-style records with converters."""
from qe.records import RunSpec
from qe.pipeline import run

if __name__ == "__main__":
    specs = [
        RunSpec(name="dev-score", train="no", steps="1"),
        RunSpec(name="adapt", train="Yes", steps="2", lr="0.005"),
    ]
    for spec in specs:
        print(spec, run(spec))
