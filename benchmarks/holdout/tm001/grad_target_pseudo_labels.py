# expect: clean
# category: grad_target
"""Self-training: eval-mode predictions become integer pseudo-labels through .tolist()/int()."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 16, batch_first=True)
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
net = Net()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
unlabeled = torch.randn(8, 5, 4)
for rnd in range(2):
    net.eval()
    logits = net(unlabeled)
    confident = [i for i, p in enumerate(logits.softmax(-1).max(-1).values.tolist()) if p > 0.0]
    pseudo = torch.tensor([int(logits[i].argmax()) for i in confident])
    net.train()
    loss = F.cross_entropy(net(unlabeled[confident]), pseudo)
    opt.zero_grad()
    loss.backward()
    opt.step()
