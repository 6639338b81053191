import torch
import torch.nn as nn
import torch.nn.functional as F


class SplitsModel(nn.Module):
    def __init__(self, cell, hidden):
        super().__init__()
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[cell]
        self.rnn = rnn_cls(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, splits):
        h, _ = self.rnn(splits)
        return self.out(h[:, -1]).squeeze(-1)


class Engine:
    """Runs the phases listed in the config; callbacks get `on_<phase>_end`."""

    def __init__(self, config, callbacks=()):
        self.config = config
        self.model = SplitsModel(config["model"]["cell"], config["model"]["hidden"])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=config["optim"]["lr"])
        self.callbacks = list(callbacks)
        self.state = {"epoch": 0, "metrics": {}}

    def _fire(self, event, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, event, None)
            if fn is not None:
                fn(self, **kw)

    def train_phase(self, batches):
        self.model.train()
        losses = []
        for x, y in batches:
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            losses.append(loss.item())
        self.state["metrics"]["train"] = sum(losses) / len(losses)
        self._fire("on_train_end", batches=batches)

    def valid_phase(self, batches):
        self.model.eval()
        with torch.no_grad():
            errs = [(self.model(x) - y).abs().mean().item() for x, y in batches]
        self.state["metrics"]["valid_mae"] = sum(errs) / len(errs)
        self._fire("on_valid_end", batches=batches)

    def run(self, data):
        for epoch in range(self.config["epochs"]):
            self.state["epoch"] = epoch
            for phase in self.config["phases"]:
                getattr(self, f"{phase}_phase")(data[phase])
        return self.state
