# expect: clean
# category: modes
"""Traffic-speed forecasting with a GRU; checkpoints hold state dicts and resuming rebuilds the model."""
import torch
import torch.nn as nn

from ckpt_utils import CheckpointManager

torch.manual_seed(8)


class SpeedGRU(nn.Module):
    def __init__(self, n_sensors=4, hidden=14):
        super().__init__()
        self.gru = nn.GRU(n_sensors, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_sensors)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def batches():
    for _ in range(3):
        x = torch.randn(5, 12, 4)
        yield x, x[:, -1] + 0.1 * torch.randn(5, 4)


def run(model, opt, steps_done, n_epochs):
    step = steps_done
    for _ in range(n_epochs):
        for x, y in batches():
            loss = nn.functional.smooth_l1_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
    return step, loss.item()


@torch.no_grad()
def evaluate(model):
    model.eval()
    return sum(nn.functional.l1_loss(model(x), y).item() for x, y in batches()) / 3


manager = CheckpointManager(prefix="speed")
try:
    model = SpeedGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    step, loss = run(model, opt, 0, 1)
    print(f"step {step}: loss {loss:.4f}, val MAE {evaluate(model):.4f}")
    manager.save(step, model=model, optim=opt)

    # new process after a crash: rebuild everything and load the latest state
    model = SpeedGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    step = manager.restore(manager.latest(), model=model, optim=opt)
    step, loss = run(model, opt, step, 2)
    print(f"step {step}: loss {loss:.4f}, val MAE {evaluate(model):.4f}")
finally:
    manager.remove_all()
