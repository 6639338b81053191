"""CRNN for text-line recognition: a small conv stack, then a bidirectional LSTM over the width."""
import torch.nn as nn


class BidirectionalLSTM(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.rnn = nn.LSTM(n_in, n_hidden, bidirectional=True)
        self.embedding = nn.Linear(n_hidden * 2, n_out)

    def forward(self, x):
        recurrent, _ = self.rnn(x)
        t, b, h = recurrent.size()
        return self.embedding(recurrent.view(t * b, h)).view(t, b, -1)


class CRNN(nn.Module):
    def __init__(self, n_classes, height=16, hidden=12):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, 3, 1, 1), nn.ReLU(True), nn.MaxPool2d(2, 2),
            nn.Conv2d(8, 16, 3, 1, 1), nn.BatchNorm2d(16), nn.ReLU(True), nn.MaxPool2d((height // 2, 1)),
        )
        self.rnn = nn.Sequential(BidirectionalLSTM(16, hidden, hidden), BidirectionalLSTM(hidden, hidden, n_classes))

    def forward(self, images):
        conv = self.cnn(images).squeeze(2)  # (b, c, w)
        return self.rnn(conv.permute(2, 0, 1)).log_softmax(2)
