from torch import nn


class Pipeline(nn.Module):
    """adapter (trainable) -> encoder (frozen, kept in eval) -> head (trainable)"""

    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.adapter = nn.Linear(n_sensors, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen part never leaves eval
        return self

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1])
