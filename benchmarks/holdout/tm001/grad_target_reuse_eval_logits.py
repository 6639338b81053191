# expect: crash
# category: grad_target
"""Self-training with entropy minimisation on the very logits used for pseudo-labelling."""
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
    pseudo = torch.tensor(logits.argmax(-1).tolist())
    net.train()
    loss = F.cross_entropy(net(unlabeled), pseudo) - 0.1 * (logits.softmax(-1) * logits.log_softmax(-1)).sum(-1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
