# expect: crash
"""Near miss of frozen_but_head: the input projection is unfrozen instead; its gradient has to pass
back through the frozen eval-mode LSTM."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        return self.classifier(self.lstm(self.emb(x))[0][:, -1])


model = Net()
model.requires_grad_(False)
model.emb.requires_grad_(True)
model.eval()
opt = torch.optim.SGD(model.emb.parameters(), lr=0.1)
for _ in range(3):
    loss = nn.functional.cross_entropy(model(torch.randn(4, 5, 3)), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
