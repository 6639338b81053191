# expect: clean
# category: near-miss
"""TracIn-style data attribution restricted to the last layer: per-example gradients of the loss with
respect to the classifier weights only, for a trained BiGRU, compared by dot product."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(61)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(35, 8)
        self.gru = nn.GRU(8, 10, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(20, 3)

    def forward(self, x):
        return self.fc(self.gru(self.emb(x))[0].mean(1))


net = Classifier()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
train_x, train_y = torch.randint(0, 35, (12, 6)), torch.randint(0, 3, (12,))
for _ in range(5):
    loss = F.cross_entropy(net(train_x), train_y)
    opt.zero_grad()
    loss.backward()
    opt.step()

net.eval()


def last_layer_grad(x, y):
    loss = F.cross_entropy(net(x.unsqueeze(0)), y.unsqueeze(0))
    gw, gb = torch.autograd.grad(loss, [net.fc.weight, net.fc.bias])
    return torch.cat([gw.flatten(), gb])


test_x, test_y = torch.randint(0, 35, (6,)), torch.tensor(1)
g_test = last_layer_grad(test_x, test_y)
scores = torch.stack([last_layer_grad(x, y) @ g_test for x, y in zip(train_x, train_y)])
print("proponents:", scores.topk(3).indices.tolist(), "opponents:", (-scores).topk(3).indices.tolist())
