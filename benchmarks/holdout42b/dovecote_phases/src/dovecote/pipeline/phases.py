import torch
import torch.nn.functional as F

from ..nets import CountNet

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


def _batch(n=4):
    return torch.randn(n, 6, 4), torch.randn(n, 1)


@phase("fit")
def fit(state, settings):
    model = state["model"]
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(settings["steps"]):
        x, y = _batch()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    state["fit_loss"] = round(loss.item(), 4)


@phase("score")
def score(state, settings):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        x, y = _batch(8)
        state["val_mse"] = round(F.mse_loss(model(x), y).item(), 4)


@phase("relevance")
def relevance(state, settings):
    """Gradient * input relevance per feature."""
    model = state["model"]
    x, _ = _batch(2)
    x.requires_grad_(True)
    model(x).sum().backward()  # TM001-here
    state["relevance"] = [round(v, 4) for v in (x.grad * x).sum(dim=(0, 1)).tolist()]


def run_pipeline(settings):
    state = {"model": CountNet(hidden=settings["hidden"])}
    torch.manual_seed(9)
    for name in settings["phases"]:
        PHASES[name](state, settings)
    state.pop("model")
    return state
