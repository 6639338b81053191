# expect: clean
"""Named-entity recognition for e-commerce queries (BiLSTM tagger). Phases are
classes registered by a metaclass and run in the order given by the recipe."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(29)
PHASES = {}


class PhaseMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if ns.get("key"):
            PHASES[ns["key"]] = cls
        return cls


class Phase(metaclass=PhaseMeta):
    key = None

    def __init__(self, ctx):
        self.ctx = ctx

    def run(self):
        raise NotImplementedError


class Train(Phase):
    key = "train"

    def run(self):
        m, opt = self.ctx["model"], self.ctx["opt"]
        m.train()
        for x, y in self.ctx["train"]:
            loss = F.cross_entropy(m(x).flatten(0, 1), y.flatten())
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.ctx["log"].append(("train", loss.item()))


class Validate(Phase):
    key = "validate"

    @torch.no_grad()
    def run(self):
        m = self.ctx["model"]
        m.eval()
        acc = sum((m(x).argmax(-1) == y).float().mean().item() for x, y in self.ctx["dev"]) / len(self.ctx["dev"])
        self.ctx["log"].append(("validate", acc))


class Tagger(nn.Module):
    def __init__(self, vocab=30, d=8, tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * d, tags)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])


if __name__ == "__main__":
    model = Tagger()
    ctx = dict(model=model, opt=torch.optim.Adam(model.parameters(), 1e-3), log=[],
               train=[(torch.randint(0, 30, (4, 6)), torch.randint(0, 5, (4, 6))) for _ in range(2)],
               dev=[(torch.randint(0, 30, (4, 6)), torch.randint(0, 5, (4, 6)))])
    for key in ["train", "validate", "train", "validate"]:
        PHASES[key](ctx).run()
    print(ctx["log"])
