# expect: crash
"""Milking-parlour flow curves: pretrain a yield regressor on the whole herd, fine-tune on one farm.

For fine-tuning the statistics of the norm layers and every dropout are frozen (small farm batches).
"""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)

CFG = {"hidden": 12, "layers": 2, "pre_epochs": 2, "ft_epochs": 2, "lr": 3e-3}


class FlowNet(nn.Module):
    def __init__(self, n_feat=4, hidden=12, layers=2):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=layers, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.lstm(x)
        return self.head(self.drop(out[:, -1])).squeeze(-1)


def freeze_stochastic_parts(model):
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.Dropout, nn.LSTM)):
            m.eval()


def batches(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 8, 4, generator=g), torch.randn(6, generator=g)) for _ in range(n)]


def run_epochs(model, opt, data, epochs, tag):
    for ep in range(epochs):
        total = 0.0
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        log.info("%s epoch %d mse %.4f", tag, ep, total / len(data))


def main():
    torch.manual_seed(2)
    model = FlowNet(hidden=CFG["hidden"], layers=CFG["layers"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    model.train()
    run_epochs(model, opt, batches(1), CFG["pre_epochs"], "herd")
    freeze_stochastic_parts(model)
    run_epochs(model, opt, batches(2, 2), CFG["ft_epochs"], "farm")


if __name__ == "__main__":
    main()
