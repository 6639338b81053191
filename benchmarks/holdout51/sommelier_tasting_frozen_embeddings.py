# expect: clean
"""Sommelier: predict a wine's region from the order of descriptors in a tasting note.

The descriptor encoder comes from a larger pretraining run; it is kept frozen and, because it is frozen,
its modules are kept in eval mode by an overridden ``train()``.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("sommelier")

CONFIG = {"descriptors": 40, "dim": 8, "hidden": 12, "regions": 5, "epochs": 2, "tune_embeddings": False}


class TastingModel(nn.Module):
    def __init__(self, descriptors, dim, hidden, regions):
        super().__init__()
        self.descriptor_emb = nn.Embedding(descriptors, dim)
        self.palate = nn.LSTM(dim, hidden, batch_first=True)
        self.region_head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, regions))

    def forward(self, notes):
        h, (hn, _) = self.palate(self.descriptor_emb(notes))
        return self.region_head(hn[-1])

    def train(self, mode=True):
        super().train(mode)
        for child in self.children():
            params = list(child.parameters())
            if params and not any(p.requires_grad for p in params):
                child.eval()
        return self


def build(cfg):
    model = TastingModel(cfg["descriptors"], cfg["dim"], cfg["hidden"], cfg["regions"])
    model.palate.requires_grad_(False)
    model.descriptor_emb.requires_grad_(cfg["tune_embeddings"])
    return model


def main():
    torch.manual_seed(8)
    model = build(CONFIG)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    notes = torch.randint(0, CONFIG["descriptors"], (12, 6))
    regions = notes[:, 0] % CONFIG["regions"]
    for epoch in range(CONFIG["epochs"]):
        model.train()
        for x, y in zip(notes.split(4), regions.split(4)):
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
        log.info("epoch %d loss %.3f", epoch, loss.item())
    print("palate training flag", model.palate.training, "trainable tensors", len(params))


if __name__ == "__main__":
    main()
