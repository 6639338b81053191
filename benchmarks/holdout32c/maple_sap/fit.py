# expect: crash
"""Maple-sap flow forecasting with an input-smoothness penalty; hooks kept in a heap."""
import torch

from sapflow import SapTrainer, TapLineNet
from sapflow.training import GradientSmoothness, LossLogger


def main():
    torch.manual_seed(5)
    batches = [(torch.randn(4, 6, 3), torch.rand(4, 1)) for _ in range(4)]
    trainer = SapTrainer(TapLineNet(hidden=8), lr=2e-3)
    trainer.add_hook(LossLogger(), priority=50)
    trainer.add_hook(GradientSmoothness(weight=0.1), priority=10)
    trainer.run(batches, epochs=2)
    print("losses", [round(v, 4) for v in trainer.log])


if __name__ == "__main__":
    main()
