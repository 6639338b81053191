# expect: crash
"""Stance detection (favor/against/none) with adversarial weight perturbation (AWP) via a proxy copy."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
VOCAB, EMB, HID = 50, 8, 12


class StanceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.target_rnn = nn.GRU(EMB, HID, batch_first=True)
        self.text_rnn = nn.GRU(EMB, HID, batch_first=True)
        self.head = nn.Linear(2 * HID, 3)

    def forward(self, target, text):
        _, ht = self.target_rnn(self.emb(target))
        _, hx = self.text_rnn(self.emb(text))
        return self.head(torch.cat([ht[-1], hx[-1]], -1))


def batch(b=4):
    return torch.randint(0, VOCAB, (b, 3)), torch.randint(0, VOCAB, (b, 10)), torch.randint(0, 3, (b,))


class AWP:
    """Perturb weights in the direction that increases the loss, measured on a proxy model."""

    def __init__(self, model, gamma=0.01):
        self.model, self.gamma = model, gamma
        self.proxy = None

    def rebuild(self):
        """Re-create the proxy once per epoch (the architecture may have been resized)."""
        self.proxy = copy.deepcopy(self.model)

    def perturb(self, target, text, y):
        self.proxy.load_state_dict(self.model.state_dict())
        loss = -F.cross_entropy(self.proxy(target, text), y)
        self.proxy.zero_grad()
        loss.backward()  # TM001-here
        diffs = {}
        for (n, p), pp in zip(self.model.named_parameters(), self.proxy.parameters()):
            if pp.grad is None:
                continue
            d = self.gamma * p.detach().norm() * pp.grad / (pp.grad.norm() + 1e-12)
            p.data.add_(d)
            diffs[n] = d
        return diffs

    def restore(self, diffs):
        for n, p in self.model.named_parameters():
            if n in diffs:
                p.data.sub_(diffs[n])


def macro_f1(model):
    model.eval()
    with torch.no_grad():
        t, x, y = batch(8)
        pred = model(t, x).argmax(-1)
    f1s = []
    for c in range(3):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
    return sum(f1s) / 3


model = StanceNet()
opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
awp = AWP(model)
for epoch in range(2):
    model.train()
    for step in range(3):
        t, x, y = batch()
        loss = F.cross_entropy(model(t, x), y)
        opt.zero_grad()
        loss.backward()
        if epoch >= 1:  # AWP starts after a warm-up epoch
            diffs = awp.perturb(t, x, y)
            adv = F.cross_entropy(model(t, x), y)
            adv.backward()
            awp.restore(diffs)
        opt.step()
    print("epoch", epoch, "macro-F1", round(macro_f1(model), 3))
    awp.rebuild()
