# expect: clean
"""Ink-maker viscosity model: callbacks in a list; the eval callback runs between forward and backward."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class Viscosity(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


class ProbeCallback:
    def __init__(self, probe):
        self.probe = probe

    def on_forward_end(self, model, state):
        model.eval()
        with torch.no_grad():
            state["probe"] = model(self.probe).mean().item()
        model.train()


class PrintCallback:
    def on_forward_end(self, model, state):
        print("step", state["step"], "probe", round(state.get("probe", 0.0), 4))


callbacks = [ProbeCallback(torch.randn(2, 5, 3)), PrintCallback()]
model = Viscosity()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
state = {}
for step in range(3):
    state["step"] = step
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    for cb in callbacks:
        cb.on_forward_end(model, state)
    loss.backward()
    opt.step()
