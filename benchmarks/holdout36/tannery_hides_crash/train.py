# expect: crash
"""Train the hide grader on drum readings. Everything interesting lives in tannery.engine."""
import torch

from tannery import Callback, HideGrader, Trainer


class TanninLogger(Callback):
    """Keeps the validation curve so the liming schedule can be tuned afterwards."""

    def __init__(self):
        self.curve = []

    def on_validation_end(self, trainer, metrics):
        self.curve.append(round(metrics["val_loss"], 4))

    def on_fit_end(self, trainer):
        print("val curve:", self.curve)


def make_batches(n_batches, batch=4, steps=6, features=3, grades=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, features, generator=g),
             torch.randint(0, grades, (batch,), generator=g)) for _ in range(n_batches)]


def main():
    torch.manual_seed(0)
    model = HideGrader()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    trainer = Trainer(model, opt, make_batches(3), make_batches(2, seed=1),
                      callbacks=[TanninLogger()], max_epochs=2)
    history = trainer.fit()
    print("train loss per epoch:", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
