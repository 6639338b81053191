# expect: crash
"""Fraud detection on card-transaction sequences, experiment described as a
dataclass whose model comes from a default_factory. The factory was written for
the scoring service (which only ever does inference)."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn

torch.manual_seed(15)


class TxnLSTM(nn.Module):
    def __init__(self, n_feat=4, hid=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hid, batch_first=True)
        self.head = nn.Linear(hid, 1)

    def forward(self, txns):
        _, (h, _) = self.lstm(txns)
        return self.head(h[-1]).squeeze(-1)


def serving_model():
    return TxnLSTM().eval()


@dataclass
class Experiment:
    name: str
    model: nn.Module = field(default_factory=serving_model)
    lr: float = 1e-3
    pos_weight: float = 5.0
    history: list = field(default_factory=list)

    def fit(self, batches):
        opt = torch.optim.Adam(self.model.parameters(), self.lr)
        crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(self.pos_weight))
        for txns, is_fraud in batches:
            loss = crit(self.model(txns), is_fraud)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            self.history.append(loss.item())


if __name__ == "__main__":
    exp = Experiment("fraud-lstm-v2")
    data = [(torch.randn(6, 5, 4), (torch.rand(6) < 0.2).float()) for _ in range(3)]
    exp.fit(data)
    print(exp.name, exp.history)
