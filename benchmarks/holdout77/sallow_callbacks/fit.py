# expect: crash
"""Sallow coppice moisture classifier trained with a callback-driven trainer."""
import torch
from torch import nn
from sallow import Trainer, ProbeCallback, LossLogger


class CoppiceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, num_layers=2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(10, 3))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


torch.manual_seed(11)
batches = [(torch.randn(5, 8, 4), torch.randint(0, 3, (5,))) for _ in range(3)]
model = CoppiceNet()
trainer = Trainer(model, torch.optim.Adam(model.parameters(), 1e-2), nn.CrossEntropyLoss(),
                  callbacks=[ProbeCallback(torch.randn(2, 8, 4)), LossLogger()], epochs=2)
trainer.fit(batches)
