# expect: clean
"""Glebe-farm yield tasks: a Task owns the model and the loss; the loop calls
train_step / valid_step and evaluates mid-epoch."""
import torch

from glebe.tasks import YieldTask

torch.manual_seed(13)


def main():
    task = YieldTask(hidden=8)
    data = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(6)]
    held = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(2)]
    for epoch in range(2):
        for step, batch in enumerate(data):
            loss = task.train_step(batch)
            if step % 3 == 2:
                val = task.valid_step(held)
                print(f"epoch {epoch} step {step} loss {loss:.4f} val {val:.4f}")


if __name__ == "__main__":
    main()
