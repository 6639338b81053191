# expect: clean
"""Representer-point explanations for a GRU text classifier.

alpha_i = -1/(2*lambda*n) * dL/dphi(x_i): the gradient is taken w.r.t. the
penultimate features only, so nothing is differentiated through the GRU.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
LAMBDA = 1e-2


class GRUClassifier(nn.Module):
    def __init__(self, vocab=25, emb=6, hid=8, ncls=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hid, batch_first=True)
        self.head = nn.Linear(hid, ncls)

    def features(self, tokens):
        _, h = self.gru(self.emb(tokens))
        return h[-1]

    def forward(self, tokens):
        return self.head(self.features(tokens))


def fit(model, x, y, steps=5):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(steps):
        loss = F.cross_entropy(model(x), y) + LAMBDA * model.head.weight.pow(2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()


def representer_values(model, x, y):
    model.eval()
    feats = model.features(x)
    logits = model.head(feats)
    loss = F.cross_entropy(logits, y, reduction="sum")
    # gradient w.r.t. the features; the GRU's backward is never needed
    g, = torch.autograd.grad(loss, feats)
    alpha = -g / (2 * LAMBDA * x.shape[0])
    return alpha, feats.detach()


def explain(model, alpha, train_feats, test_tokens):
    with torch.no_grad():
        f = model.features(test_tokens)
    sim = f @ train_feats.T
    return sim.unsqueeze(-1) * alpha.unsqueeze(0)


if __name__ == "__main__":
    x = torch.randint(0, 25, (6, 5))
    y = torch.randint(0, 3, (6,))
    m = GRUClassifier()
    fit(m, x, y)
    alpha, tf = representer_values(m, x, y)
    contrib = explain(m, alpha, tf, torch.randint(0, 25, (2, 5)))
    print("top training point per test example:", contrib.sum(-1).argmax(1).tolist())
