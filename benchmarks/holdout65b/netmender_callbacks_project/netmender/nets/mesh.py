import torch.nn as nn


class MeshGRU(nn.Module):
    """Reads a row of mesh-hole measurements and predicts whether the row needs mending."""

    def __init__(self, n_in=4, hid=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hid, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(hid, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(self.drop(h[:, -1]))
