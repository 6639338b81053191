# expect: clean
# Same Lightning shape as a sanity-check-first Trainer, but the eval scope restores train() in a finally.
import torch

from engine.loop import MiniTrainer
from nets.classifier import LitGRUClassifier


def batches(n, seed):
    torch.manual_seed(seed)
    return [(torch.randint(0, 30, (5, 9)), torch.randint(0, 3, (5,))) for _ in range(n)]


def main():
    lit = LitGRUClassifier()
    print(MiniTrainer(max_epochs=2).fit(lit, batches(3, 0), batches(2, 1)))


if __name__ == "__main__":
    main()
