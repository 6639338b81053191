# expect: crash
"""Saliency map: gradient of the predicted class score with respect to the input of an eval-mode classifier."""
import torch
import torch.nn as nn


class ECGClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 16, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(32, 5)

    def forward(self, signal):
        return self.fc(self.lstm(signal)[0].mean(1))


torch.manual_seed(0)
model = ECGClassifier()
model.eval()
signal = torch.randn(1, 50, 1, requires_grad=True)
scores = model(signal)
scores[0, scores.argmax()].backward()  # TM001-here
saliency = signal.grad.abs().squeeze()
print("peak at", saliency.argmax().item())
