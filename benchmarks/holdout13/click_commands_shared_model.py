# expect: crash
"""click-style command group written by hand: commands register into a dict on a group object and share one
context object. `evaluate` calls ctx.obj['net'].eval(); the `pipeline` command invokes evaluate then train."""
import torch
import torch.nn as nn


class Group:
    def __init__(self):
        self.commands = {}

    def command(self, name=None):
        def deco(fn):
            self.commands[name or fn.__name__] = fn
            return fn
        return deco

    def invoke(self, name, ctx, **kwargs):
        return self.commands[name](ctx, **kwargs)


cli = Group()


class Ctx:
    def __init__(self):
        self.obj = {}


@cli.command()
def setup(ctx, hidden=8):
    ctx.obj["net"] = nn.Sequential()
    ctx.obj["net"].add_module("rnn", nn.RNN(2, hidden, nonlinearity="relu", batch_first=True))
    ctx.obj["head"] = nn.Linear(hidden, 1)


@cli.command()
def evaluate(ctx):
    net, head = ctx.obj["net"], ctx.obj["head"]
    net.eval()
    head.eval()
    with torch.no_grad():
        return float(head(net(torch.randn(3, 4, 2))[0][:, -1]).mean())


@cli.command(name="train")
def train_cmd(ctx, steps=2):
    net, head = ctx.obj["net"], ctx.obj["head"]
    head.train()
    opt = torch.optim.SGD(list(net.parameters()) + list(head.parameters()), 0.01)
    for _ in range(steps):
        loss = head(net(torch.randn(3, 4, 2))[0][:, -1]).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


@cli.command()
def pipeline(ctx):
    for name in ("setup", "evaluate", "train"):
        cli.invoke(name, ctx)


cli.invoke("pipeline", Ctx())
print("done")
