# expect: clean
"""`@evaluating(model)` is a contextlib.ContextDecorator whose __enter__ puts only the model's head in eval mode (no
dropout on the scores); the GRU stays in train mode, so the saliency backward through it is fine."""
import contextlib

import torch
import torch.nn as nn


class evaluating(contextlib.ContextDecorator):
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.model.head.eval()
        return self

    def __exit__(self, *exc):
        return False


class SentimentNet(nn.Module):
    def __init__(self, emb=4, hidden=6):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 2))

    def forward(self, x):
        _, h = self.encoder(x)
        return self.head(h[-1])


torch.manual_seed(0)
model = SentimentNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(2):
    x, y = torch.randn(4, 5, 4), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()


@evaluating(model)
def saliency(x, target):
    x = x.clone().requires_grad_(True)
    score = model(x)[:, target].sum()
    score.backward()
    return x.grad.abs().sum(-1)


print(saliency(torch.randn(2, 5, 4), target=1))
