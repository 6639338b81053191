# expect: clean
"""Cordage maker: predict breaking strength of a hawser from twist readings
taken along the ropewalk. The engine is driven by a config dict."""
import torch

from ropewalk import Engine, SaliencyLogger, HistoryLogger, build_model

CONFIG = {
    "model": {"kind": "lstm", "in_dim": 3, "hidden": 12},
    "optim": {"lr": 5e-3},
    "epochs": 2,
    "batch": 4,
    "callbacks": ["history", "saliency"],
}


def main():
    torch.manual_seed(1)
    x = torch.randn(20, 7, 3)
    y = (x[..., 0].cumsum(1)[:, -1] > 0).long()
    model = build_model(**CONFIG["model"])
    callbacks = []
    for name in CONFIG["callbacks"]:
        callbacks.append(HistoryLogger() if name == "history" else SaliencyLogger(every=1))
    engine = Engine(model, CONFIG, callbacks)
    engine.fit((x[:16], y[:16]), (x[16:], y[16:]))
    print(engine.state["history"])


if __name__ == "__main__":
    main()
