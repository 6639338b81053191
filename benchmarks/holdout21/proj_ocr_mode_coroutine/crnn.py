import torch
import torch.nn as nn


class LineCRNN(nn.Module):
    """OCR post-correction on noisy line images: conv features -> BiLSTM -> CTC logits."""

    def __init__(self, height=8, classes=12, hidden=10):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU())
        self.rnn = nn.LSTM(4 * height, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, img):  # B x H x W
        f = self.conv(img.unsqueeze(1)).flatten(1, 2).transpose(1, 2)
        return self.fc(self.rnn(f)[0]).log_softmax(-1)
