# expect: clean
"""A fleet object keeps one loaded model per route in a dict field, filled by its `load` method from a released
state (the loader returns the model in eval mode, and `load` puts it back in train mode); the fine-tuning loop walks
`fleet.models.items()`."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RouteModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)

    @classmethod
    def released(cls, state):
        model = cls()
        model.load_state_dict(state)
        return model.eval()


class Fleet:
    def __init__(self):
        self.models = {}

    def load(self, route, state):
        self.models[route] = RouteModel.released(state).train()


def tune(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


torch.manual_seed(12)
state = RouteModel().state_dict()
fleet = Fleet()
for route in ("north", "south"):
    fleet.load(route, state)
x, y = torch.randn(5, 8, 2), torch.randn(5)
for route, model in fleet.models.items():
    print(route, tune(model, x, y))
