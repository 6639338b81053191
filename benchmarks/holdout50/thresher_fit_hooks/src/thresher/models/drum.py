import torch.nn as nn


class DrumLSTM(nn.Module):
    def __init__(self, n_features, hidden, layers):
        super().__init__()
        self.norm = nn.LayerNorm(n_features)
        self.lstm = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.lstm(self.norm(x))
        return self.head(out[:, -1]).squeeze(-1)


_BUILDERS = {"drum_lstm": DrumLSTM}


def build_model(name, **kwargs):
    return _BUILDERS[name](**kwargs)
