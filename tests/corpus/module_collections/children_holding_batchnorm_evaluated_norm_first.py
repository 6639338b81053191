# expect: clean
"""Fine-tuning keeps batch-norm statistics fixed by putting each top-level child that holds a BatchNorm layer in eval
mode (`any(isinstance(m, nn.BatchNorm1d) for m in child.modules())`). The norm is a child of its own, before the
encoder: only it is put in eval mode, and the LSTM trains."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FrameEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 8, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0][:, -1]


class VoicingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(6)
        self.encoder = FrameEncoder()
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return self.head(self.encoder(x)).squeeze(-1)


def freeze_norm_children(model):
    for child in model.children():
        if any(isinstance(m, nn.BatchNorm1d) for m in child.modules()):
            child.eval()


torch.manual_seed(0)
model = VoicingNet()
opt = torch.optim.SGD(model.parameters(), lr=0.02)
for epoch in range(2):
    model.train()
    freeze_norm_children(model)
    loss = F.mse_loss(model(torch.randn(5, 9, 6)), torch.randn(5))
    opt.zero_grad()
    loss.backward()
    opt.step()
