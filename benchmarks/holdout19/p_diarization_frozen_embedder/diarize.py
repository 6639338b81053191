# expect: clean
"""Speaker diarisation back-end: a frozen d-vector embedder (eval) and a trained pairwise scorer."""
import torch
import torch.nn.functional as F

from diar import PairScorer, load_frozen
from segments import pair_labels, segment

if __name__ == "__main__":
    torch.manual_seed(0)
    embedder = load_frozen()
    scorer = PairScorer()
    opt = torch.optim.Adam(scorer.parameters(), lr=1e-2)
    frames = torch.randn(20, 8)  # log-mel features of one recording, no grad needed
    segs = segment(frames)
    spk = torch.randint(0, 2, (segs.shape[0],))
    for step in range(3):
        emb = embedder(segs)
        logits = scorer(emb[:, None, :].expand(-1, len(emb), -1), emb[None, :, :].expand(len(emb), -1, -1))
        loss = F.binary_cross_entropy_with_logits(logits, pair_labels(spk))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))
