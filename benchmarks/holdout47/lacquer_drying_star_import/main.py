# expect: crash
"""Lacquerware drying: predict tack-free time of each urushi coat from the humidity and
temperature trace of the drying cabinet, fine-tuning a small pretrained model per workshop."""
import torch

from lacquer import *  # noqa: F401,F403  (public API listed in __all__)


def cabinet_traces(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 10, 2, generator=g), torch.rand(3, generator=g) * 4) for _ in range(n)]


def main():
    torch.manual_seed(29)
    model = CoatNet.pretrained(hidden=8)
    prepare(model)
    history = fit(model, cabinet_traces(4, seed=1), lr=5e-3)
    print("fine-tune losses", [round(h, 3) for h in history])
    print("tack-free hours", predict(model, cabinet_traces(1, seed=9)[0][0]).tolist())


if __name__ == "__main__":
    main()
