# expect: crash
"""saddler: saddle-fit pressure sequences, with test-time training on each incoming batch."""
import torch

from models import build
from ttt import adapt_and_predict

CFG = {"arch": "gru", "features": 5, "hidden": 8, "inner_steps": 2, "inner_lr": 0.05}


def main():
    torch.manual_seed(12)
    model = build(CFG["arch"], CFG["features"], CFG["hidden"])
    model.eval()
    stream = [torch.randn(3, 6, CFG["features"]) for _ in range(2)]
    for i, batch in enumerate(stream):
        pred = adapt_and_predict(model, batch, CFG["inner_steps"], CFG["inner_lr"])
        print("batch", i, pred.shape)


if __name__ == "__main__":
    main()
