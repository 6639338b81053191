# expect: crash
"""Coracle regatta: classify paddle-stroke sequences by river (Teifi, then Severn).

Learning without forgetting: when the Severn task arrives, a frozen copy of
the Teifi model supplies soft targets.  The token embedding is shared between
the old and new models because the stroke vocabulary is the same.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(61)
VOCAB, EMB, HID, CLASSES = 16, 6, 10, 3


class StrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.rnn = nn.LSTM(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, CLASSES)

    def forward(self, strokes):
        h, _ = self.rnn(self.emb(strokes))
        return self.out(h[:, -1])


def river(n=3):
    return [(torch.randint(0, VOCAB, (5, 8)), torch.randint(0, CLASSES, (5,))) for _ in range(n)]


def train_task(model, data, opt, old=None, T=2.0, alpha=0.5):
    model.train()
    for x, y in data:
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        if old is not None:
            soft = F.softmax(old(x) / T, dim=-1)
            loss = loss + alpha * T * T * F.kl_div(F.log_softmax(logits / T, -1), soft, reduction="batchmean")
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def freeze(model):
    for p in model.parameters():
        p.requires_grad_(False)
    return model.eval()


def main():
    model = StrokeNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    print("teifi", train_task(model, river(), opt))
    old = freeze(copy.deepcopy(model))
    old.emb = model.emb  # same stroke vocabulary, keep one table
    print("severn", train_task(model, river(), opt, old=old))


if __name__ == "__main__":
    main()
