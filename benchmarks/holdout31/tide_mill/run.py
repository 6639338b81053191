# expect: crash
"""Tide mill: predict millwheel output from the head of water behind the
sluice over the ebb. A small ensemble is trained, calibrated and fine-tuned
by stages run from a list of (name, stage) pairs."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent / "src"))

from tidemill import Pipeline  # noqa: E402

PLAN = [("pretrain", {"steps": 3}), ("calibrate", {}), ("finetune", {"steps": 2})]


def main():
    pipe = Pipeline(members=2, hidden=8, seed=47)
    for name, result in pipe.run(PLAN):
        print(name, result)


if __name__ == "__main__":
    main()
