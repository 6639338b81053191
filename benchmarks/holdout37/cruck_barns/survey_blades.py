# expect: crash
"""Train the cruck-blade decay model and log which drill positions drive its predictions."""
import torch

from cruck import Runner, State, TimberNet


def blades(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, 2, generator=g), torch.rand(4, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(11)
    model = TimberNet()
    runner = Runner(State(model, torch.optim.Adam(model.parameters(), lr=1e-2)))

    @runner.on("epoch_completed")
    def log_saliency(engine, valid_data):
        x, _ = valid_data[0]
        x = x.clone().requires_grad_(True)
        engine.state.model(x).sum().backward()  # TM001-here
        per_position = x.grad.abs().mean(dim=(0, 2)).tolist()
        print("epoch", engine.state.epoch, "saliency", [round(v, 3) for v in per_position[:4]])

    @runner.on("epoch_completed")
    def log_metrics(engine, _):
        print("metrics", {k: round(v, 4) for k, v in engine.state.metrics.items()})

    runner.run(blades(3, 0), blades(1, 1))


if __name__ == "__main__":
    main()
