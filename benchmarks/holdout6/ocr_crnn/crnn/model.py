"""CRNN text recogniser: small conv backbone -> BiLSTM neck -> CTC head."""
import torch.nn as nn


class ConvBackbone(nn.Module):
    def __init__(self, in_ch=1, out_ch=16):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(in_ch, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(8, out_ch, 3, padding=1), nn.BatchNorm2d(out_ch), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )

    def forward(self, x):
        return self.body(x)


class SequenceEncoder(nn.Module):
    def __init__(self, in_ch, hidden):
        super().__init__()
        self.lstm = nn.LSTM(in_ch, hidden, num_layers=2, bidirectional=True)

    def forward(self, feat):
        b, c, h, w = feat.shape
        seq = feat.mean(2).permute(2, 0, 1)  # (W, B, C)
        out, _ = self.lstm(seq)
        return out


class RecModel(nn.Module):
    def __init__(self, n_classes, hidden=12):
        super().__init__()
        self.backbone = ConvBackbone()
        self.neck = SequenceEncoder(16, hidden)
        self.head = nn.Linear(2 * hidden, n_classes)

    def forward(self, img):
        return self.head(self.neck(self.backbone(img))).log_softmax(2)
