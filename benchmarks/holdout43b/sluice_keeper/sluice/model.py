import torch
import torch.nn as nn


class GateModel(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.rnn = nn.LSTM(features, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)
        self.log_temp = nn.Parameter(torch.zeros(()), requires_grad=False)

    def logits(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)

    def forward(self, x):
        return self.logits(x) / self.log_temp.exp()


def build_model(cfg):
    return GateModel(cfg["features"], cfg["hidden"])
