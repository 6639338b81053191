# expect: crash
"""Kite flying: which tether-tension features matter most for a stall?
Saliency on the learned embedding table of wind-gust codes, taken from the
evaluation-mode forecaster."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class GustForecaster(nn.Module):
    def __init__(self, n_codes=12, emb=6, hidden=8):
        super().__init__()
        self.codes = nn.Embedding(n_codes, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, idx):
        h, _ = self.rnn(self.codes(idx))
        return self.head(h[:, -1])


def fit(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        for idx, y in data:
            opt.zero_grad()
            nn.functional.cross_entropy(model(idx), y).backward()
            opt.step()


def code_saliency(model, idx, y):
    model.eval()
    loss = nn.functional.cross_entropy(model(idx), y)
    (g,) = torch.autograd.grad(loss, model.codes.weight)  # TM001-here
    return g.norm(dim=1)


data = [(torch.randint(0, 12, (4, 7)), torch.randint(0, 2, (4,))) for _ in range(3)]
net = GustForecaster()
fit(net, data)
sal = code_saliency(net, *data[0])
print("most salient gust code:", int(sal.argmax()))
