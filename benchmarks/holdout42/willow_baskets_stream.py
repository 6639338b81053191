# expect: crash
"""Willow baskets: weave-tension streams; a generator yields batches and runs a held-out check every few batches."""
import torch
from torch import nn

torch.manual_seed(0)


class WeaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])


def stream(model, n=6, check_every=3):
    held = torch.randn(4, 5, 2), torch.randint(0, 2, (4,))
    for i in range(n):
        if i and i % check_every == 0:
            model.eval()
            with torch.no_grad():
                acc = (model(held[0]).argmax(-1) == held[1]).float().mean().item()
            print("held-out", acc)
        yield torch.randn(4, 5, 2), torch.randint(0, 2, (4,))


model = WeaveNet()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.train()
for x, y in stream(model):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
