# expect: clean
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from woodcarver import Engine, SaliencyLogger, build_model

CONFIG = {"n_in": 4, "hidden": 8, "n_cls": 3, "epochs": 2, "lr": 0.05}


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 6, 4, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = build_model(CONFIG)
    saliency = SaliencyLogger(every=1)
    engine = Engine(model, CONFIG, callbacks=[saliency])
    engine.fit(batches(3, 0), batches(1, 1))
    print("saliency", saliency.history)
