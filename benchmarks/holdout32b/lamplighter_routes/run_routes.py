# expect: clean
"""Lamplighter routes: predict minutes per lamp from street features; periodic evaluation inside the batch loop."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from lamplight import RouteNet, RouteTrainer  # noqa: E402


def fake_routes(n_routes=6, lamps=7):
    feats = torch.randn(n_routes, lamps, 4)
    minutes = feats[:, :, 0].abs().cumsum(1)[:, -1:] + 2.0
    return list(zip(feats.split(2), minutes.split(2)))


def main():
    torch.manual_seed(4)
    trainer = RouteTrainer(RouteNet(n_feat=4, hidden=8), lr=1e-2, eval_every=2)
    trainer.fit(fake_routes(), epochs=2)
    print("history", [round(v, 3) for v in trainer.history["val"]])


if __name__ == "__main__":
    main()
