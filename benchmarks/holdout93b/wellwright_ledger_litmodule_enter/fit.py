# expect: clean
"""Well-ledger flow forecaster (wellwright parish records), fine-tuned from a pretrained
checkpoint with a small hand-written Lightning-like trainer."""
import torch

from ledger import FlowForecaster, MiniTrainer, load_pretrained


def loaders(n=3):
    train = [(torch.randn(4, 6, 2), torch.randn(4)) for _ in range(n)]
    val = [(torch.randn(4, 6, 2), torch.randn(4)) for _ in range(2)]
    return train, val


def main():
    torch.manual_seed(9)
    model = load_pretrained(FlowForecaster(hidden=8))
    train, val = loaders()
    trainer = MiniTrainer(model, max_epochs=2)
    trainer.fit(train, val)
    for rec in trainer.logged:
        print(rec)


if __name__ == "__main__":
    main()
