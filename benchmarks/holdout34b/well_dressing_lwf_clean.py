# expect: clean
"""Well-dressing petal boards: classify the petal-pressing sequence by village
(Tissington first, then Youlgreave).

Learning without forgetting against a frozen, eval-mode copy of the first
model.  The old model's forward is not wrapped in no_grad; it just never sees
anything that needs a gradient.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(62)
VOCAB, EMB, HID, CLASSES = 18, 6, 10, 4


class PetalNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.rnn = nn.GRU(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, CLASSES)

    def encode(self, seq):
        h, _ = self.rnn(self.emb(seq))
        return h[:, -1]

    def forward(self, seq):
        return self.out(self.encode(seq))


def boards(n=3):
    return [(torch.randint(0, VOCAB, (6, 7)), torch.randint(0, CLASSES, (6,))) for _ in range(n)]


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        acc = sum((model(x).argmax(-1) == y).float().mean().item() for x, y in data) / len(data)
    return acc


def train_task(model, data, opt, old=None, beta=0.5):
    model.train()
    for x, y in data:
        loss = F.cross_entropy(model(x), y)
        if old is not None:
            loss = loss + beta * F.mse_loss(model.encode(x), old.encode(x))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    model = PetalNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    first = boards()
    train_task(model, first, opt)
    print("tissington acc", evaluate(model, first))
    old = copy.deepcopy(model)  # eval mode, copied right after evaluate()
    old.requires_grad_(False)
    print("youlgreave loss", train_task(model, boards(), opt, old=old))
    print("tissington acc after", evaluate(model, first))


if __name__ == "__main__":
    main()
