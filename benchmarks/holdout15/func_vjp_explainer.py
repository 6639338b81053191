# expect: crash
"""An explainer object whose `attribute()` uses `torch.func.vjp` to pull a one-hot
cotangent back to the inputs of a BiLSTM-CRF-free NER tagger (token-level
saliency). The explainer is built by a factory from a string name, and holds
the same model as the trainer; the tagger is even in train mode, which does not
help functorch transforms through cuDNN.
"""
import torch
import torch.nn as nn
from torch.func import vjp


class NERTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 6, batch_first=True, bidirectional=True)
        self.out = nn.Linear(12, 4)

    def forward(self, embs):
        return self.out(self.lstm(embs)[0])


class VjpSaliency:
    def __init__(self, model):
        self.model = model

    def attribute(self, embs, target_tag):
        out, pullback = vjp(self.model, embs)  # TM002-here
        cot = torch.zeros_like(out)
        cot[..., target_tag] = 1.0
        (g,) = pullback(cot)
        return g.norm(dim=-1)


EXPLAINERS = {"vjp_saliency": VjpSaliency}


def make_explainer(name, **kw):
    return EXPLAINERS[name](**kw)


torch.manual_seed(0)
tagger = NERTagger().train()
opt = torch.optim.Adam(tagger.parameters(), lr=1e-2)
embs, tags = torch.randn(3, 8, 6), torch.randint(0, 4, (3, 8))
opt.zero_grad()
nn.functional.cross_entropy(tagger(embs).flatten(0, 1), tags.flatten()).backward()
opt.step()
explainer = make_explainer("vjp_saliency", model=tagger)
print(explainer.attribute(embs[:1], target_tag=2))
