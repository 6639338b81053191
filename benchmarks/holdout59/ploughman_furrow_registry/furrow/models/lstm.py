import torch
import torch.nn as nn

from .registry import register


@register("furrow_lstm")
class FurrowLSTM(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.depth = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.depth(h).squeeze(-1)

    @classmethod
    def from_checkpoint(cls, path, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(torch.load(path))
        return model.eval()
