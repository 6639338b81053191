# expect: crash
"""Ambulance dispatch ETA regression with plugins registered by a decorator into a list."""
import torch
from torch import nn

BEFORE_FIT = []


def before_fit(fn):
    BEFORE_FIT.append(fn)
    return fn


@before_fit
def log_param_count(model):
    print("params", sum(p.numel() for p in model.parameters()))


@before_fit
def freeze_batchnorm_stats(model):
    # meant for BatchNorm only, but eval() recurses into the whole model
    model.eval()


class EtaModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(5)
        self.lstm = nn.LSTM(5, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        b, t, f = x.shape
        x = self.norm(x.reshape(b * t, f)).reshape(b, t, f)
        return self.out(self.lstm(x)[0][:, -1]).squeeze(1)


def fit(model, x, y, epochs=2):
    for hook in BEFORE_FIT:
        hook(model)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(epochs):
        loss = nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    print(fit(EtaModel(), torch.randn(8, 6, 5), torch.rand(8) * 20))
