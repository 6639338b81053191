import torch
import torch.nn as nn

from ..analysis import grad_times_input


class LeakLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, cfg):
        torch.manual_seed(8)
        torch.backends.cudnn.enabled = cfg["train"]["cudnn"]
        self.cfg = cfg
        self.model = LeakLSTM(cfg["model"]["n_in"], cfg["model"]["hidden"])
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg["train"]["lr"])
        self.x = torch.randn(4, 5, cfg["model"]["n_in"])
        self.y = torch.randn(4)

    def run_phase(self, name):
        return getattr(self, "phase_" + name)()

    def phase_fit(self):
        self.model.train()
        for _ in range(self.cfg["train"]["steps"]):
            loss = ((self.model(self.x) - self.y) ** 2).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return round(loss.item(), 4)

    def phase_evaluate(self):
        self.model.eval()
        with torch.no_grad():
            return round(((self.model(self.x) - self.y) ** 2).mean().item(), 4)

    def phase_relevance(self):
        rel = grad_times_input(self.model, self.x)
        return rel.abs().sum(dim=(0, 1)).tolist()
