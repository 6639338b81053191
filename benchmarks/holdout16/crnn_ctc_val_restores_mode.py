# expect: clean
"""CRNN text recogniser; validation remembers the mode it found and puts it back,
so the fine-tuning loop that follows runs in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BidirectionalGRU(nn.Module):
    def __init__(self, nIn, nHidden, nOut):
        super().__init__()
        self.rnn = nn.GRU(nIn, nHidden, bidirectional=True)
        self.embedding = nn.Linear(nHidden * 2, nOut)

    def forward(self, x):
        recurrent, _ = self.rnn(x)
        return self.embedding(recurrent)


class CRNN(nn.Module):
    def __init__(self, nclass, nh=8):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 4, 3, 1, 1), nn.ReLU(), nn.MaxPool2d((4, 1)))
        self.rnn = nn.Sequential(BidirectionalGRU(8, nh, nh), BidirectionalGRU(nh, nh, nclass))

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        return F.log_softmax(self.rnn(conv.view(b, c * h, w).permute(2, 0, 1)), dim=2)


def ctc(criterion, preds, t):
    b = preds.size(1)
    return criterion(preds, t, torch.full((b,), preds.size(0), dtype=torch.long), torch.full((b,), t.size(1), dtype=torch.long))


def val(net, criterion):
    was_training = net.training
    net.eval()
    with torch.no_grad():
        loss = ctc(criterion, net(torch.randn(2, 1, 8, 12)), torch.randint(1, 11, (2, 4)))
    net.train(was_training)
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    crnn = CRNN(11)
    criterion = nn.CTCLoss(zero_infinity=True)
    opt = torch.optim.Adam(crnn.parameters(), lr=1e-3)
    print("baseline", val(crnn, criterion))
    for it in range(3):
        cost = ctc(criterion, crnn(torch.randn(3, 1, 8, 12)), torch.randint(1, 11, (3, 4)))
        opt.zero_grad()
        cost.backward()
        opt.step()
    print("after", val(crnn, criterion))
