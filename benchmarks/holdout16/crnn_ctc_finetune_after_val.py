# expect: crash
"""CRNN (CNN + BiLSTM + CTC) text recogniser, EasyOCR-ish layout. Validation runs
first to get a baseline, then fine-tuning starts."""
import torch
import torch.nn as nn
import torch.nn.functional as F

ALPHABET = "0123456789"


class BidirectionalLSTM(nn.Module):
    def __init__(self, nIn, nHidden, nOut):
        super().__init__()
        self.rnn = nn.LSTM(nIn, nHidden, bidirectional=True)
        self.embedding = nn.Linear(nHidden * 2, nOut)

    def forward(self, x):
        recurrent, _ = self.rnn(x)
        T, b, h = recurrent.size()
        return self.embedding(recurrent.view(T * b, h)).view(T, b, -1)


class CRNN(nn.Module):
    def __init__(self, nclass, nh=8):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 4, 3, 1, 1), nn.ReLU(), nn.MaxPool2d((4, 1)))
        self.rnn = nn.Sequential(BidirectionalLSTM(4 * 2, nh, nh), BidirectionalLSTM(nh, nh, nclass))

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        conv = conv.view(b, c * h, w).permute(2, 0, 1)
        return F.log_softmax(self.rnn(conv), dim=2)


def fake_batch(b=3, w=12):
    imgs = torch.randn(b, 1, 8, w)
    targets = torch.randint(1, len(ALPHABET) + 1, (b, 4))
    return imgs, targets


def val(net, criterion, n=2):
    net.eval()
    total = 0.0
    with torch.no_grad():
        for _ in range(n):
            imgs, t = fake_batch()
            preds = net(imgs)
            sizes = torch.full((imgs.size(0),), preds.size(0), dtype=torch.long)
            total += criterion(preds, t, sizes, torch.full((imgs.size(0),), 4, dtype=torch.long)).item()
    return total / n


def trainBatch(net, criterion, optimizer):
    imgs, t = fake_batch()
    preds = net(imgs)
    sizes = torch.full((imgs.size(0),), preds.size(0), dtype=torch.long)
    cost = criterion(preds, t, sizes, torch.full((imgs.size(0),), 4, dtype=torch.long))
    net.zero_grad()
    cost.backward()  # TM001-here
    optimizer.step()
    return cost


if __name__ == "__main__":
    torch.manual_seed(1)
    crnn = CRNN(len(ALPHABET) + 1)
    criterion = nn.CTCLoss(zero_infinity=True)
    optimizer = torch.optim.Adam(crnn.parameters(), lr=1e-3)
    print("baseline val", val(crnn, criterion))
    for i in range(3):
        c = trainBatch(crnn, criterion, optimizer)
        if i % 2 == 0:
            print("iter", i, "loss", c.item())
