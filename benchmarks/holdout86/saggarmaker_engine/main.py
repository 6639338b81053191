# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from saggar import Engine, KilnCurveGRU, LossPrinter, SaliencyLogger  # noqa: E402

CONFIG = {"epochs": 2, "lr": 5e-3, "batch": 4, "steps": 7}


def loader(n, cfg):
    return [(torch.randn(cfg["batch"], cfg["steps"], 2), torch.randint(0, 2, (cfg["batch"],))) for _ in range(n)]


def main():
    torch.manual_seed(1)
    sal = SaliencyLogger()
    engine = Engine(KilnCurveGRU(), CONFIG, callbacks=[LossPrinter(), sal])
    state = engine.run(loader(3, CONFIG), loader(2, CONFIG))
    print("val", round(state["val_loss"], 3), "maps", len(sal.maps))


if __name__ == "__main__":
    main()
