# expect: clean
"""Postman round-time model: compute gradient-based pruning scores on a held-out batch.

score(p) = |p * dL/dp| on a validation batch (only the output layer is pruned), with the model in eval mode so dropout does not
perturb the scores.
"""
import torch
from torch import nn

CFG = {"vocab": 20, "emb": 8, "hidden": 12, "steps": 9, "batch": 6, "keep": 0.7}


class RoundTime(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.streets = nn.Embedding(vocab, emb)
        self.drop = nn.Dropout(0.25)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, ids):
        h, _ = self.rnn(self.drop(self.streets(ids)))
        return self.head(h[:, -1]).squeeze(-1)


def prunable(model):
    return {"streets.weight": model.streets.weight, "head.weight": model.head.weight}


def pruning_scores(model, ids, minutes, names):
    model.eval()
    loss = nn.functional.l1_loss(model(ids), minutes)
    params = prunable(model)
    grads = torch.autograd.grad(loss, [params[n] for n in names])
    return {n: (params[n] * g).abs() for n, g in zip(names, grads)}


def masks_from(scores, keep):
    out = {}
    for n, s in scores.items():
        k = max(1, int(keep * s.numel()))
        thresh = s.flatten().kthvalue(s.numel() - k + 1).values
        out[n] = (s >= thresh).float()
    return out


def main():
    torch.manual_seed(8)
    model = RoundTime(CFG["vocab"], CFG["emb"], CFG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    ids = torch.randint(0, CFG["vocab"], (CFG["batch"], CFG["steps"]))
    minutes = ids.float().mean(1)
    for _ in range(3):
        opt.zero_grad()
        nn.functional.l1_loss(model(ids), minutes).backward()
        opt.step()
    val_ids = torch.randint(0, CFG["vocab"], (CFG["batch"], CFG["steps"]))
    scores = pruning_scores(model, val_ids, val_ids.float().mean(1), names=["head.weight"])
    masks = masks_from(scores, CFG["keep"])
    with torch.no_grad():
        for n, m in masks.items():
            prunable(model)[n].mul_(m)
    print({n: int(m.sum()) for n, m in masks.items()})


if __name__ == "__main__":
    main()
