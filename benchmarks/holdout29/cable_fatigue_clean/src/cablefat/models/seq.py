import torch.nn as nn


class FatigueLSTM(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1])


def build_model(cfg):
    m = FatigueLSTM(cfg.get("d", 3), cfg.get("h", 8))
    if cfg.get("deterministic_init"):
        m.eval()
    return m
