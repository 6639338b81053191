# expect: crash
"""Adapt a learnable filterbank to a new microphone while the pretrained d-vector embedder stays frozen."""
import torch
import torch.nn.functional as F

from diarlib import DVector, LearnableFilterbank, freeze


def ge2e_like_loss(emb, spk, w=5.0, b=-2.0):
    centroids = torch.stack([emb[spk == s].mean(0) for s in spk.unique()])
    sim = w * emb @ F.normalize(centroids, dim=-1).T + b
    return F.cross_entropy(sim, torch.searchsorted(spk.unique(), spk))


if __name__ == "__main__":
    torch.manual_seed(0)
    frontend = LearnableFilterbank()
    embedder = freeze(DVector())
    opt = torch.optim.Adam(frontend.parameters(), lr=1e-2)
    spec = torch.rand(6, 10, 16)
    spk = torch.tensor([0, 0, 1, 1, 2, 2])
    for step in range(2):
        loss = ge2e_like_loss(embedder(frontend(spec)), spk)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())
