import torch.nn as nn


class CrackForecaster(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.adapter = nn.Linear(hidden, hidden)
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
        h, _ = self.encoder(x)
        return self.head(self.adapter(h[:, -1])).squeeze(-1)
