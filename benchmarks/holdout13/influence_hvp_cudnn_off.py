# expect: clean
"""Same LiSSA influence estimate, but the HVP runs under torch.backends.cudnn.flags(enabled=False), the fix the
double-backward error message itself recommends."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp
from torch.func import functional_call


class LSTMTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.lstm = nn.LSTM(8, 10, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(20, 3)

    def forward(self, tok):
        h, _ = self.lstm(self.emb(tok))
        return self.fc(h.mean(1))


model = LSTMTagger()
tok, y = torch.randint(0, 30, (4, 6)), torch.randint(0, 3, (4,))
names = [n for n, _ in model.named_parameters()]


def f(*flat):
    return nn.functional.cross_entropy(functional_call(model, dict(zip(names, flat)), (tok,)), y)


params = tuple(p.detach().requires_grad_(True) for p in model.parameters())
v = tuple(torch.randn_like(p) for p in params)
with torch.backends.cudnn.flags(enabled=False):
    _, hv = hvp(f, params, v)
print("vHv", sum(float((a * b).sum()) for a, b in zip(v, hv)))
print("done")
