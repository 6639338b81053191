# expect: clean
"""Train the tension forecaster; validation is an event handler of the runner."""
import torch
import torch.nn.functional as F

from fulling import ClothTensionNet, Runner, evaluating


def rhythm(n, batch=4, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    data = []
    for _ in range(n):
        x = torch.randn(batch, steps, 1, generator=g).cumsum(1)
        data.append((x, x[:, -1] * 0.5))
    return data


torch.manual_seed(0)
model = ClothTensionNet(hidden=8)
runner = Runner(model, torch.optim.Adam(model.parameters(), lr=5e-3))
val = rhythm(2, seed=9)


@runner.on("epoch_completed")
def validate(r):
    with evaluating(r.model) as m, torch.no_grad():
        err = sum(F.mse_loss(m(x), y).item() for x, y in val) / len(val)
    print(f"epoch {r.state['epoch']}: train {r.state['last_loss']:.4f} val {err:.4f}")


@runner.on("completed")
def done(r):
    print("iterations:", r.state["iteration"])


runner.run(rhythm(3), epochs=3)
