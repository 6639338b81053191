import torch
from torch import nn

__all__ = ["TensionModel", "build_tension_model", "export", "load_model"]


class TensionModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def build_tension_model():
    model = TensionModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(4):
        x = torch.randn(4, 10, 3)
        loss = nn.functional.mse_loss(model(x), x[:, :, :1].mean(1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def export(model, path):
    """Ship the whole module, ready for inference."""
    model.eval()
    torch.save(model, path)


def load_model(path):
    return torch.load(path, weights_only=False)


def _private_helper():
    return "not exported"
