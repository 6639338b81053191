# expect: clean
# category: registry
"""Config-driven script: architecture picked from a registry by name; the mode is set from the
run type (`train` for this config) before the loop."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
MODEL_REGISTRY = {}


def register_model(name):
    def deco(cls):
        MODEL_REGISTRY[name] = cls
        return cls
    return deco


@register_model("bilstm")
class BiLSTMClassifier(nn.Module):
    def __init__(self, d_in, hidden, n_out):
        super().__init__()
        self.rnn = nn.LSTM(d_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_out)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


@register_model("gru")
class GRUClassifier(nn.Module):
    def __init__(self, d_in, hidden, n_out):
        super().__init__()
        self.rnn = nn.GRU(d_in, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, x):
        return self.fc(self.rnn(x)[1][-1])


CONFIG = {"arch": "gru", "run": "train", "d_in": 5, "hidden": 10, "n_out": 3, "steps": 3}

model = MODEL_REGISTRY[CONFIG["arch"]](CONFIG["d_in"], CONFIG["hidden"], CONFIG["n_out"])
model.train(mode=CONFIG["run"] == "train")
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(CONFIG["steps"]):
    x, y = torch.randn(4, 8, 5), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 3))
