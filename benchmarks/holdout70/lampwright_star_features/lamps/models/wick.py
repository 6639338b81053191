import torch
from torch import nn

__all__ = ["WickNet", "fine_tune"]


class WickNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def features(self, x):
        h, _ = self.rnn(x)
        return h[:, -1]

    def forward(self, x):
        return self.head(self.features(x)).squeeze(-1)

    @classmethod
    def pretrained(cls, seed=0):
        torch.manual_seed(seed)
        model = cls()
        return model.eval()


def fine_tune(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.head.parameters(), lr=lr)
    for x, y in batches:
        with torch.no_grad():
            feats = model.features(x)
        pred = model.head(feats).squeeze(-1)
        loss = nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def _unused_helper():
    return None
