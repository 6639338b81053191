# expect: clean
"""Tide-clock calibration: predict the next high-water offset from a week of gauge readings."""
import torch

from tideclock import TideTrainer, build_model


def main():
    torch.manual_seed(21)
    model = build_model(hidden=10)
    trainer = TideTrainer(model, lr=1e-2, epochs=3, steps=3)
    history = trainer.fit()
    print("history", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
