from torch import nn


class PlaqueNet(nn.Module):
    """Plaque index from an electric toothbrush's pressure/position stream.

    The GRU encoder comes pre-trained on many brushes and stays frozen; train() keeps it in eval
    so its dropout stays off while the rest of the model trains.
    """

    def __init__(self, n_channels=4, hidden=8):
        super().__init__()
        self.encoder = nn.GRU(n_channels, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.adapter = nn.Linear(n_channels, n_channels)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, readings):
        z = self.encoder(self.adapter(readings))[0]
        return self.head(z[:, -1]).squeeze(-1)
