import torch
import torch.nn.functional as F


def train_tagger(tagger, feats, labels, steps):
    opt = torch.optim.Adam(tagger.parameters(), lr=1e-2)
    tagger.train()
    for _ in range(steps):
        logits = tagger(feats)
        loss = F.cross_entropy(logits.transpose(1, 2), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
