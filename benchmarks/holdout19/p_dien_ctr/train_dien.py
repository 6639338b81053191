# expect: clean
"""DIEN click-through-rate model with an auxiliary next-behaviour loss; AUC probes between steps."""
import torch

from dien import DIEN, CTRTrainer


def make_batch(b=6, t=5, n_items=30):
    return {"hist": torch.randint(0, n_items, (b, t)), "target": torch.randint(0, n_items, (b,)),
            "label": torch.randint(0, 2, (b,))}


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = CTRTrainer(DIEN())
    trainer.fit([make_batch() for _ in range(3)], make_batch(8))
