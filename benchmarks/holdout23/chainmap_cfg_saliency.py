# expect: clean
"""Protein-localisation BiLSTM; saliency maps per residue. Config layered with collections.ChainMap
(CLI overrides > env file > defaults)."""
import collections
import os

import torch
import torch.nn as nn

DEFAULTS = {"hidden": 8, "n_loc": 4, "cudnn": True, "seq_len": 12, "batch": 3}
SITE = {"cudnn": False}  # site config: deterministic attribution runs on this cluster


def build_config(cli):
    env = {k[5:].lower(): v for k, v in os.environ.items() if k.startswith("PLOC_")}
    return collections.ChainMap(cli, env, SITE, DEFAULTS)


class Localiser(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.emb = nn.Embedding(21, 6)
        self.lstm = nn.LSTM(6, cfg["hidden"], batch_first=True, bidirectional=True)
        self.att = nn.Linear(2 * cfg["hidden"], 1)
        self.out = nn.Linear(2 * cfg["hidden"], cfg["n_loc"])

    def forward_embedded(self, e):
        h, _ = self.lstm(e)
        a = torch.softmax(self.att(h), 1)
        return self.out((a * h).sum(1))


def saliency(model, seqs, target):
    e = model.emb(seqs).detach().requires_grad_(True)
    score = model.forward_embedded(e).gather(1, target[:, None]).sum()
    score.backward()
    return e.grad.norm(dim=-1)


def main():
    cfg = build_config({"batch": 2})
    torch.backends.cudnn.enabled = bool(cfg["cudnn"])
    torch.manual_seed(12)
    model = Localiser(cfg)
    model.eval()
    seqs = torch.randint(0, 21, (cfg["batch"], cfg["seq_len"]))
    sal = saliency(model, seqs, torch.tensor([0, 2]))
    print(sal.shape, sal.argmax(1).tolist())


if __name__ == "__main__":
    main()
