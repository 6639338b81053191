# expect: crash
"""Query-intent ranking with a GRU scorer; the run mode lives in settings.py, read from the environment and
re-read with importlib.reload when the pipeline switches stage."""
import importlib
import os

import torch

import settings
from intent.fit import fit, rank
from intent.model import IntentScorer


def main():
    torch.manual_seed(34)
    os.environ["INTENT_STAGE"] = "train"
    importlib.reload(settings)
    model = IntentScorer()
    queries = torch.randint(0, 30, (6, 5))
    labels = torch.randint(0, 4, (6,))
    fit(model, queries, labels, steps=2)

    os.environ["INTENT_STAGE"] = "serve"
    importlib.reload(settings)
    print("top intents", rank(model, queries[:2]).tolist())

    # hot-fix: a few more steps on freshly labelled queries before shipping
    fit(model, queries[:3], labels[:3], steps=1)


if __name__ == "__main__":
    main()
