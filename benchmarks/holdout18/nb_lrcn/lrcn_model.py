"""LRCN: a per-frame CNN followed by an LSTM over frames, for activity recognition on tiny clips."""
import torch
import torch.nn as nn


class LRCN(nn.Module):
    def __init__(self, n_classes=4, hidden=8):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, clip):
        B, T = clip.shape[:2]
        feats = self.cnn(clip.flatten(0, 1)).view(B, T, -1)
        return self.fc(self.lstm(feats)[0].mean(1))

    @classmethod
    def pretrained(cls, **kw):
        model = cls(**kw)
        for p in model.cnn.parameters():
            p.requires_grad_(False)
        return model.eval()
