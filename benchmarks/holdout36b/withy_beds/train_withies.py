# expect: clean
"""Withy-bed harvest grading: a pretrained stem-profile encoder stays frozen, only the grader head learns.

The trainer's model class overrides train(mode) so the encoder never leaves eval mode, even when the
training loop calls model.train() at the start of every epoch.
"""
import torch

from withies.trainers import HeadOnlyTrainer


def main():
    torch.manual_seed(2)
    trainer = HeadOnlyTrainer(n_in=3, hidden=8, n_grades=4)
    for epoch in range(3):
        loss = trainer.train_epoch([(torch.randn(5, 11, 3), torch.randint(0, 4, (5,))) for _ in range(3)])
        acc = trainer.evaluate([(torch.randn(5, 11, 3), torch.randint(0, 4, (5,)))])
        print(f"epoch {epoch}: loss={loss:.3f} acc={acc:.2f}")


if __name__ == "__main__":
    main()
