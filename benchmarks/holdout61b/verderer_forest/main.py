# expect: crash
"""Verderer forest: browse-damage forecaster trained with a hook-based trainer; a subclass logs gradient*input relevance."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from verderer import RelevanceTrainer, build_model  # noqa: E402

CONFIG = {"hidden": 8, "features": 5, "epochs": 2, "steps": 3, "lr": 1e-3, "batch": 4, "seq": 6}


def main():
    torch.manual_seed(11)
    model = build_model(CONFIG)
    trainer = RelevanceTrainer(model, CONFIG)
    history = trainer.fit()
    print("history", [round(h, 3) for h in history])


if __name__ == "__main__":
    main()
