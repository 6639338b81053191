# expect: clean
"""Membership-inference shadow models: nn.ModuleDict models from a factory, kept in a list; feats() puts each in
eval mode and takes a per-example gradient norm through m["rnn"], with cuDNN switched off around that forward."""
import torch
import torch.nn as nn


def make_model(n_in=4, hidden=6, n_cls=3):
    return nn.ModuleDict({"rnn": nn.GRU(n_in, hidden, batch_first=True), "fc": nn.Linear(hidden, n_cls)})


def forward(m, x):
    out, _ = m["rnn"](x)
    return m["fc"](out[:, -1])


def fit(m, steps=3):
    opt = torch.optim.Adam(m.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(forward(m, x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def feats(m, n=3):
    m.eval()
    rows = []
    for _ in range(n):
        x, y = torch.randn(1, 5, 4), torch.randint(0, 3, (1,))
        m.zero_grad()
        with torch.backends.cudnn.flags(enabled=False):
            loss = nn.functional.cross_entropy(forward(m, x), y)
        loss.backward()
        grad_norm = sum(p.grad.norm() ** 2 for p in m.parameters()).sqrt()
        rows.append(torch.stack([loss.detach(), grad_norm]))
    return torch.stack(rows)


torch.manual_seed(0)
shadows = [make_model() for _ in range(2)]
attack_x = []
for s in shadows:
    fit(s)
    attack_x.append(feats(s))
print(torch.cat(attack_x))
