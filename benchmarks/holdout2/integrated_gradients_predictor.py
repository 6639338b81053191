# expect: crash
# category: wrappers
"""Integrated gradients, written by hand, over a Predictor object that wraps a trained GRU regressor."""
import torch
import torch.nn as nn

torch.manual_seed(24)


class DemandModel(nn.Module):
    def __init__(self, n_feat=4, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


class Predictor:
    """Serving-side wrapper: puts the model into inference mode once and exposes predict/forward_fn."""

    def __init__(self, model):
        self.model = model.eval()

    def predict(self, x):
        with torch.no_grad():
            return self.model(x)

    def forward_fn(self, x):
        return self.model(x)


def integrated_gradients(forward_fn, x, baseline=None, steps=8):
    baseline = torch.zeros_like(x) if baseline is None else baseline
    alphas = torch.linspace(0, 1, steps).view(-1, 1, 1, 1)
    path = (baseline + alphas * (x - baseline)).reshape(-1, *x.shape[1:]).requires_grad_(True)
    out = forward_fn(path).sum()
    grads = torch.autograd.grad(out, path)[0]  # TM001-here
    avg = grads.view(steps, *x.shape).mean(0)
    return (x - baseline) * avg


model = DemandModel()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
x_train, y_train = torch.randn(16, 7, 4), torch.randn(16)
for _ in range(3):
    loss = nn.functional.mse_loss(model(x_train), y_train)
    opt.zero_grad()
    loss.backward()
    opt.step()

predictor = Predictor(model)
week = torch.randn(1, 7, 4)
print("forecast", predictor.predict(week).item())
attr = integrated_gradients(predictor.forward_fn, week)
print("attribution per feature", attr.sum(dim=(0, 1)).tolist())
print("completeness gap", (attr.sum() - (predictor.predict(week) - predictor.predict(torch.zeros_like(week)))).item())
