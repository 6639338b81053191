"""Model and helpers shared by the glucose notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CGMNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.fc(self.drop(self.lstm(x)[0][:, -1]))


def load_pretrained(seed=0):
    torch.manual_seed(seed)
    model = CGMNet()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(8, 12, 3), torch.randn(8, 3)
    for _ in range(3):
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    return model.eval()  # ready for inference
