# expect: clean
"""Usher rota: predict which rows fill up first from the door-counter stream."""
import torch

from usher import CheckpointNote, LossPrinter, SeatSaliency, SeatTrainer
from usher.model import RowFillGRU


def fake_counter_stream(n, rows=4, minutes=10):
    x = torch.rand(n, minutes, rows)
    y = x.cumsum(1)[:, -1].argmax(-1)
    return x, y


if __name__ == "__main__":
    torch.manual_seed(5)
    train_x, train_y = fake_counter_stream(12)
    val_x, val_y = fake_counter_stream(4)
    trainer = SeatTrainer(
        RowFillGRU(rows=4, hidden=8),
        callbacks=[LossPrinter(), SeatSaliency(sample=val_x[:2]), CheckpointNote()],
        epochs=2,
        batch_size=4,
    )
    trainer.fit((train_x, train_y), (val_x, val_y))
    print("saliency rows:", trainer.logs.get("saliency"))
