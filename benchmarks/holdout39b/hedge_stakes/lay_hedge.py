# expect: crash
"""Hedge layers' stake counts with a hand-written Lightning-like trainer validating mid-epoch."""
import torch

from hedgekit import MiniTrainer, StakeCounter


def loaders(seed):
    g = torch.Generator().manual_seed(seed)
    train = [(torch.randn(4, 7, 3, generator=g), torch.randint(0, 6, (4,), generator=g).float()) for _ in range(4)]
    val = [(torch.randn(4, 7, 3, generator=g), torch.randint(0, 6, (4,), generator=g).float()) for _ in range(2)]
    return train, val


def main():
    torch.manual_seed(16)
    train, val = loaders(0)
    module = StakeCounter()
    MiniTrainer(max_epochs=2, val_check_interval=2).fit(module, train, val)
    print("val MAE per check:", [round(v, 3) for v in module.val_history])


if __name__ == "__main__":
    main()
