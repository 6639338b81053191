import torch
import torch.nn as nn
import torch.nn.functional as F

from .steps import finetune_step, train_step


class Binder(nn.Module):
    def __init__(self, inputs, hidden):
        super().__init__()
        self.rnn = nn.LSTM(inputs, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class Engine:
    def __init__(self, cfg):
        m = cfg["model"]
        self.cfg = cfg
        self.model = Binder(m["inputs"], m["hidden"])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg["lr"])
        self.data = lambda: (torch.randn(4, 6, m["inputs"]), torch.randn(4, 1))

    def phase_warmup(self):
        self.model.train()
        return sum(train_step(self.model, self.opt, self.data()) for _ in range(self.cfg["steps"]))

    def phase_evaluate(self):
        self.model.eval()
        with torch.no_grad():
            x, y = self.data()
            return F.mse_loss(self.model(x), y).item()

    def phase_finetune(self):
        # lower LR for the last few steps; mode is whatever the previous phase left
        for g in self.opt.param_groups:
            g["lr"] *= 0.1
        return sum(finetune_step(self.model, self.opt, self.data()) for _ in range(self.cfg["steps"]))

    def run_phase(self, name):
        return getattr(self, "phase_" + name)()
