# expect: clean
# category: nearmiss
"""Per-sample gradient norms of the output layer only (data valuation) on an eval-mode GRU classifier."""
import torch
from torch import nn

torch.manual_seed(78)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.GRU(6, 12, batch_first=True, bidirectional=True)
        self.head = nn.Linear(24, 3)

    def forward(self, x):
        return self.head(self.body(x)[0][:, -1])


net = Classifier()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
train_x, train_y = torch.randn(10, 7, 6), torch.randint(0, 3, (10,))
for _ in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(net(train_x), train_y).backward()
    opt.step()

net.eval()
scores = []
for i in range(len(train_x)):
    loss = nn.functional.cross_entropy(net(train_x[i:i + 1]), train_y[i:i + 1])
    # gradient w.r.t. the last layer's weight only: the graph below the head is not traversed
    g_w, g_b = torch.autograd.grad(loss, [net.head.weight, net.head.bias])
    scores.append(torch.cat([g_w.flatten(), g_b]).norm().item())

ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
print("most influential training samples:", ranked[:3])
print("gradient norms:", [round(s, 3) for s in scores])
print("least influential:", ranked[-3:])
assert len(scores) == 10
