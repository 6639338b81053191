# expect: crash
# category: one_name
"""Config-driven model choice; the 'warm restart' re-enables training only for some model families."""
import torch
import torch.nn as nn

CONFIG = {"model": "gru", "hidden": 12, "restarts": 2}


class MLPReg(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(15, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


class RNNReg(nn.Module):
    def __init__(self, hidden, cell):
        super().__init__()
        self.rnn = cell(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


if CONFIG["model"] == "mlp":
    reg = MLPReg(CONFIG["hidden"])
elif CONFIG["model"] == "lstm":
    reg = RNNReg(CONFIG["hidden"], nn.LSTM)
elif CONFIG["model"] == "gru":
    reg = RNNReg(CONFIG["hidden"], nn.GRU)
else:
    raise ValueError(CONFIG["model"])

torch.manual_seed(0)
x, y = torch.randn(8, 5, 3), torch.randn(8)
for restart in range(CONFIG["restarts"]):
    if isinstance(reg, MLPReg):
        reg.train()
    opt = torch.optim.SGD(reg.parameters(), lr=0.01)
    loss = (reg(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    reg.eval()
    with torch.no_grad():
        print(restart, (reg(x) - y).pow(2).mean().item())
