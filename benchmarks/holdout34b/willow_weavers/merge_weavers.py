# expect: crash
"""Willow-basket weaving: two workshops each fine-tune a stroke-sequence model
(which weave pattern is being made); the models are merged by Fisher-weighted
averaging.  The diagonal Fisher is built from per-example gradients computed
with torch.func.
"""
import torch

from weaving.models import WeaveNet, finetune
from weaving.fisher import diagonal_fisher, fisher_merge


def workshop_data(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.randint(0, 4, (4,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(2)
    base = WeaveNet()
    models, fishers = [], []
    for seed in (10, 20):
        data = workshop_data(seed)
        m = finetune(base, data)
        models.append(m)
        fishers.append(diagonal_fisher(m, data))
    merged = fisher_merge(models, fishers)
    x, y = workshop_data(30, 1)[0]
    print("merged acc", (merged(x).argmax(-1) == y).float().mean().item())


if __name__ == "__main__":
    main()
