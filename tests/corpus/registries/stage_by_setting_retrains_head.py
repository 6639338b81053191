# expect: crash
"""Loom warp-tension stages registered by a decorator and run in the order a settings dict lists: `calibrate`
freezes the normalisation statistics with `model.eval()`, and `tune` sets only the head back with `model.cls.train()`
before its backward: the LSTM is still in eval mode. Which class `STAGES[name]` builds is known only at run time, so the stage's own switch of
the submodule must survive being analysed for any of them."""
import torch
import torch.nn as nn


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(3)
        self.rnn = nn.LSTM(3, 6, batch_first=True)
        self.cls = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.cls(h[:, -1])


STAGES = {}


def stage(name):
    def register(cls):
        STAGES[name] = cls
        return cls
    return register


class Stage:
    def __init__(self, ctx):
        self.ctx = ctx
        self.model = ctx["model"]


@stage("calibrate")
class Calibrate(Stage):
    def run(self):
        self.model.eval()
        with torch.no_grad():
            self.ctx["acc"] = self.model(torch.randn(4, 5, 3)).argmax(-1).float().mean().item()


@stage("tune")
class Tune(Stage):
    def run(self):
        self.model.cls.train()
        opt = torch.optim.SGD(self.model.parameters(), lr=0.05)
        x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(self.model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


SETTINGS = {"order": ["calibrate", "tune"]}


def main(settings=SETTINGS):
    torch.manual_seed(4)
    ctx = {"model": TensionNet()}
    for name in settings["order"]:
        STAGES[name](ctx).run()
    print(ctx["acc"])


main()
