# expect: crash
"""Nail-making forge: classify hammer-stroke sequences as sound or cracked heads.

Adversarial fine-tuning of the checkpointed classifier: one warm-up step on
clean strokes, then perturbed strokes from a gradient-sign attack, then the
adversarial update.
"""
import torch

from nailery import StrokeClassifier, warmup_step, adversarial_epoch
from nailery.attacks import SignAttack


def load_checkpoint():
    torch.manual_seed(17)
    model = StrokeClassifier(n_channels=3, hidden=8, n_classes=2)
    state = {k: v.clone() for k, v in model.state_dict().items()}  # stands in for torch.load
    model.load_state_dict(state)
    return model


def main():
    model = load_checkpoint()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    strokes = [torch.randn(6, 12, 3) for _ in range(3)]
    labels = [torch.randint(0, 2, (6,)) for _ in range(3)]
    print("warm-up loss", round(warmup_step(model, opt, strokes[0], labels[0]), 4))
    attack = SignAttack(model, eps=0.05)
    losses = adversarial_epoch(model, opt, attack, strokes, labels)
    print("adversarial losses", [round(v, 4) for v in losses])


if __name__ == "__main__":
    main()
