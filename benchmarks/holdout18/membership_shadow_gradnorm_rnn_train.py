# expect: clean
"""Membership inference with shadow models: features are softmax confidence and per-example gradient norm.
The GRU has no dropout, so it is put back in train mode for the gradient features."""
import torch
import torch.nn as nn


def make_model():
    return nn.ModuleDict({"rnn": nn.GRU(4, 8, batch_first=True), "fc": nn.Linear(8, 3)})


def logits(m, x):
    return m["fc"](m["rnn"](x)[0][:, -1])


def fit(m, x, y, steps=3):
    opt = torch.optim.Adam(m.parameters(), lr=1e-2)
    m.train()
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.cross_entropy(logits(m, x), y).backward()
        opt.step()


def attack_features(m, x, y):
    m.eval()
    m["rnn"].train()  # cuDNN needs the recurrent layer in training mode for per-example gradients
    feats = []
    for i in range(len(x)):
        m.zero_grad()
        loss = nn.functional.cross_entropy(logits(m, x[i:i + 1]), y[i:i + 1])
        loss.backward()
        gn = sum(p.grad.norm() ** 2 for p in m.parameters()).sqrt()
        feats.append(torch.stack([loss.detach().neg().exp(), gn]))
    return torch.stack(feats)


torch.manual_seed(12)
shadows = [make_model() for _ in range(2)]
table = []
for s in shadows:
    xin, yin = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
    xout, yout = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
    fit(s, xin, yin)
    table.append((attack_features(s, xin, yin), torch.ones(4)))
    table.append((attack_features(s, xout, yout), torch.zeros(4)))
X = torch.cat([t[0] for t in table]); Y = torch.cat([t[1] for t in table])
print("attack set", tuple(X.shape), "members", int(Y.sum()))
