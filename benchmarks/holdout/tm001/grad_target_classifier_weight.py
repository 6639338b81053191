# expect: clean
# category: grad_target
"""Per-sample gradient norms of the last layer only (a cheap data-valuation score), model in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(40, 16)
        self.rnn = nn.LSTM(16, 16, batch_first=True)
        self.classifier = nn.Linear(16, 3)

    def forward(self, x):
        return self.classifier(self.rnn(self.embedding(x))[0][:, -1])


torch.manual_seed(0)
model = Net()
model.eval()
x, y = torch.randint(0, 40, (5, 6)), torch.randint(0, 3, (5,))
scores = []
for i in range(len(x)):
    loss = F.cross_entropy(model(x[i:i + 1]), y[i:i + 1])
    (g,) = torch.autograd.grad(loss, model.classifier.weight)
    scores.append(g.norm().item())
print(scores)
