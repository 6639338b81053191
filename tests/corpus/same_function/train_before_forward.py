# expect: clean
"""Evaluate first (eval + no_grad), then switch back with train() before training."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


torch.manual_seed(0)
model = Classifier()
model.eval()
with torch.no_grad():
    baseline = model(torch.randn(10, 7, 6)).argmax(-1)
print("baseline predictions", baseline.tolist())

model.train()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(3):
    x, y = torch.randn(10, 7, 6), torch.randint(0, 3, (10,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
