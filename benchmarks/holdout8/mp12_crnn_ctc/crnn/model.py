import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes=11, height=8, hidden=16):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)))
        self.seq = nn.LSTM(8 * (height // 2), hidden, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, img):                       # img: (B, 1, H, W)
        f = self.cnn(img)                         # (B, C, H/2, W)
        b, c, h, w = f.shape
        f = f.permute(3, 0, 1, 2).reshape(w, b, c * h)  # (T, B, F)
        out, _ = self.seq(f)
        return self.fc(out).log_softmax(-1)       # (T, B, classes)
