# expect: clean
"""A prediction writer registers its logging method under the fit-start hook (`self.on_fit_start = self._log`); the
trainer finds hooks with getattr(cb, name, None). Logging only counts parameters: the model stays in training mode
(the writing method, which switches to eval, is registered under no hook)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class PredictionWriter:
    def __init__(self):
        self.rows = []
        self.on_fit_start = self._log

    def _write(self, model):
        model.eval()
        with torch.no_grad():
            self.rows.append(model(torch.randn(2, 5, 3)).tolist())

    def _log(self, model):
        self.rows.append(sum(p.numel() for p in model.parameters()))


def fit(model, callbacks, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for cb in callbacks:
        hook = getattr(cb, "on_fit_start", None)
        if callable(hook):
            hook(model)
    for _ in range(steps):
        loss = F.mse_loss(model(torch.randn(4, 5, 3)), torch.randn(4))
        opt.zero_grad()
        loss.backward()
        opt.step()


torch.manual_seed(0)
writer = PredictionWriter()
fit(Net(), [writer])
print(len(writer.rows))
