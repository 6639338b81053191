"""Phase engine for the charabanc timetable notebook: phases are chosen by name from a config dict."""
import torch
import torch.nn as nn


class Timetable(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])


def batch_stream(x, y, bs, model, mode):
    for i in range(0, len(x), bs):
        if mode == "eval":
            model.eval()
        yield x[i:i + bs], y[i:i + bs]


def phase_fit(state, x, y):
    model, opt = state["model"], state["opt"]
    for xb, yb in batch_stream(x, y, state["cfg"]["batch"], model, "train"):
        opt.zero_grad()
        loss = ((model(xb) - yb) ** 2).mean()
        loss.backward()  # TM001-here
        opt.step()
    state["log"].append(("fit", loss.item()))


def phase_check(state, x, y):
    model = state["model"]
    with torch.no_grad():
        errs = [((model(xb) - yb) ** 2).mean().item()
                for xb, yb in batch_stream(x, y, state["cfg"]["batch"], model, "eval")]
    state["log"].append(("check", sum(errs) / len(errs)))


PHASES = {"fit": phase_fit, "check": phase_check}


def run(cfg, x, y):
    torch.manual_seed(cfg["seed"])
    model = Timetable(cfg["hidden"]).train()
    state = {"cfg": cfg, "model": model, "log": [],
             "opt": torch.optim.Adam(model.parameters(), lr=cfg["lr"])}
    for name in cfg["phases"]:
        PHASES[name](state, x, y)
    return state
