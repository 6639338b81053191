# expect: clean
"""Fish-market price-series classifier with FGSM adversarial training."""
import torch

from fishwife.model import CatchClassifier
from fishwife.trainer import AdvTrainer


def main():
    torch.manual_seed(2)
    model = CatchClassifier(n_in=4, hidden=8, n_cls=3)
    trainer = AdvTrainer(model, eps=0.05, lr=1e-2)
    x = torch.randn(16, 6, 4)
    y = torch.randint(0, 3, (16,))
    print("final loss", trainer.fit(x, y, epochs=2, batch=4))


if __name__ == "__main__":
    main()
