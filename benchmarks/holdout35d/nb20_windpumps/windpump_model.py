import torch
from torch import nn


class PumpGRU(nn.Module):
    """Reads gust logs at a drainage windpump (wind speed, direction change, sail rpm) and predicts
    litres lifted in the next hour."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(self.drop(out.mean(1))).squeeze(-1)


def build(pretrained_state=None, for_inference=False):
    model = PumpGRU()
    if pretrained_state is not None:
        model.load_state_dict(pretrained_state)
    if for_inference:
        model.eval()
    return model
