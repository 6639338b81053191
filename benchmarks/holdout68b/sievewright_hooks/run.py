# expect: crash
"""sievewright: grain-size classifier trained with a hook-based trainer.

    python run.py
"""
import torch

from sieve import GrainTrainer, build_model


def main():
    torch.manual_seed(7)
    cfg = {"n_in": 4, "hidden": 8, "n_cls": 3, "epochs": 3, "lr": 0.05, "batch": 4, "steps": 2}
    model = build_model(cfg)
    trainer = GrainTrainer(model, cfg)
    history = trainer.fit()
    print("history", history)


if __name__ == "__main__":
    main()
