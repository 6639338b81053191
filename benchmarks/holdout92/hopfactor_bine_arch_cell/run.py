# expect: clean
import torch

from bines import *  # noqa: F401,F403

CONFIG = {"arch": "cell", "hidden": 8, "adapt_lr": 1e-3}


def yard(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 9, 4, generator=g), torch.randn(5, generator=g)) for _ in range(n)]


def build(cfg):
    if cfg["arch"] == "gru":
        net = BineGRU(hidden=cfg["hidden"])  # noqa: F405
    elif cfg["arch"] == "cell":
        net = BineCellNet(hidden=cfg["hidden"])  # noqa: F405
    else:
        net = BineConv(hidden=cfg["hidden"])  # noqa: F405
    return net


if __name__ == "__main__":
    torch.manual_seed(10)
    model = build(CONFIG).eval()
    with torch.no_grad():
        before = sum(torch.nn.functional.smooth_l1_loss(model(x), y).item() for x, y in yard(2)) / 3
    after = adapt_on_yard(model, yard(2), lr=CONFIG["adapt_lr"])  # noqa: F405
    print(CONFIG["arch"], "before", round(before, 4), "after", round(after, 4))
