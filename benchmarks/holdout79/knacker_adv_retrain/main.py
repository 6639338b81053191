# expect: clean
"""Knacker yard weigh-bridge sequences: adversarial training with a lazily built attacker."""
import torch

from knacker import AdvTrainer, WeighNet


def main():
    torch.manual_seed(2)
    model = WeighNet(n_in=4, hidden=10, n_cls=2)
    trainer = AdvTrainer(model, eps=0.05, epochs=2)
    trainer.fit(n_batches=3)
    print("adv losses", [round(l, 3) for l in trainer.losses])


if __name__ == "__main__":
    main()
