# expect: crash
"""Cooper stave-leak classifier: registry-built model, early stopping that reloads the best state dict."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from cooper import MODELS, EarlyStopper, evaluate, fit_epoch, polish  # noqa: E402

CFG = {"model": "stave_lstm", "n_in": 4, "hidden": 8, "epochs": 6, "patience": 1}


def batches(n):
    return [(torch.randn(4, 5, CFG["n_in"]), torch.randint(0, 2, (4,))) for _ in range(n)]


def main():
    torch.manual_seed(8)
    model = MODELS[CFG["model"]](CFG)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    stopper = EarlyStopper(CFG["patience"])
    train, val = batches(3), batches(2)
    for epoch in range(CFG["epochs"]):
        tl = fit_epoch(model, opt, train)
        vl = evaluate(model, val)
        print(f"epoch {epoch} train {tl:.4f} val {vl:.4f}")
        if stopper.update(model, vl):
            print("early stop")
            break
    stopper.restore(model)
    print("polish", polish(model, opt, batches(2)))


if __name__ == "__main__":
    main()
