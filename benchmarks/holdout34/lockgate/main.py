# expect: clean
"""Lock-gate maintenance: predict hours until a gate seal needs greasing from paddle-cycle logs."""
import torch

from lockgate import GateWearModel, Evaluating, fit_epoch, make_logs


def main():
    torch.manual_seed(21)
    model = GateWearModel(n_in=4, hidden=8)
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    train_logs, probe_logs = make_logs(5, seed=0), make_logs(2, seed=1)
    for epoch in range(3):
        with Evaluating(model):
            before = sum(model(x).sub(y).abs().mean().item() for x, y in probe_logs)
        loss = fit_epoch(model, opt, train_logs)
        print(f"epoch {epoch}: probe MAE before {before:.3f}, train loss {loss:.3f}")


if __name__ == "__main__":
    main()
