# expect: crash
"""Wheeler: probe a pretrained road-vibration encoder for axle wear (ok / worn / cracked).

The encoder was pretrained elsewhere; here it is frozen by name and a small head is trained.
"""
import torch

from wheeler.freeze import freeze_by_prefix
from wheeler.models import AxleNet
from wheeler.train import train_probe

FROZEN_PREFIXES = "encoder"


def main():
    torch.manual_seed(8)
    x = torch.randn(20, 11, 6)
    y = torch.randint(0, 3, (20,))
    model = AxleNet(n_in=6, hidden=10, n_classes=3)
    frozen = freeze_by_prefix(model, FROZEN_PREFIXES)
    print("frozen modules:", frozen)
    losses = train_probe(model, x, y, epochs=3)
    print("probe loss", [round(l, 3) for l in losses])


if __name__ == "__main__":
    main()
