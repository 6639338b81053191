import torch
import torch.nn as nn
import torch.nn.functional as F


class BurnModule(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.n_in = n_in
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, num_layers=2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return torch.sigmoid(self.out(h[:, -1]))

    def sample(self):
        x = torch.randn(4, 9, self.n_in)
        return x, (x[:, -1, :1] > 0).float()

    def training_step(self, batch, idx):
        x, y = batch
        return F.binary_cross_entropy(self(x), y)

    validation_step = training_step

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=2e-3)
