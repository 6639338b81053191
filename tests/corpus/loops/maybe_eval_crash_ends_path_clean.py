# expect: clean
"""Two forward/backward passes per step (SAM-style); every other step a probe puts the model in eval mode
between them, and the model goes back to train mode right after it."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).mean().item()


model = Tagger()
crit = nn.CrossEntropyLoss()
model.train()
for step in range(3):
    x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
    crit(model(x), y).backward()
    if step % 2 == 1:
        print("probe", probe(model, x))
        model.train()
    crit(model(x), y).backward()
