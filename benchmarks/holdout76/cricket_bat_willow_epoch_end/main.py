# expect: clean
"""Cricket-bat willow grading from the ring of a tapped cleft. The entry only
builds things; the grading task adapts to the last validation cleft in a hook."""
import torch

from willow import CleftGrader, GradingTrainer

torch.manual_seed(12)


def main():
    x = torch.randn(20, 8, 4)
    y = torch.randint(0, 4, (20,))
    trainer = GradingTrainer(epochs=2, lr=1e-2)
    trainer.fit(CleftGrader(), train=(x[:14], y[:14]), val=(x[14:], y[14:]))
    print(trainer.log)


if __name__ == "__main__":
    main()
