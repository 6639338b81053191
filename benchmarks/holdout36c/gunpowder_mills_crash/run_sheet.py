# expect: crash
"""Run the mill's training sheet: each stage builds (or continues) a model and fits it."""
import torch

from powdermill import Runner, build_model, export_state

SHEET = ["incorporate", "press"]


def charges(n=3, batch=4, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 4, generator=g)
        out.append((x, x[:, :, 0].mean(1) - 0.3 * x[:, :, 3].mean(1)))
    return out


def main():
    torch.manual_seed(0)
    export = None
    for i, stage in enumerate(SHEET):
        model = build_model(stage, previous=export)
        runner = Runner(lr=1e-2)
        runner.attach(model)
        v = runner.fit(charges(seed=i), charges(n=1, seed=50 + i))
        print(f"{stage}: {runner.state.step} steps, valid mse {v:.4f}")
        export = export_state(model)


if __name__ == "__main__":
    main()
