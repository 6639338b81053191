# expect: crash
# category: wrappers
"""Adversarially robust EEG-window classifier (LSTM) trained with the TRADES objective."""
import torch
import torch.nn as nn

from attacks import trades_loss

torch.manual_seed(80)


class EEGNetLSTM(nn.Module):
    def __init__(self, channels=4, hidden=12, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.bn = nn.BatchNorm1d(hidden)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc(self.bn(self.lstm(x)[0][:, -1]))


def loader(n=3):
    for _ in range(n):
        yield torch.randn(8, 32, 4), torch.randint(0, 3, (8,))


model = EEGNetLSTM()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
for epoch in range(2):
    model.train()
    for batch_idx, (x, y) in enumerate(loader()):
        optimizer.zero_grad()
        loss = trades_loss(model, x, y)
        loss.backward()
        optimizer.step()
        print(f"epoch {epoch} batch {batch_idx}: loss {loss.item():.4f}")
