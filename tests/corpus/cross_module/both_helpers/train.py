# expect: crash
"""Both the epoch loop (engine.py) and the validation (evaluation.py) live in other modules; validation's
eval() reaches the next epoch's backward in engine.py through this file's loop."""
import torch
import torch.nn as nn

from engine import train_one_epoch
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
model.train()
for epoch in range(3):
    loss = train_one_epoch(model, optimizer, train_batches)  # TM001-here
    print(f"epoch {epoch}: loss {loss:.3f} acc {validate(model, val_batches):.2f}")
