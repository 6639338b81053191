import torch.nn as nn


class SequenceHead(nn.Module):
    def __init__(self, in_ch, hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(in_ch, hidden, num_layers=2, bidirectional=True, batch_first=True)
        self.proj = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        return self.proj(self.lstm(x)[0])


class CRNN(nn.Module):
    def __init__(self, n_classes=11, hidden=8):
        super().__init__()
        self.backbone = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 16)))
        self.head = SequenceHead(8, hidden, n_classes)

    def forward(self, img):
        f = self.backbone(img).squeeze(2).transpose(1, 2)  # b, w, c
        return self.head(f)
