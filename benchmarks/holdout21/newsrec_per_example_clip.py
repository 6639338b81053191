# expect: crash
"""NRMS-like news recommendation (GRU user encoder over clicked titles); per-example gradient norms with torch.func."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(10)
WORDS, EMB, HID, HIST, CANDS = 60, 8, 12, 5, 4


class NewsEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.EmbeddingBag(WORDS, EMB, mode="mean")
        self.proj = nn.Linear(EMB, HID)

    def forward(self, titles):  # N x L
        return torch.tanh(self.proj(self.emb(titles)))


class Recommender(nn.Module):
    def __init__(self):
        super().__init__()
        self.news = NewsEncoder()
        self.user = nn.GRU(HID, HID, batch_first=True)

    def forward(self, history, candidates):  # history: B x HIST x L, candidates: B x CANDS x L
        b = history.size(0)
        hv = self.news(history.flatten(0, 1)).view(b, HIST, HID)
        _, u = self.user(hv)
        cv = self.news(candidates.flatten(0, 1)).view(b, CANDS, HID)
        return torch.einsum("bd,bcd->bc", u[-1], cv)


def impressions(b=3):
    return (torch.randint(0, WORDS, (b, HIST, 6)), torch.randint(0, WORDS, (b, CANDS, 6)),
            torch.zeros(b, dtype=torch.long))  # clicked item first


model = Recommender()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, hist, cand, label):
    scores = functional_call(model, p, (hist.unsqueeze(0), cand.unsqueeze(0)))
    return nn.functional.cross_entropy(scores, label.unsqueeze(0))


per_example = grad(sample_loss)
hist, cand, label = impressions()
norms = []
for i in range(hist.size(0)):
    g = per_example(params, hist[i], cand[i], label[i])  # TM002-here
    norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
print("per-impression grad norms", [round(n, 4) for n in norms])
