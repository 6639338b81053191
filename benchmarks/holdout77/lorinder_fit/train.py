# expect: crash
"""Entry point: build a model, data and trainer, then fit (lorinder style)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
import torch
from lorinder import SeqTagger, Trainer

torch.manual_seed(0)
CONFIG = {"vocab": 20, "hidden": 8, "classes": 3, "epochs": 2, "lr": 1e-2, "num_sanity_val_steps": 1}


def make_batches(n=4):
    return [(torch.randint(0, CONFIG["vocab"], (4, 6)), torch.randint(0, CONFIG["classes"], (4,))) for _ in range(n)]


if __name__ == "__main__":
    model = SeqTagger(CONFIG["vocab"], CONFIG["hidden"], CONFIG["classes"])
    trainer = Trainer(max_epochs=CONFIG["epochs"], lr=CONFIG["lr"], num_sanity_val_steps=CONFIG["num_sanity_val_steps"])
    trainer.fit(model, make_batches(), make_batches(2))
    print("done", trainer.history[-1])
