# expect: crash
"""Pearl-diver dive profiles: predict next-dive bottom time, with MC-dropout uncertainty
mixed into training (the 'uncertainty-aware' schedule from a lab notebook)."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("pearldiver")

CFG = {"n_in": 4, "hidden": 10, "batch": 6, "seq": 7, "epochs": 2, "mc_passes": 3, "lr": 3e-3}


class DiveNet(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_in)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def freeze_stats_keep_dropout(model):
    """Deterministic normalisation for the MC passes; dropout stays stochastic."""
    model.train()
    for m in model.modules():
        if isinstance(m, (nn.Dropout, nn.LSTM)):
            m.eval() if not isinstance(m, nn.Dropout) else m.train()


def mc_weights(model, x, passes):
    freeze_stats_keep_dropout(model)
    with torch.no_grad():
        preds = torch.stack([model(x) for _ in range(passes)])
    return 1.0 / (1.0 + preds.var(0))


def main():
    torch.manual_seed(6)
    model = DiveNet(CFG["n_in"], CFG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    data = [(torch.randn(CFG["batch"], CFG["seq"], CFG["n_in"]), torch.randn(CFG["batch"])) for _ in range(3)]
    for epoch in range(CFG["epochs"]):
        for step, (x, y) in enumerate(data):
            w = mc_weights(model, x, CFG["mc_passes"])
            opt.zero_grad()
            loss = (w * (model(x) - y) ** 2).mean()
            loss.backward()  # TM001-here
            opt.step()
            log.info("epoch %d step %d weighted mse %.4f", epoch, step, loss.item())


if __name__ == "__main__":
    main()
