# expect: clean
"""Stance detection with AWP; the proxy is built at start-up and only receives state dicts."""
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
    def __init__(self, model, gamma=0.01):
        self.model, self.gamma = model, gamma
        self.proxy = copy.deepcopy(model)  # model is still in its default training mode here

    def perturb(self, target, text, y):
        self.proxy.load_state_dict(self.model.state_dict())  # copies tensors, not the mode
        loss = -F.cross_entropy(self.proxy(target, text), y)
        self.proxy.zero_grad()
        loss.backward()
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


def accuracy(model):
    model.eval()
    with torch.no_grad():
        t, x, y = batch(8)
        return (model(t, x).argmax(-1) == y).float().mean().item()


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
        if epoch >= 1:
            diffs = awp.perturb(t, x, y)
            F.cross_entropy(model(t, x), y).backward()
            awp.restore(diffs)
        opt.step()
    print("epoch", epoch, "acc", round(accuracy(model), 3))
