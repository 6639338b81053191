# expect: crash
"""Compositor galley proofing: after each epoch, embedding saliency of flagged slugs."""
import torch
import torch.nn.functional as F

from galley import Evaluating, GalleyTagger


def embedding_saliency(model, tokens):
    with Evaluating(model) as m:
        emb = m.emb(tokens).detach().requires_grad_(True)
        h, _ = m.lstm(emb)
        logits = m.cls(m.drop(h))
        logits[..., 1].sum().backward()  # TM001-here
    return emb.grad.norm(dim=-1)


torch.manual_seed(0)
model = GalleyTagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
tokens = torch.randint(0, 20, (4, 9))
labels = torch.randint(0, 2, (4, 9))
for epoch in range(2):
    model.train()
    opt.zero_grad()
    F.cross_entropy(model(tokens).reshape(-1, 2), labels.reshape(-1)).backward()
    opt.step()
    print(epoch, embedding_saliency(model, tokens[:2]).mean().item())
