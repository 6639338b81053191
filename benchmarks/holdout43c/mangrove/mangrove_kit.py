"""Shared bits for the mangrove-planting survival notebooks.

Every planted propagule is visited monthly: salinity, tidal inundation hours, sediment height, leaf count.
Target: alive after 18 months.
"""
import torch
import torch.nn as nn

VISITS = 9
FEATURES = ("salinity", "inundation", "sediment", "leaves")


def survey(n, site_bias=0.0):
    x = torch.randn(n, VISITS, len(FEATURES))
    score = -0.6 * x[:, :, 0].mean(1) + x[:, -3:, 3].mean(1) + site_bias
    return x, (score > 0).float()


class evaluating:
    """Context manager: put a module in eval mode, restore whatever mode it had on exit."""

    def __init__(self, module):
        self.module = module
        self.was_training = None

    def __enter__(self):
        self.was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.was_training)
        return False


class SurvivalLSTM(nn.Module):
    def __init__(self, hidden=8, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(len(FEATURES), hidden, num_layers=layers, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)
