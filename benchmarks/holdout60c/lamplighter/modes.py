"""Mode helpers for the lamplighter notebooks."""
import torch.nn as nn


class EvalMode:
    """`with EvalMode(model):` -> eval inside, previous mode restored on exit."""

    def __init__(self, module: nn.Module):
        self.module = module
        self._prev = None

    def __enter__(self):
        self._prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._prev)
        return False


class FlickerLSTM(nn.Module):
    """Classifies gas-lamp flicker traces: steady / draught / failing mantle."""

    def __init__(self, n_in=2, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
