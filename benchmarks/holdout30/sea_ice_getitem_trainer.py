# expect: crash
"""Sea-ice buoy drift: a trainer whose phases are looked up by name, with an input-gradient probe at evaluation."""
import torch
import torch.nn as nn


class Drift(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def __getitem__(self, phase):
        return {"fit": self._fit, "eval": self._eval, "probe": self._probe}[phase]

    def _fit(self, x, y):
        self.model.train()
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def _eval(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self.model(x), y).item()

    def _probe(self, x, y):
        """Input-gradient regularity of the evaluated model: how smooth is drift w.r.t. wind?"""
        x = x.clone().requires_grad_(True)
        err = nn.functional.mse_loss(self.model(x), y)
        err.backward()  # TM001-here
        return x.grad.norm(dim=-1).mean().item()


torch.manual_seed(14)
trainer = Trainer(Drift())
x, y = torch.randn(6, 12, 3), torch.randn(6, 2)
for phase in ["fit", "fit", "eval", "probe"]:
    print(phase, trainer[phase](x, y))
