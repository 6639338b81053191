# expect: crash
"""Paragliding launch-log pipeline: pretrain, calibrate the temperature, fine-tune on this season."""
import torch

from paraglide import MODELS, PhaseEngine, build_model

CONFIG = {
    "model": {"type": "launch_gru", "n_in": 4, "hidden": 12},
    "lr": 5e-3,
    "order": ["pretrain", "calibrate", "season_finetune"],
    "phases": {
        "pretrain": {"kind": "fit", "mode": "train", "split": "archive", "epochs": 2},
        "calibrate": {"kind": "calibrate", "mode": "eval", "split": "val", "iters": 10},
        "season_finetune": {"kind": "fit", "split": "season", "epochs": 1},
    },
}


def launches(n_batches, seed, bs=6, steps=10):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(bs, steps, 4, generator=g)
        y = torch.bucketize(x[:, -3:, 1].mean(1), torch.tensor([-0.5, 0.5]))
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(2)
    print("registered models:", sorted(MODELS))
    model = build_model(CONFIG["model"])
    engine = PhaseEngine(model, CONFIG)
    data = {"archive": launches(3, 0), "val": launches(2, 1), "season": launches(2, 2)}
    for row in engine.run(data):
        print(*row)
