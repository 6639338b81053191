# expect: clean
import torch

from limner.callbacks import PrintMetrics, StrokeSaliency
from limner.engine import Engine

CONFIG = {
    "epochs": 2,
    "model": {"hidden": 8, "layers": 2, "classes": 3},
    "optim": {"name": "SGD", "lr": 0.05},
}


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 9, 3, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    saliency = StrokeSaliency()
    Engine(CONFIG, callbacks=[PrintMetrics(), saliency]).run(loader(4, 0), loader(2, 1))
    print("salient steps:", saliency.history)
