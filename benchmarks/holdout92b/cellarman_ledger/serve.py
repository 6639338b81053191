# expect: crash
"""Cellarman ledger: forecast cask evaporation ("angel's share") per week, adapting to each
incoming batch with one self-supervised test-time-training step."""
import torch

from cellar import CaskForecaster, EvalMode, adapt_on_batch


def stream(n_batches=3, seed=12):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n_batches):
        yield torch.randn(4, 7, 3, generator=g)


def main():
    torch.manual_seed(12)
    model = CaskForecaster(hidden=8)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    with EvalMode(model):
        for week, batch in enumerate(stream()):
            rec = adapt_on_batch(model, opt, batch)
            with torch.no_grad():
                pred = model(batch)[0]
            print(f"week {week}: recon={rec:.4f} share={pred.mean().item():.4f}")
    print("mode restored:", model.training)


if __name__ == "__main__":
    main()
