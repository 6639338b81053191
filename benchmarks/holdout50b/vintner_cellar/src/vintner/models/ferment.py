import torch.nn as nn


class FermentLSTM(nn.Module):
    """Brix / temperature / CO2 readings per hour -> days until dryness."""

    def __init__(self, n_sensors=3, hidden=10, layers=1, dropout=0.0):
        super().__init__()
        self.norm = nn.LayerNorm(n_sensors)
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.head(h[:, -1]).squeeze(-1)


def make_model(cfg):
    return FermentLSTM(cfg.get("sensors", 3), cfg.get("hidden", 10), cfg.get("layers", 1))
