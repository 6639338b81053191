# expect: clean
"""A sampler takes its scoring function from a table of functions in another module (`SCORERS["entropy"]`) and keeps it; the
entropy scorer evaluates the classifier; the update after each query puts it back in training mode first."""
import torch
import torch.nn as nn

from scorers import SCORERS


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


class Sampler:
    def __init__(self, net, scorer):
        self.net = net
        self.scorer = scorer
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-2)

    def query_and_update(self, pool, labels):
        picked = self.scorer(self.net, pool).topk(3).indices
        self.net.train()
        loss = nn.functional.cross_entropy(self.net(pool[picked]), labels[picked])
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


torch.manual_seed(0)
sampler = Sampler(Classifier(), scorer=SCORERS["entropy"])
for _ in range(2):
    print(sampler.query_and_update(torch.randn(10, 4, 3), torch.randint(0, 2, (10,))))
