import torch
from torch import nn

__all__ = ["CastingNet", "prepare", "fit_one"]


class CastingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, nonlinearity="relu", batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0]).squeeze(-1)


def prepare(model):
    """Warm-up forward in eval mode, then hand the model back ready for training."""
    model.eval()
    with torch.no_grad():
        model(torch.zeros(1, 2, 2))
    return model.train()


def fit_one(model, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    losses = []
    for _ in range(steps):
        x = torch.randn(3, 5, 2)
        loss = nn.functional.mse_loss(model(x), x.cumsum(1)[..., 0])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses
