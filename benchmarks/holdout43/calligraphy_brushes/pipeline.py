# expect: clean
"""Two-stage pipeline: a generic stroke model, then adaptation to one calligrapher's hand."""
import shutil
import tempfile

from stages import STAGES


def main():
    workdir = tempfile.mkdtemp(prefix="calligraphy_")
    try:
        results = {}
        results.update(STAGES["pretrain"](workdir))
        results.update(STAGES["finetune"](**results))
        print({k: (round(v, 4) if isinstance(v, float) else "<path>") for k, v in results.items()})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
