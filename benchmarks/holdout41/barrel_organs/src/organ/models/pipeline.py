from torch import nn


class Pipeline(nn.Module):
    """encoder (frozen, kept in eval, reads raw sensors) -> adapter (trainable) -> head (trainable)"""

    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_sensors, hidden, batch_first=True)
        self.adapter = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen part never leaves eval
        return self

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(self.adapter(h[:, -1]).relu())
