# expect: crash
"""Charcoal clamps: burn-completion predictor; the loop re-enters training by setting the flag on the wrapper."""
import torch

from clamps import BurnModule, MiniTrainer


def main():
    torch.manual_seed(13)
    module = BurnModule(n_in=3, hidden=8)
    trainer = MiniTrainer(epochs=2, steps=2, num_sanity_val_steps=1)
    print(trainer.fit(module))


if __name__ == "__main__":
    main()
