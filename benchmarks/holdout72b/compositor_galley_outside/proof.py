# expect: clean
"""Compositor galley proofing: eval-mode proof scores, saliency computed after the block."""
import torch
import torch.nn.functional as F

from galley import Evaluating, GalleyTagger


def proof_and_saliency(model, tokens):
    with Evaluating(model) as m:
        with torch.no_grad():
            flagged = m(tokens).argmax(-1).float().mean().item()
    emb = model.emb(tokens).detach().requires_grad_(True)
    h, _ = model.lstm(emb)
    model.cls(h)[..., 1].sum().backward()
    return flagged, emb.grad.norm(dim=-1)


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
    flagged, sal = proof_and_saliency(model, tokens[:2])
    print(epoch, flagged, sal.mean().item())
