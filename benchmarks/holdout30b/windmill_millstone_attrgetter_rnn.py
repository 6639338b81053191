# expect: clean
"""Windmill millstone wear: predict the dressing interval of a millstone from the
sail speed, grain feed and stone-gap sensor.  After evaluation the training script
re-enables training only on the submodules named in the config, looked up with
operator.attrgetter on dotted (nested) names."""
import operator
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = SimpleNamespace(
    model=SimpleNamespace(hidden=10, dropout=0.2),
    finetune=SimpleNamespace(trainable="encoder.rnn", steps=2, lr=5e-3),
)


class Encoder(nn.Module):
    def __init__(self, hidden, dropout):
        super().__init__()
        self.proj = nn.Sequential(nn.Linear(3, hidden), nn.Dropout(dropout))
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        seq, _ = self.rnn(self.proj(x))
        return seq[:, -1]


class WearModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = Encoder(cfg.hidden, cfg.dropout)
        self.head = nn.Linear(cfg.hidden, 1)

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)


def mill_logs(n=6, t=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, t, 3, generator=g)
    return x, 30 + 10 * x[:, :, 2].mean(1)


def main():
    torch.manual_seed(13)
    model = WearModel(CFG.model)
    x, y = mill_logs()
    vx, vy = mill_logs(seed=1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(3):
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()

    model.eval()
    with torch.no_grad():
        print("val mse", F.mse_loss(model(vx), vy).item())

    # fine-tune on the new mill: only the configured part goes back to training mode
    operator.attrgetter(CFG.finetune.trainable)(model).train()
    ft = torch.optim.SGD(model.parameters(), lr=CFG.finetune.lr)
    for _ in range(CFG.finetune.steps):
        ft.zero_grad()
        loss = F.mse_loss(model(vx), vy)
        loss.backward()
        ft.step()
    print("fine-tuned", loss.item())


if __name__ == "__main__":
    main()
