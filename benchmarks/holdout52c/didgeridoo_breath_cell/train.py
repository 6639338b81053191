# expect: clean
"""Circular-breathing phase detection for didgeridoo practice (inhale / drone / overblow)."""
import torch

from didge import build_model, fit

CONFIG = {"arch": "cell", "hidden": 8, "epochs": 2}

if __name__ == "__main__":
    torch.manual_seed(10)
    clip = torch.randn(6, 16, 4) * 3 + 1
    model = build_model(CONFIG, clip)
    data = [(torch.randn(4, 16, 4) * 3 + 1, torch.randint(0, 3, (4,))) for _ in range(3)]
    fit(model, data, epochs=CONFIG["epochs"])
