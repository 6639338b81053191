import torch
import torch.nn as nn
import torch.nn.functional as F


class CrazingModule(nn.Module):
    def __init__(self, hidden, lr):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True)
        self.clf = nn.Linear(hidden, 1)
        self.lr = lr

    def forward(self, curve):
        out, _ = self.rnn(curve)
        return self.clf(out[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        curve, crazed = batch
        return F.binary_cross_entropy_with_logits(self(curve), crazed)

    def predict_step(self, curve, batch_idx):
        return torch.sigmoid(self(curve))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
