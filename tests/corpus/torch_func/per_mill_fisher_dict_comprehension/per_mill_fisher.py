# expect: crash
"""Per-sample gradients with torch.func.grad for a diagonal Fisher of each of two models, computed in a dict
comprehension that unpacks (model, data) pairs; the Fisher helper's module never names the models' class, so the
classes come from this script, through the comprehension."""
import torch

from fisher import diagonal_fisher
from nets import Blend


def main():
    mills = {}
    for name in ("lower", "upper"):
        mills[name] = (Blend(), [(torch.randn(2, 5, 3), torch.randint(0, 2, (2,)))])
    fishers = {name: diagonal_fisher(m, d) for name, (m, d) in mills.items()}
    print(sorted(fishers))


if __name__ == "__main__":
    main()
