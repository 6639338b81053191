# expect: crash
"""Morris dancing: given the first bars of a dance (a sequence of step tokens),
predict the next figure.  Encoder and decoder live in a dict of models so the
decoder can be swapped per tradition (Cotswold / Border / North-West).
"""
import torch

from morris.models import build_models
from morris.loop import train_epoch, validate


def dances(n, vocab=14, bars=8):
    return [(torch.randint(0, vocab, (4, bars)), torch.randint(0, vocab, (4, 3))) for _ in range(n)]


def main():
    torch.manual_seed(81)
    models = build_models(vocab=14, hidden=10)
    params = [p for m in models.values() for p in m.parameters()]
    opt = torch.optim.Adam(params, lr=1e-2)
    train, val = dances(3), dances(1)
    for epoch in range(3):
        tl = train_epoch(models, train, opt)
        vl = validate(models, val)
        print(f"epoch {epoch}: train {tl:.3f} val {vl:.3f}")


if __name__ == "__main__":
    main()
