# expect: crash
"""gin-config style: a tiny `configurable` decorator keeps a registry of bindings, the model is built from a
string name, and `eval_every` triggers an evaluation hook that calls `.eval()` on the trainer's model and never
switches back."""
import functools
import torch
import torch.nn as nn

_BINDINGS = {"Trainer.steps": 6, "Trainer.eval_every": 2, "build_model.name": "bilstm", "BiLSTM.hidden": 12}
_REGISTRY = {}


def configurable(fn_or_cls):
    name = fn_or_cls.__name__
    _REGISTRY[name] = fn_or_cls
    if isinstance(fn_or_cls, type):
        orig = fn_or_cls.__init__

        @functools.wraps(orig)
        def init(self, *a, **kw):
            for k, v in _BINDINGS.items():
                scope, arg = k.split(".")
                if scope == name:
                    kw.setdefault(arg, v)
            orig(self, *a, **kw)
        fn_or_cls.__init__ = init
        return fn_or_cls

    @functools.wraps(fn_or_cls)
    def wrapper(*a, **kw):
        for k, v in _BINDINGS.items():
            scope, arg = k.split(".")
            if scope == name:
                kw.setdefault(arg, v)
        return fn_or_cls(*a, **kw)
    return wrapper


@configurable
class BiLSTM(nn.Module):
    def __init__(self, hidden=4):
        super().__init__()
        self.seq = nn.LSTM(5, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.out(self.seq(x)[0].mean(1)).squeeze(-1)


@configurable
def build_model(name="mlp"):
    return {"bilstm": BiLSTM}[name]()


def evaluation_hook(model, data):
    model.eval()
    with torch.no_grad():
        return float(nn.functional.mse_loss(model(data[0]), data[1]))


@configurable
class Trainer:
    def __init__(self, steps=1, eval_every=1, hooks=(evaluation_hook,)):
        self.steps, self.eval_every, self.hooks = steps, eval_every, hooks
        self.model = build_model()
        self.opt = torch.optim.Adam(self.model.parameters(), 1e-3)

    def run(self, data):
        for step in range(1, self.steps + 1):
            loss = nn.functional.mse_loss(self.model(data[0]), data[1])
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            if step % self.eval_every == 0:
                for hook in self.hooks:
                    print("step", step, "eval", hook(self.model, data))


Trainer().run((torch.randn(4, 6, 5), torch.randn(4)))
print("done")
