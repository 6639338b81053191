# expect: crash
"""Tapestry thread-colour sequences: self-distillation where the 'stable' view runs inside an eval-mode context."""
import torch

from tapestry.model import ThreadTagger
from tapestry.steps import SelfDistillStep


def main():
    torch.manual_seed(13)
    model = ThreadTagger(vocab=12, hidden=8, n_tags=4)
    step = SelfDistillStep(model, lr=5e-3, alpha=0.5)
    for i in range(3):
        tokens = torch.randint(0, 12, (4, 7))
        tags = torch.randint(0, 4, (4, 7))
        print(i, step(tokens, tags))


if __name__ == "__main__":
    main()
