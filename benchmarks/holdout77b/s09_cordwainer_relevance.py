# expect: crash
"""Cordwainer stitch-sequence quality: relevance as gradient * input, computed
by an explainer object whose `model` property hands out the network in
inference mode."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class StitchRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(3, 8)
        self.rnn = nn.RNN(8, 8, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


class Explainer:
    def __init__(self, net):
        self._net = net

    @property
    def model(self):
        return self._net.train(False)

    def relevance(self, x, target):
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, target[:, None]).sum()
        score.backward()  # TM001-here
        return (x.grad * x).sum(-1)


net = StitchRNN()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(4, 9, 3), torch.randint(0, 2, (4,))
    opt.zero_grad(); nn.functional.cross_entropy(net(x), y).backward(); opt.step()

xs = torch.randn(2, 9, 3)
rel = Explainer(net).relevance(xs, torch.tensor([0, 1]))
print(rel.shape)
