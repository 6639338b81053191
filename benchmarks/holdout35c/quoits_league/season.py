# expect: crash
"""Quoits league: predict a player's ringer rate from their recent throw sequences.

The published model is loaded for inference (that is what the league website
does), then fine-tuned on this season's throws by the ``ThrowTask``.
Callbacks are named in a list and looked up with ``getattr``.
"""
import torch

from quoits import ThrowTask, load_for_inference
from quoits.callbacks import LeagueCallbacks

CALLBACKS = ["on_fit_start", "on_batch_end", "on_fit_end"]


def season_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.rand(4, 1, generator=g)) for _ in range(n)]


def fit(task, batches, epochs, callbacks):
    def call(name, **kw):
        for cb in callbacks:
            getattr(cb, name, lambda **_: None)(task=task, **kw)

    call("on_fit_start")
    for epoch in range(epochs):
        for i, batch in enumerate(batches):
            logs = task.train_step(batch)
            call("on_batch_end", epoch=epoch, index=i, logs=logs)
        print("epoch", epoch, "valid", task.valid_step(batches[0]))
    call("on_fit_end")


def main():
    torch.manual_seed(4)
    model = load_for_inference("ringer-v3", n_features=3, hidden=8)
    task = ThrowTask(model, lr=5e-3)
    fit(task, season_batches(3, seed=9), epochs=2, callbacks=[LeagueCallbacks()])


if __name__ == "__main__":
    main()
