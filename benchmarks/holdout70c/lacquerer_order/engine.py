"""Config-driven engine for the lacquerer notebook: phases are looked up by name."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CoatNet(nn.Module):
    """Layer-by-layer humidity/temperature log of a lacquer coat -> gloss class (4)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def _step(model, opt, xb, yb):
    opt.zero_grad()
    loss = F.cross_entropy(model(xb), yb)
    loss.backward()
    opt.step()
    return loss.item()


def phase_fit(state, cfg):
    state["model"].train()
    for _ in range(cfg["fit_epochs"]):
        for xb, yb in state["train"]:
            state["last"] = _step(state["model"], state["opt"], xb, yb)


def phase_eval(state, cfg):
    state["model"].eval()
    x, y = state["val"]
    with torch.no_grad():
        state["acc"] = (state["model"](x).argmax(1) == y).float().mean().item()


def phase_finetune(state, cfg):
    xb, yb = state["val"]
    for _ in range(cfg["ft_steps"]):
        state["last"] = _step(state["model"], state["opt"], xb, yb)


PHASES = {"fit": phase_fit, "eval": phase_eval, "finetune": phase_finetune}


def run(cfg, data):
    model = CoatNet(cfg["hidden"])
    state = {"model": model, "opt": torch.optim.Adam(model.parameters(), cfg["lr"]), **data}
    for name in cfg["phases"]:
        PHASES[name](state, cfg)
    return state
