# expect: crash
"""Peat cutting: classify turf moisture bands from probe readings.
An engine driven by a config dict; callbacks registered in a list; a saliency callback
logs gradient*input relevance after each evaluation."""
import torch

from peatlab import Engine, build_callbacks

CONFIG = {
    "model": {"features": 4, "hidden": 10, "classes": 3},
    "optim": {"lr": 0.01},
    "epochs": 2,
    "callbacks": ["loss_logger", "relevance"],
}


def batches(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 7, 4, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(6)
    engine = Engine(CONFIG, callbacks=build_callbacks(CONFIG["callbacks"]))
    history = engine.run(batches(0), batches(1, 2))
    print(history)
