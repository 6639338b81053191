import torch.nn as nn


class CrackForecaster(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.adapter = nn.Linear(n_sensors, n_sensors)
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        # the pretrained encoder stays deterministic whatever the wrapper's mode
        self.encoder.eval()
        return self

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1]).squeeze(-1)
