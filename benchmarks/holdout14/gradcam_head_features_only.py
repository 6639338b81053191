# expect: clean
"""'Temporal Grad-CAM' on an ECG CNN-LSTM: the importance of each time step is the gradient of the class score with
respect to the LSTM *output* sequence (a later layer), so backward never enters the LSTM; model in eval."""
import torch
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(1, 4, 5, padding=2), nn.ReLU(), nn.MaxPool1d(2))
        self.lstm = nn.LSTM(4, 8, batch_first=True, bidirectional=True)
        self.attn_fc = nn.Linear(16, 1)
        self.fc = nn.Linear(16, 5)

    def forward(self, sig, return_seq=False):
        f = self.conv(sig).transpose(1, 2)
        seq, _ = self.lstm(f)
        w = torch.softmax(self.attn_fc(seq).squeeze(-1), 1)
        logits = self.fc((seq * w.unsqueeze(-1)).sum(1))
        return (logits, seq) if return_seq else logits


net = ECGNet().eval()
sig = torch.randn(2, 1, 32)
logits, seq = net(sig, return_seq=True)
score = logits[:, 1].sum()
(g,) = torch.autograd.grad(score, seq)
cam = torch.relu((g * seq).sum(-1))
print(cam.shape)
