# expect: clean
"""Tide-gauge forecasting run as named phases: the script passes its settings inline, a dict whose "phases" list
the runner dispatches through a table filled by a decorator. Scoring leaves the model in eval mode, but the
list fits again before the relevance phase backpropagates to the input through the GRU."""
import torch
import torch.nn as nn
import torch.nn.functional as F

PHASES = {}


def phase(name):
    def register(fn):
        PHASES[name] = fn
        return fn
    return register


class TideNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def batch(n=4):
    return torch.randn(n, 7, 3), torch.randn(n, 1)


@phase("fit")
def fit(state, settings):
    model = state["model"]
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(settings["steps"]):
        x, y = batch()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


@phase("score")
def score(state, settings):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        x, y = batch(8)
        state["mse"] = F.mse_loss(model(x), y).item()


@phase("relevance")
def relevance(state, settings):
    x, _ = batch(2)
    x.requires_grad_(True)
    state["model"](x).sum().backward()
    state["relevance"] = (x.grad * x).sum(dim=(0, 1)).tolist()


def run(settings):
    state = {"model": TideNet(settings["hidden"])}
    for name in settings["phases"]:
        PHASES[name](state, settings)
    return state


if __name__ == "__main__":
    torch.manual_seed(3)
    print(sorted(run({"hidden": 8, "steps": 2, "phases": ["fit", "score", "fit", "relevance"], "tag": "gauge-7"})))
