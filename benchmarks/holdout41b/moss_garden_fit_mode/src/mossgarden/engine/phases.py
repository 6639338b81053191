import torch
import torch.nn.functional as F

from .modes import set_mode

PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


@phase("fit")
def fit(state, batch):
    x, y = batch
    loss = F.mse_loss(state["model"](x), y)
    state["opt"].zero_grad()
    loss.backward()
    state["opt"].step()
    return {"loss": loss.item()}


@phase("score")
def score(state, batch):
    x, y = batch
    with torch.no_grad():
        return {"mae": (state["model"](x) - y).abs().mean().item()}


@phase("relevance")
def relevance(state, batch):
    """Gradient*input relevance per time step on a validation batch."""
    x, _ = batch
    x = x.clone().requires_grad_(True)
    out = state["model"](x).sum()
    out.backward()
    rel = (x.grad * x).sum(-1).abs().mean(0)
    return {"relevance": [round(v, 3) for v in rel.tolist()]}


def run_schedule(state, schedule, batches):
    logs = []
    for entry in schedule:
        name = entry["phase"]
        set_mode(state["model"], entry.get("mode", name))
        for _ in range(entry.get("repeat", 1)):
            for batch in batches[entry.get("split", "train")]:
                logs.append((name, PHASES[name](state, batch)))
    return logs
