# expect: clean
"""Ferris-wheel bearing vibration: fine-tune with normalisation and dropout frozen in eval."""
import torch

from ferris import GondolaModel, finetune

if __name__ == "__main__":
    torch.manual_seed(23)
    model = GondolaModel(hidden=8)
    rotations = [(torch.randn(6, 8, 3), torch.randint(0, 3, (6,))) for _ in range(4)]
    report = finetune(model, rotations, epochs=2, lr=3e-3)
    print(report)
