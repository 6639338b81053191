import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvLSTM(nn.Module):
    def __init__(self, channels=3, n_cls=4):
        super().__init__()
        self.conv = nn.Conv1d(channels, 8, 3, padding=1)
        self.lstm = nn.LSTM(8, 8, num_layers=2, batch_first=True)
        self.fc = nn.Linear(8, n_cls)

    def forward(self, x):
        f = F.relu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        h, _ = self.lstm(f)
        return self.fc(h[:, -1])


def make_windows(window):
    X = torch.randn(16, window, 3)
    y = torch.randint(0, 4, (16,))
    return X[:12], y[:12], X[12:], y[12:]


def train_model(X, y, lr, epochs):
    model = ConvLSTM()
    opt = torch.optim.Adam(model.parameters(), lr)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(X), y)
        opt.zero_grad(); loss.backward(); opt.step()
    return model


def evaluate_model(model, X, y):
    model.eval()
    with torch.no_grad():
        acc = (model(X).argmax(-1) == y).float().mean().item()
    return model, {"accuracy": acc}


def calibrate_model(model, X, y):
    temperature = nn.Parameter(torch.ones(1))
    for name, p in model.named_parameters():
        p.requires_grad_(name.startswith("lstm.") and name.endswith("_l1") or name.startswith("fc."))
    opt = torch.optim.LBFGS([temperature] + [p for p in model.parameters() if p.requires_grad], lr=0.01, max_iter=5)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(model(X) / temperature, y)
        loss.backward()  # TM001-here
        return loss

    opt.step(closure)
    return model, temperature.item()
