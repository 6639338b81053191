# expect: clean
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from pagoda import BellResonanceNet, Engine, LossPrinter, SaliencyLogger  # noqa: E402

CONFIG = {"hidden": 10, "lr": 5e-3, "epochs": 2, "batch": 4, "steps": 9}


def batches(n, cfg):
    return [(torch.randn(cfg["batch"], cfg["steps"], 5), torch.randint(0, 3, (cfg["batch"],))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    model = BellResonanceNet(hidden=CONFIG["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=CONFIG["lr"])
    engine = Engine(model, opt, callbacks=[SaliencyLogger(), LossPrinter()], epochs=CONFIG["epochs"])
    engine.fit(batches(3, CONFIG), batches(2, CONFIG))
