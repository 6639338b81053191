# expect: clean
"""Same project, using the engine.py entry point that calls model.train() before each epoch."""
import torch
import torch.nn as nn

from engine import train_one_epoch_in_train_mode
from evaluation import validate


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Net()
optimizer = torch.optim.Adam(model.parameters())
train_batches = [(torch.randn(4, 5, 4), torch.randint(0, 3, (4,))) for _ in range(2)]
val_batches = [(torch.randn(4, 5, 4), torch.randint(0, 3, (4,)))]
for epoch in range(3):
    loss = train_one_epoch_in_train_mode(model, optimizer, train_batches)
    print(f"epoch {epoch}: loss {loss:.3f} acc {validate(model, val_batches):.2f}")
