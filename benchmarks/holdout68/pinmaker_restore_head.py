# expect: clean
"""Pin-drawing line: restore a pretrained wire-gauge forecaster and adapt it to a new spool."""
import io

import torch
from torch import nn


class GaugeForecaster(nn.Module):
    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.RNN(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x))
        return self.head(h).squeeze(-1)

    @classmethod
    def restore(cls, blob, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(blob))
        return model.eval()


def pretrain_blob():
    buf = io.BytesIO()
    torch.save(GaugeForecaster().state_dict(), buf)
    buf.seek(0)
    return buf


def adapt(model, spool, steps=4):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=0.05)
    for step in range(steps):
        x, y = spool[step % len(spool)]
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(3)
    model = GaugeForecaster.restore(pretrain_blob())
    for p in list(model.proj.parameters()) + list(model.rnn.parameters()):
        p.requires_grad_(False)
    spool = [(torch.randn(4, 8, 2), torch.randn(4, 8)) for _ in range(2)]
    print("adapted", adapt(model, spool))
