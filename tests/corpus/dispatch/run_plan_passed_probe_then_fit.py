# expect: crash
"""A run plan written as data (a dict of stage rows) handed to a runner: each row may name a mode and names a
step from a table. The probe row leaves the model in eval mode and the next row fits without naming one."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def fit(model, opt, x):
    opt.zero_grad()
    loss = model(x).pow(2).mean()
    loss.backward()  # TM001-here
    opt.step()


def probe(model, opt, x):
    with torch.no_grad():
        return model(x).mean().item()


STEPS = {"fit": fit, "probe": probe}


def run_plan(model, plan):
    opt = torch.optim.SGD(model.parameters(), lr=plan["lr"])
    x = torch.randn(3, 5, 4)
    stages = plan["stages"]
    for stage in stages:
        mode = stage.get("mode")
        if mode is not None:
            getattr(model, mode)()
        STEPS[stage["step"]](model, opt, x)


def main():
    plan = {
        "lr": 0.05,
        "stages": [
            {"mode": "train", "step": "fit"},
            {"mode": "eval", "step": "probe"},
            {"step": "fit"},
        ],
    }
    run_plan(Tagger(), plan)


if __name__ == "__main__":
    main()
